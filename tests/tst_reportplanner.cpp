#include "app/reporting/reportplanner.h"
#include "models/azurepayload.h"

#include <QJsonObject>
#include <QTest>

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

DeviceRecord reportable()
{
    DeviceRecord device;
    device.id = 7;
    device.name = QStringLiteral("Maria's iPhone");
    device.user = QStringLiteral("maria@contoso.com");
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
    const OutboxDevice report = ReportPlanner::reportFor(reportable(), outcome, kNow);
    QCOMPARE(report.deviceId, 7);
    QCOMPARE(report.outcome, outcome);
    QCOMPARE(report.entities.size(), 2);
    const QJsonObject inventory = report.entities[0].toObject();
    const QJsonObject state = report.entities[1].toObject();
    QCOMPARE(inventory.value(QStringLiteral("EntityType")).toInt(), 1);
    QCOMPARE(inventory.value(QStringLiteral("DeviceManagementState")).toString(), management);
    QCOMPARE(inventory.value(QStringLiteral("DeviceId")).toString(), QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d"));
    QCOMPARE(inventory.value(QStringLiteral("Os")).toString(), QStringLiteral("iOS"));
    QCOMPARE(inventory.value(QStringLiteral("SerialNumber")).toString(), QStringLiteral("F2LXK1ABCD"));
    QCOMPARE(inventory.value(QStringLiteral("LastUpdateTime")).toString(), QStringLiteral("2026-11-23T09:00:00Z"));
    QCOMPARE(state.value(QStringLiteral("EntityType")).toInt(), 4);
    QCOMPARE(state.value(QStringLiteral("complianceStatus")).toString(), compliance);
    QCOMPARE(state.value(QStringLiteral("UserId")).toString(), QStringLiteral("maria@contoso.com"));
}

void TestReportPlanner::lastCheckinAloneIsNoInventoryChange()
{
    DeviceRecord device = reportable();
    const QString before = AzurePayload::inventoryFingerprint(device);
    device.lastCheckin = kNow;
    QCOMPARE(AzurePayload::inventoryFingerprint(device), before);
}

QTEST_GUILESS_MAIN(TestReportPlanner)
#include "tst_reportplanner.moc"
