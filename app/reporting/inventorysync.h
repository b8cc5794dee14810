#pragma once

#include "app/reporting/reportingsettings.h"
#include "app/storage/syncleadership.h"
#include "app/reporting/reportplanner.h"
#include "app/storage/entrausercache.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

class EntraUserDirectory;
class InventoryClient;
class ReportOutbox;
class Store;
class StoreWriter;

struct SyncSummary
{
    int devices = 0;
    int skippedRecords = 0; // records of the MDM that could not be read
    int usersLookedUp = 0;  // user principal names asked of Graph
    int usersNotInEntra = 0; // devices whose user Graph does not know
    QHash<ReportTrigger, int> queued; // devices queued per trigger
    QStringList recordErrors;
    // Set when this process did not sync because another one leads the store's sync.
    LeaderInfo ledBy;
    // Not synced here: another process leads (ledBy), or nobody does and this process may
    // not (a helpdesk login on a team's store).
    bool notLeading = false;
};

// One sync of the MDM inventory: pulls the policies, then every device page by page;
// looks up, through Graph, the Entra object id of every user the MDM record does not give
// and the store does not know yet; stores each page with its users and queues the reports
// its changes call for, on the engine's writer thread, in page order.
// In a dry run nothing is written: the reports are planned and handed to reportsPlanned.
class InventorySync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventorySync)

public:
    InventorySync(Store *store, ReportOutbox *outbox, InventoryClient *inventory, EntraUserDirectory *users,
        StoreWriter *writer, QObject *parent = nullptr);

    void setSettings(const ReportingSettings &settings) { m_settings = settings; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    bool isDryRun() const { return m_dryRun; }

    void sync();
    bool isSyncing() const { return m_syncing; }
    const QHash<qint64, CompliancePolicy> &policies() const { return m_policies; }

    // Writes the reports of one trigger to the outbox (any thread).
    static bool writeReports(ReportOutbox &outbox, const ReportingSettings &settings, ReportTrigger trigger,
        const QList<OutboxDevice> &devices, const QDateTime &at, QString *error);

signals:
    void policiesLoaded(const QHash<qint64, CompliancePolicy> &policies);
    void syncProgress(int done, int total);
    // A page is stored: its devices changed, and the reports it queued per trigger.
    void pageStored(const QList<qint64> &deviceIds, const QHash<ReportTrigger, QList<qint64>> &queued);
    // Dry run: the reports a page calls for, as they would be queued.
    void reportsPlanned(ReportTrigger trigger, const QList<OutboxDevice> &reports);
    void syncFinished(bool ok, const QString &error, const SyncSummary &summary);
    void problem(const QString &message);

private:
    // What storing one sync page did (filled on the writer thread).
    struct PageResult
    {
        bool ok = false;
        bool skipped = false; // an earlier page of the same sync failed
        QString error;
        QList<qint64> ids;
        QHash<ReportTrigger, QList<qint64>> queued;
        QHash<ReportTrigger, QList<OutboxDevice>> planned; // dry run
        QStringList notes; // violations naming a policy the console does not have
    };
    // A page waiting for the Entra object ids of some of its users.
    struct PendingPage
    {
        QList<DeviceRecord> devices;
        qint64 done = 0;
        qint64 total = 0;
        QSet<QString> waitingFor; // lower-case principal names being looked up
    };

    QDateTime now() const { return m_clock(); }
    void syncDevices();
    void onPage(QList<DeviceRecord> page, qint64 done, qint64 total);
    void lookUpUsers(const QStringList &names);
    // Stores the pages at the front whose users are all known, in order.
    void storeResolvedPages();
    void fillUsers(QList<DeviceRecord> *devices);
    void storePage(QList<DeviceRecord> page, qint64 done, qint64 total);
    void finish(const QString &pullError, const QStringList &recordErrors);
    // Stores a page and queues the reports its changes call for (writer thread).
    static bool processPage(Store *store, ReportOutbox &outbox, const ReportingSettings &settings,
        const QHash<qint64, CompliancePolicy> &policies, const QHash<QString, qint64> &policyIdsByName,
        QList<DeviceRecord> page, const QList<EntraUserCache::Entry> &users, bool dryRun, const QDateTime &at,
        PageResult *result);

    Store *m_store;
    ReportOutbox *m_outbox;
    InventoryClient *m_inventory;
    EntraUserDirectory *m_users;
    StoreWriter *m_writer;
    ReportingSettings m_settings;
    std::function<QDateTime()> m_clock;
    bool m_dryRun = false;
    bool m_syncing = false;
    bool m_finishing = false; // the sync's end is posted to the writer
    QHash<qint64, CompliancePolicy> m_policies;
    QHash<QString, qint64> m_policyIdsByName; // lower-case policy name -> id
    SyncSummary m_summary;
    // The running sync: pages on the writer thread, the first store error, and a flag the
    // writer sets so that no later page of a failed sync is written.
    int m_pagesInWriter = 0;
    QString m_syncError;
    std::shared_ptr<std::atomic<bool>> m_syncFailed;
    bool m_pullFinished = false;
    QString m_pullError;
    QStringList m_pullRecordErrors;
    // Users: what the store knew at the start plus what this sync learnt, by lower-case name.
    QHash<QString, EntraUserCache::Entry> m_knownUsers;
    QList<EntraUserCache::Entry> m_unsavedUsers; // learnt, saved with the next page
    QSet<QString> m_lookingUp;
    QHash<QString, QString> m_lookupFailures; // name -> why Graph could not answer, this sync
    std::deque<PendingPage> m_pending;
    std::deque<PendingPage> m_parked; // arrived before the store's users were read
    bool m_policiesReady = false; // this sync's policies are stored and read back
    bool m_usersReady = false; // the users the store knows are read
};
