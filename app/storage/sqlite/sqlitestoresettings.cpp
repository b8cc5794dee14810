#include "app/storage/sqlite/sqlitestoresettings.h"

#include "app/storage/sqlite/sqliteconnections.h"
#include "app/storage/sqlite/sqlitetransaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

SqliteStoreSettings::SqliteStoreSettings(const SqliteConnections &connections)
    : m_connections(connections)
{
}

QString SqliteStoreSettings::setting(const QString &key, const QString &defaultValue) const
{
    QSqlDatabase db;
    if (!m_connections.connection(&db, nullptr))
        return defaultValue;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?")))
        return defaultValue;
    query.bindValue(0, key);
    if (!query.exec() || !query.next())
        return defaultValue;
    return query.value(0).toString();
}

bool SqliteStoreSettings::setSetting(const QString &key, const QString &value, QString *error)
{
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return false;
    const auto fail = [&](const QSqlQuery &query) {
        setError(error,
            tr("Could not save the setting \"%1\" to %2: %3")
                .arg(key, m_connections.nativePath(), errorText(query.lastError())));
        return false;
    };
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                      " ON CONFLICT(key) DO UPDATE SET value = excluded.value")))
        return fail(query);
    query.bindValue(0, key);
    query.bindValue(1, value);
    if (!query.exec())
        return fail(query);
    return true;
}
