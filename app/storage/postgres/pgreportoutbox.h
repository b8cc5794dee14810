#pragma once

#include "app/storage/reportoutbox.h"

#include <QCoreApplication>

#include <atomic>

class PgConnection;
class PgConnections;
class PgResult;

// The outbox in the PostgreSQL store: tables report_outbox, report_devices and
// report_history of asc_store, shared by every sender of the store. due() and
// awaitingConfirmation() claim what they return for this process (PgOutboxLeases): what
// no process holds, and what this one still holds, its lease renewed, so that one sender
// sees what it would see in a store of its own. A mark changes a message only while that
// lease is still this process's own: a sender that stalled or crashed past its lease
// finds the message taken over, under the same message id, and records nothing.
class PgReportOutbox final : public ReportOutbox
{
    Q_DECLARE_TR_FUNCTIONS(ReportOutbox) // the SQLite store's messages, translated once
    Q_DISABLE_COPY_MOVE(PgReportOutbox)

public:
    // Leases as this process (PgConnections::processOwner()).
    explicit PgReportOutbox(PgConnections &connections);
    // Leases as owner: two outboxes with two owners behave as two processes.
    PgReportOutbox(PgConnections &connections, const QString &owner);

    // Long enough to upload a message (a request gives up after 30 s by default) or to
    // wait for its confirmation between two polls (they back off to 30 s), short enough
    // that a crashed sender's messages are sent again about a minute later. Each due() and
    // awaitingConfirmation() renews what this process still holds.
    static constexpr int kDefaultLeaseMsecs = 60000;
    void setLeaseMsecs(int msecs) { m_leaseMsecs.store(msecs); }
    int leaseMsecs() const { return m_leaseMsecs.load(); }
    QString owner() const { return m_owner; }

    bool enqueue(const QString &trigger, const QList<OutboxDevice> &devices, const QUuid &tenantId, int batchSize,
                 const QDateTime &now, QList<QUuid> *messageIds, QString *error) override;
    QList<QUuid> due(const QDateTime &now, int limit, QString *error) override;
    QList<QUuid> awaitingConfirmation(int limit, QString *error) override;
    std::optional<OutboxMessage> message(const QUuid &id, QString *error) const override;
    QList<OutboxMessage> messages(const QList<OutboxMessage::State> &states, int limit,
                                  QString *error) const override;
    QList<qint64> deviceIds(const QUuid &id, QString *error) const override;
    OutboxCounts counts(QString *error) const override;
    bool markSent(const QUuid &id, const QDateTime &now, QString *error) override;
    bool markRetry(const QUuid &id, const QDateTime &nextAttempt, const QString &reason, const QDateTime &now,
                   QString *error) override;
    bool markCompleted(const QUuid &id, const QDateTime &now, QString *error) override;
    bool markFailed(const QUuid &id, const QString &reason, const QDateTime &now, QString *error) override;
    QList<ReportEvent> history(qint64 deviceId, int limit, QString *error) const override;

private:
    enum class Mark { Sent, Retry, Completed, Failed };
    // One transaction: locks the message, checks this process's lease, writes the new
    // state (ending the lease), the history and, when it finishes, the devices.
    bool mark(Mark kind, const QUuid &id, const QDateTime &nextAttempt, const QString &reason, const QDateTime &now,
              QString *error);
    QList<QUuid> claim(bool send, const QDateTime &now, int limit, QString *error);
    QString readFailure(const PgResult &result, PgConnection &connection) const;

    PgConnections &m_connections;
    const QString m_owner;
    std::atomic<int> m_leaseMsecs{kDefaultLeaseMsecs};
};
