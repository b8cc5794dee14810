#include "app/storage/sqlite/sqliteauditlog.h"

#include "app/storage/sqlite/sqliteconnections.h"
#include "app/storage/sqlite/sqlitetransaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// For NOT NULL text columns: a null QString would be bound as SQL NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

SqliteAuditLog::SqliteAuditLog(const SqliteConnections &connections)
    : m_connections(connections)
{
}

bool SqliteAuditLog::appendAudit(
    const QString &actor, const QString &action, const QString &target, const QString &detail, QString *error)
{
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return false;
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO audit_log (at_ms, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)"))) {
        setError(error,
            tr("Could not write to the audit log in %1: %2")
                .arg(m_connections.nativePath(), errorText(query.lastError())));
        return false;
    }
    query.bindValue(0, QDateTime::currentMSecsSinceEpoch());
    query.bindValue(1, nonNull(actor));
    query.bindValue(2, nonNull(action));
    query.bindValue(3, target);
    query.bindValue(4, detail);
    if (!query.exec()) {
        setError(error,
            tr("Could not write to the audit log in %1: %2")
                .arg(m_connections.nativePath(), errorText(query.lastError())));
        return false;
    }
    return true;
}

QList<AuditEntry> SqliteAuditLog::auditEntries(const QString &contains, int limit, QString *error) const
{
    QList<AuditEntry> entries;
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return entries;
    QSqlQuery query(db);
    // instr() on lower(): LIKE would treat % and _ in the filter as wildcards.
    const bool filtered = !contains.isEmpty();
    QString sql = QStringLiteral("SELECT id, at_ms, actor, action, target, detail FROM audit_log");
    if (filtered)
        sql += QStringLiteral(
            " WHERE instr(lower(actor || ' ' || action || ' ' || coalesce(target, '') || ' '"
            " || coalesce(detail, '')), lower(?)) > 0");
    sql += QStringLiteral(" ORDER BY at_ms DESC, id DESC LIMIT ?");
    if (!query.prepare(sql)) {
        setError(error,
            tr("Could not read the audit log in %1: %2")
                .arg(m_connections.nativePath(), errorText(query.lastError())));
        return entries;
    }
    int position = 0;
    if (filtered)
        query.bindValue(position++, contains);
    query.bindValue(position, limit);
    if (!query.exec()) {
        setError(error,
            tr("Could not read the audit log in %1: %2")
                .arg(m_connections.nativePath(), errorText(query.lastError())));
        return entries;
    }
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        entry.actor = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.target = query.value(4).toString();
        entry.detail = query.value(5).toString();
        entries.append(entry);
    }
    return entries;
}
