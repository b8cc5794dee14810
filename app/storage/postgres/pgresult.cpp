#include "app/storage/postgres/pgresult.h"

#include <libpq-fe.h>

namespace {
QString field(const PGresult *result, int code)
{
    return QString::fromUtf8(PQresultErrorField(result, code)).simplified();
}
} // namespace

PgResult::PgResult(pg_result *result)
    : m_result(result, PQclear)
{
}

bool PgResult::ok() const
{
    if (!m_result)
        return false;
    switch (PQresultStatus(m_result.get())) {
    case PGRES_COMMAND_OK:
    case PGRES_TUPLES_OK:
    case PGRES_COPY_IN:
    case PGRES_COPY_OUT:
    case PGRES_SINGLE_TUPLE:
        return true;
    default:
        return false;
    }
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result.get(), row, column);
}

QByteArray PgResult::bytes(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QByteArray(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

qint64 PgResult::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result.get())).toLongLong() : 0;
}

QByteArray PgResult::commandTag() const
{
    return m_result ? QByteArray(PQcmdStatus(m_result.get())) : QByteArray();
}

QByteArray PgResult::sqlState() const
{
    return m_result ? QByteArray(PQresultErrorField(m_result.get(), PG_DIAG_SQLSTATE)) : QByteArray();
}

QString PgResult::errorText() const
{
    if (!m_result)
        return {};
    QString text = field(m_result.get(), PG_DIAG_MESSAGE_PRIMARY);
    if (text.isEmpty())
        return QString::fromUtf8(PQresultErrorMessage(m_result.get())).simplified();
    const QByteArray state = sqlState();
    const QString detail = field(m_result.get(), PG_DIAG_MESSAGE_DETAIL);
    // 23502 not_null_violation, 23514 check_violation: "Failing row contains (…)".
    if (!detail.isEmpty() && state != "23502" && state != "23514")
        text += QLatin1Char(' ') + detail;
    const QString hint = field(m_result.get(), PG_DIAG_MESSAGE_HINT);
    if (!hint.isEmpty())
        text += QLatin1Char(' ') + hint;
    return text;
}

QString PgResult::context() const
{
    return m_result ? field(m_result.get(), PG_DIAG_CONTEXT) : QString();
}
