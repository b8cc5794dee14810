#include "app/storage/sqlite/sqliteentrausercache.h"

#include "app/storage/sqlite/sqliteconnections.h"
#include "app/storage/sqlite/sqlitetransaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

SqliteEntraUserCache::SqliteEntraUserCache(const SqliteConnections &connections)
    : m_connections(connections)
{
}

bool SqliteEntraUserCache::load(QHash<QString, Entry> *entries, QString *error) const
{
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return false;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT principal_name, object_id, checked_ms FROM entra_users"))) {
        *error = tr("Could not read the Entra users known to %1: %2")
                     .arg(m_connections.nativePath(), errorText(query.lastError()));
        return false;
    }
    entries->clear();
    while (query.next()) {
        Entry entry;
        entry.principalName = query.value(0).toString();
        entry.objectId = query.value(1).isNull() ? QUuid() : QUuid::fromString(query.value(1).toString());
        entry.checked = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        entries->insert(entry.principalName.toLower(), entry);
    }
    return true;
}

bool SqliteEntraUserCache::save(const QList<Entry> &entries, QString *error)
{
    if (entries.isEmpty())
        return true;
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return false;
    QString detail;
    SqliteTransaction transaction(db);
    if (!transaction.begin(SqliteTransaction::Write, &detail)) {
        *error = failure(detail);
        return false;
    }
    QSqlQuery query(db);
    if (!query.prepare(
            QStringLiteral("INSERT INTO entra_users (principal_name, object_id, checked_ms) VALUES (?, ?, ?)"
                           " ON CONFLICT(principal_name) DO UPDATE SET object_id = excluded.object_id,"
                           " checked_ms = excluded.checked_ms"))) {
        *error = failure(errorText(query.lastError()));
        return false;
    }
    for (const Entry &entry : entries) {
        query.bindValue(0, entry.principalName);
        query.bindValue(1,
            entry.objectId.isNull() ? QVariant() : QVariant(entry.objectId.toString(QUuid::WithoutBraces)));
        query.bindValue(2, entry.checked.toMSecsSinceEpoch());
        if (!query.exec()) {
            *error = failure(errorText(query.lastError()));
            return false;
        }
    }
    if (!transaction.commit(&detail)) {
        *error = failure(detail);
        return false;
    }
    return true;
}

QString SqliteEntraUserCache::failure(const QString &detail) const
{
    return tr("Could not save the Entra users looked up to %1: %2").arg(m_connections.nativePath(), detail);
}
