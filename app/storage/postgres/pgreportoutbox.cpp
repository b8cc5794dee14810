#include "app/storage/postgres/pgreportoutbox.h"

#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgconnections.h"
#include "app/storage/postgres/pgoutboxleases.h"
#include "app/storage/postgres/pgtransaction.h"
#include "models/azurepayload.h"

#include <QJsonArray>

#include <algorithm>
#include <climits>

namespace {
const QByteArray kMessageColumns =
    "o.message_id, o.created_ms, o.trigger, o.payload, o.state, o.attempts, o.next_attempt_ms, o.last_error,"
    " o.sent_ms, o.confirmed_ms,"
    " (SELECT count(*) FROM asc_store.report_devices d WHERE d.message_id = o.message_id)";
// The same for lists: a payload can be hundreds of kilobytes, read it only to send or show it.
const QByteArray kListColumns =
    "o.message_id, o.created_ms, o.trigger, NULL, o.state, o.attempts, o.next_attempt_ms, o.last_error,"
    " o.sent_ms, o.confirmed_ms,"
    " (SELECT count(*) FROM asc_store.report_devices d WHERE d.message_id = o.message_id)";

QByteArray idText(const QUuid &id)
{
    return id.toByteArray(QUuid::WithoutBraces);
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray textOrNull(const QString &text)
{
    return text.isNull() ? QByteArray() : text.toUtf8();
}

// A negative limit is no limit, as SQLite's LIMIT -1 (LIMIT NULL here).
QByteArray limitOf(int limit)
{
    return limit < 0 ? QByteArray() : number(limit);
}

// Array literals, bound as one parameter: a batch of devices is one statement, not one
// round trip per device.
QByteArray integerArray(const QList<qint64> &values)
{
    QByteArray literal = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += ',';
        literal += number(values[i]);
    }
    return literal + '}';
}

QByteArray textArray(const QStringList &values)
{
    QByteArray literal = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += ',';
        if (values[i].isNull()) {
            literal += "NULL";
            continue;
        }
        QByteArray quoted = values[i].toUtf8();
        quoted.replace('\\', "\\\\").replace('"', "\\\"");
        literal += '"' + quoted + '"';
    }
    return literal + '}';
}

QDateTime timeOf(const PgResult &result, int row, int column)
{
    return result.isNull(row, column) ? QDateTime()
                                      : QDateTime::fromMSecsSinceEpoch(result.integer(row, column), Qt::UTC);
}

OutboxMessage readMessage(const PgResult &result, int row)
{
    OutboxMessage message;
    message.id = QUuid::fromString(result.text(row, 0));
    message.created = timeOf(result, row, 1);
    message.trigger = result.text(row, 2);
    message.body = result.bytes(row, 3);
    message.state = OutboxMessage::stateFromName(result.text(row, 4));
    message.attempts = int(result.integer(row, 5));
    message.nextAttempt = timeOf(result, row, 6);
    message.lastError = result.text(row, 7);
    message.sent = timeOf(result, row, 8);
    message.confirmed = timeOf(result, row, 9);
    message.deviceCount = int(result.integer(row, 10));
    return message;
}

QString detailOf(const PgResult &result, PgConnection &connection)
{
    return result.errorText().isEmpty() ? connection.connectionError() : result.errorText();
}

// 42501 insufficient_privilege: the login's role may read the outbox but not write it.
bool refused(const PgResult &result)
{
    return result.sqlState() == "42501";
}
} // namespace

PgReportOutbox::PgReportOutbox(PgConnections &connections)
    : PgReportOutbox(connections, PgConnections::processOwner())
{
}

PgReportOutbox::PgReportOutbox(PgConnections &connections, const QString &owner)
    : m_connections(connections)
    , m_owner(owner)
{
}

bool PgReportOutbox::enqueue(const QString &trigger, const QList<OutboxDevice> &devices, const QUuid &tenantId,
                             int batchSize, const QDateTime &now, QList<QUuid> *messageIds, QString *error)
{
    if (batchSize < 1) {
        *error = tr("The batch size must be at least 1, not %1.").arg(batchSize);
        return false;
    }
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return false;
    const auto fail = [&](const QString &detail) {
        *error = tr("Could not queue the reports in %1: %2").arg(m_connections.displayName(), detail);
        return false;
    };
    const auto failed = [&](const PgResult &result) {
        if (!refused(result))
            return fail(detailOf(result, *connection));
        *error = tr("%1 may not queue reports: the reporter login queues and sends them. Nothing was queued. (%2)")
                     .arg(m_connections.displayName(), detailOf(result, *connection));
        return false;
    };
    QString detail;
    PgTransaction transaction(*connection);
    if (!transaction.begin(&detail))
        return fail(detail);

    const QByteArray nowMsecs = number(now.toMSecsSinceEpoch());
    const QByteArray triggerText = trigger.toUtf8();
    QList<QUuid> ids;
    for (qsizetype first = 0; first < devices.size(); first += batchSize) {
        const qsizetype last = std::min<qsizetype>(devices.size(), first + batchSize);
        QJsonArray content;
        QList<qint64> deviceIds;
        QList<qint64> outcomes;
        QStringList fingerprints;
        for (qsizetype i = first; i < last; ++i) {
            const OutboxDevice &device = devices[i];
            for (const QJsonValue &entity : device.entities)
                content.append(entity);
            deviceIds.append(device.deviceId);
            outcomes.append(int(device.outcome));
            fingerprints.append(device.fingerprint);
        }
        const QUuid id = QUuid::createUuid();
        const QByteArray body = AzurePayload::uploadBody(tenantId.toString(QUuid::WithoutBraces), now, content);
        const QByteArray idBytes = idText(id);
        const QByteArray idArray = integerArray(deviceIds);
        const QByteArray outcomeArray = integerArray(outcomes);
        const PgResult message = connection->exec(
            "INSERT INTO asc_store.report_outbox (message_id, created_ms, trigger, payload, state, attempts,"
            " next_attempt_ms) VALUES ($1, $2, $3, $4, 'pending', 0, $2)",
            {idBytes, nowMsecs, triggerText, body});
        if (!message.ok())
            return failed(message);
        const PgResult carried = connection->exec(
            "INSERT INTO asc_store.report_devices (message_id, device_id) SELECT $1, unnest($2::bigint[])",
            {idBytes, idArray});
        if (!carried.ok())
            return failed(carried);
        const PgResult marked = connection->exec(
            "UPDATE asc_store.devices d SET compliance_status = 'InProgress', reported_outcome = u.outcome,"
            " reported_fingerprint = u.fingerprint"
            " FROM unnest($1::bigint[], $2::integer[], $3::text[]) AS u(id, outcome, fingerprint) WHERE d.id = u.id",
            {idArray, outcomeArray, textArray(fingerprints)});
        if (!marked.ok())
            return failed(marked);
        const PgResult queued = connection->exec(
            "INSERT INTO asc_store.report_history (message_id, device_id, at_ms, event, trigger, outcome)"
            " SELECT $1, u.id, $2, 'queued', $3, u.outcome"
            " FROM unnest($4::bigint[], $5::integer[]) WITH ORDINALITY AS u(id, outcome, n) ORDER BY u.n",
            {idBytes, nowMsecs, triggerText, idArray, outcomeArray});
        if (!queued.ok())
            return failed(queued);
        ids.append(id);
    }
    if (!transaction.commit(&detail))
        return fail(detail.isEmpty() ? PgConnection::tr("the transaction was rolled back after an earlier error")
                                     : detail);
    if (messageIds)
        *messageIds = ids;
    return true;
}

QList<QUuid> PgReportOutbox::claim(bool send, const QDateTime &now, int limit, QString *error)
{
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return {};
    PgOutboxLeases leases(*connection, m_owner);
    QList<QUuid> claimed;
    if (!leases.claim(send ? PgOutboxLeases::Work::Send : PgOutboxLeases::Work::Confirm,
                      now.isValid() ? now.toMSecsSinceEpoch() : 0, limit < 0 ? INT_MAX : limit, leaseMsecs(),
                      &claimed, error, true))
        return {};
    return claimed;
}

QList<QUuid> PgReportOutbox::due(const QDateTime &now, int limit, QString *error)
{
    return claim(true, now, limit, error);
}

QList<QUuid> PgReportOutbox::awaitingConfirmation(int limit, QString *error)
{
    // The oldest are claimed first, so that none waits behind newer ones when more than
    // limit are waiting; they are returned newest first, as the interface promises.
    QList<QUuid> claimed = claim(false, QDateTime(), limit, error);
    std::reverse(claimed.begin(), claimed.end());
    return claimed;
}

QString PgReportOutbox::readFailure(const PgResult &result, PgConnection &connection) const
{
    return tr("Could not read the report outbox in %1: %2").arg(m_connections.displayName(),
                                                                 detailOf(result, connection));
}

std::optional<OutboxMessage> PgReportOutbox::message(const QUuid &id, QString *error) const
{
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return std::nullopt;
    const PgResult result = connection->exec(
        "SELECT " + kMessageColumns + " FROM asc_store.report_outbox o WHERE o.message_id = $1", {idText(id)});
    if (!result.ok()) {
        *error = readFailure(result, *connection);
        return std::nullopt;
    }
    if (result.rows() != 1) {
        *error = tr("No report with message id %1.").arg(id.toString(QUuid::WithoutBraces));
        return std::nullopt;
    }
    return readMessage(result, 0);
}

QList<OutboxMessage> PgReportOutbox::messages(const QList<OutboxMessage::State> &states, int limit,
                                              QString *error) const
{
    QList<OutboxMessage> result;
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return result;
    QStringList names;
    for (OutboxMessage::State state : states)
        names.append(OutboxMessage::stateName(state));
    const PgResult rows = connection->exec("SELECT " + kListColumns
                                               + " FROM asc_store.report_outbox o WHERE o.state = ANY ($1::text[])"
                                                 " ORDER BY o.created_ms DESC LIMIT $2",
                                           {textArray(names), limitOf(limit)});
    if (!rows.ok()) {
        *error = readFailure(rows, *connection);
        return result;
    }
    result.reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row)
        result.append(readMessage(rows, row));
    return result;
}

QList<qint64> PgReportOutbox::deviceIds(const QUuid &id, QString *error) const
{
    QList<qint64> result;
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return result;
    const PgResult rows = connection->exec(
        "SELECT device_id FROM asc_store.report_devices WHERE message_id = $1 ORDER BY device_id", {idText(id)});
    if (!rows.ok()) {
        *error = readFailure(rows, *connection);
        return result;
    }
    result.reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row)
        result.append(rows.integer(row, 0));
    return result;
}

OutboxCounts PgReportOutbox::counts(QString *error) const
{
    OutboxCounts counts;
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return counts;
    const PgResult rows = connection->exec("SELECT state, count(*) FROM asc_store.report_outbox GROUP BY state");
    if (!rows.ok()) {
        *error = readFailure(rows, *connection);
        return counts;
    }
    for (int row = 0; row < rows.rows(); ++row) {
        counts.set(rows.text(row, 0), int(rows.integer(row, 1)));
    }
    return counts;
}

bool PgReportOutbox::markSent(const QUuid &id, const QDateTime &now, QString *error)
{
    return mark(Mark::Sent, id, QDateTime(), QString(), now, error);
}

bool PgReportOutbox::markRetry(const QUuid &id, const QDateTime &nextAttempt, const QString &reason,
                               const QDateTime &now, QString *error)
{
    return mark(Mark::Retry, id, nextAttempt, reason, now, error);
}

bool PgReportOutbox::markCompleted(const QUuid &id, const QDateTime &now, QString *error)
{
    return mark(Mark::Completed, id, QDateTime(), QString(), now, error);
}

bool PgReportOutbox::markFailed(const QUuid &id, const QString &reason, const QDateTime &now, QString *error)
{
    return mark(Mark::Failed, id, QDateTime(), reason, now, error);
}

bool PgReportOutbox::mark(Mark kind, const QUuid &id, const QDateTime &nextAttempt, const QString &reason,
                          const QDateTime &now, QString *error)
{
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return false;
    const QString idString = id.toString(QUuid::WithoutBraces);
    const auto fail = [&](const QString &detail) {
        *error = tr("Could not record what happened to report %1 in %2: %3")
                     .arg(idString, m_connections.displayName(), detail);
        return false;
    };
    const auto failed = [&](const PgResult &result) {
        if (!refused(result))
            return fail(detailOf(result, *connection));
        *error = tr("%1 may not record what happened to report %2: the reporter login sends reports. Nothing was "
                    "changed. (%3)")
                     .arg(m_connections.displayName(), idString, detailOf(result, *connection));
        return false;
    };
    QString detail;
    PgTransaction transaction(*connection);
    if (!transaction.begin(&detail))
        return fail(detail);

    // The lease first: it locks the message until this transaction ends, so no other
    // sender claims or finishes it in between.
    PgOutboxLeases leases(*connection, m_owner);
    bool held = false;
    if (!leases.holdsLease(id, &held, &detail))
        return fail(detail);
    const bool finishing = kind == Mark::Completed || kind == Mark::Failed;
    if (!held) {
        const PgResult row = connection->exec(
            "SELECT state, lease_owner FROM asc_store.report_outbox WHERE message_id = $1", {idText(id)});
        if (!row.ok())
            return failed(row);
        if (row.rows() != 1) {
            *error = tr("No report with message id %1.").arg(idString);
            return false;
        }
        // Already finished (a confirmation seen twice): nothing more to change, and no
        // sender leases a finished message.
        const QString state = row.text(0, 0);
        if (finishing && (state == QLatin1String("completed") || state == QLatin1String("failed"))) {
            if (!transaction.commit(&detail))
                return fail(detail);
            return true;
        }
        const QString holder = row.text(0, 1);
        *error = holder.isEmpty() || holder == m_owner
            ? tr("Another process may have report %1 now: this process's lease on it ran out (or it never "
                 "claimed it), so it changed nothing. The report is sent again under the same message id.")
                  .arg(idString)
            : tr("Another process (%1) has report %2 now: this process's lease on it ran out, so it changed "
                 "nothing. That process sends it under the same message id.")
                  .arg(holder, idString);
        return false;
    }

    const QByteArray idBytes = idText(id);
    const QByteArray nowMsecs = number(now.toMSecsSinceEpoch());
    // Every mark ends the lease: the next claim (a retry that falls due, a confirmation to
    // poll) is open to any sender.
    PgResult update;
    switch (kind) {
    case Mark::Sent:
        update = connection->exec(
            "UPDATE asc_store.report_outbox SET state = 'sent', sent_ms = $2, attempts = attempts + 1,"
            " last_error = NULL, lease_owner = NULL, lease_until = NULL"
            " WHERE message_id = $1 AND state IN ('pending', 'sent')",
            {idBytes, nowMsecs});
        break;
    case Mark::Retry:
        update = connection->exec(
            "UPDATE asc_store.report_outbox SET state = 'pending', attempts = attempts + 1, next_attempt_ms = $2,"
            " last_error = $3, lease_owner = NULL, lease_until = NULL WHERE message_id = $1",
            {idBytes, number(nextAttempt.toMSecsSinceEpoch()), textOrNull(reason)});
        break;
    case Mark::Completed:
    case Mark::Failed:
        update = connection->exec(
            "UPDATE asc_store.report_outbox SET state = $2, confirmed_ms = $3, last_error = $4,"
            " lease_owner = NULL, lease_until = NULL WHERE message_id = $1 AND state IN ('pending', 'sent')",
            {idBytes, kind == Mark::Completed ? QByteArray("completed") : QByteArray("failed"), nowMsecs,
             kind == Mark::Completed ? QByteArray() : textOrNull(reason)});
        break;
    }
    if (!update.ok())
        return failed(update);
    if (finishing && update.affected() == 0) {
        // Already finished: nothing more to change.
        if (!transaction.commit(&detail))
            return fail(detail);
        return true;
    }

    if (!finishing) {
        const PgResult history = connection->exec(
            "INSERT INTO asc_store.report_history (message_id, device_id, at_ms, event, detail)"
            " VALUES ($1, NULL, $2, $3, $4)",
            {idBytes, nowMsecs, kind == Mark::Sent ? QByteArray("sent") : QByteArray("retry"),
             kind == Mark::Sent ? QByteArray() : textOrNull(reason)});
        if (!history.ok())
            return failed(history);
    } else {
        // A device whose newer report is still on its way stays In-progress; Report Time is
        // the time Azure confirmed a report, whichever it was.
        const QByteArray stillSending =
            "EXISTS (SELECT 1 FROM asc_store.report_devices rd JOIN asc_store.report_outbox o"
            " ON o.message_id = rd.message_id WHERE rd.device_id = d.id AND o.state IN ('pending', 'sent'))";
        const PgResult devices = kind == Mark::Completed
            ? connection->exec("UPDATE asc_store.devices d SET report_time_ms = $2, report_error = NULL,"
                               " compliance_status = CASE WHEN "
                                   + stillSending
                                   + " THEN d.compliance_status ELSE 'Successful' END"
                                     " WHERE d.id IN (SELECT device_id FROM asc_store.report_devices"
                                     " WHERE message_id = $1)",
                               {idBytes, nowMsecs})
            : connection->exec("UPDATE asc_store.devices d SET report_error = $2, compliance_status = CASE WHEN "
                                   + stillSending
                                   + " THEN d.compliance_status ELSE 'Failed' END"
                                     " WHERE d.id IN (SELECT device_id FROM asc_store.report_devices"
                                     " WHERE message_id = $1)",
                               {idBytes, textOrNull(reason)});
        if (!devices.ok())
            return failed(devices);
        const PgResult history = connection->exec(
            "INSERT INTO asc_store.report_history (message_id, device_id, at_ms, event, detail)"
            " SELECT message_id, device_id, $2, $3, $4 FROM asc_store.report_devices WHERE message_id = $1"
            " ORDER BY device_id",
            {idBytes, nowMsecs, kind == Mark::Completed ? QByteArray("completed") : QByteArray("failed"),
             kind == Mark::Completed ? QByteArray() : textOrNull(reason)});
        if (!history.ok())
            return failed(history);
    }
    if (!transaction.commit(&detail))
        return fail(detail.isEmpty() ? PgConnection::tr("the transaction was rolled back after an earlier error")
                                     : detail);
    return true;
}

QList<ReportEvent> PgReportOutbox::history(qint64 deviceId, int limit, QString *error) const
{
    QList<ReportEvent> result;
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return result;
    const PgResult rows = connection->exec(
        "SELECT message_id, device_id, at_ms, event, detail, trigger, outcome FROM asc_store.report_history"
        " WHERE device_id = $1 OR (device_id IS NULL AND message_id IN"
        " (SELECT message_id FROM asc_store.report_devices WHERE device_id = $1))"
        " ORDER BY at_ms DESC, id DESC LIMIT $2",
        {number(deviceId), limitOf(limit)});
    if (!rows.ok()) {
        *error = readFailure(rows, *connection);
        return result;
    }
    result.reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row) {
        ReportEvent event;
        event.messageId = QUuid::fromString(rows.text(row, 0));
        event.deviceId = rows.integer(row, 1);
        event.at = timeOf(rows, row, 2);
        event.event = rows.text(row, 3);
        event.detail = rows.text(row, 4);
        event.trigger = rows.text(row, 5);
        if (!rows.isNull(row, 6)) {
            const qint64 outcome = rows.integer(row, 6);
            if (outcome >= int(AzureOutcome::Compliant) && outcome <= int(AzureOutcome::RemovedFromAzure))
                event.outcome = AzureOutcome(outcome);
        }
        result.append(event);
    }
    return result;
}
