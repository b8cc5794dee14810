#pragma once

#include <QDateTime>
#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

class Store;

// The sync leadership's log: each term taken, lost and given up, and problems.
Q_DECLARE_LOGGING_CATEGORY(lcLeader)

// Who leads the sync of a store: host, process, since when, and until when the lease runs.
struct LeaderInfo
{
    QString owner; // a per-process id, unique even when a pid is reused
    QString host;
    qint64 pid = 0;
    QString role; // the database login that leads (PostgreSQL); empty for SQLite
    QDateTime since;
    QDateTime until;

    bool isValid() const { return !owner.isEmpty(); }
    // "host, process 1234, since 12:00:05" in the reader's language.
    QString describe() const;
};

// One sync leader per store. Only the leader pulls the inventory, plans reports and sends
// the outbox; the other processes that share the store read it and queue Report now into
// the same outbox, which the leader sends. Each back end keeps the leadership its own way
// (SQLite: a lease row renewed by a timer; PostgreSQL: a session advisory lock), so a
// dead leader, even one killed with SIGKILL, is replaced within a few seconds.
class SyncLeadership : public QObject
{
    Q_OBJECT

public:
    // A back end's destructor calls stop(): release() is its own.
    ~SyncLeadership() override;

    // One attempt now, on the caller's thread (headless start-up decides at once whether
    // it syncs). false with *error when the store could not be read or written.
    bool tryLead(QString *error);
    // Reads who leads, without trying to lead (status reports): leader() afterwards.
    virtual bool readLeader(QString *error) = 0;
    // Tries to lead now and keeps trying (and renewing) every check interval from then
    // on, on a thread and connection of the leadership's own, so a store busy with a long
    // write delays the check, never the window.
    void start();
    // Gives the leadership up at once, so another process need not wait for the lease.
    void stop();
    bool leads() const { return m_leads.load(); }
    // The leader as last seen (this process when leads()); invalid when nobody leads.
    virtual LeaderInfo leader() const = 0;

    // The store whose leader writes (Store::commitAsLeader) this leadership fences: on
    // taking the lead it gives the store its term, so that the store refuses them once
    // another process has taken over. store must outlive the leadership.
    void fence(Store *store) { m_fenced = store; }

signals:
    void leadershipChanged(bool leads);
    // The leadership could not be read or renewed (the store is locked, gone, read-only).
    void problem(const QString &message);

protected:
    SyncLeadership(int checkMs, QObject *parent);

    // One check: reads the store's leadership, takes or keeps it when it may, and sets
    // m_leads. false with *error when the store could not be read or written.
    virtual bool attempt(QString *error) = 0;
    // Gives the lead up, once the checks have ended; m_leads is false afterwards.
    virtual void release() = 0;
    // Called on taking (or still holding) the lead, before anybody hears of it, with the
    // term as the store records it.
    void recordLead(const QString &token);

    std::atomic<bool> m_leads{false};

private:
    // One check of the leadership's thread: a problem is said once per kind, not at
    // every check; a change of leader is signalled.
    void tick();

    const int m_checkMs;
    Store *m_fenced = nullptr;
    QThread m_thread;
    QObject *m_worker = nullptr;
    QString m_lastProblem;
};
