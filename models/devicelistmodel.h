#pragma once

#include "models/devicetable.h"

#include <QAbstractTableModel>

// The device list: one row per device, read from a DeviceTable. Filtering and sorting
// are done by DeviceFilterModel, which reads the table's columns directly.
class DeviceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceListModel)

public:
    enum Column {
        NameColumn,
        UserColumn,
        PlatformColumn,
        OsVersionColumn,
        ModelColumn,
        SerialColumn,
        LastCheckinColumn,
        OutcomeColumn,
        EffectiveActionColumn,
        AzureDeviceIdColumn,
        ComplianceStatusColumn,
        ClientStatusCodeColumn,
        ReportTimeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        UnderlyingDataRole = Qt::UserRole, // raw value for sorting, filtering and export
        DeviceIdRole,
        FlaggedRole // true where the cell shows something unusual: an unknown code, a blank field
    };

    explicit DeviceListModel(QObject *parent = nullptr);

    void setTable(DeviceTable table);
    const DeviceTable &table() const { return m_table; }

    // Replaces one device's row after a sync or a report; emits dataChanged for the row.
    void updateDevice(const DeviceRecord &device, const DeviceEvaluation &evaluation);

    // The texts are translated: call after the UI language changed.
    void retranslate();

    void setReportingEnabled(bool enabled);
    bool reportingEnabled() const { return m_reportingEnabled; }

    static QString columnName(Column column);
    // A stable, untranslated key for saved views and CSV headers.
    static QString columnKey(Column column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The text of a cell as shown, for CSV export; independent of the view.
    QString displayText(int row, Column column) const;

signals:
    void tableReplaced();

private:
    QVariant underlyingData(int row, Column column) const;
    QString toolTip(int row, Column column) const;
    bool isFlagged(int row, Column column) const;

    DeviceTable m_table;
    bool m_reportingEnabled = true;
};
