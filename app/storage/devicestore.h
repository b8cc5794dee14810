#pragma once

#include "models/compliancepolicy.h"
#include "models/device.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class DeviceTable;

// The fleet's devices with their violations, the Azure fields we keep for them and what
// Azure last received of each. Part of a Store: safe from any thread once it is open.
// Every failure sets *error to a message naming the store and what failed.
class DeviceStore
{
    Q_DECLARE_TR_FUNCTIONS(DeviceStore)

public:
    virtual ~DeviceStore() = default;

    enum class UpsertMode
    {
        Everything, // import, demo fleet: every field as given
        InventoryOnly // MDM sync: keeps our reporting state (compliance status, Report Time, error)
    };
    // Inserts or updates the devices, replacing their violations, in one transaction: on
    // any failure nothing is written. Every sync page comes through here: the hot write.
    virtual bool upsertDevices(
        const QList<DeviceRecord> &devices, QString *error, UpsertMode mode = UpsertMode::Everything)
        = 0;
    // Violations come back ordered by policy id.
    virtual std::optional<DeviceRecord> loadDevice(qint64 id, QString *error) const = 0;
    // -1 on error.
    virtual int deviceCount(QString *error = nullptr) const = 0;
    // How many devices have each Azure Device Compliance Status; false on failure.
    virtual bool complianceStatusCounts(
        QHash<AzureComplianceStatus::Value, int> *counts, QString *error) const = 0;
    // Every device id, ascending; empty with *error set on failure.
    virtual QList<qint64> deviceIds(QString *error) const = 0;

    // Reads every device (by id) with its violations, evaluates it at `now` and fills
    // *table: the device list, up to a million rows. progress(done, total) is called about
    // every 10,000 rows; returning false cancels. *table is replaced only on success.
    virtual bool loadTable(DeviceTable *table, const QHash<qint64, CompliancePolicy> &policies,
        const QDateTime &now, QString *error,
        const std::function<bool(int done, int total)> &progress = {}) const = 0;

    // What Azure last received for a device (set when a report is queued).
    struct ReportState
    {
        std::optional<AzureOutcome> reportedOutcome; // none: never reported
        QString reportedFingerprint;
    };
    // Reads the given devices (all when ids is empty), ordered by id, with violations and
    // report state, one at a time; visit returns false to stop.
    virtual bool forEachDevice(const QList<qint64> &ids,
        const std::function<bool(const DeviceRecord &, const ReportState &)> &visit,
        QString *error) const = 0;
    // The same with only each device's id, violations and report state filled in: what a
    // sync needs to know of the devices it is about to overwrite, at a fraction of the cost.
    virtual bool forEachReportState(const QList<qint64> &ids,
        const std::function<bool(const DeviceRecord &, const ReportState &)> &visit,
        QString *error) const = 0;

protected:
    DeviceStore() = default;
    Q_DISABLE_COPY_MOVE(DeviceStore)
};
