#pragma once

#include "models/complianceaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QUuid>

#include <optional>

// One device's part of a report: what Azure receives (its Content entities) and what
// was decided, so the next sync can tell what changed since.
struct OutboxDevice
{
    qint64 deviceId = 0;
    AzureOutcome outcome = AzureOutcome::Compliant;
    QString fingerprint; // of the inventory fields reported
    QJsonArray entities;
};

struct OutboxMessage
{
    enum class State : quint8
    {
        Pending,
        Sent,
        Completed,
        Failed
    };

    QUuid id;
    QDateTime created;
    QString trigger;
    QByteArray body; // the exact DataUploadMessages request body, fixed when queued
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttempt;
    QString lastError;
    QDateTime sent;
    QDateTime confirmed;
    int deviceCount = 0;

    static QString stateName(State state); // storage name
    // The state a storage name stands for; Pending for a name no state has.
    static State stateFromName(const QString &name);
};

struct ReportEvent
{
    QUuid messageId;
    qint64 deviceId = 0; // 0 for an event of the whole message
    QDateTime at;
    QString event; // queued, sent, retry, completed, failed
    QString detail; // retry, failed: the reason, as the server or the transport gave it
    // queued: why it was queued (ReportPlanner's storage name) and what Azure receives.
    QString trigger;
    std::optional<AzureOutcome> outcome;
};

struct OutboxCounts
{
    int pending = 0;
    int sent = 0;
    int completed = 0;
    int failed = 0;

    // Sets the count of the state a storage name stands for (a row of GROUP BY state).
    void set(const QString &stateName, int count);
};

// The durable outbox of reports to Azure, and the report history. A report is committed
// here, with its message id and payload, before it is sent; the message id is the
// idempotency key, so a resend after a crash is counted once by Azure. Every method is
// one transaction; part of a Store, safe from any thread once it is open.
//
// Several senders: in a store shared by several processes, due() and
// awaitingConfirmation() claim what they return for this process for a while (a lease),
// so that each message is sent and polled by one process and taken over, under the same
// message id, once a crashed holder's lease runs out; a mark of a message whose lease
// another process holds fails with an error saying so and changes nothing. The SQLite
// store has one sender per file and leases nothing.
class ReportOutbox
{
public:
    virtual ~ReportOutbox() = default;

    // Writes the devices as messages of at most batchSize devices, each with a new message
    // id; marks the devices In-progress, remembers what was reported and adds a "queued"
    // history event per device. Nothing is written on failure.
    virtual bool enqueue(const QString &trigger, const QList<OutboxDevice> &devices, const QUuid &tenantId,
        int batchSize, const QDateTime &now, QList<QUuid> *messageIds, QString *error)
        = 0;

    // The ids of pending messages whose next attempt is due, oldest first. Ids only: the
    // send loop asks on the window's thread, and reading the payloads of every due
    // message there (hundreds of kilobytes each) held the window during a sync.
    virtual QList<QUuid> due(const QDateTime &now, int limit, QString *error) = 0;
    // The ids of sent messages that Azure has not confirmed yet, newest first.
    virtual QList<QUuid> awaitingConfirmation(int limit, QString *error) = 0;
    // Lists (messages) leave body empty: message(id) reads it.
    virtual std::optional<OutboxMessage> message(const QUuid &id, QString *error) const = 0;
    virtual QList<OutboxMessage> messages(
        const QList<OutboxMessage::State> &states, int limit, QString *error) const = 0;
    virtual QList<qint64> deviceIds(const QUuid &id, QString *error) const = 0;
    virtual OutboxCounts counts(QString *error) const = 0;

    virtual bool markSent(const QUuid &id, const QDateTime &now, QString *error) = 0;
    // A failed attempt that will be tried again at nextAttempt.
    virtual bool markRetry(const QUuid &id, const QDateTime &nextAttempt, const QString &reason,
        const QDateTime &now, QString *error)
        = 0;
    // Azure confirmed: the devices become Successful with Report Time = now (unless a
    // newer report of theirs is still on its way).
    virtual bool markCompleted(const QUuid &id, const QDateTime &now, QString *error) = 0;
    // Azure rejected it, or it could not be delivered: the devices become Failed with
    // the reason.
    virtual bool markFailed(const QUuid &id, const QString &reason, const QDateTime &now, QString *error) = 0;

    // The report timeline of one device, newest first.
    virtual QList<ReportEvent> history(qint64 deviceId, int limit, QString *error) const = 0;

protected:
    ReportOutbox() = default;
    Q_DISABLE_COPY_MOVE(ReportOutbox)
};
