// The report outbox, the audit log and the store's settings, the same checks on both back
// ends: the SQLite file and a PostgreSQL store on a throwaway cluster of its own (no mocks:
// roles, row-level security and leases are the server's own). When no cluster can be
// started, the test fails: it never skips. The PostgreSQL store has several senders; the
// checks of both back ends are those of one sender that marks what it claimed, and the
// checks of several senders and of the database's roles follow, PostgreSQL only.
#include "app/storage/postgres/pgauditlog.h"
#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgconnections.h"
#include "app/storage/postgres/pgconnectionsettings.h"
#include "app/storage/postgres/pgdevicewriter.h"
#include "app/storage/postgres/pgreportoutbox.h"
#include "app/storage/postgres/pgstoresettings.h"
#include "app/storage/postgres/pgtransaction.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "models/device.h"
#include "tests/pg/pgtestcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr char kDatabase[] = "outbox";
const QDateTime kNow(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
const QUuid kTenant(QStringLiteral("{11111111-2222-3333-4444-555555555555}"));

DeviceRecord device(qint64 id)
{
    DeviceRecord d;
    d.id = id;
    d.name = QStringLiteral("Device %1").arg(id);
    d.user = QStringLiteral("user%1@contoso.com").arg(id);
    d.platform = Platform::iOS;
    d.clientStatus = AzureClientStatus(AzureClientStatus::Code::Success);
    d.azureDeviceId = AzureDeviceId::fromUuid(QUuid::createUuid());
    return d;
}

OutboxDevice part(qint64 id, AzureOutcome outcome = AzureOutcome::NonCompliant)
{
    OutboxDevice p;
    p.deviceId = id;
    p.outcome = outcome;
    p.fingerprint = QStringLiteral("fp%1").arg(id);
    p.entities.append(
        QJsonObject{{QStringLiteral("EntityType"), 4}, {QStringLiteral("DeviceId"), QString::number(id)}});
    return p;
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("-");
}

// Whole records as one line each, so that a mismatch shows every field.
QString describe(const OutboxMessage &m)
{
    return QStringLiteral("id=%1 created=%2 trigger=%3 body=%4 state=%5 attempts=%6 next=%7 error=%8 sent=%9 "
                          "confirmed=%10 devices=%11")
        .arg(m.id.toString(QUuid::WithoutBraces), timeText(m.created), m.trigger,
             m.body.isEmpty() ? QStringLiteral("none") : QStringLiteral("some"), OutboxMessage::stateName(m.state))
        .arg(m.attempts)
        .arg(timeText(m.nextAttempt), m.lastError, timeText(m.sent), timeText(m.confirmed))
        .arg(m.deviceCount);
}

QStringList describe(const QList<OutboxMessage> &messages)
{
    QStringList lines;
    for (const OutboxMessage &m : messages)
        lines.append(describe(m));
    return lines;
}

QString describe(const ReportEvent &e)
{
    return QStringLiteral("message=%1 device=%2 at=%3 event=%4 detail=%5 trigger=%6 outcome=%7")
        .arg(e.messageId.toString(QUuid::WithoutBraces))
        .arg(e.deviceId)
        .arg(timeText(e.at), e.event, e.detail, e.trigger,
             e.outcome ? QString::number(int(*e.outcome)) : QStringLiteral("-"));
}

QStringList describe(const QList<ReportEvent> &events)
{
    QStringList lines;
    for (const ReportEvent &e : events)
        lines.append(describe(e));
    return lines;
}

OutboxMessage expectedMessage(const QUuid &id, const QString &trigger, OutboxMessage::State state, int attempts,
                              const QDateTime &created, int deviceCount)
{
    OutboxMessage m;
    m.id = id;
    m.created = created;
    m.nextAttempt = created;
    m.trigger = trigger;
    m.state = state;
    m.attempts = attempts;
    m.deviceCount = deviceCount;
    return m;
}

ReportEvent historyEvent(const QUuid &id, qint64 deviceId, const QDateTime &at, const QString &name,
                  const QString &detail = {})
{
    ReportEvent e;
    e.messageId = id;
    e.deviceId = deviceId;
    e.at = at;
    e.event = name;
    e.detail = detail;
    return e;
}

ReportEvent queued(const QUuid &id, qint64 deviceId, const QDateTime &at, const QString &trigger,
                   AzureOutcome outcome = AzureOutcome::NonCompliant)
{
    ReportEvent e = historyEvent(id, deviceId, at, QStringLiteral("queued"));
    e.trigger = trigger;
    e.outcome = outcome;
    return e;
}
} // namespace

class TestOutboxBackends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void enqueueBatchesAndRecordsHistory_data() { backends(); }
    void enqueueBatchesAndRecordsHistory();
    void nothingIsWrittenWhenEnqueueFails_data() { backends(); }
    void nothingIsWrittenWhenEnqueueFails();
    void enqueueJoinsTheCallersTransaction_data() { backends(); }
    void enqueueJoinsTheCallersTransaction();
    void dueAndAwaitingOrderAndLimits_data() { backends(); }
    void dueAndAwaitingOrderAndLimits();
    void sentThenCompleted_data() { backends(); }
    void sentThenCompleted();
    void retryThenFailed_data() { backends(); }
    void retryThenFailed();
    void newerReportWins_data() { backends(); }
    void newerReportWins();
    void confirmationTwiceChangesNothing_data() { backends(); }
    void confirmationTwiceChangesNothing();
    void auditLogNewestFirstAndSearched_data() { backends(); }
    void auditLogNewestFirstAndSearched();
    void settingsAreUpserted_data() { backends(); }
    void settingsAreUpserted();

    // PostgreSQL only: several senders and the database's roles.
    void twoSendersClaimDisjointMessages();
    void expiredLeaseIsTakenOverUnderTheSameMessageId();
    void leaseLengthIsSettable();
    void helpdeskMayNotQueueOrChangeSettings();
    void auditRowsNameTheLogin();

private:
    static void backends();
    bool postgres() const { return m_backend == QLatin1String("postgresql"); }
    // The device's reporting columns, read with SQL beside the store.
    QString deviceReport(qint64 id);
    QString expectedDeviceReport(const QString &status, const QDateTime &reportTime, const QString &error,
                                 std::optional<AzureOutcome> outcome, const QString &fingerprint) const;
    QString expectedActor(const QString &mdmUser, const QString &login) const;
    void insertDevices(PgConnection &connection, qint64 count);
    std::unique_ptr<PgConnections> pgConnections(const QString &kind);
    // The history as it stands, of every device, to show that a refused mark added nothing.
    QStringList allHistory();

    PgTestCluster m_cluster;
    QString m_ownerUri;
    std::unique_ptr<PgConnection> m_owner;

    QString m_backend;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_sqlite;
    std::unique_ptr<PgConnections> m_connections;
    std::unique_ptr<PgReportOutbox> m_pgOutbox;
    std::unique_ptr<PgAuditLog> m_pgAudit;
    std::unique_ptr<PgStoreSettings> m_pgSettings;
    ReportOutbox *m_outbox = nullptr;
    AuditLog *m_audit = nullptr;
    StoreSettings *m_settings = nullptr;
};

void TestOutboxBackends::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestOutboxBackends::initTestCase()
{
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    QVERIFY2(m_cluster.createStore(QLatin1String(kDatabase), &m_ownerUri, &error), qPrintable(error));
    m_owner = m_cluster.connect(QLatin1String(kDatabase) + QLatin1String("_owner"), QLatin1String(kDatabase));
    QVERIFY(m_owner);
}

std::unique_ptr<PgConnections> TestOutboxBackends::pgConnections(const QString &kind)
{
    QString error;
    const QString uri = m_cluster.loginUri(QLatin1String(kDatabase), kind);
    const auto settings = PgConnectionSettings::parse(uri, &error);
    if (!settings) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto connections = std::make_unique<PgConnections>(*settings, uri);
    connections->setUsable(true);
    return connections;
}

void TestOutboxBackends::insertDevices(PgConnection &connection, qint64 count)
{
    QList<DeviceRecord> devices;
    for (qint64 id = 1; id <= count; ++id)
        devices.append(device(id));
    QString error;
    PgTransaction transaction(connection);
    QVERIFY2(transaction.begin(&error), qPrintable(error));
    PgDeviceWriter writer(connection);
    QVERIFY2(writer.write(devices, PgDeviceWriter::Fields::Everything, kNow.toMSecsSinceEpoch(), &error),
             qPrintable(error));
    QVERIFY2(transaction.commit(&error), qPrintable(error));
}

void TestOutboxBackends::init()
{
    m_backend = QTest::currentDataTag() == QByteArray("sqlite") ? QStringLiteral("sqlite")
                                                                 : QStringLiteral("postgresql");
    QString error;
    if (!postgres()) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sqlite = std::make_unique<SqliteStore>(m_dir->filePath(QStringLiteral("store.sqlite")));
        QVERIFY2(m_sqlite->open(&error), qPrintable(error));
        QList<DeviceRecord> devices;
        for (qint64 id = 1; id <= 10; ++id)
            devices.append(device(id));
        QVERIFY2(m_sqlite->devices().upsertDevices(devices, &error), qPrintable(error));
        m_outbox = &m_sqlite->outbox();
        m_audit = &m_sqlite->auditLog();
        m_settings = &m_sqlite->settings();
        return;
    }
    // A fresh store for each test, as the owner; the audit log is insert-only, so each test
    // searches it for what it wrote itself.
    QVERIFY2(m_owner->run("TRUNCATE asc_store.report_history, asc_store.report_devices, asc_store.report_outbox,"
                          " asc_store.violations, asc_store.devices, asc_store.settings",
                          &error),
             qPrintable(error));
    insertDevices(*m_owner, 10);
    m_connections = pgConnections(QStringLiteral("reporter"));
    QVERIFY(m_connections);
    m_pgOutbox = std::make_unique<PgReportOutbox>(*m_connections);
    m_pgAudit = std::make_unique<PgAuditLog>(*m_connections);
    m_pgSettings = std::make_unique<PgStoreSettings>(*m_connections);
    m_outbox = m_pgOutbox.get();
    m_audit = m_pgAudit.get();
    m_settings = m_pgSettings.get();
}

void TestOutboxBackends::cleanup()
{
    m_outbox = nullptr;
    m_audit = nullptr;
    m_settings = nullptr;
    m_pgOutbox.reset();
    m_pgAudit.reset();
    m_pgSettings.reset();
    m_connections.reset();
    m_sqlite.reset();
    m_dir.reset();
}

void TestOutboxBackends::cleanupTestCase()
{
    m_owner.reset();
    m_cluster.stop();
}

QString TestOutboxBackends::deviceReport(qint64 id)
{
    QStringList fields;
    const auto field = [](const QVariant &value) {
        return value.isNull() ? QStringLiteral("-") : value.toString();
    };
    if (postgres()) {
        const PgResult row = m_owner->exec("SELECT compliance_status, report_time_ms, report_error, reported_outcome,"
                                           " reported_fingerprint FROM asc_store.devices WHERE id = $1",
                                           {QByteArray::number(id)});
        if (!row.ok() || row.rows() != 1)
            return QStringLiteral("no device %1: %2").arg(id).arg(row.errorText());
        for (int column = 0; column < 5; ++column)
            fields.append(row.isNull(0, column) ? QStringLiteral("-") : row.text(0, column));
        return fields.join(QLatin1Char('|'));
    }
    const QString name = QStringLiteral("tst_outboxbackends_reader");
    {
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_sqlite->path());
        if (!db.isOpen() && !db.open())
            return QStringLiteral("cannot open %1").arg(m_sqlite->path());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT compliance_status, report_time_ms, report_error, reported_outcome,"
                                     " reported_fingerprint FROM devices WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return QStringLiteral("no device %1").arg(id);
        for (int column = 0; column < 5; ++column)
            fields.append(field(query.value(column)));
    }
    QSqlDatabase::removeDatabase(name);
    return fields.join(QLatin1Char('|'));
}

QString TestOutboxBackends::expectedDeviceReport(const QString &status, const QDateTime &reportTime,
                                                 const QString &error, std::optional<AzureOutcome> outcome,
                                                 const QString &fingerprint) const
{
    return QStringList{status.isEmpty() ? QStringLiteral("-") : status,
                       reportTime.isValid() ? QString::number(reportTime.toMSecsSinceEpoch()) : QStringLiteral("-"),
                       error.isNull() ? QStringLiteral("-") : error,
                       outcome ? QString::number(int(*outcome)) : QStringLiteral("-"),
                       fingerprint.isNull() ? QStringLiteral("-") : fingerprint}
        .join(QLatin1Char('|'));
}

QString TestOutboxBackends::expectedActor(const QString &mdmUser, const QString &login) const
{
    return postgres() ? PgAuditLog::actorText(mdmUser, login) : mdmUser;
}

QStringList TestOutboxBackends::allHistory()
{
    QStringList all;
    QString error;
    for (qint64 id = 1; id <= 10; ++id)
        all += describe(m_outbox->history(id, 100, &error));
    return all;
}

void TestOutboxBackends::enqueueBatchesAndRecordsHistory()
{
    QList<OutboxDevice> parts;
    for (qint64 id = 1; id <= 10; ++id)
        parts.append(part(id, id % 2 ? AzureOutcome::NonCompliant : AzureOutcome::Compliant));
    QList<QUuid> ids;
    QString error;
    QVERIFY2(m_outbox->enqueue(QStringLiteral("weekly"), parts, kTenant, 4, kNow, &ids, &error), qPrintable(error));
    QCOMPARE(ids.size(), 3); // 4 + 4 + 2
    QCOMPARE(QSet<QUuid>(ids.cbegin(), ids.cend()).size(), 3);
    QCOMPARE(m_outbox->deviceIds(ids[0], &error), (QList<qint64>{1, 2, 3, 4}));
    QCOMPARE(m_outbox->deviceIds(ids[2], &error), (QList<qint64>{9, 10}));

    const QList<OutboxMessage> listed = m_outbox->messages({OutboxMessage::State::Pending}, 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<OutboxMessage> expected;
    for (int i = 0; i < 3; ++i)
        expected.append(expectedMessage(ids[i], QStringLiteral("weekly"), OutboxMessage::State::Pending, 0, kNow,
                                        i < 2 ? 4 : 2));
    // One creation time for all three: compare as sets of records.
    QStringList listedLines = describe(listed);
    QStringList expectedLines = describe(expected);
    listedLines.sort();
    expectedLines.sort();
    QCOMPARE(listedLines, expectedLines);

    const std::optional<OutboxMessage> first = m_outbox->message(ids[0], &error);
    QVERIFY2(first, qPrintable(error));
    OutboxMessage withoutBody = *first;
    withoutBody.body.clear();
    QCOMPARE(describe(withoutBody), describe(expected[0]));
    const QJsonObject body = QJsonDocument::fromJson(first->body).object();
    QCOMPARE(body.value(QStringLiteral("TenantId")).toString(), kTenant.toString(QUuid::WithoutBraces));
    QVERIFY(body.value(QStringLiteral("UploadTime")).toString().startsWith(QStringLiteral("2026-11-23T10:00:00")));
    const QJsonArray content =
        QJsonDocument::fromJson(body.value(QStringLiteral("Content")).toString().toUtf8()).array();
    QCOMPARE(content.size(), 4);
    QCOMPARE(content.at(3).toObject().value(QStringLiteral("DeviceId")).toString(), QStringLiteral("4"));

    for (qint64 id = 1; id <= 10; ++id) {
        QCOMPARE(deviceReport(id),
                 expectedDeviceReport(QStringLiteral("InProgress"), {}, {}, parts[id - 1].outcome,
                                      QStringLiteral("fp%1").arg(id)));
    }
    QCOMPARE(describe(m_outbox->history(6, 10, &error)),
             describe(QList<ReportEvent>{queued(ids[1], 6, kNow, QStringLiteral("weekly"), AzureOutcome::Compliant)}));
    const OutboxCounts counts = m_outbox->counts(&error);
    QCOMPARE(counts.pending, 3);
    QCOMPARE(counts.sent + counts.completed + counts.failed, 0);
    QCOMPARE(m_outbox->messages({OutboxMessage::State::Sent}, 10, &error).size(), 0);
    QCOMPARE(m_outbox->messages({OutboxMessage::State::Pending}, 2, &error).size(), 2);
}

void TestOutboxBackends::nothingIsWrittenWhenEnqueueFails()
{
    QString error;
    QVERIFY(!m_outbox->enqueue(QStringLiteral("manual"), {part(1)}, kTenant, 0, kNow, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("batch size")), qPrintable(error));
    // The second batch fails (device 3 twice in one message): the first is not kept either.
    error.clear();
    QList<QUuid> ids{QUuid::createUuid()};
    const QList<QUuid> before = ids;
    QVERIFY(!m_outbox->enqueue(QStringLiteral("manual"), {part(1), part(2), part(3), part(3)}, kTenant, 2, kNow,
                               &ids, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(ids, before);
    const OutboxCounts counts = m_outbox->counts(&error);
    QCOMPARE(counts.pending, 0);
    for (qint64 id = 1; id <= 3; ++id) {
        QCOMPARE(deviceReport(id), expectedDeviceReport({}, {}, {}, {}, {}));
        QCOMPARE(m_outbox->history(id, 10, &error).size(), 0);
    }
}

void TestOutboxBackends::enqueueJoinsTheCallersTransaction()
{
    QString error;
    QList<QUuid> ids;
    const auto work = [&](QString *workError) {
        if (!m_outbox->enqueue(QStringLiteral("manual"), {part(1), part(2)}, kTenant, 10, kNow, &ids, workError))
            return false;
        *workError = QStringLiteral("the caller gives up");
        return false;
    };
    if (postgres()) {
        PgConnection *connection = nullptr;
        QVERIFY2(m_connections->connection(&connection, &error), qPrintable(error));
        PgTransaction outer(*connection);
        QVERIFY2(outer.begin(&error), qPrintable(error));
        QVERIFY(!work(&error));
    } else {
        QVERIFY(!m_sqlite->commitTogether(work, &error));
    }
    QCOMPARE(error, QStringLiteral("the caller gives up"));
    QCOMPARE(ids.size(), 1);
    QVERIFY(!m_outbox->message(ids[0], &error));
    QCOMPARE(m_outbox->counts(&error).pending, 0);
    QCOMPARE(deviceReport(1), expectedDeviceReport({}, {}, {}, {}, {}));
    QCOMPARE(m_outbox->history(1, 10, &error).size(), 0);
}

void TestOutboxBackends::dueAndAwaitingOrderAndLimits()
{
    QString error;
    QList<QUuid> a, b, c, d;
    QVERIFY(m_outbox->enqueue(QStringLiteral("manual"), {part(1)}, kTenant, 10, kNow, &a, &error));
    QVERIFY(m_outbox->enqueue(QStringLiteral("manual"), {part(2)}, kTenant, 10, kNow.addSecs(1), &b, &error));
    QVERIFY(m_outbox->enqueue(QStringLiteral("manual"), {part(3)}, kTenant, 10, kNow.addSecs(2), &c, &error));
    QVERIFY(m_outbox->enqueue(QStringLiteral("manual"), {part(4)}, kTenant, 10, kNow.addSecs(3), &d, &error));
    // Due: pending and next attempt reached, oldest first. Each sender marks what it was given.
    QCOMPARE(m_outbox->due(kNow.addSecs(1), 10, &error), (QList<QUuid>{a[0], b[0]}));
    // Asked again before it marked them, the sender is given the same.
    QCOMPARE(m_outbox->due(kNow.addSecs(1), 10, &error), (QList<QUuid>{a[0], b[0]}));
    QCOMPARE(m_outbox->due(kNow.addSecs(3), 3, &error), (QList<QUuid>{a[0], b[0], c[0]}));
    QVERIFY(m_outbox->markRetry(a[0], kNow.addSecs(5), QStringLiteral("503"), kNow.addSecs(1), &error));
    QVERIFY(m_outbox->markSent(b[0], kNow.addSecs(1), &error));
    QCOMPARE(m_outbox->due(kNow.addSecs(3), 1, &error), (QList<QUuid>{c[0]}));
    QVERIFY(m_outbox->markSent(c[0], kNow.addSecs(3), &error));
    QCOMPARE(m_outbox->due(kNow.addSecs(3), 10, &error), (QList<QUuid>{d[0]}));
    QVERIFY(m_outbox->markSent(d[0], kNow.addSecs(3), &error));
    QCOMPARE(m_outbox->due(kNow.addSecs(4), 10, &error), QList<QUuid>());
    // Awaiting confirmation: the sent ones, newest first.
    QCOMPARE(m_outbox->awaitingConfirmation(10, &error), (QList<QUuid>{d[0], c[0], b[0]}));
    QCOMPARE(m_outbox->due(kNow.addSecs(5), 10, &error), (QList<QUuid>{a[0]}));
    QCOMPARE(m_outbox->due(kNow.addSecs(5), 0, &error), QList<QUuid>());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const OutboxCounts counts = m_outbox->counts(&error);
    QCOMPARE(counts.pending, 1);
    QCOMPARE(counts.sent, 3);
}

void TestOutboxBackends::sentThenCompleted()
{
    QList<QUuid> ids;
    QString error;
    QVERIFY(m_outbox->enqueue(QStringLiteral("compliance"), {part(1), part(2)}, kTenant, 10, kNow, &ids, &error));
    QCOMPARE(m_outbox->due(kNow, 10, &error), ids);
    QVERIFY2(m_outbox->markSent(ids[0], kNow.addSecs(1), &error), qPrintable(error));
    OutboxMessage expected =
        expectedMessage(ids[0], QStringLiteral("compliance"), OutboxMessage::State::Sent, 1, kNow, 2);
    expected.sent = kNow.addSecs(1);
    QCOMPARE(describe(m_outbox->messages({OutboxMessage::State::Sent}, 10, &error)),
             describe(QList<OutboxMessage>{expected}));
    QCOMPARE(deviceReport(2), expectedDeviceReport(QStringLiteral("InProgress"), {}, {},
                                                   AzureOutcome::NonCompliant, QStringLiteral("fp2")));
    QVERIFY(m_outbox->due(kNow.addSecs(5), 10, &error).isEmpty());

    QCOMPARE(m_outbox->awaitingConfirmation(10, &error), ids);
    QVERIFY2(m_outbox->markCompleted(ids[0], kNow.addSecs(2), &error), qPrintable(error));
    expected.state = OutboxMessage::State::Completed;
    expected.confirmed = kNow.addSecs(2);
    QCOMPARE(describe(m_outbox->messages({OutboxMessage::State::Completed}, 10, &error)),
             describe(QList<OutboxMessage>{expected}));
    for (qint64 id : {1, 2}) {
        QCOMPARE(deviceReport(id), expectedDeviceReport(QStringLiteral("Successful"), kNow.addSecs(2), {},
                                                        AzureOutcome::NonCompliant, QStringLiteral("fp%1").arg(id)));
    }
    QCOMPARE(deviceReport(3), expectedDeviceReport({}, {}, {}, {}, {}));
    QCOMPARE(describe(m_outbox->history(2, 10, &error)),
             describe(QList<ReportEvent>{historyEvent(ids[0], 2, kNow.addSecs(2), QStringLiteral("completed")),
                                         historyEvent(ids[0], 0, kNow.addSecs(1), QStringLiteral("sent")),
                                         queued(ids[0], 2, kNow, QStringLiteral("compliance"))}));
    QCOMPARE(m_outbox->history(2, 1, &error).size(), 1);
    const OutboxCounts counts = m_outbox->counts(&error);
    QCOMPARE(counts.completed, 1);
    QCOMPARE(counts.pending + counts.sent + counts.failed, 0);
    QVERIFY(m_outbox->awaitingConfirmation(10, &error).isEmpty());
}

void TestOutboxBackends::retryThenFailed()
{
    QList<QUuid> ids;
    QString error;
    QVERIFY(m_outbox->enqueue(QStringLiteral("manual"), {part(6)}, kTenant, 10, kNow, &ids, &error));
    QCOMPARE(m_outbox->due(kNow, 10, &error), ids);
    QVERIFY(m_outbox->markRetry(ids[0], kNow.addSecs(60), QStringLiteral("503"), kNow, &error));
    OutboxMessage expected = expectedMessage(ids[0], QStringLiteral("manual"), OutboxMessage::State::Pending, 1, kNow, 1);
    expected.nextAttempt = kNow.addSecs(60);
    expected.lastError = QStringLiteral("503");
    std::optional<OutboxMessage> message = m_outbox->message(ids[0], &error);
    QVERIFY2(message, qPrintable(error));
    message->body.clear();
    QCOMPARE(describe(*message), describe(expected));
    QVERIFY(m_outbox->due(kNow.addSecs(59), 10, &error).isEmpty());
    QCOMPARE(m_outbox->due(kNow.addSecs(60), 10, &error), ids);

    QVERIFY(m_outbox->markFailed(ids[0], QStringLiteral("DeviceId not found"), kNow.addSecs(61), &error));
    expected.state = OutboxMessage::State::Failed;
    expected.confirmed = kNow.addSecs(61);
    expected.lastError = QStringLiteral("DeviceId not found");
    QCOMPARE(describe(m_outbox->messages({OutboxMessage::State::Failed}, 10, &error)),
             describe(QList<OutboxMessage>{expected}));
    QCOMPARE(deviceReport(6), expectedDeviceReport(QStringLiteral("Failed"), {}, QStringLiteral("DeviceId not found"),
                                                   AzureOutcome::NonCompliant, QStringLiteral("fp6")));
    QCOMPARE(describe(m_outbox->history(6, 10, &error)),
             describe(QList<ReportEvent>{
                 historyEvent(ids[0], 6, kNow.addSecs(61), QStringLiteral("failed"), QStringLiteral("DeviceId not found")),
                 historyEvent(ids[0], 0, kNow, QStringLiteral("retry"), QStringLiteral("503")),
                 queued(ids[0], 6, kNow, QStringLiteral("manual"))}));
    QCOMPARE(m_outbox->counts(&error).failed, 1);
    QVERIFY(m_outbox->due(kNow.addSecs(600), 10, &error).isEmpty());
}

void TestOutboxBackends::newerReportWins()
{
    QList<QUuid> first;
    QList<QUuid> second;
    QString error;
    QVERIFY(m_outbox->enqueue(QStringLiteral("inventory"), {part(5), part(7)}, kTenant, 10, kNow, &first, &error));
    QVERIFY(m_outbox->enqueue(QStringLiteral("compliance"), {part(5, AzureOutcome::Compliant)}, kTenant, 10,
                              kNow.addSecs(1), &second, &error));
    QCOMPARE(m_outbox->due(kNow.addSecs(1), 10, &error), (QList<QUuid>{first[0], second[0]}));
    QVERIFY(m_outbox->markSent(first[0], kNow.addSecs(2), &error));
    QCOMPARE(m_outbox->awaitingConfirmation(10, &error), first);
    QVERIFY2(m_outbox->markCompleted(first[0], kNow.addSecs(3), &error), qPrintable(error));
    // Device 5's newer report is still on its way: it stays In-progress, with the time of
    // the report Azure confirmed; device 7 had none.
    QCOMPARE(deviceReport(5), expectedDeviceReport(QStringLiteral("InProgress"), kNow.addSecs(3), {},
                                                   AzureOutcome::Compliant, QStringLiteral("fp5")));
    QCOMPARE(deviceReport(7), expectedDeviceReport(QStringLiteral("Successful"), kNow.addSecs(3), {},
                                                   AzureOutcome::NonCompliant, QStringLiteral("fp7")));
    QVERIFY(m_outbox->markFailed(second[0], QStringLiteral("rejected"), kNow.addSecs(4), &error));
    QCOMPARE(deviceReport(5), expectedDeviceReport(QStringLiteral("Failed"), kNow.addSecs(3), QStringLiteral("rejected"),
                                                   AzureOutcome::Compliant, QStringLiteral("fp5")));
}

void TestOutboxBackends::confirmationTwiceChangesNothing()
{
    QList<QUuid> ids;
    QString error;
    QVERIFY(m_outbox->enqueue(QStringLiteral("manual"), {part(7)}, kTenant, 10, kNow, &ids, &error));
    QCOMPARE(m_outbox->due(kNow, 10, &error), ids);
    QVERIFY(m_outbox->markSent(ids[0], kNow, &error));
    QCOMPARE(m_outbox->awaitingConfirmation(10, &error), ids);
    QVERIFY(m_outbox->markCompleted(ids[0], kNow.addSecs(1), &error));
    const QStringList history = allHistory();
    QVERIFY2(m_outbox->markFailed(ids[0], QStringLiteral("late failure"), kNow.addSecs(2), &error),
             qPrintable(error));
    QVERIFY2(m_outbox->markCompleted(ids[0], kNow.addSecs(3), &error), qPrintable(error));
    OutboxMessage expected = expectedMessage(ids[0], QStringLiteral("manual"), OutboxMessage::State::Completed, 1,
                                             kNow, 1);
    expected.sent = kNow;
    expected.confirmed = kNow.addSecs(1);
    QCOMPARE(describe(m_outbox->messages({OutboxMessage::State::Completed, OutboxMessage::State::Failed}, 10, &error)),
             describe(QList<OutboxMessage>{expected}));
    QCOMPARE(deviceReport(7), expectedDeviceReport(QStringLiteral("Successful"), kNow.addSecs(1), {},
                                                   AzureOutcome::NonCompliant, QStringLiteral("fp7")));
    QCOMPARE(allHistory(), history);
}

void TestOutboxBackends::auditLogNewestFirstAndSearched()
{
    // Unique to this run: the PostgreSQL audit log keeps what earlier tests wrote.
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    QVERIFY2(m_audit->appendAudit(QStringLiteral("alice@contoso.com"), QStringLiteral("policy-change"),
                                  QStringLiteral("Jailbreak check (#1) ") + token, QStringLiteral("off -> on"), &error),
             qPrintable(error));
    QVERIFY2(m_audit->appendAudit(QStringLiteral("bob@contoso.com"), QStringLiteral("report-now"), token + QStringLiteral(" 3,4"),
                                  QString(), &error),
             qPrintable(error));
    const QString login = QLatin1String(kDatabase) + QLatin1String("_reporter");
    const QList<AuditEntry> entries = m_audit->auditEntries(token, 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(entries.size(), 2);
    // Newest first: ids grow; the time is now.
    QVERIFY(entries[0].id > entries[1].id);
    QVERIFY(qAbs(entries[0].at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    QCOMPARE(entries[0].at.timeSpec(), Qt::UTC);
    const auto line = [](const AuditEntry &e) {
        return QStringList{e.actor, e.action, e.target, e.detail}.join(QLatin1Char('|'));
    };
    QCOMPARE(line(entries[0]), QStringList({expectedActor(QStringLiteral("bob@contoso.com"), login),
                                            QStringLiteral("report-now"), token + QStringLiteral(" 3,4"), QString()})
                                   .join(QLatin1Char('|')));
    QCOMPARE(line(entries[1]),
             QStringList({expectedActor(QStringLiteral("alice@contoso.com"), login), QStringLiteral("policy-change"),
                          QStringLiteral("Jailbreak check (#1) ") + token, QStringLiteral("off -> on")})
                 .join(QLatin1Char('|')));
    // Case-insensitive, taken literally, limited.
    const QList<AuditEntry> alice = m_audit->auditEntries(QStringLiteral("ALICE@CONTOSO"), 100, &error);
    QVERIFY(std::any_of(alice.cbegin(), alice.cend(), [&](const AuditEntry &e) { return e.id == entries[1].id; }));
    QVERIFY(std::none_of(alice.cbegin(), alice.cend(), [&](const AuditEntry &e) { return e.id == entries[0].id; }));
    QCOMPARE(m_audit->auditEntries(token + QStringLiteral("%"), 10, &error).size(), 0);
    QCOMPARE(m_audit->auditEntries(token.left(8) + QStringLiteral("_"), 10, &error).size(), 0);
    QCOMPARE(m_audit->auditEntries(token, 1, &error).size(), 1);
    QCOMPARE(m_audit->auditEntries(token, 1, &error).first().id, entries[0].id);
    QVERIFY(m_audit->auditEntries(QString(), 1000, &error).size() >= 2);
}

void TestOutboxBackends::settingsAreUpserted()
{
    QString error;
    QCOMPARE(m_settings->setting(QStringLiteral("reporting.enabled"), QStringLiteral("default")),
             QStringLiteral("default"));
    QVERIFY2(m_settings->setSetting(QStringLiteral("reporting.enabled"), QStringLiteral("true"), &error),
             qPrintable(error));
    QCOMPARE(m_settings->setting(QStringLiteral("reporting.enabled")), QStringLiteral("true"));
    QVERIFY2(m_settings->setSetting(QStringLiteral("reporting.enabled"), QStringLiteral("false"), &error),
             qPrintable(error));
    QVERIFY2(m_settings->setSetting(QStringLiteral("reporting.enabled"), QStringLiteral("false"), &error),
             qPrintable(error));
    QCOMPARE(m_settings->setting(QStringLiteral("reporting.enabled"), QStringLiteral("default")),
             QStringLiteral("false"));
    QVERIFY(m_settings->setSetting(QStringLiteral("heartbeat"), QString(), &error));
    QCOMPARE(m_settings->setting(QStringLiteral("heartbeat"), QStringLiteral("default")), QString());
    QVERIFY(m_settings->setSetting(QStringLiteral("quote"), QStringLiteral("it's \"so\" \\ é"), &error));
    QCOMPARE(m_settings->setting(QStringLiteral("quote")), QStringLiteral("it's \"so\" \\ é"));
    QCOMPARE(m_settings->setting(QStringLiteral("other"), QStringLiteral("x")), QStringLiteral("x"));
}

void TestOutboxBackends::twoSendersClaimDisjointMessages()
{
    QList<OutboxDevice> parts;
    for (qint64 id = 1; id <= 6; ++id)
        parts.append(part(id));
    QList<QUuid> ids;
    QString error;
    QVERIFY2(m_outbox->enqueue(QStringLiteral("weekly"), parts, kTenant, 1, kNow, &ids, &error), qPrintable(error));
    // Two processes: a connection and an owner each.
    auto otherConnections = pgConnections(QStringLiteral("reporter"));
    QVERIFY(otherConnections);
    PgReportOutbox first(*m_connections, QStringLiteral("host-a:1:1"));
    PgReportOutbox second(*otherConnections, QStringLiteral("host-b:2:2"));
    const QList<QUuid> a = first.due(kNow, 4, &error);
    const QList<QUuid> b = second.due(kNow, 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(a.size(), 4);
    QCOMPARE(b.size(), 2);
    QSet<QUuid> all(a.cbegin(), a.cend());
    for (const QUuid &id : b)
        QVERIFY2(!all.contains(id), "a message was given to both senders");
    all.unite(QSet<QUuid>(b.cbegin(), b.cend()));
    QCOMPARE(all, QSet<QUuid>(ids.cbegin(), ids.cend()));
    // Each is given again what it holds, and nothing of the other's.
    QCOMPARE(first.due(kNow, 10, &error), a);
    QCOMPARE(second.due(kNow, 10, &error), b);

    // One sender may not mark the other's message: refused, nothing changed.
    const std::optional<OutboxMessage> before = first.message(b[0], &error);
    QVERIFY(before);
    const QStringList history = allHistory();
    QVERIFY(!first.markSent(b[0], kNow.addSecs(1), &error));
    QVERIFY2(error.contains(QLatin1String("Another process (host-b:2:2) has report ")), qPrintable(error));
    QVERIFY(!first.markFailed(b[0], QStringLiteral("no"), kNow.addSecs(1), &error));
    QVERIFY(!first.markRetry(b[0], kNow.addSecs(9), QStringLiteral("no"), kNow.addSecs(1), &error));
    QCOMPARE(describe(*first.message(b[0], &error)), describe(*before));
    QCOMPARE(allHistory(), history);
    QCOMPARE(deviceReport(b[0] == ids[0] ? 1 : 2), expectedDeviceReport(QStringLiteral("InProgress"), {}, {},
                                                                        AzureOutcome::NonCompliant,
                                                                        b[0] == ids[0] ? QStringLiteral("fp1") : QStringLiteral("fp2")));
    QVERIFY2(second.markSent(b[0], kNow.addSecs(1), &error), qPrintable(error));
    // The sent message is open to either sender's confirmation, once.
    QCOMPARE(first.awaitingConfirmation(10, &error), QList<QUuid>{b[0]});
    QVERIFY(second.awaitingConfirmation(10, &error).isEmpty());
    QVERIFY(!second.markCompleted(b[0], kNow.addSecs(2), &error));
    QVERIFY2(error.contains(QLatin1String("host-a:1:1")), qPrintable(error));
    QVERIFY2(first.markCompleted(b[0], kNow.addSecs(2), &error), qPrintable(error));
}

void TestOutboxBackends::expiredLeaseIsTakenOverUnderTheSameMessageId()
{
    QList<QUuid> ids;
    QString error;
    QVERIFY(m_outbox->enqueue(QStringLiteral("manual"), {part(3)}, kTenant, 10, kNow, &ids, &error));
    auto otherConnections = pgConnections(QStringLiteral("reporter"));
    QVERIFY(otherConnections);
    PgReportOutbox crashed(*m_connections, QStringLiteral("host-a:1:1"));
    PgReportOutbox rescuer(*otherConnections, QStringLiteral("host-b:2:2"));
    QCOMPARE(crashed.due(kNow, 10, &error), ids);
    const std::optional<OutboxMessage> claimed = crashed.message(ids[0], &error);
    QVERIFY(claimed);
    // Still leased: nobody else gets it.
    QVERIFY(rescuer.due(kNow.addSecs(600), 10, &error).isEmpty());
    // The holder stops (crash, or a stall past its lease): its lease runs out on the
    // database's clock, here moved on by the owner rather than waited for.
    QVERIFY2(m_owner->run("UPDATE asc_store.report_outbox SET lease_until = clock_timestamp() - interval '1 second'",
                          &error),
             qPrintable(error));
    const QStringList history = allHistory();
    // Run out, even before anyone else claimed it: the outcome is no longer the holder's.
    QVERIFY(!crashed.markSent(ids[0], kNow.addSecs(1), &error));
    QVERIFY2(error.contains(QLatin1String("lease on it ran out")), qPrintable(error));
    QCOMPARE(rescuer.due(kNow.addSecs(1), 10, &error), ids);
    const std::optional<OutboxMessage> again = rescuer.message(ids[0], &error);
    QVERIFY(again);
    // The same message, id and payload: Azure counts the resend once.
    QCOMPARE(again->id, claimed->id);
    QCOMPARE(again->body, claimed->body);
    QCOMPARE(describe(*again), describe(*claimed));

    // The first sender comes back: its marks are refused and change nothing.
    QVERIFY(!crashed.markSent(ids[0], kNow.addSecs(2), &error));
    QVERIFY2(error.contains(QLatin1String("Another process (host-b:2:2) has report ")
                            + ids[0].toString(QUuid::WithoutBraces)),
             qPrintable(error));
    QVERIFY(!crashed.markCompleted(ids[0], kNow.addSecs(2), &error));
    QCOMPARE(describe(*rescuer.message(ids[0], &error)), describe(*claimed));
    QCOMPARE(allHistory(), history);
    QCOMPARE(deviceReport(3), expectedDeviceReport(QStringLiteral("InProgress"), {}, {}, AzureOutcome::NonCompliant,
                                                   QStringLiteral("fp3")));
    QVERIFY2(rescuer.markSent(ids[0], kNow.addSecs(3), &error), qPrintable(error));
    QCOMPARE(rescuer.message(ids[0], &error)->state, OutboxMessage::State::Sent);
}

void TestOutboxBackends::leaseLengthIsSettable()
{
    QList<QUuid> ids;
    QString error;
    QVERIFY(m_outbox->enqueue(QStringLiteral("manual"), {part(1), part(2)}, kTenant, 1, kNow, &ids, &error));
    QCOMPARE(m_pgOutbox->owner(), PgConnections::processOwner());
    QCOMPARE(m_pgOutbox->leaseMsecs(), PgReportOutbox::kDefaultLeaseMsecs);
    const auto leaseLeft = [&](const QUuid &id) {
        const PgResult lease = m_owner->exec(
            "SELECT lease_owner, extract(epoch FROM lease_until - clock_timestamp()) * 1000"
            " FROM asc_store.report_outbox WHERE message_id = $1",
            {id.toByteArray(QUuid::WithoutBraces)});
        if (!lease.ok() || lease.rows() != 1 || lease.text(0, 0) != PgConnections::processOwner())
            return -1.0;
        return lease.text(0, 1).toDouble();
    };
    QCOMPARE(m_pgOutbox->due(kNow, 1, &error), ids.mid(0, 1));
    QVERIFY2(leaseLeft(ids[0]) > 50000 && leaseLeft(ids[0]) <= 60000, qPrintable(QString::number(leaseLeft(ids[0]))));
    QCOMPARE(leaseLeft(ids[1]), -1.0);
    // Asking again renews what this process holds, with the lease length now set.
    m_pgOutbox->setLeaseMsecs(5000);
    QCOMPARE(m_pgOutbox->due(kNow, 2, &error), ids);
    for (const QUuid &id : ids)
        QVERIFY2(leaseLeft(id) > 0 && leaseLeft(id) <= 5000, qPrintable(QString::number(leaseLeft(id))));
}

void TestOutboxBackends::helpdeskMayNotQueueOrChangeSettings()
{
    QString error;
    QVERIFY(m_settings->setSetting(QStringLiteral("reporting.enabled"), QStringLiteral("true"), &error));
    auto helpdesk = pgConnections(QStringLiteral("helpdesk"));
    QVERIFY(helpdesk);
    PgReportOutbox outbox(*helpdesk);
    PgStoreSettings settings(*helpdesk);
    const QString login = QLatin1String(kDatabase) + QLatin1String("_helpdesk");

    QList<QUuid> ids;
    QVERIFY(!outbox.enqueue(QStringLiteral("manual"), {part(1), part(2)}, kTenant, 1, kNow, &ids, &error));
    QVERIFY2(error.contains(helpdesk->displayName() + QLatin1String(" may not queue reports")), qPrintable(error));
    QVERIFY2(error.contains(login), qPrintable(error));
    QVERIFY(ids.isEmpty());
    QCOMPARE(m_outbox->counts(&error).pending, 0);
    QCOMPARE(deviceReport(1), expectedDeviceReport({}, {}, {}, {}, {}));
    QCOMPARE(m_outbox->history(1, 10, &error).size(), 0);

    error.clear();
    QVERIFY(!settings.setSetting(QStringLiteral("reporting.enabled"), QStringLiteral("false"), &error));
    QVERIFY2(error.contains(helpdesk->displayName() + QLatin1String(" may not change the store's setting "
                                                                    "\"reporting.enabled\"")),
             qPrintable(error));
    QCOMPARE(settings.setting(QStringLiteral("reporting.enabled")), QStringLiteral("true"));
    QCOMPARE(m_settings->setting(QStringLiteral("reporting.enabled")), QStringLiteral("true"));

    // What a helpdesk login may do: read, and write the audit log as itself.
    QCOMPARE(outbox.counts(&error).pending, 0);
    QVERIFY2(PgAuditLog(*helpdesk).appendAudit(QStringLiteral("helen@contoso.com"), QStringLiteral("report-now"),
                                               QStringLiteral("1"), QString(), &error),
             qPrintable(error));
}

void TestOutboxBackends::auditRowsNameTheLogin()
{
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    auto author = pgConnections(QStringLiteral("author"));
    QVERIFY(author);
    PgAuditLog authorLog(*author);
    QString error;
    QVERIFY2(authorLog.appendAudit(QStringLiteral("paul@contoso.com"), QStringLiteral("policy-change"), token,
                                   QStringLiteral("a -> b"), &error),
             qPrintable(error));
    QVERIFY2(m_audit->appendAudit(QString(), QStringLiteral("init"), token, QString(), &error), qPrintable(error));
    const PgResult rows = m_owner->exec(
        "SELECT actor, mdm_user FROM asc_store.audit_log WHERE target = $1 ORDER BY id", {token.toUtf8()});
    QVERIFY2(rows.ok() && rows.rows() == 2, qPrintable(rows.errorText()));
    QCOMPARE(rows.text(0, 0), QLatin1String(kDatabase) + QLatin1String("_author"));
    QCOMPARE(rows.text(0, 1), QStringLiteral("paul@contoso.com"));
    QCOMPARE(rows.text(1, 0), QLatin1String(kDatabase) + QLatin1String("_reporter"));
    QVERIFY(rows.isNull(1, 1));
    // Either reads both: who acted, and as which login.
    const QList<AuditEntry> entries = m_audit->auditEntries(token, 10, &error);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].actor, QLatin1String(kDatabase) + QLatin1String("_reporter"));
    QCOMPARE(entries[1].actor, QStringLiteral("paul@contoso.com (as %1_author)").arg(QLatin1String(kDatabase)));
    // The login is searched too.
    const QList<AuditEntry> byLogin = m_audit->auditEntries(QLatin1String(kDatabase) + QLatin1String("_AUTHOR"), 1000, &error);
    QVERIFY(std::any_of(byLogin.cbegin(), byLogin.cend(), [&](const AuditEntry &e) { return e.id == entries[1].id; }));
}

QTEST_GUILESS_MAIN(TestOutboxBackends)
#include "tst_outboxbackends.moc"
