#pragma once

#include "app/storage/reportoutbox.h"

#include <QCoreApplication>
#include <QVariantList>

class SqliteConnections;

// The outbox in the SQLite file: tables report_outbox (one row per message, its payload),
// report_devices (which devices a message carries) and report_history. One sender per
// file: due() and awaitingConfirmation() claim nothing.
class SqliteReportOutbox final : public ReportOutbox
{
    Q_DECLARE_TR_FUNCTIONS(ReportOutbox) // messages keep the context they were translated in
    Q_DISABLE_COPY_MOVE(SqliteReportOutbox)

public:
    explicit SqliteReportOutbox(const SqliteConnections &connections);

    bool enqueue(const QString &trigger, const QList<OutboxDevice> &devices, const QUuid &tenantId,
        int batchSize, const QDateTime &now, QList<QUuid> *messageIds, QString *error) override;
    QList<QUuid> due(const QDateTime &now, int limit, QString *error) override;
    QList<QUuid> awaitingConfirmation(int limit, QString *error) override;
    std::optional<OutboxMessage> message(const QUuid &id, QString *error) const override;
    QList<OutboxMessage> messages(
        const QList<OutboxMessage::State> &states, int limit, QString *error) const override;
    QList<qint64> deviceIds(const QUuid &id, QString *error) const override;
    OutboxCounts counts(QString *error) const override;
    bool markSent(const QUuid &id, const QDateTime &now, QString *error) override;
    bool markRetry(const QUuid &id, const QDateTime &nextAttempt, const QString &reason, const QDateTime &now,
        QString *error) override;
    bool markCompleted(const QUuid &id, const QDateTime &now, QString *error) override;
    bool markFailed(const QUuid &id, const QString &reason, const QDateTime &now, QString *error) override;
    QList<ReportEvent> history(qint64 deviceId, int limit, QString *error) const override;

private:
    // One UPDATE of the message (its values, then the id bound last) and one history
    // event, in one transaction.
    bool updateWithEvent(const QUuid &id, const QString &update, const QVariantList &values,
        const QString &event, const QString &detail, const QDateTime &now, QString *error);
    bool finish(const QUuid &id, bool completed, const QString &reason, const QDateTime &now, QString *error);
    // The message ids a query selects (its only column), values bound in order.
    QList<QUuid> messageIds(const QString &sql, const QVariantList &values, QString *error) const;

    const SqliteConnections &m_connections;
};
