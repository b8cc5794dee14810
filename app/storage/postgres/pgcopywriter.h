#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class PgConnection;
class QUuid;

// Rows for `COPY table (columns) FROM STDIN`, encoded here in the text or the binary
// format and handed to libpq in large chunks: one round trip for a whole page, where
// prepared statements take one per row. Binary values must match the column types exactly
// (int8, int4, bool, text, uuid); text is parsed by the server's input functions.
class PgCopyWriter final
{
    Q_DECLARE_TR_FUNCTIONS(PgCopyWriter)
    Q_DISABLE_COPY_MOVE(PgCopyWriter)

public:
    enum class Format { Text, Binary };

    PgCopyWriter(PgConnection &connection, Format format);
    // A COPY still open is abandoned: the server discards every row of it.
    ~PgCopyWriter();

    // table and columns are identifiers of ours, quoted where they need it.
    bool begin(const QByteArray &table, const QList<QByteArray> &columns, QString *error);

    void addNull();
    void addInt8(qint64 value);
    void addInt4(qint32 value);
    void addBool(bool value);
    // A null QString is NULL, an empty one ''.
    void addText(const QString &value);
    // Raw UTF-8 (or ASCII) bytes, for values we made ourselves.
    void addUtf8(const QByteArray &value);
    // A null QUuid is NULL.
    void addUuid(const QUuid &value);
    // Ends the row; sends the buffer once it is large.
    bool endRow(QString *error);

    // Ends the COPY. On failure *error holds the server's reason and where it stopped
    // (e.g. "COPY asc_stage_devices, line 500, column name"); the server wrote nothing of it.
    bool finish(QString *error);

    qint64 rows() const { return m_rows; }
    // The SQLSTATE of the last failure the server reported (42501: the login may not write
    // the table), or empty.
    QByteArray failedSqlState() const { return m_failedSqlState; }

private:
    void startField();
    bool flush(QString *error);
    QString failure(const QString &reason) const;
    void abandon();

    PgConnection &m_connection;
    const Format m_format;
    QByteArray m_table;
    QByteArray m_buffer;
    QByteArray m_failedSqlState;
    int m_columns = 0;
    int m_fields = 0; // in the current row
    qint64 m_rows = 0;
    bool m_active = false;
};
