#include "app/storage/sqlite/sqlitereportoutbox.h"

#include "app/storage/sqlite/sqliteconnections.h"
#include "app/storage/sqlite/sqlitetransaction.h"
#include "models/azurepayload.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kMessageColumns = QStringLiteral(
    "o.message_id, o.created_ms, o.trigger, o.payload, o.state, o.attempts, o.next_attempt_ms, o.last_error,"
    " o.sent_ms, o.confirmed_ms, (SELECT COUNT(*) FROM report_devices d WHERE d.message_id = o.message_id)");
// The same for lists: a payload can be hundreds of kilobytes, read it only to send or show it.
const QString kListColumns = QStringLiteral(
    "o.message_id, o.created_ms, o.trigger, NULL, o.state, o.attempts, o.next_attempt_ms, o.last_error,"
    " o.sent_ms, o.confirmed_ms, (SELECT COUNT(*) FROM report_devices d WHERE d.message_id = o.message_id)");

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

OutboxMessage readMessage(const QSqlQuery &query)
{
    OutboxMessage message;
    message.id = QUuid::fromString(query.value(0).toString());
    message.created = timeOf(query.value(1));
    message.trigger = query.value(2).toString();
    message.body = query.value(3).toString().toUtf8();
    message.state = OutboxMessage::stateFromName(query.value(4).toString());
    message.attempts = query.value(5).toInt();
    message.nextAttempt = timeOf(query.value(6));
    message.lastError = query.value(7).toString();
    message.sent = timeOf(query.value(8));
    message.confirmed = timeOf(query.value(9));
    message.deviceCount = query.value(10).toInt();
    return message;
}
} // namespace

SqliteReportOutbox::SqliteReportOutbox(const SqliteConnections &connections)
    : m_connections(connections)
{
}

bool SqliteReportOutbox::enqueue(const QString &trigger, const QList<OutboxDevice> &devices,
    const QUuid &tenantId, int batchSize, const QDateTime &now, QList<QUuid> *messageIds, QString *error)
{
    if (batchSize < 1) {
        *error = tr("The batch size must be at least 1, not %1.").arg(batchSize);
        return false;
    }
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return false;
    const auto fail = [&](const QString &detail) {
        *error = tr("Could not queue the reports in %1: %2").arg(m_connections.nativePath(), detail);
        return false;
    };
    QString detail;
    SqliteTransaction transaction(db);
    if (!transaction.begin(SqliteTransaction::Write, &detail))
        return fail(detail);
    QSqlQuery insertMessage(db);
    QSqlQuery insertDevice(db);
    QSqlQuery markDevice(db);
    QSqlQuery addHistory(db);
    if (!insertMessage.prepare(
            QStringLiteral("INSERT INTO report_outbox (message_id, created_ms, trigger, payload,"
                           " state, attempts, next_attempt_ms) VALUES (?, ?, ?, ?, 'pending', 0, ?)"))
        || !insertDevice.prepare(
            QStringLiteral("INSERT INTO report_devices (message_id, device_id) VALUES (?, ?)"))
        || !markDevice.prepare(QStringLiteral("UPDATE devices SET compliance_status = 'InProgress',"
                                              " reported_outcome = ?, reported_fingerprint = ? WHERE id = ?"))
        || !addHistory.prepare(
            QStringLiteral("INSERT INTO report_history (message_id, device_id, at_ms, event, trigger, outcome)"
                           " VALUES (?, ?, ?, 'queued', ?, ?)")))
        return fail(errorText(db.lastError()));

    const qint64 nowMsecs = now.toMSecsSinceEpoch();
    QList<QUuid> ids;
    for (qsizetype first = 0; first < devices.size(); first += batchSize) {
        const qsizetype last = std::min<qsizetype>(devices.size(), first + batchSize);
        QJsonArray content;
        for (qsizetype i = first; i < last; ++i) {
            for (const QJsonValue &entity : devices[i].entities)
                content.append(entity);
        }
        const QUuid id = QUuid::createUuid();
        const QByteArray body = AzurePayload::uploadBody(idText(tenantId), now, content);
        insertMessage.bindValue(0, idText(id));
        insertMessage.bindValue(1, nowMsecs);
        insertMessage.bindValue(2, trigger);
        insertMessage.bindValue(3, QString::fromUtf8(body));
        insertMessage.bindValue(4, nowMsecs);
        if (!insertMessage.exec())
            return fail(errorText(insertMessage.lastError()));
        for (qsizetype i = first; i < last; ++i) {
            const OutboxDevice &device = devices[i];
            insertDevice.bindValue(0, idText(id));
            insertDevice.bindValue(1, device.deviceId);
            markDevice.bindValue(0, int(device.outcome));
            markDevice.bindValue(1, device.fingerprint);
            markDevice.bindValue(2, device.deviceId);
            addHistory.bindValue(0, idText(id));
            addHistory.bindValue(1, device.deviceId);
            addHistory.bindValue(2, nowMsecs);
            addHistory.bindValue(3, trigger);
            addHistory.bindValue(4, int(device.outcome));
            if (!insertDevice.exec())
                return fail(
                    tr("device %1: %2").arg(device.deviceId).arg(errorText(insertDevice.lastError())));
            if (!markDevice.exec())
                return fail(tr("device %1: %2").arg(device.deviceId).arg(errorText(markDevice.lastError())));
            if (!addHistory.exec())
                return fail(errorText(addHistory.lastError()));
        }
        ids.append(id);
    }
    if (!transaction.commit(&detail))
        return fail(detail);
    if (messageIds)
        *messageIds = ids;
    return true;
}

QList<QUuid> SqliteReportOutbox::due(const QDateTime &now, int limit, QString *error)
{
    return messageIds(
        QStringLiteral("SELECT message_id FROM report_outbox WHERE state = 'pending' AND next_attempt_ms <= ?"
                       " ORDER BY next_attempt_ms, created_ms LIMIT ?"),
        { now.toMSecsSinceEpoch(), limit }, error);
}

QList<QUuid> SqliteReportOutbox::awaitingConfirmation(int limit, QString *error)
{
    return messageIds(
        QStringLiteral(
            "SELECT message_id FROM report_outbox WHERE state = 'sent' ORDER BY created_ms DESC LIMIT ?"),
        { limit }, error);
}

QList<QUuid> SqliteReportOutbox::messageIds(
    const QString &sql, const QVariantList &values, QString *error) const
{
    QList<QUuid> result;
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec()) {
        *error = errorText(query.lastError());
        return result;
    }
    while (query.next())
        result.append(QUuid::fromString(query.value(0).toString()));
    return result;
}

std::optional<OutboxMessage> SqliteReportOutbox::message(const QUuid &id, QString *error) const
{
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return std::nullopt;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + kMessageColumns
        + QStringLiteral(" FROM report_outbox o WHERE o.message_id = ?"));
    query.bindValue(0, idText(id));
    if (!query.exec()) {
        *error = errorText(query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = tr("No report with message id %1.").arg(idText(id));
        return std::nullopt;
    }
    return readMessage(query);
}

QList<OutboxMessage> SqliteReportOutbox::messages(
    const QList<OutboxMessage::State> &states, int limit, QString *error) const
{
    QList<OutboxMessage> result;
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return result;
    QStringList placeholders;
    for (qsizetype i = 0; i < states.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kListColumns
        + QStringLiteral(" FROM report_outbox o WHERE o.state IN (") + placeholders.join(QLatin1Char(','))
        + QStringLiteral(") ORDER BY o.created_ms DESC LIMIT ?"));
    int bound = 0;
    for (OutboxMessage::State state : states)
        query.bindValue(bound++, OutboxMessage::stateName(state));
    query.bindValue(bound, limit);
    if (!query.exec()) {
        *error = errorText(query.lastError());
        return result;
    }
    while (query.next())
        result.append(readMessage(query));
    return result;
}

QList<qint64> SqliteReportOutbox::deviceIds(const QUuid &id, QString *error) const
{
    QList<qint64> result;
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT device_id FROM report_devices WHERE message_id = ? ORDER BY device_id"));
    query.bindValue(0, idText(id));
    if (!query.exec()) {
        *error = errorText(query.lastError());
        return result;
    }
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

OutboxCounts SqliteReportOutbox::counts(QString *error) const
{
    OutboxCounts counts;
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return counts;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT state, COUNT(*) FROM report_outbox GROUP BY state"))) {
        *error = errorText(query.lastError());
        return counts;
    }
    while (query.next()) {
        counts.set(query.value(0).toString(), query.value(1).toInt());
    }
    return counts;
}

bool SqliteReportOutbox::updateWithEvent(const QUuid &id, const QString &update, const QVariantList &values,
    const QString &event, const QString &detail, const QDateTime &now, QString *error)
{
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return false;
    QString problem;
    SqliteTransaction transaction(db);
    if (!transaction.begin(SqliteTransaction::Write, &problem)) {
        *error = problem;
        return false;
    }
    QSqlQuery query(db);
    query.prepare(update);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    query.bindValue(int(values.size()), idText(id));
    QSqlQuery history(db);
    history.prepare(QStringLiteral("INSERT INTO report_history (message_id, device_id, at_ms, event, detail)"
                                   " VALUES (?, NULL, ?, ?, ?)"));
    history.bindValue(0, idText(id));
    history.bindValue(1, now.toMSecsSinceEpoch());
    history.bindValue(2, event);
    history.bindValue(3, detail.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(detail));
    if (!query.exec() || !history.exec() || !transaction.commit(&problem)) {
        *error = problem.isEmpty() ? errorText(query.lastError()) + errorText(history.lastError()) : problem;
        return false;
    }
    return true;
}

bool SqliteReportOutbox::markSent(const QUuid &id, const QDateTime &now, QString *error)
{
    return updateWithEvent(id,
        QStringLiteral("UPDATE report_outbox SET state = 'sent', sent_ms = ?, attempts = attempts + 1,"
                       " last_error = NULL WHERE message_id = ? AND state IN ('pending', 'sent')"),
        { now.toMSecsSinceEpoch() }, QStringLiteral("sent"), QString(), now, error);
}

bool SqliteReportOutbox::markRetry(const QUuid &id, const QDateTime &nextAttempt, const QString &reason,
    const QDateTime &now, QString *error)
{
    return updateWithEvent(id,
        QStringLiteral("UPDATE report_outbox SET state = 'pending', attempts = attempts + 1,"
                       " next_attempt_ms = ?, last_error = ? WHERE message_id = ?"),
        { nextAttempt.toMSecsSinceEpoch(), reason }, QStringLiteral("retry"), reason, now, error);
}

bool SqliteReportOutbox::markCompleted(const QUuid &id, const QDateTime &now, QString *error)
{
    return finish(id, true, QString(), now, error);
}

bool SqliteReportOutbox::markFailed(
    const QUuid &id, const QString &reason, const QDateTime &now, QString *error)
{
    return finish(id, false, reason, now, error);
}

bool SqliteReportOutbox::finish(
    const QUuid &id, bool completed, const QString &reason, const QDateTime &now, QString *error)
{
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return false;
    QString detail;
    SqliteTransaction transaction(db);
    if (!transaction.begin(SqliteTransaction::Write, &detail)) {
        *error = detail;
        return false;
    }
    const qint64 nowMsecs = now.toMSecsSinceEpoch();
    QSqlQuery message(db);
    message.prepare(QStringLiteral("UPDATE report_outbox SET state = ?, confirmed_ms = ?, last_error = ?"
                                   " WHERE message_id = ? AND state IN ('pending', 'sent')"));
    message.bindValue(0, completed ? QStringLiteral("completed") : QStringLiteral("failed"));
    message.bindValue(1, nowMsecs);
    message.bindValue(2, completed ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason));
    message.bindValue(3, idText(id));
    if (!message.exec()) {
        *error = errorText(message.lastError());
        return false;
    }
    if (message.numRowsAffected() == 0) {
        // Already finished (a confirmation seen twice): nothing more to change.
        return transaction.commit(&detail);
    }
    // A device whose newer report is still on its way stays In-progress; Report Time is
    // the time Azure confirmed a report, whichever it was.
    const QString stillSending = QStringLiteral(
        "EXISTS (SELECT 1 FROM report_devices rd JOIN report_outbox o ON o.message_id = rd.message_id"
        " WHERE rd.device_id = devices.id AND o.state IN ('pending', 'sent'))");
    QSqlQuery devices(db);
    if (completed) {
        devices.prepare(QStringLiteral("UPDATE devices SET report_time_ms = ?, report_error = NULL,"
                                       " compliance_status = CASE WHEN ")
            + stillSending
            + QStringLiteral(" THEN compliance_status ELSE 'Successful' END"
                             " WHERE id IN (SELECT device_id FROM report_devices WHERE message_id = ?)"));
        devices.bindValue(0, nowMsecs);
        devices.bindValue(1, idText(id));
    } else {
        devices.prepare(QStringLiteral("UPDATE devices SET report_error = ?,"
                                       " compliance_status = CASE WHEN ")
            + stillSending
            + QStringLiteral(" THEN compliance_status ELSE 'Failed' END"
                             " WHERE id IN (SELECT device_id FROM report_devices WHERE message_id = ?)"));
        devices.bindValue(0, reason);
        devices.bindValue(1, idText(id));
    }
    QSqlQuery history(db);
    history.prepare(
        QStringLiteral("INSERT INTO report_history (message_id, device_id, at_ms, event, detail)"
                       " SELECT message_id, device_id, ?, ?, ? FROM report_devices WHERE message_id = ?"));
    history.bindValue(0, nowMsecs);
    history.bindValue(1, completed ? QStringLiteral("completed") : QStringLiteral("failed"));
    history.bindValue(2, completed ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason));
    history.bindValue(3, idText(id));
    if (!devices.exec() || !history.exec() || !transaction.commit(&detail)) {
        *error = detail.isEmpty() ? errorText(devices.lastError()) + errorText(history.lastError()) : detail;
        return false;
    }
    return true;
}

QList<ReportEvent> SqliteReportOutbox::history(qint64 deviceId, int limit, QString *error) const
{
    QList<ReportEvent> result;
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT message_id, device_id, at_ms, event, detail, trigger, outcome FROM report_history"
                                 " WHERE device_id = ? OR (device_id IS NULL AND message_id IN"
                                 " (SELECT message_id FROM report_devices WHERE device_id = ?))"
                                 " ORDER BY at_ms DESC, id DESC LIMIT ?"));
    query.bindValue(0, deviceId);
    query.bindValue(1, deviceId);
    query.bindValue(2, limit);
    if (!query.exec()) {
        *error = errorText(query.lastError());
        return result;
    }
    while (query.next()) {
        ReportEvent event;
        event.messageId = QUuid::fromString(query.value(0).toString());
        event.deviceId = query.value(1).toLongLong();
        event.at = timeOf(query.value(2));
        event.event = query.value(3).toString();
        event.detail = query.value(4).toString();
        event.trigger = query.value(5).toString();
        bool known = false;
        const int outcome = query.value(6).toInt(&known);
        if (known && !query.value(6).isNull() && outcome >= int(AzureOutcome::Compliant)
            && outcome <= int(AzureOutcome::RemovedFromAzure))
            event.outcome = AzureOutcome(outcome);
        result.append(event);
    }
    return result;
}
