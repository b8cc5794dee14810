#include "models/policypreview.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The policy editor's preview: for every combination of actions and for
// waits that are all "now" or spread out, at several moments after the violation began,
// the action in effect, what Azure receives, the cause, the timeline and the payload.
class TestPolicyPreview : public QObject
{
    Q_OBJECT

private slots:
    void everyActionCombination_data();
    void everyActionCombination();
    void mostRestrictivePolicyIsTheCause();
    void compliantDeviceHasNoCause();

private:
    static DeviceRecord device(const QList<Violation> &violations);
};

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
const QString kTenant = QStringLiteral("9a6d7b8f-1c2d-4e5f-8a9b-0c1d2e3f4a5b");

// "The most restrictive action due decides", written out independently of ComplianceActions::outcomeOf.
AzureOutcome expectedOutcome(ComplianceAction action)
{
    switch (action) {
    case ComplianceAction::Retire:
        return AzureOutcome::RemovedFromAzure;
    case ComplianceAction::Quarantine:
    case ComplianceAction::BlockAppConnectApps:
    case ComplianceAction::BlockEmail:
        return AzureOutcome::NonCompliant;
    case ComplianceAction::SendAlert:
    case ComplianceAction::None:
        return AzureOutcome::Compliant;
    }
    return AzureOutcome::Compliant;
}

// The most restrictive step whose wait has elapsed after `elapsedDays`.
ComplianceAction expectedAction(const QList<PolicyStep> &steps, qint64 elapsedMs)
{
    ComplianceAction result = ComplianceAction::None;
    for (const PolicyStep &step : steps) {
        if (qint64(step.waitDays) * 86400000 <= elapsedMs && int(step.action) > int(result))
            result = step.action;
    }
    return result;
}
} // namespace

DeviceRecord TestPolicyPreview::device(const QList<Violation> &violations)
{
    DeviceRecord record;
    record.id = 42;
    record.name = QStringLiteral("Ana's iPhone");
    record.user = QStringLiteral("ana@example.com");
    record.platform = Platform::iOS;
    record.osVersion = QStringLiteral("17.4");
    record.model = QStringLiteral("iPhone 15");
    record.manufacturer = QStringLiteral("Apple");
    record.serialNumber = QStringLiteral("F2LX1234");
    record.lastCheckin = kNow.addSecs(-3600);
    AzureDeviceId::parse(QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d"), &record.azureDeviceId, nullptr);
    record.clientStatus = AzureClientStatus::fromWire(QStringLiteral("Success"));
    record.violations = violations;
    return record;
}

void TestPolicyPreview::everyActionCombination_data()
{
    QTest::addColumn<QList<PolicyStep>>("steps");
    QTest::addColumn<int>("elapsedDays");
    const QList<ComplianceAction> &all = ComplianceActions::all();
    const int spread[] = {0, 3, 7, 14, 30};
    for (int mask = 1; mask < (1 << all.size()); ++mask) {
        for (const bool waits : {false, true}) {
            QList<PolicyStep> steps;
            QStringList names;
            for (int i = 0; i < all.size(); ++i) {
                if (!(mask & (1 << i)))
                    continue;
                const int wait = waits ? spread[steps.size()] : 0;
                steps.append(PolicyStep{all.at(i), wait});
                names.append(ComplianceActions::storageName(all.at(i)) + u'@' + QString::number(wait));
            }
            for (const int elapsed : {0, 5, 40}) {
                const QString row = names.join(u',') + QStringLiteral(" elapsed ") + QString::number(elapsed);
                QTest::newRow(qPrintable(row)) << steps << elapsed;
            }
        }
    }
}

void TestPolicyPreview::everyActionCombination()
{
    QFETCH(QList<PolicyStep>, steps);
    QFETCH(int, elapsedDays);
    CompliancePolicy policy;
    policy.id = 7;
    policy.name = QStringLiteral("Passcode required");
    policy.rule = PolicyRule::NoPasscode;
    policy.steps = steps;
    QVERIFY2(policy.validate().isEmpty(), qPrintable(policy.validate()));
    const QDateTime since = kNow.addDays(-elapsedDays);
    const DeviceRecord record = device({Violation{7, since}});
    const PolicyPreview preview = PolicyPreview::build(record, {{7, policy}}, kNow, kTenant);

    const qint64 elapsedMs = since.msecsTo(kNow);
    const ComplianceAction action = expectedAction(steps, elapsedMs);
    QCOMPARE(preview.evaluation.action, action);
    QCOMPARE(preview.evaluation.outcome, expectedOutcome(action));
    if (action == ComplianceAction::None) {
        QCOMPARE(preview.evaluation.causePolicyId, 0);
        QVERIFY(preview.causeText.isEmpty());
    } else {
        QCOMPARE(preview.evaluation.causePolicyId, 7);
        QCOMPARE(preview.evaluation.causeRule, PolicyRule::NoPasscode);
        QVERIFY(preview.causeText.contains(policy.name));
    }

    // Timeline: today, then each step still to come, in order, with what applies then.
    QList<PolicyStep> future;
    for (const PolicyStep &step : steps) {
        if (qint64(step.waitDays) * 86400000 > elapsedMs)
            future.append(step);
    }
    QCOMPARE(preview.timeline.size(), 1 + future.size());
    QCOMPARE(preview.timeline.first().at, kNow);
    QCOMPARE(preview.timeline.first().policyId, 0);
    QCOMPARE(preview.timeline.first().action, action);
    for (int i = 0; i < future.size(); ++i) {
        const PolicyPreview::Moment &moment = preview.timeline.at(i + 1);
        QCOMPARE(moment.policyId, 7);
        QCOMPARE(moment.step, future.at(i));
        QCOMPARE(moment.at, since.addDays(future.at(i).waitDays));
        const ComplianceAction then = expectedAction(steps, qint64(future.at(i).waitDays) * 86400000);
        QCOMPARE(moment.action, then);
        QCOMPARE(moment.outcome, expectedOutcome(then));
    }

    // The payload: DataUploadMessages body whose Content is the entities, as a string.
    const QJsonObject body = QJsonDocument::fromJson(preview.uploadBody).object();
    QCOMPARE(body.value(QStringLiteral("TenantId")).toString(), kTenant);
    const QJsonArray content
        = QJsonDocument::fromJson(body.value(QStringLiteral("Content")).toString().toUtf8()).array();
    QCOMPARE(content, preview.entities);
    QCOMPARE(content.size(), 2);
    const QJsonObject inventory = content.at(0).toObject();
    const QJsonObject compliance = content.at(1).toObject();
    QCOMPARE(inventory.value(QStringLiteral("EntityType")).toInt(), 1);
    QCOMPARE(compliance.value(QStringLiteral("EntityType")).toInt(), 4);
    QCOMPARE(compliance.value(QStringLiteral("DeviceId")).toString(),
             QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d"));
    const AzureOutcome outcome = expectedOutcome(action);
    QCOMPARE(compliance.value(QStringLiteral("complianceStatus")).toString(),
             outcome == AzureOutcome::Compliant ? QStringLiteral("compliant") : QStringLiteral("notCompliant"));
    QCOMPARE(inventory.value(QStringLiteral("DeviceManagementState")).toString(),
             outcome == AzureOutcome::RemovedFromAzure ? QStringLiteral("notManaged") : QStringLiteral("managed"));
}

void TestPolicyPreview::mostRestrictivePolicyIsTheCause()
{
    CompliancePolicy alert;
    alert.id = 1;
    alert.name = QStringLiteral("Storage encryption");
    alert.rule = PolicyRule::NotEncrypted;
    alert.steps = {{ComplianceAction::SendAlert, 0}, {ComplianceAction::BlockEmail, 10}};
    CompliancePolicy quarantine;
    quarantine.id = 2;
    quarantine.name = QStringLiteral("iOS 16 or later");
    quarantine.rule = PolicyRule::OsBelowMinimum;
    quarantine.parameter = QStringLiteral("16.0");
    quarantine.steps = {{ComplianceAction::Quarantine, 1}, {ComplianceAction::Retire, 20}};
    const DeviceRecord record = device({Violation{1, kNow.addDays(-2)}, Violation{2, kNow.addDays(-3)}});
    const PolicyPreview preview = PolicyPreview::build(record, {{1, alert}, {2, quarantine}}, kNow, kTenant);
    QCOMPARE(preview.evaluation.action, ComplianceAction::Quarantine);
    QCOMPARE(preview.evaluation.causePolicyId, 2);
    QVERIFY(preview.causeText.contains(QStringLiteral("16.0")));
    // Today; Block Email on day 8 (from now) changes nothing Azure sees; Retire on day 17.
    QCOMPARE(preview.timeline.size(), 3);
    QCOMPARE(preview.timeline.at(1).step.action, ComplianceAction::BlockEmail);
    QCOMPARE(preview.timeline.at(1).action, ComplianceAction::Quarantine);
    QCOMPARE(preview.timeline.at(2).step.action, ComplianceAction::Retire);
    QCOMPARE(preview.timeline.at(2).outcome, AzureOutcome::RemovedFromAzure);
    QCOMPARE(preview.timeline.at(2).at, kNow.addDays(17));
}

void TestPolicyPreview::compliantDeviceHasNoCause()
{
    const PolicyPreview preview = PolicyPreview::build(device({}), {}, kNow, kTenant);
    QCOMPARE(preview.evaluation.outcome, AzureOutcome::Compliant);
    QCOMPARE(preview.timeline.size(), 1);
    QVERIFY(preview.causeText.isEmpty());
    QVERIFY(!preview.uploadBody.isEmpty());
}

QTEST_GUILESS_MAIN(TestPolicyPreview)
#include "tst_policypreview.moc"
