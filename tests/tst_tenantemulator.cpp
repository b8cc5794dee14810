#include "app/emulator/emulatorclock.h"
#include "app/emulator/emulatorcompliance.h"
#include "app/emulator/jsontext.h"
#include "app/emulator/tenantemulator.h"
#include "models/device.h"
#include "tests/emulatorprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

// The tenant emulator against docs/PROTOCOL.md: every request below is written from that
// file, never from the console's clients, and every refusal and answer form it lists has
// a row. Time is the emulator's manual clock, moved by the test; nothing sleeps.
namespace {

constexpr int kFleet = 300;
constexpr qint64 kStartMs = 1747216800000; // 2025-05-14T10:00:00Z
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
const QString kTenant = QStringLiteral("6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c");
const QString kOtherGuid = QStringLiteral("0b1c2d3e-4f50-4a61-8b72-9c83d4e5f607");
const QString kGraphScope = QStringLiteral("https://graph.microsoft.com/.default");
const QString kManageScope = QStringLiteral("https://api.manage.microsoft.com//.default");
const QString kIntuneAppId = QStringLiteral("0000000a-0000-0000-c000-000000000000");
using Headers = QList<std::pair<QByteArray, QByteArray>>;

QJsonObject jsonOf(const EmulatorResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QString errorText(const EmulatorResponse &response)
{
    return jsonOf(response).value(QStringLiteral("error")).toString();
}

bool isGuidText(const QString &text)
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return guid.match(text).hasMatch();
}

// One emulator with a manual clock, and requests as a client writes them.
class Tenant final
{
    Q_DISABLE_COPY_MOVE(Tenant)

public:
    explicit Tenant(const std::function<void(TenantEmulator::Settings &)> &adjust = {}, int devices = kFleet)
        : m_clock(std::make_shared<EmulatorClock>(kStartMs))
    {
        TenantEmulator::Settings settings;
        settings.devices = devices;
        settings.processingMs = 250;
        settings.clock = m_clock;
        if (adjust)
            adjust(settings);
        m_emulator = std::make_unique<TenantEmulator>(settings);
    }

    TenantEmulator &emulator() { return *m_emulator; }
    void advance(qint64 ms) { m_clock->advance(ms); }
    qint64 now() const { return m_clock->wallMs(); }

    // "GET", "/api/v1/device?rows=2": the path and query as a client writes them.
    EmulatorResponse call(const char *method, const QString &target, const QByteArray &body = {},
        const Headers &headers = {}, const QString &peer = QStringLiteral("127.0.0.1"))
    {
        const QUrl url(QStringLiteral("http://127.0.0.1") + target);
        EmulatorRequest request;
        request.method = method;
        request.path = url.path(QUrl::FullyDecoded);
        request.query = QUrlQuery(url);
        request.body = body;
        request.headers = headers;
        request.peer = peer;
        return m_emulator->handle(request);
    }

    EmulatorResponse mdm(const QString &target, const char *user = "admin", const char *method = "GET",
        const QByteArray &body = {})
    {
        Headers headers { basic(user, "demo") };
        if (!body.isEmpty())
            headers.append({ QByteArrayLiteral("Content-Type"),
                QByteArrayLiteral("application/x-www-form-urlencoded") });
        return call(method, target, body, headers);
    }

    static std::pair<QByteArray, QByteArray> basic(const char *user, const char *password)
    {
        return { QByteArrayLiteral("Authorization"),
            "Basic " + QByteArray(QByteArray(user) + ':' + password).toBase64() };
    }

    EmulatorResponse tokenAnswer(const QString &scope, const QString &secret = QStringLiteral("demo-secret"),
        const QString &clientId = TenantEmulator::defaultClientId(), const QString &tenant = kTenant,
        const QString &grantType = QStringLiteral("client_credentials"))
    {
        QUrlQuery form;
        if (!grantType.isNull())
            form.addQueryItem(QStringLiteral("grant_type"), grantType);
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        form.addQueryItem(QStringLiteral("client_secret"), secret);
        form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
        return call("POST", QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token"),
            form.toString(QUrl::FullyEncoded).toUtf8(),
            { { "Content-Type", "application/x-www-form-urlencoded" } });
    }

    QString token(const QString &scope)
    {
        return jsonOf(tokenAnswer(scope)).value(QStringLiteral("access_token")).toString();
    }

    Headers bearer(const QString &scope)
    {
        return { { "Authorization", "Bearer " + token(scope).toLatin1() },
            { "Content-Type", "application/json" } };
    }

    EmulatorResponse provision(
        const QJsonValue &provisioned, const QString &apiVersion = QStringLiteral("1.6"))
    {
        return call("PUT",
            QStringLiteral("/partner/tenant/PartnerTenants(guid'%1')?api-version=%2")
                .arg(kTenant, apiVersion),
            QJsonDocument(QJsonObject { { QStringLiteral("Provisioned"), provisioned },
                              { QStringLiteral("PartnerEnrollmentUrl"), QString() },
                              { QStringLiteral("PartnerRemediationUrl"), QString() } })
                .toJson(QJsonDocument::Compact),
            bearer(kManageScope));
    }

    EmulatorResponse upload(
        const QString &messageId, const QByteArray &body, const QString &apiVersion = QStringLiteral("1.2"))
    {
        return call("PUT",
            QStringLiteral("/partner/device/DataUploadMessages(guid'%1')?api-version=%2")
                .arg(messageId, apiVersion),
            body, bearer(kManageScope));
    }

    EmulatorResponse result(const QString &messageId)
    {
        return call("GET",
            QStringLiteral("/partner/device/DataUploadMessages(guid'%1')?api-version=1.2").arg(messageId), {},
            bearer(kManageScope));
    }

    QJsonObject admin(const char *method, const QString &path, const QJsonObject &body = {})
    {
        return jsonOf(call(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson()));
    }

    // Every device record the MDM serves, page by page.
    QJsonArray devices()
    {
        QJsonArray all;
        for (int start = 0;; start += 500) {
            const QJsonObject result = jsonOf(
                mdm(QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=500&start=%1").arg(start)))
                                           .value(QStringLiteral("result"))
                                           .toObject();
            const QJsonArray page = result.value(QStringLiteral("searchResults")).toArray();
            for (const QJsonValue &device : page)
                all.append(device);
            if (page.size() < 500)
                return all;
        }
    }

    // The first devices with an Azure device id and a user object id.
    QList<QJsonObject> reportable(int count)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &value : devices()) {
            const QJsonObject device = value.toObject();
            if (device.value(QStringLiteral("azureDeviceId")).isString()
                && device.value(QStringLiteral("azureUserId")).isString())
                found.append(device);
            if (found.size() == count)
                break;
        }
        return found;
    }

private:
    std::shared_ptr<EmulatorClock> m_clock;
    std::unique_ptr<TenantEmulator> m_emulator;
};

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The two entities of one device, as docs/PROTOCOL.md "Entities in Content" lists them.
QJsonObject inventoryEntity(const QJsonObject &device)
{
    return QJsonObject { { QStringLiteral("EntityType"), 1 }, { QStringLiteral("TenantId"), kTenant },
        { QStringLiteral("DeviceManagementState"), QStringLiteral("managed") },
        { QStringLiteral("DeviceId"), device.value(QStringLiteral("azureDeviceId")) },
        { QStringLiteral("DeviceName"), device.value(QStringLiteral("deviceName")) },
        { QStringLiteral("UserId"), device.value(QStringLiteral("azureUserId")) },
        { QStringLiteral("LastCheckInTime"), QStringLiteral("2025-05-14T09:00:00.000Z") },
        { QStringLiteral("LastUpdateTime"), QStringLiteral("2025-05-14T10:00:00.000Z") },
        { QStringLiteral("Os"), QStringLiteral("iOS") },
        { QStringLiteral("OsVersion"), device.value(QStringLiteral("platformVersion")) },
        { QStringLiteral("EasIds"), device.value(QStringLiteral("easDeviceIdentifiers")) },
        { QStringLiteral("State"), 0 },
        { QStringLiteral("SerialNumber"), device.value(QStringLiteral("serialNumber")) } };
}

QJsonObject complianceEntity(const QJsonObject &device, const char *status = "compliant")
{
    return QJsonObject { { QStringLiteral("EntityType"), 4 }, { QStringLiteral("TenantId"), kTenant },
        { QStringLiteral("DeviceId"), device.value(QStringLiteral("azureDeviceId")) },
        { QStringLiteral("UserId"), device.value(QStringLiteral("azureUserId")) },
        { QStringLiteral("LastUpdateTime"), QStringLiteral("2025-05-14T10:00:00.000Z") },
        { QStringLiteral("complianceStatus"), QLatin1String(status) } };
}

QJsonObject uploadObject(const QJsonArray &entities)
{
    return QJsonObject { { QStringLiteral("TenantId"), kTenant },
        { QStringLiteral("UploadTime"), QStringLiteral("2025-05-14T10:00:01.000Z") },
        { QStringLiteral("Content"),
            QString::fromUtf8(QJsonDocument(entities).toJson(QJsonDocument::Compact)) } };
}

QByteArray uploadBody(const QJsonArray &entities)
{
    return QJsonDocument(uploadObject(entities)).toJson(QJsonDocument::Compact);
}

QString newMessageId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject fieldError(const EmulatorResponse &response)
{
    return jsonOf(response)
        .value(QStringLiteral("errors"))
        .toObject()
        .value(QStringLiteral("fieldErrors"))
        .toArray()
        .first()
        .toObject();
}

} // namespace

Q_DECLARE_METATYPE(std::function<bool(const QJsonObject &)>)

class TestTenantEmulator : public QObject
{
    Q_OBJECT

private slots:
    // Writing JSON
    void jsonText_data();
    void jsonText();
    void jsonGuid();

    // The emulator's own evaluation
    void evaluation_data();
    void evaluation();

    // MDM (M1-M6)
    void partitions();
    void deviceRecordFields();
    void checkinFormat_data();
    void checkinFormat();
    void violationsFormat_data();
    void violationsFormat();
    void paging();
    void pageRowsCap();
    void listRefusals_data();
    void listRefusals();
    void filter_data();
    void filter();
    void filterAfterChurn();
    void oneDevice();
    void forceCheckin_data();
    void forceCheckin();
    void mdmRoles_data();
    void mdmRoles();
    void policies();
    void policyRefusals_data();
    void policyRefusals();
    void quarantineFollowsPoliciesAndClock();

    // Entra and Graph (A1-A4, A9)
    void tokenRefusals_data();
    void tokenRefusals();
    void tokenScopes();
    void tokenExpiry();
    void expireTokensNow();
    void discovery();
    void discoveryRefusals_data();
    void discoveryRefusals();
    void users_data();
    void users();
    void batchAnswers();
    void batchRefusals_data();
    void batchRefusals();
    void batchThrottling_data();
    void batchThrottling();
    void partnerHealth();

    // Partner tenant (A5, A6)
    void provisioning();
    void provisioningRefusals_data();
    void provisioningRefusals();
    void provisioningInBandFailure();
    void heartbeat_data();
    void heartbeat();
    void heartbeatRefusals_data();
    void heartbeatRefusals();

    // Partner device (A7, A8)
    void uploadAnswers_data();
    void uploadAnswers();
    void uploadRefusals_data();
    void uploadRefusals();
    void uploadLifecycle();
    void uploadNeedsProvisioning();
    void uploadInBandRefusal();
    void unknownDeviceFails();
    void asyncFailedFault();

    // Admin, faults, clock
    void expectedOracle();
    void statistics();
    void faultSettings();
    void faultRefusals_data();
    void faultRefusals();
    void throttling_data();
    void throttling();
    void injectedFaults_data();
    void injectedFaults();
    void faultSeedReplays();
    void churn();
    void churnPerMinute();
    void clock();
    void unknownPathAndMethod();

    // The program over loopback HTTP(S)
    void httpRoundTrip();
    void httpConnectionReset();
    void httpDelay();
    void httpHugeBody();
    void httpManualClock();
    void httpsServes();
    void options_data();
    void options();
    void badOptions_data();
    void badOptions();
};

// ---- Writing JSON -----------------------------------------------------------------------

void TestTenantEmulator::jsonText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("Alice's iPhone 15 (work)");
    QTest::newRow("quote and backslash") << QStringLiteral("a \"b\" \\c\\");
    QTest::newRow("controls") << QStringLiteral("tab\there\nnew\rline") + QChar(0x01) + QChar(0x1f);
    QTest::newRow("latin") << QStringLiteral("Ren\u00e9e's t\u00e9l\u00e9phone \u00fc\u00df");
    QTest::newRow("japanese") << QStringLiteral("\u30c7\u30d0\u30a4\u30b9 \"\u540d\"");
    QTest::newRow("emoji") << QStringLiteral("phone \U0001F4F1 end");
    QTest::newRow("del and nbsp") << QString(QChar(0x7f)) + QChar(0xa0);
}

// The emulator writes the device list by hand: every text must read back as it was.
void TestTenantEmulator::jsonText()
{
    QFETCH(QString, text);
    std::string out = "{";
    JsonText::appendField(out, "s", text);
    JsonText::appendField(out, "u", text.toUtf8());
    JsonText::appendField(out, "n", qint64(-9007199254740991));
    JsonText::appendField(out, "b", true);
    JsonText::appendNullField(out, "z");
    JsonText::appendField(out, "w", QLatin1String("Success"));
    JsonText::appendKey(out, "x");
    JsonText::appendNumber(out, 0);
    out.push_back('}');
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray(out.data(), qsizetype(out.size())), &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
        qPrintable(error.errorString() + QStringLiteral(": ") + QString::fromStdString(out)));
    const QJsonObject object = document.object();
    QCOMPARE(object.value(QLatin1String("s")).toString(), text);
    QCOMPARE(object.value(QLatin1String("u")).toString(), text);
    QCOMPARE(object.value(QLatin1String("n")).toInteger(), qint64(-9007199254740991));
    QCOMPARE(object.value(QLatin1String("b")), QJsonValue(true));
    QVERIFY(object.value(QLatin1String("z")).isNull());
    QCOMPARE(object.value(QLatin1String("w")).toString(), QStringLiteral("Success"));
    QCOMPARE(object.value(QLatin1String("x")).toInteger(-1), 0);
}

void TestTenantEmulator::jsonGuid()
{
    for (const char *text : { "00000000-0000-0000-0000-000000000000", "007c8232-9489-4074-9b35-345b16f0a72d",
             "ffffffff-ffff-ffff-ffff-ffffffffffff" }) {
        std::string out;
        JsonText::appendGuid(out, QUuid(QLatin1String(text)));
        QCOMPARE(QString::fromStdString(out), QLatin1Char('"') + QLatin1String(text) + QLatin1Char('"'));
    }
}

// ---- Evaluation -------------------------------------------------------------------------

void TestTenantEmulator::evaluation_data()
{
    using Action = EmulatorPolicy::Action;
    QTest::addColumn<QList<int>>("ages"); // days since each violation began, of policies 1, 2, ...
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("compliant");
    QTest::addColumn<bool>("managed");
    QTest::addColumn<bool>("quarantined");
    // Policy 1: Send Alert now, Quarantine after 1 day, Retire after 30.
    // Policy 2: Send Alert now, Block Email after 3 days, Quarantine after 7.
    // Policy 3: Send Alert now, Block AppConnect after 2 days.
    QTest::newRow("no violation") << QList<int> {} << int(Action::None) << true << true << false;
    QTest::newRow("alert only") << QList<int> { 0 } << int(Action::SendAlert) << true << true << false;
    QTest::newRow("quarantine after a day")
        << QList<int> { 1 } << int(Action::Quarantine) << false << true << true;
    QTest::newRow("retire after 30 days")
        << QList<int> { 30 } << int(Action::Retire) << false << false << false;
    QTest::newRow("block email") << QList<int> { -1, 3 } << int(Action::BlockEmail) << false << true << false;
    QTest::newRow("block appconnect beats email")
        << QList<int> { -1, 3, 2 } << int(Action::BlockAppConnect) << false << true << false;
    QTest::newRow("quarantine beats appconnect")
        << QList<int> { -1, 7, 2 } << int(Action::Quarantine) << false << true << true;
    QTest::newRow("retire beats quarantine")
        << QList<int> { 31, 7 } << int(Action::Retire) << false << false << false;
    QTest::newRow("wait not yet over")
        << QList<int> { -1, 2 } << int(Action::SendAlert) << true << true << false;
}

void TestTenantEmulator::evaluation()
{
    using Action = EmulatorPolicy::Action;
    QFETCH(QList<int>, ages);
    QFETCH(int, action);
    QFETCH(bool, compliant);
    QFETCH(bool, managed);
    QFETCH(bool, quarantined);
    const auto policy = [](qint64 id, QList<EmulatorPolicy::Step> steps) {
        EmulatorPolicy result;
        result.id = id;
        result.name = QStringLiteral("policy %1").arg(id);
        result.rule = QStringLiteral("jailbroken");
        result.steps = steps;
        return result;
    };
    const QHash<qint64, EmulatorPolicy> policies {
        { 1, policy(1, { { Action::SendAlert, 0 }, { Action::Quarantine, 1 }, { Action::Retire, 30 } }) },
        { 2, policy(2, { { Action::SendAlert, 0 }, { Action::BlockEmail, 3 }, { Action::Quarantine, 7 } }) },
        { 3, policy(3, { { Action::SendAlert, 0 }, { Action::BlockAppConnect, 2 } }) },
    };
    const qint64 now = kStartMs;
    QList<Violation> violations;
    for (qsizetype i = 0; i < ages.size(); ++i) {
        if (ages.at(i) >= 0)
            violations.append(Violation {
                qint64(i + 1), QDateTime::fromMSecsSinceEpoch(now - ages.at(i) * kDayMs, Qt::UTC) });
    }
    violations.append(
        Violation { 99, QDateTime::fromMSecsSinceEpoch(now - 100 * kDayMs, Qt::UTC) }); // no such policy
    const EmulatorCompliance::Verdict verdict = EmulatorCompliance::evaluate(violations, policies, now);
    QCOMPARE(int(verdict.action), action);
    QCOMPARE(verdict.compliant, compliant);
    QCOMPARE(verdict.managed, managed);
    QCOMPARE(verdict.quarantined, quarantined);
    // One millisecond before a wait ends, the step before it is still in effect.
    QCOMPARE(EmulatorCompliance::stepInEffect(policies.value(1), now - kDayMs + 1, now), Action::SendAlert);
    // A later, milder step does not lift an earlier, stricter one: Quarantine now, Block
    // AppConnect after two days is still Quarantine after three.
    EmulatorPolicy stricterFirst;
    stricterFirst.steps = { { Action::Quarantine, 0 }, { Action::BlockAppConnect, 2 } };
    QCOMPARE(EmulatorCompliance::stepInEffect(stricterFirst, now - 3 * kDayMs, now), Action::Quarantine);
}

// ---- MDM --------------------------------------------------------------------------------

void TestTenantEmulator::partitions()
{
    Tenant tenant;
    const EmulatorResponse response = tenant.mdm(QStringLiteral("/api/v1/tenant/partition/device"));
    QCOMPARE(response.status, 200);
    QVERIFY(response.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = jsonOf(response);
    QVERIFY(body.value(QStringLiteral("errors")).isNull());
    const QJsonArray spaces
        = body.value(QStringLiteral("result")).toObject().value(QStringLiteral("searchResults")).toArray();
    QCOMPARE(spaces.size(), 2);
    QCOMPARE(spaces.at(0).toObject().value(QStringLiteral("id")).toInteger(), 1001);
    QCOMPARE(spaces.at(0).toObject().value(QStringLiteral("defaultPartition")).toBool(), true);
    QCOMPARE(spaces.at(1).toObject().value(QStringLiteral("defaultPartition")).toBool(), false);
}

// Every field of "What the console accepts from the MDM" that the demo fleet has, in the
// JSON type that section gives.
void TestTenantEmulator::deviceRecordFields()
{
    Tenant tenant({}, 2000);
    const QJsonArray devices = tenant.devices();
    QCOMPARE(devices.size(), 2000);
    int withUserId = 0;
    int withAadId = 0;
    int withAzureId = 0;
    int withEas = 0;
    for (const QJsonValue &value : devices) {
        const QJsonObject device = value.toObject();
        const QString name = QString::number(device.value(QStringLiteral("id")).toInteger());
        QVERIFY2(device.value(QStringLiteral("id")).toInteger() > 0, qPrintable(name));
        QVERIFY2(isGuidText(device.value(QStringLiteral("guid")).toString()), qPrintable(name));
        for (const char *text : { "deviceName", "deviceModel", "manufacturer", "serialNumber",
                 "platformVersion", "registrationState", "emailAddress", "uid", "azureUserUpn" })
            QVERIFY2(device.value(QLatin1String(text)).isString(), text);
        QVERIFY(
            device.value(QStringLiteral("imei")).isString() || device.value(QStringLiteral("imei")).isNull());
        QVERIFY(QStringList({ QStringLiteral("IOS"), QStringLiteral("ANDROID") })
                    .contains(device.value(QStringLiteral("platformType")).toString()));
        QVERIFY(device.value(QStringLiteral("lastCheckin")).isDouble());
        QVERIFY(device.value(QStringLiteral("lastRegistrationTime")).toInteger()
            <= device.value(QStringLiteral("lastCheckin")).toInteger());
        for (const char *flag : { "complianceState", "quarantined", "jailbroken" })
            QVERIFY2(device.value(QLatin1String(flag)).isBool(), flag);
        const QJsonArray violations = device.value(QStringLiteral("violatedPolicies")).toArray();
        QCOMPARE(device.value(QStringLiteral("complianceState")).toBool(), violations.isEmpty());
        for (const QJsonValue &violation : violations) {
            QVERIFY(violation.toObject().value(QStringLiteral("policyId")).toInteger() > 0);
            QVERIFY(violation.toObject().value(QStringLiteral("since")).isDouble());
        }
        QVERIFY(device.value(QStringLiteral("easDeviceIdentifiers")).isArray());
        for (const QJsonValue &eas : device.value(QStringLiteral("easDeviceIdentifiers")).toArray())
            QVERIFY(eas.isString());
        withEas += device.value(QStringLiteral("easDeviceIdentifiers")).toArray().isEmpty() ? 0 : 1;
        if (device.contains(QStringLiteral("azureUserId"))) {
            QVERIFY(isGuidText(device.value(QStringLiteral("azureUserId")).toString()));
            ++withUserId;
        }
        // Never both: a device carries its Azure id in one of the two fields.
        QVERIFY(!(device.contains(QStringLiteral("azureDeviceId"))
            && device.contains(QStringLiteral("aadDeviceId"))));
        if (device.value(QStringLiteral("aadDeviceId")).isString()) {
            QVERIFY(isGuidText(device.value(QStringLiteral("aadDeviceId")).toString()));
            ++withAadId;
        } else if (device.value(QStringLiteral("azureDeviceId")).isString()) {
            QVERIFY(isGuidText(device.value(QStringLiteral("azureDeviceId")).toString()));
            ++withAzureId;
        } else {
            QVERIFY(device.value(QStringLiteral("azureDeviceId")).isNull());
        }
        const QJsonValue code = device.value(QStringLiteral("azureClientStatusCode"));
        QVERIFY(code.isString() || code.isNull());
        QCOMPARE(device.value(QStringLiteral("dmPartitionId")).toInteger(), 1001);
    }
    // About 90 % carry the user's object id, about 2 % of Azure ids come as aadDeviceId.
    QVERIFY2(withUserId > 1600 && withUserId < 1900, qPrintable(QString::number(withUserId)));
    QVERIFY2(withAadId > 10 && withAadId < 60, qPrintable(QString::number(withAadId)));
    QVERIFY(withAzureId > 1300);
    QVERIFY(withEas > 1000);
}

void TestTenantEmulator::checkinFormat_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<bool>("iso");
    QTest::newRow("ms") << QStringLiteral("ms") << false;
    QTest::newRow("iso") << QStringLiteral("iso") << true;
}

void TestTenantEmulator::checkinFormat()
{
    QFETCH(QString, form);
    QFETCH(bool, iso);
    Tenant tenant;
    QCOMPARE(tenant
                 .call("PUT", QStringLiteral("/admin/faults"),
                     QJsonDocument(QJsonObject { { QStringLiteral("checkinFormat"), form } }).toJson())
                 .status,
        200);
    const QJsonObject device = jsonOf(tenant.mdm(QStringLiteral("/api/v1/device/7?dmPartitionId=1001")))
                                   .value(QStringLiteral("result"))
                                   .toObject();
    for (const char *field : { "lastCheckin", "lastRegistrationTime" }) {
        const QJsonValue value = device.value(QLatin1String(field));
        if (iso) {
            QVERIFY2(
                QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"))
                    .match(value.toString())
                    .hasMatch(),
                qPrintable(value.toString()));
        } else {
            QVERIFY2(value.isDouble() && value.toInteger() > 1000000000000, field);
        }
    }
}

void TestTenantEmulator::violationsFormat_data()
{
    QTest::addColumn<QString>("form");
    QTest::newRow("objects") << QStringLiteral("objects");
    QTest::newRow("names") << QStringLiteral("names");
}

void TestTenantEmulator::violationsFormat()
{
    QFETCH(QString, form);
    Tenant tenant;
    tenant.call("PUT", QStringLiteral("/admin/faults"),
        QJsonDocument(QJsonObject { { QStringLiteral("violationsFormat"), form } }).toJson());
    QSet<QString> policyNames;
    for (const QJsonValue &policy :
        jsonOf(tenant.mdm(QStringLiteral("/api/v1/compliancepolicy?dmPartitionId=1001")))
            .value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("searchResults"))
            .toArray())
        policyNames.insert(policy.toObject().value(QStringLiteral("name")).toString());
    int violated = 0;
    for (const QJsonValue &value : tenant.devices()) {
        const QJsonObject device = value.toObject();
        const QJsonValue violations = device.value(QStringLiteral("violatedPolicies"));
        const bool compliant = device.value(QStringLiteral("complianceState")).toBool();
        if (form == QLatin1String("names")) {
            // Ivanti's own form: policy names, or null when there are none.
            QCOMPARE(violations.isNull(), compliant);
            for (const QJsonValue &name : violations.toArray())
                QVERIFY2(policyNames.contains(name.toString()), qPrintable(name.toString()));
        } else {
            QVERIFY(violations.isArray());
            QCOMPARE(violations.toArray().isEmpty(), compliant);
            for (const QJsonValue &violation : violations.toArray())
                QVERIFY(violation.isObject());
        }
        violated += compliant ? 0 : 1;
    }
    QVERIFY(violated > 0);
}

void TestTenantEmulator::paging()
{
    Tenant tenant;
    EmulatorResponse response
        = tenant.mdm(QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=100&start=0"));
    QCOMPARE(response.status, 200);
    QJsonObject result = jsonOf(response).value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("totalCount")).toInteger(), kFleet);
    QCOMPARE(result.value(QStringLiteral("offset")).toInteger(), 0);
    QCOMPARE(result.value(QStringLiteral("limit")).toInteger(), 100);
    QCOMPARE(result.value(QStringLiteral("searchResults")).toArray().size(), 100);

    // The next page starts at start + records received, in id order.
    response = tenant.mdm(QStringLiteral("/api/v1/"
                                         "device?dmPartitionId=1001&rows=100&start=250&sortFields%5B0%5D."
                                         "name=id&sortFields%5B0%5D.order=ASC"));
    QCOMPARE(response.status, 200);
    result = jsonOf(response).value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("offset")).toInteger(), 250);
    const QJsonArray last = result.value(QStringLiteral("searchResults")).toArray();
    QCOMPARE(last.size(), 50);
    for (qsizetype i = 0; i < last.size(); ++i)
        QCOMPARE(last.at(i).toObject().value(QStringLiteral("id")).toInteger(), 251 + i);

    // Without rows: Ivanti's 50. Past the end: an empty page.
    result = jsonOf(tenant.mdm(QStringLiteral("/api/v1/device?dmPartitionId=1001")))
                 .value(QStringLiteral("result"))
                 .toObject();
    QCOMPARE(result.value(QStringLiteral("searchResults")).toArray().size(), 50);
    result = jsonOf(tenant.mdm(QStringLiteral("/api/v1/device?dmPartitionId=1001&start=5000")))
                 .value(QStringLiteral("result"))
                 .toObject();
    QCOMPARE(result.value(QStringLiteral("searchResults")).toArray().size(), 0);
    // The Lab space is empty.
    result = jsonOf(tenant.mdm(QStringLiteral("/api/v1/device?dmPartitionId=1002")))
                 .value(QStringLiteral("result"))
                 .toObject();
    QCOMPARE(result.value(QStringLiteral("totalCount")).toInteger(), 0);
}

void TestTenantEmulator::pageRowsCap()
{
    Tenant tenant;
    tenant.call("PUT", QStringLiteral("/admin/faults"), R"({"pageRowsCap":40})");
    const QJsonObject result
        = jsonOf(tenant.mdm(QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=500&start=10")))
              .value(QStringLiteral("result"))
              .toObject();
    QCOMPARE(result.value(QStringLiteral("limit")).toInteger(), 40);
    QCOMPARE(result.value(QStringLiteral("searchResults")).toArray().size(), 40);
    QCOMPARE(result.value(QStringLiteral("searchResults"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInteger(),
        11);
}

void TestTenantEmulator::listRefusals_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("rows 0") << QStringLiteral("dmPartitionId=1001&rows=0") << QStringLiteral("rows");
    QTest::newRow("rows 501") << QStringLiteral("dmPartitionId=1001&rows=501") << QStringLiteral("rows");
    QTest::newRow("rows text") << QStringLiteral("dmPartitionId=1001&rows=ten") << QStringLiteral("rows");
    QTest::newRow("negative start") << QStringLiteral("dmPartitionId=1001&start=-1")
                                    << QStringLiteral("start");
    QTest::newRow("no space") << QStringLiteral("rows=10") << QStringLiteral("dmPartitionId");
    QTest::newRow("unknown space") << QStringLiteral("dmPartitionId=7") << QStringLiteral("dmPartitionId");
    QTest::newRow("sort by another field")
        << QStringLiteral("dmPartitionId=1001&sortFields%5B0%5D.name=lastCheckin")
        << QStringLiteral("sortFields[0].name");
    QTest::newRow("descending") << QStringLiteral(
        "dmPartitionId=1001&sortFields%5B0%5D.name=id&sortFields%5B0%5D.order=DESC")
                                << QStringLiteral("sortFields[0].order");
    QTest::newRow("fq unknown field")
        << QStringLiteral("dmPartitionId=1001&fq=colour%3Dred") << QStringLiteral("fq");
    QTest::newRow("fq not a term") << QStringLiteral("dmPartitionId=1001&fq=quarantined")
                                   << QStringLiteral("fq");
    QTest::newRow("fq boolean") << QStringLiteral("dmPartitionId=1001&fq=quarantined%3Dmaybe")
                                << QStringLiteral("fq");
    QTest::newRow("fq dangling and") << QStringLiteral("dmPartitionId=1001&fq=quarantined%3Dtrue%20and")
                                     << QStringLiteral("fq");
    QTest::newRow("fq open parenthesis")
        << QStringLiteral("dmPartitionId=1001&fq=(quarantined%3Dtrue") << QStringLiteral("fq");
    QTest::newRow("fq stray parenthesis")
        << QStringLiteral("dmPartitionId=1001&fq=quarantined%3Dtrue)") << QStringLiteral("fq");
    QTest::newRow("fq two terms") << QStringLiteral(
        "dmPartitionId=1001&fq=quarantined%3Dtrue%20jailbroken%3Dtrue")
                                  << QStringLiteral("fq");
}

// Refusals answer 400 in Ivanti's envelope, naming the field (IV-BASICS).
void TestTenantEmulator::listRefusals()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    Tenant tenant;
    const EmulatorResponse response = tenant.mdm(QStringLiteral("/api/v1/device?") + query);
    QCOMPARE(response.status, 400);
    QVERIFY(jsonOf(response).value(QStringLiteral("result")).isNull());
    const QJsonObject error = fieldError(response);
    QCOMPARE(error.value(QStringLiteral("field")).toString(), field);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(!error.value(QStringLiteral("code")).toString().isEmpty());
    if (query.contains(QLatin1String("rows=501")))
        QCOMPARE(
            error.value(QStringLiteral("message")).toString(), QStringLiteral("must be between 1 and 500"));
}

void TestTenantEmulator::filter_data()
{
    using Predicate = std::function<bool(const QJsonObject &)>;
    QTest::addColumn<QString>("fq");
    QTest::addColumn<Predicate>("selects");
    const auto flag = [](const char *name) {
        return [name](const QJsonObject &d) { return d.value(QLatin1String(name)).toBool(); };
    };
    const auto text = [](const char *name, QString value) {
        return [name, value](const QJsonObject &d) {
            return d.value(QLatin1String(name)).toString().compare(value, Qt::CaseInsensitive) == 0;
        };
    };
    QTest::newRow("registration") << QStringLiteral("registrationState=ACTIVE")
                                  << Predicate(text("registrationState", QStringLiteral("ACTIVE")));
    QTest::newRow("not compliant") << QStringLiteral("complianceState=false")
                                   << Predicate([](const QJsonObject &d) {
                                          return !d.value(QStringLiteral("complianceState")).toBool();
                                      });
    QTest::newRow("booleans in capitals")
        << QStringLiteral("quarantined=TRUE") << Predicate(flag("quarantined"));
    QTest::newRow("spaces around =") << QStringLiteral("jailbroken = true") << Predicate(flag("jailbroken"));
    QTest::newRow("platform") << QStringLiteral("platformType=ios")
                              << Predicate(text("platformType", QStringLiteral("IOS")));
    QTest::newRow("and binds tighter")
        << QStringLiteral("platformType=ANDROID and jailbroken=true or quarantined=true")
        << Predicate([](const QJsonObject &d) {
               return (d.value(QStringLiteral("platformType")).toString() == QLatin1String("ANDROID")
                          && d.value(QStringLiteral("jailbroken")).toBool())
                   || d.value(QStringLiteral("quarantined")).toBool();
           });
    QTest::newRow("parentheses") << QStringLiteral(
        "registrationState=ACTIVE and (quarantined=true or jailbroken=true or complianceState=false)")
                                 << Predicate([](const QJsonObject &d) {
                                        return d.value(QStringLiteral("registrationState")).toString()
                                            == QLatin1String("ACTIVE")
                                            && (d.value(QStringLiteral("quarantined")).toBool()
                                                || d.value(QStringLiteral("jailbroken")).toBool()
                                                || !d.value(QStringLiteral("complianceState")).toBool());
                                    });
    QTest::newRow("client status") << QStringLiteral("azureClientStatusCode=Workplace_Join_Required")
                                   << Predicate(text("azureClientStatusCode",
                                          QStringLiteral("Workplace_Join_Required")));
    QTest::newRow("e-mail address") << QStringLiteral("emailAddress=Bob.Smith@contoso.com")
                                    << Predicate(
                                           text("emailAddress", QStringLiteral("bob.smith@contoso.com")));
    QTest::newRow("uid") << QStringLiteral("uid=alice.smith@contoso.com")
                         << Predicate(text("uid", QStringLiteral("alice.smith@contoso.com")));
    QTest::newRow("nothing") << QStringLiteral("registrationState=WIPED")
                             << Predicate([](const QJsonObject &) { return false; });
}

// The filtered list is the unfiltered list read through the same query by hand.
void TestTenantEmulator::filter()
{
    using Predicate = std::function<bool(const QJsonObject &)>;
    QFETCH(QString, fq);
    QFETCH(Predicate, selects);
    Tenant tenant;
    QList<qint64> expected;
    for (const QJsonValue &device : tenant.devices()) {
        if (selects(device.toObject()))
            expected.append(device.toObject().value(QStringLiteral("id")).toInteger());
    }
    QList<qint64> served;
    qint64 total = -1;
    for (int start = 0;; start += 37) {
        const EmulatorResponse response
            = tenant.mdm(QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=37&start=%1&fq=%2")
                             .arg(QString::number(start), QString::fromLatin1(QUrl::toPercentEncoding(fq))));
        QCOMPARE(response.status, 200);
        const QJsonObject result = jsonOf(response).value(QStringLiteral("result")).toObject();
        total = result.value(QStringLiteral("totalCount")).toInteger();
        const QJsonArray page = result.value(QStringLiteral("searchResults")).toArray();
        for (const QJsonValue &device : page)
            served.append(device.toObject().value(QStringLiteral("id")).toInteger());
        if (page.size() < 37)
            break;
    }
    QCOMPARE(served, expected);
    QCOMPARE(total, qint64(expected.size()));
}

void TestTenantEmulator::filterAfterChurn()
{
    Tenant tenant;
    const auto quarantinedIds = [&tenant](bool filtered) {
        QList<qint64> ids;
        if (filtered) {
            const QJsonArray page = jsonOf(
                tenant.mdm(
                    QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=500&fq=complianceState%3Dfalse")))
                                        .value(QStringLiteral("result"))
                                        .toObject()
                                        .value(QStringLiteral("searchResults"))
                                        .toArray();
            for (const QJsonValue &device : page)
                ids.append(device.toObject().value(QStringLiteral("id")).toInteger());
        } else {
            for (const QJsonValue &device : tenant.devices()) {
                if (!device.toObject().value(QStringLiteral("complianceState")).toBool())
                    ids.append(device.toObject().value(QStringLiteral("id")).toInteger());
            }
        }
        return ids;
    };
    QCOMPARE(quarantinedIds(true), quarantinedIds(false));
    QCOMPARE(tenant.call("POST", QStringLiteral("/admin/churn"), R"({"changes":150})").status, 200);
    QCOMPARE(quarantinedIds(true), quarantinedIds(false));
}

void TestTenantEmulator::oneDevice()
{
    Tenant tenant;
    const QJsonObject fromList
        = jsonOf(tenant.mdm(QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=1&start=41")))
              .value(QStringLiteral("result"))
              .toObject()
              .value(QStringLiteral("searchResults"))
              .toArray()
              .first()
              .toObject();
    const EmulatorResponse response = tenant.mdm(QStringLiteral("/api/v1/device/42?dmPartitionId=1001"));
    QCOMPARE(response.status, 200);
    QVERIFY(jsonOf(response).value(QStringLiteral("errors")).isNull());
    QCOMPARE(jsonOf(response).value(QStringLiteral("result")).toObject(), fromList);

    const EmulatorResponse missing = tenant.mdm(QStringLiteral("/api/v1/device/9999?dmPartitionId=1001"));
    QCOMPARE(missing.status, 404);
    QVERIFY(!jsonOf(missing)
                 .value(QStringLiteral("errors"))
                 .toObject()
                 .value(QStringLiteral("globalErrors"))
                 .toArray()
                 .isEmpty());
    QCOMPARE(fieldError(tenant.mdm(QStringLiteral("/api/v1/device/abc?dmPartitionId=1001")))
                 .value(QStringLiteral("field"))
                 .toString(),
        QStringLiteral("id"));
    QCOMPARE(
        fieldError(tenant.mdm(QStringLiteral("/api/v1/device/42"))).value(QStringLiteral("field")).toString(),
        QStringLiteral("dmPartitionId"));
}

void TestTenantEmulator::forceCheckin_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("result"); // -1: refused
    QTest::addColumn<QList<qint64>>("checkedIn");
    QTest::newRow("one id") << QByteArray("ids=5") << 200 << 1 << QList<qint64> { 5 };
    QTest::newRow("repeated ids") << QByteArray("ids=5&ids=6&ids=7") << 200 << 1 << QList<qint64> { 5, 6, 7 };
    QTest::newRow("comma list") << QByteArray("ids=5%2C6") << 200 << 1 << QList<qint64> { 5, 6 };
    QTest::newRow("guid") << QByteArray("ids=GUID9") << 200 << 1 << QList<qint64> { 9 };
    QTest::newRow("unknown id") << QByteArray("ids=5&ids=99999") << 200 << 0 << QList<qint64> {};
    QTest::newRow("no ids") << QByteArray("other=1") << 400 << -1 << QList<qint64> {};
    QTest::newRow("not an id") << QByteArray("ids=five") << 400 << -1 << QList<qint64> {};
}

void TestTenantEmulator::forceCheckin()
{
    QFETCH(QByteArray, form);
    QFETCH(int, status);
    QFETCH(int, result);
    QFETCH(QList<qint64>, checkedIn);
    Tenant tenant;
    const auto device = [&tenant](qint64 id) {
        return jsonOf(tenant.mdm(QStringLiteral("/api/v1/device/%1?dmPartitionId=1001").arg(id)))
            .value(QStringLiteral("result"))
            .toObject();
    };
    form.replace("GUID9", device(9).value(QStringLiteral("guid")).toString().toLatin1());
    tenant.advance(5000);
    const EmulatorResponse response
        = tenant.mdm(QStringLiteral("/api/v1/device/forceCheckin"), "admin", "PUT", form);
    QCOMPARE(response.status, status);
    if (result < 0) {
        QCOMPARE(fieldError(response).value(QStringLiteral("field")).toString(), QStringLiteral("ids"));
        return;
    }
    QCOMPARE(jsonOf(response).value(QStringLiteral("result")).toInt(-1), result);
    QCOMPARE(jsonOf(response).value(QStringLiteral("errors")).isNull(), result == 1);
    for (const qint64 id : { 5, 6, 7, 9 })
        QCOMPARE(device(id).value(QStringLiteral("lastCheckin")).toInteger() == tenant.now(),
            checkedIn.contains(id));
}

void TestTenantEmulator::mdmRoles_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    const QByteArray admin = "Basic " + QByteArray("admin:demo").toBase64();
    const QByteArray auditor = "Basic " + QByteArray("auditor:demo").toBase64();
    const QByteArray helpdesk = "Basic " + QByteArray("helpdesk:demo").toBase64();
    const QString list = QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=1");
    QTest::newRow("no credentials") << list << QByteArray() << 401;
    QTest::newRow("wrong password") << list << QByteArray("Basic " + QByteArray("admin:nope").toBase64())
                                    << 401;
    QTest::newRow("not basic") << list << QByteArray("Bearer abc") << 401;
    QTest::newRow("admin reads") << list << admin << 200;
    QTest::newRow("helpdesk reads") << list << helpdesk << 200;
    QTest::newRow("auditor lacks the device role") << list << auditor << 403;
    QTest::newRow("auditor signs in") << QStringLiteral("/api/v1/tenant/partition/device") << auditor << 200;
    QTest::newRow("auditor policies")
        << QStringLiteral("/api/v1/compliancepolicy?dmPartitionId=1001") << auditor << 403;
}

void TestTenantEmulator::mdmRoles()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    Tenant tenant;
    Headers headers;
    if (!authorization.isEmpty())
        headers.append({ "Authorization", authorization });
    const EmulatorResponse response = tenant.call("GET", target, {}, headers);
    QCOMPARE(response.status, status);
    if (status == 401)
        QVERIFY(response.header("WWW-Authenticate").startsWith("Basic"));
    if (status >= 400)
        QVERIFY(!jsonOf(response)
                     .value(QStringLiteral("errors"))
                     .toObject()
                     .value(QStringLiteral("globalErrors"))
                     .toArray()
                     .isEmpty());
}

void TestTenantEmulator::policies()
{
    Tenant tenant;
    const QJsonObject list = jsonOf(tenant.mdm(QStringLiteral("/api/v1/compliancepolicy?dmPartitionId=1001")))
                                 .value(QStringLiteral("result"))
                                 .toObject();
    const QJsonArray policies = list.value(QStringLiteral("searchResults")).toArray();
    QCOMPARE(list.value(QStringLiteral("totalCount")).toInt(), policies.size());
    QVERIFY(policies.size() >= 6);
    const QStringList rules { QStringLiteral("jailbroken"), QStringLiteral("osBelowMinimum"),
        QStringLiteral("noPasscode"), QStringLiteral("notEncrypted"), QStringLiteral("blockedAppPresent"),
        QStringLiteral("outOfContact") };
    const QStringList actions { QStringLiteral("sendAlert"), QStringLiteral("blockEmail"),
        QStringLiteral("blockAppConnect"), QStringLiteral("quarantine"), QStringLiteral("retire") };
    for (const QJsonValue &value : policies) {
        const QJsonObject policy = value.toObject();
        QVERIFY(rules.contains(policy.value(QStringLiteral("rule")).toString()));
        for (const QJsonValue &step : policy.value(QStringLiteral("actions")).toArray())
            QVERIFY(actions.contains(step.toObject().value(QStringLiteral("action")).toString()));
    }

    // A write replaces (200) or creates (201) and answers the policy in the envelope.
    QJsonObject changed = policies.at(2).toObject();
    changed.insert(QStringLiteral("actions"),
        QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("sendAlert") },
                         { QStringLiteral("waitDays"), 0 } },
            QJsonObject { { QStringLiteral("action"), QStringLiteral("retire") },
                { QStringLiteral("waitDays"), 10 } } });
    const qint64 id = changed.value(QStringLiteral("id")).toInteger();
    EmulatorResponse written
        = tenant.mdm(QStringLiteral("/api/v1/compliancepolicy/%1?dmPartitionId=1001").arg(id), "admin", "PUT",
            QJsonDocument(changed).toJson());
    QCOMPARE(written.status, 200);
    QCOMPARE(jsonOf(written).value(QStringLiteral("result")).toObject(), changed);
    QJsonObject created = changed;
    created.insert(QStringLiteral("id"), 77);
    created.insert(QStringLiteral("name"), QStringLiteral("New policy"));
    written = tenant.mdm(QStringLiteral("/api/v1/compliancepolicy/77?dmPartitionId=1001"), "admin", "PUT",
        QJsonDocument(created).toJson());
    QCOMPARE(written.status, 201);
    const QJsonArray after = jsonOf(tenant.mdm(QStringLiteral("/api/v1/compliancepolicy?dmPartitionId=1001")))
                                 .value(QStringLiteral("result"))
                                 .toObject()
                                 .value(QStringLiteral("searchResults"))
                                 .toArray();
    QCOMPARE(after.size(), policies.size() + 1);
    QVERIFY(after.contains(changed) && after.contains(created));
    QCOMPARE(
        tenant.admin("GET", QStringLiteral("/admin/stats")).value(QStringLiteral("policyWrites")).toInt(), 2);

    // The helpdesk user reads policies but may not change them.
    QCOMPARE(
        tenant.mdm(QStringLiteral("/api/v1/compliancepolicy?dmPartitionId=1001"), "helpdesk").status, 200);
    QCOMPARE(tenant
                 .mdm(QStringLiteral("/api/v1/compliancepolicy/%1?dmPartitionId=1001").arg(id), "helpdesk",
                     "PUT", QJsonDocument(changed).toJson())
                 .status,
        403);
    const QJsonObject me = jsonOf(tenant.mdm(QStringLiteral("/api/v1/account/me"), "helpdesk"))
                               .value(QStringLiteral("result"))
                               .toObject();
    QCOMPARE(me.value(QStringLiteral("role")).toString(), QStringLiteral("helpdesk"));
    QCOMPARE(me.value(QStringLiteral("canEditPolicies")).toBool(true), false);
}

void TestTenantEmulator::policyRefusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("named");
    const auto actions = [](std::initializer_list<std::pair<const char *, QJsonValue>> steps) {
        QJsonArray array;
        for (const auto &[action, wait] : steps)
            array.append(QJsonObject {
                { QStringLiteral("action"), QLatin1String(action) }, { QStringLiteral("waitDays"), wait } });
        return QJsonValue(array);
    };
    QTest::newRow("id differs from the path")
        << QStringLiteral("id") << QJsonValue(4) << QStringLiteral("id");
    QTest::newRow("id a string") << QStringLiteral("id") << QJsonValue(QStringLiteral("3"))
                                 << QStringLiteral("id");
    QTest::newRow("no name") << QStringLiteral("name") << QJsonValue(QStringLiteral("  "))
                             << QStringLiteral("name");
    QTest::newRow("unknown rule") << QStringLiteral("rule") << QJsonValue(QStringLiteral("lowBattery"))
                                  << QStringLiteral("rule");
    QTest::newRow("version is not a number")
        << QStringLiteral("parameter") << QJsonValue(QStringLiteral("16.0beta"))
        << QStringLiteral("parameter");
    QTest::newRow("no actions") << QStringLiteral("actions") << QJsonValue(QJsonArray())
                                << QStringLiteral("actions");
    QTest::newRow("unknown action") << QStringLiteral("actions") << actions({ { "wipe", 0 } })
                                    << QStringLiteral("actions[0].action");
    QTest::newRow("action twice") << QStringLiteral("actions")
                                  << actions({ { "sendAlert", 0 }, { "sendAlert", 2 } })
                                  << QStringLiteral("actions[1].action");
    QTest::newRow("negative wait") << QStringLiteral("actions") << actions({ { "sendAlert", -1 } })
                                   << QStringLiteral("actions[0].waitDays");
    QTest::newRow("fractional wait") << QStringLiteral("actions") << actions({ { "sendAlert", 1.5 } })
                                     << QStringLiteral("actions[0].waitDays");
    QTest::newRow("waits out of order")
        << QStringLiteral("actions") << actions({ { "sendAlert", 5 }, { "retire", 2 } })
        << QStringLiteral("actions[1].waitDays");
}

void TestTenantEmulator::policyRefusals()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, named);
    Tenant tenant;
    // Policy 2 of the demo fleet: "iOS 16 or later", rule osBelowMinimum.
    QJsonObject policy { { QStringLiteral("id"), 2 },
        { QStringLiteral("name"), QStringLiteral("iOS 16 or later") },
        { QStringLiteral("rule"), QStringLiteral("osBelowMinimum") },
        { QStringLiteral("parameter"), QStringLiteral("16.0") },
        { QStringLiteral("actions"),
            QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("sendAlert") },
                { QStringLiteral("waitDays"), 0 } } } } };
    policy.insert(field, value);
    const QJsonArray before
        = jsonOf(tenant.mdm(QStringLiteral("/api/v1/compliancepolicy?dmPartitionId=1001")))
              .value(QStringLiteral("result"))
              .toObject()
              .value(QStringLiteral("searchResults"))
              .toArray();
    const EmulatorResponse response
        = tenant.mdm(QStringLiteral("/api/v1/compliancepolicy/2?dmPartitionId=1001"), "admin", "PUT",
            QJsonDocument(policy).toJson());
    QCOMPARE(response.status, 400);
    QCOMPARE(fieldError(response).value(QStringLiteral("field")).toString(), named);
    QCOMPARE(jsonOf(tenant.mdm(QStringLiteral("/api/v1/compliancepolicy?dmPartitionId=1001")))
                 .value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("searchResults"))
                 .toArray(),
        before);
}

// quarantined is the MDM's verdict: it follows a policy write and the clock.
void TestTenantEmulator::quarantineFollowsPoliciesAndClock()
{
    Tenant tenant;
    const auto quarantinedCount = [&tenant] {
        return jsonOf(
            tenant.mdm(QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=1&fq=quarantined%3Dtrue")))
            .value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("totalCount"))
            .toInt(-1);
    };
    const auto jailbroken = [&tenant] {
        return jsonOf(
            tenant.mdm(QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=500&fq=jailbroken%3Dtrue")))
            .value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("searchResults"))
            .toArray();
    };
    QVERIFY(!jailbroken().isEmpty());
    // Jailbroken devices: Quarantine right away, for ten days.
    const QJsonObject policy { { QStringLiteral("id"), 1 },
        { QStringLiteral("name"), QStringLiteral("Jailbroken") },
        { QStringLiteral("rule"), QStringLiteral("jailbroken") }, { QStringLiteral("parameter"), QString() },
        { QStringLiteral("actions"),
            QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("quarantine") },
                { QStringLiteral("waitDays"), 0 } } } } };
    QCOMPARE(tenant
                 .mdm(QStringLiteral("/api/v1/compliancepolicy/1?dmPartitionId=1001"), "admin", "PUT",
                     QJsonDocument(policy).toJson())
                 .status,
        200);
    for (const QJsonValue &device : jailbroken())
        QVERIFY(device.toObject().value(QStringLiteral("quarantined")).toBool());
    QVERIFY(quarantinedCount() >= jailbroken().size());

    // Retire after 10 days: a manual clock moved 61 days retires every jailbroken device
    // (violations begin at most 60 days back), and a retired device is not quarantined.
    QJsonObject retiring = policy;
    retiring.insert(QStringLiteral("actions"),
        QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("quarantine") },
                         { QStringLiteral("waitDays"), 0 } },
            QJsonObject { { QStringLiteral("action"), QStringLiteral("retire") },
                { QStringLiteral("waitDays"), 10 } } });
    tenant.mdm(QStringLiteral("/api/v1/compliancepolicy/1?dmPartitionId=1001"), "admin", "PUT",
        QJsonDocument(retiring).toJson());
    QCOMPARE(tenant.call("POST", QStringLiteral("/admin/clock"), R"({"advanceMs":5270400000})").status, 200);
    for (const QJsonValue &value : jailbroken()) {
        const QJsonObject device = value.toObject();
        QVERIFY(!device.value(QStringLiteral("quarantined")).toBool());
        const QJsonObject expected = tenant
                                         .admin("GET",
                                             QStringLiteral("/admin/expected?ids=%1")
                                                 .arg(device.value(QStringLiteral("id")).toInteger()))
                                         .value(QStringLiteral("devices"))
                                         .toArray()
                                         .first()
                                         .toObject();
        QCOMPARE(expected.value(QStringLiteral("action")).toString(), QStringLiteral("retire"));
        QCOMPARE(expected.value(QStringLiteral("managementState")).toString(), QStringLiteral("notManaged"));
        QCOMPARE(
            expected.value(QStringLiteral("complianceStatus")).toString(), QStringLiteral("notCompliant"));
    }
}

// ---- Entra and Graph --------------------------------------------------------------------

void TestTenantEmulator::tokenRefusals_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("grantType"); // null: not sent
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString client = TenantEmulator::defaultClientId();
    const QString secret = QStringLiteral("demo-secret");
    QTest::newRow("graph token") << kTenant << client << secret << kGraphScope
                                 << QStringLiteral("client_credentials") << 200 << QString();
    QTest::newRow("intune token") << kTenant << client << secret << kManageScope
                                  << QStringLiteral("client_credentials") << 200 << QString();
    QTest::newRow("no grant_type") << kTenant << client << secret << kGraphScope << QString() << 400
                                   << QStringLiteral("unsupported_grant_type");
    QTest::newRow("other grant_type")
        << kTenant << client << secret << kGraphScope << QStringLiteral("password") << 400
        << QStringLiteral("unsupported_grant_type");
    QTest::newRow("single slash scope")
        << kTenant << client << secret << QStringLiteral("https://api.manage.microsoft.com/.default")
        << QStringLiteral("client_credentials") << 400 << QStringLiteral("invalid_scope");
    QTest::newRow("unknown tenant") << kOtherGuid << client << secret << kGraphScope
                                    << QStringLiteral("client_credentials") << 400
                                    << QStringLiteral("invalid_client");
    QTest::newRow("unknown client") << kTenant << kOtherGuid << secret << kGraphScope
                                    << QStringLiteral("client_credentials") << 400
                                    << QStringLiteral("invalid_client");
    QTest::newRow("wrong secret") << kTenant << client << QStringLiteral("nope") << kGraphScope
                                  << QStringLiteral("client_credentials") << 401
                                  << QStringLiteral("invalid_client");
}

void TestTenantEmulator::tokenRefusals()
{
    QFETCH(QString, tenant);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(QString, scope);
    QFETCH(QString, grantType);
    QFETCH(int, status);
    QFETCH(QString, error);
    Tenant peer;
    const EmulatorResponse response = peer.tokenAnswer(scope, secret, clientId, tenant, grantType);
    QCOMPARE(response.status, status);
    QCOMPARE(response.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject body = jsonOf(response);
    if (status == 200) {
        QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 3600);
        QVERIFY(!body.value(QStringLiteral("access_token")).toString().isEmpty());
        return;
    }
    QCOMPARE(body.value(QStringLiteral("error")).toString(), error);
    QVERIFY(!body.value(QStringLiteral("error_description")).toString().isEmpty());
}

// One token per audience: the partner services refuse a Graph token and the other way round.
void TestTenantEmulator::tokenScopes()
{
    Tenant tenant;
    QCOMPARE(tenant.provision(1).status, 200);
    const Headers graph = tenant.bearer(kGraphScope);
    const EmulatorResponse partner = tenant.call("PUT",
        QStringLiteral("/partner/tenant/PartnerTenantHeartbeat(guid'%1')?api-version=1.6").arg(kTenant),
        R"({"Timestamp":"2025-05-14T10:00:00.000Z"})", graph);
    QCOMPARE(partner.status, 401);
    QVERIFY(partner.header("WWW-Authenticate").contains("invalid_token"));
    const EmulatorResponse users
        = tenant.call("GET", QStringLiteral("/v1.0/users('alice.smith%40contoso.com')?$select=id"), {},
            tenant.bearer(kManageScope));
    QCOMPARE(users.status, 401);
    QCOMPARE(tenant.call("GET", QStringLiteral("/v1.0/users('alice.smith%40contoso.com')?$select=id")).status,
        401);
}

void TestTenantEmulator::tokenExpiry()
{
    Tenant tenant([](TenantEmulator::Settings &settings) { settings.tokenLifetimeSeconds = 60; });
    const Headers graph = tenant.bearer(kGraphScope);
    const QString target = QStringLiteral("/v1.0/users('alice.smith%40contoso.com')?$select=id");
    QCOMPARE(tenant.call("GET", target, {}, graph).status, 200);
    tenant.advance(59999);
    QCOMPARE(tenant.call("GET", target, {}, graph).status, 200);
    tenant.advance(1);
    const EmulatorResponse expired = tenant.call("GET", target, {}, graph);
    QCOMPARE(expired.status, 401);
    QVERIFY(expired.header("WWW-Authenticate").contains("invalid_token"));
}

void TestTenantEmulator::expireTokensNow()
{
    Tenant tenant;
    const Headers graph = tenant.bearer(kGraphScope);
    const QString target = QStringLiteral("/v1.0/users('alice.smith%40contoso.com')?$select=id");
    QCOMPARE(tenant.call("GET", target, {}, graph).status, 200);
    QCOMPARE(tenant.call("PUT", QStringLiteral("/admin/faults"), R"({"expireTokensNow":true})").status, 200);
    QCOMPARE(tenant.call("GET", target, {}, graph).status, 401);
    QCOMPARE(tenant.admin("GET", QStringLiteral("/admin/stats"))
                 .value(QStringLiteral("faultsInjected"))
                 .toObject()
                 .value(QStringLiteral("401"))
                 .toInt(),
        1);
    QCOMPARE(tenant.call("GET", target, {}, tenant.bearer(kGraphScope)).status, 200);
}

void TestTenantEmulator::discovery()
{
    Tenant tenant;
    const Headers graph = tenant.bearer(kGraphScope);
    const EmulatorResponse principals = tenant.call("GET",
        QStringLiteral("/v1.0/servicePrincipals?$filter=%1")
            .arg(QString::fromLatin1(
                QUrl::toPercentEncoding(QStringLiteral("appId eq '%1'").arg(kIntuneAppId)))),
        {}, graph);
    QCOMPARE(principals.status, 200);
    const QJsonObject principal
        = jsonOf(principals).value(QStringLiteral("value")).toArray().first().toObject();
    QCOMPARE(principal.value(QStringLiteral("appId")).toString(), kIntuneAppId);
    const QString id = principal.value(QStringLiteral("id")).toString();
    QVERIFY(isGuidText(id));

    const EmulatorResponse endPoints
        = tenant.call("GET", QStringLiteral("/v1.0/servicePrincipals/%1/endPoints").arg(id), {},
            graph + Headers { { "Host", "127.0.0.1:4321" } });
    QCOMPARE(endPoints.status, 200);
    QHash<QString, QString> uris;
    for (const QJsonValue &entry : jsonOf(endPoints).value(QStringLiteral("value")).toArray())
        uris.insert(entry.toObject().value(QStringLiteral("providerName")).toString(),
            entry.toObject().value(QStringLiteral("uri")).toString());
    QCOMPARE(uris.value(QStringLiteral("PartnerTenantDataSyncService")),
        QStringLiteral("http://127.0.0.1:4321/partner/tenant"));
    QCOMPARE(uris.value(QStringLiteral("PartnerDeviceDataSyncService")),
        QStringLiteral("http://127.0.0.1:4321/partner/device"));
    // Unrelated services come first, so a client that takes the first entry is caught.
    QVERIFY(!jsonOf(endPoints)
                 .value(QStringLiteral("value"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("providerName"))
                 .toString()
                 .startsWith(QLatin1String("Partner")));
}

void TestTenantEmulator::discoveryRefusals_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");
    QTest::newRow("no filter") << QStringLiteral("/v1.0/servicePrincipals") << 400;
    QTest::newRow("another app")
        << QStringLiteral("/v1.0/servicePrincipals?$filter=appId%20eq%20'%1'").arg(kOtherGuid) << 400;
    QTest::newRow("another filter") << QStringLiteral(
        "/v1.0/servicePrincipals?$filter=displayName%20eq%20'Microsoft%20Intune'")
                                    << 400;
    QTest::newRow("unknown principal")
        << QStringLiteral("/v1.0/servicePrincipals/%1/endPoints").arg(kOtherGuid) << 404;
}

void TestTenantEmulator::discoveryRefusals()
{
    QFETCH(QString, target);
    QFETCH(int, status);
    Tenant tenant;
    const EmulatorResponse response = tenant.call("GET", target, {}, tenant.bearer(kGraphScope));
    QCOMPARE(response.status, status);
    const QJsonObject error = jsonOf(response).value(QStringLiteral("error")).toObject();
    QVERIFY(!error.value(QStringLiteral("code")).toString().isEmpty());
    if (status == 400)
        QVERIFY2(error.value(QStringLiteral("message")).toString().startsWith(QLatin1String("$filter")),
            qPrintable(error.value(QStringLiteral("message")).toString()));
}

void TestTenantEmulator::users_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("sameAsAlice");
    QTest::newRow("quoted key") << QStringLiteral("/v1.0/users('alice.smith%40contoso.com')?$select=id")
                                << 200 << true;
    QTest::newRow("slash key") << QStringLiteral("/v1.0/users/alice.smith@contoso.com?$select=id") << 200
                               << true;
    QTest::newRow("any case") << QStringLiteral("/v1.0/users('Alice.Smith%40Contoso.com')?%24select=id")
                              << 200 << true;
    QTest::newRow("no $select") << QStringLiteral("/v1.0/users('alice.smith%40contoso.com')") << 200 << true;
    QTest::newRow("$select with more")
        << QStringLiteral("/v1.0/users('alice.smith%40contoso.com')?$select=displayName,id") << 200 << true;
    QTest::newRow("another user") << QStringLiteral("/v1.0/users('bob.smith%40contoso.com')?$select=id")
                                  << 200 << false;
    QTest::newRow("unknown user") << QStringLiteral("/v1.0/users('nobody%40contoso.com')?$select=id") << 404
                                  << false;
    QTest::newRow("doubled quote, # encoded")
        << QStringLiteral("/v1.0/users('o''brien%23x%40contoso.com')?$select=id") << 404 << false;
    QTest::newRow("lone quote") << QStringLiteral("/v1.0/users('o'brien%40contoso.com')?$select=id") << 400
                                << false;
    QTest::newRow("$select without id")
        << QStringLiteral("/v1.0/users('alice.smith%40contoso.com')?$select=displayName") << 400 << false;
    QTest::newRow("not a look-up") << QStringLiteral("/v1.0/users") << 400 << false;
}

void TestTenantEmulator::users()
{
    QFETCH(QString, target);
    QFETCH(int, status);
    QFETCH(bool, sameAsAlice);
    Tenant tenant;
    const Headers graph = tenant.bearer(kGraphScope);
    // Alice's object id, as the MDM record of her device carries it.
    const QString alice = jsonOf(
        tenant.mdm(
            QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=10&fq=uid%3Dalice.smith%40contoso.com")))
                              .value(QStringLiteral("result"))
                              .toObject()
                              .value(QStringLiteral("searchResults"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("azureUserId"))
                              .toString();
    QVERIFY(isGuidText(alice));
    const EmulatorResponse response = tenant.call("GET", target, {}, graph);
    QCOMPARE(response.status, status);
    const QJsonObject body = jsonOf(response);
    if (status == 200) {
        QVERIFY(isGuidText(body.value(QStringLiteral("id")).toString()));
        QCOMPARE(body.value(QStringLiteral("id")).toString() == alice, sameAsAlice);
        QVERIFY(body.value(QStringLiteral("@odata.context"))
                    .toString()
                    .contains(QLatin1String("$metadata#users")));
    } else {
        QVERIFY(!body.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString()
                     .isEmpty());
        if (status == 404)
            QCOMPARE(body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                QStringLiteral("Request_ResourceNotFound"));
        if (target.contains(QLatin1String("select=displayName")))
            QVERIFY(body.value(QStringLiteral("error"))
                        .toObject()
                        .value(QStringLiteral("message"))
                        .toString()
                        .startsWith(QLatin1String("$select")));
    }
}

void TestTenantEmulator::batchAnswers()
{
    Tenant tenant;
    // Users of the MDM: those whose record carries an object id are known to Entra; a few
    // whose record has none are not.
    QStringList upns;
    QHash<QString, QString> objectIds;
    for (const QJsonValue &value : tenant.devices()) {
        const QJsonObject device = value.toObject();
        const QString upn = device.value(QStringLiteral("azureUserUpn")).toString();
        if (device.contains(QStringLiteral("azureUserId")) && !objectIds.contains(upn)
            && objectIds.size() < 12) {
            objectIds.insert(upn, device.value(QStringLiteral("azureUserId")).toString());
            upns.append(upn);
        }
    }
    upns.append(QStringLiteral("nobody@contoso.com"));
    QJsonArray requests;
    for (qsizetype i = 0; i < upns.size(); ++i)
        requests.append(QJsonObject { { QStringLiteral("id"), QString::number(i + 1) },
            { QStringLiteral("method"), QStringLiteral("GET") },
            { QStringLiteral("url"),
                QStringLiteral("/users('%1')?$select=id")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(upns.at(i)))) } });
    const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("requests"), requests } }).toJson();
    const EmulatorResponse response
        = tenant.call("POST", QStringLiteral("/v1.0/$batch"), body, tenant.bearer(kGraphScope));
    QCOMPARE(response.status, 200);
    const QJsonArray responses = jsonOf(response).value(QStringLiteral("responses")).toArray();
    QCOMPARE(responses.size(), upns.size());
    QStringList order;
    for (const QJsonValue &value : responses) {
        const QJsonObject inner = value.toObject();
        const QString upn = upns.at(inner.value(QStringLiteral("id")).toString().toInt() - 1);
        order.append(inner.value(QStringLiteral("id")).toString());
        if (objectIds.contains(upn)) {
            QCOMPARE(inner.value(QStringLiteral("status")).toInt(), 200);
            QCOMPARE(inner.value(QStringLiteral("body")).toObject().value(QStringLiteral("id")).toString(),
                objectIds.value(upn));
        } else {
            QCOMPARE(inner.value(QStringLiteral("status")).toInt(), 404);
            QVERIFY(inner.value(QStringLiteral("body")).toObject().contains(QStringLiteral("error")));
        }
    }
    // Answers come in another order than asked, the same one for the same seed.
    QStringList asked;
    for (qsizetype i = 0; i < upns.size(); ++i)
        asked.append(QString::number(i + 1));
    QVERIFY(order != asked);
    Tenant again;
    QStringList orderAgain;
    for (const QJsonValue &value :
        jsonOf(again.call("POST", QStringLiteral("/v1.0/$batch"), body, again.bearer(kGraphScope)))
            .value(QStringLiteral("responses"))
            .toArray())
        orderAgain.append(value.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(orderAgain, order);
    const QJsonObject stats = tenant.admin("GET", QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("batchRequests")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("batchItems")).toInt(), int(upns.size()));
}

void TestTenantEmulator::batchRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named");
    const QByteArray item
        = R"({"id":"1","method":"GET","url":"/users('alice.smith%40contoso.com')?$select=id"})";
    QByteArray twentyOne = "{\"requests\":[";
    for (int i = 1; i <= 21; ++i)
        twentyOne += (i > 1 ? "," : "")
            + QByteArray(item).replace("\"1\"", QByteArray("\"" + QByteArray::number(i) + "\""));
    twentyOne += "]}";
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("the body");
    QTest::newRow("no requests") << QByteArray("{}") << QStringLiteral("requests");
    QTest::newRow("requests not an array") << QByteArray(R"({"requests":{}})") << QStringLiteral("requests");
    QTest::newRow("no request") << QByteArray(R"({"requests":[]})") << QStringLiteral("requests");
    QTest::newRow("21 requests") << twentyOne << QStringLiteral("requests");
    QTest::newRow("duplicate id") << QByteArray("{\"requests\":[" + item + "," + item + "]}")
                                  << QStringLiteral("requests[1].id");
    QTest::newRow("no id") << QByteArray(R"({"requests":[{"method":"GET","url":"/users/a@contoso.com"}]})")
                           << QStringLiteral("requests[0].id");
    QTest::newRow("POST") << QByteArray(item).replace("GET", "POST").prepend("{\"requests\":[").append("]}")
                          << QStringLiteral("requests[0].method");
    QTest::newRow("not a user look-up")
        << QByteArray(R"({"requests":[{"id":"1","method":"GET","url":"/me"}]})")
        << QStringLiteral("requests[0].url");
}

void TestTenantEmulator::batchRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    Tenant tenant;
    const EmulatorResponse response
        = tenant.call("POST", QStringLiteral("/v1.0/$batch"), body, tenant.bearer(kGraphScope));
    QCOMPARE(response.status, 400);
    const QJsonObject error = jsonOf(response).value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("BadRequest"));
    QVERIFY2(error.value(QStringLiteral("message")).toString().startsWith(named),
        qPrintable(error.value(QStringLiteral("message")).toString()));
    QCOMPARE(
        tenant.admin("GET", QStringLiteral("/admin/stats")).value(QStringLiteral("batchRequests")).toInt(),
        0);
}

void TestTenantEmulator::batchThrottling_data()
{
    QTest::addColumn<bool>("batch424");
    QTest::addColumn<int>("status");
    QTest::newRow("outer 200") << false << 200;
    QTest::newRow("outer 424") << true << 424;
}

void TestTenantEmulator::batchThrottling()
{
    QFETCH(bool, batch424);
    QFETCH(int, status);
    Tenant tenant;
    QCOMPARE(tenant
                 .call("PUT", QStringLiteral("/admin/faults"),
                     QJsonDocument(QJsonObject { { QStringLiteral("rateBatchItem429"), 1.0 },
                                       { QStringLiteral("batch424"), batch424 },
                                       { QStringLiteral("retryAfterSeconds"), 1 } })
                         .toJson())
                 .status,
        200);
    const QByteArray body
        = R"({"requests":[{"id":"1","method":"GET","url":"/users('alice.smith%40contoso.com')?$select=id"},)"
          R"({"id":"2","method":"GET","url":"/users/bob.smith@contoso.com?$select=id"}]})";
    const EmulatorResponse response
        = tenant.call("POST", QStringLiteral("/v1.0/$batch"), body, tenant.bearer(kGraphScope));
    QCOMPARE(response.status, status);
    const QJsonArray responses = jsonOf(response).value(QStringLiteral("responses")).toArray();
    QCOMPARE(responses.size(), 2);
    for (const QJsonValue &value : responses) {
        QCOMPARE(value.toObject().value(QStringLiteral("status")).toInt(), 429);
        QCOMPARE(value.toObject()
                     .value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("Retry-After"))
                     .toString(),
            QStringLiteral("1"));
    }
    QCOMPARE(tenant.admin("GET", QStringLiteral("/admin/stats"))
                 .value(QStringLiteral("faultsInjected"))
                 .toObject()
                 .value(QStringLiteral("batchItem429"))
                 .toInt(),
        2);
}

// partnerState (MS-CMP-STATE) follows provisioning and the heartbeat's age on the clock.
void TestTenantEmulator::partnerHealth()
{
    Tenant tenant;
    const Headers graph = tenant.bearer(kGraphScope);
    const auto partner = [&tenant, &graph] {
        const EmulatorResponse response = tenant.call(
            "GET", QStringLiteral("/beta/deviceManagement/complianceManagementPartners"), {}, graph);
        return jsonOf(response).value(QStringLiteral("value")).toArray().first().toObject();
    };
    QCOMPARE(partner().value(QStringLiteral("partnerState")).toString(), QStringLiteral("unknown"));
    QCOMPARE(partner().value(QStringLiteral("lastHeartbeatDateTime")).toString(),
        QStringLiteral("0001-01-01T00:00:00Z"));
    QCOMPARE(tenant.provision(1).status, 200);
    QCOMPARE(partner().value(QStringLiteral("partnerState")).toString(), QStringLiteral("unresponsive"));
    QCOMPARE(tenant
                 .call("PUT",
                     QStringLiteral("/partner/tenant/PartnerTenantHeartbeat(guid'%1')?api-version=1.6")
                         .arg(kTenant),
                     R"({"Timestamp":"2025-05-14T10:00:00.000Z"})", tenant.bearer(kManageScope))
                 .status,
        204);
    QCOMPARE(partner().value(QStringLiteral("partnerState")).toString(), QStringLiteral("enabled"));
    QCOMPARE(partner().value(QStringLiteral("lastHeartbeatDateTime")).toString(), iso(tenant.now()));
    tenant.advance(25 * 3600 * 1000);
    const Headers fresh = tenant.bearer(kGraphScope);
    QCOMPARE(jsonOf(tenant.call("GET", QStringLiteral("/v1.0/deviceManagement/complianceManagementPartners"),
                        {}, fresh))
                 .value(QStringLiteral("value"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("partnerState"))
                 .toString(),
        QStringLiteral("unresponsive"));
    QCOMPARE(tenant.provision(2).status, 200);
    QCOMPARE(jsonOf(tenant.call("GET", QStringLiteral("/beta/deviceManagement/complianceManagementPartners"),
                        {}, fresh))
                 .value(QStringLiteral("value"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("partnerState"))
                 .toString(),
        QStringLiteral("terminated"));
}

// ---- Partner tenant ---------------------------------------------------------------------

void TestTenantEmulator::provisioning()
{
    Tenant tenant;
    const EmulatorResponse provisioned = tenant.provision(1);
    QCOMPARE(provisioned.status, 200);
    const QJsonObject answer = jsonOf(provisioned);
    QVERIFY(isGuidText(answer.value(QStringLiteral("Key")).toString()));
    QCOMPARE(answer.value(QStringLiteral("ContextId")).toString(), kTenant);
    QCOMPARE(answer.value(QStringLiteral("Provisioned")), QJsonValue(1));
    QCOMPARE(answer.value(QStringLiteral("HttpStatusCode")), QJsonValue(200));
    QVERIFY(answer.contains(QStringLiteral("ErrorDetail"))
        && answer.value(QStringLiteral("ErrorDetail")).isNull());
    QJsonObject stats = tenant.admin("GET", QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("provisioned")).toBool(), true);
    QCOMPARE(stats.value(QStringLiteral("lastProvisioned")).toInt(), 1);

    // Deprovisioned: uploads answer 409 until the tenant is provisioned again.
    const QJsonObject device = tenant.reportable(1).first();
    const QByteArray body = uploadBody({ inventoryEntity(device), complianceEntity(device) });
    QCOMPARE(jsonOf(tenant.provision(2)).value(QStringLiteral("Provisioned")), QJsonValue(2));
    QCOMPARE(tenant.upload(newMessageId(), body).status, 409);
    QCOMPARE(tenant.provision(1).status, 200);
    QCOMPARE(tenant.upload(newMessageId(), body).status, 200);
    stats = tenant.admin("GET", QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("provisionRequests")).toInt(), 3);
    QCOMPARE(stats.value(QStringLiteral("deprovisions")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("provisionRefused")).toInt(), 0);
}

void TestTenantEmulator::provisioningRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("named");
    QTest::newRow("boolean") << QByteArray(R"({"Provisioned":true})") << kTenant << QStringLiteral("1.6")
                             << 400 << QStringLiteral("Provisioned");
    QTest::newRow("string") << QByteArray(R"({"Provisioned":"1"})") << kTenant << QStringLiteral("1.6") << 400
                            << QStringLiteral("Provisioned");
    QTest::newRow("zero") << QByteArray(R"({"Provisioned":0})") << kTenant << QStringLiteral("1.6") << 400
                          << QStringLiteral("Provisioned");
    QTest::newRow("three") << QByteArray(R"({"Provisioned":3})") << kTenant << QStringLiteral("1.6") << 400
                           << QStringLiteral("Provisioned");
    QTest::newRow("fraction") << QByteArray(R"({"Provisioned":1.5})") << kTenant << QStringLiteral("1.6")
                              << 400 << QStringLiteral("Provisioned");
    QTest::newRow("missing") << QByteArray(R"({"PartnerEnrollmentUrl":""})") << kTenant
                             << QStringLiteral("1.6") << 400 << QStringLiteral("Provisioned");
    QTest::newRow("url not text") << QByteArray(R"({"Provisioned":1,"PartnerRemediationUrl":5})") << kTenant
                                  << QStringLiteral("1.6") << 400 << QStringLiteral("PartnerRemediationUrl");
    QTest::newRow("not JSON") << QByteArray("Provisioned=1") << kTenant << QStringLiteral("1.6") << 400
                              << QStringLiteral("the body");
    QTest::newRow("old api-version") << QByteArray(R"({"Provisioned":1})") << kTenant << QStringLiteral("1.4")
                                     << 400 << QStringLiteral("api-version");
    QTest::newRow("another tenant") << QByteArray(R"({"Provisioned":1})") << kOtherGuid
                                    << QStringLiteral("1.6") << 404 << QString();
    QTest::newRow("not a GUID") << QByteArray(R"({"Provisioned":1})") << QStringLiteral("contoso")
                                << QStringLiteral("1.6") << 400 << QStringLiteral("guid'contoso'");
    QTest::newRow("upper case GUID") << QByteArray(R"({"Provisioned":1})") << kTenant.toUpper()
                                     << QStringLiteral("1.6") << 400 << QStringLiteral("guid'");
}

void TestTenantEmulator::provisioningRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, tenant);
    QFETCH(QString, apiVersion);
    QFETCH(int, status);
    QFETCH(QString, named);
    Tenant peer;
    const EmulatorResponse response = peer.call("PUT",
        QStringLiteral("/partner/tenant/PartnerTenants(guid'%1')?api-version=%2").arg(tenant, apiVersion),
        body, peer.bearer(kManageScope));
    QCOMPARE(response.status, status);
    QVERIFY2(errorText(response).startsWith(named), qPrintable(errorText(response)));
    const QJsonObject stats = peer.admin("GET", QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("provisioned")).toBool(), false);
    QVERIFY(stats.value(QStringLiteral("lastProvisioned")).isNull());
    QCOMPARE(stats.value(QStringLiteral("provisionRefused")).toInt(), status == 400 ? 1 : 0);
}

void TestTenantEmulator::provisioningInBandFailure()
{
    Tenant tenant;
    tenant.call("PUT", QStringLiteral("/admin/faults"), R"({"provisionInBandFailure":true})");
    const EmulatorResponse response = tenant.provision(1);
    QCOMPARE(response.status, 200);
    QCOMPARE(jsonOf(response).value(QStringLiteral("Provisioned")), QJsonValue(0));
    QVERIFY(!jsonOf(response).value(QStringLiteral("ErrorDetail")).toString().isEmpty());
    QCOMPARE(
        tenant.admin("GET", QStringLiteral("/admin/stats")).value(QStringLiteral("provisioned")).toBool(),
        false);
}

void TestTenantEmulator::heartbeat_data()
{
    QTest::addColumn<bool>("returnContent");
    QTest::addColumn<bool>("inBandFailure");
    QTest::addColumn<QJsonValue>("resync");
    QTest::addColumn<int>("status");
    QTest::newRow("no content") << false << false << QJsonValue(QJsonValue::Null) << 204;
    QTest::newRow("return-content") << true << false << QJsonValue(QJsonValue::Null) << 200;
    QTest::newRow("resync asked") << true << false << QJsonValue(QStringLiteral("2025-05-15T00:00:00.000Z"))
                                  << 200;
    QTest::newRow("in-band failure") << false << true << QJsonValue(QJsonValue::Null) << 200;
}

void TestTenantEmulator::heartbeat()
{
    QFETCH(bool, returnContent);
    QFETCH(bool, inBandFailure);
    QFETCH(QJsonValue, resync);
    QFETCH(int, status);
    Tenant tenant;
    if (inBandFailure)
        tenant.call("PUT", QStringLiteral("/admin/faults"), R"({"heartbeatInBandFailure":true})");
    QCOMPARE(tenant
                 .call("PUT", QStringLiteral("/admin/resync"),
                     QJsonDocument(QJsonObject { { QStringLiteral("at"), resync } }).toJson())
                 .status,
        200);
    Headers headers = tenant.bearer(kManageScope);
    if (returnContent)
        headers.append({ QByteArrayLiteral("Prefer"), QByteArrayLiteral("return-content") });
    const EmulatorResponse response = tenant.call("PUT",
        QStringLiteral("/partner/tenant/PartnerTenantHeartbeat(guid'%1')?api-version=1.6").arg(kTenant),
        R"({"Timestamp":"2025-05-14T10:00:00.123Z"})", headers);
    QCOMPARE(response.status, status);
    if (status == 204) {
        QVERIFY(response.body.isEmpty());
    } else {
        const QJsonObject body = jsonOf(response);
        QCOMPARE(body.value(QStringLiteral("TenantId")).toString(), kTenant);
        QCOMPARE(
            body.value(QStringLiteral("Timestamp")).toString(), QStringLiteral("2025-05-14T10:00:00.123Z"));
        QCOMPARE(body.value(QStringLiteral("ResyncTimestamp")), resync);
        QCOMPARE(body.value(QStringLiteral("HttpStatusCode")).toInt(), inBandFailure ? 500 : 200);
        QCOMPARE(body.value(QStringLiteral("ErrorDetail")).isNull(), !inBandFailure);
    }
    QCOMPARE(tenant.admin("GET", QStringLiteral("/admin/stats")).value(QStringLiteral("heartbeats")).toInt(),
        inBandFailure ? 0 : 1);
}

void TestTenantEmulator::heartbeatRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<QString>("named");
    QTest::newRow("no Timestamp") << QByteArray("{}") << QStringLiteral("1.6") << QStringLiteral("Timestamp");
    QTest::newRow("not a time") << QByteArray(R"({"Timestamp":"yesterday"})") << QStringLiteral("1.6")
                                << QStringLiteral("Timestamp");
    QTest::newRow("no zone") << QByteArray(R"({"Timestamp":"2025-05-14T10:00:00"})") << QStringLiteral("1.6")
                             << QStringLiteral("Timestamp");
    QTest::newRow("no such day") << QByteArray(R"({"Timestamp":"2025-02-30T10:00:00Z"})")
                                 << QStringLiteral("1.6") << QStringLiteral("Timestamp");
    QTest::newRow("a number") << QByteArray(R"({"Timestamp":1747216800000})") << QStringLiteral("1.6")
                              << QStringLiteral("Timestamp");
    QTest::newRow("old api-version") << QByteArray(R"({"Timestamp":"2025-05-14T10:00:00Z"})")
                                     << QStringLiteral("1.3") << QStringLiteral("api-version");
}

void TestTenantEmulator::heartbeatRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, apiVersion);
    QFETCH(QString, named);
    Tenant tenant;
    const EmulatorResponse response = tenant.call("PUT",
        QStringLiteral("/partner/tenant/PartnerTenantHeartbeat(guid'%1')?api-version=%2")
            .arg(kTenant, apiVersion),
        body, tenant.bearer(kManageScope));
    QCOMPARE(response.status, 400);
    QVERIFY2(errorText(response).startsWith(named), qPrintable(errorText(response)));
    QCOMPARE(
        tenant.admin("GET", QStringLiteral("/admin/stats")).value(QStringLiteral("heartbeats")).toInt(), 0);
}

// ---- Partner device ---------------------------------------------------------------------

void TestTenantEmulator::uploadAnswers_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<QJsonValue>("errorCode"); // undefined: no body
    QTest::newRow("empty") << QStringLiteral("empty") << 200 << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("field") << QStringLiteral("field") << 200 << QJsonValue(QStringLiteral("202"));
    QTest::newRow("field0") << QStringLiteral("field0") << 200 << QJsonValue(0);
    QTest::newRow("status") << QStringLiteral("status") << 202 << QJsonValue(QJsonValue::Undefined);
}

// Each answer form of A7, for a new message and for a repeated one.
void TestTenantEmulator::uploadAnswers()
{
    QFETCH(QString, form);
    QFETCH(int, status);
    QFETCH(QJsonValue, errorCode);
    Tenant tenant;
    QCOMPARE(tenant
                 .call("PUT", QStringLiteral("/admin/faults"),
                     QJsonDocument(QJsonObject { { QStringLiteral("uploadAnswer"), form } }).toJson())
                 .status,
        200);
    QCOMPARE(tenant.provision(1).status, 200);
    const QJsonObject device = tenant.reportable(1).first();
    const QString id = newMessageId();
    const QByteArray body = uploadBody({ inventoryEntity(device), complianceEntity(device) });
    for (int attempt = 0; attempt < 2; ++attempt) {
        const EmulatorResponse response = tenant.upload(id, body);
        QCOMPARE(response.status, status);
        const QJsonObject answer = jsonOf(response);
        if (form == QLatin1String("empty")) {
            QVERIFY(response.body.isEmpty());
        } else if (form == QLatin1String("status")) {
            QCOMPARE(answer.value(QStringLiteral("Status")).toString(), QStringLiteral("InProgress"));
        } else {
            QCOMPARE(answer.value(QStringLiteral("ErrorCode")), errorCode);
            QCOMPARE(answer.value(QStringLiteral("TenantId")).toString(), kTenant);
            QCOMPARE(answer.value(QStringLiteral("MessageId")).toString(), id);
            QVERIFY(answer.contains(QStringLiteral("ErrorDetail"))
                && answer.value(QStringLiteral("ErrorDetail")).isNull());
        }
    }
    const QJsonObject stats = tenant.admin("GET", QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("messagesReceived")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("duplicateMessages")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("entitiesReceived")).toInt(), 2);
}

void TestTenantEmulator::uploadRefusals_data()
{
    // where: body, inventory (Content[0]), compliance (Content[1]) or raw (the whole body
    // text); a value of undefined removes the field.
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("named");
    const QJsonValue removed(QJsonValue::Undefined);
    const QString body = QStringLiteral("body");
    const QString inventory = QStringLiteral("inventory");
    const QString compliance = QStringLiteral("compliance");
    QTest::newRow("body not JSON") << QStringLiteral("raw") << QString() << QJsonValue(QStringLiteral("{"))
                                   << QStringLiteral("the body");
    QTest::newRow("body an array") << QStringLiteral("raw") << QString() << QJsonValue(QStringLiteral("[]"))
                                   << QStringLiteral("the body");
    QTest::newRow("no TenantId") << body << QStringLiteral("TenantId") << removed
                                 << QStringLiteral("TenantId");
    QTest::newRow("TenantId not a GUID")
        << body << QStringLiteral("TenantId") << QJsonValue(QStringLiteral("contoso.onmicrosoft.com"))
        << QStringLiteral("TenantId");
    QTest::newRow("another TenantId")
        << body << QStringLiteral("TenantId") << QJsonValue(kOtherGuid) << QStringLiteral("TenantId");
    QTest::newRow("no UploadTime") << body << QStringLiteral("UploadTime") << removed
                                   << QStringLiteral("UploadTime");
    QTest::newRow("UploadTime not ISO")
        << body << QStringLiteral("UploadTime") << QJsonValue(QStringLiteral("14/05/2025"))
        << QStringLiteral("UploadTime");
    QTest::newRow("no Content") << body << QStringLiteral("Content") << removed << QStringLiteral("Content");
    QTest::newRow("Content an array")
        << body << QStringLiteral("Content") << QJsonValue(QJsonArray()) << QStringLiteral("Content");
    QTest::newRow("Content not JSON")
        << body << QStringLiteral("Content") << QJsonValue(QStringLiteral("[{")) << QStringLiteral("Content");
    QTest::newRow("Content an object")
        << body << QStringLiteral("Content") << QJsonValue(QStringLiteral("{}")) << QStringLiteral("Content");
    QTest::newRow("Content empty") << body << QStringLiteral("Content") << QJsonValue(QStringLiteral("[]"))
                                   << QStringLiteral("Content");
    QTest::newRow("EntityType 2") << inventory << QStringLiteral("EntityType") << QJsonValue(2)
                                  << QStringLiteral("Content[0].EntityType");
    QTest::newRow("EntityType text") << inventory << QStringLiteral("EntityType")
                                     << QJsonValue(QStringLiteral("1"))
                                     << QStringLiteral("Content[0].EntityType");
    QTest::newRow("entity without TenantId")
        << inventory << QStringLiteral("TenantId") << removed << QStringLiteral("Content[0].TenantId");
    QTest::newRow("entity of another tenant")
        << compliance << QStringLiteral("TenantId") << QJsonValue(kOtherGuid)
        << QStringLiteral("Content[1].TenantId");
    QTest::newRow("DeviceId empty") << inventory << QStringLiteral("DeviceId") << QJsonValue(QString())
                                    << QStringLiteral("Content[0].DeviceId");
    QTest::newRow("DeviceId braces") << compliance << QStringLiteral("DeviceId")
                                     << QJsonValue(QStringLiteral("{%1}").arg(kOtherGuid))
                                     << QStringLiteral("Content[1].DeviceId");
    QTest::newRow("DeviceId upper case")
        << inventory << QStringLiteral("DeviceId") << QJsonValue(kOtherGuid.toUpper())
        << QStringLiteral("Content[0].DeviceId");
    QTest::newRow("UserId an e-mail address")
        << inventory << QStringLiteral("UserId") << QJsonValue(QStringLiteral("alice.smith@contoso.com"))
        << QStringLiteral("Content[0].UserId");
    QTest::newRow("no UserId") << compliance << QStringLiteral("UserId") << removed
                               << QStringLiteral("Content[1].UserId");
    QTest::newRow("management state")
        << inventory << QStringLiteral("DeviceManagementState") << QJsonValue(QStringLiteral("retired"))
        << QStringLiteral("Content[0].DeviceManagementState");
    QTest::newRow("no LastCheckInTime") << inventory << QStringLiteral("LastCheckInTime") << removed
                                        << QStringLiteral("Content[0].LastCheckInTime");
    QTest::newRow("LastCheckInTime null")
        << inventory << QStringLiteral("LastCheckInTime") << QJsonValue(QJsonValue::Null)
        << QStringLiteral("Content[0].LastCheckInTime");
    QTest::newRow("LastCheckInTime epoch ms")
        << inventory << QStringLiteral("LastCheckInTime") << QJsonValue(1747216800000.0)
        << QStringLiteral("Content[0].LastCheckInTime");
    QTest::newRow("no LastUpdateTime") << compliance << QStringLiteral("LastUpdateTime") << removed
                                       << QStringLiteral("Content[1].LastUpdateTime");
    QTest::newRow("no EasIds") << inventory << QStringLiteral("EasIds") << removed
                               << QStringLiteral("Content[0].EasIds");
    QTest::newRow("EasIds a string") << inventory << QStringLiteral("EasIds")
                                     << QJsonValue(QStringLiteral("Appl123"))
                                     << QStringLiteral("Content[0].EasIds");
    QTest::newRow("EasIds of numbers")
        << inventory << QStringLiteral("EasIds") << QJsonValue(QJsonArray { 1 })
        << QStringLiteral("Content[0].EasIds[0]");
    QTest::newRow("State ACTIVE") << inventory << QStringLiteral("State")
                                  << QJsonValue(QStringLiteral("ACTIVE"))
                                  << QStringLiteral("Content[0].State");
    QTest::newRow("State text 0") << inventory << QStringLiteral("State") << QJsonValue(QStringLiteral("0"))
                                  << QStringLiteral("Content[0].State");
    QTest::newRow("State 3") << inventory << QStringLiteral("State") << QJsonValue(3)
                             << QStringLiteral("Content[0].State");
    QTest::newRow("State 0.5") << inventory << QStringLiteral("State") << QJsonValue(0.5)
                               << QStringLiteral("Content[0].State");
    QTest::newRow("no State") << inventory << QStringLiteral("State") << removed
                              << QStringLiteral("Content[0].State");
    QTest::newRow("DeviceName a number") << inventory << QStringLiteral("DeviceName") << QJsonValue(5)
                                         << QStringLiteral("Content[0].DeviceName");
    QTest::newRow("Vendor null") << inventory << QStringLiteral("Vendor") << QJsonValue(QJsonValue::Null)
                                 << QStringLiteral("Content[0].Vendor");
    QTest::newRow("complianceStatus boolean")
        << compliance << QStringLiteral("complianceStatus") << QJsonValue(true)
        << QStringLiteral("Content[1].complianceStatus");
    QTest::newRow("complianceStatus other")
        << compliance << QStringLiteral("complianceStatus") << QJsonValue(QStringLiteral("Compliant"))
        << QStringLiteral("Content[1].complianceStatus");
    QTest::newRow("ComplianceState instead") << compliance << QStringLiteral("complianceStatus") << removed
                                             << QStringLiteral("Content[1].complianceStatus");
    QTest::newRow("old api-version") << QStringLiteral("api-version") << QString()
                                     << QJsonValue(QStringLiteral("1.0")) << QStringLiteral("api-version");
    QTest::newRow("message id not a GUID")
        << QStringLiteral("path") << QString() << QJsonValue(QStringLiteral("12345"))
        << QStringLiteral("guid'12345'");
}

// A refused message names the field, is not stored and leaves its id unused.
void TestTenantEmulator::uploadRefusals()
{
    QFETCH(QString, where);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, named);
    Tenant tenant;
    QCOMPARE(tenant.provision(1).status, 200);
    const QJsonObject device = tenant.reportable(1).first();
    QJsonObject inventory = inventoryEntity(device);
    QJsonObject compliance = complianceEntity(device);
    const auto change = [&](QJsonObject &object) {
        if (value.isUndefined())
            object.remove(field);
        else
            object.insert(field, value);
    };
    if (where == QLatin1String("inventory"))
        change(inventory);
    if (where == QLatin1String("compliance"))
        change(compliance);
    QJsonObject object = uploadObject({ inventory, compliance });
    if (where == QLatin1String("body"))
        change(object);
    QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (where == QLatin1String("raw"))
        body = value.toString().toUtf8();
    QString id = newMessageId();
    QString apiVersion = QStringLiteral("1.2");
    if (where == QLatin1String("api-version"))
        apiVersion = value.toString();
    if (where == QLatin1String("path"))
        id = value.toString();

    const EmulatorResponse response = tenant.upload(id, body, apiVersion);
    QCOMPARE(response.status, 400);
    QVERIFY2(errorText(response).startsWith(named
                 + (named.startsWith(QLatin1String("guid")) || named == QLatin1String("the body")
                         ? QString()
                         : QStringLiteral(":"))),
        qPrintable(errorText(response)));
    const QJsonObject stats = tenant.admin("GET", QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("messagesReceived")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("uploadsRefused")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("devicesReported")).toInt(), 0);
    if (isGuidText(id)) {
        QCOMPARE(tenant.result(id).status, 404);
        // The id stays unused: the same id with a good body is stored.
        QCOMPARE(
            tenant.upload(id, uploadBody({ inventoryEntity(device), complianceEntity(device) })).status, 200);
    }
}

void TestTenantEmulator::uploadLifecycle()
{
    Tenant tenant;
    QCOMPARE(tenant.provision(1).status, 200);
    const QList<QJsonObject> devices = tenant.reportable(3);
    QJsonArray entities;
    for (const QJsonObject &device : devices) {
        entities.append(inventoryEntity(device));
        entities.append(complianceEntity(device, "notCompliant"));
    }
    const QString id = newMessageId();
    QCOMPARE(tenant.upload(id, uploadBody(entities)).status, 200);
    QJsonObject result = jsonOf(tenant.result(id));
    QCOMPARE(result.value(QStringLiteral("Status")).toString(), QStringLiteral("InProgress"));
    QVERIFY(result.contains(QStringLiteral("ErrorDetail"))
        && result.value(QStringLiteral("ErrorDetail")).isNull());
    tenant.advance(249);
    QCOMPARE(
        jsonOf(tenant.result(id)).value(QStringLiteral("Status")).toString(), QStringLiteral("InProgress"));
    tenant.advance(1);
    result = jsonOf(tenant.result(id));
    QCOMPARE(result.value(QStringLiteral("Status")).toString(), QStringLiteral("Completed"));
    QVERIFY(result.value(QStringLiteral("ErrorDetail")).isNull());
    QCOMPARE(tenant.result(newMessageId()).status, 404);

    const QJsonObject received = tenant.admin("GET",
        QStringLiteral("/admin/devices/%1")
            .arg(devices.at(1).value(QStringLiteral("azureDeviceId")).toString()));
    QCOMPARE(received.value(QStringLiteral("reports")).toInt(), 1);
    QCOMPARE(received.value(QStringLiteral("last"))
                 .toObject()
                 .value(QStringLiteral("compliance"))
                 .toObject()
                 .value(QStringLiteral("complianceStatus"))
                 .toString(),
        QStringLiteral("notCompliant"));
    const QJsonObject message = tenant.admin("GET", QStringLiteral("/admin/messages/%1").arg(id));
    QCOMPARE(message.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    QCOMPARE(message.value(QStringLiteral("entities")).toInt(), 6);
    QCOMPARE(message.value(QStringLiteral("receivedAt")).toString(), iso(kStartMs));
    const QJsonObject stats = tenant.admin("GET", QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("messagesCompleted")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("devicesReported")).toInt(), 3);
}

void TestTenantEmulator::uploadNeedsProvisioning()
{
    Tenant tenant;
    const QJsonObject device = tenant.reportable(1).first();
    const EmulatorResponse response
        = tenant.upload(newMessageId(), uploadBody({ inventoryEntity(device), complianceEntity(device) }));
    QCOMPARE(response.status, 409);
    QVERIFY(!errorText(response).isEmpty());
}

void TestTenantEmulator::uploadInBandRefusal()
{
    Tenant tenant;
    QCOMPARE(tenant.provision(1).status, 200);
    tenant.call("PUT", QStringLiteral("/admin/faults"), R"({"rateUploadInBandRefusal":1})");
    const QJsonObject device = tenant.reportable(1).first();
    const QString id = newMessageId();
    const EmulatorResponse response
        = tenant.upload(id, uploadBody({ inventoryEntity(device), complianceEntity(device) }));
    QCOMPARE(response.status, 200);
    QCOMPARE(jsonOf(response).value(QStringLiteral("ErrorCode")).toInt(), 400);
    QVERIFY(!jsonOf(response).value(QStringLiteral("ErrorDetail")).toString().isEmpty());
    QCOMPARE(tenant.result(id).status, 404);
    const QJsonObject stats = tenant.admin("GET", QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("messagesReceived")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("uploadsRefusedInBand")).toInt(), 1);
}

void TestTenantEmulator::unknownDeviceFails()
{
    Tenant tenant;
    QCOMPARE(tenant.provision(1).status, 200);
    QJsonObject device = tenant.reportable(1).first();
    device.insert(QStringLiteral("azureDeviceId"), kOtherGuid);
    const QString id = newMessageId();
    QCOMPARE(
        tenant.upload(id, uploadBody({ inventoryEntity(device), complianceEntity(device) })).status, 200);
    tenant.advance(250);
    const QJsonObject result = jsonOf(tenant.result(id));
    QCOMPARE(result.value(QStringLiteral("Status")).toString(), QStringLiteral("Failed"));
    QVERIFY2(result.value(QStringLiteral("ErrorDetail")).toString().contains(kOtherGuid),
        qPrintable(result.value(QStringLiteral("ErrorDetail")).toString()));
}

void TestTenantEmulator::asyncFailedFault()
{
    Tenant tenant;
    QCOMPARE(tenant.provision(1).status, 200);
    tenant.call("PUT", QStringLiteral("/admin/faults"), R"({"rateAsyncFailed":1})");
    const QJsonObject device = tenant.reportable(1).first();
    const QString id = newMessageId();
    QCOMPARE(
        tenant.upload(id, uploadBody({ inventoryEntity(device), complianceEntity(device) })).status, 200);
    QCOMPARE(
        jsonOf(tenant.result(id)).value(QStringLiteral("Status")).toString(), QStringLiteral("InProgress"));
    tenant.advance(250);
    const QJsonObject result = jsonOf(tenant.result(id));
    QCOMPARE(result.value(QStringLiteral("Status")).toString(), QStringLiteral("Failed"));
    QVERIFY(!result.value(QStringLiteral("ErrorDetail")).toString().isEmpty());
    const QJsonObject stats = tenant.admin("GET", QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("messagesFailed")).toInt(), 1);
    QCOMPARE(
        stats.value(QStringLiteral("faultsInjected")).toObject().value(QStringLiteral("asyncFailed")).toInt(),
        1);
}

// ---- Admin, faults, clock ---------------------------------------------------------------

// The emulator's own view of what each device should be reported as, next to what came.
void TestTenantEmulator::expectedOracle()
{
    Tenant tenant;
    const Headers graph = tenant.bearer(kGraphScope);
    int checked = 0;
    int unknownUsers = 0;
    QStringList ids;
    for (const QJsonValue &value : tenant.devices()) {
        const QJsonObject device = value.toObject();
        const QJsonValue azureId = device.contains(QStringLiteral("aadDeviceId"))
            ? device.value(QStringLiteral("aadDeviceId"))
            : device.value(QStringLiteral("azureDeviceId"));
        const qint64 mdmId = device.value(QStringLiteral("id")).toInteger();
        ids.append(QString::number(mdmId));
        if (!azureId.isString())
            continue;
        const QJsonObject answer
            = tenant.admin("GET", QStringLiteral("/admin/devices/%1").arg(azureId.toString()));
        QCOMPARE(answer.value(QStringLiteral("knownDevice")).toBool(), true);
        QCOMPARE(answer.value(QStringLiteral("reports")).toInt(), 0);
        const QJsonObject expected = answer.value(QStringLiteral("expected")).toObject();
        QCOMPARE(expected.value(QStringLiteral("mdmId")).toInteger(), mdmId);
        QVERIFY(QStringList({ QStringLiteral("compliant"), QStringLiteral("notCompliant") })
                    .contains(expected.value(QStringLiteral("complianceStatus")).toString()));
        QVERIFY(QStringList({ QStringLiteral("managed"), QStringLiteral("notManaged") })
                    .contains(expected.value(QStringLiteral("managementState")).toString()));
        // A device without violations is compliant and managed.
        if (device.value(QStringLiteral("complianceState")).toBool()) {
            QCOMPARE(
                expected.value(QStringLiteral("complianceStatus")).toString(), QStringLiteral("compliant"));
            QCOMPARE(expected.value(QStringLiteral("managementState")).toString(), QStringLiteral("managed"));
        }
        if (expected.value(QStringLiteral("managementState")).toString() == QLatin1String("notManaged"))
            QCOMPARE(expected.value(QStringLiteral("complianceStatus")).toString(),
                QStringLiteral("notCompliant"));
        // userId: the record's object id, else what Graph answers for the UPN, null for 404.
        if (device.contains(QStringLiteral("azureUserId"))) {
            QCOMPARE(expected.value(QStringLiteral("userId")).toString(),
                device.value(QStringLiteral("azureUserId")).toString());
        } else {
            const EmulatorResponse user = tenant.call("GET",
                QStringLiteral("/v1.0/users('%1')?$select=id")
                    .arg(QString::fromLatin1(
                        QUrl::toPercentEncoding(device.value(QStringLiteral("azureUserUpn")).toString()))),
                {}, graph);
            if (user.status == 404) {
                QVERIFY(expected.value(QStringLiteral("userId")).isNull());
                ++unknownUsers;
            } else {
                QCOMPARE(expected.value(QStringLiteral("userId")).toString(),
                    jsonOf(user).value(QStringLiteral("id")).toString());
            }
        }
        ++checked;
    }
    QVERIFY(checked > 200);
    Q_UNUSED(unknownUsers)
    const QJsonArray listed
        = tenant
              .admin("GET",
                  QStringLiteral("/admin/expected?ids=%1,99999").arg(ids.mid(0, 20).join(QLatin1Char(','))))
              .value(QStringLiteral("devices"))
              .toArray();
    QCOMPARE(listed.size(), 21);
    QCOMPARE(listed.first().toObject().value(QStringLiteral("mdmId")).toInteger(), 1);
    QCOMPARE(listed.last().toObject().value(QStringLiteral("known")).toBool(true), false);
    QCOMPARE(tenant.call("GET", QStringLiteral("/admin/devices/%1").arg(kOtherGuid)).status, 404);
    QCOMPARE(tenant.call("GET", QStringLiteral("/admin/expected?ids=abc")).status, 400);
}

void TestTenantEmulator::statistics()
{
    Tenant tenant;
    const QJsonObject stats = tenant.admin("GET", QStringLiteral("/admin/stats"));
    for (const char *key :
        { "requestsTotal", "earlyRequests", "tokensIssued", "userLookups", "batchRequests", "batchItems",
            "provisionRequests", "provisionRefused", "deprovisions", "provisioned", "lastProvisioned",
            "heartbeats", "messagesReceived", "duplicateMessages", "uploadsRefused", "uploadsRefusedInBand",
            "entitiesReceived", "messagesCompleted", "messagesFailed", "messagesInProgress", "policyWrites",
            "devicesListed", "devicesReported", "devicesInSeveralMessages", "devices", "faultsInjected" })
        QVERIFY2(stats.contains(QLatin1String(key)), key);
    for (const char *key :
        { "429", "500", "502", "503", "504", "reset", "delay", "timeout", "malformed", "asyncFailed", "401",
            "403", "batchItem429", "hugeBody", "provisionInBand", "heartbeatInBand", "uploadInBand" })
        QVERIFY2(stats.value(QStringLiteral("faultsInjected")).toObject().contains(QLatin1String(key)), key);
    QCOMPARE(stats.value(QStringLiteral("devices")).toInt(), kFleet);

    // A device in two messages counts once in devicesInSeveralMessages; reset-stats forgets
    // the counts and the per-device reports but keeps messages as idempotency keys.
    QCOMPARE(tenant.provision(1).status, 200);
    const QJsonObject device = tenant.reportable(1).first();
    const QString first = newMessageId();
    tenant.upload(first, uploadBody({ inventoryEntity(device), complianceEntity(device) }));
    tenant.upload(newMessageId(), uploadBody({ inventoryEntity(device), complianceEntity(device) }));
    QCOMPARE(tenant.admin("GET", QStringLiteral("/admin/stats"))
                 .value(QStringLiteral("devicesInSeveralMessages"))
                 .toInt(),
        1);
    QCOMPARE(tenant.call("POST", QStringLiteral("/admin/reset-stats")).status, 200);
    const QJsonObject reset = tenant.admin("GET", QStringLiteral("/admin/stats"));
    QCOMPARE(reset.value(QStringLiteral("messagesReceived")).toInt(), 0);
    QCOMPARE(reset.value(QStringLiteral("devicesReported")).toInt(), 0);
    tenant.upload(first, uploadBody({ inventoryEntity(device), complianceEntity(device) }));
    QCOMPARE(tenant.admin("GET", QStringLiteral("/admin/stats"))
                 .value(QStringLiteral("duplicateMessages"))
                 .toInt(),
        1);
    const QJsonObject reports
        = tenant.admin("GET", QStringLiteral("/admin/reports")).value(QStringLiteral("messages")).toObject();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports.value(first).toObject().value(QStringLiteral("received")).toInt(), 2);
    // ids=: only the messages named that it holds; an id that is no GUID is refused.
    const QJsonObject one = tenant.admin("GET", QStringLiteral("/admin/reports?ids=") + first + u',' + newMessageId())
                                .value(QStringLiteral("messages"))
                                .toObject();
    QCOMPARE(one.keys(), QStringList { first });
    QCOMPARE(one.value(first), reports.value(first)); // the same entry as in the whole list
    QCOMPARE(tenant.call("GET", QStringLiteral("/admin/reports?ids=nope")).status, 400);

    // devicesListed: the device records the device list served, whatever the page size.
    const qint64 listedBefore = tenant.admin("GET", QStringLiteral("/admin/stats")).value(QStringLiteral("devicesListed")).toInteger(-1);
    QCOMPARE(tenant.mdm(QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=7&start=0")).status, 200);
    QCOMPARE(tenant.mdm(QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=5&start=%1").arg(kFleet - 2)).status, 200);
    QCOMPARE(tenant.admin("GET", QStringLiteral("/admin/stats")).value(QStringLiteral("devicesListed")).toInteger(-1),
        listedBefore + 7 + 2);
}

void TestTenantEmulator::faultSettings()
{
    Tenant tenant;
    const QJsonObject all { { QStringLiteral("rate429"), 0.1 }, { QStringLiteral("retryAfterSeconds"), 2 },
        { QStringLiteral("retryAfterDecimal"), 1.5 }, { QStringLiteral("rate500"), 0.01 },
        { QStringLiteral("rate502"), 0.02 }, { QStringLiteral("rate503"), 0.03 },
        { QStringLiteral("rate504"), 0.04 }, { QStringLiteral("rateReset"), 0.05 },
        { QStringLiteral("rateDelay"), 0.06 }, { QStringLiteral("delayMs"), 100 },
        { QStringLiteral("rateMalformed"), 0.07 }, { QStringLiteral("rateTimeout"), 0.08 },
        { QStringLiteral("timeoutMs"), 200 }, { QStringLiteral("rateAsyncFailed"), 0.09 },
        { QStringLiteral("pageRowsCap"), 30 }, { QStringLiteral("seed"), 9 },
        { QStringLiteral("rateBatchItem429"), 0.1 }, { QStringLiteral("batch424"), true },
        { QStringLiteral("provisionInBandFailure"), true },
        { QStringLiteral("heartbeatInBandFailure"), true },
        { QStringLiteral("rateUploadInBandRefusal"), 0.11 },
        { QStringLiteral("hugeBodyPaths"), QJsonArray { QStringLiteral("/api/v1/device") } },
        { QStringLiteral("uploadAnswer"), QStringLiteral("field0") },
        { QStringLiteral("checkinFormat"), QStringLiteral("iso") },
        { QStringLiteral("violationsFormat"), QStringLiteral("names") } };
    const EmulatorResponse response
        = tenant.call("PUT", QStringLiteral("/admin/faults"), QJsonDocument(all).toJson());
    QCOMPARE(response.status, 200);
    QCOMPARE(jsonOf(response), all);
    QCOMPARE(tenant.admin("GET", QStringLiteral("/admin/faults")), all);
}

void TestTenantEmulator::faultRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named");
    QTest::newRow("rate above 1") << QByteArray(R"({"rate429":1.5})") << QStringLiteral("rate429");
    QTest::newRow("rate text") << QByteArray(R"({"rate502":"0.1"})") << QStringLiteral("rate502");
    QTest::newRow("negative delay") << QByteArray(R"({"delayMs":-1})") << QStringLiteral("delayMs");
    QTest::newRow("page cap over 500")
        << QByteArray(R"({"pageRowsCap":501})") << QStringLiteral("pageRowsCap");
    QTest::newRow("switch not boolean") << QByteArray(R"({"batch424":1})") << QStringLiteral("batch424");
    QTest::newRow("unknown answer form")
        << QByteArray(R"({"uploadAnswer":"json"})") << QStringLiteral("uploadAnswer");
    QTest::newRow("unknown check-in form")
        << QByteArray(R"({"checkinFormat":"seconds"})") << QStringLiteral("checkinFormat");
    QTest::newRow("paths not a list")
        << QByteArray(R"({"hugeBodyPaths":"/api"})") << QStringLiteral("hugeBodyPaths");
    QTest::newRow("admin path") << QByteArray(R"({"hugeBodyPaths":["/admin/stats"]})")
                                << QStringLiteral("hugeBodyPaths");
    QTest::newRow("unknown key") << QByteArray(R"({"rate418":0.1})")
                                 << QStringLiteral("unknown field 'rate418'");
}

void TestTenantEmulator::faultRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    Tenant tenant;
    const QJsonObject before = tenant.admin("GET", QStringLiteral("/admin/faults"));
    const EmulatorResponse response = tenant.call("PUT", QStringLiteral("/admin/faults"), body);
    QCOMPARE(response.status, 400);
    QVERIFY2(errorText(response).startsWith(named), qPrintable(errorText(response)));
    QCOMPARE(tenant.admin("GET", QStringLiteral("/admin/faults")), before);
}

void TestTenantEmulator::throttling_data()
{
    QTest::addColumn<QByteArray>("faults");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("windowMs");
    QTest::newRow("whole seconds") << QByteArray(R"({"rate429":1,"retryAfterSeconds":2})") << QByteArray("2")
                                   << qint64(2000);
    QTest::newRow("decimal seconds") << QByteArray(R"({"rate429":1,"retryAfterDecimal":1.5})")
                                     << QByteArray("1.5") << qint64(1500);
}

// A repetition of a throttled request before its Retry-After ends is counted, one at the
// end is not; other requests meanwhile are not counted.
void TestTenantEmulator::throttling()
{
    QFETCH(QByteArray, faults);
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, windowMs);
    Tenant tenant;
    QCOMPARE(tenant.call("PUT", QStringLiteral("/admin/faults"), faults).status, 200);
    const QString target = QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=1");
    const EmulatorResponse throttled = tenant.mdm(target);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.header("Retry-After"), retryAfter);
    tenant.call("PUT", QStringLiteral("/admin/faults"), R"({"rate429":0})");
    tenant.mdm(QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=2")); // another request
    tenant.call(
        "GET", target, {}, { Tenant::basic("admin", "demo") }, QStringLiteral("10.0.0.2")); // another client
    QCOMPARE(
        tenant.admin("GET", QStringLiteral("/admin/stats")).value(QStringLiteral("earlyRequests")).toInt(),
        0);
    tenant.advance(windowMs - 1);
    QCOMPARE(tenant.mdm(target).status, 200);
    QCOMPARE(
        tenant.admin("GET", QStringLiteral("/admin/stats")).value(QStringLiteral("earlyRequests")).toInt(),
        1);
    tenant.advance(1);
    QCOMPARE(tenant.mdm(target).status, 200);
    QCOMPARE(
        tenant.admin("GET", QStringLiteral("/admin/stats")).value(QStringLiteral("earlyRequests")).toInt(),
        1);
}

void TestTenantEmulator::injectedFaults_data()
{
    QTest::addColumn<QString>("rate");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("counted");
    QTest::newRow("500") << QStringLiteral("rate500") << 500 << int(EmulatorResponse::Action::Respond)
                         << QStringLiteral("500");
    QTest::newRow("502") << QStringLiteral("rate502") << 502 << int(EmulatorResponse::Action::Respond)
                         << QStringLiteral("502");
    QTest::newRow("503") << QStringLiteral("rate503") << 503 << int(EmulatorResponse::Action::Respond)
                         << QStringLiteral("503");
    QTest::newRow("504") << QStringLiteral("rate504") << 504 << int(EmulatorResponse::Action::Respond)
                         << QStringLiteral("504");
    QTest::newRow("reset") << QStringLiteral("rateReset") << 200 << int(EmulatorResponse::Action::Reset)
                           << QStringLiteral("reset");
    QTest::newRow("delay") << QStringLiteral("rateDelay") << 200 << int(EmulatorResponse::Action::Delay)
                           << QStringLiteral("delay");
    QTest::newRow("timeout") << QStringLiteral("rateTimeout") << 200 << int(EmulatorResponse::Action::Delay)
                             << QStringLiteral("timeout");
    QTest::newRow("malformed") << QStringLiteral("rateMalformed") << 200
                               << int(EmulatorResponse::Action::Respond) << QStringLiteral("malformed");
}

void TestTenantEmulator::injectedFaults()
{
    QFETCH(QString, rate);
    QFETCH(int, status);
    QFETCH(int, action);
    QFETCH(QString, counted);
    Tenant tenant;
    tenant.call("PUT", QStringLiteral("/admin/faults"),
        QJsonDocument(QJsonObject { { rate, 1.0 }, { QStringLiteral("delayMs"), 10 },
                          { QStringLiteral("timeoutMs"), 20 } })
            .toJson());
    const EmulatorResponse response = tenant.mdm(QStringLiteral("/api/v1/tenant/partition/device"));
    QCOMPARE(response.status, status);
    QCOMPARE(int(response.action), action);
    if (rate == QLatin1String("rateDelay"))
        QCOMPARE(response.delayMs, 10);
    if (rate == QLatin1String("rateTimeout"))
        QCOMPARE(response.delayMs, 20);
    if (rate == QLatin1String("rateMalformed")) {
        QJsonParseError error;
        QJsonDocument::fromJson(response.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }
    QCOMPARE(tenant.admin("GET", QStringLiteral("/admin/stats"))
                 .value(QStringLiteral("faultsInjected"))
                 .toObject()
                 .value(counted)
                 .toInt(),
        1);
    // The admin API is never faulted.
    QCOMPARE(tenant.call("GET", QStringLiteral("/admin/stats")).status, 200);
}

void TestTenantEmulator::faultSeedReplays()
{
    const auto statuses = [] {
        Tenant tenant;
        tenant.call("PUT", QStringLiteral("/admin/faults"), R"({"rate429":0.2,"rate503":0.2,"seed":42})");
        QList<int> seen;
        for (int i = 0; i < 40; ++i)
            seen.append(tenant.mdm(QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=1&start=%1").arg(i))
                            .status);
        return seen;
    };
    const QList<int> first = statuses();
    QCOMPARE(statuses(), first);
    QVERIFY(first.contains(200) && first.contains(429) && first.contains(503));
}

void TestTenantEmulator::churn()
{
    Tenant tenant;
    const QJsonArray before = tenant.devices();
    const EmulatorResponse response
        = tenant.call("POST", QStringLiteral("/admin/churn"), R"({"changes":40})");
    QCOMPARE(response.status, 200);
    const QJsonArray changed = jsonOf(response).value(QStringLiteral("changed")).toArray();
    QCOMPARE(changed.size(), 40);
    const QJsonArray after = tenant.devices();
    for (const QJsonValue &id : changed) {
        const qsizetype index = id.toInt() - 1;
        // Every changed device checked in now to tell the MDM.
        QCOMPARE(after.at(index).toObject().value(QStringLiteral("lastCheckin")).toInteger(), tenant.now());
    }
    int unchanged = 0;
    for (qsizetype i = 0; i < before.size(); ++i)
        unchanged += before.at(i) == after.at(i) ? 1 : 0;
    QVERIFY(unchanged >= kFleet - 40);
    QCOMPARE(tenant.call("POST", QStringLiteral("/admin/churn"), R"({"changes":-1})").status, 400);
}

void TestTenantEmulator::churnPerMinute()
{
    Tenant tenant([](TenantEmulator::Settings &settings) { settings.churnPerMinute = 60; });
    const QJsonArray before = tenant.devices();
    tenant.advance(10000); // ten changes are due
    const QJsonArray after = tenant.devices();
    int checkedInNow = 0;
    for (const QJsonValue &device : after)
        checkedInNow
            += device.toObject().value(QStringLiteral("lastCheckin")).toInteger() == tenant.now() ? 1 : 0;
    QVERIFY2(checkedInNow >= 1 && checkedInNow <= 10, qPrintable(QString::number(checkedInNow)));
    QVERIFY(before != after);
}

void TestTenantEmulator::clock()
{
    Tenant tenant;
    QJsonObject clock = tenant.admin("GET", QStringLiteral("/admin/clock"));
    QCOMPARE(clock.value(QStringLiteral("nowMs")).toInteger(), kStartMs);
    QCOMPARE(clock.value(QStringLiteral("now")).toString(), iso(kStartMs));
    QCOMPARE(clock.value(QStringLiteral("manual")).toBool(), true);
    clock = tenant.admin(
        "POST", QStringLiteral("/admin/clock"), QJsonObject { { QStringLiteral("advanceMs"), 1500 } });
    QCOMPARE(clock.value(QStringLiteral("nowMs")).toInteger(), kStartMs + 1500);
    QCOMPARE(tenant.call("POST", QStringLiteral("/admin/clock"), R"({"advanceMs":-5})").status, 400);
    QCOMPARE(tenant.call("POST", QStringLiteral("/admin/clock"), R"({"advanceMs":"5"})").status, 400);

    // The system clock cannot be moved.
    TenantEmulator::Settings settings;
    settings.devices = 10;
    TenantEmulator real(settings);
    EmulatorRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/admin/clock");
    request.body = R"({"advanceMs":5})";
    QCOMPARE(real.handle(request).status, 409);
}

void TestTenantEmulator::unknownPathAndMethod()
{
    Tenant tenant;
    QCOMPARE(tenant.call("GET", QStringLiteral("/nothing/here")).status, 404);
    QCOMPARE(tenant.call("GET", QStringLiteral("/admin/nothing")).status, 404);
    const EmulatorResponse method
        = tenant.mdm(QStringLiteral("/api/v1/device?dmPartitionId=1001"), "admin", "DELETE");
    QCOMPARE(method.status, 405);
    QCOMPARE(method.header("Allow"), QByteArray("GET"));
    QCOMPARE(tenant.call("GET", QStringLiteral("/v1.0/$batch")).status, 405);
    QCOMPARE(
        tenant.call("DELETE", QStringLiteral("/partner/device/DataUploadMessages(guid'%1')").arg(kOtherGuid))
            .status,
        405);
}

// ---- The program --------------------------------------------------------------------------

void TestTenantEmulator::httpRoundTrip()
{
    EmulatorProcess program;
    QString error;
    QVERIFY2(
        program.start(
            { QStringLiteral("--devices"), QStringLiteral("120"), QStringLiteral("--manual-clock") }, &error),
        qPrintable(error));
    const QByteArray basic = "Basic " + QByteArray("admin:demo").toBase64();
    EmulatorProcess::Reply reply = program.send("GET",
        QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=500"), {}, { { "Authorization", basic } });
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json()
                 .value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("searchResults"))
                 .toArray()
                 .size(),
        120);

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), TenantEmulator::defaultClientId());
    form.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("demo-secret"));
    form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(kManageScope)));
    reply = program.send("POST", QStringLiteral("/%1/oauth2/v2.0/token").arg(kTenant),
        form.toString(QUrl::FullyEncoded).toUtf8(),
        { { "Content-Type", "application/x-www-form-urlencoded" } });
    QCOMPARE(reply.status, 200);
    const QByteArray bearer
        = "Bearer " + reply.json().value(QStringLiteral("access_token")).toString().toLatin1();
    reply = program.send("PUT",
        QStringLiteral("/partner/tenant/PartnerTenants(guid'%1')?api-version=1.6").arg(kTenant),
        R"({"Provisioned":1})", { { "Authorization", bearer } });
    QCOMPARE(reply.status, 200);
    // A heartbeat without Prefer: 204 and no body.
    reply = program.send("PUT",
        QStringLiteral("/partner/tenant/PartnerTenantHeartbeat(guid'%1')?api-version=1.6").arg(kTenant),
        R"({"Timestamp":"2025-05-14T10:00:00Z"})", { { "Authorization", bearer } });
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    const QJsonObject stats = program.stats();
    QCOMPARE(stats.value(QStringLiteral("provisioned")).toBool(), true);
    QCOMPARE(stats.value(QStringLiteral("heartbeats")).toInt(), 1);
}

void TestTenantEmulator::httpConnectionReset()
{
    EmulatorProcess program;
    QString error;
    QVERIFY2(program.start({ QStringLiteral("--devices"), QStringLiteral("10"),
                               QStringLiteral("--rate-reset"), QStringLiteral("1") },
                 &error),
        qPrintable(error));
    const EmulatorProcess::Reply reply
        = program.send("GET", QStringLiteral("/api/v1/tenant/partition/device"), {},
            { { "Authorization", "Basic " + QByteArray("admin:demo").toBase64() } });
    QCOMPARE(reply.status, 0);
    QVERIFY(!reply.error.isEmpty());
    // QNetworkAccessManager sends a GET once more after a reset: one or two resets.
    QVERIFY(program.stats()
                .value(QStringLiteral("faultsInjected"))
                .toObject()
                .value(QStringLiteral("reset"))
                .toInt()
        >= 1);
}

// A delayed answer still comes, after at least the delay (a lower bound only: how much
// later is the machine's business).
void TestTenantEmulator::httpDelay()
{
    EmulatorProcess program;
    QString error;
    QVERIFY2(
        program.start({ QStringLiteral("--devices"), QStringLiteral("10"), QStringLiteral("--rate-delay"),
                          QStringLiteral("1"), QStringLiteral("--delay-ms"), QStringLiteral("300") },
            &error),
        qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    const EmulatorProcess::Reply reply
        = program.send("GET", QStringLiteral("/api/v1/tenant/partition/device"), {},
            { { "Authorization", "Basic " + QByteArray("admin:demo").toBase64() } });
    QCOMPARE(reply.status, 200);
    QVERIFY(timer.elapsed() >= 300);
    QCOMPARE(program.stats()
                 .value(QStringLiteral("faultsInjected"))
                 .toObject()
                 .value(QStringLiteral("delay"))
                 .toInt(),
        1);
}

// An answer body that never ends, for the client's answer size limits: the test reads
// 8 MiB of it and hangs up; the emulator serves on.
void TestTenantEmulator::httpHugeBody()
{
    EmulatorProcess program;
    QString error;
    QVERIFY2(program.start({ QStringLiteral("--devices"), QStringLiteral("10"),
                               QStringLiteral("--huge-body-path"), QStringLiteral("/api/v1/device") },
                 &error),
        qPrintable(error));
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(program.url(QStringLiteral("/api/v1/device?dmPartitionId=1001")));
    request.setRawHeader("Authorization", "Basic " + QByteArray("admin:demo").toBase64());
    QNetworkReply *reply = network.get(request);
    qint64 received = 0;
    QByteArray start;
    constexpr qint64 kEnough = 8 << 20;
    connect(reply, &QNetworkReply::readyRead, reply, [&] {
        const QByteArray chunk = reply->readAll();
        if (start.size() < 64)
            start += chunk.left(64);
        received += chunk.size();
        if (received >= kEnough)
            reply->abort();
    });
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 60000);
    QVERIFY2(received >= kEnough, qPrintable(QString::number(received)));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(!reply->hasRawHeader("Content-Length"));
    QVERIFY(start.startsWith("{\"result\":{\"searchResults\":["));
    reply->deleteLater();
    QCOMPARE(program.stats()
                 .value(QStringLiteral("faultsInjected"))
                 .toObject()
                 .value(QStringLiteral("hugeBody"))
                 .toInt(),
        1);
    // Other paths are answered as usual.
    QCOMPARE(program
                 .send("GET", QStringLiteral("/api/v1/tenant/partition/device"), {},
                     { { "Authorization", "Basic " + QByteArray("admin:demo").toBase64() } })
                 .status,
        200);
}

void TestTenantEmulator::httpManualClock()
{
    EmulatorProcess program;
    QString error;
    QVERIFY2(
        program.start({ QStringLiteral("--devices"), QStringLiteral("10"), QStringLiteral("--manual-clock"),
                          QStringLiteral("--token-lifetime"), QStringLiteral("60") },
            &error),
        qPrintable(error));
    const qint64 start = program.adminGet(QStringLiteral("/admin/clock"), { QStringLiteral("nowMs") })
                             .value(QStringLiteral("nowMs"))
                             .toInteger();
    QCOMPARE(program.advanceClock(61000), start + 61000);
    QCOMPARE(program.adminGet(QStringLiteral("/admin/clock"), { QStringLiteral("nowMs") })
                 .value(QStringLiteral("nowMs"))
                 .toInteger(),
        start + 61000);
    // Without --manual-clock the clock is the system's.
    EmulatorProcess real;
    QVERIFY2(real.start({ QStringLiteral("--devices"), QStringLiteral("10") }, &error), qPrintable(error));
    real.adminPost(
        QStringLiteral("/admin/clock"), QJsonObject { { QStringLiteral("advanceMs"), 1 } }, {}, 409);
}

void TestTenantEmulator::httpsServes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess openssl;
    openssl.setWorkingDirectory(dir.path());
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
            QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
            QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1") });
    if (!openssl.waitForStarted(10000))
        QSKIP("openssl is not installed");
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    EmulatorProcess program;
    QString error;
    QVERIFY2(program.start({ QStringLiteral("--devices"), QStringLiteral("10"), QStringLiteral("--tls-cert"),
                               dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("--tls-key"),
                               dir.filePath(QStringLiteral("key.pem")) },
                 &error),
        qPrintable(error));
    QCOMPARE(program.baseUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(program.stats().value(QStringLiteral("devices")).toInt(), 10);
}

void TestTenantEmulator::options_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("upload answer") << QStringList { QStringLiteral("--upload-answer"),
        QStringLiteral("status") } << QStringLiteral("uploadAnswer")
                                   << QJsonValue(QStringLiteral("status"));
    QTest::newRow("check-in form") << QStringList { QStringLiteral("--checkin-format"),
        QStringLiteral("iso") } << QStringLiteral("checkinFormat")
                                   << QJsonValue(QStringLiteral("iso"));
    QTest::newRow("violations form") << QStringList { QStringLiteral("--violations-format"),
        QStringLiteral("names") } << QStringLiteral("violationsFormat")
                                     << QJsonValue(QStringLiteral("names"));
    QTest::newRow("502") << QStringList { QStringLiteral("--rate-502"), QStringLiteral("0.25") }
                         << QStringLiteral("rate502") << QJsonValue(0.25);
    QTest::newRow("504") << QStringList { QStringLiteral("--rate-504"), QStringLiteral("0.5") }
                         << QStringLiteral("rate504") << QJsonValue(0.5);
    QTest::newRow("decimal Retry-After")
        << QStringList { QStringLiteral("--retry-after-decimal"), QStringLiteral("2.128") }
        << QStringLiteral("retryAfterDecimal") << QJsonValue(2.128);
    QTest::newRow("batch items") << QStringList { QStringLiteral("--rate-batch-item-429"),
        QStringLiteral("1") } << QStringLiteral("rateBatchItem429")
                                 << QJsonValue(1);
    QTest::newRow("424") << QStringList { QStringLiteral("--batch-424") } << QStringLiteral("batch424")
                         << QJsonValue(true);
    QTest::newRow("provision in band") << QStringList { QStringLiteral("--provision-in-band-failure") }
                                       << QStringLiteral("provisionInBandFailure") << QJsonValue(true);
    QTest::newRow("heartbeat in band") << QStringList { QStringLiteral("--heartbeat-in-band-failure") }
                                       << QStringLiteral("heartbeatInBandFailure") << QJsonValue(true);
    QTest::newRow("upload refusal") << QStringList { QStringLiteral("--rate-upload-refusal"),
        QStringLiteral("0.5") } << QStringLiteral("rateUploadInBandRefusal")
                                    << QJsonValue(0.5);
    QTest::newRow("huge body paths") << QStringList { QStringLiteral("--huge-body-path"),
        QStringLiteral("/v1.0"), QStringLiteral("--huge-body-path"), QStringLiteral("/api") }
                                     << QStringLiteral("hugeBodyPaths")
                                     << QJsonValue(
                                            QJsonArray { QStringLiteral("/v1.0"), QStringLiteral("/api") });
    QTest::newRow("page cap") << QStringList { QStringLiteral("--page-rows-cap"), QStringLiteral("25") }
                              << QStringLiteral("pageRowsCap") << QJsonValue(25);
}

// Each switch of the command line is the fault of the same name in PUT /admin/faults.
void TestTenantEmulator::options()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    EmulatorProcess program;
    QString error;
    QVERIFY2(
        program.start(QStringList { QStringLiteral("--devices"), QStringLiteral("5") } + arguments, &error),
        qPrintable(error));
    QCOMPARE(program.adminGet(QStringLiteral("/admin/faults"), { key }).value(key), value);
}

void TestTenantEmulator::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("devices") << QStringList { QStringLiteral("--devices"), QStringLiteral("-3") }
                             << QStringLiteral("--devices");
    QTest::newRow("rate") << QStringList { QStringLiteral("--rate-429"), QStringLiteral("2") }
                          << QStringLiteral("--rate-429");
    QTest::newRow("tenant") << QStringList { QStringLiteral("--tenant-id"), QStringLiteral("contoso") }
                            << QStringLiteral("--tenant-id");
    QTest::newRow("host") << QStringList { QStringLiteral("--host"), QStringLiteral("0.0.0.0") }
                          << QStringLiteral("--host");
    QTest::newRow("upload answer") << QStringList { QStringLiteral("--upload-answer"),
        QStringLiteral("json") } << QStringLiteral("--upload-answer");
    QTest::newRow("check-in form") << QStringList { QStringLiteral("--checkin-format"), QStringLiteral("s") }
                                   << QStringLiteral("--checkin-format");
    QTest::newRow("violations form") << QStringList { QStringLiteral("--violations-format"),
        QStringLiteral("ids") } << QStringLiteral("--violations-format");
    QTest::newRow("decimal Retry-After") << QStringList { QStringLiteral("--retry-after-decimal"),
        QStringLiteral("soon") } << QStringLiteral("--retry-after-decimal");
    QTest::newRow("page cap") << QStringList { QStringLiteral("--page-rows-cap"), QStringLiteral("501") }
                              << QStringLiteral("--page-rows-cap");
    QTest::newRow("huge body of admin") << QStringList { QStringLiteral("--huge-body-path"),
        QStringLiteral("/admin") } << QStringLiteral("hugeBodyPaths");
    QTest::newRow("lone tls cert") << QStringList { QStringLiteral("--tls-cert"), QStringLiteral("cert.pem") }
                                   << QStringLiteral("--tls-cert");
}

// A bad option value: a message naming the option, exit code 2, no URL printed.
void TestTenantEmulator::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QProcess process;
    process.start(QStringLiteral(ASC_EMULATOR_PATH), arguments);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString message = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(message.contains(named), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestTenantEmulator)
#include "tst_tenantemulator.moc"
