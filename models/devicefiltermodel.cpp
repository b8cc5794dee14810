#include "models/devicefiltermodel.h"

#include <QVersionNumber>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <limits>
#include <numeric>

namespace {
constexpr char kFieldSeparator = '\x1f';

void appendLowerUtf8(QByteArray &out, QByteArrayView bytes)
{
    bool ascii = true;
    for (char c : bytes) {
        if (uchar(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        const qsizetype start = out.size();
        out.append(bytes.data(), bytes.size());
        char *p = out.data() + start;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (p[i] >= 'A' && p[i] <= 'Z')
                p[i] = char(p[i] + ('a' - 'A'));
            else if (p[i] == kFieldSeparator || p[i] == '\n')
                p[i] = ' ';
        }
        return;
    }
    QString text = QString::fromUtf8(bytes).toLower();
    text.replace(QLatin1Char(kFieldSeparator), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    out.append(text.toUtf8());
}

// memmem for a scan of the whole search buffer. glibc's memmem goes at 2-3 GB/s; this
// compares the needle's first and last byte at 16 positions at once and checks only the
// positions where both match (W. Mula, "SIMD-friendly algorithms for substring
// searching"), several times faster on device names.
const char *findBytes(const char *haystack, size_t size, const char *needle, size_t length)
{
    if (length == 0)
        return haystack;
    if (length > size)
        return nullptr;
    if (length == 1)
        return static_cast<const char *>(std::memchr(haystack, needle[0], size));
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[length - 1]);
    for (; i + length - 1 + 16 <= size; i += 16) {
        const __m128i blockFirst = _mm_loadu_si128(reinterpret_cast<const __m128i *>(haystack + i));
        const __m128i blockLast = _mm_loadu_si128(reinterpret_cast<const __m128i *>(haystack + i + length - 1));
        unsigned mask = unsigned(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi8(blockFirst, first), _mm_cmpeq_epi8(blockLast, last))));
        while (mask) {
            const int bit = __builtin_ctz(mask);
            if (length == 2 || std::memcmp(haystack + i + bit + 1, needle + 1, length - 2) == 0)
                return haystack + i + bit;
            mask &= mask - 1;
        }
    }
#endif
    return static_cast<const char *>(memmem(haystack + i, size - i, needle, length));
}

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

template<typename Key>
QVector<int> orderByKey(int rows, Key key)
{
    using KeyType = decltype(key(0));
    QVector<std::pair<KeyType, int>> keyed(rows);
    for (int row = 0; row < rows; ++row)
        keyed[row] = {key(row), row};
    std::sort(keyed.begin(), keyed.end());
    QVector<int> order(rows);
    for (int i = 0; i < rows; ++i)
        order[i] = keyed[i].second;
    return order;
}

template<typename Bytes>
QVector<int> orderByText(int rows, Bytes bytes)
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
template<typename Less>
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
            const int c = QVersionNumber::compare(QVersionNumber::fromString(pool[a]),
                                                  QVersionNumber::fromString(pool[b]));
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
} // namespace

DeviceFilterModel::DeviceFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    connect(&m_precompute, &QFutureWatcherBase::finished, this, &DeviceFilterModel::onPrecomputed);
    connect(&m_haystackBuild, &QFutureWatcherBase::finished, this, &DeviceFilterModel::onHaystackBuilt);
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
    m_haystackValid = false;
    m_haystack.clear();
    m_idHaystack.clear();
    m_rowStart.clear();
    m_lastWordsValid = false;
    m_lastWordRows.clear();
    m_ascendingOrders.clear();
    m_changedRows.clear();
    m_changedSincePrecompute.clear();
    ++m_generation;
}

void DeviceFilterModel::startPrecompute()
{
    if (!m_source || m_precomputeThreshold < 0 || m_source->rowCount() < m_precomputeThreshold
        || m_source->rowCount() == 0)
        return;
    // The worker reads a copy of the table: its columns are implicitly shared, so the
    // copy is cheap and later changes on this thread detach from it.
    const DeviceTable snapshot = m_source->table();
    const bool enabled = m_source->reportingEnabled();
    m_precomputeGeneration = m_generation;
    m_changedSincePrecompute.clear();
    m_precomputePending = true;
    // Not on the global pool, which Qt's raster paint engine waits on (see DeviceInventory).
    static QThreadPool workers;
    // The search buffer first, on its own task: with two threads it is ready long before
    // the orders, and the first keystroke after a load then only scans.
    if (!m_haystackValid) {
        m_haystackGeneration = m_generation;
        m_changedSinceHaystack.clear();
        m_haystackPending = true;
        m_haystackBuild.setFuture(QtConcurrent::run(&workers, [snapshot] { return buildHaystack(snapshot); }));
    }
    m_precompute.setFuture(QtConcurrent::run(&workers, [snapshot, enabled] {
        QHash<int, QVector<int>> orders;
        for (int column : {int(DeviceListModel::NameColumn), int(DeviceListModel::ReportTimeColumn),
                           int(DeviceListModel::LastCheckinColumn)})
            orders.insert(column, computeOrder(snapshot, enabled, column));
        return orders;
    }));
}

void DeviceFilterModel::onPrecomputed()
{
    m_precomputePending = false;
    if (m_precompute.isCanceled() || m_generation != m_precomputeGeneration || !m_source)
        return;
    const QHash<int, QVector<int>> orders = m_precompute.result();
    for (auto it = orders.cbegin(); it != orders.cend(); ++it) {
        if (!m_ascendingOrders.contains(it.key()))
            m_ascendingOrders.insert(it.key(), it.value());
    }
    // Rows changed or added while the worker ran are mended at the next use; mending a
    // row that is already in place changes nothing.
    m_changedRows.unite(m_changedSincePrecompute);
    m_changedSincePrecompute.clear();
    emit ordersPrecomputed();
}

void DeviceFilterModel::onHaystackBuilt()
{
    if (!m_haystackPending) // already taken by a search that waited for it
        return;
    m_haystackPending = false;
    QSet<int> changed;
    changed.swap(m_changedSinceHaystack);
    // Dropped when the data was replaced meanwhile, or a search could not wait and built
    // the buffer itself (it already holds every change).
    if (m_haystackBuild.isCanceled() || m_generation != m_haystackGeneration || !m_source || m_haystackValid)
        return;
    Haystack built = m_haystackBuild.result();
    m_haystack = std::move(built.text);
    m_idHaystack = std::move(built.ids);
    m_rowStart = std::move(built.rowStart);
    m_haystackValid = true;
    m_lastWordsValid = false;
    // Rows appended while the worker ran, then rows changed in place meanwhile.
    const DeviceTable &table = m_source->table();
    const int builtRows = int(m_rowStart.size()) - 1;
    for (int row = builtRows; row < table.size(); ++row) {
        appendRowText(m_haystack, table, row);
        m_rowStart.append(quint32(m_haystack.size()));
        m_idHaystack.append(rowIdText(table, row));
    }
    for (int row : std::as_const(changed)) {
        if (!m_haystackValid)
            break;
        if (row < builtRows)
            mendHaystackRow(row);
    }
}

DeviceFilterModel::Haystack DeviceFilterModel::buildHaystack(const DeviceTable &table)
{
    Haystack result;
    const int count = table.size();
    result.text.reserve(qsizetype(count) * 64);
    result.ids.reserve(qsizetype(count) * kIdWidth);
    result.rowStart.resize(count + 1);
    for (int row = 0; row < count; ++row) {
        result.rowStart[row] = quint32(result.text.size());
        appendRowText(result.text, table, row);
        result.ids.append(rowIdText(table, row));
    }
    result.rowStart[count] = quint32(result.text.size());
    return result;
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
        if (last - first >= kMaxMendedRows)
            invalidateDerivedData();
        else
            for (int row = first; row <= last; ++row)
                mendRow(row);
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

void DeviceFilterModel::mendRow(int row)
{
    if (m_haystackValid)
        mendHaystackRow(row);
    if (m_haystackPending)
        m_changedSinceHaystack.insert(row);
    if (!m_ascendingOrders.isEmpty())
        m_changedRows.insert(row);
    if (m_precomputePending)
        m_changedSincePrecompute.insert(row);
}

void DeviceFilterModel::mendHaystackRow(int row)
{
    const DeviceTable &table = m_source->table();
    {
        QByteArray text;
        appendRowText(text, table, row);
        const quint32 start = m_rowStart[row];
        const quint32 length = m_rowStart[row + 1] - start;
        if (QByteArrayView(m_haystack).sliced(start, length) != QByteArrayView(text)) {
            m_lastWordsValid = false;
            if (quint32(text.size()) <= length) {
                // A shorter text is padded with field separators before its final newline:
                // no search word holds one (searchWords folds them to spaces), so the
                // padding never matches and no later row moves.
                char *at = m_haystack.data() + start;
                std::memcpy(at, text.constData(), size_t(text.size() - 1));
                std::memset(at + text.size() - 1, kFieldSeparator, size_t(length) - size_t(text.size()));
                at[length - 1] = '\n';
            } else {
                // Another length would move every later row: rebuilt at the next search.
                m_haystackValid = false;
                m_haystack.clear();
                m_idHaystack.clear();
                m_rowStart.clear();
            }
        }
        if (m_haystackValid) {
            const QByteArray id = rowIdText(table, row);
            char *at = m_idHaystack.data() + qsizetype(row) * kIdWidth;
            if (std::memcmp(at, id.constData(), size_t(kIdWidth)) != 0) {
                std::memcpy(at, id.constData(), size_t(kIdWidth));
                m_lastWordsValid = false;
            }
        }
    }
}

void DeviceFilterModel::onSourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const DeviceTable &table = m_source->table();
    if (first != int(m_rowStart.size()) - 1 && m_haystackValid) {
        // Not an append at the end: nothing to mend, start over.
        resetFromSource();
        return;
    }
    if (m_haystackValid) {
        for (int row = first; row <= last; ++row) {
            appendRowText(m_haystack, table, row);
            m_rowStart.append(quint32(m_haystack.size()));
            m_idHaystack.append(rowIdText(table, row));
        }
    }
    m_lastWordsValid = false;
    for (int row = first; row <= last; ++row) {
        if (!m_ascendingOrders.isEmpty())
            m_changedRows.insert(row);
        if (m_precomputePending)
            m_changedSincePrecompute.insert(row);
    }
    // New devices that pass the filter are shown at the end; their place in the sort
    // order is decided at the next filter or sort, like a changed row's.
    QVector<int> shown;
    for (int row = first; row <= last; ++row) {
        if (rowMatchesFilter(row))
            shown.append(row);
    }
    if (m_inverseValid) {
        m_proxyOfSource.resize(table.size());
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

bool DeviceFilterModel::rowMatchesFilter(int row)
{
    if (m_filter.hasAttributeFilter() && !matchesAttributes(row))
        return false;
    const QList<QByteArray> words = searchWords();
    if (words.isEmpty())
        return true;
    const DeviceTable &table = m_source->table();
    QByteArray text;
    appendRowText(text, table, row);
    const QByteArray id = rowIdText(table, row);
    for (const QByteArray &word : words) {
        if (!text.contains(word) && !(isIdWord(word) && id.contains(word)))
            return false;
    }
    return true;
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

    const QList<QByteArray> words = searchWords();

    // Candidate rows in source order, or every row.
    QVector<int> candidates;
    const bool searching = !words.isEmpty();
    if (searching)
        candidates = searchRows(words);

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
    const QVector<int> &order = ascendingOrder(m_sortColumn);
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

QList<QByteArray> DeviceFilterModel::searchWords() const
{
    QList<QByteArray> words;
    for (const QString &word : m_filter.search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QByteArray lowered;
        appendLowerUtf8(lowered, word.toUtf8());
        words.append(lowered);
    }
    return words;
}

bool DeviceFilterModel::isIdWord(const QByteArray &word)
{
    return word.size() >= 2 && std::all_of(word.cbegin(), word.cend(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '-';
    });
}

void DeviceFilterModel::appendRowText(QByteArray &out, const DeviceTable &table, int row)
{
    appendLowerUtf8(out, table.nameUtf8(row));
    out.append(kFieldSeparator);
    appendLowerUtf8(out, table.userUtf8(row));
    out.append(kFieldSeparator);
    appendLowerUtf8(out, table.serialUtf8(row));
    out.append('\n');
}

QByteArray DeviceFilterModel::rowIdText(const DeviceTable &table, int row)
{
    // Fixed width, so a hit's row is its offset divided by the width.
    const QUuid id = table.azureDeviceId(row).uuid();
    return id.isNull() ? QByteArray(kIdWidth, '\n') : id.toByteArray(QUuid::WithoutBraces).append('\n');
}

QVector<int> DeviceFilterModel::searchRows(const QList<QByteArray> &words)
{
    ensureHaystack();
    const char *base = m_haystack.constData();
    const char *ids = m_idHaystack.constData();
    const int count = int(m_rowStart.size()) - 1;

    // Narrow the previous result when every old word is inside some new word (then every
    // row matching the new words matched the old ones) and that result is small: checking
    // rows one by one costs more per byte than one scan of the whole buffer.
    bool narrow = m_lastWordsValid && !m_lastWords.isEmpty() && m_lastWordRows.size() * 8 < count;
    if (narrow) {
        for (const QByteArray &old : std::as_const(m_lastWords)) {
            const bool covered = std::any_of(words.cbegin(), words.cend(),
                                             [&old](const QByteArray &word) { return word.contains(old); });
            if (!covered) {
                narrow = false;
                break;
            }
        }
    }

    // Only a word that could be part of a GUID, of two characters or more, is looked for
    // in the Azure ids: one hex digit is in nearly every id and says nothing.
    QVector<bool> inIds(words.size());
    for (int w = 0; w < words.size(); ++w)
        inIds[w] = isIdWord(words[w]);
    const auto wordInRow = [&](int w, int row) {
        const QByteArray &word = words[w];
        if (memmem(base + m_rowStart[row], m_rowStart[row + 1] - m_rowStart[row], word.constData(),
                   size_t(word.size())))
            return true;
        return inIds[w]
            && memmem(ids + qsizetype(row) * kIdWidth, kIdWidth, word.constData(), size_t(word.size()));
    };
    const auto rowMatchesAll = [&](int row, int skipWord) {
        for (int w = 0; w < words.size(); ++w) {
            if (w != skipWord && !wordInRow(w, row))
                return false;
        }
        return true;
    };

    QVector<int> result;
    if (narrow) {
        for (int row : std::as_const(m_lastWordRows)) {
            if (rowMatchesAll(row, -1))
                result.append(row);
        }
    } else {
        // Scan for the longest word, then check the others per row.
        int longest = 0;
        for (int w = 1; w < words.size(); ++w) {
            if (words[w].size() > words[longest].size())
                longest = w;
        }
        const QByteArray &needle = words[longest];
        QVector<bool> hit(inIds[longest] ? count : 0);
        const auto scan = [&](const char *buffer, qsizetype size, const auto &rowAt, const auto &rowEnd,
                              const auto &onRow) {
            const char *end = buffer + size;
            const char *from = buffer;
            int row = 0;
            while (from < end) {
                const char *found = findBytes(from, size_t(end - from), needle.constData(), size_t(needle.size()));
                if (!found)
                    break;
                row = rowAt(row, quint32(found - buffer));
                if (row >= count)
                    break;
                onRow(row);
                from = buffer + rowEnd(row);
            }
        };
        // Text rows: hits only move forward, so walk to the hit's row.
        const auto textRow = [&](int row, quint32 offset) {
            while (row < count && m_rowStart[row + 1] <= offset)
                ++row;
            return row;
        };
        const auto textEnd = [&](int row) { return m_rowStart[row + 1]; };
        if (inIds[longest]) {
            scan(base, m_haystack.size(), textRow, textEnd, [&](int row) { hit[row] = true; });
            scan(ids, m_idHaystack.size(), [](int, quint32 offset) { return int(offset / kIdWidth); },
                 [](int row) { return qsizetype(row + 1) * kIdWidth; }, [&](int row) { hit[row] = true; });
            for (int row = 0; row < count; ++row) {
                if (hit[row] && (words.size() == 1 || rowMatchesAll(row, longest)))
                    result.append(row);
            }
        } else {
            scan(base, m_haystack.size(), textRow, textEnd, [&](int row) {
                if (words.size() == 1 || rowMatchesAll(row, longest))
                    result.append(row);
            });
        }
    }
    m_lastWords = words;
    m_lastWordRows = result;
    m_lastWordsValid = true;
    return result;
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

void DeviceFilterModel::ensureHaystack()
{
    if (m_haystackValid)
        return;
    if (m_haystackPending && m_generation == m_haystackGeneration) {
        // A search right after a load: the worker is on it, and ahead of a build here.
        m_haystackBuild.waitForFinished();
        onHaystackBuilt();
        if (m_haystackValid)
            return;
    }
    Haystack built = buildHaystack(m_source->table());
    m_haystack = std::move(built.text);
    m_idHaystack = std::move(built.ids);
    m_rowStart = std::move(built.rowStart);
    m_haystackValid = true;
}

namespace {
template<typename F>
struct TextKey
{
    F bytes; // row -> QByteArrayView
};
template<typename F>
struct ValueKey
{
    F key; // row -> a value with operator<
};
template<typename F>
TextKey(F) -> TextKey<F>;
template<typename F>
ValueKey(F) -> ValueKey<F>;

// Calls visit(TextKey{...}) or visit(ValueKey{...}) with what orders a column's rows
// ascending; ties go by row, so every order is a strict total order.
template<typename Visit>
void visitColumnKey(const DeviceTable &table, bool reportingEnabled, int column, Visit visit)
{
    switch (DeviceListModel::Column(column)) {
    case DeviceListModel::NameColumn:
        visit(TextKey{[&table](int row) { return table.nameUtf8(row); }});
        return;
    case DeviceListModel::UserColumn:
        visit(TextKey{[&table](int row) { return table.userUtf8(row); }});
        return;
    case DeviceListModel::SerialColumn:
        visit(TextKey{[&table](int row) { return table.serialUtf8(row); }});
        return;
    case DeviceListModel::ModelColumn:
    case DeviceListModel::OsVersionColumn: {
        const bool versions = column == DeviceListModel::OsVersionColumn;
        const QVector<int> ranks = rankPool(table.pool(), versions);
        visit(ValueKey{[&](int row) {
            return ranks[int(versions ? table.osVersionIndex(row) : table.modelIndex(row))];
        }});
        return;
    }
    case DeviceListModel::PlatformColumn:
        visit(ValueKey{[&table](int row) { return int(table.platform(row)); }});
        return;
    case DeviceListModel::LastCheckinColumn:
        visit(ValueKey{[&table](int row) { return table.lastCheckinMsecs(row); }});
        return;
    case DeviceListModel::OutcomeColumn:
        visit(ValueKey{[&table](int row) { return int(table.outcome(row)); }});
        return;
    case DeviceListModel::EffectiveActionColumn:
        visit(ValueKey{[&table](int row) { return int(table.effectiveAction(row)); }});
        return;
    case DeviceListModel::AzureDeviceIdColumn:
        visit(ValueKey{[&table](int row) {
            const QUuid id = table.azureDeviceId(row).uuid();
            // The canonical text's order is the order of these fields taken big-endian.
            quint64 high = (quint64(id.data1) << 32) | (quint64(id.data2) << 16) | id.data3;
            quint64 low = 0;
            for (uchar b : id.data4)
                low = (low << 8) | b;
            return std::pair<quint64, quint64>(high, low);
        }});
        return;
    case DeviceListModel::ComplianceStatusColumn:
        visit(ValueKey{[&table](int row) { return int(table.complianceStatus(row)); }});
        return;
    case DeviceListModel::ClientStatusCodeColumn: {
        // Alphabetical by the code as shown, unknown raw codes among the known ones.
        QStringList names = table.pool();
        for (int code = 0; code <= int(AzureClientStatus::Code::Unknown); ++code)
            names.append(AzureClientStatus::wireName(AzureClientStatus::Code(code)));
        const QVector<int> ranks = rankPool(names, false);
        const int poolSize = int(table.pool().size());
        visit(ValueKey{[&](int row) {
            const auto code = table.clientStatusCode(row);
            return code == AzureClientStatus::Code::Unknown ? ranks[int(table.clientStatusRawIndex(row))]
                                                            : ranks[poolSize + int(code)];
        }});
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
            const AzureClientStatus status{AzureClientStatus::Code(code)};
            codeBlanks[code] = !status.allowsDeviceId() && !status.isNone();
        }
        visit(ValueKey{[&table, reportingEnabled, codeBlanks](int row) {
            const qint64 msecs = table.reportTimeMsecs(row);
            if (!reportingEnabled || msecs == 0 || table.complianceStatus(row) == AzureComplianceStatus::Failed)
                return qint64(0);
            const auto code = table.clientStatusCode(row);
            if (code == AzureClientStatus::Code::Unknown) {
                const AzureClientStatus status = table.clientStatus(row);
                return !status.allowsDeviceId() && !status.isNone() ? qint64(0) : msecs;
            }
            return codeBlanks[int(code)] ? qint64(0) : msecs;
        }});
        return;
    }
    case DeviceListModel::ColumnCount:
        visit(ValueKey{[](int) { return 0; }});
        return;
    }
}

template<typename F>
QVector<int> buildOrder(int rows, const TextKey<F> &text)
{
    return orderByText(rows, text.bytes);
}
template<typename F>
QVector<int> buildOrder(int rows, const ValueKey<F> &value)
{
    return orderByKey(rows, value.key);
}
template<typename F>
void repairOrder(QVector<int> &order, const QVector<int> &changed, int rows, const TextKey<F> &text)
{
    repairOrder(order, changed, rows, [&text](int a, int b) {
        const int c = compareFolded(text.bytes(a), text.bytes(b));
        return c != 0 ? c < 0 : a < b;
    });
}
template<typename F>
void repairOrder(QVector<int> &order, const QVector<int> &changed, int rows, const ValueKey<F> &value)
{
    repairOrder(order, changed, rows, [&value](int a, int b) {
        const auto ka = value.key(a);
        const auto kb = value.key(b);
        return ka < kb || (!(kb < ka) && a < b);
    });
}
} // namespace

QVector<int> DeviceFilterModel::computeOrder(const DeviceTable &table, bool reportingEnabled, int column)
{
    QVector<int> order;
    visitColumnKey(table, reportingEnabled, column,
                   [&](const auto &key) { order = buildOrder(table.size(), key); });
    return order;
}

void DeviceFilterModel::repairOrders()
{
    if (m_changedRows.isEmpty())
        return;
    const DeviceTable &table = m_source->table();
    QVector<int> changed(m_changedRows.cbegin(), m_changedRows.cend());
    for (auto it = m_ascendingOrders.begin(); it != m_ascendingOrders.end(); ++it) {
        visitColumnKey(table, m_source->reportingEnabled(), it.key(),
                       [&](const auto &key) { repairOrder(*it, changed, table.size(), key); });
    }
    m_changedRows.clear();
}

const QVector<int> &DeviceFilterModel::ascendingOrder(int column)
{
    repairOrders();
    auto it = m_ascendingOrders.find(column);
    if (it != m_ascendingOrders.end())
        return *it;
    return *m_ascendingOrders.insert(column, computeOrder(m_source->table(), m_source->reportingEnabled(), column));
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
