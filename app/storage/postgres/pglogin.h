#pragma once

#include <QCoreApplication>
#include <QString>

class PgConnection;
class PgConnectionSettings;

// Logs in to a PostgreSQL store the way its users expect: libpq's own ways first
// (PGPASSWORD, ~/.pgpass, peer, client certificate); only when the server then asks for a
// password that libpq does not have, the one kept for this login and store (a systemd
// credential db-password for the reporter service, else the OS keychain).
class PgLogin final
{
    Q_DECLARE_TR_FUNCTIONS(PgLogin)

public:
    // The keychain key: the login, host, port and database, so two stores or two logins
    // never share an entry.
    static QString keychainKey(const PgConnectionSettings &settings);

    // Blocks for up to the connect timeout (and the keychain's answer). uri: the store's
    // address as given, for the command that stores a password.
    static bool open(PgConnection &connection, const PgConnectionSettings &settings, const QString &uri,
                     QString *error);
};
