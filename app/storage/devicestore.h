#pragma once

#include "models/auditentry.h"
#include "models/compliancepolicy.h"
#include "models/device.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class DeviceTable;
class QSqlDatabase;
class QThread;

// The local store (SPEC 2): devices, policies, report outbox and history, audit log and
// settings in one SQLite file. Every thread that uses the store gets its own named
// connection, so the device list can be loaded on a worker thread while the UI thread
// writes. Every method is safe to call from any thread once open() has succeeded.
class DeviceStore final
{
    Q_DECLARE_TR_FUNCTIONS(DeviceStore)
    Q_DISABLE_COPY_MOVE(DeviceStore)

public:
    explicit DeviceStore(const QString &path);
    ~DeviceStore();

    // devices.sqlite in the user's data folder; the folder is created.
    static QString defaultPath();
    // The newest schema this build can migrate to.
    static int latestSchemaVersion();

    QString path() const { return m_path; }

    // Opens the file and migrates it to latestSchemaVersion(). Refuses, without changing
    // the file, one that is not an SQLite database or that a newer build has migrated.
    bool open(QString *error);
    bool isOpen() const { return m_open.load(); }
    // Empty when the open store can be written; otherwise why not and what to do (a
    // read-only file, a lock held by another program). Reading still works.
    QString writeProblem() const { return m_writeProblem; }
    // The highest migration applied; 0 when none (or the store is not open).
    int schemaVersion() const;

    enum class UpsertMode {
        Everything,   // import, demo fleet: every field as given
        InventoryOnly // MDM sync: keeps our reporting state (compliance status, Report Time, error)
    };
    // Inserts or updates the devices, replacing their violations, in one transaction:
    // on any failure nothing is written.
    // alsoWrite, when given, runs inside the same transaction after the devices (on the
    // store's connection); its failure (with *error set) writes nothing either. A sync
    // saves the users it looked up with the page that needed them: one commit, one
    // flush to disk, per page.
    bool upsertDevices(const QList<DeviceRecord> &devices, QString *error,
                       UpsertMode mode = UpsertMode::Everything,
                       const std::function<bool(QString *)> &alsoWrite = {});
    // Violations come back ordered by policy id.
    std::optional<DeviceRecord> loadDevice(qint64 id, QString *error) const;
    // -1 on error.
    int deviceCount(QString *error = nullptr) const;
    // How many devices have each Azure Device Compliance Status; false on failure.
    bool complianceStatusCounts(QHash<AzureComplianceStatus::Value, int> *counts, QString *error) const;
    // Every device id, ascending; empty with *error set on failure.
    QList<qint64> deviceIds(QString *error) const;

    // Reads every device (by id) with its violations, evaluates it at `now` and fills
    // *table. progress(done, total) is called about every 10,000 rows; returning false
    // cancels. *table is replaced only on success and left untouched otherwise.
    bool loadTable(DeviceTable *table, const QHash<qint64, CompliancePolicy> &policies, const QDateTime &now,
        QString *error, const std::function<bool(int done, int total)> &progress = {}) const;

    // What Azure last received for a device (set when a report is queued).
    struct ReportState
    {
        std::optional<AzureOutcome> reportedOutcome; // none: never reported
        QString reportedFingerprint;
    };
    // Reads the given devices (all when ids is empty), ordered by id, with violations and
    // report state, one at a time; visit returns false to stop.
    bool forEachDevice(const QList<qint64> &ids,
                       const std::function<bool(const DeviceRecord &, const ReportState &)> &visit,
                       QString *error) const;
    // The same with only each device's id, violations and report state filled in: what a
    // sync needs to know of the devices it is about to overwrite, at a fraction of the cost.
    bool forEachReportState(const QList<qint64> &ids,
                            const std::function<bool(const DeviceRecord &, const ReportState &)> &visit,
                            QString *error) const;

    // Inserts or updates the policies in one transaction; an invalid policy fails the lot.
    bool upsertPolicies(const QList<CompliancePolicy> &policies, QString *error);
    QHash<qint64, CompliancePolicy> loadPolicies(QString *error) const;

    QString setting(const QString &key, const QString &defaultValue = {}) const;
    bool setSetting(const QString &key, const QString &value, QString *error = nullptr);

    bool appendAudit(const QString &actor, const QString &action, const QString &target,
        const QString &detail, QString *error);
    // The audit log, newest first: entries whose actor, action, target or detail contains
    // `contains` (case-insensitive; empty: all), at most `limit`. Empty with *error set on failure.
    QList<AuditEntry> auditEntries(const QString &contains, int limit, QString *error) const;

private:
    bool readDevices(const QList<qint64> &ids, bool wholeRecords,
                     const std::function<bool(const DeviceRecord &, const ReportState &)> &visit,
                     QString *error) const;
    friend class ReportOutbox; // shares this store's connections and transactions
    friend class EntraUserCache;
    friend class TestDeviceStore; // opens a store at an older schema to test migrations
    friend class TestStoreFaults; // limits the file's size through this store's connection

    bool open(QString *error, int targetVersion);
    bool migrate(QSqlDatabase &db, int fromVersion, int toVersion, QString *error);
    // This thread's connection, created and opened on first use; closed when it could
    // not be opened.
    QSqlDatabase database() const;
    // This thread's connection, or false with *error set when the store is not usable.
    bool connection(QSqlDatabase *db, QString *error) const;
    QString connectionName() const;
    QString nativePath() const;

    const QString m_path;
    const quint64 m_instance;
    QThread *const m_ownerThread;
    std::atomic<bool> m_open { false };
    QString m_writeProblem; // set once by open()
};
