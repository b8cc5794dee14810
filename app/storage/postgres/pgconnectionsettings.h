#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Where and how to reach a PostgreSQL store: a libpq connection URI
// (postgresql://role@host:port/dbname?sslmode=verify-full&sslrootcert=…), read by libpq's own
// parser so that it means here what it means to psql. The password is never part of it:
// it comes from the OS keychain (handed to PgConnection::open) or from libpq's own
// PGPASSWORD and ~/.pgpass.
class PgConnectionSettings final
{
    Q_DECLARE_TR_FUNCTIONS(PgConnectionSettings)

public:
    // Whether text is meant as a PostgreSQL URI rather than an SQLite file name.
    static bool isUri(const QString &text);

    // Refuses, with a message naming what is wrong: text that is not a postgresql:// URI,
    // one libpq cannot parse (an unknown parameter, bad percent-encoding), a password in it,
    // a port that is not a number, an sslmode libpq does not know, and a host other than
    // loopback or a local socket without sslmode=verify-full (a store on the network is
    // reached only with its certificate and host name checked), and a relative path in a
    // file parameter (sslrootcert, sslcert, sslkey, sslcrl, sslcrldir, passfile). A path
    // starting with ~/ is taken from the home folder, which libpq itself does not do.
    static std::optional<PgConnectionSettings> parse(const QString &text, QString *error);

    // As libpq will use them: given in the URI, else from its environment (PGHOST, PGPORT,
    // PGDATABASE, PGUSER, PGSSLMODE), else its defaults.
    QString host() const { return effective("host"); }
    QString port() const { return effective("port"); }
    QString database() const;
    QString user() const { return effective("user"); }
    QString sslMode() const { return effective("sslmode"); }
    // The value given in the URI for a libpq keyword; empty when not given.
    QString given(const char *keyword) const;

    // "dbname on host:port as role", for messages. Never holds a password.
    QString displayName() const;

    // Keywords and values for PQconnectdbParams: those of the URI, plus TCP keepalives
    // (so that a half-open connection is noticed), a connect timeout and the application
    // name, each only where the URI does not set it.
    QList<QPair<QByteArray, QByteArray>> parameters() const;

    // The same keepalives for the server's end of the connection, as server options ("-c
    // tcp_keepalives_idle=…"), which parameters() sends in the startup packet's options
    // (empty when the URI turns keepalives off). libpq's keepalives act on the
    // client's socket only: without these the server notices a client whose host vanished
    // (and frees its advisory locks, such as the sync leader's) only after the system's
    // default of about two hours. The settings are the session's own (context "user").
    QByteArray serverKeepalives() const;

    // How long a dead peer goes unnoticed at most with the keepalives we add:
    // idle + interval * count seconds.
    static constexpr int kKeepalivesIdleSecs = 30;
    static constexpr int kKeepalivesIntervalSecs = 10;
    static constexpr int kKeepalivesCount = 3;
    static constexpr int kConnectTimeoutSecs = 10;

private:
    PgConnectionSettings() = default;
    QString effective(const char *keyword) const;

    QList<QPair<QByteArray, QByteArray>> m_given; // in the URI, in libpq's order
    QList<QPair<QByteArray, QByteArray>> m_defaults; // libpq's defaults and environment
};
