#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QVector>

class DeviceListModel;
class DeviceTable;
class QThreadPool;

// The ascending order of every column of the device list, as a permutation of all rows,
// computed once per column and kept: a sorted, filtered view is then a linear walk of it.
// Text sorts key on the first 32 folded bytes, OS versions compare as versions, enums and
// times as integers; ties go by row. Rows changed or appended are taken out and merged
// back in at the next use rather than sorting the fleet again; after a load the orders of
// the columns sorted by most can be computed on a worker from a copy of the table.
class DeviceSortCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceSortCache)

public:
    explicit DeviceSortCache(QObject *parent = nullptr);

    // The model whose table is sorted; null for none. It must stay alive while it is set.
    void setSource(const DeviceListModel *source);

    // Every row of the source in ascending order of the column (a DeviceListModel::Column).
    const QVector<int> &ascendingOrder(int column);
    // The same from scratch, for any table; no cache.
    static QVector<int> computeOrder(const DeviceTable &table, bool reportingEnabled, int column);

    // The table's rows were replaced: every order is dropped, and orders still being
    // computed are ignored when they land.
    void clear();
    // Computes the orders of these columns on `pool` from an implicitly shared copy of the
    // table; rows changed or appended meanwhile are mended at their next use.
    void computeInBackground(QThreadPool *pool, const QList<int> &columns);
    bool isComputing() const { return m_computePending; }

    // A row changed, or was appended: it is put back in place at the next use of an order.
    void rowChanged(int row);

signals:
    // The worker's orders are in place (not emitted when the data was replaced meanwhile).
    void computed();

private:
    void onComputed();
    void repairOrders();

    const DeviceListModel *m_source = nullptr;
    QHash<int, QVector<int>> m_orders; // column -> every row in ascending order
    QSet<int> m_changedRows; // rows changed or added since the orders were last mended

    quint64 m_generation = 0; // bumped by clear()
    quint64 m_computeGeneration = 0;
    bool m_computePending = false; // from the start until onComputed ran
    QSet<int> m_changedSinceCompute; // rows changed while the worker ran
    QFutureWatcher<QHash<int, QVector<int>>> m_compute;
};
