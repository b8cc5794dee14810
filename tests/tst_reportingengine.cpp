#include "app/net/networkservices.h"
#include "app/reporting/reportingengine.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/tenant/demotenant.h"
#include "models/reporttime.h"
#include "tests/emulatornetsettings.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace {
// Every row of every table of the store, as text, in a stable order: a snapshot to compare
// before and after. Only what a sync may touch without storing anything is left out: the
// settings (token caches, discovery, the time of the last heartbeat).
QString storeSnapshot(const QString &path)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("snapshot"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                       " AND name NOT LIKE 'sqlite_%' AND name <> 'settings' ORDER BY name"));
            QStringList names;
            while (tables.next())
                names.append(tables.value(0).toString());
            for (const QString &table : std::as_const(names)) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY rowid"));
                while (query.next()) {
                    QStringList fields { table };
                    for (int i = 0; i < query.record().count(); ++i) {
                        const QVariant value = query.value(i);
                        fields.append(value.isNull() ? QStringLiteral("NULL") : value.toString());
                    }
                    rows.append(fields.join(u'|'));
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("snapshot"));
    return rows.join(u'\n');
}
} // namespace

// The reporting path end to end over loopback HTTP: the real tenant emulator, the real
// network clients, the store and the outbox. Only 127.0.0.1 is ever contacted.
class TestReportingEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstSyncReportsEveryReportableDevice();
    void secondSyncWithoutChangesSendsNothing();
    void deviceSideChurnIsReported();
    void reportNowSendsTheSelection();
    void weeklyReportIsCaughtUp();
    void escalationByTimeAlone();
    void fleetReportIsQueuedInSteps();
    void retryAfterIsHonoured();
    void serverErrorsAreRetried();
    void asynchronousFailureKeepsTheDetail();
    void resendAfterCrashIsCountedOnce();
    void outboxHoldsWhatAzureHolds();
    void malformedInventoryChangesNothing();
    void switchedOffSendsNothing();
    void everyUploadAnswerIsConfirmed_data();
    void everyUploadAnswerIsConfirmed();
    void refusedProvisioningIsNotStormed();
    void resyncQueuesAFullReport();
    void usersAreLookedUpOnlyWhileReporting();
    void usersAreLookedUpOnce();
    void policyNamesKeepTheirFirstSeenTime();
    void disconnectDeprovisionsAndStops();

private:
    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    // GET /admin/stats, every counter present and a number (EmulatorProcess::stats).
    QJsonObject stats() { return m_tenant.stats(); }
    // What the emulator received for one device and what its own evaluation expects.
    QJsonObject received(const DeviceRecord &device);
    bool syncAndSettle(int timeoutMs = 60000);
    bool settle(int timeoutMs = 60000);
    QHash<qint64, DeviceRecord> storedDevices();
    // A new engine on the test's store and network, started; its clock if given.
    void makeEngine(std::function<QDateTime()> clock = {});
    // The emulator's own view (its own evaluation, not ours) of these devices at `at`
    // (its now when invalid), by MDM id.
    QHash<qint64, QJsonObject> expected(const QList<qint64> &ids, const QDateTime &at = {});

    EmulatorProcess m_tenant;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<NetworkServices> m_network;
    std::unique_ptr<ReportingEngine> m_engine;
    static constexpr int kDevices = 240;
};

QJsonObject TestReportingEngine::admin(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    if (method == "GET")
        return m_tenant.adminGet(path);
    // The faults answer names every fault set; a churn names what it changed.
    if (method == "PUT" && path == QLatin1String("/admin/faults"))
        return m_tenant.setFaults(body);
    if (method == "PUT")
        return m_tenant.adminPut(path, body);
    if (path == QLatin1String("/admin/churn"))
        return m_tenant.adminPost(path, body, { QStringLiteral("changed") });
    return m_tenant.adminPost(path, body);
}

QJsonObject TestReportingEngine::received(const DeviceRecord &device)
{
    return m_tenant.adminGet(QStringLiteral("/admin/devices/") + device.azureDeviceId.toString(),
        { QStringLiteral("reports"), QStringLiteral("last"), QStringLiteral("expected"), QStringLiteral("messageIds") });
}

bool TestReportingEngine::settle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_engine->isIdle())
            return true;
        QTest::qWait(50);
    }
    return m_engine->isIdle();
}

bool TestReportingEngine::syncAndSettle(int timeoutMs)
{
    QSignalSpy finished(m_engine.get(), &ReportingEngine::syncFinished);
    m_engine->sync();
    if (!finished.wait(timeoutMs))
        return false;
    if (!finished.first().at(0).toBool()) {
        qWarning() << "sync failed:" << finished.first().at(1).toString();
        return false;
    }
    return settle(timeoutMs);
}

QHash<qint64, DeviceRecord> TestReportingEngine::storedDevices()
{
    QHash<qint64, DeviceRecord> devices;
    QString error;
    m_store->devices().forEachDevice({}, [&devices](const DeviceRecord &device, const DeviceStore::ReportState &) {
        devices.insert(device.id, device);
        return true;
    }, &error);
    return devices;
}

QHash<qint64, QJsonObject> TestReportingEngine::expected(const QList<qint64> &ids, const QDateTime &at)
{
    QStringList texts;
    for (qint64 id : ids)
        texts.append(QString::number(id));
    QString path = QStringLiteral("/admin/expected?ids=") + texts.join(QLatin1Char(','));
    if (at.isValid())
        path += QStringLiteral("&at=") + at.toUTC().toString(Qt::ISODateWithMs);
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue &entry : m_tenant.adminGet(path, { QStringLiteral("devices") }).value(QStringLiteral("devices")).toArray())
        byId.insert(entry.toObject().value(QStringLiteral("mdmId")).toInteger(), entry.toObject());
    return byId;
}

void TestReportingEngine::initTestCase()
{
    QString error;
    QVERIFY2(m_tenant.start(EmulatorProcess::demoArguments(kDevices, 7) + QStringList{QStringLiteral("--processing-ms"), QStringLiteral("50")}, &error),
             qPrintable(error));
    QCOMPARE(m_tenant.baseUrl().host(), QStringLiteral("127.0.0.1"));
}

void TestReportingEngine::init()
{
    admin("PUT", QStringLiteral("/admin/faults"),
        QJsonObject{{QStringLiteral("rate429"), 0}, {QStringLiteral("rate503"), 0}, {QStringLiteral("rate500"), 0},
            {QStringLiteral("rateMalformed"), 0}, {QStringLiteral("rateAsyncFailed"), 0}, {QStringLiteral("rateDelay"), 0},
            {QStringLiteral("uploadAnswer"), QStringLiteral("field")}, {QStringLiteral("provisionInBandFailure"), false},
            {QStringLiteral("violationsFormat"), QStringLiteral("objects")}, {QStringLiteral("rateUploadInBandRefusal"), 0}});
    admin("PUT", QStringLiteral("/admin/resync"), QJsonObject{{QStringLiteral("at"), QJsonValue::Null}});
    admin("POST", QStringLiteral("/admin/reset-stats"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<SqliteStore>(m_dir->filePath(QStringLiteral("store.sqlite")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    NetSettings net = demoNetSettings(m_tenant);
    net.pageSize = 100;
    net.backoffBaseMs = 50;
    net.backoffCapMs = 400;
    m_network = std::make_unique<NetworkServices>(net);
    makeEngine();
}

void TestReportingEngine::makeEngine(std::function<QDateTime()> clock)
{
    m_engine = std::make_unique<ReportingEngine>(m_store.get(), m_network.get());
    ReportingSettings settings;
    settings.tenantId = DemoTenant::tenantId();
    settings.batchSize = 50;
    settings.retryBaseSecs = 1;
    settings.confirmPollMs = 50;
    settings.confirmPollCapMs = 200;
    m_engine->setSettings(settings);
    if (clock)
        m_engine->setClock(std::move(clock));
    m_engine->start();
}

void TestReportingEngine::cleanup()
{
    m_engine.reset();
    m_network.reset();
    m_store.reset();
    m_dir.reset();
}

void TestReportingEngine::firstSyncReportsEveryReportableDevice()
{
    QVERIFY(syncAndSettle());
    const QHash<qint64, DeviceRecord> devices = storedDevices();
    QCOMPARE(devices.size(), kDevices);
    const QHash<qint64, CompliancePolicy> policies = m_store->policies().loadPolicies(nullptr);
    QVERIFY(!policies.isEmpty());

    int reportable = 0;
    int userUnknown = 0;
    for (const DeviceRecord &device : devices) {
        if (!ReportPlanner::canReport(device)) {
            // Not sent: its Report Time is blank and says why, naming the code or the user.
            QVERIFY(device.complianceStatus != AzureComplianceStatus::InProgress);
            const ReportTime time = ReportTime::derive(true, device.reportTime, device.clientStatus,
                device.complianceStatus, device.reportError, device.entraUserState);
            if (!device.clientStatus.allowsDeviceId() && !device.clientStatus.isNone())
                QVERIFY(time.blankExplanation().contains(device.clientStatus.wireName()));
            else if (device.entraUserState != EntraUserState::Known)
                QVERIFY2(time.blankExplanation().contains(QStringLiteral("not reported")), qPrintable(time.blankExplanation()));
            userUnknown += device.entraUserState == EntraUserState::NotInEntra ? 1 : 0;
            continue;
        }
        ++reportable;
        QCOMPARE(device.complianceStatus, AzureComplianceStatus::Successful);
        QVERIFY(device.reportTime.isValid());
        // What the emulator received is what its own evaluation of the device expects: the
        // expectation is the peer's, never computed with the console's evaluator.
        const QJsonObject peer = received(device);
        const QJsonObject expectation = peer.value(QStringLiteral("expected")).toObject();
        const QJsonObject last = peer.value(QStringLiteral("last")).toObject();
        const QJsonObject inventory = last.value(QStringLiteral("inventory")).toObject();
        const QJsonObject compliance = last.value(QStringLiteral("compliance")).toObject();
        QCOMPARE(compliance.value(QStringLiteral("complianceStatus")).toString(),
                 expectation.value(QStringLiteral("complianceStatus")).toString());
        QCOMPARE(inventory.value(QStringLiteral("DeviceManagementState")).toString(),
                 expectation.value(QStringLiteral("managementState")).toString());
        QCOMPARE(inventory.value(QStringLiteral("UserId")).toString(), expectation.value(QStringLiteral("userId")).toString());
        QCOMPARE(compliance.value(QStringLiteral("UserId")).toString(), expectation.value(QStringLiteral("userId")).toString());
        QCOMPARE(inventory.value(QStringLiteral("TenantId")).toString(), DemoTenant::tenantId().toString(QUuid::WithoutBraces));
        QCOMPARE(peer.value(QStringLiteral("reports")).toInt(), 1);
    }
    // Users Entra does not know keep their devices out of Azure.
    QVERIFY(userUnknown > 0);
    QVERIFY(reportable > kDevices / 2);
    QVERIFY(reportable < kDevices); // the demo fleet has devices that cannot be reported
    const QJsonObject counters = stats();
    QCOMPARE(counters.value(QStringLiteral("devicesReported")).toInt(), reportable);
    QCOMPARE(counters.value(QStringLiteral("entitiesReceived")).toInt(), 2 * reportable);
    // Many devices per message (batch size 50), each message received once.
    QString error;
    const OutboxCounts counts = m_store->outbox().counts(&error);
    QCOMPARE(counters.value(QStringLiteral("messagesReceived")).toInt(), counts.completed);
    QVERIFY(counts.completed >= (reportable + 49) / 50);
    QVERIFY(counts.completed < reportable / 10);
    QCOMPARE(counters.value(QStringLiteral("duplicateMessages")).toInt(), 0);
    QVERIFY(counters.value(QStringLiteral("provisioned")).toBool());
    QVERIFY(counters.value(QStringLiteral("heartbeats")).toInt() >= 1);
}

void TestReportingEngine::secondSyncWithoutChangesSendsNothing()
{
    QVERIFY(syncAndSettle());
    const int first = stats().value(QStringLiteral("messagesReceived")).toInt();
    QSignalSpy queued(m_engine.get(), &ReportingEngine::reportsQueued);
    QVERIFY(syncAndSettle());
    QCOMPARE(queued.count(), 0);
    QCOMPARE(stats().value(QStringLiteral("messagesReceived")).toInt(), first);
}

void TestReportingEngine::deviceSideChurnIsReported()
{
    QVERIFY(syncAndSettle());
    const QJsonArray changed = admin("POST", QStringLiteral("/admin/churn"), QJsonObject{{QStringLiteral("changes"), 30}})
                                   .value(QStringLiteral("changed"))
                                   .toArray();
    QVERIFY(!changed.isEmpty());
    QSignalSpy queued(m_engine.get(), &ReportingEngine::reportsQueued);
    QVERIFY(syncAndSettle());
    QVERIFY(queued.count() > 0);
    QSet<QString> triggers;
    for (const QList<QVariant> &signal : queued)
        triggers.insert(signal.at(1).toString());
    QVERIFY(triggers.contains(QStringLiteral("compliance")) || triggers.contains(QStringLiteral("inventory")));
    QString error;
    QCOMPARE(m_store->outbox().counts(&error).failed, 0);
}

void TestReportingEngine::reportNowSendsTheSelection()
{
    QVERIFY(syncAndSettle());
    const QHash<qint64, DeviceRecord> devices = storedDevices();
    QList<qint64> ids;
    qint64 blankId = 0;
    for (const DeviceRecord &device : devices) {
        if (ReportPlanner::canReport(device) && ids.size() < 3)
            ids.append(device.id);
        else if (!ReportPlanner::canReport(device))
            blankId = device.id;
    }
    QVERIFY(blankId != 0);
    const DeviceRecord someDevice = devices.value(ids.first());
    QList<qint64> skipped;
    QString error;
    QVERIFY2(m_engine->reportNow(ids + QList<qint64>{blankId}, &skipped, &error), qPrintable(error));
    QCOMPARE(skipped, QList<qint64>{blankId});
    QVERIFY(settle());
    QCOMPARE(received(someDevice).value(QStringLiteral("reports")).toInt(), 2);
    // The audit row names the MDM user signed in, not the operating system's user.
    const QList<AuditEntry> audit = m_store->auditLog().auditEntries(QStringLiteral("report-now"), 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().actor, demoNetSettings(m_tenant).mdmUser);
    QVERIFY(!audit.first().actor.isEmpty());
    QVERIFY(!m_engine->reportNow({999999}, &skipped, &error));
    QVERIFY(error.contains(QStringLiteral("999999")));

    // The audit log refuses the row: Report now is refused too, and nothing is queued.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-audit"));
        db.setDatabaseName(m_store->path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                                          "BEGIN SELECT RAISE(ABORT, 'audit log refused'); END")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-audit"));
    const OutboxCounts before = m_store->outbox().counts(&error);
    error.clear();
    QVERIFY(!m_engine->reportNow(ids, &skipped, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Report now was not queued: the audit log could not be written: ")),
        qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("audit log refused")), qPrintable(error));
    const OutboxCounts after = m_store->outbox().counts(&error);
    QCOMPARE(after.pending + after.sent + after.completed + after.failed,
        before.pending + before.sent + before.completed + before.failed);
}

void TestReportingEngine::weeklyReportIsCaughtUp()
{
    QVERIFY(syncAndSettle());
    QString error;
    QVERIFY(!m_engine->catchUpWeekly(&error)); // just reported everything: not due
    // The engine's clock, so the date the weekly report stores is known exactly.
    const QDateTime at = QDateTime::currentDateTimeUtc();
    m_engine->setClock([at] { return at; });
    const QDateTime eightDaysAgo = at.addDays(-8);
    QVERIFY(m_store->settings().setSetting(QStringLiteral("reporting/lastWeekly"), eightDaysAgo.toString(Qt::ISODateWithMs)));
    const int before = stats().value(QStringLiteral("entitiesReceived")).toInt();
    QVERIFY2(m_engine->catchUpWeekly(&error), qPrintable(error));
    QVERIFY(settle());
    const QJsonObject counters = stats();
    QCOMPARE(counters.value(QStringLiteral("entitiesReceived")).toInt(), 2 * before);
    QCOMPARE(m_engine->lastWeeklyReport(), at);
}

void TestReportingEngine::escalationByTimeAlone()
{
    QVERIFY(syncAndSettle());
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(45);
    // The peer's own evaluation, now and 45 days on, of every reportable device.
    QList<qint64> ids;
    for (const DeviceRecord &device : storedDevices()) {
        if (ReportPlanner::canReport(device))
            ids.append(device.id);
    }
    const QHash<qint64, QJsonObject> now = expected(ids);
    const QHash<qint64, QJsonObject> then = expected(ids, later);
    int escalating = 0;
    for (qint64 id : std::as_const(ids)) {
        const auto outcome = [](const QJsonObject &entry) -> QString {
            return entry.value(QStringLiteral("complianceStatus")).toString() + u'/'
                + entry.value(QStringLiteral("managementState")).toString();
        };
        escalating += outcome(now.value(id)) != outcome(then.value(id)) ? 1 : 0;
    }
    const int expected = escalating;
    QVERIFY2(expected > 0, "the demo fleet should have tiered violations that escalate within 45 days");
    m_engine->setClock([later] { return later; });
    QSignalSpy queued(m_engine.get(), &ReportingEngine::reportsQueued);
    QString error;
    QVERIFY2(m_engine->reportEscalations(&error), qPrintable(error));
    // Queued in steps on later turns of the event loop, so the window never stalls on it.
    QVERIFY(!m_engine->isIdle());
    QVERIFY(settle());
    int queuedDevices = 0;
    for (const QList<QVariant> &signal : std::as_const(queued)) {
        QCOMPARE(signal.at(1).toString(), QStringLiteral("escalation"));
        queuedDevices += signal.at(0).toInt();
    }
    QCOMPARE(queuedDevices, expected);
}

// A fleet-wide report is read and queued in steps, with the event loop turning
// between them (the window keeps painting), and the weekly date is stored at the end.
void TestReportingEngine::fleetReportIsQueuedInSteps()
{
    QVERIFY(syncAndSettle());
    const QDateTime at = QDateTime::currentDateTimeUtc();
    m_engine->setClock([at] { return at; });
    ReportingSettings settings = m_engine->settings();
    settings.fleetStepDevices = 50;
    m_engine->setSettings(settings);
    QVERIFY(m_store->settings().setSetting(QStringLiteral("reporting/lastWeekly"), QStringLiteral("2020-01-01T00:00:00.000Z")));
    int ticks = 0;
    QList<int> ticksAtQueued;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(0);
    QSignalSpy queued(m_engine.get(), &ReportingEngine::reportsQueued);
    connect(m_engine.get(), &ReportingEngine::reportsQueued, this, [&] { ticksAtQueued.append(ticks); });
    QString error;
    QVERIFY2(m_engine->reportWeekly(&error), qPrintable(error));
    QCOMPARE(queued.count(), 0); // nothing read yet: the first step comes on the next turn
    QCOMPARE(m_engine->lastWeeklyReport().date().year(), 2020);
    QVERIFY(settle());
    int reportable = 0;
    for (const DeviceRecord &device : storedDevices())
        reportable += ReportPlanner::canReport(device) ? 1 : 0;
    int total = 0;
    for (const QList<QVariant> &signal : std::as_const(queued)) {
        QCOMPARE(signal.at(1).toString(), QStringLiteral("weekly"));
        total += signal.at(0).toInt();
    }
    QCOMPARE(total, reportable);
    QVERIFY2(queued.count() >= (kDevices + 49) / 50 - 1, qPrintable(QString::number(queued.count())));
    for (qsizetype i = 1; i < ticksAtQueued.size(); ++i)
        QVERIFY2(ticksAtQueued[i] > ticksAtQueued[i - 1], "the event loop did not turn between two steps");
    QCOMPARE(m_engine->lastWeeklyReport(), at);
}

void TestReportingEngine::retryAfterIsHonoured()
{
    QVERIFY(syncAndSettle());
    // Many small messages, several in flight. earlyRequests is exact (a throttled request
    // repeated before its Retry-After, on the monotonic clock), so load cannot make it
    // count a request that was merely in flight; the hold on the other requests to the
    // host is checked by tst_nettransport (retryAfterHoldsEveryRequestToTheHost).
    ReportingSettings settings = m_engine->settings();
    settings.batchSize = 5;
    m_engine->setSettings(settings);
    admin("PUT", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("rate429"), 0.3}, {QStringLiteral("retryAfterSeconds"), 1}});
    QString error;
    QVERIFY(m_engine->reportWeekly(&error));
    QVERIFY(settle(120000));
    const QJsonObject counters = stats();
    QVERIFY(counters.value(QStringLiteral("faultsInjected")).toObject().value(QStringLiteral("429")).toInt() > 0);
    QCOMPARE(counters.value(QStringLiteral("earlyRequests")).toInt(), 0);
    QCOMPARE(m_store->outbox().counts(&error).failed, 0);
}

void TestReportingEngine::serverErrorsAreRetried()
{
    QVERIFY(syncAndSettle());
    // Small messages, so enough requests are made for the faults to show.
    ReportingSettings settings = m_engine->settings();
    settings.batchSize = 5;
    m_engine->setSettings(settings);
    admin("PUT", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("rate503"), 0.3}, {QStringLiteral("rate500"), 0.1}});
    QString error;
    QVERIFY(m_engine->reportWeekly(&error));
    QVERIFY(settle(120000));
    const OutboxCounts counts = m_store->outbox().counts(&error);
    QVERIFY(counts.completed > 0);
    QCOMPARE(counts.pending + counts.sent, 0);
    const QJsonObject faults = stats().value(QStringLiteral("faultsInjected")).toObject();
    QVERIFY(faults.value(QStringLiteral("503")).toInt() > 0);
    // A 500 is not retried by the transport but the outbox tries the message again later.
    QVERIFY(faults.value(QStringLiteral("500")).toInt() > 0);
    QCOMPARE(counts.failed, 0);
}

void TestReportingEngine::asynchronousFailureKeepsTheDetail()
{
    QVERIFY(syncAndSettle());
    admin("PUT", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("rateAsyncFailed"), 1.0}});
    qint64 id = 0;
    QDateTime confirmedAt; // the Report Time of the first sync's report, confirmed
    for (const DeviceRecord &device : storedDevices()) {
        if (ReportPlanner::canReport(device)) {
            id = device.id;
            confirmedAt = device.reportTime;
            break;
        }
    }
    QVERIFY(confirmedAt.isValid());
    QList<qint64> skipped;
    QString error;
    QVERIFY(m_engine->reportNow({id}, &skipped, &error));
    QVERIFY(settle());
    const DeviceRecord device = *m_store->devices().loadDevice(id, &error);
    QCOMPARE(device.complianceStatus, AzureComplianceStatus::Failed);
    QVERIFY(!device.reportError.isEmpty());
    // Report Time is when Azure took a report: a Failed one leaves it where it was.
    QCOMPARE(device.reportTime, confirmedAt);
    const ReportTime time = ReportTime::derive(true, device.reportTime, device.clientStatus, device.complianceStatus,
                                               device.reportError);
    QVERIFY(time.blankExplanation().contains(device.reportError));
}

void TestReportingEngine::resendAfterCrashIsCountedOnce()
{
    QVERIFY(syncAndSettle());
    // A message that reached Azure but whose "sent" mark was lost with the process:
    // the next run sends it again under the same id.
    QString error;
    const QList<OutboxMessage> done = m_store->outbox().messages({OutboxMessage::State::Completed}, 1, &error);
    QVERIFY(!done.isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_store->path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE report_outbox SET state = 'pending', next_attempt_ms = 0 WHERE message_id = ?"));
        query.addBindValue(done.first().id.toString(QUuid::WithoutBraces));
        QVERIFY(query.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QJsonObject before = stats();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->isIdle() && m_store->outbox().message(done.first().id, &error)->state
                                                      == OutboxMessage::State::Completed,
                             30000);
    const QJsonObject after = stats();
    QCOMPARE(after.value(QStringLiteral("duplicateMessages")).toInt(),
             before.value(QStringLiteral("duplicateMessages")).toInt() + 1);
    QCOMPARE(after.value(QStringLiteral("messagesReceived")).toInt(), before.value(QStringLiteral("messagesReceived")).toInt());
    QCOMPARE(after.value(QStringLiteral("entitiesReceived")).toInt(), before.value(QStringLiteral("entitiesReceived")).toInt());
}

// A report is committed to the outbox before it is sent: whatever Azure holds, the outbox
// holds too, under the same message id and with the same devices, also while the answer
// to the upload is still on its way (a kill then would leave the outbox to finish it).
void TestReportingEngine::outboxHoldsWhatAzureHolds()
{
    QVERIFY(syncAndSettle());
    QList<qint64> ids;
    for (const DeviceRecord &device : storedDevices()) {
        if (ReportPlanner::canReport(device) && ids.size() < 3)
            ids.append(device.id);
    }
    std::sort(ids.begin(), ids.end());
    const QJsonObject before = m_tenant.adminGet(QStringLiteral("/admin/reports"), { QStringLiteral("messages") })
                                   .value(QStringLiteral("messages"))
                                   .toObject();
    // Every answer comes 1.5 s after the request was handled: Azure has the message while
    // the console still waits to hear that it arrived.
    admin("PUT", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("rateDelay"), 1.0}, {QStringLiteral("delayMs"), 1500}});
    const auto reset = qScopeGuard([this] { admin("PUT", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("rateDelay"), 0}}); });
    QList<qint64> skipped;
    QString error;
    QVERIFY2(m_engine->reportNow(ids, &skipped, &error), qPrintable(error));
    QJsonObject atAzure;
    QTRY_VERIFY_WITH_TIMEOUT((atAzure = m_tenant.adminGet(QStringLiteral("/admin/reports"), { QStringLiteral("messages") })
                                            .value(QStringLiteral("messages"))
                                            .toObject())
                                     .size()
                                 > before.size(),
        30000);
    for (auto it = atAzure.constBegin(); it != atAzure.constEnd(); ++it) {
        if (before.contains(it.key()))
            continue;
        const std::optional<OutboxMessage> held = m_store->outbox().message(QUuid::fromString(it.key()), &error);
        QVERIFY2(held.has_value(), qPrintable(QStringLiteral("Azure has message %1, the outbox does not").arg(it.key())));
        QList<qint64> devices = m_store->outbox().deviceIds(held->id, &error);
        std::sort(devices.begin(), devices.end());
        QCOMPARE(devices, ids);
    }
    QVERIFY(settle());
}

void TestReportingEngine::malformedInventoryChangesNothing()
{
    QVERIFY(syncAndSettle());
    const QString before = storeSnapshot(m_store->path());
    QVERIFY(before.contains(QStringLiteral("report_outbox|")));
    // Device-side changes that a sync would store: inventory, compliance and client status.
    const QJsonArray changed
        = admin("POST", QStringLiteral("/admin/churn"), QJsonObject{{QStringLiteral("changes"), 20}}).value(QStringLiteral("changed")).toArray();
    QVERIFY(!changed.isEmpty());
    admin("PUT", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("rateMalformed"), 1.0}});
    QSignalSpy finished(m_engine.get(), &ReportingEngine::syncFinished);
    m_engine->sync();
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.first().at(0).toBool());
    // The policy list is cut too, and the sync goes on with the stored policies; the device
    // list is what fails it: the error names that endpoint and what is wrong with the answer.
    const QString error = finished.first().at(1).toString();
    QVERIFY2(error.startsWith(QStringLiteral("MDM device list (/api/v1/device): the response is not JSON")),
        qPrintable(error));
    QVERIFY(settle());
    // Nothing changed: every row of every table, devices, violations, users, outbox and
    // history included, column by column.
    const QString after = storeSnapshot(m_store->path());
    const QStringList beforeRows = before.split(u'\n');
    const QStringList afterRows = after.split(u'\n');
    for (qsizetype i = 0; i < std::max(beforeRows.size(), afterRows.size()); ++i) {
        QVERIFY2(beforeRows.value(i) == afterRows.value(i),
            qPrintable(QStringLiteral("row %1 changed:\n  before: %2\n  after:  %3")
                           .arg(i)
                           .arg(beforeRows.value(i).left(300), afterRows.value(i).left(300))));
    }
}

void TestReportingEngine::switchedOffSendsNothing()
{
    QString switchError;
    QVERIFY(m_engine->setReportingEnabled(false, &switchError));
    QCOMPARE(m_store->settings().setting(QStringLiteral("reportingEnabled")), QStringLiteral("0"));
    QVERIFY(syncAndSettle());
    QCOMPARE(storedDevices().size(), kDevices); // the inventory is still kept current
    QCOMPARE(stats().value(QStringLiteral("messagesReceived")).toInt(), 0);
    QList<qint64> skipped;
    QString error;
    QVERIFY(!m_engine->reportNow({1}, &skipped, &error));
    QVERIFY(error.contains(QStringLiteral("switched off")));
}

// Every answer the field gives to an upload is taken as sent, and the reports are then
// confirmed by the status GET alone.
void TestReportingEngine::everyUploadAnswerIsConfirmed_data()
{
    QTest::addColumn<QString>("answer");
    QTest::newRow("empty") << QStringLiteral("empty");
    QTest::newRow("field (ErrorCode \"202\")") << QStringLiteral("field");
    QTest::newRow("field (ErrorCode 0)") << QStringLiteral("field0");
    QTest::newRow("status") << QStringLiteral("status");
}

void TestReportingEngine::everyUploadAnswerIsConfirmed()
{
    QFETCH(QString, answer);
    admin("PUT", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("uploadAnswer"), answer}});
    const auto reset = qScopeGuard([this] {
        admin("PUT", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("uploadAnswer"), QStringLiteral("field")}});
    });
    QVERIFY(syncAndSettle());
    QString error;
    const OutboxCounts counts = m_store->outbox().counts(&error);
    QVERIFY(counts.completed > 0);
    QCOMPARE(counts.failed, 0);
    QCOMPARE(counts.pending + counts.sent, 0);
    const QJsonObject counters = stats();
    QCOMPARE(counters.value(QStringLiteral("messagesCompleted")).toInt(), counts.completed);
    QCOMPARE(counters.value(QStringLiteral("duplicateMessages")).toInt(), 0);
    for (const DeviceRecord &device : storedDevices()) {
        if (ReportPlanner::canReport(device))
            QCOMPARE(device.complianceStatus, AzureComplianceStatus::Successful);
    }
}

// Azure refuses the provisioning: asked again only after its backoff, and at most three
// times a sync, never a PUT a second.
void TestReportingEngine::refusedProvisioningIsNotStormed()
{
    // A new engine, so that nothing was asked before the fault is set.
    m_engine.reset();
    admin("PUT", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("provisionInBandFailure"), true}});
    const auto reset = qScopeGuard([this] {
        admin("PUT", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("provisionInBandFailure"), false}});
    });
    admin("POST", QStringLiteral("/admin/reset-stats"));
    QDateTime clock = QDateTime::currentDateTimeUtc();
    makeEngine([&clock] { return clock; });
    const auto attempts = [this] { return stats().value(QStringLiteral("provisionRequests")).toInt(); };
    QSignalSpy problems(m_engine.get(), &ReportingEngine::problem);
    QSignalSpy finished(m_engine.get(), &ReportingEngine::syncFinished);
    QTRY_COMPARE(attempts(), 1); // start() asked once
    m_engine->sync();
    QVERIFY(finished.wait(60000));
    // The pump runs every second; the engine's clock stands still: no second try.
    QTest::qWait(2500);
    QCOMPARE(attempts(), 1);
    // Past each backoff (15 s, doubling) one more try, three in this sync, then none.
    clock = clock.addSecs(16);
    QTRY_COMPARE(attempts(), 2);
    clock = clock.addSecs(31);
    QTRY_COMPARE(attempts(), 3);
    clock = clock.addSecs(61);
    QTRY_COMPARE(attempts(), 4);
    clock = clock.addSecs(3600);
    QTest::qWait(2500);
    QCOMPARE(attempts(), 4);
    // The problem names the endpoint and what Azure answered.
    bool named = false;
    for (const QList<QVariant> &signal : std::as_const(problems))
        named = named || signal.at(0).toString().startsWith(QStringLiteral("Partner tenant sync (PartnerTenants): "));
    QVERIFY(named);
    // The next sync may try again (within its backoff): the fault gone, it provisions.
    admin("PUT", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("provisionInBandFailure"), false}});
    clock = clock.addSecs(3600);
    QVERIFY(syncAndSettle());
    QCOMPARE(attempts(), 5);
    QVERIFY(stats().value(QStringLiteral("provisioned")).toBool());
}

// A heartbeat whose ResyncTimestamp is later than the last full report queues one.
void TestReportingEngine::resyncQueuesAFullReport()
{
    QVERIFY(syncAndSettle());
    const int reportable = stats().value(QStringLiteral("devicesReported")).toInt();
    QVERIFY(reportable > 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->settings().setSetting(QStringLiteral("reporting/lastWeekly"), now.addDays(-2).toString(Qt::ISODateWithMs)));
    admin("PUT", QStringLiteral("/admin/resync"), QJsonObject{{QStringLiteral("at"), now.addDays(-1).toString(Qt::ISODate)}});
    const auto reset = qScopeGuard(
        [this] { admin("PUT", QStringLiteral("/admin/resync"), QJsonObject{{QStringLiteral("at"), QJsonValue::Null}}); });
    const int before = stats().value(QStringLiteral("entitiesReceived")).toInt();
    QSignalSpy queued(m_engine.get(), &ReportingEngine::reportsQueued);
    // A new demo tenant: provisioned again, and the heartbeat that follows reads the resync.
    m_engine->forgetProvisioning();
    QTRY_VERIFY_WITH_TIMEOUT(!queued.isEmpty(), 20000);
    QVERIFY(settle());
    int weekly = 0;
    for (const QList<QVariant> &signal : std::as_const(queued))
        weekly += signal.at(1).toString() == QLatin1String("weekly") ? signal.at(0).toInt() : 0;
    QCOMPARE(weekly, reportable);
    QCOMPARE(stats().value(QStringLiteral("entitiesReceived")).toInt(), before + 2 * reportable);
    // Asked once: the full report is later than the resync, so the next heartbeat queues nothing.
    QVERIFY(m_engine->lastWeeklyReport() > now.addDays(-1));
    QCOMPARE(m_engine->resyncTimestamp(), now.addDays(-1).addMSecs(-now.time().msec()));
}

// Users the MDM names only by principal name are looked up in Entra once: the next sync
// asks Graph nothing, and a user Entra does not know keeps the device out of Azure.
void TestReportingEngine::usersAreLookedUpOnlyWhileReporting()
{
    QString error;
    QVERIFY2(m_engine->setReportingEnabled(false, &error), qPrintable(error));
    QVERIFY(syncAndSettle());
    // Reporting off: Graph is not asked, and the users the MDM names without an object id
    // are left "not looked up".
    QCOMPARE(stats().value(QStringLiteral("batchItems")).toInt(), 0);
    QCOMPARE(stats().value(QStringLiteral("userLookups")).toInt(), 0);
    int notLookedUp = 0;
    for (const DeviceRecord &device : storedDevices())
        notLookedUp += device.entraUserState == EntraUserState::NotLookedUp ? 1 : 0;
    QVERIFY(notLookedUp > 0);
    // Back on: the next sync looks them up, and none is left.
    QVERIFY2(m_engine->setReportingEnabled(true, &error), qPrintable(error));
    QVERIFY(syncAndSettle());
    QVERIFY(stats().value(QStringLiteral("batchItems")).toInt() > 0);
    for (const DeviceRecord &device : storedDevices()) {
        if (!device.userPrincipalName.isEmpty())
            QVERIFY2(device.entraUserState != EntraUserState::NotLookedUp, qPrintable(QString::number(device.id)));
    }
}

void TestReportingEngine::usersAreLookedUpOnce()
{
    QVERIFY(syncAndSettle());
    const QJsonObject first = stats();
    QVERIFY(first.value(QStringLiteral("batchItems")).toInt() > 0);
    QVERIFY(first.value(QStringLiteral("batchRequests")).toInt() > 0);
    int lookedUp = 0;
    int notInEntra = 0;
    for (const DeviceRecord &device : storedDevices()) {
        if (device.userPrincipalName.isEmpty())
            continue;
        const QJsonObject peer = expected({ device.id }).value(device.id);
        if (peer.value(QStringLiteral("userId")).isNull()) {
            QCOMPARE(device.entraUserState, EntraUserState::NotInEntra);
            QVERIFY(device.entraUserId.isNull());
            ++notInEntra;
        } else {
            QCOMPARE(device.entraUserState, EntraUserState::Known);
            QCOMPARE(device.entraUserId.toString(QUuid::WithoutBraces), peer.value(QStringLiteral("userId")).toString());
            ++lookedUp;
        }
    }
    QVERIFY(lookedUp > 0);
    QVERIFY(notInEntra > 0);
    admin("POST", QStringLiteral("/admin/reset-stats"));
    QVERIFY(syncAndSettle());
    // Known users, and users Graph said it does not have (for a day): nothing asked.
    QCOMPARE(stats().value(QStringLiteral("batchItems")).toInt(), 0);
    QCOMPARE(stats().value(QStringLiteral("userLookups")).toInt(), 0);
}

// Ivanti lists violated policies by name: the console finds the policy by its name and
// counts the violation from the sync that first saw it.
void TestReportingEngine::policyNamesKeepTheirFirstSeenTime()
{
    admin("PUT", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("violationsFormat"), QStringLiteral("names")}});
    const auto reset = qScopeGuard([this] {
        admin("PUT", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("violationsFormat"), QStringLiteral("objects")}});
    });
    const QDateTime firstSync = QDateTime::currentDateTimeUtc().addDays(-3);
    m_engine->setClock([firstSync] { return firstSync; });
    QVERIFY(syncAndSettle());
    const QHash<qint64, CompliancePolicy> policies = m_store->policies().loadPolicies(nullptr);
    int violating = 0;
    for (const DeviceRecord &device : storedDevices()) {
        for (const Violation &violation : device.violations) {
            QVERIFY(policies.contains(violation.policyId));
            QVERIFY(violation.policyName.isEmpty());
            QCOMPARE(violation.since, firstSync);
            ++violating;
        }
    }
    QVERIFY(violating > 0);
    // Seen again three days later: still counted from the first sync.
    m_engine->setClock([] { return QDateTime::currentDateTimeUtc(); });
    QVERIFY(syncAndSettle());
    for (const DeviceRecord &device : storedDevices()) {
        for (const Violation &violation : device.violations)
            QCOMPARE(violation.since, firstSync);
    }
}

// Disconnect from Azure: audited, deprovisioned, reporting switched off, nothing sent after.
void TestReportingEngine::disconnectDeprovisionsAndStops()
{
    QVERIFY(syncAndSettle());
    std::optional<QString> result;
    m_engine->disconnectFromAzure(QStringLiteral("alice"), [&result](const QString &error) { result = error; });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->isEmpty(), qPrintable(*result));
    const QJsonObject counters = stats();
    QVERIFY(!counters.value(QStringLiteral("provisioned")).toBool());
    QCOMPARE(counters.value(QStringLiteral("lastProvisioned")).toInt(), 2);
    QVERIFY(!m_engine->settings().enabled);
    QCOMPARE(m_store->settings().setting(QStringLiteral("reportingEnabled")), QStringLiteral("0"));
    QString error;
    const QList<AuditEntry> audit = m_store->auditLog().auditEntries(QStringLiteral("azure-deprovision"), 10, &error);
    QCOMPARE(audit.size(), 2); // asked, then done
    QCOMPARE(audit.at(0).detail, QStringLiteral("done"));
    QCOMPARE(audit.at(1).detail, QStringLiteral("requested"));
    QCOMPARE(audit.at(0).actor, QStringLiteral("alice"));
    // Nothing provisions the tenant again, and nothing is sent.
    const int provisions = counters.value(QStringLiteral("provisionRequests")).toInt();
    const int messages = counters.value(QStringLiteral("messagesReceived")).toInt();
    admin("POST", QStringLiteral("/admin/churn"), QJsonObject{{QStringLiteral("changes"), 20}});
    QVERIFY(syncAndSettle());
    QTest::qWait(1500);
    QCOMPARE(stats().value(QStringLiteral("provisionRequests")).toInt(), provisions);
    QCOMPARE(stats().value(QStringLiteral("messagesReceived")).toInt(), messages);
}

QTEST_GUILESS_MAIN(TestReportingEngine)
#include "tst_reportingengine.moc"
