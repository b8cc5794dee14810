#pragma once

#include "app/reporting/inventorysync.h"
#include "app/reporting/reportingsettings.h"
#include "app/reporting/reportplanner.h"
#include "app/storage/store.h"
#include "app/storage/storewriter.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <memory>

class InventoryClient;
class NetworkServices;
class ReportDelivery;
class SyncLeadership;

// The reporting engine: decides what Azure must receive and sees it delivered. It runs
// the same with or without a window.
// - InventorySync pulls the MDM inventory, looks up users in Entra, stores each page and
//   queues the reports its changes call for;
// - fleet-wide reports (weekly, escalation by time alone, after a policy change) and
//   Report now are queued here;
// - ReportDelivery provisions the partner tenant, sends what the outbox holds and
//   confirms it.
// Every report is committed to the outbox before it can be sent.
// Threads: the engine and its parts live on the thread that made it (the UI thread).
// Their bulk store writes (sync pages, fleet-wide reports, the outbox's marks) run on one
// StoreWriter thread, in the order they were decided. Report now and policy-change
// reports are written on the caller's thread.
class ReportingEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportingEngine)

public:
    ReportingEngine(Store *store, NetworkServices *network, QObject *parent = nullptr);
    ~ReportingEngine() override;

    void setSettings(const ReportingSettings &settings);
    // Switches reporting to Azure on or off and remembers it in the store. Off: nothing
    // is queued or sent, and every Report Time says the feature is disabled.
    bool setReportingEnabled(bool enabled, QString *error);
    const ReportingSettings &settings() const { return m_settings; }

    // The tenant must be provisioned again before the next upload (a new demo tenant).
    void forgetProvisioning();
    // Disconnect from Azure: audited, then the partner tenant is deprovisioned (Azure
    // stops taking reports from this console for the tenant) and reporting is switched
    // off, so nothing is provisioned or sent again until it is switched back on. done:
    // an empty error on success; on failure nothing changed.
    void disconnectFromAzure(const QString &actor, std::function<void(const QString &error)> done);
    // The last heartbeat Azure answered, and the resync it asked for (invalid: none).
    QDateTime lastHeartbeat() const;
    QDateTime resyncTimestamp() const;

    // Several processes may share one store; only the one that leads its sync pulls the
    // inventory, plans fleet-wide reports and sends the outbox. The others read the store
    // and queue Report now, which the leader sends. Without a leadership (tests, a store
    // nobody shares) this engine always leads. leadership must outlive the engine.
    void setLeadership(SyncLeadership *leadership);
    bool leads() const;
    // The process that leads the sync (invalid when this engine leads without a leadership).
    LeaderInfo leader() const;

    // Starts sending what the outbox holds (also what a previous run left) and keeps at it.
    void start();
    void stop();

    // Pulls every device and policy from the MDM, stores them and queues the reports
    // their changes call for; syncFinished follows.
    void sync();
    bool isSyncing() const { return m_sync->isSyncing(); }
    // A dry run pulls and plans but writes nothing and sends nothing: the reports a sync
    // would queue come to reportsPlanned instead.
    void setDryRun(bool dryRun) { m_sync->setDryRun(dryRun); }

    // Queues a report of these devices now. Devices that cannot be reported (no Azure
    // device id, or no Entra user) are skipped and named in *skipped.
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

    void setClock(std::function<QDateTime()> clock);

signals:
    void syncProgress(int done, int total);
    void syncFinished(bool ok, const QString &error, const SyncSummary &summary);
    void reportsQueued(int devices, const QString &trigger);
    void reportsPlanned(ReportTrigger trigger, const QList<OutboxDevice> &reports);
    void messageSent(const QUuid &messageId);
    void messageFinished(const QUuid &messageId, bool completed, const QString &detail);
    // Devices whose stored state changed (inventory or Azure fields): views refresh them.
    void devicesChanged(const QList<qint64> &deviceIds);
    void idle();
    void problem(const QString &message);
    void reportingEnabledChanged(bool enabled);
    // resyncTimestamp: the ResyncTimestamp of the answer (invalid when none, or on an error).
    void heartbeatAnswered(const QDateTime &at, const QString &error, const QDateTime &resyncTimestamp);
    void leadershipChanged(bool leads);

private:
    static constexpr int kRequestPollMs = 1000;

    QDateTime now() const { return m_clock(); }
    // Report now's plan for the devices: a report of each reportable one; *skipped those
    // that cannot be reported, *missing those the store does not have.
    bool planManual(const QList<qint64> &deviceIds, const QDateTime &at, QList<OutboxDevice> *reports,
                    QList<qint64> *skipped, QList<qint64> *missing, QString *error) const;
    // The leader queues the Report now requests other processes left in the store.
    void takeReportRequests();
    // After reports were written: counts them, tells the views, sends them.
    void announceQueued(ReportTrigger trigger, const QList<qint64> &deviceIds);
    bool enqueue(ReportTrigger trigger, const QList<OutboxDevice> &devices, QString *error);
    void write(std::function<void()> work, std::function<void()> done);
    void checkIdle();
    // Queues, for every reportable device for which wanted() holds, a report with trigger,
    // in steps (fleetStep), each read and written on the writer thread (the first lists
    // the devices; problem() says when that failed); false when a synchronous report
    // could not list them. weekly: remember the date once all is queued.
    // synchronous: every step now on this thread, before returning (wanted may then
    // refer to the caller's locals).
    bool reportFleet(ReportTrigger trigger,
        const std::function<bool(const DeviceStore::ReportState &, AzureOutcome)> &wanted, QString *error,
        bool weekly = false, bool synchronous = false);
    void fleetStep();
    struct FleetJob;
    // Reads ids, queues the wanted reports and, for the last step of a weekly report,
    // stores its date (any thread).
    static bool fleetChunk(Store *store, ReportOutbox &outbox, const ReportingSettings &settings,
        const QHash<qint64, CompliancePolicy> &policies, const FleetJob &job, const QList<qint64> &ids, bool last,
        QList<qint64> *queued, QString *error);
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

    Store *m_store;
    InventoryClient *m_inventory;
    ReportOutbox &m_outbox;
    ReportingSettings m_settings;
    std::function<QDateTime()> m_clock;
    bool m_running = false;
    bool m_pumpScheduled = false; // a queued pump() from announceQueued
    QHash<qint64, CompliancePolicy> m_policies;
    SyncLeadership *m_leadership = nullptr;
    QTimer m_requestTimer; // takeReportRequests, on a store that queues Report now by request
    StoreWriter m_writer; // stopped first in the destructor; its parts are children
    InventorySync *m_sync;
    ReportDelivery *m_delivery;
};
