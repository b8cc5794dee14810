#pragma once

#include "app/storage/devicestore.h"

class PgConnections;

// The devices in the PostgreSQL store: tables devices and violations of asc_store. A page
// is written with COPY and a merge (PgDeviceWriter); long reads go through server-side
// cursors fetched in chunks, so a million devices never sit in libpq's memory at once.
class PgDeviceStore final : public DeviceStore
{
    Q_DECLARE_TR_FUNCTIONS(DeviceStore) // messages keep the context they were translated in
    Q_DISABLE_COPY_MOVE(PgDeviceStore)

public:
    explicit PgDeviceStore(PgConnections &connections);

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

    PgConnections &m_connections;
};
