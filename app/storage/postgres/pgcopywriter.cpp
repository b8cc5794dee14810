#include "app/storage/postgres/pgcopywriter.h"

#include "app/storage/postgres/pgbinaryfield.h"
#include "app/storage/postgres/pgconnection.h"

#include <libpq-fe.h>

namespace {
// Big enough that libpq sends few, large messages; small enough to stay in the cache.
constexpr qsizetype kFlushBytes = 256 * 1024;

// COPY's text format: backslash, tab, newline and carriage return are escaped; every
// other character is itself.
void appendEscaped(QByteArray &buffer, const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '\\':
            buffer.append("\\\\", 2);
            break;
        case '\t':
            buffer.append("\\t", 2);
            break;
        case '\n':
            buffer.append("\\n", 2);
            break;
        case '\r':
            buffer.append("\\r", 2);
            break;
        default:
            buffer.append(c);
        }
    }
}
} // namespace

using PgBinaryField::appendBigEndian16;
using PgBinaryField::appendBigEndian32;

PgCopyWriter::PgCopyWriter(PgConnection &connection, Format format)
    : m_connection(connection)
    , m_format(format)
{
}

PgCopyWriter::~PgCopyWriter()
{
    abandon();
}

bool PgCopyWriter::begin(const QByteArray &table, const QList<QByteArray> &columns, QString *error)
{
    abandon();
    m_table = table;
    m_columns = int(columns.size());
    m_rows = 0;
    m_fields = 0;
    m_buffer.clear();
    m_failedSqlState.clear();
    m_buffer.reserve(kFlushBytes + 64 * 1024);
    QByteArray sql = "COPY " + table + " (" + columns.join(", ") + ") FROM STDIN";
    if (m_format == Format::Binary)
        sql += " (FORMAT binary)";
    const PgResult result = m_connection.exec(sql);
    if (!result.ok()) {
        m_failedSqlState = result.sqlState();
        *error = failure(result.errorText().isEmpty() ? m_connection.connectionError() : result.errorText());
        return false;
    }
    m_active = true;
    if (m_format == Format::Binary) {
        // Signature, flags (no OIDs), header extension length.
        m_buffer.append("PGCOPY\n\377\r\n\0", 11);
        appendBigEndian32(m_buffer, 0);
        appendBigEndian32(m_buffer, 0);
    }
    return true;
}

void PgCopyWriter::startField()
{
    if (m_format == Format::Binary) {
        if (m_fields == 0)
            appendBigEndian16(m_buffer, quint16(m_columns));
    } else if (m_fields > 0) {
        m_buffer.append('\t');
    }
    ++m_fields;
}

void PgCopyWriter::addNull()
{
    startField();
    if (m_format == Format::Binary)
        PgBinaryField::appendNull(m_buffer);
    else
        m_buffer.append("\\N", 2);
}

void PgCopyWriter::addInt8(qint64 value)
{
    startField();
    if (m_format == Format::Binary) {
        PgBinaryField::appendInt8(m_buffer, value);
    } else {
        m_buffer.append(QByteArray::number(value));
    }
}

void PgCopyWriter::addInt4(qint32 value)
{
    startField();
    if (m_format == Format::Binary) {
        PgBinaryField::appendInt4(m_buffer, value);
    } else {
        m_buffer.append(QByteArray::number(value));
    }
}

void PgCopyWriter::addBool(bool value)
{
    startField();
    if (m_format == Format::Binary) {
        PgBinaryField::appendBool(m_buffer, value);
    } else {
        m_buffer.append(value ? 't' : 'f');
    }
}

void PgCopyWriter::addText(const QString &value)
{
    if (value.isNull()) {
        addNull();
        return;
    }
    if (!PgBinaryField::isAscii(value)) {
        addUtf8(value.toUtf8());
        return;
    }
    startField();
    if (m_format == Format::Binary) {
        PgBinaryField::appendAsciiText(m_buffer, value);
    } else {
        const QChar *in = value.constData();
        for (qsizetype i = 0, size = value.size(); i < size; ++i) {
            const char c = char(in[i].unicode());
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r')
                appendEscaped(m_buffer, &c, 1);
            else
                m_buffer.append(c);
        }
    }
}

void PgCopyWriter::addUtf8(const QByteArray &value)
{
    if (value.isNull()) {
        addNull();
        return;
    }
    startField();
    if (m_format == Format::Binary) {
        PgBinaryField::appendUtf8(m_buffer, value);
    } else {
        appendEscaped(m_buffer, value.constData(), value.size());
    }
}

void PgCopyWriter::addUuid(const QUuid &value)
{
    if (value.isNull()) {
        addNull();
        return;
    }
    startField();
    if (m_format == Format::Binary) {
        PgBinaryField::appendUuid(m_buffer, value);
    } else {
        m_buffer.append(value.toByteArray(QUuid::WithoutBraces));
    }
}

bool PgCopyWriter::endRow(QString *error)
{
    Q_ASSERT(m_active);
    if (m_fields != m_columns) {
        // A bug of the caller, caught before the server reads a shifted row.
        *error = failure(tr("row %1 has %2 values for %3 columns").arg(m_rows + 1).arg(m_fields).arg(m_columns));
        abandon();
        return false;
    }
    if (m_format == Format::Text)
        m_buffer.append('\n');
    m_fields = 0;
    ++m_rows;
    return m_buffer.size() < kFlushBytes || flush(error);
}

bool PgCopyWriter::flush(QString *error)
{
    if (m_buffer.isEmpty())
        return true;
    if (PQputCopyData(m_connection.handle(), m_buffer.constData(), int(m_buffer.size())) != 1) {
        *error = failure(m_connection.connectionError());
        abandon();
        return false;
    }
    m_buffer.clear();
    return true;
}

bool PgCopyWriter::finish(QString *error)
{
    if (!m_active) {
        *error = failure(tr("no COPY in progress"));
        return false;
    }
    if (m_format == Format::Binary)
        appendBigEndian16(m_buffer, quint16(-1));
    if (!flush(error))
        return false;
    m_active = false;
    PGconn *conn = m_connection.handle();
    if (PQputCopyEnd(conn, nullptr) != 1) {
        *error = failure(m_connection.connectionError());
        while (PGresult *rest = PQgetResult(conn))
            PQclear(rest);
        return false;
    }
    bool ok = true;
    while (PGresult *raw = PQgetResult(conn)) {
        const PgResult result(raw);
        if (ok && !result.ok()) {
            ok = false;
            m_failedSqlState = result.sqlState();
            const QString where = result.context();
            *error = failure(where.isEmpty() ? result.errorText() : result.errorText() + QStringLiteral(" (")
                                                                        + where + QLatin1Char(')'));
        }
    }
    return ok;
}

void PgCopyWriter::abandon()
{
    if (!m_active)
        return;
    m_active = false;
    m_buffer.clear();
    PGconn *conn = m_connection.handle();
    // With an error message the server fails the COPY and keeps none of its rows.
    PQputCopyEnd(conn, "abandoned by the client");
    while (PGresult *rest = PQgetResult(conn))
        PQclear(rest);
}

QString PgCopyWriter::failure(const QString &reason) const
{
    return tr("COPY into %1 failed: %2").arg(QString::fromUtf8(m_table), reason);
}
