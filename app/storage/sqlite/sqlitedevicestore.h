#pragma once

#include "app/storage/devicestore.h"

class SqliteConnections;

// The devices in the SQLite file: tables devices and violations. The hot paths go through
// SQLite's own API (SqliteApi): a sync page's upsert binds by index, the device list is
// read straight into the table's columns, id lists are one JSON array per statement.
class SqliteDeviceStore final : public DeviceStore
{
    Q_DECLARE_TR_FUNCTIONS(DeviceStore) // messages keep the context they were translated in
    Q_DISABLE_COPY_MOVE(SqliteDeviceStore)

public:
    explicit SqliteDeviceStore(const SqliteConnections &connections);

    bool upsertDevices(const QList<DeviceRecord> &devices, QString *error,
        UpsertMode mode = UpsertMode::Everything) override;
    std::optional<DeviceRecord> loadDevice(qint64 id, QString *error) const override;
    int deviceCount(QString *error = nullptr) const override;
    bool complianceStatusCounts(
        QHash<AzureComplianceStatus::Value, int> *counts, QString *error) const override;
    QList<qint64> deviceIds(QString *error) const override;
    bool loadTable(DeviceTable *table, const QHash<qint64, CompliancePolicy> &policies, const QDateTime &now,
        QString *error, const std::function<bool(int done, int total)> &progress = {}) const override;
    bool forEachDevice(const QList<qint64> &ids,
        const std::function<bool(const DeviceRecord &, const ReportState &)> &visit,
        QString *error) const override;
    bool forEachReportState(const QList<qint64> &ids,
        const std::function<bool(const DeviceRecord &, const ReportState &)> &visit,
        QString *error) const override;

private:
    bool readDevices(const QList<qint64> &ids, bool wholeRecords,
        const std::function<bool(const DeviceRecord &, const ReportState &)> &visit, QString *error) const;

    const SqliteConnections &m_connections;
};
