#pragma once

#include "models/complianceaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QUuid>

#include <optional>

class DeviceStore;

// One device's part of a report: what Azure receives (its Content entities) and what
// was decided, so the next sync can tell what changed since.
struct OutboxDevice
{
    qint64 deviceId = 0;
    AzureOutcome outcome = AzureOutcome::Compliant;
    QString fingerprint; // of the inventory fields reported
    QJsonArray entities;
};

struct OutboxMessage
{
    enum class State : quint8 { Pending, Sent, Completed, Failed };

    QUuid id;
    QDateTime created;
    QString trigger;
    QByteArray body; // the exact DataUploadMessages request body, fixed when queued
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttempt;
    QString lastError;
    QDateTime sent;
    QDateTime confirmed;
    int deviceCount = 0;

    static QString stateName(State state); // storage name
};

struct ReportEvent
{
    QUuid messageId;
    qint64 deviceId = 0; // 0 for an event of the whole message
    QDateTime at;
    QString event; // queued, sent, retry, completed, failed
    QString detail;
};

struct OutboxCounts
{
    int pending = 0;
    int sent = 0;
    int completed = 0;
    int failed = 0;
};

// The durable outbox of reports to Azure, in the device store. A report is committed
// here, with its message id and payload, before it is sent; the message id is the
// idempotency key, so a resend after a crash is counted once by Azure. Every method is
// one transaction and safe from any thread.
class ReportOutbox final
{
    Q_DECLARE_TR_FUNCTIONS(ReportOutbox)
    Q_DISABLE_COPY_MOVE(ReportOutbox)

public:
    explicit ReportOutbox(DeviceStore &store);

    // Writes the devices as messages of at most batchSize devices; marks them
    // In-progress and remembers what was reported. Nothing is written on failure.
    bool enqueue(const QString &trigger, const QList<OutboxDevice> &devices, const QUuid &tenantId, int batchSize,
                 const QDateTime &now, QList<QUuid> *messageIds, QString *error);

    // The ids of pending messages whose next attempt is due, oldest first. Ids only: the
    // send loop asks on the window's thread, and reading the payloads of every due
    // message there (hundreds of kilobytes each) held the window during a sync.
    QList<QUuid> due(const QDateTime &now, int limit, QString *error) const;
    // The ids of sent messages that Azure has not confirmed yet, newest first.
    QList<QUuid> awaitingConfirmation(int limit, QString *error) const;
    // Lists (messages) leave body empty: message(id) reads it.
    std::optional<OutboxMessage> message(const QUuid &id, QString *error) const;
    QList<OutboxMessage> messages(const QList<OutboxMessage::State> &states, int limit, QString *error) const;
    QList<qint64> deviceIds(const QUuid &id, QString *error) const;
    OutboxCounts counts(QString *error) const;

    bool markSent(const QUuid &id, const QDateTime &now, QString *error);
    // A failed attempt that will be tried again at nextAttempt.
    bool markRetry(const QUuid &id, const QDateTime &nextAttempt, const QString &reason, const QDateTime &now,
                   QString *error);
    // Azure confirmed: the devices become Successful with Report Time = now (unless a
    // newer report of theirs is still on its way).
    bool markCompleted(const QUuid &id, const QDateTime &now, QString *error);
    // Azure rejected it, or it could not be delivered: the devices become Failed with
    // the reason.
    bool markFailed(const QUuid &id, const QString &reason, const QDateTime &now, QString *error);

    // The report timeline of one device, newest first.
    QList<ReportEvent> history(qint64 deviceId, int limit, QString *error) const;

private:
    // One UPDATE of the message (its values, then the id bound last) and one history
    // event, in one transaction.
    bool updateWithEvent(const QUuid &id, const QString &update, const QVariantList &values, const QString &event,
                         const QString &detail, const QDateTime &now, QString *error);
    bool finish(const QUuid &id, bool completed, const QString &reason, const QDateTime &now, QString *error);
    // The message ids a query selects (its only column), values bound in order.
    QList<QUuid> messageIds(const QString &sql, const QVariantList &values, QString *error) const;

    DeviceStore &m_store;
};
