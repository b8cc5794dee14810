#include "models/devicesortcache.h"

#include "models/devicelistmodel.h"

#include <QThreadPool>
#include <QVersionNumber>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>
#include <numeric>

namespace {
// Case-insensitive byte order for text sort keys: ASCII folded, the rest by code point.
int compareFolded(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        uchar x = uchar(a[i]);
        uchar y = uchar(b[i]);
        if (x >= 'A' && x <= 'Z')
            x = uchar(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = uchar(y + 32);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

// Eight folded bytes from `from`, big-endian, zero-padded: compares like compareFolded
// on that slice (text holds no NUL).
quint64 foldedPrefix(QByteArrayView bytes, qsizetype from = 0)
{
    quint64 key = 0;
    for (qsizetype i = from; i < from + 8; ++i) {
        uchar c = i < bytes.size() ? uchar(bytes[i]) : 0;
        if (c >= 'A' && c <= 'Z')
            c = uchar(c + 32);
        key = (key << 8) | c;
    }
    return key;
}

template <typename Key> QVector<int> orderByKey(int rows, Key key)
{
    using KeyType = decltype(key(0));
    QVector<std::pair<KeyType, int>> keyed(rows);
    for (int row = 0; row < rows; ++row)
        keyed[row] = { key(row), row };
    std::sort(keyed.begin(), keyed.end());
    QVector<int> order(rows);
    for (int i = 0; i < rows; ++i)
        order[i] = keyed[i].second;
    return order;
}

template <typename Bytes> QVector<int> orderByText(int rows, Bytes bytes)
{
    // The first 32 folded bytes as four integers decide nearly every comparison of device
    // names, users and serials without touching the text again; with equal keys only the
    // bytes after 32, or the lengths, are left to compare, then the row.
    constexpr qsizetype kKeyBytes = 32;
    struct Keyed
    {
        quint64 key[4];
        int row;
        int length;
    };
    QVector<Keyed> keyed(rows);
    for (int row = 0; row < rows; ++row) {
        const QByteArrayView text = bytes(row);
        Keyed &k = keyed[row];
        k.key[0] = foldedPrefix(text);
        k.key[1] = text.size() > 8 ? foldedPrefix(text, 8) : 0;
        k.key[2] = text.size() > 16 ? foldedPrefix(text, 16) : 0;
        k.key[3] = text.size() > 24 ? foldedPrefix(text, 24) : 0;
        k.row = row;
        k.length = int(std::min<qsizetype>(text.size(), std::numeric_limits<int>::max()));
    }
    std::sort(keyed.begin(), keyed.end(), [&bytes](const Keyed &a, const Keyed &b) {
        for (int i = 0; i < 4; ++i) {
            if (a.key[i] != b.key[i])
                return a.key[i] < b.key[i];
        }
        // Equal keys: the folded bytes agree up to 32, zero-padded. What compareFolded
        // then decides is the rest (a text holding NUL may be the shorter one), or the length.
        if (a.length > kKeyBytes || b.length > kKeyBytes) {
            const auto tail = [&bytes](int row) {
                const QByteArrayView text = bytes(row);
                return text.size() > kKeyBytes ? text.sliced(kKeyBytes) : QByteArrayView();
            };
            const int c = compareFolded(tail(a.row), tail(b.row));
            if (c != 0)
                return c < 0;
        } else if (a.length != b.length) {
            return a.length < b.length;
        }
        return a.row < b.row;
    });
    QVector<int> order(rows);
    for (int i = 0; i < rows; ++i)
        order[i] = keyed[i].row;
    return order;
}

// Puts the rows in `changed` (each at most once; rows new to the order included) back
// into an ascending order by less(a, b): out with them, sort them, merge them in.
template <typename Less>
void repairOrder(QVector<int> &order, const QVector<int> &changed, int rows, Less less)
{
    QVector<bool> isChanged(rows, false);
    for (int row : changed)
        isChanged[row] = true;
    QVector<int> kept;
    kept.reserve(rows);
    for (int row : std::as_const(order)) {
        if (row < rows && !isChanged[row])
            kept.append(row);
    }
    QVector<int> moved = changed;
    std::sort(moved.begin(), moved.end(), less);
    order.resize(kept.size() + moved.size());
    std::merge(kept.cbegin(), kept.cend(), moved.cbegin(), moved.cend(), order.begin(), less);
}

// The rank of every interned value, so a million rows sort by an int. OS versions
// compare as versions ("9" before "10").
QVector<int> rankPool(const QStringList &pool, bool asVersions)
{
    QVector<int> byRank(pool.size());
    std::iota(byRank.begin(), byRank.end(), 0);
    std::sort(byRank.begin(), byRank.end(), [&pool, asVersions](int a, int b) {
        if (asVersions) {
            const int c = QVersionNumber::compare(
                QVersionNumber::fromString(pool[a]), QVersionNumber::fromString(pool[b]));
            if (c != 0)
                return c < 0;
        }
        const int c = pool[a].compare(pool[b], Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    QVector<int> ranks(pool.size());
    for (int rank = 0; rank < byRank.size(); ++rank)
        ranks[byRank[rank]] = rank;
    return ranks;
}

template <typename F> struct TextKey
{
    F bytes; // row -> QByteArrayView
};
template <typename F> struct ValueKey
{
    F key; // row -> a value with operator<
};
template <typename F> TextKey(F) -> TextKey<F>;
template <typename F> ValueKey(F) -> ValueKey<F>;

// Calls visit(TextKey{...}) or visit(ValueKey{...}) with what orders a column's rows
// ascending; ties go by row, so every order is a strict total order.
template <typename Visit>
void visitColumnKey(const DeviceTable &table, bool reportingEnabled, int column, Visit visit)
{
    switch (DeviceListModel::Column(column)) {
    case DeviceListModel::NameColumn:
        visit(TextKey { [&table](int row) { return table.nameUtf8(row); } });
        return;
    case DeviceListModel::UserColumn:
        visit(TextKey { [&table](int row) { return table.userUtf8(row); } });
        return;
    case DeviceListModel::SerialColumn:
        visit(TextKey { [&table](int row) { return table.serialUtf8(row); } });
        return;
    case DeviceListModel::ModelColumn:
    case DeviceListModel::OsVersionColumn: {
        const bool versions = column == DeviceListModel::OsVersionColumn;
        const QVector<int> ranks = rankPool(table.pool(), versions);
        visit(ValueKey { [&](int row) {
            return ranks[int(versions ? table.osVersionIndex(row) : table.modelIndex(row))];
        } });
        return;
    }
    case DeviceListModel::PlatformColumn:
        visit(ValueKey { [&table](int row) { return int(table.platform(row)); } });
        return;
    case DeviceListModel::LastCheckinColumn:
        visit(ValueKey { [&table](int row) { return table.lastCheckinMsecs(row); } });
        return;
    case DeviceListModel::OutcomeColumn:
        visit(ValueKey { [&table](int row) { return int(table.outcome(row)); } });
        return;
    case DeviceListModel::EffectiveActionColumn:
        visit(ValueKey { [&table](int row) { return int(table.effectiveAction(row)); } });
        return;
    case DeviceListModel::AzureDeviceIdColumn:
        visit(ValueKey { [&table](int row) {
            const QUuid id = table.azureDeviceId(row).uuid();
            // The canonical text's order is the order of these fields taken big-endian.
            quint64 high = (quint64(id.data1) << 32) | (quint64(id.data2) << 16) | id.data3;
            quint64 low = 0;
            for (uchar b : id.data4)
                low = (low << 8) | b;
            return std::pair<quint64, quint64>(high, low);
        } });
        return;
    case DeviceListModel::ComplianceStatusColumn:
        visit(ValueKey { [&table](int row) { return int(table.complianceStatus(row)); } });
        return;
    case DeviceListModel::ClientStatusCodeColumn: {
        // Alphabetical by the code as shown, unknown raw codes among the known ones.
        QStringList names = table.pool();
        for (int code = 0; code <= int(AzureClientStatus::Code::Unknown); ++code)
            names.append(AzureClientStatus::wireName(AzureClientStatus::Code(code)));
        const QVector<int> ranks = rankPool(names, false);
        const int poolSize = int(table.pool().size());
        visit(ValueKey { [&](int row) {
            const auto code = table.clientStatusCode(row);
            return code == AzureClientStatus::Code::Unknown ? ranks[int(table.clientStatusRawIndex(row))]
                                                            : ranks[poolSize + int(code)];
        } });
        return;
    }
    case DeviceListModel::ReportTimeColumn: {
        // table.reportTime(row).isBlank() without building a ReportTime per row: blank
        // when reporting is off, never confirmed, failed, or the client status code
        // allows no device id (ReportTime::derive).
        // Unknown codes are judged from their raw text below; a status cannot be built from
        // Code::Unknown itself.
        QVector<bool> codeBlanks(int(AzureClientStatus::Code::Unknown) + 1);
        for (int code = 0; code < int(AzureClientStatus::Code::Unknown); ++code) {
            const AzureClientStatus status { AzureClientStatus::Code(code) };
            codeBlanks[code] = !status.allowsDeviceId() && !status.isNone();
        }
        visit(ValueKey { [&table, reportingEnabled, codeBlanks](int row) {
            const qint64 msecs = table.reportTimeMsecs(row);
            if (!reportingEnabled || msecs == 0
                || table.complianceStatus(row) == AzureComplianceStatus::Failed)
                return qint64(0);
            const auto code = table.clientStatusCode(row);
            if (code == AzureClientStatus::Code::Unknown) {
                const AzureClientStatus status = table.clientStatus(row);
                return !status.allowsDeviceId() && !status.isNone() ? qint64(0) : msecs;
            }
            return codeBlanks[int(code)] ? qint64(0) : msecs;
        } });
        return;
    }
    case DeviceListModel::ColumnCount:
        visit(ValueKey { [](int) { return 0; } });
        return;
    }
}

template <typename F> QVector<int> buildOrder(int rows, const TextKey<F> &text)
{
    return orderByText(rows, text.bytes);
}
template <typename F> QVector<int> buildOrder(int rows, const ValueKey<F> &value)
{
    return orderByKey(rows, value.key);
}
template <typename F>
void repairOrder(QVector<int> &order, const QVector<int> &changed, int rows, const TextKey<F> &text)
{
    repairOrder(order, changed, rows, [&text](int a, int b) {
        const int c = compareFolded(text.bytes(a), text.bytes(b));
        return c != 0 ? c < 0 : a < b;
    });
}
template <typename F>
void repairOrder(QVector<int> &order, const QVector<int> &changed, int rows, const ValueKey<F> &value)
{
    repairOrder(order, changed, rows, [&value](int a, int b) {
        const auto ka = value.key(a);
        const auto kb = value.key(b);
        return ka < kb || (!(kb < ka) && a < b);
    });
}
} // namespace

DeviceSortCache::DeviceSortCache(QObject *parent)
    : QObject(parent)
{
    connect(&m_compute, &QFutureWatcherBase::finished, this, &DeviceSortCache::onComputed);
}

void DeviceSortCache::setSource(const DeviceListModel *source)
{
    m_source = source;
    clear();
}

void DeviceSortCache::clear()
{
    m_orders.clear();
    m_changedRows.clear();
    m_changedSinceCompute.clear();
    ++m_generation;
}

void DeviceSortCache::computeInBackground(QThreadPool *pool, const QList<int> &columns)
{
    if (!m_source)
        return;
    // The worker reads a copy of the table: its columns are implicitly shared, so the
    // copy is cheap and later changes on this thread detach from it.
    const DeviceTable snapshot = m_source->table();
    const bool enabled = m_source->reportingEnabled();
    m_computeGeneration = m_generation;
    m_changedSinceCompute.clear();
    m_computePending = true;
    m_compute.setFuture(QtConcurrent::run(pool, [snapshot, enabled, columns] {
        QHash<int, QVector<int>> orders;
        for (int column : columns)
            orders.insert(column, computeOrder(snapshot, enabled, column));
        return orders;
    }));
}

void DeviceSortCache::onComputed()
{
    m_computePending = false;
    if (m_compute.isCanceled() || m_generation != m_computeGeneration || !m_source)
        return;
    const QHash<int, QVector<int>> orders = m_compute.result();
    for (auto it = orders.cbegin(); it != orders.cend(); ++it) {
        if (!m_orders.contains(it.key()))
            m_orders.insert(it.key(), it.value());
    }
    // Rows changed or added while the worker ran are mended at the next use; mending a
    // row that is already in place changes nothing.
    m_changedRows.unite(m_changedSinceCompute);
    m_changedSinceCompute.clear();
    emit computed();
}

void DeviceSortCache::rowChanged(int row)
{
    if (!m_orders.isEmpty())
        m_changedRows.insert(row);
    if (m_computePending)
        m_changedSinceCompute.insert(row);
}

QVector<int> DeviceSortCache::computeOrder(const DeviceTable &table, bool reportingEnabled, int column)
{
    QVector<int> order;
    visitColumnKey(
        table, reportingEnabled, column, [&](const auto &key) { order = buildOrder(table.size(), key); });
    return order;
}

void DeviceSortCache::repairOrders()
{
    if (m_changedRows.isEmpty())
        return;
    const DeviceTable &table = m_source->table();
    QVector<int> changed(m_changedRows.cbegin(), m_changedRows.cend());
    for (auto it = m_orders.begin(); it != m_orders.end(); ++it) {
        visitColumnKey(table, m_source->reportingEnabled(), it.key(),
            [&](const auto &key) { repairOrder(*it, changed, table.size(), key); });
    }
    m_changedRows.clear();
}

const QVector<int> &DeviceSortCache::ascendingOrder(int column)
{
    repairOrders();
    auto it = m_orders.find(column);
    if (it != m_orders.end())
        return *it;
    return *m_orders.insert(column, computeOrder(m_source->table(), m_source->reportingEnabled(), column));
}
