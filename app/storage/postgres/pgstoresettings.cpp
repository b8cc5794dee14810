#include "app/storage/postgres/pgstoresettings.h"

#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgconnections.h"

PgStoreSettings::PgStoreSettings(PgConnections &connections)
    : m_connections(connections)
{
}

QString PgStoreSettings::setting(const QString &key, const QString &defaultValue) const
{
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, nullptr))
        return defaultValue;
    const PgResult result = connection->exec("SELECT value FROM asc_store.settings WHERE key = $1", {key.toUtf8()});
    if (!result.ok() || result.rows() != 1)
        return defaultValue;
    return result.text(0, 0);
}

bool PgStoreSettings::setSetting(const QString &key, const QString &value, QString *error)
{
    PgConnection *connection = nullptr;
    QString reason;
    if (!m_connections.connection(&connection, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    // A value written again unchanged (the heartbeat's hold, the provisioned tenant) is no
    // news: not updating the row takes no revision, so no console re-reads for it.
    const PgResult result = connection->exec(
        "INSERT INTO asc_store.settings (key, value) VALUES ($1, $2)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        " WHERE asc_store.settings.value IS DISTINCT FROM excluded.value",
        {key.toUtf8(), value.isNull() ? QByteArray() : value.toUtf8()});
    if (result.ok())
        return true;
    if (error) {
        const QString detail = result.errorText().isEmpty() ? connection->connectionError() : result.errorText();
        // 42501 insufficient_privilege: a helpdesk login reads the settings but may not change them.
        *error = result.sqlState() == "42501"
            ? tr("%1 may not change the store's setting \"%2\": only the reporter and policy author logins "
                 "change them. Nothing was changed. (%3)")
                  .arg(m_connections.displayName(), key, detail)
            : tr("Could not save the setting \"%1\" to %2: %3").arg(key, m_connections.displayName(), detail);
    }
    return false;
}
