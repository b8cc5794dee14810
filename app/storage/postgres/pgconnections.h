#pragma once

#include "app/storage/postgres/pgconnectionsettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>

class PgConnection;
class QObject;
class QThread;

// The connections of one PostgreSQL store: one per thread, logged in (PgLogin) on first
// use, so the device list can be read on a worker thread while the writer thread copies a
// sync page in. A connection the server or the network has dropped is opened again on its
// thread's next use, outside a transaction (inside one, the transaction is lost with it
// and the caller is told). Worker threads' connections close when their thread finishes.
class PgConnections final
{
    Q_DECLARE_TR_FUNCTIONS(PgConnections)
    Q_DISABLE_COPY_MOVE(PgConnections)

public:
    PgConnections(const PgConnectionSettings &settings, const QString &uri);
    ~PgConnections();

    const PgConnectionSettings &settings() const { return m_settings; }
    // The store's address as given (for commands in messages; it holds no password).
    QString uri() const { return m_uri; }
    // "database asc on host:port as role", for messages.
    QString displayName() const { return m_settings.displayName(); }

    // Set by PgStore::open() once the schema is checked: connection() refuses before.
    void setUsable(bool usable) { m_usable.store(usable); }
    bool isUsable() const { return m_usable.load(); }

    // This thread's connection, opened (or opened again) when needed. Blocks while it
    // connects, up to libpq's connect timeout, except on the responsive thread (below).
    // false with *error set when the store is not open or the server cannot be reached.
    bool connection(PgConnection **connection, QString *error) const;
    // The window's thread: once its connection has been open, it never waits for a
    // reconnect (up to the connect timeout, 10 s, with a server that does not answer).
    // A dropped connection is opened again on a thread of its own; until it answers, the
    // calls fail at once saying so, and the next call after that adopts it.
    void setResponsiveThread(QThread *thread) { m_responsive.store(thread); }
    // The same before open() has checked the schema (open() itself).
    bool rawConnection(PgConnection **connection, QString *error) const;

    // A process-wide id for leases and leadership: host, pid and start time, so a reused pid
    // is never taken for its predecessor.
    static QString processOwner();

private:
    void forget(QThread *thread) const;
    // Opens a connection for the responsive thread on a thread of its own (one at a time).
    void reconnectInBackground() const;

    const PgConnectionSettings m_settings;
    const QString m_uri;
    std::atomic<bool> m_usable{false};
    // Ends the threads' finished connections with this object, so none calls a dead one.
    std::unique_ptr<QObject> m_context;
    mutable QMutex m_mutex; // guards m_connections, m_reconnected, m_reconnectProblem
    mutable QHash<QThread *, std::shared_ptr<PgConnection>> m_connections;
    std::atomic<QThread *> m_responsive{nullptr};
    // The background reconnect: its thread, the connection it opened for the responsive
    // thread to adopt, and why the last attempt failed.
    mutable std::unique_ptr<QThread> m_reconnector;
    mutable std::shared_ptr<PgConnection> m_reconnected;
    mutable QString m_reconnectProblem;
};
