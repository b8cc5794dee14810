#include "app/net/devicepageparser.h"
#include "app/net/inventoryclient.h"
#include "app/net/partnercomplianceclient.h"
#include "models/azurepayload.h"
#include "tests/devicepagecheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

// What the network clients make of the records the services send, and of our devices
// for Azure: strict parsing, where bad input gets an error naming the record and the
// field, and the Content entities of DataUploadMessages as Intune takes them.
namespace {

QJsonObject goodDevice()
{
    return QJsonDocument::fromJson(R"({
        "id": 4711, "guid": "6f9619ff-8b86-d011-b42d-00c04fc964ff", "deviceName": "Zoë’s iPhone",
        "deviceModel": "iPhone 15 Pro", "manufacturer": "Apple", "platformType": "IOS", "platformVersion": "17.2.1",
        "serialNumber": "F2LXK3ABHG7F", "imei": "356938035643809", "lastCheckin": 1700000000123,
        "registrationState": "ACTIVE", "complianceState": false, "quarantined": true, "jailbroken": true,
        "violatedPolicies": [{"policyId": 3, "since": 1699000000000}, {"policyId": 7, "since": 1699500000000}],
        "emailAddress": "zoe@contoso.com", "uid": "zoe", "azureUserUpn": "zoe.martin@contoso.com",
        "azureUserId": "4F1A2B3C-5d6e-4f70-8a9b-0c1d2e3f4a5b", "easDeviceIdentifiers": ["ApplF2LXK3ABHG7F"],
        "lastRegistrationTime": 1690000000000,
        "azureDeviceId": "007C8232-9489-4074-9b35-345b16f0a72d", "azureClientStatusCode": "Success",
        "someFieldWeDoNotKnow": {"nested": [1, 2, 3]}
    })")
        .object();
}

DeviceRecord sampleDevice()
{
    QString error;
    auto device = DevicePageParser::parseDevice(goodDevice(), &error);
    if (!device)
        qFatal("test setup: %s", qPrintable(error));
    return *device;
}

// A device list page around the given records (JSON texts), at offset 0.
QByteArray pageOf(const QByteArrayList &records, qint64 total = -1)
{
    return R"({"result":{"totalCount":)" + QByteArray::number(total < 0 ? records.size() : total)
        + R"(,"offset":0,"limit":1000,"searchResults":[)" + records.join(',') + "]}}";
}

QByteArray goodDeviceJson()
{
    return QJsonDocument(goodDevice()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestNetParsing final : public QObject
{
    Q_OBJECT

private slots:
    void deviceFields();
    void deviceOptionalFields();
    void deviceFieldForms_data();
    void deviceFieldForms();
    void badDevice_data();
    void badDevice();
    void unknownClientCodeIsKeptRaw_data();
    void unknownClientCodeIsKeptRaw();
    void policy();
    void badPolicy_data();
    void badPolicy();
    void entities_data();
    void entities();
    void entitiesWithoutOptionalFields();
    void uploadBody();
    void fastPageReaderAgrees_data();
    void fastPageReaderAgrees();
    void fastPageReaderAgreesOnMutatedPages();
};

void TestNetParsing::deviceFields()
{
    const DeviceRecord device = sampleDevice();
    QCOMPARE(device.id, 4711);
    QCOMPARE(device.guid, QUuid::fromString(QLatin1String("6f9619ff-8b86-d011-b42d-00c04fc964ff")));
    QCOMPARE(device.name, QStringLiteral("Zoë’s iPhone"));
    QCOMPARE(device.model, QStringLiteral("iPhone 15 Pro"));
    QCOMPARE(device.manufacturer, QStringLiteral("Apple"));
    QCOMPARE(device.platform, Platform::iOS);
    QCOMPARE(device.osVersion, QStringLiteral("17.2.1"));
    QCOMPARE(device.serialNumber, QStringLiteral("F2LXK3ABHG7F"));
    QCOMPARE(device.imei, QStringLiteral("356938035643809"));
    QCOMPARE(device.lastCheckin, QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC));
    QCOMPARE(device.registrationState, QStringLiteral("ACTIVE"));
    QVERIFY(device.quarantined);
    QVERIFY(device.jailbroken);
    QCOMPARE(device.user, QStringLiteral("zoe@contoso.com"));
    QCOMPARE(device.userPrincipalName, QStringLiteral("zoe.martin@contoso.com"));
    QCOMPARE(device.entraUserId, QUuid(QStringLiteral("4f1a2b3c-5d6e-4f70-8a9b-0c1d2e3f4a5b")));
    QCOMPARE(device.entraUserState, EntraUserState::Known);
    QCOMPARE(device.easIds, QStringList { QStringLiteral("ApplF2LXK3ABHG7F") });
    QCOMPARE(device.registeredAt, QDateTime::fromMSecsSinceEpoch(1690000000000, Qt::UTC));
    QCOMPARE(device.azureDeviceId.toString(), QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d"));
    QCOMPARE(device.clientStatus, AzureClientStatus(AzureClientStatus::Code::Success));
    QCOMPARE(device.violations.size(), 2);
    QCOMPARE(device.violations.at(1).policyId, 7);
    QCOMPARE(device.violations.at(1).since, QDateTime::fromMSecsSinceEpoch(1699500000000, Qt::UTC));
    // Reporting state is ours, never the MDM's.
    QCOMPARE(device.complianceStatus, AzureComplianceStatus::None);
    QVERIFY(!device.reportTime.isValid());
}

void TestNetParsing::deviceOptionalFields()
{
    const QJsonObject minimal { { QStringLiteral("id"), 12 },
        { QStringLiteral("uid"), QStringLiteral("bob") },
        { QStringLiteral("azureDeviceId"), QJsonValue::Null },
        { QStringLiteral("lastCheckin"), QJsonValue::Null },
        { QStringLiteral("azureClientStatusCode"), QString() },
        { QStringLiteral("platformType"), QStringLiteral("BLACKBERRY") } };
    QString error;
    const auto device = DevicePageParser::parseDevice(minimal, &error);
    QVERIFY2(device, qPrintable(error));
    QCOMPARE(device->id, 12);
    QVERIFY(device->guid.isNull());
    QCOMPARE(device->user, QStringLiteral("bob")); // uid when there is no e-mail address
    QVERIFY(device->azureDeviceId.isBlank());
    QVERIFY(!device->lastCheckin.isValid());
    QVERIFY(device->clientStatus.isNone());
    QCOMPARE(device->platform, Platform::Unknown);
    QCOMPARE(device->registrationState, QStringLiteral("ACTIVE"));
    QVERIFY(device->violations.isEmpty());
    QVERIFY(device->easIds.isEmpty());
    // "bob" is no principal name, and there is no e-mail: no user to look up.
    QVERIFY(device->userPrincipalName.isEmpty());
    QCOMPARE(device->entraUserState, EntraUserState::NoUser);
}

// Forms the field sends besides the ones our emulator sends by default.
void TestNetParsing::deviceFieldForms_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("check");
    const auto with = [](std::initializer_list<std::pair<const char *, QJsonValue>> fields) {
        QJsonObject object;
        for (const auto &[name, value] : fields)
            object.insert(QLatin1String(name), value);
        return object;
    };
    QTest::newRow("lastCheckin as ISO text") << with({ { "lastCheckin", QStringLiteral("2022-08-02T18:10:53Z") } })
                                             << QStringLiteral("lastCheckin");
    QTest::newRow("lastCheckin as ISO text with offset")
        << with({ { "lastCheckin", QStringLiteral("2022-08-02T20:10:53+02:00") } }) << QStringLiteral("lastCheckin");
    QTest::newRow("aadDeviceId instead of azureDeviceId")
        << with({ { "azureDeviceId", QJsonValue::Null }, { "aadDeviceId", QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d") } })
        << QStringLiteral("azureDeviceId");
    QTest::newRow("both ids, the same")
        << with({ { "aadDeviceId", QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d") } })
        << QStringLiteral("azureDeviceId");
    QTest::newRow("no object id: looked up by azureUserUpn")
        << with({ { "azureUserId", QJsonValue::Null } }) << QStringLiteral("notLookedUp:zoe.martin@contoso.com");
    QTest::newRow("no object id, no UPN: the uid when it is an address")
        << with({ { "azureUserId", QJsonValue::Null }, { "azureUserUpn", QJsonValue::Null },
               { "uid", QStringLiteral("zoe.m@contoso.com") } })
        << QStringLiteral("notLookedUp:zoe.m@contoso.com");
    QTest::newRow("no object id, no UPN, plain uid: the e-mail address")
        << with({ { "azureUserId", QJsonValue::Null }, { "azureUserUpn", QString() } })
        << QStringLiteral("notLookedUp:zoe@contoso.com");
    QTest::newRow("policy names, as Ivanti lists them")
        << with({ { "violatedPolicies", QJsonArray { QStringLiteral("Out of Contact"), QStringLiteral("Compromised") } } })
        << QStringLiteral("names");
    QTest::newRow("violatedPolicies null") << with({ { "violatedPolicies", QJsonValue::Null } })
                                           << QStringLiteral("noViolations");
    QTest::newRow("easDeviceIdentifiers null") << with({ { "easDeviceIdentifiers", QJsonValue::Null } })
                                               << QStringLiteral("noEas");
}

void TestNetParsing::deviceFieldForms()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QString, check);
    QJsonObject record = goodDevice();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        record.insert(it.key(), it.value());
    QString error;
    const std::optional<DeviceRecord> device = DevicePageParser::parseDevice(record, &error);
    QVERIFY2(device, qPrintable(error));
    if (check == QLatin1String("lastCheckin")) {
        QCOMPARE(device->lastCheckin, QDateTime(QDate(2022, 8, 2), QTime(18, 10, 53), Qt::UTC));
        QCOMPARE(device->lastCheckin.timeSpec(), Qt::UTC);
    } else if (check == QLatin1String("azureDeviceId")) {
        QCOMPARE(device->azureDeviceId.toString(), QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d"));
    } else if (check.startsWith(QLatin1String("notLookedUp:"))) {
        QVERIFY(device->entraUserId.isNull());
        QCOMPARE(device->entraUserState, EntraUserState::NotLookedUp);
        QCOMPARE(device->userPrincipalName, check.mid(12));
    } else if (check == QLatin1String("names")) {
        QCOMPARE(device->violations.size(), 2);
        QCOMPARE(device->violations.at(0).policyName, QStringLiteral("Out of Contact"));
        QCOMPARE(device->violations.at(0).policyId, 0);
        QVERIFY(!device->violations.at(0).since.isValid());
        QCOMPARE(device->violations.at(1).policyName, QStringLiteral("Compromised"));
    } else if (check == QLatin1String("noViolations")) {
        QVERIFY(device->violations.isEmpty());
    } else if (check == QLatin1String("noEas")) {
        QVERIFY(device->easIds.isEmpty());
    } else {
        QFAIL(qPrintable(check));
    }
    // The fast reader gives the same record, or leaves the page to the general parser.
    bool fastRead = false;
    const QString difference = DevicePageCheck::compareReaders(
        pageOf({ QJsonDocument(record).toJson(QJsonDocument::Compact) }), 0, &fastRead);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestNetParsing::badDevice_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("malformed guid") << QStringLiteral("guid")
                                    << QJsonValue(QStringLiteral("6f9619ff-8b86-d011"))
                                    << QStringLiteral("Device 4711 skipped: the field \"guid\" is not valid");
    QTest::newRow("malformed azure id")
        << QStringLiteral("azureDeviceId") << QJsonValue(QStringLiteral("zzz"))
        << QStringLiteral("Device 4711 skipped: the field \"azureDeviceId\" is not valid");
    QTest::newRow("name is a number")
        << QStringLiteral("deviceName") << QJsonValue(42)
        << QStringLiteral("Device 4711 skipped: the field \"deviceName\" is a number, not a string.");
    QTest::newRow("jailbroken is a string")
        << QStringLiteral("jailbroken") << QJsonValue(QStringLiteral("yes"))
        << QStringLiteral("Device 4711 skipped: the field \"jailbroken\" is a string, not true or false.");
    QTest::newRow("quarantined is 1")
        << QStringLiteral("quarantined") << QJsonValue(1)
        << QStringLiteral("Device 4711 skipped: the field \"quarantined\" is a number");
    QTest::newRow("lastCheckin is text")
        << QStringLiteral("lastCheckin") << QJsonValue(QStringLiteral("yesterday"))
        << QStringLiteral("Device 4711 skipped: the field \"lastCheckin\" is \"yesterday\", neither milliseconds");
    QTest::newRow("lastCheckin is a boolean")
        << QStringLiteral("lastCheckin") << QJsonValue(true)
        << QStringLiteral("Device 4711 skipped: the field \"lastCheckin\" is a boolean, not a time");
    QTest::newRow("azureUserId not a GUID")
        << QStringLiteral("azureUserId") << QJsonValue(QStringLiteral("zoe@contoso.com"))
        << QStringLiteral("Device 4711 skipped: the field \"azureUserId\" is not valid");
    QTest::newRow("easDeviceIdentifiers not an array")
        << QStringLiteral("easDeviceIdentifiers") << QJsonValue(QStringLiteral("Appl1"))
        << QStringLiteral("Device 4711 skipped: the field \"easDeviceIdentifiers\" is a string, not an array.");
    QTest::newRow("easDeviceIdentifiers holds a number")
        << QStringLiteral("easDeviceIdentifiers") << QJsonValue(QJsonArray { QStringLiteral("Appl1"), 5 })
        << QStringLiteral("Device 4711 skipped: the field \"easDeviceIdentifiers[1]\" is a number, not a string.");
    QTest::newRow("two different Azure device ids")
        << QStringLiteral("aadDeviceId") << QJsonValue(QStringLiteral("11111111-2222-4333-8444-555555555555"))
        << QStringLiteral("Device 4711 skipped: the field \"aadDeviceId\" is \"11111111-2222-4333-8444-555555555555\" "
                          "while azureDeviceId");
    QTest::newRow("violation is a number")
        << QStringLiteral("violatedPolicies") << QJsonValue(QJsonArray { 3 })
        << QStringLiteral("Device 4711 skipped: the field \"violatedPolicies[0]\" is a number, not a policy name or an object.");
    QTest::newRow("violation is an empty name")
        << QStringLiteral("violatedPolicies") << QJsonValue(QJsonArray { QStringLiteral(" ") })
        << QStringLiteral("Device 4711 skipped: the field \"violatedPolicies[0]\" is not a policy name.");
    QTest::newRow("lastCheckin fraction") << QStringLiteral("lastCheckin") << QJsonValue(1.5)
                                          << QStringLiteral("Device 4711 skipped: the field \"lastCheckin\"");
    QTest::newRow("lastCheckin far future")
        << QStringLiteral("lastCheckin") << QJsonValue(1e15) << QStringLiteral("not a plausible time");
    QTest::newRow("violations not an array")
        << QStringLiteral("violatedPolicies") << QJsonValue(QStringLiteral("3"))
        << QStringLiteral("Device 4711 skipped: the field \"violatedPolicies\" is a string, not an array.");
    QTest::newRow("violation without policy")
        << QStringLiteral("violatedPolicies")
        << QJsonValue(QJsonArray { QJsonObject { { QStringLiteral("since"), 1 } } })
        << QStringLiteral("Device 4711 skipped: the field \"violatedPolicies[0].policyId\"");
    QTest::newRow("violation without since")
        << QStringLiteral("violatedPolicies")
        << QJsonValue(QJsonArray { QJsonObject { { QStringLiteral("policyId"), 3 } } })
        << QStringLiteral("Device 4711 skipped: the field \"violatedPolicies[0].since\" is missing.");
    QTest::newRow("huge name")
        << QStringLiteral("deviceName") << QJsonValue(QString(70000, u'x'))
        << QStringLiteral(
               "Device 4711 skipped: the field \"deviceName\" is 69 KiB long; the limit is 64 KiB.");
    QTest::newRow("huge multibyte serial")
        << QStringLiteral("serialNumber") << QJsonValue(QString(30000, QChar(0x65e5)))
        << QStringLiteral("Device 4711 skipped: the field \"serialNumber\" is 88 KiB long");
    QTest::newRow("missing id") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined)
                                << QStringLiteral("A device record skipped: the field \"id\" is missing.");
    QTest::newRow("id is text")
        << QStringLiteral("id") << QJsonValue(QStringLiteral("4711"))
        << QStringLiteral(
               "A device record skipped: the field \"id\" is a string, not a positive whole number.");
    QTest::newRow("id is fractional") << QStringLiteral(
        "id") << QJsonValue(47.5) << QStringLiteral("the field \"id\" is 47.5, not a positive whole number.");
    QTest::newRow("id is negative") << QStringLiteral("id") << QJsonValue(-3)
                                    << QStringLiteral("the field \"id\" is -3, not a positive whole number.");
}

void TestNetParsing::badDevice()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject record = goodDevice();
    if (value.isUndefined())
        record.remove(field);
    else
        record.insert(field, value);
    QString error;
    QVERIFY(!DevicePageParser::parseDevice(record, &error));
    QVERIFY2(error.contains(expected), qPrintable(error.left(300)));

    // A record that is not even an object.
    QVERIFY(!DevicePageParser::parseDevice(QJsonValue(7), &error, 41));
    QCOMPARE(error, QStringLiteral("Device record 42 skipped: it is a number, not an object."));
}

void TestNetParsing::unknownClientCodeIsKeptRaw_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("kept");
    QTest::newRow("known") << QStringLiteral("Workplace_Join_Required") << true
                           << QStringLiteral("Workplace_Join_Required");
    QTest::newRow("british spelling")
        << QStringLiteral("User_Cancelled") << true << QStringLiteral("User_Canceled");
    QTest::newRow("unknown") << QStringLiteral("Token_Broker_Crashed") << false
                             << QStringLiteral("Token_Broker_Crashed");
}

void TestNetParsing::unknownClientCodeIsKeptRaw()
{
    QFETCH(QString, wire);
    QFETCH(bool, known);
    QFETCH(QString, kept);
    QJsonObject record = goodDevice();
    record.insert(QStringLiteral("azureClientStatusCode"), wire);
    QString error;
    const auto device = DevicePageParser::parseDevice(record, &error);
    QVERIFY2(device, qPrintable(error));
    QCOMPARE(device->clientStatus.isKnown(), known);
    QCOMPARE(device->clientStatus.wireName(), kept);
}

void TestNetParsing::policy()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({"id":3,"name":"Minimum iOS","rule":"osBelowMinimum",
        "parameter":"16.0","actions":[{"action":"sendAlert","waitDays":0},{"action":"blockEmail","waitDays":3},
        {"action":"quarantine","waitDays":7}]})")
                                 .object();
    QString error;
    const auto policy = InventoryClient::parsePolicy(json, &error);
    QVERIFY2(policy, qPrintable(error));
    QCOMPARE(policy->id, 3);
    QCOMPARE(policy->name, QStringLiteral("Minimum iOS"));
    QCOMPARE(policy->rule, PolicyRule::OsBelowMinimum);
    QCOMPARE(policy->parameter, QStringLiteral("16.0"));
    QCOMPARE(policy->steps.size(), 3);
    QCOMPARE(policy->steps.at(1), (PolicyStep { ComplianceAction::BlockEmail, 3 }));
    QCOMPARE(policy->steps.at(2), (PolicyStep { ComplianceAction::Quarantine, 7 }));
    // Every rule and action name round-trips through the storage names the MDM uses.
    for (PolicyRule rule : CompliancePolicy::allRules()) {
        QJsonObject each = json;
        each.insert(QStringLiteral("rule"), CompliancePolicy::ruleStorageName(rule));
        QCOMPARE(InventoryClient::parsePolicy(each, &error)->rule, rule);
    }
    for (ComplianceAction action : ComplianceActions::all()) {
        QJsonObject each = json;
        each.insert(QStringLiteral("actions"),
            QJsonArray { QJsonObject { { QStringLiteral("action"), ComplianceActions::storageName(action) },
                { QStringLiteral("waitDays"), 1 } } });
        QCOMPARE(InventoryClient::parsePolicy(each, &error)->steps.value(0).action, action);
    }
}

void TestNetParsing::badPolicy_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no id") << QByteArray(R"({"name":"x","rule":"jailbroken","actions":[]})")
                           << QStringLiteral("A compliance policy skipped: the field \"id\" is missing");
    QTest::newRow("unknown rule")
        << QByteArray(R"({"id":5,"name":"x","rule":"isPurple","actions":[]})")
        << QStringLiteral(
               "Compliance policy 5 skipped: the field \"rule\" names an unknown rule \"isPurple\".");
    QTest::newRow("unknown action") << QByteArray(
        R"({"id":5,"rule":"jailbroken","actions":[{"action":"explode"}]})")
                                    << QStringLiteral(
                                           "Compliance policy 5 skipped: the field \"actions[0].action\" "
                                           "names an unknown action \"explode\".");
    QTest::newRow("negative wait") << QByteArray(
        R"({"id":5,"rule":"jailbroken","actions":[{"action":"retire","waitDays":-1}]})")
                                   << QStringLiteral(
                                          "the field \"actions[0].waitDays\" is not a number of days.");
    QTest::newRow("actions not an array")
        << QByteArray(R"({"id":5,"rule":"jailbroken","actions":"retire"})")
        << QStringLiteral("the field \"actions\" is a string, not an array.");
    QTest::newRow("name is a number") << QByteArray(R"({"id":5,"name":7,"rule":"jailbroken","actions":[]})")
                                      << QStringLiteral("the field \"name\" is a number, not a string.");
}

void TestNetParsing::badPolicy()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!InventoryClient::parsePolicy(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestNetParsing::entities_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("managementState");
    QTest::addColumn<QString>("complianceStatus");
    QTest::newRow("compliant") << int(AzureOutcome::Compliant) << QStringLiteral("managed")
                               << QStringLiteral("compliant");
    QTest::newRow("non-compliant") << int(AzureOutcome::NonCompliant) << QStringLiteral("managed")
                                   << QStringLiteral("notCompliant");
    QTest::newRow("removed from Azure (retire)")
        << int(AzureOutcome::RemovedFromAzure) << QStringLiteral("notManaged")
        << QStringLiteral("notCompliant");
}

void TestNetParsing::entities()
{
    QFETCH(int, outcome);
    QFETCH(QString, managementState);
    QFETCH(QString, complianceStatus);
    const QDateTime now(QDate(2024, 3, 1), QTime(12, 30, 5), Qt::UTC);
    const QString tenant = QStringLiteral("6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c");
    const QString user = QStringLiteral("4f1a2b3c-5d6e-4f70-8a9b-0c1d2e3f4a5b");
    const QJsonArray entities = AzurePayload::entitiesFor(sampleDevice(), AzureOutcome(outcome), now, tenant);
    QCOMPARE(entities.size(), 2);

    const QJsonObject inventory = entities.at(0).toObject();
    const QStringList inventoryKeys { QStringLiteral("DeviceId"), QStringLiteral("DeviceManagementState"),
        QStringLiteral("DeviceName"), QStringLiteral("EasIds"), QStringLiteral("EntityType"),
        QStringLiteral("LastCheckInTime"), QStringLiteral("LastUpdateTime"), QStringLiteral("Model"),
        QStringLiteral("Os"), QStringLiteral("OsVersion"), QStringLiteral("SerialNumber"), QStringLiteral("State"),
        QStringLiteral("TenantId"), QStringLiteral("UserId"), QStringLiteral("Vendor") };
    QCOMPARE(inventory.keys(), inventoryKeys); // exactly the fields of docs/PROTOCOL.md
    QCOMPARE(inventory.value(QLatin1String("EntityType")).toInt(), 1);
    QCOMPARE(inventory.value(QLatin1String("TenantId")).toString(), tenant);
    QCOMPARE(inventory.value(QLatin1String("DeviceManagementState")).toString(), managementState);
    QCOMPARE(inventory.value(QLatin1String("DeviceId")).toString(),
        QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d"));
    QCOMPARE(inventory.value(QLatin1String("DeviceName")).toString(), QStringLiteral("Zoë’s iPhone"));
    QCOMPARE(inventory.value(QLatin1String("UserId")).toString(), user);
    QCOMPARE(
        inventory.value(QLatin1String("LastCheckInTime")).toString(), QStringLiteral("2023-11-14T22:13:20.123Z"));
    QCOMPARE(
        inventory.value(QLatin1String("LastUpdateTime")).toString(), QStringLiteral("2024-03-01T12:30:05.000Z"));
    QCOMPARE(inventory.value(QLatin1String("Os")).toString(), QStringLiteral("iOS"));
    QCOMPARE(inventory.value(QLatin1String("OsVersion")).toString(), QStringLiteral("17.2.1"));
    QCOMPARE(inventory.value(QLatin1String("EasIds")).toArray(), QJsonArray { QStringLiteral("ApplF2LXK3ABHG7F") });
    // Last seen months before `now`: active but unresponsive.
    QVERIFY(inventory.value(QLatin1String("State")).isDouble());
    QCOMPARE(inventory.value(QLatin1String("State")).toInt(), 2);
    QCOMPARE(inventory.value(QLatin1String("SerialNumber")).toString(), QStringLiteral("F2LXK3ABHG7F"));
    QCOMPARE(inventory.value(QLatin1String("Model")).toString(), QStringLiteral("iPhone 15 Pro"));
    QCOMPARE(inventory.value(QLatin1String("Vendor")).toString(), QStringLiteral("Apple"));

    const QJsonObject compliance = entities.at(1).toObject();
    const QStringList complianceKeys { QStringLiteral("DeviceId"), QStringLiteral("EntityType"),
        QStringLiteral("LastUpdateTime"), QStringLiteral("TenantId"), QStringLiteral("UserId"),
        QStringLiteral("complianceStatus") };
    QCOMPARE(compliance.keys(), complianceKeys);
    QCOMPARE(compliance.value(QLatin1String("EntityType")).toInt(), 4);
    QCOMPARE(compliance.value(QLatin1String("TenantId")).toString(), tenant);
    QCOMPARE(compliance.value(QLatin1String("DeviceId")).toString(),
        QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d"));
    QCOMPARE(compliance.value(QLatin1String("UserId")).toString(), user);
    QCOMPARE(
        compliance.value(QLatin1String("LastUpdateTime")).toString(), QStringLiteral("2024-03-01T12:30:05.000Z"));
    QCOMPARE(compliance.value(QLatin1String("complianceStatus")).toString(), complianceStatus);
}

void TestNetParsing::entitiesWithoutOptionalFields()
{
    DeviceRecord device = sampleDevice();
    device.serialNumber.clear();
    device.model.clear();
    device.manufacturer.clear();
    device.lastCheckin = QDateTime();
    device.platform = Platform::Android;
    device.registeredAt = QDateTime();
    const QDateTime now(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC);
    const QJsonObject inventory
        = AzurePayload::entitiesFor(device, AzureOutcome::Compliant, now, QStringLiteral("6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c"))
              .at(0)
              .toObject();
    // Serial, model and vendor only where known; an unknown check-in time is never null.
    QVERIFY(!inventory.contains(QLatin1String("SerialNumber")));
    QVERIFY(!inventory.contains(QLatin1String("Model")));
    QVERIFY(!inventory.contains(QLatin1String("Vendor")));
    QCOMPARE(inventory.value(QLatin1String("LastCheckInTime")).toString(), QStringLiteral("2024-03-01T08:00:00.000Z"));
    QCOMPARE(inventory.value(QLatin1String("Os")).toString(), QStringLiteral("Android"));
}

void TestNetParsing::uploadBody()
{
    const QJsonArray content = AzurePayload::entitiesFor(sampleDevice(), AzureOutcome::NonCompliant,
        QDateTime::currentDateTimeUtc(), QStringLiteral("6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c"));
    const QByteArray body
        = AzurePayload::uploadBody(QStringLiteral("6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c"),
            QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC), content);
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QCOMPARE(object.keys(),
        (QStringList {
            QStringLiteral("Content"), QStringLiteral("TenantId"), QStringLiteral("UploadTime") }));
    QCOMPARE(object.value(QLatin1String("TenantId")).toString(),
        QStringLiteral("6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c"));
    QCOMPARE(
        object.value(QLatin1String("UploadTime")).toString(), QStringLiteral("2024-03-01T08:00:00.000Z"));
    // Content is the array as a string, not an array.
    QVERIFY(object.value(QLatin1String("Content")).isString());
    QCOMPARE(
        QJsonDocument::fromJson(object.value(QLatin1String("Content")).toString().toUtf8()).array(), content);
}

QTEST_GUILESS_MAIN(TestNetParsing)
#include "tst_netparsing.moc"

// DevicePageReader, the sync's fast path, gives exactly the records the general parser
// gives for the pages it reads, and leaves to it every page it is not sure of.
void TestNetParsing::fastPageReaderAgrees_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("fast"); // read by the fast path, or left to the general parser

    const QByteArray good = goodDeviceJson();
    QTest::newRow("one device") << pageOf({ good }) << true;
    QTest::newRow("no devices") << pageOf({}, 0) << true;
    QTest::newRow("as the MDM writes it, spaced") << QByteArray(R"( { "result" : {
        "totalCount" : 2 , "offset" : 0 ,
        "searchResults" : [ { "id" : 1 , "deviceName" : "a" , "uid" : "u1" } ,
            {"id":2,"deviceName":"b\"c\\d\/e\n\tf","emailAddress":"","uid":"x"} ] },
        "extra": [true, false, null, -1.5, 0.25, {"k": "v"}] } )") << true;
    QTest::newRow("texts in several scripts")
        << pageOf({ R"({"id":5,"deviceName":"Zoë’s iPhone 日本 😀","uid":"josé","deviceModel":"Ünïcode"})" })
        << true;
    QTest::newRow("escaped characters")
        << pageOf({ R"({"id":5,"deviceName":"caf\u00e9 \u65e5 \u0041","uid":"\u0000x"})" }) << true;
    QTest::newRow("nulls everywhere")
        << pageOf({ R"({"id":6,"guid":null,"deviceName":null,"deviceModel":null,"manufacturer":null,)"
                    R"("platformType":null,"platformVersion":null,"serialNumber":null,"imei":null,)"
                    R"("lastCheckin":null,"registrationState":null,"complianceState":null,"quarantined":null,)"
                    R"("jailbroken":null,"emailAddress":null,"uid":null,"azureDeviceId":null,)"
                    R"("azureClientStatusCode":null,"violatedPolicies":null})" })
        << true;
    QTest::newRow("empty texts")
        << pageOf({ R"({"id":7,"guid":"","deviceName":"","registrationState":"","azureDeviceId":"",)"
                    R"("azureClientStatusCode":"","violatedPolicies":[]})" })
        << true;
    QTest::newRow("only an id") << pageOf({ R"({"id":8})" }) << true;
    QTest::newRow("no offset, unknown fields")
        << QByteArray(R"({"result":{"searchResults":[{"id":9,"x":{"y":[1,[2,{"z":null}]]}}],"totalCount":1}})")
        << true;
    QTest::newRow("unknown client code, time 0")
        << pageOf({ R"({"id":10,"azureClientStatusCode":"SomethingNew","lastCheckin":0})" }) << true;
    QByteArrayList thousand;
    for (int id = 1; id <= 1000; ++id) {
        QJsonObject device = goodDevice();
        device.insert(QStringLiteral("id"), id);
        thousand.append(QJsonDocument(device).toJson(QJsonDocument::Compact));
    }
    QTest::newRow("a thousand devices") << pageOf(thousand, 250000) << true;

    // Left to the general parser, which names what is wrong.
    QTest::newRow("bad record: no id") << pageOf({ R"({"deviceName":"a"})" }) << false;
    QTest::newRow("bad record: id 0") << pageOf({ R"({"id":0})" }) << false;
    QTest::newRow("id 1.0") << pageOf({ R"({"id":1.0})" }) << false;
    QTest::newRow("id 1e2") << pageOf({ R"({"id":1e2})" }) << false;
    QTest::newRow("id with 16 digits") << pageOf({ R"({"id":1234567890123456})" }) << false;
    QTest::newRow("number overflowing a double")
        << pageOf({ R"({"id":1,"violatedPolicies":[{"policyId":3,"since":1,"x":6e199000000000}]})" }) << false;
    QTest::newRow("id with 25 digits") << pageOf({ R"({"id":1795404000000000000123456})" }) << false;
    QTest::newRow("bad record: name is a number") << pageOf({ R"({"id":1,"deviceName":4})" }) << false;
    QTest::newRow("bad record: bad guid") << pageOf({ R"({"id":1,"guid":"nope"})" }) << false;
    QTest::newRow("bad record: bad azure id") << pageOf({ R"({"id":1,"azureDeviceId":"zzz"})" }) << false;
    QTest::newRow("bad record: far future") << pageOf({ R"({"id":1,"lastCheckin":999999999999999})" }) << false;
    QTest::newRow("bad record: violation without since")
        << pageOf({ R"({"id":1,"violatedPolicies":[{"policyId":3}]})" }) << false;
    QTest::newRow("bad record: not an object") << pageOf({ "7" }) << false;
    QTest::newRow("key twice") << pageOf({ R"({"id":1,"deviceName":"a","deviceName":"b"})" }) << false;
    QTest::newRow("escaped key") << pageOf({ R"({"\u0069d":1})" }) << false;
    QTest::newRow("lone surrogate") << pageOf({ R"({"id":1,"deviceName":"\ud800"})" }) << false;
    QTest::newRow("escaped pair") << pageOf({ R"({"id":1,"deviceName":"\ud83d\ude00"})" }) << false;
    QTest::newRow("not UTF-8") << pageOf({ "{\"id\":1,\"deviceName\":\"a\xff\"}" }) << false;
    QTest::newRow("overlong UTF-8") << pageOf({ "{\"id\":1,\"deviceName\":\"\xc0\xaf\"}" }) << false;
    QTest::newRow("overlong 3-byte UTF-8") << pageOf({ "{\"id\":1,\"deviceName\":\"\xe0\x80\xaf\"}" }) << false;
    QTest::newRow("surrogate in UTF-8") << pageOf({ "{\"id\":1,\"deviceName\":\"\xed\xa0\x80\"}" }) << false;
    QTest::newRow("beyond U+10FFFF") << pageOf({ "{\"id\":1,\"deviceName\":\"\xf4\x90\x80\x80\"}" }) << false;
    QTest::newRow("offset of another page")
        << QByteArray(R"({"result":{"totalCount":1,"offset":5,"searchResults":[{"id":1}]}})") << false;
    QTest::newRow("negative total")
        << QByteArray(R"({"result":{"totalCount":-1,"offset":0,"searchResults":[{"id":1}]}})") << false;
    QTest::newRow("garbage after") << pageOf({ R"({"id":1})" }) + "x" << false;
    QTest::newRow("truncated") << pageOf({ R"({"id":1})" }).chopped(3) << false;
    QTest::newRow("no result") << QByteArray(R"({"results":{}})") << false;
    QTest::newRow("huge name")
        << pageOf({ R"({"id":1,"deviceName":")" + QByteArray(70000, 'x') + R"("})" }) << false;
}

void TestNetParsing::fastPageReaderAgrees()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, fast);
    bool fastRead = false;
    const QString difference = DevicePageCheck::compareReaders(body, 0, &fastRead);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(fastRead, fast);
    if (!fast) {
        // The general parser still reads the page, or names why it cannot.
        DevicePageParser::DevicePage page;
        QString error;
        if (DevicePageParser::parseDevicePage(body, 0, &page, &error)) {
            for (qsizetype i = 0; i < page.rows.size(); ++i)
                DevicePageParser::parseDevice(page.rows.at(i), &error, i);
        } else {
            QVERIFY(!error.isEmpty());
        }
    }
}

// Random edits of a real page (seeded, so a failure repeats): whenever the fast reader
// still reads the page, its records are the general parser's.
void TestNetParsing::fastPageReaderAgreesOnMutatedPages()
{
    QByteArrayList records;
    for (int i = 1; i <= 20; ++i) {
        QJsonObject device = goodDevice();
        device.insert(QStringLiteral("id"), i);
        device.insert(QStringLiteral("deviceName"), QStringLiteral("Device \"%1\" é😀\\").arg(i));
        if (i % 3 == 0)
            device.insert(QStringLiteral("azureDeviceId"), QJsonValue::Null);
        records.append(QJsonDocument(device).toJson(i % 2 ? QJsonDocument::Compact : QJsonDocument::Indented));
    }
    const QByteArray page = pageOf(records);
    static const char kAlphabet[] = "{}[]:,\"\\ 0123456789.-eE+truefalsnul\xc3\xa9\xff\x01" "abcdefABCDEF/";
    QRandomGenerator random(20261123);
    int fastReads = 0;
    int mutations = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray body = page;
        const int edits = 1 + random.bounded(3);
        for (int e = 0; e < edits; ++e) {
            const int at = random.bounded(int(body.size()));
            const char c = kAlphabet[random.bounded(int(sizeof(kAlphabet)) - 1)];
            switch (random.bounded(3)) {
            case 0:
                body[at] = c;
                break;
            case 1:
                body.insert(at, c);
                break;
            default:
                body.remove(at, 1 + random.bounded(4));
            }
        }
        ++mutations;
        bool fastRead = false;
        const QString difference = DevicePageCheck::compareReaders(body, 0, &fastRead);
        QVERIFY2(difference.isEmpty(), qPrintable(difference + QStringLiteral(" in ") + QString::fromUtf8(body.left(2000))));
        fastReads += fastRead ? 1 : 0;
    }
    // Both paths were exercised: edits inside texts and spaces keep pages readable.
    qInfo("%d of %d edited pages read by the fast path", fastReads, mutations);
    QVERIFY(fastReads > 100);
    QVERIFY(fastReads < mutations);
}
