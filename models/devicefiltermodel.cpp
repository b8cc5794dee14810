#include "models/devicefiltermodel.h"

#include <QThreadPool>

DeviceFilterModel::DeviceFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    connect(&m_sort, &DeviceSortCache::computed, this, &DeviceFilterModel::ordersPrecomputed);
}

void DeviceFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *deviceModel = qobject_cast<DeviceListModel *>(sourceModel);
    Q_ASSERT_X(deviceModel || !sourceModel, "DeviceFilterModel", "the source must be a DeviceListModel");
    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(deviceModel);
    m_source = deviceModel;
    m_search.setTable(m_source ? &m_source->table() : nullptr);
    m_sort.setSource(m_source);
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, &DeviceFilterModel::beginResetModel);
        connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
            invalidateDerivedData();
            m_rows = computeRows();
            m_inverseValid = false;
            endResetModel();
            startPrecompute();
        });
        connect(m_source, &QAbstractItemModel::dataChanged, this, &DeviceFilterModel::onSourceDataChanged);
        connect(m_source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        // Rows are only ever appended, by a sync: see onSourceRowsInserted.
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &DeviceFilterModel::onSourceRowsInserted);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, &DeviceFilterModel::resetFromSource);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, &DeviceFilterModel::resetFromSource);
    }
    invalidateDerivedData();
    m_rows = computeRows();
    m_inverseValid = false;
    endResetModel();
    startPrecompute();
}

void DeviceFilterModel::resetFromSource()
{
    beginResetModel();
    invalidateDerivedData();
    m_rows = computeRows();
    m_inverseValid = false;
    endResetModel();
    startPrecompute();
}

void DeviceFilterModel::invalidateDerivedData()
{
    m_search.clear();
    m_sort.clear();
}

void DeviceFilterModel::startPrecompute()
{
    if (!m_source || m_precomputeThreshold < 0 || m_source->rowCount() < m_precomputeThreshold
        || m_source->rowCount() == 0)
        return;
    // Not on the global pool, which Qt's raster paint engine waits on (see DeviceInventory).
    static QThreadPool workers;
    // The search buffer first, on its own task: with two threads it is ready long before
    // the orders, and the first keystroke after a load then only scans.
    m_search.buildInBackground(&workers);
    m_sort.computeInBackground(&workers,
        { int(DeviceListModel::NameColumn), int(DeviceListModel::ReportTimeColumn),
            int(DeviceListModel::LastCheckinColumn) });
}

void DeviceFilterModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                            const QList<int> &roles)
{
    const bool onlyPresentation = !roles.isEmpty() && !roles.contains(Qt::DisplayRole)
        && !roles.contains(DeviceListModel::UnderlyingDataRole);
    const bool translationOnly = roles == QList<int>{Qt::DisplayRole, Qt::ToolTipRole};
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (!onlyPresentation && !translationOnly) {
        // A sync or a report changes rows one by one: the caches are mended for those
        // rows (the search text in place, sort orders at their next use) instead of being
        // rebuilt for the whole fleet. A wide change (Report Time of every row when
        // reporting is switched) rebuilds them.
        if (last - first >= kMaxMendedRows) {
            invalidateDerivedData();
        } else {
            for (int row = first; row <= last; ++row) {
                m_search.rowChanged(row);
                m_sort.rowChanged(row);
            }
        }
    }
    if (m_rows.isEmpty())
        return;
    if (last - first > 64) {
        emit dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
        return;
    }
    ensureInverse();
    for (int row = first; row <= last; ++row) {
        const int proxyRow = m_proxyOfSource.value(row, -1);
        if (proxyRow >= 0)
            emit dataChanged(index(proxyRow, topLeft.column()), index(proxyRow, bottomRight.column()), roles);
    }
}

void DeviceFilterModel::onSourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (!m_search.rowsAppended(first, last)) {
        // Not an append at the end: nothing to mend, start over.
        resetFromSource();
        return;
    }
    for (int row = first; row <= last; ++row)
        m_sort.rowChanged(row);
    // New devices that pass the filter are shown at the end; their place in the sort
    // order is decided at the next filter or sort, like a changed row's.
    QVector<int> shown;
    for (int row = first; row <= last; ++row) {
        if (rowMatchesFilter(row))
            shown.append(row);
    }
    if (m_inverseValid) {
        m_proxyOfSource.resize(m_source->table().size());
        for (int row = first; row <= last; ++row)
            m_proxyOfSource[row] = -1;
    }
    if (shown.isEmpty())
        return;
    const int firstProxy = int(m_rows.size());
    beginInsertRows({}, firstProxy, firstProxy + int(shown.size()) - 1);
    for (int row : std::as_const(shown)) {
        if (m_inverseValid)
            m_proxyOfSource[row] = int(m_rows.size());
        m_rows.append(row);
    }
    endInsertRows();
}

bool DeviceFilterModel::rowMatchesFilter(int row) const
{
    if (m_filter.hasAttributeFilter() && !matchesAttributes(row))
        return false;
    return DeviceSearchIndex::rowMatches(m_source->table(), row, DeviceSearchIndex::wordsOf(m_filter.search));
}

void DeviceFilterModel::setFilter(const DeviceFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_rows = computeRows();
    m_inverseValid = false;
    endResetModel();
}

void DeviceFilterModel::setSearchText(const QString &text)
{
    DeviceFilter filter = m_filter;
    filter.search = text;
    setFilter(filter);
}

void DeviceFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QPersistentModelIndex> sourceBefore;
    sourceBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceBefore.append(mapToSource(index));
    m_sortColumn = column;
    m_sortOrder = order;
    m_rows = computeRows();
    m_inverseValid = false;
    QModelIndexList after;
    after.reserve(before.size());
    for (const QPersistentModelIndex &source : std::as_const(sourceBefore))
        after.append(mapFromSource(source));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QVector<int> DeviceFilterModel::computeRows()
{
    QVector<int> rows;
    if (!m_source)
        return rows;
    const DeviceTable &table = m_source->table();
    const int count = table.size();

    const QList<QByteArray> words = DeviceSearchIndex::wordsOf(m_filter.search);

    // Candidate rows in source order, or every row.
    QVector<int> candidates;
    const bool searching = !words.isEmpty();
    if (searching)
        candidates = m_search.search(words);

    const bool attributes = m_filter.hasAttributeFilter();
    if (m_sortColumn < 0 || m_sortColumn >= DeviceListModel::ColumnCount) {
        if (searching) {
            rows.reserve(candidates.size());
            for (int row : std::as_const(candidates)) {
                if (!attributes || matchesAttributes(row))
                    rows.append(row);
            }
        } else {
            rows.reserve(count);
            for (int row = 0; row < count; ++row) {
                if (!attributes || matchesAttributes(row))
                    rows.append(row);
            }
        }
        return rows;
    }

    // Sorted: walk the column's permutation and keep the rows that pass.
    const QVector<int> &order = m_sort.ascendingOrder(m_sortColumn);
    QVector<bool> keep;
    if (searching) {
        keep.fill(false, count);
        for (int row : std::as_const(candidates))
            keep[row] = true;
        rows.reserve(candidates.size());
    } else {
        rows.reserve(count);
    }
    const auto visit = [&](int row) {
        if (searching && !keep[row])
            return;
        if (attributes && !matchesAttributes(row))
            return;
        rows.append(row);
    };
    if (m_sortOrder == Qt::AscendingOrder) {
        for (int row : order)
            visit(row);
    } else {
        for (auto it = order.crbegin(); it != order.crend(); ++it)
            visit(*it);
    }
    return rows;
}

bool DeviceFilterModel::matchesAttributes(int row) const
{
    const DeviceTable &table = m_source->table();
    if (m_filter.outcomes && !(m_filter.outcomes & DeviceFilter::bit(int(table.outcome(row)))))
        return false;
    if (m_filter.complianceStatuses
        && !(m_filter.complianceStatuses & DeviceFilter::bit(int(table.complianceStatus(row)))))
        return false;
    const auto code = table.clientStatusCode(row);
    if (m_filter.clientStatusCodes && !(m_filter.clientStatusCodes & DeviceFilter::bit(int(code))))
        return false;
    if (m_filter.platforms && !(m_filter.platforms & DeviceFilter::bit(int(table.platform(row)))))
        return false;
    if (m_filter.userFixableOnly && !AzureClientStatus::isUserFixable(code))
        return false;
    return true;
}

void DeviceFilterModel::ensureInverse() const
{
    if (m_inverseValid)
        return;
    const int count = m_source ? m_source->rowCount() : 0;
    m_proxyOfSource.fill(-1, count);
    for (int proxyRow = 0; proxyRow < m_rows.size(); ++proxyRow)
        m_proxyOfSource[m_rows[proxyRow]] = proxyRow;
    m_inverseValid = true;
}

QModelIndex DeviceFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex DeviceFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int DeviceFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviceFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : int(DeviceListModel::ColumnCount);
}

bool DeviceFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QModelIndex DeviceFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_source)
        return {};
    Q_ASSERT(proxyIndex.model() == this);
    return m_source->index(m_rows[proxyIndex.row()], proxyIndex.column());
}

QModelIndex DeviceFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || !m_source)
        return {};
    ensureInverse();
    const int proxyRow = m_proxyOfSource.value(sourceIndex.row(), -1);
    return proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, sourceIndex.column());
}
