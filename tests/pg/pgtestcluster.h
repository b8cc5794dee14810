#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class PgConnection;

// A throwaway PostgreSQL cluster for one test program (throwaway-cluster.sh: private port
// and socket, stopped and removed by stop(), or by the script's watcher once the test
// process is gone, e.g. killed by a timeout). No mocks: a real server, real roles.
class PgTestCluster final
{
public:
    PgTestCluster() = default;
    ~PgTestCluster();
    PgTestCluster(const PgTestCluster &) = delete;
    PgTestCluster &operator=(const PgTestCluster &) = delete;

    // Starts the cluster; false with *error (the script's message) when it cannot.
    // durable: fsync and synchronous commit on, as a real server runs (the benchmark);
    // the tests leave them off, which makes every commit much cheaper.
    bool start(QString *error, bool durable = false);
    // The same cluster serving TLS only on TCP (throwaway-cluster.sh --tls): a throwaway CA,
    // a server certificate for localhost and 127.0.0.1, and a client certificate (CN = the
    // login) for each of certificateLogins, who log in by it alone; other logins need a
    // SCRAM password over TCP. The socket stays trusted, so connect() and createStore() work
    // as without TLS.
    bool startTls(const QStringList &certificateLogins, QString *error);
    void stop();

    // A libpq URI for role on the cluster's socket.
    QString uri(const QString &role, const QString &database) const;
    // Connected as role (no password: the socket is trusted); null with a warning on failure.
    std::unique_ptr<PgConnection> connect(const QString &role, const QString &database) const;
    // Runs sql as the superuser `postgres` on database `postgres`.
    bool superuser(const QByteArray &sql, QString *error);

    // A database owned by a fresh owner role (LOGIN CREATEROLE, no superuser), with the
    // store's schema and roles created by `--headless init-store` as that owner, and one
    // login per store role: <database>_reporter, <database>_author, <database>_helpdesk.
    // *ownerUri: the owner's URI. Each call makes a new, empty store.
    bool createStore(const QString &database, QString *ownerUri, QString *error);
    // The URI of a login createStore made: "reporter", "author" or "helpdesk".
    QString loginUri(const QString &database, const QString &kind) const;

    // A file of startTls(): "ca.pem", "server.pem", "LOGIN.pem", "LOGIN.key".
    QString tlsFile(const QString &name) const;

    QString folder() const { return m_folder; }
    QString port() const { return m_port; }

private:
    bool start(const QStringList &options, QString *error);

    QString m_folder;
    QString m_port;
    std::unique_ptr<PgConnection> m_superuser;
};
