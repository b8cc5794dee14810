#include "app/reporting/reportplanner.h"
#include "models/azurepayload.h"

#include <QJsonObject>
#include <QTest>

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
const QUuid kTenant(QStringLiteral("6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c"));

DeviceRecord reportable()
{
    DeviceRecord device;
    device.id = 7;
    device.name = QStringLiteral("Maria's iPhone");
    device.user = QStringLiteral("maria@contoso.com");
    device.userPrincipalName = QStringLiteral("maria@contoso.com");
    device.entraUserId = QUuid(QStringLiteral("4f1a2b3c-5d6e-4f70-8a9b-0c1d2e3f4a5b"));
    device.entraUserState = EntraUserState::Known;
    device.platform = Platform::iOS;
    device.osVersion = QStringLiteral("17.4");
    device.model = QStringLiteral("iPhone 15");
    device.manufacturer = QStringLiteral("Apple");
    device.serialNumber = QStringLiteral("F2LXK1ABCD");
    device.clientStatus = AzureClientStatus(AzureClientStatus::Code::Success);
    device.azureDeviceId = AzureDeviceId::fromUuid(QUuid(QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d")));
    device.violations = {Violation{1, kNow.addDays(-2)}};
    return device;
}

DeviceStore::ReportState reported(AzureOutcome outcome, const DeviceRecord &device)
{
    DeviceStore::ReportState state;
    state.reportedOutcome = outcome;
    state.reportedFingerprint = AzurePayload::inventoryFingerprint(device);
    return state;
}
} // namespace

using OptionalTrigger = std::optional<ReportTrigger>;
Q_DECLARE_METATYPE(OptionalTrigger)
Q_DECLARE_METATYPE(DeviceRecord)
Q_DECLARE_METATYPE(DeviceStore::ReportState)

class TestReportPlanner : public QObject
{
    Q_OBJECT

private slots:
    void triggerAfterSync_data();
    void triggerAfterSync();
    void payloadIsWhatAzureReceives_data();
    void payloadIsWhatAzureReceives();
    void lastCheckinAloneIsNoInventoryChange();
    void userIsPartOfTheInventory();
    void inventoryState_data();
    void inventoryState();
    void lastCheckInTimeIsNeverNull();
    void whyNotReportable();
};

void TestReportPlanner::triggerAfterSync_data()
{
    QTest::addColumn<DeviceRecord>("device");
    QTest::addColumn<bool>("knownBefore");
    QTest::addColumn<QList<Violation>>("violationsBefore");
    QTest::addColumn<DeviceStore::ReportState>("state");
    QTest::addColumn<AzureOutcome>("outcome");
    QTest::addColumn<OptionalTrigger>("expected");

    const DeviceRecord device = reportable();
    const QList<Violation> same = device.violations;
    const QList<Violation> none;
    QTest::addRow("never reported") << device << false << none << DeviceStore::ReportState()
                                    << AzureOutcome::Compliant << OptionalTrigger(ReportTrigger::ComplianceChange);
    QTest::addRow("nothing changed") << device << true << same << reported(AzureOutcome::NonCompliant, device)
                                     << AzureOutcome::NonCompliant << OptionalTrigger();
    QTest::addRow("new violation changes outcome")
        << device << true << none << reported(AzureOutcome::Compliant, device) << AzureOutcome::NonCompliant
        << OptionalTrigger(ReportTrigger::ComplianceChange);
    DeviceRecord resolved = device;
    resolved.violations.clear();
    QTest::addRow("violation resolved") << resolved << true << same << reported(AzureOutcome::NonCompliant, device)
                                        << AzureOutcome::Compliant << OptionalTrigger(ReportTrigger::ComplianceChange);
    // Same violations as before, the outcome moved: a wait elapsed (time alone).
    QTest::addRow("escalation by time alone")
        << device << true << same << reported(AzureOutcome::Compliant, device) << AzureOutcome::NonCompliant
        << OptionalTrigger(ReportTrigger::Escalation);
    QTest::addRow("escalation to retire") << device << true << same << reported(AzureOutcome::NonCompliant, device)
                                          << AzureOutcome::RemovedFromAzure
                                          << OptionalTrigger(ReportTrigger::Escalation);
    DeviceRecord renamed = device;
    renamed.name = QStringLiteral("Maria's new iPhone");
    QTest::addRow("inventory change") << renamed << true << same << reported(AzureOutcome::NonCompliant, device)
                                      << AzureOutcome::NonCompliant << OptionalTrigger(ReportTrigger::InventoryChange);
    DeviceRecord upgraded = device;
    upgraded.osVersion = QStringLiteral("18.0");
    QTest::addRow("OS upgrade is inventory") << upgraded << true << same << reported(AzureOutcome::NonCompliant, device)
                                             << AzureOutcome::NonCompliant
                                             << OptionalTrigger(ReportTrigger::InventoryChange);
    QTest::addRow("compliance wins over inventory")
        << renamed << true << none << reported(AzureOutcome::Compliant, device) << AzureOutcome::NonCompliant
        << OptionalTrigger(ReportTrigger::ComplianceChange);
    for (AzureClientStatus::Code code : AzureClientStatus::knownCodes()) {
        if (code == AzureClientStatus::Code::Success)
            continue;
        DeviceRecord blank = device;
        blank.clientStatus = AzureClientStatus(code);
        blank.azureDeviceId = AzureDeviceId();
        QTest::addRow("not sent: %s", qPrintable(AzureClientStatus::wireName(code)))
            << blank << false << none << DeviceStore::ReportState() << AzureOutcome::NonCompliant << OptionalTrigger();
    }
    DeviceRecord successBlank = device;
    successBlank.azureDeviceId = AzureDeviceId();
    QTest::addRow("not sent: Success but no id yet") << successBlank << false << none << DeviceStore::ReportState()
                                                     << AzureOutcome::Compliant << OptionalTrigger();
    // Azure takes reports only for a user it knows (UserId is the Entra object id).
    for (const auto &[name, state] : { std::pair("not in Entra", EntraUserState::NotInEntra),
             std::pair("user not looked up", EntraUserState::NotLookedUp), std::pair("no user", EntraUserState::NoUser) }) {
        DeviceRecord unknownUser = device;
        unknownUser.entraUserId = QUuid();
        unknownUser.entraUserState = state;
        QTest::addRow("not sent: %s", name) << unknownUser << false << none << DeviceStore::ReportState()
                                            << AzureOutcome::Compliant << OptionalTrigger();
        QTest::addRow("not sent after a change: %s", name)
            << unknownUser << true << none << reported(AzureOutcome::Compliant, device) << AzureOutcome::NonCompliant
            << OptionalTrigger();
    }
    // A state that says known without an id is not sendable either.
    DeviceRecord knownWithoutId = device;
    knownWithoutId.entraUserId = QUuid();
    QTest::addRow("not sent: known without an object id") << knownWithoutId << false << none
                                                         << DeviceStore::ReportState() << AzureOutcome::Compliant
                                                         << OptionalTrigger();
    DeviceRecord otherUser = device;
    otherUser.entraUserId = QUuid(QStringLiteral("9e8d7c6b-5a49-4837-a261-504f3e2d1c0b"));
    QTest::addRow("another user is inventory") << otherUser << true << same << reported(AzureOutcome::NonCompliant, device)
                                               << AzureOutcome::NonCompliant
                                               << OptionalTrigger(ReportTrigger::InventoryChange);
}

void TestReportPlanner::triggerAfterSync()
{
    QFETCH(DeviceRecord, device);
    QFETCH(bool, knownBefore);
    QFETCH(QList<Violation>, violationsBefore);
    QFETCH(DeviceStore::ReportState, state);
    QFETCH(AzureOutcome, outcome);
    QFETCH(OptionalTrigger, expected);
    const std::optional<QList<Violation>> before = knownBefore ? std::optional(violationsBefore) : std::nullopt;
    QCOMPARE(ReportPlanner::triggerAfterSync(device, before, state, outcome), expected);
}

void TestReportPlanner::payloadIsWhatAzureReceives_data()
{
    QTest::addColumn<AzureOutcome>("outcome");
    QTest::addColumn<QString>("management");
    QTest::addColumn<QString>("compliance");
    QTest::addRow("compliant") << AzureOutcome::Compliant << QStringLiteral("managed") << QStringLiteral("compliant");
    QTest::addRow("non-compliant") << AzureOutcome::NonCompliant << QStringLiteral("managed")
                                   << QStringLiteral("notCompliant");
    QTest::addRow("retired") << AzureOutcome::RemovedFromAzure << QStringLiteral("notManaged")
                             << QStringLiteral("notCompliant");
}

void TestReportPlanner::payloadIsWhatAzureReceives()
{
    QFETCH(AzureOutcome, outcome);
    QFETCH(QString, management);
    QFETCH(QString, compliance);
    const OutboxDevice report = ReportPlanner::reportFor(reportable(), outcome, kNow, kTenant);
    QCOMPARE(report.deviceId, 7);
    QCOMPARE(report.outcome, outcome);
    QCOMPARE(report.entities.size(), 2);
    const QJsonObject inventory = report.entities[0].toObject();
    const QJsonObject state = report.entities[1].toObject();
    const QString tenant = QStringLiteral("6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c");
    const QString user = QStringLiteral("4f1a2b3c-5d6e-4f70-8a9b-0c1d2e3f4a5b");
    QCOMPARE(inventory.value(QStringLiteral("EntityType")).toInt(), 1);
    QCOMPARE(inventory.value(QStringLiteral("TenantId")).toString(), tenant);
    QCOMPARE(inventory.value(QStringLiteral("DeviceManagementState")).toString(), management);
    QCOMPARE(inventory.value(QStringLiteral("DeviceId")).toString(), QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d"));
    QCOMPARE(inventory.value(QStringLiteral("UserId")).toString(), user);
    QCOMPARE(inventory.value(QStringLiteral("Os")).toString(), QStringLiteral("iOS"));
    QCOMPARE(inventory.value(QStringLiteral("SerialNumber")).toString(), QStringLiteral("F2LXK1ABCD"));
    QCOMPARE(inventory.value(QStringLiteral("Vendor")).toString(), QStringLiteral("Apple"));
    QVERIFY(!inventory.contains(QStringLiteral("Manufacturer")));
    QVERIFY(inventory.value(QStringLiteral("State")).isDouble());
    QCOMPARE(inventory.value(QStringLiteral("State")).toInt(), 0);
    QVERIFY(inventory.value(QStringLiteral("EasIds")).isArray());
    QCOMPARE(inventory.value(QStringLiteral("LastUpdateTime")).toString(), QStringLiteral("2026-11-23T09:00:00.000Z"));
    QCOMPARE(state.value(QStringLiteral("EntityType")).toInt(), 4);
    QCOMPARE(state.value(QStringLiteral("TenantId")).toString(), tenant);
    QCOMPARE(state.value(QStringLiteral("complianceStatus")).toString(), compliance);
    QCOMPARE(state.value(QStringLiteral("UserId")).toString(), user);
}

void TestReportPlanner::lastCheckinAloneIsNoInventoryChange()
{
    DeviceRecord device = reportable();
    const QString before = AzurePayload::inventoryFingerprint(device);
    device.lastCheckin = kNow;
    QCOMPARE(AzurePayload::inventoryFingerprint(device), before);
}

void TestReportPlanner::userIsPartOfTheInventory()
{
    DeviceRecord device = reportable();
    const QString before = AzurePayload::inventoryFingerprint(device);
    // The e-mail address is not sent, so a change of it alone is not reported...
    device.user = QStringLiteral("maria.garcia@contoso.com");
    QCOMPARE(AzurePayload::inventoryFingerprint(device), before);
    // ...the Entra object id and the EAS ids are.
    device.easIds = { QStringLiteral("ApplF2LXK1ABCD") };
    const QString withEas = AzurePayload::inventoryFingerprint(device);
    QVERIFY(withEas != before);
    device.entraUserId = QUuid(QStringLiteral("9e8d7c6b-5a49-4837-a261-504f3e2d1c0b"));
    QVERIFY(AzurePayload::inventoryFingerprint(device) != withEas);
}

void TestReportPlanner::inventoryState_data()
{
    QTest::addColumn<QString>("registration");
    QTest::addColumn<qint64>("hoursSinceCheckin"); // -1: never checked in
    QTest::addColumn<int>("state");
    QTest::addRow("active, seen now") << QStringLiteral("ACTIVE") << qint64(0) << 0;
    QTest::addRow("active, seen 23 h ago") << QStringLiteral("ACTIVE") << qint64(23) << 0;
    QTest::addRow("active, seen 25 h ago: unresponsive") << QStringLiteral("ACTIVE") << qint64(25) << 2;
    QTest::addRow("active, never seen") << QStringLiteral("ACTIVE") << qint64(-1) << 0;
    QTest::addRow("retired") << QStringLiteral("RETIRED") << qint64(0) << 1;
    QTest::addRow("retire pending") << QStringLiteral("RETIRE_PENDING") << qint64(400) << 1;
    QTest::addRow("wiped") << QStringLiteral("WIPED") << qint64(1) << 1;
    QTest::addRow("deactivated, lower case") << QStringLiteral("deactivated") << qint64(1) << 1;
    QTest::addRow("unknown state") << QStringLiteral("PENDING") << qint64(400) << 0;
    QTest::addRow("empty") << QString() << qint64(1) << 0;
}

void TestReportPlanner::inventoryState()
{
    QFETCH(QString, registration);
    QFETCH(qint64, hoursSinceCheckin);
    QFETCH(int, state);
    DeviceRecord device = reportable();
    device.registrationState = registration;
    device.lastCheckin = hoursSinceCheckin < 0 ? QDateTime() : kNow.addSecs(-hoursSinceCheckin * 3600);
    QCOMPARE(AzurePayload::inventoryState(device, kNow), state);
    const QJsonObject inventory
        = AzurePayload::entitiesFor(device, AzureOutcome::Compliant, kNow, kTenant.toString(QUuid::WithoutBraces))
              .at(0)
              .toObject();
    QVERIFY(inventory.value(QStringLiteral("State")).isDouble());
    QCOMPARE(inventory.value(QStringLiteral("State")).toInt(), state);
}

void TestReportPlanner::lastCheckInTimeIsNeverNull()
{
    DeviceRecord device = reportable();
    const QString tenant = kTenant.toString(QUuid::WithoutBraces);
    const auto sent = [&] {
        return AzurePayload::entitiesFor(device, AzureOutcome::Compliant, kNow, tenant)
            .at(0)
            .toObject()
            .value(QStringLiteral("LastCheckInTime"));
    };
    device.lastCheckin = kNow.addSecs(-90);
    device.registeredAt = kNow.addDays(-100);
    QCOMPARE(sent().toString(), QStringLiteral("2026-11-23T08:58:30.000Z"));
    device.lastCheckin = QDateTime();
    QCOMPARE(sent().toString(), QStringLiteral("2026-08-15T09:00:00.000Z"));
    device.registeredAt = QDateTime();
    QCOMPARE(sent().toString(), QStringLiteral("2026-11-23T09:00:00.000Z"));
}

void TestReportPlanner::whyNotReportable()
{
    DeviceRecord device = reportable();
    QVERIFY(ReportPlanner::canReport(device));
    QVERIFY(ReportPlanner::whyNotReportable(device).isEmpty());
    device.entraUserId = QUuid();
    device.entraUserState = EntraUserState::NotInEntra;
    QVERIFY(!ReportPlanner::canReport(device));
    QVERIFY2(ReportPlanner::whyNotReportable(device).contains(QStringLiteral("maria@contoso.com")),
        qPrintable(ReportPlanner::whyNotReportable(device)));
    QCOMPARE(ReportPlanner::userProblem(device), ReportPlanner::whyNotReportable(device));
    device.azureDeviceId = AzureDeviceId();
    // The missing Azure id comes first; the user problem is still named on its own.
    QVERIFY(ReportPlanner::whyNotReportable(device) != ReportPlanner::userProblem(device));
    QVERIFY(!ReportPlanner::userProblem(device).isEmpty());
}

QTEST_GUILESS_MAIN(TestReportPlanner)
#include "tst_reportplanner.moc"
