#include "app/demo/demofleetgenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <limits>

namespace {

const QDateTime kNow = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
constexpr int kFleet = 2000;
constexpr qint64 kDayMsecs = 86400 * 1000;

// Every field; QCOMPARE returns from here, so callers check currentTestFailed().
void compareDevices(const DeviceRecord &actual, const DeviceRecord &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.guid, expected.guid);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.user, expected.user);
    QCOMPARE(actual.userPrincipalName, expected.userPrincipalName);
    QCOMPARE(actual.entraUserId, expected.entraUserId);
    QCOMPARE(actual.entraUserState, expected.entraUserState);
    QCOMPARE(actual.easIds, expected.easIds);
    QCOMPARE(actual.platform, expected.platform);
    QCOMPARE(actual.osVersion, expected.osVersion);
    QCOMPARE(actual.model, expected.model);
    QCOMPARE(actual.manufacturer, expected.manufacturer);
    QCOMPARE(actual.serialNumber, expected.serialNumber);
    QCOMPARE(actual.imei, expected.imei);
    QCOMPARE(actual.lastCheckin, expected.lastCheckin);
    QCOMPARE(actual.registrationState, expected.registrationState);
    QCOMPARE(actual.jailbroken, expected.jailbroken);
    QCOMPARE(actual.quarantined, expected.quarantined);
    QCOMPARE(actual.azureDeviceId, expected.azureDeviceId);
    QCOMPARE(actual.clientStatus, expected.clientStatus);
    QCOMPARE(actual.complianceStatus, expected.complianceStatus);
    QCOMPARE(actual.reportTime, expected.reportTime);
    QCOMPARE(actual.reportError, expected.reportError);
    QCOMPARE(actual.violations, expected.violations);
}

bool luhnValid(const QString &digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int digit = digits.at(digits.size() - 1 - i).digitValue();
        if (digit < 0)
            return false;
        if (i % 2 == 1) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    return sum % 10 == 0;
}

QList<DeviceRecord> fleet(quint64 seed)
{
    DemoFleetGenerator generator(seed);
    QList<DeviceRecord> devices;
    devices.reserve(kFleet);
    for (int index = 0; index < kFleet; ++index)
        devices.append(generator.device(index, kNow));
    return devices;
}

} // namespace

class TestDemoFleetGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void policiesCoverEveryRule();
    void policiesHaveTieredSteps();

    void sameSeedAndIndexGiveSameDevice_data();
    void sameSeedAndIndexGiveSameDevice();
    void orderDoesNotMatter();
    void differentSeedGivesDifferentFleet();

    void idsFollowIndex();
    void platformMix();
    void everyClientStatusIsPresent();
    void azureIdBlankOnlyWhereAllowed();
    void complianceStatusAndReportTimeAgree();
    void checkinsWithinFortyDays();
    void identifiersLookReal();
    void usersShareDevices();
    void violations();
    void escalationTiersAllApply();
    void usersComeFromTheDirectory();
    void principalNamesFindTheirUser_data();
    void principalNamesFindTheirUser();
    void easIdsLookReal();

private:
    QList<DeviceRecord> m_fleet;
    QHash<qint64, CompliancePolicy> m_policies;
};

void TestDemoFleetGenerator::initTestCase()
{
    m_fleet = fleet(2024);
    for (const CompliancePolicy &policy : DemoFleetGenerator(2024).policies())
        m_policies.insert(policy.id, policy);
}

void TestDemoFleetGenerator::policiesCoverEveryRule()
{
    const QList<CompliancePolicy> policies = DemoFleetGenerator(1).policies();
    QVERIFY(policies.size() >= 5 && policies.size() <= 6);
    QSet<PolicyRule> rules;
    QSet<qint64> ids;
    for (const CompliancePolicy &policy : policies) {
        QVERIFY2(policy.validate().isEmpty(), qPrintable(policy.validate()));
        QVERIFY(policy.id > 0);
        ids.insert(policy.id);
        rules.insert(policy.rule);
    }
    QCOMPARE(ids.size(), policies.size());
    for (PolicyRule rule : CompliancePolicy::allRules())
        QVERIFY2(rules.contains(rule), qPrintable(CompliancePolicy::ruleName(rule)));
}

void TestDemoFleetGenerator::policiesHaveTieredSteps()
{
    const QList<CompliancePolicy> policies = DemoFleetGenerator(1).policies();
    const QList<PolicyStep> classic { { ComplianceAction::SendAlert, 0 }, { ComplianceAction::BlockEmail, 3 },
        { ComplianceAction::Quarantine, 7 } };
    bool hasClassic = false;
    bool hasRetireAfter30 = false;
    bool hasBlockAppConnect = false;
    for (const CompliancePolicy &policy : policies) {
        hasClassic |= policy.steps == classic;
        for (const PolicyStep &step : policy.steps) {
            hasRetireAfter30 |= step.action == ComplianceAction::Retire && step.waitDays == 30;
            hasBlockAppConnect |= step.action == ComplianceAction::BlockAppConnectApps;
        }
    }
    QVERIFY(hasClassic);
    QVERIFY(hasRetireAfter30);
    QVERIFY(hasBlockAppConnect);
}

void TestDemoFleetGenerator::sameSeedAndIndexGiveSameDevice_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("index");

    QTest::addRow("first") << quint64(1) << 0;
    QTest::addRow("second") << quint64(1) << 1;
    QTest::addRow("middle") << quint64(7) << 4999;
    QTest::addRow("last of a million") << quint64(7) << 999999;
    QTest::addRow("seed 0") << quint64(0) << 12;
    QTest::addRow("largest seed") << std::numeric_limits<quint64>::max() << 12;
}

void TestDemoFleetGenerator::sameSeedAndIndexGiveSameDevice()
{
    QFETCH(quint64, seed);
    QFETCH(int, index);
    const DeviceRecord first = DemoFleetGenerator(seed).device(index, kNow);
    const DeviceRecord again = DemoFleetGenerator(seed).device(index, kNow);
    compareDevices(again, first);
    QCOMPARE(first.id, qint64(index) + 1);
}

void TestDemoFleetGenerator::orderDoesNotMatter()
{
    DemoFleetGenerator generator(2024);
    for (int index = kFleet - 1; index >= 0; index -= 7) {
        compareDevices(generator.device(index, kNow), m_fleet.at(index));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestDemoFleetGenerator::differentSeedGivesDifferentFleet()
{
    const QList<DeviceRecord> other = fleet(2025);
    int sameGuid = 0;
    int sameName = 0;
    int sameSerial = 0;
    for (int index = 0; index < kFleet; ++index) {
        sameGuid += other.at(index).guid == m_fleet.at(index).guid;
        sameName += other.at(index).name == m_fleet.at(index).name;
        sameSerial += other.at(index).serialNumber == m_fleet.at(index).serialNumber;
    }
    QCOMPARE(sameGuid, 0);
    QCOMPARE(sameSerial, 0);
    QVERIFY2(sameName < kFleet / 4, qPrintable(QString::number(sameName)));
}

void TestDemoFleetGenerator::idsFollowIndex()
{
    QSet<QUuid> guids;
    for (int index = 0; index < kFleet; ++index) {
        QCOMPARE(m_fleet.at(index).id, qint64(index) + 1);
        QVERIFY(!m_fleet.at(index).guid.isNull());
        guids.insert(m_fleet.at(index).guid);
    }
    QCOMPARE(guids.size(), kFleet);
}

void TestDemoFleetGenerator::platformMix()
{
    int ios = 0;
    for (const DeviceRecord &device : std::as_const(m_fleet)) {
        QVERIFY(device.platform == Platform::iOS || device.platform == Platform::Android);
        ios += device.platform == Platform::iOS;
        if (device.platform == Platform::iOS) {
            QCOMPARE(device.manufacturer, QStringLiteral("Apple"));
            QVERIFY2(device.model.startsWith(QLatin1String("iP")), qPrintable(device.model));
        } else {
            QVERIFY(device.manufacturer != QLatin1String("Apple"));
        }
    }
    const double share = double(ios) / kFleet;
    QVERIFY2(share > 0.50 && share < 0.60, qPrintable(QString::number(share)));
}

void TestDemoFleetGenerator::everyClientStatusIsPresent()
{
    QHash<AzureClientStatus::Code, int> counts;
    QSet<QString> unknownCodes;
    for (const DeviceRecord &device : std::as_const(m_fleet)) {
        ++counts[device.clientStatus.code()];
        if (!device.clientStatus.isKnown())
            unknownCodes.insert(device.clientStatus.wireName());
    }
    for (AzureClientStatus::Code code : AzureClientStatus::knownCodes())
        QVERIFY2(counts.value(code) > 0, qPrintable(AzureClientStatus::wireName(code)));
    QVERIFY(counts.value(AzureClientStatus::Code::None) > 0);
    QVERIFY(counts.value(AzureClientStatus::Code::Unknown) > 0);
    QCOMPARE(unknownCodes, QSet<QString> { QStringLiteral("Broker_Timeout") });
    const double success = double(counts.value(AzureClientStatus::Code::Success)) / kFleet;
    QVERIFY2(success > 0.75 && success < 0.85, qPrintable(QString::number(success)));
}

void TestDemoFleetGenerator::azureIdBlankOnlyWhereAllowed()
{
    int successWithId = 0;
    int successBlank = 0;
    for (const DeviceRecord &device : std::as_const(m_fleet)) {
        if (!device.clientStatus.allowsDeviceId()) {
            QVERIFY2(device.azureDeviceId.isBlank(), qPrintable(device.clientStatus.wireName()));
            continue;
        }
        if (device.azureDeviceId.isBlank())
            ++successBlank;
        else
            ++successWithId;
    }
    QVERIFY(successBlank > 0);
    QVERIFY(successWithId > successBlank * 10);
}

void TestDemoFleetGenerator::complianceStatusAndReportTimeAgree()
{
    QHash<AzureComplianceStatus::Value, int> counts;
    for (const DeviceRecord &device : std::as_const(m_fleet)) {
        ++counts[device.complianceStatus];
        switch (device.complianceStatus) {
        case AzureComplianceStatus::Successful:
            QVERIFY(!device.azureDeviceId.isBlank());
            QVERIFY(device.reportTime.isValid());
            QVERIFY(device.reportTime <= kNow);
            QVERIFY(device.reportTime >= device.lastCheckin);
            QVERIFY(device.reportError.isEmpty());
            break;
        case AzureComplianceStatus::Failed:
            QVERIFY(!device.reportError.isEmpty());
            QVERIFY(!device.reportTime.isValid());
            break;
        case AzureComplianceStatus::None:
            QVERIFY(!device.reportTime.isValid());
            QVERIFY(device.reportError.isEmpty());
            break;
        case AzureComplianceStatus::InProgress:
            QVERIFY(device.reportError.isEmpty());
            break;
        }
        if (device.clientStatus.isNone())
            QCOMPARE(device.complianceStatus, AzureComplianceStatus::None);
    }
    QVERIFY(counts.value(AzureComplianceStatus::Successful) > kFleet / 2);
    QVERIFY(counts.value(AzureComplianceStatus::InProgress) > 0);
    QVERIFY(counts.value(AzureComplianceStatus::Failed) > 0);
    QVERIFY(counts.value(AzureComplianceStatus::None) > 0);
}

void TestDemoFleetGenerator::checkinsWithinFortyDays()
{
    for (const DeviceRecord &device : std::as_const(m_fleet)) {
        QVERIFY(device.lastCheckin.isValid());
        QVERIFY(device.lastCheckin <= kNow);
        QVERIFY(device.lastCheckin.msecsTo(kNow) <= 40 * kDayMsecs);
    }
}

void TestDemoFleetGenerator::identifiersLookReal()
{
    const QRegularExpression email(QStringLiteral("^[a-z]+\\.[a-z]+[0-9]*@contoso\\.com$"));
    const QRegularExpression name(QStringLiteral("^([A-Z][a-z]+'s .+|[A-Z]{3}-[0-9]{6,})$"));
    int phones = 0;
    for (const DeviceRecord &device : std::as_const(m_fleet)) {
        QVERIFY2(email.match(device.user).hasMatch(), qPrintable(device.user));
        QVERIFY2(name.match(device.name).hasMatch(), qPrintable(device.name));
        QVERIFY(device.serialNumber.size() >= 10);
        QVERIFY(!device.osVersion.isEmpty());
        QCOMPARE(device.registrationState, QStringLiteral("ACTIVE"));
        if (!device.imei.isEmpty()) {
            ++phones;
            QCOMPARE(device.imei.size(), 15);
            QVERIFY2(luhnValid(device.imei), qPrintable(device.imei));
        } else {
            QVERIFY2(
                device.model.contains(QLatin1String("iPad")) || device.model.contains(QLatin1String("Tab")),
                qPrintable(device.model));
        }
    }
    QVERIFY(phones > kFleet / 2);
}

void TestDemoFleetGenerator::usersShareDevices()
{
    QHash<QString, int> devicesPerUser;
    for (const DeviceRecord &device : std::as_const(m_fleet))
        ++devicesPerUser[device.user];
    int shared = 0;
    int most = 0;
    for (int count : std::as_const(devicesPerUser)) {
        shared += count > 1;
        most = std::max(most, count);
    }
    QVERIFY(devicesPerUser.size() > kFleet / 2);
    QVERIFY(shared > 0);
    QVERIFY2(most >= 3, qPrintable(QString::number(most)));
}

void TestDemoFleetGenerator::violations()
{
    int violating = 0;
    for (const DeviceRecord &device : std::as_const(m_fleet)) {
        QVERIFY(device.violations.size() <= 3);
        violating += !device.violations.isEmpty();
        qint64 previous = 0;
        for (const Violation &violation : device.violations) {
            QVERIFY(violation.policyId > previous); // sorted, each policy at most once
            previous = violation.policyId;
            QVERIFY(m_policies.contains(violation.policyId));
            QVERIFY(violation.since.isValid());
            QVERIFY(violation.since <= kNow);
            QVERIFY(violation.since.msecsTo(kNow) <= 60 * kDayMsecs + 1000);
            const PolicyRule rule = m_policies.value(violation.policyId).rule;
            if (rule == PolicyRule::Jailbroken)
                QVERIFY(device.jailbroken);
            if (rule == PolicyRule::OsBelowMinimum) {
                QCOMPARE(device.platform, Platform::iOS);
                QVERIFY2(device.osVersion.startsWith(QLatin1String("15.")), qPrintable(device.osVersion));
            }
        }
        // Out of contact follows from the check-in time, and only from it.
        const bool outOfContact = device.lastCheckin.msecsTo(kNow) > 30 * kDayMsecs;
        bool hasOutOfContact = false;
        for (const Violation &violation : device.violations)
            hasOutOfContact |= m_policies.value(violation.policyId).rule == PolicyRule::OutOfContact;
        QCOMPARE(hasOutOfContact, outOfContact);
        if (!device.jailbroken) {
            for (const Violation &violation : device.violations)
                QVERIFY(m_policies.value(violation.policyId).rule != PolicyRule::Jailbroken);
        }
        // The MDM decides quarantine (DemoFleetWriter, the emulator): the data never does.
        QVERIFY(!device.quarantined);
    }
    const double share = double(violating) / kFleet;
    QVERIFY2(share > 0.25 && share < 0.35, qPrintable(QString::number(share)));
}

void TestDemoFleetGenerator::escalationTiersAllApply()
{
    QSet<ComplianceAction> actions;
    for (const DeviceRecord &device : std::as_const(m_fleet))
        actions.insert(ComplianceEvaluator::evaluate(device.violations, m_policies, kNow).action);
    for (ComplianceAction action : ComplianceActions::all())
        QVERIFY2(actions.contains(action), qPrintable(ComplianceActions::displayName(action)));
    QVERIFY(actions.contains(ComplianceAction::None));
}

void TestDemoFleetGenerator::usersComeFromTheDirectory()
{
    DemoFleetGenerator generator(2024);
    int withObjectId = 0;
    int unknownToEntra = 0;
    for (const DeviceRecord &device : std::as_const(m_fleet)) {
        QCOMPARE(device.userPrincipalName, device.user);
        const std::optional<DemoFleetGenerator::User> user = generator.userByPrincipalName(device.userPrincipalName);
        QVERIFY2(user.has_value(), qPrintable(device.userPrincipalName));
        QCOMPARE(user->principalName, device.userPrincipalName);
        QCOMPARE(device.entraUserState,
            device.entraUserId.isNull() ? EntraUserState::NotLookedUp : EntraUserState::Known);
        if (!device.entraUserId.isNull()) {
            // Only a user Entra knows can have its object id on the MDM record.
            QVERIFY(user->knownToEntra);
            QCOMPARE(device.entraUserId, user->objectId);
            ++withObjectId;
        }
        unknownToEntra += user->knownToEntra ? 0 : 1;
    }
    // About 90 % carry the object id; a few users are unknown to Entra, so some devices
    // can never be reported.
    const double share = double(withObjectId) / kFleet;
    QVERIFY2(share > 0.84 && share < 0.93, qPrintable(QString::number(share)));
    QVERIFY2(unknownToEntra > 0 && unknownToEntra < kFleet / 20, qPrintable(QString::number(unknownToEntra)));
}

void TestDemoFleetGenerator::principalNamesFindTheirUser_data()
{
    QTest::addColumn<quint64>("number");
    QTest::newRow("first user") << quint64(0);
    QTest::newRow("shared account") << quint64(39);
    QTest::newRow("second last name") << quint64(61);
    QTest::newRow("first clash") << quint64(60 * 60);
    QTest::newRow("far into a million devices") << quint64(699999);
}

void TestDemoFleetGenerator::principalNamesFindTheirUser()
{
    QFETCH(quint64, number);
    DemoFleetGenerator generator(7);
    const DemoFleetGenerator::User user = generator.user(number);
    QCOMPARE(user.number, number);
    const auto found = generator.userByPrincipalName(user.principalName.toUpper());
    QVERIFY(found.has_value());
    QCOMPARE(found->number, number);
    QCOMPARE(found->objectId, user.objectId);
    QCOMPARE(found->knownToEntra, user.knownToEntra);
    QCOMPARE(user.objectId.version(), QUuid::Random);
    QVERIFY(generator.user(number + 1).objectId != user.objectId);
    // Names the directory never had.
    for (const char *name : { "alice.smith@example.com", "nobody.smith@contoso.com", "alice.smith01@contoso.com",
             "alicesmith@contoso.com", "alice.nobody@contoso.com", "" })
        QVERIFY2(!generator.userByPrincipalName(QLatin1String(name)).has_value(), name);
}

void TestDemoFleetGenerator::easIdsLookReal()
{
    int none = 0;
    int two = 0;
    for (const DeviceRecord &device : std::as_const(m_fleet)) {
        QVERIFY(device.easIds.size() <= 2);
        none += device.easIds.isEmpty() ? 1 : 0;
        two += device.easIds.size() == 2 ? 1 : 0;
        for (const QString &id : device.easIds) {
            if (device.platform == Platform::iOS)
                QVERIFY2(id.startsWith(QLatin1String("Appl")) && id.size() == 16, qPrintable(id));
            else
                QVERIFY2(id.startsWith(QLatin1String("androidc")) && id.size() == 18, qPrintable(id));
        }
        if (!device.easIds.isEmpty() && device.platform == Platform::iOS)
            QCOMPARE(device.easIds.first(), QLatin1String("Appl") + device.serialNumber);
    }
    QVERIFY(none > kFleet / 10 && none < kFleet / 3);
    QVERIFY(two > 0);
}

QTEST_GUILESS_MAIN(TestDemoFleetGenerator)
#include "tst_demofleetgenerator.moc"
