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
    // connects, up to libpq's connect timeout. false with *error set when the store is not
    // open or the server cannot be reached.
    bool connection(PgConnection **connection, QString *error) const;
    // The same before open() has checked the schema (open() itself).
    bool rawConnection(PgConnection **connection, QString *error) const;

    // A process-wide id for leases and leadership: host, pid and start time, so a reused pid
    // is never taken for its predecessor.
    static QString processOwner();

private:
    void forget(QThread *thread) const;

    const PgConnectionSettings m_settings;
    const QString m_uri;
    std::atomic<bool> m_usable{false};
    // Ends the threads' finished connections with this object, so none calls a dead one.
    std::unique_ptr<QObject> m_context;
    mutable QMutex m_mutex; // guards m_connections
    mutable QHash<QThread *, std::shared_ptr<PgConnection>> m_connections;
};
