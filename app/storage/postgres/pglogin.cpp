#include "app/storage/postgres/pglogin.h"

#include "app/security/redaction.h"
#include "app/security/secretstore.h"
#include "app/security/systemdcredentials.h"
#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgconnectionsettings.h"

QString PgLogin::keychainKey(const PgConnectionSettings &settings)
{
    const QString host = settings.host().isEmpty() ? QStringLiteral("localhost") : settings.host();
    const QString port = settings.port().isEmpty() ? QStringLiteral("5432") : settings.port();
    return SecretStore::key(SecretStore::Kind::DatabasePassword,
                            QStringLiteral("%1@%2:%3/%4").arg(settings.user(), host, port, settings.database()));
}

bool PgLogin::open(PgConnection &connection, const PgConnectionSettings &settings, const QString &uri,
                   QString *error)
{
    if (connection.open(settings, QString(), error) || !connection.neededPassword())
        return connection.isOpen();
    const QString key = keychainKey(settings);
    const SecretStore::Result stored = SystemdCredentials::available()
        ? SystemdCredentials::read(SecretStore::Kind::DatabasePassword)
        : SecretStore().readNow(key);
    if (!stored.ok()) {
        //: %1 names the database, host, port and login; %2 why the keychain gave nothing; %3 a command
        *error = tr("The PostgreSQL %1 asks for a password, and none is in PGPASSWORD, ~/.pgpass or the OS keychain "
                    "(%2). Store it with: %3")
                     .arg(settings.displayName(), stored.error,
                          QStringLiteral("azure-status-console --headless store-secret db-password --db ") + uri.trimmed());
        return false;
    }
    Redaction::registerSecret(stored.secret);
    return connection.open(settings, stored.secret, error);
}
