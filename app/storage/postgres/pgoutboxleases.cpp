#include "app/storage/postgres/pgoutboxleases.h"

#include "app/storage/postgres/pgconnection.h"

namespace {
QByteArray idText(const QUuid &id)
{
    return id.toByteArray(QUuid::WithoutBraces);
}
} // namespace

PgOutboxLeases::PgOutboxLeases(PgConnection &connection, const QString &owner)
    : m_connection(connection)
    , m_owner(owner.toUtf8())
{
}

bool PgOutboxLeases::claim(Work work, qint64 nowMsecs, int limit, int leaseMsecs, QList<QUuid> *claimed,
                           QString *error, bool includeHeld)
{
    claimed->clear();
    // One statement: the rows are locked, leased and returned at once, so two senders
    // claiming at the same moment get disjoint sets.
    const QByteArray due = work == Work::Send ? "state = 'pending' AND next_attempt_ms <= $4" : "state = 'sent'";
    const QByteArray order = work == Work::Send ? "next_attempt_ms, created_ms" : "created_ms";
    QList<QByteArray> parameters{m_owner, QByteArray::number(leaseMsecs), QByteArray::number(limit)};
    if (work == Work::Send)
        parameters.append(QByteArray::number(nowMsecs));
    const PgResult result = m_connection.exec(
        "WITH due AS (SELECT message_id FROM asc_store.report_outbox WHERE " + due
            + " AND (lease_until IS NULL OR lease_until < clock_timestamp()"
            + (includeHeld ? " OR lease_owner = $1" : "") + ") ORDER BY " + order
            + " LIMIT $3 FOR UPDATE SKIP LOCKED),"
              " claimed AS (UPDATE asc_store.report_outbox o SET lease_owner = $1,"
              " lease_until = clock_timestamp() + make_interval(secs => $2::double precision / 1000)"
              " FROM due WHERE o.message_id = due.message_id RETURNING o.message_id, o.next_attempt_ms, o.created_ms)"
              " SELECT message_id FROM claimed ORDER BY "
            + order,
        parameters);
    if (!result.ok()) {
        *error = failure(result.errorText().isEmpty() ? m_connection.connectionError() : result.errorText());
        return false;
    }
    for (int row = 0; row < result.rows(); ++row)
        claimed->append(QUuid::fromString(result.text(row, 0)));
    return true;
}

bool PgOutboxLeases::renew(const QUuid &messageId, int leaseMsecs, bool *held, QString *error)
{
    const PgResult result = m_connection.exec(
        "UPDATE asc_store.report_outbox SET"
        " lease_until = clock_timestamp() + make_interval(secs => $3::double precision / 1000)"
        " WHERE message_id = $1 AND lease_owner = $2 AND lease_until >= clock_timestamp()",
        {idText(messageId), m_owner, QByteArray::number(leaseMsecs)});
    if (!result.ok()) {
        *error = failure(result.errorText().isEmpty() ? m_connection.connectionError() : result.errorText());
        return false;
    }
    *held = result.affected() == 1;
    return true;
}

bool PgOutboxLeases::holdsLease(const QUuid &messageId, bool *held, QString *error)
{
    const PgResult result = m_connection.exec(
        "SELECT lease_owner = $2 AND lease_until >= clock_timestamp() FROM asc_store.report_outbox"
        " WHERE message_id = $1 FOR UPDATE",
        {idText(messageId), m_owner});
    if (!result.ok()) {
        *error = failure(result.errorText().isEmpty() ? m_connection.connectionError() : result.errorText());
        return false;
    }
    *held = result.rows() == 1 && result.bytes(0, 0) == "t";
    return true;
}

bool PgOutboxLeases::finish(const QUuid &messageId, const QByteArray &state, qint64 atMsecs, bool *held,
                            QString *error)
{
    *held = false;
    const PgResult result = m_connection.exec(
        "UPDATE asc_store.report_outbox SET state = $3,"
        " sent_ms = CASE WHEN $3 = 'sent' THEN $4::bigint ELSE sent_ms END,"
        " confirmed_ms = CASE WHEN $3 IN ('completed', 'failed') THEN $4::bigint ELSE confirmed_ms END,"
        " lease_owner = NULL, lease_until = NULL"
        " WHERE message_id = $1 AND lease_owner = $2 AND lease_until >= clock_timestamp()",
        {idText(messageId), m_owner, state, QByteArray::number(atMsecs)});
    if (!result.ok()) {
        *error = failure(result.errorText().isEmpty() ? m_connection.connectionError() : result.errorText());
        return false;
    }
    *held = result.affected() == 1;
    return true;
}

bool PgOutboxLeases::release(const QUuid &messageId, QString *error)
{
    const PgResult result = m_connection.exec(
        "UPDATE asc_store.report_outbox SET lease_owner = NULL, lease_until = NULL"
        " WHERE message_id = $1 AND lease_owner = $2",
        {idText(messageId), m_owner});
    if (!result.ok()) {
        *error = failure(result.errorText().isEmpty() ? m_connection.connectionError() : result.errorText());
        return false;
    }
    return true;
}

QString PgOutboxLeases::failure(const QString &detail) const
{
    return tr("Could not lease outbox messages in the PostgreSQL %1: %2").arg(m_connection.displayName(), detail);
}
