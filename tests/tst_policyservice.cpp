#include "app/net/networkservices.h"
#include "app/policy/policyservice.h"
#include "app/reporting/reportplanner.h"
#include "app/reporting/reportingengine.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/tenant/demotenant.h"
#include "tests/emulatornetsettings.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Saving a policy end to end over loopback: the real emulator enforces the roles, a save
// by the policy author reaches the MDM, the store and the audit log, and the reports that
// follow reach Azure (the emulator); a helpdesk write is refused and changes nothing.
class TestPolicyService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roleComesFromTheCredentials();
    void emulatorRefusesHelpdeskWrites();
    void emulatorRejectsAnInvalidPolicy();
    void helpdeskSaveIsRefusedAndChangesNothing();
    void authorSaveReportsTheAffectedDevices();
    void laterSyncKeepsTheSavedPolicy();
    void cleanupTestCase();

private:
    struct Http
    {
        int status = 0;
        QJsonObject body;
    };
    Http call(const QByteArray &method, const QString &path, const QString &user, const QByteArray &body = {});
    bool settle(int timeoutMs = 60000);
    std::unique_ptr<PolicyService> service(NetworkServices *network);
    int auditCount();

    EmulatorProcess m_tenant;
    QTemporaryDir m_dir;
    std::shared_ptr<SqliteStore> m_store;
    std::unique_ptr<NetworkServices> m_author;
    std::unique_ptr<NetworkServices> m_helpdesk;
    std::unique_ptr<ReportingEngine> m_engine;
    static constexpr int kDevices = 300;
};

TestPolicyService::Http TestPolicyService::call(const QByteArray &method, const QString &path, const QString &user,
                                                const QByteArray &body)
{
    QList<std::pair<QByteArray, QByteArray>> headers{{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    if (!user.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), "Basic " + (user + QStringLiteral(":demo")).toUtf8().toBase64()});
    const EmulatorProcess::Reply reply = m_tenant.send(method, path, body, headers);
    return Http{reply.status, reply.json()};
}

bool TestPolicyService::settle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && !m_engine->isIdle())
        QTest::qWait(50);
    return m_engine->isIdle();
}

std::unique_ptr<PolicyService> TestPolicyService::service(NetworkServices *network)
{
    auto result = std::make_unique<PolicyService>(m_store, network, m_engine.get());
    QSignalSpy role(result.get(), &PolicyService::roleChanged);
    result->refreshRole();
    if (!role.wait(10000))
        qWarning("no role answer");
    return result;
}

int TestPolicyService::auditCount()
{
    QString error;
    return int(m_store->auditLog().auditEntries({}, 100000, &error).size());
}

void TestPolicyService::initTestCase()
{
    QString error;
    QVERIFY2(m_tenant.start(EmulatorProcess::demoArguments(kDevices, 11) + QStringList{QStringLiteral("--processing-ms"), QStringLiteral("50")}, &error),
             qPrintable(error));
    QCOMPARE(m_tenant.baseUrl().host(), QStringLiteral("127.0.0.1"));
    m_store = std::make_shared<SqliteStore>(m_dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(m_store->open(&error), qPrintable(error));
    NetSettings author = demoNetSettings(m_tenant);
    author.pageSize = 100;
    m_author = std::make_unique<NetworkServices>(author);
    NetSettings helpdesk = author;
    helpdesk.mdmUser = QStringLiteral("helpdesk");
    m_helpdesk = std::make_unique<NetworkServices>(helpdesk);
    m_engine = std::make_unique<ReportingEngine>(m_store.get(), m_author.get());
    ReportingSettings settings;
    settings.tenantId = DemoTenant::tenantId();
    settings.batchSize = 50;
    settings.confirmPollMs = 50;
    settings.confirmPollCapMs = 200;
    m_engine->setSettings(settings);
    m_engine->start();
    QSignalSpy synced(m_engine.get(), &ReportingEngine::syncFinished);
    m_engine->sync();
    QVERIFY(synced.wait(60000));
    QVERIFY2(synced.first().at(0).toBool(), qPrintable(synced.first().at(1).toString()));
    QVERIFY(settle());
}

void TestPolicyService::cleanupTestCase()
{
    m_engine.reset();
    m_tenant.stop();
}

void TestPolicyService::roleComesFromTheCredentials()
{
    const auto author = service(m_author.get());
    QCOMPARE(author->role(), PolicyService::Role::PolicyAuthor);
    QVERIFY(author->canEdit());
    QVERIFY(author->readOnlyReason().isEmpty());
    const auto helpdesk = service(m_helpdesk.get());
    QCOMPARE(helpdesk->role(), PolicyService::Role::Helpdesk);
    QVERIFY(!helpdesk->canEdit());
    QVERIFY(helpdesk->readOnlyReason().contains(QStringLiteral("helpdesk")));
    const Http me = call("GET", QStringLiteral("/api/v1/account/me"), QStringLiteral("helpdesk"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.body.value(QStringLiteral("result")).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("helpdesk"));
    QCOMPARE(call("GET", QStringLiteral("/api/v1/account/me"), QStringLiteral("nobody")).status, 401);
}

void TestPolicyService::emulatorRefusesHelpdeskWrites()
{
    const QByteArray body = R"({"id":3,"name":"Passcode required","rule":"noPasscode","parameter":"",
        "actions":[{"action":"retire","waitDays":0}]})";
    const Http refused = call("PUT", QStringLiteral("/api/v1/compliancepolicy/3?dmPartitionId=1001"),
                              QStringLiteral("helpdesk"), body);
    QCOMPARE(refused.status, 403);
    // Ivanti's error envelope: {"errors":{...},"result":null}, naming the role.
    const QString refusal = QString::fromUtf8(QJsonDocument(refused.body).toJson(QJsonDocument::Compact));
    QVERIFY2(refused.body.value(QStringLiteral("errors")).isObject(), qPrintable(refusal));
    QVERIFY2(refusal.contains(QStringLiteral("helpdesk")), qPrintable(refusal));
    // The MDM's policy is unchanged; the helpdesk user may still read it.
    const Http list = call("GET", QStringLiteral("/api/v1/compliancepolicy?dmPartitionId=1001"),
                           QStringLiteral("helpdesk"));
    QCOMPARE(list.status, 200);
    const QJsonArray policies
        = list.body.value(QStringLiteral("result")).toObject().value(QStringLiteral("searchResults")).toArray();
    for (const QJsonValue &policy : policies) {
        if (policy.toObject().value(QStringLiteral("id")).toInt() == 3) {
            QVERIFY(policy.toObject().value(QStringLiteral("actions")).toArray().size() > 1);
        }
    }
}

void TestPolicyService::emulatorRejectsAnInvalidPolicy()
{
    const QByteArray duplicate = R"({"id":3,"name":"Passcode required","rule":"noPasscode","parameter":"",
        "actions":[{"action":"sendAlert","waitDays":0},{"action":"sendAlert","waitDays":2}]})";
    const Http refused = call("PUT", QStringLiteral("/api/v1/compliancepolicy/3?dmPartitionId=1001"),
                              QStringLiteral("admin"), duplicate);
    QCOMPARE(refused.status, 400);
    const QString refusal = QString::fromUtf8(QJsonDocument(refused.body).toJson(QJsonDocument::Compact));
    QVERIFY2(refusal.contains(QStringLiteral("twice")), qPrintable(refusal));
    const Http mismatch = call("PUT", QStringLiteral("/api/v1/compliancepolicy/4?dmPartitionId=1001"),
                               QStringLiteral("admin"), R"({"id":3,"name":"x","rule":"noPasscode","parameter":"",
        "actions":[{"action":"sendAlert","waitDays":0}]})");
    QCOMPARE(mismatch.status, 400);
    QCOMPARE(call("PUT", QStringLiteral("/api/v1/compliancepolicy/3?dmPartitionId=1001"), QStringLiteral("admin"),
                  "{not json")
                 .status,
             400);
}

void TestPolicyService::helpdeskSaveIsRefusedAndChangesNothing()
{
    QString error;
    const QHash<qint64, CompliancePolicy> before = m_store->policies().loadPolicies(&error);
    QVERIFY(before.contains(4));
    const int audits = auditCount();
    const OutboxCounts outboxBefore = m_store->outbox().counts(&error);
    const int writesBefore = m_tenant.stats().value(QStringLiteral("policyWrites")).toInt();

    // The UI would not offer this; the service is forced past it.
    const auto helpdesk = service(m_helpdesk.get());
    CompliancePolicy edited = before.value(4);
    edited.steps = {{ComplianceAction::Quarantine, 0}};
    QSignalSpy finished(helpdesk.get(), &PolicyService::saveFinished);
    helpdesk->save({edited});
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("403")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(finished.first().at(2).value<QList<CompliancePolicy>>().isEmpty());

    const QHash<qint64, CompliancePolicy> after = m_store->policies().loadPolicies(&error);
    QCOMPARE(after.keys().size(), before.keys().size());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY(FleetImpact::samePolicy(*it, after.value(it.key())));
    QCOMPARE(auditCount(), audits);
    const OutboxCounts outboxAfter = m_store->outbox().counts(&error);
    QCOMPARE(outboxAfter.completed + outboxAfter.pending + outboxAfter.sent + outboxAfter.failed,
             outboxBefore.completed + outboxBefore.pending + outboxBefore.sent + outboxBefore.failed);
    QCOMPARE(m_tenant.stats().value(QStringLiteral("policyWrites")).toInt(),
             writesBefore);
}

void TestPolicyService::authorSaveReportsTheAffectedDevices()
{
    QString error;
    const QHash<qint64, CompliancePolicy> before = m_store->policies().loadPolicies(&error);
    CompliancePolicy edited = before.value(4); // Storage encryption: Send Alert now, Block AppConnect after 2 days
    QCOMPARE(edited.steps.first().action, ComplianceAction::SendAlert);
    edited.steps.first().action = ComplianceAction::Quarantine; // "Send Alert" becomes "Quarantine"
    QHash<qint64, CompliancePolicy> after = before;
    after.insert(4, edited);

    // Expected: every reportable device whose outcome changes, by brute force.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<qint64, QUuid> expected; // device id -> Azure device id
    QVERIFY(m_store->devices().forEachDevice({}, [&](const DeviceRecord &device, const DeviceStore::ReportState &state) {
        const AzureOutcome was = ComplianceEvaluator::evaluate(device.violations, before, now).outcome;
        const AzureOutcome will = ComplianceEvaluator::evaluate(device.violations, after, now).outcome;
        if (ReportPlanner::canReport(device) && was != will && state.reportedOutcome)
            expected.insert(device.id, device.azureDeviceId.uuid());
        return true;
    }, &error));
    QVERIFY2(!expected.isEmpty(), "the demo fleet must have reportable devices violating policy 4");

    const int audits = auditCount();
    QSignalSpy queued(m_engine.get(), &ReportingEngine::reportsQueued);
    const auto author = service(m_author.get());
    QSignalSpy finished(author.get(), &PolicyService::saveFinished);
    const QDateTime savedFrom = QDateTime::currentDateTimeUtc().addMSecs(-1); // audit times are in ms
    author->save({edited});
    QVERIFY(finished.wait(10000));
    const QDateTime savedBy = QDateTime::currentDateTimeUtc();
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(finished.first().at(3).toInt(), expected.size());
    QVERIFY(settle());

    // The MDM has it, the store has it.
    const Http list = call("GET", QStringLiteral("/api/v1/compliancepolicy?dmPartitionId=1001"), QStringLiteral("admin"));
    bool found = false;
    for (const QJsonValue &policy :
         list.body.value(QStringLiteral("result")).toObject().value(QStringLiteral("searchResults")).toArray()) {
        if (policy.toObject().value(QStringLiteral("id")).toInt() == 4) {
            found = true;
            QCOMPARE(policy.toObject().value(QStringLiteral("actions")).toArray().first().toObject()
                         .value(QStringLiteral("action")).toString(),
                     QStringLiteral("quarantine"));
        }
    }
    QVERIFY(found);
    QVERIFY(FleetImpact::samePolicy(m_store->policies().loadPolicies(&error).value(4), edited));

    // The reports are compliance changes, as a device-side change would be, and Azure
    // (the emulator) now has each affected device as notCompliant.
    int devicesQueued = 0;
    for (const QList<QVariant> &signal : queued) {
        QCOMPARE(signal.at(1).toString(), ReportPlanner::triggerStorageName(ReportTrigger::ComplianceChange));
        devicesQueued += signal.at(0).toInt();
    }
    QCOMPARE(devicesQueued, expected.size());
    for (const QUuid &azureId : std::as_const(expected)) {
        const Http received = call("GET", QStringLiteral("/admin/devices/") + azureId.toString(QUuid::WithoutBraces), {});
        QCOMPARE(received.status, 200);
        const QJsonObject compliance = received.body.value(QStringLiteral("last")).toObject()
                                           .value(QStringLiteral("compliance")).toObject();
        QCOMPARE(compliance.value(QStringLiteral("complianceStatus")).toString(), QStringLiteral("notCompliant"));
        // The peer's own evaluation under the saved policy agrees.
        QCOMPARE(received.body.value(QStringLiteral("expected")).toObject().value(QStringLiteral("complianceStatus")).toString(),
                 QStringLiteral("notCompliant"));
    }

    // One audit row: who, which policy, what changed.
    const QList<AuditEntry> entries = m_store->auditLog().auditEntries({}, 10, &error);
    QCOMPARE(auditCount(), audits + 1);
    QCOMPARE(entries.first().actor, QStringLiteral("admin"));
    QCOMPARE(entries.first().action, QStringLiteral("policy-change"));
    QVERIFY(entries.first().target.contains(QStringLiteral("#4")));
    QVERIFY2(entries.first().detail.contains(QStringLiteral("Quarantine")), qPrintable(entries.first().detail));
    QVERIFY(entries.first().detail.contains(QStringLiteral("Send Alert")));
    // Written while the save ran: between the moments before and after it, however long it took.
    QVERIFY2(entries.first().at >= savedFrom && entries.first().at <= savedBy,
        qPrintable(entries.first().at.toString(Qt::ISODateWithMs)));
    // The filter finds it by policy and by user, and not by something absent.
    QCOMPARE(m_store->auditLog().auditEntries(QStringLiteral("#4"), 10, &error).size(), 1);
    QVERIFY(m_store->auditLog().auditEntries(QStringLiteral("ADMIN"), 10, &error).size() >= 1);
    QCOMPARE(m_store->auditLog().auditEntries(QStringLiteral("no such text%"), 10, &error).size(), 0);
}

void TestPolicyService::laterSyncKeepsTheSavedPolicy()
{
    // After the save above: the MDM quarantines the devices whose action in effect is now
    // Quarantine, and the next inventory sync pulls the saved policy back, so it neither
    // undoes the edit nor reports those devices again.
    QString error;
    const QHash<qint64, CompliancePolicy> saved = m_store->policies().loadPolicies(&error);
    QCOMPARE(saved.value(4).steps.first().action, ComplianceAction::Quarantine);
    QSignalSpy queued(m_engine.get(), &ReportingEngine::reportsQueued);
    QSignalSpy synced(m_engine.get(), &ReportingEngine::syncFinished);
    m_engine->sync();
    QVERIFY(synced.wait(60000));
    QVERIFY2(synced.first().at(0).toBool(), qPrintable(synced.first().at(1).toString()));
    QVERIFY(settle());
    QVERIFY(FleetImpact::samePolicy(m_store->policies().loadPolicies(&error).value(4), saved.value(4)));
    for (const QList<QVariant> &signal : queued)
        QVERIFY(signal.at(1).toString() != ReportPlanner::triggerStorageName(ReportTrigger::ComplianceChange));

    // Every device's MDM quarantine, as synced, follows the saved policies.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int quarantined = 0;
    int byPolicy4 = 0;
    int wrong = 0;
    QVERIFY(m_store->devices().forEachDevice({}, [&](const DeviceRecord &device, const DeviceStore::ReportState &) {
        const DeviceEvaluation evaluation = ComplianceEvaluator::evaluate(device.violations, saved, now);
        const bool expected = evaluation.action == ComplianceAction::Quarantine;
        if (device.quarantined != expected) {
            ++wrong;
            qWarning("device %lld: quarantined %d, expected %d", device.id, int(device.quarantined), int(expected));
        }
        quarantined += expected ? 1 : 0;
        byPolicy4 += expected && evaluation.causePolicyId == 4 ? 1 : 0;
        return true;
    }, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(wrong, 0);
    QVERIFY2(byPolicy4 > 0, "the saved Quarantine step must quarantine some devices");
    // The MDM's own query agrees with the records it serves.
    const Http list = call("GET", QStringLiteral("/api/v1/device?dmPartitionId=1001&fq=quarantined%3Dtrue&rows=1"),
                           QStringLiteral("admin"));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.body.value(QStringLiteral("result")).toObject().value(QStringLiteral("totalCount")).toInt(),
             quarantined);
}

QTEST_GUILESS_MAIN(TestPolicyService)
#include "tst_policyservice.moc"
