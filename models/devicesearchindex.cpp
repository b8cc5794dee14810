#include "models/devicesearchindex.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {
constexpr char kFieldSeparator = '\x1f';
// An Azure id as text plus its newline: a hit's row is its offset divided by the width.
constexpr int kIdWidth = 37;

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
        const __m128i blockLast
            = _mm_loadu_si128(reinterpret_cast<const __m128i *>(haystack + i + length - 1));
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
} // namespace

DeviceSearchIndex::DeviceSearchIndex(QObject *parent)
    : QObject(parent)
{
    connect(&m_build, &QFutureWatcherBase::finished, this, &DeviceSearchIndex::onBuilt);
}

void DeviceSearchIndex::setTable(const DeviceTable *table)
{
    m_table = table;
    clear();
}

QList<QByteArray> DeviceSearchIndex::wordsOf(const QString &text)
{
    QList<QByteArray> words;
    for (const QString &word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QByteArray lowered;
        appendLowerUtf8(lowered, word.toUtf8());
        words.append(lowered);
    }
    return words;
}

bool DeviceSearchIndex::isIdWord(const QByteArray &word)
{
    return word.size() >= 2 && std::all_of(word.cbegin(), word.cend(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '-';
    });
}

void DeviceSearchIndex::appendRowText(QByteArray &out, const DeviceTable &table, int row)
{
    appendLowerUtf8(out, table.nameUtf8(row));
    out.append(kFieldSeparator);
    appendLowerUtf8(out, table.userUtf8(row));
    out.append(kFieldSeparator);
    appendLowerUtf8(out, table.serialUtf8(row));
    out.append('\n');
}

QByteArray DeviceSearchIndex::rowIdText(const DeviceTable &table, int row)
{
    const QUuid id = table.azureDeviceId(row).uuid();
    return id.isNull() ? QByteArray(kIdWidth, '\n') : id.toByteArray(QUuid::WithoutBraces).append('\n');
}

bool DeviceSearchIndex::rowMatches(const DeviceTable &table, int row, const QList<QByteArray> &words)
{
    if (words.isEmpty())
        return true;
    QByteArray text;
    appendRowText(text, table, row);
    const QByteArray id = rowIdText(table, row);
    for (const QByteArray &word : words) {
        if (!text.contains(word) && !(isIdWord(word) && id.contains(word)))
            return false;
    }
    return true;
}

DeviceSearchIndex::Buffers DeviceSearchIndex::build(const DeviceTable &table)
{
    Buffers result;
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

void DeviceSearchIndex::dropBuffers()
{
    m_valid = false;
    m_buffers = Buffers();
    m_lastWordsValid = false;
}

void DeviceSearchIndex::clear()
{
    dropBuffers();
    m_lastWordRows.clear();
    ++m_generation;
}

void DeviceSearchIndex::buildInBackground(QThreadPool *pool)
{
    if (m_valid || !m_table)
        return;
    // The worker reads a copy of the table: its columns are implicitly shared, so the
    // copy is cheap and later changes on this thread detach from it.
    const DeviceTable snapshot = *m_table;
    m_buildGeneration = m_generation;
    m_changedSinceBuild.clear();
    m_buildPending = true;
    m_build.setFuture(QtConcurrent::run(pool, [snapshot] { return build(snapshot); }));
}

void DeviceSearchIndex::onBuilt()
{
    if (!m_buildPending) // already taken by a search that waited for it
        return;
    m_buildPending = false;
    QSet<int> changed;
    changed.swap(m_changedSinceBuild);
    // Dropped when the data was replaced meanwhile, or a search could not wait and built
    // the buffer itself (it already holds every change).
    if (m_build.isCanceled() || m_generation != m_buildGeneration || !m_table || m_valid)
        return;
    adopt(m_build.result());
    // Rows appended while the worker ran, then rows changed in place meanwhile.
    const int builtRows = int(m_buffers.rowStart.size()) - 1;
    for (int row = builtRows; row < m_table->size(); ++row) {
        appendRowText(m_buffers.text, *m_table, row);
        m_buffers.rowStart.append(quint32(m_buffers.text.size()));
        m_buffers.ids.append(rowIdText(*m_table, row));
    }
    for (int row : std::as_const(changed)) {
        if (!m_valid)
            break;
        if (row < builtRows)
            mendRow(row);
    }
}

void DeviceSearchIndex::adopt(Buffers built)
{
    m_buffers = std::move(built);
    m_valid = true;
    m_lastWordsValid = false;
}

void DeviceSearchIndex::ensureBuffers()
{
    if (m_valid)
        return;
    if (m_buildPending && m_generation == m_buildGeneration) {
        // A search right after a load: the worker is on it, and ahead of a build here.
        m_build.waitForFinished();
        onBuilt();
        if (m_valid)
            return;
    }
    adopt(build(*m_table));
}

void DeviceSearchIndex::rowChanged(int row)
{
    if (m_valid)
        mendRow(row);
    if (m_buildPending)
        m_changedSinceBuild.insert(row);
}

void DeviceSearchIndex::mendRow(int row)
{
    QByteArray text;
    appendRowText(text, *m_table, row);
    const quint32 start = m_buffers.rowStart[row];
    const quint32 length = m_buffers.rowStart[row + 1] - start;
    if (QByteArrayView(m_buffers.text).sliced(start, length) != QByteArrayView(text)) {
        m_lastWordsValid = false;
        if (quint32(text.size()) > length) {
            // Another length would move every later row: rebuilt at the next search.
            dropBuffers();
            return;
        }
        // A shorter text is padded with field separators before its final newline: no
        // search word holds one (wordsOf folds them to spaces), so the padding never
        // matches and no later row moves.
        char *at = m_buffers.text.data() + start;
        std::memcpy(at, text.constData(), size_t(text.size() - 1));
        std::memset(at + text.size() - 1, kFieldSeparator, size_t(length) - size_t(text.size()));
        at[length - 1] = '\n';
    }
    const QByteArray id = rowIdText(*m_table, row);
    char *at = m_buffers.ids.data() + qsizetype(row) * kIdWidth;
    if (std::memcmp(at, id.constData(), size_t(kIdWidth)) != 0) {
        std::memcpy(at, id.constData(), size_t(kIdWidth));
        m_lastWordsValid = false;
    }
}

bool DeviceSearchIndex::rowsAppended(int first, int last)
{
    if (m_valid) {
        if (first != int(m_buffers.rowStart.size()) - 1)
            return false;
        for (int row = first; row <= last; ++row) {
            appendRowText(m_buffers.text, *m_table, row);
            m_buffers.rowStart.append(quint32(m_buffers.text.size()));
            m_buffers.ids.append(rowIdText(*m_table, row));
        }
    }
    m_lastWordsValid = false;
    return true;
}

QVector<int> DeviceSearchIndex::search(const QList<QByteArray> &words)
{
    Q_ASSERT(!words.isEmpty());
    ensureBuffers();
    const QVector<quint32> &rowStart = m_buffers.rowStart;
    const char *base = m_buffers.text.constData();
    const char *ids = m_buffers.ids.constData();
    const int count = int(rowStart.size()) - 1;

    // Narrow the previous result when every old word is inside some new word (then every
    // row matching the new words matched the old ones) and that result is small: checking
    // rows one by one costs more per byte than one scan of the whole buffer.
    bool narrow = m_lastWordsValid && !m_lastWords.isEmpty() && m_lastWordRows.size() * 8 < count;
    if (narrow) {
        for (const QByteArray &old : std::as_const(m_lastWords)) {
            const bool covered = std::any_of(
                words.cbegin(), words.cend(), [&old](const QByteArray &word) { return word.contains(old); });
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
        if (memmem(base + rowStart[row], rowStart[row + 1] - rowStart[row], word.constData(),
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
                const char *found
                    = findBytes(from, size_t(end - from), needle.constData(), size_t(needle.size()));
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
            while (row < count && rowStart[row + 1] <= offset)
                ++row;
            return row;
        };
        const auto textEnd = [&](int row) { return rowStart[row + 1]; };
        if (inIds[longest]) {
            scan(base, m_buffers.text.size(), textRow, textEnd, [&](int row) { hit[row] = true; });
            scan(
                ids, m_buffers.ids.size(), [](int, quint32 offset) { return int(offset / kIdWidth); },
                [](int row) { return qsizetype(row + 1) * kIdWidth; }, [&](int row) { hit[row] = true; });
            for (int row = 0; row < count; ++row) {
                if (hit[row] && (words.size() == 1 || rowMatchesAll(row, longest)))
                    result.append(row);
            }
        } else {
            scan(base, m_buffers.text.size(), textRow, textEnd, [&](int row) {
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
