#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

class PgConnection;

// The sync leader of a team: the one process whose connection holds the store's session
// advisory lock. The lock is the leadership: it ends with the backend, when the process
// closes its connection, dies (even kill -9: the kernel closes the socket) or the server
// terminates it, and the next process to try takes it over. The record in
// asc_store.leadership says who leads, for partner health and `status --json`, and its term
// fences the leader's writes: each is made in a transaction that reads the term FOR SHARE
// (Store::commitAsLeader), so a leader that lost the lock without noticing cannot write
// beside the next one, whose take-over updates that row.
class PgLeadership final
{
    Q_DECLARE_TR_FUNCTIONS(PgLeadership)
    Q_DISABLE_COPY_MOVE(PgLeadership)

public:
    explicit PgLeadership(PgConnection &connection);

    struct Leader
    {
        QString host;
        qint64 pid = 0;
        int backendPid = 0;
        QString holder; // the database role
        QDateTime since;
        qint64 term = 0;
    };

    // Tries once, without waiting. *taken: this connection leads now (it also stays true
    // when it already did). On taking, the record names host and pid and a new term.
    bool tryTake(const QString &host, qint64 pid, bool *taken, QString *error);
    // Gives up the lead; the lock is released whatever the record says.
    bool release(QString *error);
    // Only while the connection lives: the lock went with a lost one.
    bool isLeader() const;
    qint64 term() const { return m_term; }

    // Who leads now: the record, shown only while its backend still holds the lock.
    // std::nullopt without *error set: nobody leads.
    static std::optional<Leader> current(PgConnection &connection, QString *error);

private:
    PgConnection &m_connection;
    bool m_leader = false;
    qint64 m_term = 0;
};
