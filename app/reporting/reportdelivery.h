#pragma once

#include "app/reporting/reportingsettings.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <memory>

class PartnerComplianceClient;
class ReportOutbox;
class StoreSettings;
class StoreWriter;
struct OutboxMessage;

// Delivers what the outbox holds to Azure: provisions the partner tenant (and takes it
// back, on Disconnect), keeps the heartbeat, uploads due messages (a few in flight), then
// polls each until Azure says Completed or Failed. Every outbox mark is written on the
// engine's writer thread; a message whose mark is being written is left alone meanwhile.
class ReportDelivery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDelivery)

public:
    // A refused provisioning is asked again at most this often per sync, and never sooner
    // than its backoff (retryBaseSecs, doubling): a storm of refused PUTs helps nobody.
    static constexpr int kMaxProvisionAttemptsPerSync = 3;
    // A status answer that cannot be read is asked again; after this many in a row the
    // message is Failed with what was read.
    static constexpr int kMaxUnreadableStatuses = 3;

    ReportDelivery(StoreSettings *storeSettings, ReportOutbox *outbox, PartnerComplianceClient *partner,
        StoreWriter *writer, QObject *parent = nullptr);

    void setSettings(const ReportingSettings &settings) { m_settings = settings; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void start();
    void stop();
    // A new sync may try a refused provisioning again (within its backoff).
    void beginSync() { m_provisionAttempts = 0; }
    // The tenant must be provisioned again before the next upload (a new demo tenant).
    void forgetProvisioning();
    // Sends due messages and confirms sent ones; called whenever something may be due.
    void pump();
    bool isBusy() const { return !m_uploading.isEmpty(); }

    // Deprovisions the partner tenant (Provisioned 2): Azure stops taking this console's
    // reports for the tenant. Done calls back with an empty error on success.
    void deprovision(std::function<void(const QString &error)> done);

    // The last heartbeat Azure answered: when, and the ResyncTimestamp it gave (invalid
    // when none).
    struct StoredHeartbeat
    {
        QDateTime at;
        QDateTime resyncTimestamp;
    };
    // Safe on any thread: a service reads it off the window's thread.
    static StoredHeartbeat storedHeartbeat(const StoreSettings &settings);
    QDateTime lastHeartbeat() const;
    QDateTime resyncTimestamp() const;
    void heartbeat();

signals:
    void messageSent(const QUuid &messageId);
    void messageFinished(const QUuid &messageId, bool completed, const QString &detail);
    void devicesChanged(const QList<qint64> &deviceIds);
    void problem(const QString &message);
    // Azure asked for every device again, later than the last full report.
    void resyncRequested(const QDateTime &resyncTimestamp);
    // resyncTimestamp: what the answer asked for (invalid when nothing, or on an error).
    void heartbeatAnswered(const QDateTime &at, const QString &error, const QDateTime &resyncTimestamp);
    // Something finished that may leave the engine idle.
    void settled();

private:
    QDateTime now() const { return m_clock(); }
    void write(std::function<void()> work, std::function<void()> done, const QUuid &settling = {});
    // What follows a mark written on the writer: its error, if any, as a problem, then a pump.
    std::function<void()> afterMark(const std::shared_ptr<QString> &storeError);
    void ensureProvisioned();
    void upload(const OutboxMessage &message);
    void onUploaded(const OutboxMessage &message, bool ok, bool permanent, const QString &error);
    void confirm(const QUuid &id);
    void finishMessage(const QUuid &id, bool completed, const QString &detail);
    void scheduleConfirm(const QUuid &id, int delayMs);

    StoreSettings *m_storeSettings; // provisioning, heartbeat, resync
    ReportOutbox *m_outbox;
    PartnerComplianceClient *m_partner;
    StoreWriter *m_writer;
    ReportingSettings m_settings;
    std::function<QDateTime()> m_clock;
    QTimer m_pumpTimer;
    QTimer m_heartbeatTimer;
    bool m_running = false;
    bool m_provisioned = false;
    bool m_provisioning = false;
    int m_provisionAttempts = 0; // in this sync
    int m_provisionFailures = 0; // in a row
    QDateTime m_provisionRetryAt;
    QSet<QUuid> m_uploading;
    QSet<QUuid> m_settling; // messages whose outbox write is on the writer thread
    QHash<QUuid, int> m_confirmDelay; // sent messages being confirmed -> next poll delay
    QHash<QUuid, int> m_unreadable; // status answers in a row that could not be read
};
