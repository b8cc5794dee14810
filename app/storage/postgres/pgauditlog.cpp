#include "app/storage/postgres/pgauditlog.h"

#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgconnections.h"

#include <QDateTime>

namespace {
QByteArray textOrNull(const QString &text)
{
    return text.isNull() ? QByteArray() : text.toUtf8();
}
} // namespace

PgAuditLog::PgAuditLog(PgConnections &connections)
    : m_connections(connections)
{
}

QString PgAuditLog::actorText(const QString &mdmUser, const QString &login)
{
    if (mdmUser.isEmpty() || mdmUser == login)
        return login;
    //: An audit entry's actor: %1 the MDM user who acted, %2 the database login the console used
    return tr("%1 (as %2)").arg(mdmUser, login);
}

bool PgAuditLog::appendAudit(const QString &actor, const QString &action, const QString &target,
                             const QString &detail, QString *error)
{
    PgConnection *connection = nullptr;
    QString reason;
    if (!m_connections.connection(&connection, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    // actor is left to its default, session_user: the only value row-level security lets in.
    // The time is the database's, so that the entries of consoles with skewed clocks sort
    // in the order they were written.
    const PgResult result = connection->exec(
        "INSERT INTO asc_store.audit_log (at_ms, action, target, detail, mdm_user)"
        " VALUES ((extract(epoch FROM clock_timestamp()) * 1000)::bigint, $1, $2, $3, $4)",
        {action.isNull() ? QByteArray("") : action.toUtf8(), textOrNull(target), textOrNull(detail),
         actor.isEmpty() ? QByteArray() : actor.toUtf8()});
    if (result.ok())
        return true;
    if (error) {
        const QString text = result.errorText().isEmpty() ? connection->connectionError() : result.errorText();
        *error = result.sqlState() == "42501"
            ? tr("%1 may not write to the audit log. Nothing was changed. (%2)")
                  .arg(m_connections.displayName(), text)
            : tr("Could not write to the audit log in %1: %2").arg(m_connections.displayName(), text);
    }
    return false;
}

QList<AuditEntry> PgAuditLog::auditEntries(const QString &contains, int limit, QString *error) const
{
    QList<AuditEntry> entries;
    PgConnection *connection = nullptr;
    QString reason;
    if (!m_connections.connection(&connection, &reason)) {
        if (error)
            *error = reason;
        return entries;
    }
    // strpos() on lower(): LIKE would take % and _ in the filter as wildcards. Both the MDM
    // user and the login are searched, as an entry shows both.
    QByteArray sql = "SELECT id, at_ms, actor, action, target, detail, mdm_user FROM asc_store.audit_log";
    QList<QByteArray> parameters;
    if (!contains.isEmpty()) {
        sql += " WHERE strpos(lower(coalesce(mdm_user, '') || ' ' || actor || ' ' || action || ' '"
               " || coalesce(target, '') || ' ' || coalesce(detail, '')), lower($2)) > 0";
    }
    sql += " ORDER BY at_ms DESC, id DESC LIMIT $1";
    // A negative limit is no limit, as SQLite's LIMIT -1 (LIMIT NULL here).
    parameters.append(limit < 0 ? QByteArray() : QByteArray::number(limit));
    if (!contains.isEmpty())
        parameters.append(contains.toUtf8());
    const PgResult result = connection->exec(sql, parameters);
    if (!result.ok()) {
        if (error) {
            *error = tr("Could not read the audit log in %1: %2")
                         .arg(m_connections.displayName(),
                              result.errorText().isEmpty() ? connection->connectionError() : result.errorText());
        }
        return entries;
    }
    entries.reserve(result.rows());
    for (int row = 0; row < result.rows(); ++row) {
        AuditEntry entry;
        entry.id = result.integer(row, 0);
        entry.at = QDateTime::fromMSecsSinceEpoch(result.integer(row, 1), Qt::UTC);
        entry.actor = actorText(result.text(row, 6), result.text(row, 2));
        entry.action = result.text(row, 3);
        entry.target = result.text(row, 4);
        entry.detail = result.text(row, 5);
        entries.append(entry);
    }
    return entries;
}
