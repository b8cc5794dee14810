#pragma once

#include "app/storage/postgres/pgconnectionsettings.h"
#include "app/storage/syncleadership.h"

#include <QCoreApplication>
#include <QMutex>

#include <atomic>
#include <memory>

class PgConnection;
class PgLeadership;

// The sync leadership of a PostgreSQL store, for the engine: PgLeadership's session
// advisory lock, held on a connection of this object's own thread, which checks every
// checkMs that the connection (and so the lock) is still there and, when this process
// does not lead, tries to take the lock. A leader that dies, even by SIGKILL, loses the
// lock with its backend, and the next check of another process takes it: within about
// checkMs, plus the keepalive time when the leader's host vanished without closing its
// socket. Only a login that may write devices (the reporter role) tries to lead; a
// helpdesk or policy author console reads who leads.
class PgSyncLeadership final : public SyncLeadership
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgSyncLeadership)

public:
    struct Timing
    {
        int checkMs = 1000;
    };

    PgSyncLeadership(const PgConnectionSettings &settings, const QString &uri, bool mayLead,
                     QObject *parent = nullptr);
    PgSyncLeadership(const PgConnectionSettings &settings, const QString &uri, bool mayLead, Timing timing,
                     QObject *parent = nullptr);
    ~PgSyncLeadership() override;

    bool readLeader(QString *error) override;
    LeaderInfo leader() const override;
    // The term this process leads in (a number that grows with every change of leader); 0
    // when it does not lead.
    qint64 term() const;

private:
    bool attempt(QString *error) override;
    bool connect(QString *error);
    void release() override;

    const PgConnectionSettings m_settings;
    const QString m_uri;
    const bool m_mayLead;
    QString m_host;
    mutable QMutex m_mutex; // guards the connection, the lock and m_leader
    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<PgLeadership> m_lock;
    LeaderInfo m_leader;
};
