#pragma once

#include "models/devicelistmodel.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>
#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QStringList>
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
// seconds to minutes there). It keeps a vector of source rows; search scans one
// lower-cased text buffer with memmem and narrows the previous result while the user
// types; each column's sort order is computed once as a permutation of all rows, so a
// sorted, filtered view is a linear walk. Changes of the source's data are shown at
// once; whether a changed row still matches is decided at the next filter or sort.
// Changed and appended rows mend the caches (the search text in place, the sort orders
// by merging those rows back in at their next use) rather than throwing them away.
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
    bool isPrecomputing() const { return m_precomputePending || m_haystackPending; }


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
    void mendRow(int row);
    bool rowMatchesFilter(int row);
    QList<QByteArray> searchWords() const;
    static bool isIdWord(const QByteArray &word);
    static void appendRowText(QByteArray &out, const DeviceTable &table, int row);
    static QByteArray rowIdText(const DeviceTable &table, int row);
    static QVector<int> computeOrder(const DeviceTable &table, bool reportingEnabled, int column);
    void repairOrders();
    void startPrecompute();
    void onPrecomputed();
    void onHaystackBuilt();
    void mendHaystackRow(int row);

    QVector<int> computeRows();
    QVector<int> searchRows(const QList<QByteArray> &words);
    bool matchesAttributes(int sourceRow) const;
    void ensureHaystack();
    const QVector<int> &ascendingOrder(int column);
    void ensureInverse() const;

    DeviceListModel *m_source = nullptr;
    DeviceFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<int> m_rows; // proxy row -> source row

    mutable QVector<int> m_proxyOfSource; // source row -> proxy row or -1; built on demand
    mutable bool m_inverseValid = false;

    // Lower-cased "name\x1fuser\x1fserial\n" for every source row, and the Azure ids
    // apart at a fixed width: only words that could be in a GUID scan them.
    static constexpr int kIdWidth = 37;
    QByteArray m_haystack;
    QByteArray m_idHaystack;
    QVector<quint32> m_rowStart;
    bool m_haystackValid = false;

    // The rows that matched the last search words, to narrow while typing.
    QList<QByteArray> m_lastWords;
    QVector<int> m_lastWordRows;
    bool m_lastWordsValid = false;

    QHash<int, QVector<int>> m_ascendingOrders; // column -> every source row in ascending order
    QSet<int> m_changedRows; // rows changed or added since the orders were last mended
    // A change of more rows at once rebuilds the caches rather than mending them.
    static constexpr int kMaxMendedRows = 4096;

    int m_precomputeThreshold = 50000;
    quint64 m_generation = 0; // bumped whenever the caches are thrown away
    quint64 m_precomputeGeneration = 0;
    bool m_precomputePending = false; // from the start until onPrecomputed ran
    QSet<int> m_changedSincePrecompute; // rows changed while the worker ran
    QFutureWatcher<QHash<int, QVector<int>>> m_precompute;

    // The search buffers as a worker builds them from a copy of the table.
    struct Haystack
    {
        QByteArray text;
        QByteArray ids;
        QVector<quint32> rowStart;
    };
    static Haystack buildHaystack(const DeviceTable &table);
    bool m_haystackPending = false;
    quint64 m_haystackGeneration = 0;
    QSet<int> m_changedSinceHaystack; // rows changed while the worker built the buffer
    QFutureWatcher<Haystack> m_haystackBuild;
};
