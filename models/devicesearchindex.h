#pragma once

#include "models/devicetable.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QSet>
#include <QVector>

class QThreadPool;

// The search text of every device of a DeviceTable, for filtering a million rows as the
// user types: one lower-cased buffer "name\x1fuser\x1fserial\n" per row, and the Azure
// ids apart at a fixed width (only words that could be part of a GUID scan them). A
// search scans the buffer for its longest word with SSE2, and narrows the previous result
// while the words grow. A changed row is patched in place when its text keeps its length;
// after a load the buffer can be built on a worker from a copy of the table.
class DeviceSearchIndex final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceSearchIndex)

public:
    explicit DeviceSearchIndex(QObject *parent = nullptr);

    // The table searched; null for none. It must stay alive while it is set.
    void setTable(const DeviceTable *table);

    // The words of a search text as they are looked for: lower-cased UTF-8.
    static QList<QByteArray> wordsOf(const QString &text);
    // Whether a row holds every word, read from the table itself (an appended row is
    // shown before the next search).
    static bool rowMatches(const DeviceTable &table, int row, const QList<QByteArray> &words);

    // The rows holding every word (at least one), in row order.
    QVector<int> search(const QList<QByteArray> &words);

    // The table's rows were replaced: the buffer is dropped, and a build still running is
    // ignored when it lands.
    void clear();
    // Builds the buffer on `pool` from an implicitly shared copy of the table, unless it is
    // in place; rows changed or appended meanwhile are mended in when it lands, and a
    // search that comes first waits for it.
    void buildInBackground(QThreadPool *pool);
    bool isBuilding() const { return m_buildPending; }

    // A row's data changed in place.
    void rowChanged(int row);
    // Rows appended to the table; false (and nothing done) when they were not appended at
    // the end of the rows indexed: the caller starts over.
    bool rowsAppended(int first, int last);

private:
    struct Buffers
    {
        QByteArray text;
        QByteArray ids;
        QVector<quint32> rowStart; // every row's start in text, and the end
    };
    static Buffers build(const DeviceTable &table);
    static void appendRowText(QByteArray &out, const DeviceTable &table, int row);
    static QByteArray rowIdText(const DeviceTable &table, int row);
    static bool isIdWord(const QByteArray &word);
    void ensureBuffers();
    void adopt(Buffers built);
    void onBuilt();
    void mendRow(int row);
    void dropBuffers();

    const DeviceTable *m_table = nullptr;
    Buffers m_buffers;
    bool m_valid = false;

    // The rows that matched the last search words, to narrow while typing.
    QList<QByteArray> m_lastWords;
    QVector<int> m_lastWordRows;
    bool m_lastWordsValid = false;

    quint64 m_generation = 0; // bumped by clear()
    quint64 m_buildGeneration = 0;
    bool m_buildPending = false; // from the start of a build until it was taken or dropped
    QSet<int> m_changedSinceBuild; // rows changed while the worker built the buffer
    QFutureWatcher<Buffers> m_build;
};
