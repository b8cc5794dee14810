#pragma once

#include "app/reporting/reportplanner.h"
#include "app/settings/weeklyschedule.h"
#include "app/storage/reportoutbox.h"
#include "app/storage/storewriter.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <atomic>
#include <memory>

class DeviceStore;
class InventoryClient;
class PartnerComplianceClient;

struct ReportingSettings
{
    bool enabled = true;  // off: nothing is queued or sent, and Report Time says so
    QUuid tenantId;
    int batchSize = 500;   // devices per DataUploadMessages message
    WeeklySchedule weekly; // when the weekly report is due (default: 7 days after the last)
    int maxInFlight = 4;   // messages being uploaded at once
    int maxAttempts = 8;   // uploads of one message before it is Failed
    int retryBaseSecs = 15; // the outbox's own backoff between failed uploads, doubling
    int retryCapSecs = 3600;
    int confirmPollMs = 300; // first status check after an upload; grows to confirmPollCapMs
    int confirmPollCapMs = 30000;
    int fleetStepDevices = 500; // devices read and queued per turn of the event loop in fleet-wide reports
};

struct SyncSummary
{
    int devices = 0;
    int skippedRecords = 0; // records of the MDM that could not be read
    QHash<ReportTrigger, int> queued; // devices queued per trigger
    QStringList recordErrors;
};

// The reporting engine (SPEC 1.1-1.3): pulls the inventory, detects what changed since
// Azure last received each device, commits every report to the outbox before sending
// it, sends it and confirms it. It runs the same with or without a window.
// Threads: the engine and its network clients live on the thread that made it (the UI
// thread). Its bulk store writes (sync pages, fleet-wide reports, the outbox's sent /
// retry / completed / failed marks) run on its StoreWriter thread, which owns the write
// connection, in the order they were decided; the engine acts on their results when they
// come back. Report now and policy-change reports are written on the caller's thread.
class ReportingEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportingEngine)

public:
    ReportingEngine(DeviceStore *store, InventoryClient *inventory, PartnerComplianceClient *partner,
                    QObject *parent = nullptr);
    ~ReportingEngine() override;

    void setSettings(const ReportingSettings &settings);
    // Switches reporting to Azure on or off and remembers it in the store. Off: nothing
    // is queued or sent, and every Report Time says the feature is disabled.
    bool setReportingEnabled(bool enabled, QString *error);
    const ReportingSettings &settings() const { return m_settings; }
    DeviceStore *store() const { return m_store; } // issue 8: the window's CSV report matches in it
    ReportOutbox &outbox() { return m_outbox; }

    // The tenant must be provisioned again before the next upload (a new demo tenant).
    void forgetProvisioning();

    // Starts sending what the outbox holds (also what a previous run left) and keeps at it.
    void start();
    void stop();

    // Pulls every device and policy from the MDM, stores them and queues the reports
    // their changes call for; syncFinished follows.
    void sync();
    bool isSyncing() const { return m_syncing; }

    // Queues a report of these devices now. Devices that cannot be reported (no Azure
    // device id) are skipped and named in *skipped.
    bool reportNow(const QList<qint64> &deviceIds, QList<qint64> *skipped, QString *error);
    // Queues the weekly report of every device and remembers when. Like every fleet-wide
    // report, it is queued in steps on later turns of the event loop (reportsQueued per
    // step); isIdle() stays false until all of it is queued and confirmed.
    bool reportWeekly(QString *error);
    // Runs the weekly report when a week has passed since the last one (also after
    // the console was off for longer); returns whether it ran.
    bool catchUpWeekly(QString *error);
    QDateTime lastWeeklyReport() const;
    // Queues reports for devices whose outcome changed with time alone.
    bool reportEscalations(QString *error);
    // After a policy was saved: reads the policies again and queues a compliance-change
    // report for every device whose outcome now differs from what Azure last received,
    // as a device-side change would. *devices: how many were queued.
    bool reportPolicyChange(int *devices, QString *error);

    // True when nothing is waiting to be sent or confirmed and no sync runs.
    bool isIdle() const;

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

signals:
    void syncProgress(int done, int total);
    void syncFinished(bool ok, const QString &error, const SyncSummary &summary);
    void reportsQueued(int devices, const QString &trigger);
    void messageSent(const QUuid &messageId);
    void messageFinished(const QUuid &messageId, bool completed, const QString &detail);
    // Devices whose stored state changed (inventory or Azure fields): views refresh them.
    void devicesChanged(const QList<qint64> &deviceIds);
    void idle();
    void problem(const QString &message);
    void reportingEnabledChanged(bool enabled);

private:
    QDateTime now() const { return m_clock(); }
    // Writes the reports of one trigger to the outbox (any thread).
    static bool writeReports(ReportOutbox &outbox, const ReportingSettings &settings, ReportTrigger trigger,
                             const QList<OutboxDevice> &devices, const QDateTime &at, QString *error);
    // After reports were written: counts them, tells the views, sends them.
    void announceQueued(ReportTrigger trigger, const QList<qint64> &deviceIds);
    bool enqueue(ReportTrigger trigger, const QList<OutboxDevice> &devices, QString *error);
    // Runs work on the writer thread, then done here; isIdle() is false meanwhile. A
    // message id in `settling` is kept out of pump() until done has run.
    // What follows a mark written on the writer: its error, if any, as a problem, then a pump.
    std::function<void()> afterMark(const std::shared_ptr<QString> &storeError);
    void write(std::function<void()> work, std::function<void()> done, const QUuid &settling = {});
    void pump();
    void upload(const OutboxMessage &message);
    void onUploaded(const OutboxMessage &message, bool ok, bool permanent, const QString &error);
    void confirm(const QUuid &id);
    void finishMessage(const QUuid &id, bool completed, const QString &detail);
    void scheduleConfirm(const QUuid &id, int delayMs);
    void ensureProvisioned();
    void heartbeat();
    void checkIdle();
    void syncPolicies();
    void syncDevices();
    // What storing one sync page did (filled on the writer thread).
    struct PageResult
    {
        bool ok = false;
        bool skipped = false; // an earlier page of the same sync failed
        QString error;
        QList<qint64> ids;
        QHash<ReportTrigger, QList<qint64>> queued;
    };
    // Stores a page and queues the reports its changes call for (writer thread).
    static bool processPage(DeviceStore *store, ReportOutbox &outbox, const ReportingSettings &settings,
                            const QHash<qint64, CompliancePolicy> &policies, const QList<DeviceRecord> &page,
                            const QDateTime &at, PageResult *result);
    void storePage(const QList<DeviceRecord> &page, qint64 done, qint64 total);
    // Queues, for every reportable device for which wanted() holds, a report with trigger,
    // in steps (fleetStep), each read and written on the writer thread (the first lists
    // the devices; problem() says when that failed); false when a synchronous report
    // could not list them. weekly: remember the date once all is queued.
    // synchronous: every step now on this thread, before returning (wanted may then
    // refer to the caller's locals).
    bool reportFleet(ReportTrigger trigger,
                     const std::function<bool(const DeviceStore::ReportState &, AzureOutcome)> &wanted,
                     QString *error, bool weekly = false, bool synchronous = false);
    void fleetStep();
    struct FleetJob;
    // Reads ids, queues the wanted reports and, for the last step of a weekly report,
    // stores its date (any thread).
    static bool fleetChunk(DeviceStore *store, ReportOutbox &outbox, const ReportingSettings &settings,
                           const QHash<qint64, CompliancePolicy> &policies, const FleetJob &job,
                           const QList<qint64> &ids, bool last, QList<qint64> *queued, QString *error);
    struct FleetJob
    {
        ReportTrigger trigger;
        std::function<bool(const DeviceStore::ReportState &, AzureOutcome)> wanted;
        QList<qint64> ids;
        qsizetype next = 0;
        QDateTime at;
        bool weekly = false;
        bool listed = false; // ids read (by the first step on the writer thread)
    };
    QList<FleetJob> m_fleetJobs;

    DeviceStore *m_store;
    InventoryClient *m_inventory;
    PartnerComplianceClient *m_partner;
    ReportOutbox m_outbox;
    ReportingSettings m_settings;
    std::function<QDateTime()> m_clock;
    QTimer m_pumpTimer;
    QTimer m_heartbeatTimer;
    bool m_running = false;
    bool m_syncing = false;
    bool m_provisioned = false;
    bool m_provisioning = false;
    QSet<QUuid> m_uploading;
    QSet<QUuid> m_settling; // messages whose outbox write is on the writer thread
    bool m_pumpScheduled = false; // a queued pump() from announceQueued
    // The sync running: pages on the writer thread, the first store error, and a flag the
    // writer sets so that no later page of a failed sync is written.
    int m_pagesInWriter = 0;
    QString m_syncError;
    std::shared_ptr<std::atomic<bool>> m_syncFailed;
    QHash<QUuid, int> m_confirmDelay; // sent messages being confirmed -> next poll delay
    QHash<qint64, CompliancePolicy> m_policies;
    SyncSummary m_summary;
    StoreWriter m_writer; // last member: stopped first in the destructor
};
