#include "app/net/networkservices.h"
#include "app/reporting/reportingengine.h"
#include "app/storage/devicestore.h"
#include "app/tenant/demotenant.h"
#include "models/reporttime.h"
#include "tests/emulatornetsettings.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
    void malformedInventoryChangesNothing();
    void switchedOffSendsNothing();

private:
    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    bool syncAndSettle(int timeoutMs = 60000);
    bool settle(int timeoutMs = 60000);
    QHash<qint64, DeviceRecord> storedDevices();

    EmulatorProcess m_tenant;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeviceStore> m_store;
    std::unique_ptr<NetworkServices> m_network;
    std::unique_ptr<ReportingEngine> m_engine;
    static constexpr int kDevices = 240;
};

QJsonObject TestReportingEngine::admin(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    if (method == "GET")
        return m_tenant.adminGet(path);
    if (method == "PUT")
        return m_tenant.adminPut(path, body);
    return m_tenant.adminPost(path, body);
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
    m_store->forEachDevice({}, [&devices](const DeviceRecord &device, const DeviceStore::ReportState &) {
        devices.insert(device.id, device);
        return true;
    }, &error);
    return devices;
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
    admin("PUT", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("rate429"), 0}, {QStringLiteral("rate503"), 0},
                                                              {QStringLiteral("rate500"), 0}, {QStringLiteral("rateMalformed"), 0},
                                                              {QStringLiteral("rateAsyncFailed"), 0}});
    admin("POST", QStringLiteral("/admin/reset-stats"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DeviceStore>(m_dir->filePath(QStringLiteral("store.sqlite")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    NetSettings net = demoNetSettings(m_tenant);
    net.pageSize = 100;
    net.backoffBaseMs = 50;
    net.backoffCapMs = 400;
    m_network = std::make_unique<NetworkServices>(net);
    m_engine = std::make_unique<ReportingEngine>(m_store.get(), m_network.get());
    ReportingSettings settings;
    settings.tenantId = DemoTenant::tenantId();
    settings.batchSize = 50;
    settings.retryBaseSecs = 1;
    settings.confirmPollMs = 50;
    settings.confirmPollCapMs = 200;
    m_engine->setSettings(settings);
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
    const QHash<qint64, CompliancePolicy> policies = m_store->loadPolicies(nullptr);
    QVERIFY(!policies.isEmpty());

    int reportable = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DeviceRecord &device : devices) {
        if (!ReportPlanner::canReport(device)) {
            // Not sent: its Report Time is blank and says why, naming the code.
            QVERIFY(device.complianceStatus != AzureComplianceStatus::InProgress);
            const ReportTime time = ReportTime::derive(true, device.reportTime, device.clientStatus, device.complianceStatus);
            if (!device.clientStatus.allowsDeviceId() && !device.clientStatus.isNone())
                QVERIFY(time.blankExplanation().contains(device.clientStatus.wireName()));
            continue;
        }
        ++reportable;
        QCOMPARE(device.complianceStatus, AzureComplianceStatus::Successful);
        QVERIFY(device.reportTime.isValid());
        // What the emulator received is the outcome of SPEC 1.2 for this device.
        const AzureOutcome outcome = ComplianceEvaluator::evaluate(device.violations, policies, now).outcome;
        const QJsonObject received = admin("GET", QStringLiteral("/admin/devices/") + device.azureDeviceId.toString());
        const QJsonObject last = received.value(QStringLiteral("last")).toObject();
        QCOMPARE(last.value(QStringLiteral("compliance")).toObject().value(QStringLiteral("complianceStatus")).toString(),
                 outcome == AzureOutcome::Compliant ? QStringLiteral("compliant") : QStringLiteral("notCompliant"));
        QCOMPARE(last.value(QStringLiteral("inventory")).toObject().value(QStringLiteral("DeviceManagementState")).toString(),
                 outcome == AzureOutcome::RemovedFromAzure ? QStringLiteral("notManaged") : QStringLiteral("managed"));
        QCOMPARE(received.value(QStringLiteral("reports")).toInt(), 1);
    }
    QVERIFY(reportable > kDevices / 2);
    QVERIFY(reportable < kDevices); // the demo fleet has devices that cannot be reported
    const QJsonObject stats = admin("GET", QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("devicesReported")).toInt(), reportable);
    QCOMPARE(stats.value(QStringLiteral("entitiesReceived")).toInt(), 2 * reportable);
    // Many devices per message (batch size 50), each message received once.
    QString error;
    const OutboxCounts counts = m_engine->outbox().counts(&error);
    QCOMPARE(stats.value(QStringLiteral("messagesReceived")).toInt(), counts.completed);
    QVERIFY(counts.completed >= (reportable + 49) / 50);
    QVERIFY(counts.completed < reportable / 10);
    QCOMPARE(stats.value(QStringLiteral("duplicateMessages")).toInt(), 0);
    QVERIFY(stats.value(QStringLiteral("provisioned")).toBool());
    QVERIFY(stats.value(QStringLiteral("heartbeats")).toInt() >= 1);
}

void TestReportingEngine::secondSyncWithoutChangesSendsNothing()
{
    QVERIFY(syncAndSettle());
    const int first = admin("GET", QStringLiteral("/admin/stats")).value(QStringLiteral("messagesReceived")).toInt();
    QSignalSpy queued(m_engine.get(), &ReportingEngine::reportsQueued);
    QVERIFY(syncAndSettle());
    QCOMPARE(queued.count(), 0);
    QCOMPARE(admin("GET", QStringLiteral("/admin/stats")).value(QStringLiteral("messagesReceived")).toInt(), first);
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
    QCOMPARE(m_engine->outbox().counts(&error).failed, 0);
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
    const QString someAzureId = devices.value(ids.first()).azureDeviceId.toString();
    QList<qint64> skipped;
    QString error;
    QVERIFY2(m_engine->reportNow(ids + QList<qint64>{blankId}, &skipped, &error), qPrintable(error));
    QCOMPARE(skipped, QList<qint64>{blankId});
    QVERIFY(settle());
    QCOMPARE(admin("GET", QStringLiteral("/admin/devices/") + someAzureId).value(QStringLiteral("reports")).toInt(), 2);
    // The audit row names the MDM user signed in, not the operating system's user.
    const QList<AuditEntry> audit = m_store->auditEntries(QStringLiteral("report-now"), 10, &error);
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
    const OutboxCounts before = m_engine->outbox().counts(&error);
    error.clear();
    QVERIFY(!m_engine->reportNow(ids, &skipped, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Report now was not queued: the audit log could not be written: ")),
        qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("audit log refused")), qPrintable(error));
    const OutboxCounts after = m_engine->outbox().counts(&error);
    QCOMPARE(after.pending + after.sent + after.completed + after.failed,
        before.pending + before.sent + before.completed + before.failed);
}

void TestReportingEngine::weeklyReportIsCaughtUp()
{
    QVERIFY(syncAndSettle());
    QString error;
    QVERIFY(!m_engine->catchUpWeekly(&error)); // just reported everything: not due
    const QDateTime eightDaysAgo = QDateTime::currentDateTimeUtc().addDays(-8);
    QVERIFY(m_store->setSetting(QStringLiteral("reporting/lastWeekly"), eightDaysAgo.toString(Qt::ISODateWithMs)));
    const int before = admin("GET", QStringLiteral("/admin/stats")).value(QStringLiteral("entitiesReceived")).toInt();
    QVERIFY2(m_engine->catchUpWeekly(&error), qPrintable(error));
    QVERIFY(settle());
    const QJsonObject stats = admin("GET", QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("entitiesReceived")).toInt(), 2 * before);
    QVERIFY(m_engine->lastWeeklyReport().secsTo(QDateTime::currentDateTimeUtc()) < 60);
}

void TestReportingEngine::escalationByTimeAlone()
{
    QVERIFY(syncAndSettle());
    const QHash<qint64, CompliancePolicy> policies = m_store->loadPolicies(nullptr);
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(45);
    int expected = 0;
    for (const DeviceRecord &device : storedDevices()) {
        if (!ReportPlanner::canReport(device))
            continue;
        const auto now = ComplianceEvaluator::evaluate(device.violations, policies, QDateTime::currentDateTimeUtc());
        const auto then = ComplianceEvaluator::evaluate(device.violations, policies, later);
        expected += now.outcome != then.outcome ? 1 : 0;
    }
    QVERIFY2(expected > 0, "the demo fleet should have tiered violations that escalate within 45 days");
    m_engine->setClock([later] { return later; });
    QSignalSpy queued(m_engine.get(), &ReportingEngine::reportsQueued);
    QString error;
    QVERIFY2(m_engine->reportEscalations(&error), qPrintable(error));
    // Queued in steps on later turns of the event loop (issue 7: no long stall).
    QVERIFY(!m_engine->isIdle());
    QVERIFY(settle());
    int queuedDevices = 0;
    for (const QList<QVariant> &signal : std::as_const(queued)) {
        QCOMPARE(signal.at(1).toString(), QStringLiteral("escalation"));
        queuedDevices += signal.at(0).toInt();
    }
    QCOMPARE(queuedDevices, expected);
}

// Issue 7: a fleet-wide report is read and queued in steps, with the event loop turning
// between them (the window keeps painting), and the weekly date is stored at the end.
void TestReportingEngine::fleetReportIsQueuedInSteps()
{
    QVERIFY(syncAndSettle());
    ReportingSettings settings = m_engine->settings();
    settings.fleetStepDevices = 50;
    m_engine->setSettings(settings);
    QVERIFY(m_store->setSetting(QStringLiteral("reporting/lastWeekly"), QStringLiteral("2020-01-01T00:00:00.000Z")));
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
    QVERIFY(m_engine->lastWeeklyReport().secsTo(QDateTime::currentDateTimeUtc()) < 60);
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
    const QJsonObject stats = admin("GET", QStringLiteral("/admin/stats"));
    QVERIFY(stats.value(QStringLiteral("faultsInjected")).toObject().value(QStringLiteral("429")).toInt() > 0);
    QCOMPARE(stats.value(QStringLiteral("earlyRequests")).toInt(), 0);
    QCOMPARE(m_engine->outbox().counts(&error).failed, 0);
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
    const OutboxCounts counts = m_engine->outbox().counts(&error);
    QVERIFY(counts.completed > 0);
    QCOMPARE(counts.pending + counts.sent, 0);
    const QJsonObject faults = admin("GET", QStringLiteral("/admin/stats")).value(QStringLiteral("faultsInjected")).toObject();
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
    for (const DeviceRecord &device : storedDevices()) {
        if (ReportPlanner::canReport(device)) {
            id = device.id;
            break;
        }
    }
    QList<qint64> skipped;
    QString error;
    QVERIFY(m_engine->reportNow({id}, &skipped, &error));
    QVERIFY(settle());
    const DeviceRecord device = *m_store->loadDevice(id, &error);
    QCOMPARE(device.complianceStatus, AzureComplianceStatus::Failed);
    QVERIFY(!device.reportError.isEmpty());
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
    const QList<OutboxMessage> done = m_engine->outbox().messages({OutboxMessage::State::Completed}, 1, &error);
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
    const QJsonObject before = admin("GET", QStringLiteral("/admin/stats"));
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->isIdle() && m_engine->outbox().message(done.first().id, &error)->state
                                                      == OutboxMessage::State::Completed,
                             30000);
    const QJsonObject after = admin("GET", QStringLiteral("/admin/stats"));
    QCOMPARE(after.value(QStringLiteral("duplicateMessages")).toInt(),
             before.value(QStringLiteral("duplicateMessages")).toInt() + 1);
    QCOMPARE(after.value(QStringLiteral("messagesReceived")).toInt(), before.value(QStringLiteral("messagesReceived")).toInt());
    QCOMPARE(after.value(QStringLiteral("entitiesReceived")).toInt(), before.value(QStringLiteral("entitiesReceived")).toInt());
}

void TestReportingEngine::malformedInventoryChangesNothing()
{
    QVERIFY(syncAndSettle());
    const QHash<qint64, DeviceRecord> before = storedDevices();
    admin("POST", QStringLiteral("/admin/churn"), QJsonObject{{QStringLiteral("changes"), 20}});
    admin("PUT", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("rateMalformed"), 1.0}});
    QSignalSpy finished(m_engine.get(), &ReportingEngine::syncFinished);
    m_engine->sync();
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.first().at(0).toBool());
    const QString error = finished.first().at(1).toString();
    QVERIFY2(error.contains(QStringLiteral("device")) || error.contains(QStringLiteral("polic")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("JSON")) || error.contains(QStringLiteral("malformed"))
                 || error.contains(QStringLiteral("not")),
             qPrintable(error));
    const QHash<qint64, DeviceRecord> after = storedDevices();
    QCOMPARE(after.size(), before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(after.value(it.key()).name, it->name);
}

void TestReportingEngine::switchedOffSendsNothing()
{
    QString switchError;
    QVERIFY(m_engine->setReportingEnabled(false, &switchError));
    QCOMPARE(m_store->setting(QStringLiteral("reportingEnabled")), QStringLiteral("0"));
    QVERIFY(syncAndSettle());
    QCOMPARE(storedDevices().size(), kDevices); // the inventory is still kept current
    QCOMPARE(admin("GET", QStringLiteral("/admin/stats")).value(QStringLiteral("messagesReceived")).toInt(), 0);
    QList<qint64> skipped;
    QString error;
    QVERIFY(!m_engine->reportNow({1}, &skipped, &error));
    QVERIFY(error.contains(QStringLiteral("switched off")));
}

QTEST_GUILESS_MAIN(TestReportingEngine)
#include "tst_reportingengine.moc"
