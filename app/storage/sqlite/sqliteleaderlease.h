#pragma once

#include "app/storage/syncleadership.h"

#include <QMutex>

#include <atomic>

struct sqlite3;

// The sync leadership of a SQLite store, kept in the store itself: one row in sync_leader
// names the leading process and the time its lease runs until. The leader renews the
// lease every renewMs; another process takes the row over once the lease has run out,
// or at once when the leader's process is gone from this host. Each check runs in one
// BEGIN IMMEDIATE transaction, so two processes can never both see the row free.
// Typical case: the console's window is open while a timer job runs --headless sync on
// the same file; only one of them syncs and sends.
class SqliteLeaderLease final : public SyncLeadership
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqliteLeaderLease)

public:
    struct Timing
    {
        int leaseMs = 6000;
        int renewMs = 1500;
    };

    explicit SqliteLeaderLease(const QString &path, QObject *parent = nullptr);
    SqliteLeaderLease(const QString &path, Timing timing, QObject *parent = nullptr);
    ~SqliteLeaderLease() override;

    LeaderInfo leader() const override;

    // A lease that has run out counts as nobody.
    bool readLeader(QString *error) override;

private:
    static bool readRow(sqlite3 *db, LeaderInfo *row, qint64 *untilMs, QString *error);
    bool openConnection(QString *error);
    bool attempt(QString *error) override;
    void release() override;

    const QString m_path;
    const Timing m_timing;
    LeaderInfo m_self;
    mutable QMutex m_mutex; // guards m_db, m_leader and m_leaseUntilMs
    sqlite3 *m_db = nullptr;
    LeaderInfo m_leader;
    qint64 m_leaseUntilMs = 0;
};
