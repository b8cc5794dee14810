#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

class PgConnection;

// Shares the outbox between senders. A sender claims messages for a while (a lease,
// judged by the database's clock, so that the senders' clocks do not matter): rows
// locked by another claim at that moment are skipped (FOR UPDATE SKIP LOCKED), and so are
// messages whose lease has not run out. A crashed sender's lease runs out and another
// sender claims the message again, under the same message id, which Azure takes as the
// idempotency key. A sender records an outcome only while the lease is still its own.
class PgOutboxLeases final
{
    Q_DECLARE_TR_FUNCTIONS(PgOutboxLeases)
    Q_DISABLE_COPY_MOVE(PgOutboxLeases)

public:
    // owner: who claims, unique per process (e.g. "host:pid:start time").
    PgOutboxLeases(PgConnection &connection, const QString &owner);

    enum class Work {
        Send,   // pending messages whose next attempt is due (nowMsecs)
        Confirm // sent messages waiting for Azure's confirmation
    };
    // Claims up to limit messages for leaseMsecs; oldest first. An empty list is not an error.
    // includeHeld: the messages this owner still holds count too, their leases renewed, so
    // that a sender asking again is given what it claimed but has not finished yet (as a
    // store with one sender gives every due message), rather than losing it for a lease.
    bool claim(Work work, qint64 nowMsecs, int limit, int leaseMsecs, QList<QUuid> *claimed, QString *error,
               bool includeHeld = false);
    // Extends the lease of a message still held; *held false when it is no longer this owner's.
    bool renew(const QUuid &messageId, int leaseMsecs, bool *held, QString *error);
    // In the transaction that records an outcome, first: locks the message and says
    // whether the lease is still this owner's and unexpired. When it is not, the caller
    // records nothing and rolls back: another sender has the message now.
    bool holdsLease(const QUuid &messageId, bool *held, QString *error);
    // Records a message's next state ("sent", "completed" or "failed") and ends the lease,
    // in one statement and only while the lease is still this owner's and unexpired.
    // *held false: nothing was written, another sender has (or may take) the message.
    // "sent" stamps sent_ms, "completed" and "failed" confirmed_ms, with atMsecs.
    bool finish(const QUuid &messageId, const QByteArray &state, qint64 atMsecs, bool *held, QString *error);
    // Gives a message back before its lease runs out (e.g. when stopping).
    bool release(const QUuid &messageId, QString *error);

private:
    QString failure(const QString &detail) const;

    PgConnection &m_connection;
    const QByteArray m_owner;
};
