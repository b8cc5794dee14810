#pragma once

#include "app/storage/postgres/pgconnectionsettings.h"
#include "app/storage/postgres/pgresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

struct pg_conn;

// One libpq connection to the PostgreSQL store, used by one thread at a time. libpq
// rather than QPSQL where the store needs what the driver does not give: COPY, LISTEN's
// socket, and the backend's own session (advisory locks live as long as it does).
class PgConnection final
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
    Q_DISABLE_COPY_MOVE(PgConnection)

public:
    PgConnection() = default;
    ~PgConnection();

    // Connects; blocks for up to the connect timeout, so a window calls it from a worker
    // thread. password empty: libpq finds one itself (PGPASSWORD, ~/.pgpass) or needs none
    // (peer, certificate). On failure *error names the database, host, port and role and
    // gives libpq's reason, never the password.
    bool open(const PgConnectionSettings &settings, const QString &password, QString *error);
    void close();
    // The last open() failed because the server asked for a password libpq did not have.
    bool neededPassword() const { return m_neededPassword; }
    // Connected, and the server has not gone away as far as libpq knows.
    bool isOpen() const;

    // One statement, with $1… bound as text (a null QByteArray is SQL NULL). A failed
    // result carries the server's message (PgResult::errorText).
    PgResult exec(const QByteArray &sql, const QList<QByteArray> &parameters = {});
    // The same, for a statement whose result is only success or failure: false with
    // *error = the server's message.
    bool run(const QByteArray &sql, QString *error, const QList<QByteArray> &parameters = {});
    // One statement with $1… bound in the binary format of the given types (OIDs, one per
    // parameter): whole arrays of a page, which the server then neither parses as text nor
    // needs escaped.
    PgResult execBinary(const QByteArray &sql, const QList<QByteArray> &parameters, const QList<unsigned int> &types);
    enum class TransactionStatus { Idle, InTransaction, Failed };
    // Idle also when closed or busy.
    TransactionStatus transactionStatus() const;

    // libpq's message for the last failure of the connection itself (lost, refused).
    QString connectionError() const;

    // "database asc on db.example.com:5432 as alice", for messages.
    QString displayName() const { return m_displayName; }
    // The server process serving this connection (pg_backend_pid()).
    int backendPid() const;
    // The Unix socket libpq reads from, for a QSocketNotifier; -1 when closed.
    int socket() const;
    pg_conn *handle() const { return m_conn; }

private:
    pg_conn *m_conn = nullptr;
    QString m_displayName;
    bool m_neededPassword = false;
};
