#pragma once

#include "models/devicelistmodel.h"
#include "models/devicesearchindex.h"
#include "models/devicesortcache.h"

#include <QAbstractProxyModel>
#include <QString>
#include <QVector>

// What the device list shows: a search text and attribute filters. A zero mask means
// "any"; otherwise bit (1 << value) selects that value of the enum.
struct DeviceFilter
{
    QString search; // words, all of which must appear in name, user, serial or (2+ characters) Azure id
    quint32 outcomes = 0;           // AzureOutcome
    quint32 complianceStatuses = 0; // AzureComplianceStatus::Value
    quint32 clientStatusCodes = 0;  // AzureClientStatus::Code
    quint32 platforms = 0;          // Platform
    bool userFixableOnly = false;

    static constexpr quint32 bit(int value) { return quint32(1) << value; }
    bool hasAttributeFilter() const
    {
        return outcomes || complianceStatuses || clientStatusCodes || platforms || userFixableOnly;
    }
    friend bool operator==(const DeviceFilter &a, const DeviceFilter &b)
    {
        return a.search == b.search && a.outcomes == b.outcomes && a.complianceStatuses == b.complianceStatuses
            && a.clientStatusCodes == b.clientStatusCodes && a.platforms == b.platforms
            && a.userFixableOnly == b.userFixableOnly;
    }
    friend bool operator!=(const DeviceFilter &a, const DeviceFilter &b) { return !(a == b); }
};

// Filtering and sorting for a million devices (the stock QSortFilterProxyModel takes
// seconds to minutes there). It keeps a vector of source rows: a search asks the
// DeviceSearchIndex for the rows holding every word, a sort walks the column's order from
// the DeviceSortCache, so a sorted, filtered view is a linear walk. Changes of the
// source's data are shown at once; whether a changed row still matches is decided at the
// next filter or sort. Changed and appended rows mend the index and the orders rather
// than throwing them away.
class DeviceFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceFilterModel)

public:
    explicit DeviceFilterModel(QObject *parent = nullptr);

    // The source must be a DeviceListModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setFilter(const DeviceFilter &filter);
    const DeviceFilter &filter() const { return m_filter; }
    void setSearchText(const QString &text);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int sourceRow(int proxyRow) const { return m_rows[proxyRow]; }

    // After a load of at least this many rows, the sort orders of the columns users sort
    // by most (name, Report Time, last check-in) are computed on a worker thread, so the
    // first click on their header is a walk, not a sort. 0: always; -1: never.
    void setPrecomputeThreshold(int rows) { m_precomputeThreshold = rows; }
    // True while that computation runs, or the search text's buffer is built on a worker
    // (after the same loads), so that no keystroke has to build it.
    bool isPrecomputing() const { return m_sort.isComputing() || m_search.isBuilding(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

signals:
    // The worker's orders are in place (not emitted when the data was replaced meanwhile).
    void ordersPrecomputed();

private:
    void resetFromSource();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);
    void onSourceRowsInserted(const QModelIndex &parent, int first, int last);
    void invalidateDerivedData();
    void startPrecompute();
    bool rowMatchesFilter(int row) const;
    QVector<int> computeRows();
    bool matchesAttributes(int sourceRow) const;
    void ensureInverse() const;

    DeviceListModel *m_source = nullptr;
    DeviceFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<int> m_rows; // proxy row -> source row

    mutable QVector<int> m_proxyOfSource; // source row -> proxy row or -1; built on demand
    mutable bool m_inverseValid = false;

    DeviceSearchIndex m_search;
    DeviceSortCache m_sort;
    // A change of more rows at once rebuilds the caches rather than mending them.
    static constexpr int kMaxMendedRows = 4096;
    int m_precomputeThreshold = 50000;
};
