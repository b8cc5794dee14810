#include "app/demo/demofleetgenerator.h"
#include "app/emulator/jsontext.h"
#include "app/emulator/tenantemulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace {

constexpr int kFleet = 300;
const QString kGraphScope = QStringLiteral("https://graph.microsoft.com/.default");
const QString kManageScope = QStringLiteral("https://api.manage.microsoft.com//.default");
const QString kIntuneAppId = QStringLiteral("0000000a-0000-0000-c000-000000000000");

TenantEmulator::Settings smallTenant()
{
    TenantEmulator::Settings settings;
    settings.devices = kFleet;
    settings.processingMs = 250;
    return settings;
}

QString tenantText(const TenantEmulator &emulator)
{
    return emulator.settings().tenantId.toString(QUuid::WithoutBraces);
}

// "GET", "/api/v1/device?rows=2": the path and query as a client writes them.
EmulatorRequest makeRequest(const char *method, const QString &target, const QByteArray &body = {},
    const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    const QUrl url(QStringLiteral("http://127.0.0.1") + target);
    EmulatorRequest request;
    request.method = method;
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);
    request.body = body;
    request.headers = headers;
    request.peer = QStringLiteral("127.0.0.1");
    return request;
}

std::pair<QByteArray, QByteArray> basic(const char *user, const char *password)
{
    return { QByteArrayLiteral("Authorization"),
        "Basic " + QByteArray(QByteArray(user) + ':' + password).toBase64() };
}

std::pair<QByteArray, QByteArray> bearer(const QString &token)
{
    return { QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1() };
}

QJsonObject jsonOf(const EmulatorResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

EmulatorResponse mdmGet(TenantEmulator &emulator, const QString &target)
{
    return emulator.handle(makeRequest("GET", target, {}, { basic("admin", "demo") }));
}

EmulatorResponse tokenResponse(TenantEmulator &emulator, const QString &scope,
    const QString &secret = QStringLiteral("demo-secret"),
    const QString &clientId = TenantEmulator::defaultClientId(), QString tenant = {})
{
    if (tenant.isEmpty())
        tenant = tenantText(emulator);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("client_secret"), secret);
    form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
    return emulator.handle(makeRequest("POST",
        QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token"),
        form.toString(QUrl::FullyEncoded).toUtf8(),
        { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded") } }));
}

QString tokenFor(TenantEmulator &emulator, const QString &scope)
{
    const EmulatorResponse response = tokenResponse(emulator, scope);
    if (response.status != 200)
        qWarning("token refused: %s", response.body.constData());
    return jsonOf(response).value(QStringLiteral("access_token")).toString();
}

QString tenantPath(const TenantEmulator &emulator, const char *entity, const char *apiVersion = "1.6")
{
    return QStringLiteral("/partner/tenant/%1(guid'%2')?api-version=%3")
        .arg(QLatin1String(entity), tenantText(emulator), QLatin1String(apiVersion));
}

QString messagePath(const QUuid &id, const char *apiVersion = "1.2")
{
    return QStringLiteral("/partner/device/DataUploadMessages(guid'%1')?api-version=%2")
        .arg(id.toString(QUuid::WithoutBraces), QLatin1String(apiVersion));
}

EmulatorResponse provision(TenantEmulator &emulator, const QString &token, bool provisioned = true)
{
    const QJsonObject body { { QStringLiteral("TenantId"), tenantText(emulator) },
        { QStringLiteral("Provisioned"), provisioned } };
    return emulator.handle(makeRequest("PUT", tenantPath(emulator, "PartnerTenants"),
        QJsonDocument(body).toJson(QJsonDocument::Compact), { bearer(token) }));
}

QJsonObject complianceEntity(const QString &deviceId, const char *status = "compliant")
{
    return QJsonObject { { QStringLiteral("EntityType"), 4 }, { QStringLiteral("DeviceId"), deviceId },
        { QStringLiteral("UserId"), QStringLiteral("alice@contoso.com") },
        { QStringLiteral("LastUpdateTime"), QStringLiteral("2024-05-01T10:00:00Z") },
        { QStringLiteral("complianceStatus"), QLatin1String(status) } };
}

QJsonObject inventoryEntity(const DeviceRecord &device)
{
    return QJsonObject { { QStringLiteral("EntityType"), 1 },
        { QStringLiteral("DeviceManagementState"), QStringLiteral("managed") },
        { QStringLiteral("DeviceId"), device.azureDeviceId.toString() },
        { QStringLiteral("DeviceName"), device.name }, { QStringLiteral("UserId"), device.user },
        { QStringLiteral("LastCheckInTime"), QStringLiteral("2024-05-01T09:00:00Z") },
        { QStringLiteral("LastUpdateTime"), QStringLiteral("2024-05-01T10:00:00Z") },
        { QStringLiteral("Os"), QStringLiteral("iOS") }, { QStringLiteral("OsVersion"), device.osVersion },
        { QStringLiteral("EasIds"), QJsonArray() }, { QStringLiteral("State"), QStringLiteral("ACTIVE") } };
}

QByteArray uploadBody(const TenantEmulator &emulator, const QJsonArray &entities)
{
    const QJsonObject body { { QStringLiteral("TenantId"), tenantText(emulator) },
        { QStringLiteral("UploadTime"), QStringLiteral("2024-05-01T10:00:01Z") },
        { QStringLiteral("Content"),
            QString::fromUtf8(QJsonDocument(entities).toJson(QJsonDocument::Compact)) } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// The first devices of the fleet that have an Azure device id.
QList<DeviceRecord> reportableDevices(const TenantEmulator &emulator, int count)
{
    QList<DeviceRecord> devices;
    for (qint64 id = 1; id <= emulator.deviceCount() && devices.size() < count; ++id) {
        const DeviceRecord device = emulator.device(id);
        if (!device.azureDeviceId.isBlank())
            devices.append(device);
    }
    return devices;
}

QJsonObject adminGet(TenantEmulator &emulator, const QString &path)
{
    return jsonOf(emulator.handle(makeRequest("GET", path)));
}

EmulatorResponse putFaults(TenantEmulator &emulator, const QJsonObject &faults)
{
    return emulator.handle(
        makeRequest("PUT", QStringLiteral("/admin/faults"), QJsonDocument(faults).toJson()));
}

bool deviceMatches(const DeviceRecord &device, const QString &fq)
{
    // A brute-force reading of the fq subset: "and" binds tighter than "or".
    const QStringList alternatives = fq.split(QStringLiteral(" or "));
    for (const QString &alternative : alternatives) {
        bool all = true;
        for (const QString &term : alternative.split(QStringLiteral(" and "))) {
            const QString field = term.section(QLatin1Char('='), 0, 0).trimmed();
            const QString value = term.section(QLatin1Char('='), 1).trimmed();
            QString actual;
            if (field == QLatin1String("registrationState"))
                actual = device.registrationState;
            else if (field == QLatin1String("complianceState"))
                actual = device.violations.isEmpty() ? QStringLiteral("true") : QStringLiteral("false");
            else if (field == QLatin1String("platformType"))
                actual = Platforms::wireName(device.platform);
            else if (field == QLatin1String("quarantined"))
                actual = device.quarantined ? QStringLiteral("true") : QStringLiteral("false");
            else if (field == QLatin1String("jailbroken"))
                actual = device.jailbroken ? QStringLiteral("true") : QStringLiteral("false");
            else if (field == QLatin1String("azureClientStatusCode"))
                actual = device.clientStatus.wireName();
            all = all && actual.compare(value, Qt::CaseInsensitive) == 0;
        }
        if (all)
            return true;
    }
    return false;
}

// Every device the list serves for this fq, page by page.
QList<qint64> listIds(TenantEmulator &emulator, const QString &fq, int rows, qint64 *totalCount = nullptr)
{
    QList<qint64> ids;
    for (int start = 0;; start += rows) {
        const EmulatorResponse response = mdmGet(emulator,
            QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=%1&start=%2&fq=%3")
                .arg(QString::number(rows), QString::number(start),
                    QString::fromLatin1(QUrl::toPercentEncoding(fq))));
        if (response.status != 200) {
            qWarning("list failed: %s", response.body.constData());
            return {};
        }
        const QJsonObject result = jsonOf(response).value(QStringLiteral("result")).toObject();
        if (totalCount)
            *totalCount = result.value(QStringLiteral("totalCount")).toInteger();
        const QJsonArray page = result.value(QStringLiteral("searchResults")).toArray();
        for (const auto &device : page)
            ids.append(device.toObject().value(QStringLiteral("id")).toInteger());
        if (page.size() < rows)
            return ids;
    }
}

// The emulator program, started as the console and the benchmarks start it.
class EmulatorProcess final
{
    Q_DISABLE_COPY_MOVE(EmulatorProcess)

public:
    EmulatorProcess() = default;
    ~EmulatorProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(ASC_EMULATOR_PATH));
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < 20000) {
            if (!m_process.waitForReadyRead(200) && m_process.state() == QProcess::NotRunning)
                return false;
        }
        m_baseUrl = QString::fromUtf8(m_process.readLine()).trimmed();
        return m_baseUrl.startsWith(QLatin1String("http://127.0.0.1:"));
    }

    QString baseUrl() const { return m_baseUrl; }
    QUrl url(const QString &pathAndQuery) const { return QUrl(m_baseUrl + pathAndQuery); }

private:
    QProcess m_process;
    QString m_baseUrl;
};

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;
    qint64 elapsedMs = 0;
};

HttpResult send(QNetworkAccessManager &manager, const char *method, const QUrl &url,
    const QByteArray &body = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    HttpResult result;
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return result;
}

} // namespace

class TestTenantEmulator : public QObject
{
    Q_OBJECT

private slots:
    // TenantEmulator directly
    void partitions();
    void jsonText_data();
    void jsonText();
    void paging();
    void filter_data();
    void filter();
    void badFilter_data();
    void badFilter();
    void filterAfterChurn();
    void oneDevice();
    void policies();
    void forceCheckin();
    void basicAuth();
    void tokens();
    void tokenScopes();
    void tokenExpiry();
    void expireTokensNow();
    void discovery();
    void provisioningAndHeartbeat();
    void uploadLifecycle();
    void duplicateMessage();
    void badUpload_data();
    void badUpload();
    void unknownDeviceFails();
    void asyncFailedFault();
    void throttling();
    void injectedFaults();
    void faultSeedReplays();
    void badFaults();
    void statistics();
    void churn();
    void churnPerMinute();
    void unknownPathAndMethod();

    // The program over loopback HTTP
    void httpRoundTrip();
    void httpConnectionReset();
    void httpDelay();
    void httpThrottle();
    void badOptions_data();
    void badOptions();
};

void TestTenantEmulator::partitions()
{
    TenantEmulator emulator(smallTenant());
    const EmulatorResponse response = mdmGet(emulator, QStringLiteral("/api/v1/tenant/partition/device"));
    QCOMPARE(response.status, 200);
    QVERIFY(response.header("Content-Type").startsWith("application/json"));
    const QJsonArray spaces = jsonOf(response)
                                  .value(QStringLiteral("result"))
                                  .toObject()
                                  .value(QStringLiteral("searchResults"))
                                  .toArray();
    QCOMPARE(spaces.size(), 2);
    QCOMPARE(spaces.at(0).toObject().value(QStringLiteral("id")).toInteger(), 1001);
    QCOMPARE(spaces.at(0).toObject().value(QStringLiteral("defaultPartition")).toBool(), true);
    QCOMPARE(spaces.at(1).toObject().value(QStringLiteral("defaultPartition")).toBool(), false);
}

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
    JsonText::appendKey(out, "z");
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
    QCOMPARE(object.value(QLatin1String("z")).toInteger(-1), 0);
}

void TestTenantEmulator::paging()
{
    TenantEmulator emulator(smallTenant());
    EmulatorResponse response
        = mdmGet(emulator, QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=100&start=0"));
    QCOMPARE(response.status, 200);
    QJsonObject result = jsonOf(response).value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("totalCount")).toInteger(), kFleet);
    QCOMPARE(result.value(QStringLiteral("offset")).toInteger(), 0);
    QCOMPARE(result.value(QStringLiteral("limit")).toInteger(), 100);
    QJsonArray page = result.value(QStringLiteral("searchResults")).toArray();
    QCOMPARE(page.size(), 100);
    for (int i = 0; i < page.size(); ++i)
        QCOMPARE(page.at(i).toObject().value(QStringLiteral("id")).toInteger(), i + 1);

    // The last page is short; beyond it is empty.
    response = mdmGet(emulator, QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=100&start=250"));
    result = jsonOf(response).value(QStringLiteral("result")).toObject();
    page = result.value(QStringLiteral("searchResults")).toArray();
    QCOMPARE(page.size(), kFleet - 250);
    QCOMPARE(page.first().toObject().value(QStringLiteral("id")).toInteger(), 251);
    QCOMPARE(page.last().toObject().value(QStringLiteral("id")).toInteger(), kFleet);
    response = mdmGet(emulator, QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=100&start=300"));
    QCOMPARE(jsonOf(response)
                 .value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("searchResults"))
                 .toArray()
                 .size(),
        0);

    // Every device once, in id order.
    const QList<qint64> ids = listIds(emulator, QString(), 7);
    QCOMPARE(ids.size(), kFleet);
    QCOMPARE(ids.first(), 1);
    QCOMPARE(ids.last(), kFleet);
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));

    // The Lab space has no devices; bad paging parameters name themselves.
    response = mdmGet(emulator, QStringLiteral("/api/v1/device?dmPartitionId=1002&rows=10"));
    QCOMPARE(jsonOf(response)
                 .value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("totalCount"))
                 .toInteger(),
        0);
    const std::pair<const char *, const char *> bad[]
        = { { "?dmPartitionId=1001&rows=0", "rows" }, { "?dmPartitionId=1001&rows=5001", "rows" },
              { "?dmPartitionId=1001&rows=x", "rows" }, { "?dmPartitionId=1001&start=-1", "start" },
              { "?rows=10", "dmPartitionId" }, { "?dmPartitionId=77", "dmPartitionId" } };
    for (const auto &[query, name] : bad) {
        response = mdmGet(emulator, QStringLiteral("/api/v1/device") + QLatin1String(query));
        QCOMPARE(response.status, 400);
        QVERIFY2(
            jsonOf(response).value(QStringLiteral("error")).toString().contains(QLatin1String(name)), query);
    }
}

void TestTenantEmulator::filter_data()
{
    QTest::addColumn<QString>("fq");
    QTest::newRow("active") << QStringLiteral("registrationState=ACTIVE");
    QTest::newRow("case and spaces") << QStringLiteral("registrationState = active");
    QTest::newRow("retired: none") << QStringLiteral("registrationState=RETIRED");
    QTest::newRow("non-compliant") << QStringLiteral("complianceState=false");
    QTest::newRow("and") << QStringLiteral("registrationState=ACTIVE and complianceState=false");
    QTest::newRow("and, platform") << QStringLiteral("complianceState=true and platformType=IOS");
    QTest::newRow("or") << QStringLiteral("quarantined=true or jailbroken=true");
    QTest::newRow("and binds tighter")
        << QStringLiteral("platformType=ANDROID and complianceState=true or jailbroken=true");
    QTest::newRow("client status") << QStringLiteral("azureClientStatusCode=Workplace_Join_Required");
    QTest::newRow("unknown code kept raw") << QStringLiteral("azureClientStatusCode=Broker_Timeout");
    QTest::newRow("no code yet") << QStringLiteral("azureClientStatusCode=");
}

void TestTenantEmulator::filter()
{
    QFETCH(QString, fq);
    TenantEmulator emulator(smallTenant());
    QList<qint64> expected;
    for (qint64 id = 1; id <= kFleet; ++id) {
        if (deviceMatches(emulator.device(id), fq))
            expected.append(id);
    }
    qint64 total = -1;
    const QList<qint64> ids = listIds(emulator, fq, 40, &total);
    QCOMPARE(ids, expected);
    QCOMPARE(total, qint64(expected.size()));
    if (fq.contains(QLatin1String("false")) || fq.startsWith(QLatin1String("registrationState=ACTIVE")))
        QVERIFY2(!expected.isEmpty(), "the demo fleet should have such devices");
}

void TestTenantEmulator::badFilter_data()
{
    QTest::addColumn<QString>("fq");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown field") << QStringLiteral("colour=red") << QStringLiteral("colour");
    QTest::newRow("not a boolean") << QStringLiteral("complianceState=maybe")
                                   << QStringLiteral("complianceState");
    QTest::newRow("no value") << QStringLiteral("complianceState") << QStringLiteral("complianceState");
    QTest::newRow("dangling and") << QStringLiteral("complianceState=false and") << QStringLiteral("and");
    QTest::newRow("leading or") << QStringLiteral("or jailbroken=true") << QStringLiteral("or");
    QTest::newRow("unknown platform") << QStringLiteral("platformType=WINDOWS") << QStringLiteral("WINDOWS");
}

void TestTenantEmulator::badFilter()
{
    QFETCH(QString, fq);
    QFETCH(QString, named);
    TenantEmulator emulator(smallTenant());
    const EmulatorResponse response = mdmGet(emulator,
        QStringLiteral("/api/v1/device?dmPartitionId=1001&fq=")
            + QString::fromLatin1(QUrl::toPercentEncoding(fq)));
    QCOMPARE(response.status, 400);
    const QString error = jsonOf(response).value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(named), qPrintable(error));
}

void TestTenantEmulator::filterAfterChurn()
{
    // Filtered pages are served from a cached scan; a change of the fleet must not leave it stale.
    TenantEmulator emulator(smallTenant());
    const QString fq = QStringLiteral("complianceState=false or azureClientStatusCode=Success");
    QVERIFY(!listIds(emulator, fq, 50).isEmpty());
    emulator.churn(200);
    QList<qint64> expected;
    for (qint64 id = 1; id <= kFleet; ++id) {
        if (deviceMatches(emulator.device(id), fq))
            expected.append(id);
    }
    QCOMPARE(listIds(emulator, fq, 50), expected);
}

void TestTenantEmulator::oneDevice()
{
    TenantEmulator emulator(smallTenant());
    const DeviceRecord expected = reportableDevices(emulator, 1).constFirst();
    EmulatorResponse response
        = mdmGet(emulator, QStringLiteral("/api/v1/device/%1?dmPartitionId=1001").arg(expected.id));
    QCOMPARE(response.status, 200);
    const QJsonObject device = jsonOf(response).value(QStringLiteral("result")).toObject();
    QCOMPARE(device.value(QStringLiteral("id")).toInteger(), expected.id);
    QCOMPARE(device.value(QStringLiteral("guid")).toString(), expected.guid.toString(QUuid::WithoutBraces));
    QCOMPARE(device.value(QStringLiteral("deviceName")).toString(), expected.name);
    QCOMPARE(device.value(QStringLiteral("deviceModel")).toString(), expected.model);
    QCOMPARE(device.value(QStringLiteral("manufacturer")).toString(), expected.manufacturer);
    QCOMPARE(device.value(QStringLiteral("platformType")).toString(), Platforms::wireName(expected.platform));
    QCOMPARE(device.value(QStringLiteral("platformVersion")).toString(), expected.osVersion);
    QCOMPARE(device.value(QStringLiteral("serialNumber")).toString(), expected.serialNumber);
    QCOMPARE(device.value(QStringLiteral("imei")).toString(), expected.imei);
    QCOMPARE(
        device.value(QStringLiteral("lastCheckin")).toInteger(), expected.lastCheckin.toMSecsSinceEpoch());
    QCOMPARE(device.value(QStringLiteral("registrationState")).toString(), expected.registrationState);
    QCOMPARE(device.value(QStringLiteral("complianceState")).toBool(), expected.violations.isEmpty());
    QCOMPARE(device.value(QStringLiteral("quarantined")).toBool(), expected.quarantined);
    QCOMPARE(device.value(QStringLiteral("jailbroken")).toBool(), expected.jailbroken);
    QCOMPARE(device.value(QStringLiteral("violatedPolicies")).toArray().size(), expected.violations.size());
    QCOMPARE(device.value(QStringLiteral("emailAddress")).toString(), expected.user);
    QCOMPARE(device.value(QStringLiteral("uid")).toString(), expected.user);
    QCOMPARE(device.value(QStringLiteral("azureDeviceId")).toString(), expected.azureDeviceId.toString());
    QCOMPARE(
        device.value(QStringLiteral("azureClientStatusCode")).toString(), expected.clientStatus.wireName());

    // The served fleet is the demo fleet of the same seed, Azure fields included.
    DemoFleetGenerator generator(1);
    const DeviceRecord generated = generator.device(int(expected.id - 1), QDateTime::currentDateTimeUtc());
    QCOMPARE(generated.serialNumber, expected.serialNumber);
    QCOMPARE(generated.azureDeviceId, expected.azureDeviceId);
    QCOMPARE(generated.clientStatus, expected.clientStatus);

    // A device with violations lists them with their start.
    for (qint64 id = 1; id <= kFleet; ++id) {
        const DeviceRecord violating = emulator.device(id);
        if (violating.violations.isEmpty())
            continue;
        const QJsonArray violations
            = jsonOf(mdmGet(emulator, QStringLiteral("/api/v1/device/%1?dmPartitionId=1001").arg(id)))
                  .value(QStringLiteral("result"))
                  .toObject()
                  .value(QStringLiteral("violatedPolicies"))
                  .toArray();
        QCOMPARE(violations.size(), violating.violations.size());
        QCOMPARE(violations.at(0).toObject().value(QStringLiteral("policyId")).toInteger(),
            violating.violations.at(0).policyId);
        QCOMPARE(violations.at(0).toObject().value(QStringLiteral("since")).toInteger(),
            violating.violations.at(0).since.toMSecsSinceEpoch());
        break;
    }

    response = mdmGet(emulator, QStringLiteral("/api/v1/device/%1?dmPartitionId=1001").arg(kFleet + 1));
    QCOMPARE(response.status, 404);
    QVERIFY(jsonOf(response).value(QStringLiteral("error")).toString().contains(QString::number(kFleet + 1)));
    response = mdmGet(emulator, QStringLiteral("/api/v1/device/abc?dmPartitionId=1001"));
    QCOMPARE(response.status, 400);
    QVERIFY(jsonOf(response).value(QStringLiteral("error")).toString().contains(QLatin1String("abc")));
}

void TestTenantEmulator::policies()
{
    TenantEmulator emulator(smallTenant());
    const EmulatorResponse response
        = mdmGet(emulator, QStringLiteral("/api/v1/compliancepolicy?dmPartitionId=1001"));
    QCOMPARE(response.status, 200);
    const QJsonArray policies = jsonOf(response)
                                    .value(QStringLiteral("result"))
                                    .toObject()
                                    .value(QStringLiteral("searchResults"))
                                    .toArray();
    const QList<CompliancePolicy> expected = DemoFleetGenerator(1).policies();
    QCOMPARE(policies.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject policy = policies.at(i).toObject();
        QCOMPARE(policy.value(QStringLiteral("id")).toInteger(), expected.at(i).id);
        QCOMPARE(policy.value(QStringLiteral("rule")).toString(),
            CompliancePolicy::ruleStorageName(expected.at(i).rule));
        const QJsonArray actions = policy.value(QStringLiteral("actions")).toArray();
        QCOMPARE(actions.size(), expected.at(i).steps.size());
        QCOMPARE(actions.at(0).toObject().value(QStringLiteral("action")).toString(),
            ComplianceActions::storageName(expected.at(i).steps.at(0).action));
    }
}

void TestTenantEmulator::forceCheckin()
{
    TenantEmulator emulator(smallTenant());
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const EmulatorResponse response = emulator.handle(makeRequest("PUT",
        QStringLiteral("/api/v1/device/forceCheckin"), "ids=1%2C2,999999", { basic("admin", "demo") }));
    QCOMPARE(response.status, 200);
    QCOMPARE(jsonOf(response)
                 .value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInteger(),
        2);
    QVERIFY(emulator.device(1).lastCheckin >= before);
    QVERIFY(emulator.device(2).lastCheckin >= before);
    QCOMPARE(emulator
                 .handle(makeRequest("PUT", QStringLiteral("/api/v1/device/forceCheckin"), "ids=1,x",
                     { basic("admin", "demo") }))
                 .status,
        400);
}

void TestTenantEmulator::basicAuth()
{
    TenantEmulator emulator(smallTenant());
    const QString list = QStringLiteral("/api/v1/device?dmPartitionId=1001");
    EmulatorResponse response = emulator.handle(makeRequest("GET", list, {}, { basic("admin", "wrong") }));
    QCOMPARE(response.status, 401);
    QVERIFY(response.header("WWW-Authenticate").startsWith("Basic"));
    QCOMPARE(emulator.handle(makeRequest("GET", list)).status, 401);
    QCOMPARE(emulator.handle(makeRequest("GET", list, {}, { basic("mallory", "demo") })).status, 401);
    QCOMPARE(emulator.handle(makeRequest("GET", list, {}, { { "Authorization", "Basic !!!" } })).status, 401);

    // The user without the API role signs in but may not read devices.
    response = emulator.handle(makeRequest("GET", list, {}, { basic("auditor", "demo") }));
    QCOMPARE(response.status, 403);
    QVERIFY(jsonOf(response).value(QStringLiteral("error")).toString().contains(QLatin1String("auditor")));
    QCOMPARE(emulator
                 .handle(makeRequest("GET", QStringLiteral("/api/v1/tenant/partition/device"), {},
                     { basic("auditor", "demo") }))
                 .status,
        200);
    QCOMPARE(adminGet(emulator, QStringLiteral("/admin/stats"))
                 .value(QStringLiteral("faultsInjected"))
                 .toObject()
                 .value(QStringLiteral("403"))
                 .toInteger(),
        1);
}

void TestTenantEmulator::tokens()
{
    TenantEmulator emulator(smallTenant());
    EmulatorResponse response = tokenResponse(emulator, kGraphScope);
    QCOMPARE(response.status, 200);
    QJsonObject token = jsonOf(response);
    QCOMPARE(token.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(token.value(QStringLiteral("expires_in")).toInt(), 3600);
    QCOMPARE(token.value(QStringLiteral("ext_expires_in")).toInt(), 3600);
    QVERIFY(token.value(QStringLiteral("access_token")).toString().size() >= 32);
    QVERIFY(tokenFor(emulator, kManageScope) != token.value(QStringLiteral("access_token")).toString());

    response = tokenResponse(emulator, kGraphScope, QStringLiteral("wrong-secret"));
    QCOMPARE(response.status, 401);
    QCOMPARE(jsonOf(response).value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    QVERIFY(jsonOf(response)
                .value(QStringLiteral("error_description"))
                .toString()
                .contains(QLatin1String("secret")));
    response
        = tokenResponse(emulator, kGraphScope, QStringLiteral("demo-secret"), QStringLiteral("someone-else"));
    QCOMPARE(response.status, 400);
    QCOMPARE(jsonOf(response).value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    response = tokenResponse(emulator, kGraphScope, QStringLiteral("demo-secret"),
        TenantEmulator::defaultClientId(), QStringLiteral("11111111-1111-4111-8111-111111111111"));
    QCOMPARE(response.status, 400);
    QCOMPARE(jsonOf(response).value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    // The single slash is the classic mistake: the real scope has two.
    response = tokenResponse(emulator, QStringLiteral("https://api.manage.microsoft.com/.default"));
    QCOMPARE(response.status, 400);
    QCOMPARE(jsonOf(response).value(QStringLiteral("error")).toString(), QStringLiteral("invalid_scope"));
    response = emulator.handle(
        makeRequest("POST", QLatin1Char('/') + tenantText(emulator) + QStringLiteral("/oauth2/v2.0/token"),
            "grant_type=password&client_id=x"));
    QCOMPARE(response.status, 400);
    QCOMPARE(
        jsonOf(response).value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
    QCOMPARE(
        adminGet(emulator, QStringLiteral("/admin/stats")).value(QStringLiteral("tokensIssued")).toInteger(),
        2);
}

void TestTenantEmulator::tokenScopes()
{
    TenantEmulator emulator(smallTenant());
    const QString graph = tokenFor(emulator, kGraphScope);
    const QString manage = tokenFor(emulator, kManageScope);
    const QString principals = QStringLiteral("/v1.0/servicePrincipals");
    QCOMPARE(emulator.handle(makeRequest("GET", principals, {}, { bearer(graph) })).status, 200);
    EmulatorResponse response = emulator.handle(makeRequest("GET", principals, {}, { bearer(manage) }));
    QCOMPARE(response.status, 401);
    QVERIFY(response.header("WWW-Authenticate").contains("error=\"invalid_token\""));
    QCOMPARE(provision(emulator, manage).status, 200);
    response = provision(emulator, graph);
    QCOMPARE(response.status, 401);
    QVERIFY(response.header("WWW-Authenticate").contains("invalid_token"));
    response = emulator.handle(makeRequest("GET", principals, {}, { bearer(QStringLiteral("made-up")) }));
    QCOMPARE(response.status, 401);
    QVERIFY(response.header("WWW-Authenticate").contains("invalid_token"));
    response = emulator.handle(makeRequest("GET", principals));
    QCOMPARE(response.status, 401);
    QVERIFY(response.header("WWW-Authenticate").startsWith("Bearer"));
}

void TestTenantEmulator::tokenExpiry()
{
    TenantEmulator::Settings settings = smallTenant();
    settings.tokenLifetimeSeconds = 1;
    TenantEmulator emulator(settings);
    const EmulatorResponse issued = tokenResponse(emulator, kGraphScope);
    QCOMPARE(jsonOf(issued).value(QStringLiteral("expires_in")).toInt(), 1);
    const QString token = jsonOf(issued).value(QStringLiteral("access_token")).toString();
    const QString principals = QStringLiteral("/v1.0/servicePrincipals");
    QCOMPARE(emulator.handle(makeRequest("GET", principals, {}, { bearer(token) })).status, 200);
    QThread::msleep(1100);
    const EmulatorResponse response = emulator.handle(makeRequest("GET", principals, {}, { bearer(token) }));
    QCOMPARE(response.status, 401);
    QVERIFY(response.header("WWW-Authenticate").contains("invalid_token"));
    QVERIFY(jsonOf(response).value(QStringLiteral("error")).toString().contains(QLatin1String("expired")));
}

void TestTenantEmulator::expireTokensNow()
{
    TenantEmulator emulator(smallTenant());
    const QString token = tokenFor(emulator, kGraphScope);
    QCOMPARE(putFaults(emulator, QJsonObject { { QStringLiteral("expireTokensNow"), true } }).status, 200);
    const QString principals = QStringLiteral("/v1.0/servicePrincipals");
    QCOMPARE(emulator.handle(makeRequest("GET", principals, {}, { bearer(token) })).status, 401);
    QCOMPARE(adminGet(emulator, QStringLiteral("/admin/stats"))
                 .value(QStringLiteral("faultsInjected"))
                 .toObject()
                 .value(QStringLiteral("401"))
                 .toInteger(),
        1);
    // A new token works again.
    QCOMPARE(emulator.handle(makeRequest("GET", principals, {}, { bearer(tokenFor(emulator, kGraphScope)) }))
                 .status,
        200);
}

void TestTenantEmulator::discovery()
{
    TenantEmulator emulator(smallTenant());
    const QString graph = tokenFor(emulator, kGraphScope);
    EmulatorResponse response = emulator.handle(makeRequest("GET",
        QStringLiteral("/v1.0/servicePrincipals?$filter=")
            + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("appId eq '%1'").arg(kIntuneAppId))),
        {}, { bearer(graph) }));
    QCOMPARE(response.status, 200);
    QJsonArray value = jsonOf(response).value(QStringLiteral("value")).toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.at(0).toObject().value(QStringLiteral("appId")).toString(), kIntuneAppId);
    const QString principal = value.at(0).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!QUuid::fromString(principal).isNull());

    // Another app is not there; a filter we do not understand is an error, not an empty list.
    response = emulator.handle(makeRequest("GET",
        QStringLiteral("/v1.0/servicePrincipals?$filter=appId%20eq%20'00000003-0000-0000-c000-000000000000'"),
        {}, { bearer(graph) }));
    QCOMPARE(jsonOf(response).value(QStringLiteral("value")).toArray().size(), 0);
    response = emulator.handle(makeRequest("GET",
        QStringLiteral("/v1.0/servicePrincipals?$filter=displayName%20eq%20'x'"), {}, { bearer(graph) }));
    QCOMPARE(response.status, 400);
    QVERIFY(jsonOf(response).value(QStringLiteral("error")).toString().contains(QLatin1String("$filter")));

    response = emulator.handle(
        makeRequest("GET", QStringLiteral("/v1.0/servicePrincipals/%1/endPoints").arg(principal), {},
            { bearer(graph), { "Host", "127.0.0.1:4321" } }));
    QCOMPARE(response.status, 200);
    value = jsonOf(response).value(QStringLiteral("value")).toArray();
    QCOMPARE(value.size(), 4);
    QHash<QString, QString> uris;
    for (const auto &entry : std::as_const(value))
        uris.insert(entry.toObject().value(QStringLiteral("providerName")).toString(),
            entry.toObject().value(QStringLiteral("uri")).toString());
    QCOMPARE(uris.value(QStringLiteral("PartnerTenantDataSyncService")),
        QStringLiteral("http://127.0.0.1:4321/partner/tenant"));
    QCOMPARE(uris.value(QStringLiteral("PartnerDeviceDataSyncService")),
        QStringLiteral("http://127.0.0.1:4321/partner/device"));
    QCOMPARE(emulator
                 .handle(makeRequest(
                     "GET", QStringLiteral("/v1.0/servicePrincipals/nope/endPoints"), {}, { bearer(graph) }))
                 .status,
        404);
}

void TestTenantEmulator::provisioningAndHeartbeat()
{
    TenantEmulator emulator(smallTenant());
    const QString graph = tokenFor(emulator, kGraphScope);
    const QString manage = tokenFor(emulator, kManageScope);
    const auto partner = [&] {
        const EmulatorResponse response = emulator.handle(makeRequest("GET",
            QStringLiteral("/beta/deviceManagement/complianceManagementPartners"), {}, { bearer(graph) }));
        return jsonOf(response).value(QStringLiteral("value")).toArray().at(0).toObject();
    };
    QCOMPARE(partner().value(QStringLiteral("partnerState")).toString(), QStringLiteral("unknown"));
    QVERIFY(partner().value(QStringLiteral("lastHeartbeatDateTime")).isNull());
    QCOMPARE(partner().value(QStringLiteral("iosOnboarded")).toBool(), false);

    // Reports before provisioning are refused with a reason.
    const DeviceRecord device = reportableDevices(emulator, 1).constFirst();
    EmulatorResponse response = emulator.handle(makeRequest("PUT", messagePath(QUuid::createUuid()),
        uploadBody(emulator, { complianceEntity(device.azureDeviceId.toString()) }), { bearer(manage) }));
    QCOMPARE(response.status, 409);
    QVERIFY(
        jsonOf(response).value(QStringLiteral("error")).toString().contains(QLatin1String("provisioned")));

    QCOMPARE(provision(emulator, manage).status, 200);
    QCOMPARE(partner().value(QStringLiteral("partnerState")).toString(), QStringLiteral("unresponsive"));
    QCOMPARE(partner().value(QStringLiteral("androidOnboarded")).toBool(), true);

    const QByteArray heartbeat = QByteArrayLiteral("{\"Timestamp\":\"2024-05-01T10:00:00.000Z\"}");
    response = emulator.handle(
        makeRequest("PUT", tenantPath(emulator, "PartnerTenantHeartbeat"), heartbeat, { bearer(manage) }));
    QCOMPARE(response.status, 200);
    QCOMPARE(partner().value(QStringLiteral("partnerState")).toString(), QStringLiteral("enabled"));
    const QDateTime last = QDateTime::fromString(
        partner().value(QStringLiteral("lastHeartbeatDateTime")).toString(), Qt::ISODateWithMs);
    QVERIFY(last.isValid());
    QVERIFY(qAbs(last.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QJsonObject stats = adminGet(emulator, QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("heartbeats")).toInteger(), 1);
    QCOMPARE(stats.value(QStringLiteral("provisioned")).toBool(), true);

    // Bad heartbeats and paths name what is wrong.
    response = emulator.handle(makeRequest("PUT", tenantPath(emulator, "PartnerTenantHeartbeat"),
        "{\"Timestamp\":\"yesterday\"}", { bearer(manage) }));
    QCOMPARE(response.status, 400);
    QVERIFY(jsonOf(response).value(QStringLiteral("error")).toString().contains(QLatin1String("Timestamp")));
    response = emulator.handle(makeRequest(
        "PUT", tenantPath(emulator, "PartnerTenantHeartbeat", "1.2"), heartbeat, { bearer(manage) }));
    QCOMPARE(response.status, 400);
    QVERIFY(
        jsonOf(response).value(QStringLiteral("error")).toString().contains(QLatin1String("api-version")));
    response = emulator.handle(makeRequest("PUT",
        QStringLiteral("/partner/tenant/"
                       "PartnerTenantHeartbeat(guid'22222222-2222-4222-8222-222222222222')?api-version=1.6"),
        heartbeat, { bearer(manage) }));
    QCOMPARE(response.status, 404);
    response = emulator.handle(
        makeRequest("PUT", QStringLiteral("/partner/tenant/PartnerTenants(guid'not-a-guid')?api-version=1.6"),
            heartbeat, { bearer(manage) }));
    QCOMPARE(response.status, 400);
    response = emulator.handle(makeRequest("PUT", tenantPath(emulator, "PartnerTenants"),
        "{\"TenantId\":\"" + tenantText(emulator).toLatin1() + "\"}", { bearer(manage) }));
    QCOMPARE(response.status, 400);
    QVERIFY(
        jsonOf(response).value(QStringLiteral("error")).toString().contains(QLatin1String("Provisioned")));

    QCOMPARE(provision(emulator, manage, false).status, 200);
    QCOMPARE(partner().value(QStringLiteral("partnerState")).toString(), QStringLiteral("unknown"));
    QCOMPARE(adminGet(emulator, QStringLiteral("/admin/stats")).value(QStringLiteral("provisioned")).toBool(),
        false);
}

void TestTenantEmulator::uploadLifecycle()
{
    TenantEmulator emulator(smallTenant());
    const QString manage = tokenFor(emulator, kManageScope);
    QCOMPARE(provision(emulator, manage).status, 200);
    const QList<DeviceRecord> devices = reportableDevices(emulator, 3);
    QJsonArray entities;
    for (const DeviceRecord &device : devices) {
        entities.append(inventoryEntity(device));
        entities.append(complianceEntity(device.azureDeviceId.toString(), "notCompliant"));
    }
    const QUuid id = QUuid::createUuid();
    EmulatorResponse response = emulator.handle(
        makeRequest("PUT", messagePath(id), uploadBody(emulator, entities), { bearer(manage) }));
    QCOMPARE(response.status, 202);
    QCOMPARE(jsonOf(response).value(QStringLiteral("Status")).toString(), QStringLiteral("InProgress"));
    response = emulator.handle(makeRequest("GET", messagePath(id), {}, { bearer(manage) }));
    QCOMPARE(response.status, 200);
    QCOMPARE(jsonOf(response).value(QStringLiteral("Status")).toString(), QStringLiteral("InProgress"));
    QCOMPARE(adminGet(emulator, QStringLiteral("/admin/stats"))
                 .value(QStringLiteral("messagesInProgress"))
                 .toInteger(),
        1);

    QThread::msleep(300);
    response = emulator.handle(makeRequest("GET", messagePath(id), {}, { bearer(manage) }));
    QCOMPARE(jsonOf(response).value(QStringLiteral("Status")).toString(), QStringLiteral("Completed"));
    QVERIFY(!jsonOf(response).contains(QStringLiteral("ErrorDetail")));

    const QJsonObject stats = adminGet(emulator, QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("messagesReceived")).toInteger(), 1);
    QCOMPARE(stats.value(QStringLiteral("entitiesReceived")).toInteger(), 6);
    QCOMPARE(stats.value(QStringLiteral("messagesCompleted")).toInteger(), 1);
    QCOMPARE(stats.value(QStringLiteral("messagesFailed")).toInteger(), 0);
    QCOMPARE(stats.value(QStringLiteral("devicesReported")).toInteger(), 3);

    const QJsonObject reported
        = adminGet(emulator, QStringLiteral("/admin/devices/") + devices.at(1).azureDeviceId.toString());
    QCOMPARE(reported.value(QStringLiteral("reports")).toInt(), 1);
    QCOMPARE(reported.value(QStringLiteral("messageIds")).toArray().at(0).toString(),
        id.toString(QUuid::WithoutBraces));
    const QJsonObject last = reported.value(QStringLiteral("last")).toObject();
    QCOMPARE(last.value(QStringLiteral("compliance"))
                 .toObject()
                 .value(QStringLiteral("complianceStatus"))
                 .toString(),
        QStringLiteral("notCompliant"));
    QCOMPARE(
        last.value(QStringLiteral("inventory")).toObject().value(QStringLiteral("DeviceName")).toString(),
        devices.at(1).name);
    const QJsonObject message
        = adminGet(emulator, QStringLiteral("/admin/messages/") + id.toString(QUuid::WithoutBraces));
    QCOMPARE(message.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    QCOMPARE(message.value(QStringLiteral("entities")).toInt(), 6);
    QCOMPARE(message.value(QStringLiteral("receivedCount")).toInt(), 1);

    QCOMPARE(
        emulator.handle(makeRequest("GET", messagePath(QUuid::createUuid()), {}, { bearer(manage) })).status,
        404);
    QCOMPARE(emulator.handle(makeRequest("GET", messagePath(id, "1.6"), {}, { bearer(manage) })).status, 400);
}

void TestTenantEmulator::duplicateMessage()
{
    TenantEmulator emulator(smallTenant());
    const QString manage = tokenFor(emulator, kManageScope);
    QCOMPARE(provision(emulator, manage).status, 200);
    const DeviceRecord device = reportableDevices(emulator, 1).constFirst();
    const QUuid id = QUuid::createUuid();
    const QByteArray body = uploadBody(emulator, { complianceEntity(device.azureDeviceId.toString()) });
    QCOMPARE(emulator.handle(makeRequest("PUT", messagePath(id), body, { bearer(manage) })).status, 202);
    const EmulatorResponse again
        = emulator.handle(makeRequest("PUT", messagePath(id), body, { bearer(manage) }));
    QCOMPARE(again.status, 202);
    QCOMPARE(jsonOf(again).value(QStringLiteral("Status")).toString(), QStringLiteral("InProgress"));
    QThread::msleep(300);
    // A retry after completion gets the first message's status, and is still not processed again.
    const EmulatorResponse late
        = emulator.handle(makeRequest("PUT", messagePath(id), body, { bearer(manage) }));
    QCOMPARE(jsonOf(late).value(QStringLiteral("Status")).toString(), QStringLiteral("Completed"));

    const QJsonObject stats = adminGet(emulator, QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("messagesReceived")).toInteger(), 1);
    QCOMPARE(stats.value(QStringLiteral("duplicateMessages")).toInteger(), 2);
    QCOMPARE(stats.value(QStringLiteral("entitiesReceived")).toInteger(), 1);
    QCOMPARE(stats.value(QStringLiteral("messagesCompleted")).toInteger(), 1);
    QCOMPARE(adminGet(emulator, QStringLiteral("/admin/messages/") + id.toString(QUuid::WithoutBraces))
                 .value(QStringLiteral("receivedCount"))
                 .toInt(),
        3);
    QCOMPARE(adminGet(emulator, QStringLiteral("/admin/devices/") + device.azureDeviceId.toString())
                 .value(QStringLiteral("reports"))
                 .toInt(),
        1);

    // The checkers' view: each message once, how often it was PUT, and its devices.
    const QJsonObject messages = adminGet(emulator, QStringLiteral("/admin/reports")).value(QStringLiteral("messages")).toObject();
    QCOMPARE(messages.size(), 1);
    const QJsonObject message = messages.value(id.toString(QUuid::WithoutBraces)).toObject();
    QCOMPARE(message.value(QStringLiteral("received")).toInt(), 3);
    QCOMPARE(message.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    QCOMPARE(message.value(QStringLiteral("devices")).toArray(),
        QJsonArray { device.azureDeviceId.toString() });
    QCOMPARE(stats.value(QStringLiteral("devicesInSeveralMessages")).toInteger(), 0);
    const QUuid second = QUuid::createUuid();
    QCOMPARE(emulator.handle(makeRequest("PUT", messagePath(second), body, { bearer(manage) })).status, 202);
    QCOMPARE(adminGet(emulator, QStringLiteral("/admin/stats")).value(QStringLiteral("devicesInSeveralMessages")).toInteger(), 1);
}

void TestTenantEmulator::badUpload_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named");
    const QByteArray tenant = TenantEmulator::defaultTenantId().toString(QUuid::WithoutBraces).toLatin1();
    const QByteArray head = "{\"TenantId\":\"" + tenant + "\",\"UploadTime\":\"2024-05-01T10:00:00Z\",";
    const QByteArray device = "11111111-1111-4111-8111-111111111111";
    const auto contentString = [&](const QByteArray &text) {
        QJsonObject body = QJsonDocument::fromJson(head + "\"Content\":\"\"}").object();
        body.insert(QStringLiteral("Content"), QString::fromUtf8(text));
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("malformed JSON body") << QByteArray("{\"TenantId\":") << QStringLiteral("not valid JSON");
    QTest::newRow("body is an array") << QByteArray("[]") << QStringLiteral("JSON object");
    QTest::newRow("no Content") << QByteArray(head.chopped(1) + "}") << QStringLiteral("Content is missing");
    QTest::newRow("Content not a string")
        << QByteArray(head + "\"Content\":[]}") << QStringLiteral("Content must be a string");
    QTest::newRow("Content not JSON")
        << contentString("[{\"EntityType\":4,") << QStringLiteral("Content is not valid JSON");
    QTest::newRow("Content not an array")
        << contentString("{\"EntityType\":4}") << QStringLiteral("not a JSON array");
    QTest::newRow("Content empty") << contentString("[]") << QStringLiteral("empty");
    QTest::newRow("entity not an object")
        << contentString("[1]") << QStringLiteral("Content[0] is not an object");
    QTest::newRow("entity without DeviceId")
        << contentString("[{\"EntityType\":4,\"complianceStatus\":\"compliant\"}]")
        << QStringLiteral("DeviceId is missing");
    QTest::newRow("DeviceId not a GUID")
        << contentString("[{\"EntityType\":4,\"DeviceId\":\"12345\",\"complianceStatus\":\"compliant\"}]")
        << QStringLiteral("'12345' is not a GUID");
    QTest::newRow("no EntityType") << contentString("[{\"DeviceId\":\"" + device + "\"}]")
                                   << QStringLiteral("EntityType is missing");
    QTest::newRow("unknown EntityType")
        << contentString("[{\"EntityType\":7,\"DeviceId\":\"" + device + "\"}]")
        << QStringLiteral("EntityType 7");
    QTest::newRow("bad complianceStatus") << contentString(
        "[{\"EntityType\":4,\"DeviceId\":\"" + device + "\",\"complianceStatus\":\"Compliant\"}]")
                                          << QStringLiteral("complianceStatus");
    QTest::newRow("bad DeviceManagementState") << contentString(
        "[{\"EntityType\":1,\"DeviceId\":\"" + device + "\",\"DeviceManagementState\":\"retired\"}]")
                                               << QStringLiteral("DeviceManagementState");
    QTest::newRow("bad LastUpdateTime") << contentString("[{\"EntityType\":4,\"DeviceId\":\"" + device
        + "\",\"complianceStatus\":\"compliant\",\"LastUpdateTime\":\"soon\"}]")
                                        << QStringLiteral("LastUpdateTime 'soon'");
    QTest::newRow("second entity bad") << contentString("[{\"EntityType\":4,\"DeviceId\":\"" + device
        + "\",\"complianceStatus\":\"compliant\"},{\"EntityType\":4}]")
                                       << QStringLiteral("Content[1]");
    QTest::newRow("wrong TenantId") << QByteArray(
        "{\"TenantId\":\"33333333-3333-4333-8333-333333333333\",\"UploadTime\":\"2024-05-01T10:00:00Z\","
        "\"Content\":\"[]\"}") << QStringLiteral("TenantId");
    QTest::newRow("no UploadTime") << QByteArray("{\"TenantId\":\"" + tenant + "\",\"Content\":\"[]\"}")
                                   << QStringLiteral("UploadTime is missing");
}

void TestTenantEmulator::badUpload()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    TenantEmulator emulator(smallTenant());
    const QString manage = tokenFor(emulator, kManageScope);
    QCOMPARE(provision(emulator, manage).status, 200);
    const QUuid id = QUuid::createUuid();
    const EmulatorResponse response
        = emulator.handle(makeRequest("PUT", messagePath(id), body, { bearer(manage) }));
    QCOMPARE(response.status, 400);
    const QString error = jsonOf(response).value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(named), qPrintable(error));
    // Nothing else changed: the message is unknown, so a corrected retry with the same id is processed.
    QCOMPARE(emulator.handle(makeRequest("GET", messagePath(id), {}, { bearer(manage) })).status, 404);
    const QJsonObject stats = adminGet(emulator, QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("messagesReceived")).toInteger(), 0);
    QCOMPARE(stats.value(QStringLiteral("entitiesReceived")).toInteger(), 0);
    QCOMPARE(stats.value(QStringLiteral("devicesReported")).toInteger(), 0);
}

void TestTenantEmulator::unknownDeviceFails()
{
    TenantEmulator emulator(smallTenant());
    const QString manage = tokenFor(emulator, kManageScope);
    QCOMPARE(provision(emulator, manage).status, 200);
    const DeviceRecord known = reportableDevices(emulator, 1).constFirst();
    QJsonObject blank = complianceEntity(QString());
    blank.insert(QStringLiteral("DeviceName"), QStringLiteral("Bob's iPhone"));
    const QJsonArray entities { complianceEntity(known.azureDeviceId.toString()),
        complianceEntity(QStringLiteral("44444444-4444-4444-8444-444444444444")), blank };
    const QUuid id = QUuid::createUuid();
    QCOMPARE(
        emulator
            .handle(makeRequest("PUT", messagePath(id), uploadBody(emulator, entities), { bearer(manage) }))
            .status,
        202);
    QThread::msleep(300);
    const QJsonObject status
        = jsonOf(emulator.handle(makeRequest("GET", messagePath(id), {}, { bearer(manage) })));
    QCOMPARE(status.value(QStringLiteral("Status")).toString(), QStringLiteral("Failed"));
    const QString detail = status.value(QStringLiteral("ErrorDetail")).toString();
    QVERIFY2(detail.contains(QLatin1String("44444444-4444-4444-8444-444444444444")), qPrintable(detail));
    QVERIFY2(detail.contains(QLatin1String("Bob's iPhone")), qPrintable(detail));
    QVERIFY2(!detail.contains(known.azureDeviceId.toString()), qPrintable(detail));
    QCOMPARE(adminGet(emulator, QStringLiteral("/admin/stats"))
                 .value(QStringLiteral("messagesFailed"))
                 .toInteger(),
        1);
}

void TestTenantEmulator::asyncFailedFault()
{
    TenantEmulator::Settings settings = smallTenant();
    settings.faults.rateAsyncFailed = 1.0;
    TenantEmulator emulator(settings);
    const QString manage = tokenFor(emulator, kManageScope);
    QCOMPARE(provision(emulator, manage).status, 200);
    const DeviceRecord device = reportableDevices(emulator, 1).constFirst();
    const QUuid id = QUuid::createUuid();
    const EmulatorResponse accepted = emulator.handle(makeRequest("PUT", messagePath(id),
        uploadBody(emulator, { complianceEntity(device.azureDeviceId.toString()) }), { bearer(manage) }));
    QCOMPARE(accepted.status, 202);
    QCOMPARE(jsonOf(accepted).value(QStringLiteral("Status")).toString(), QStringLiteral("InProgress"));
    QThread::msleep(300);
    const QJsonObject status
        = jsonOf(emulator.handle(makeRequest("GET", messagePath(id), {}, { bearer(manage) })));
    QCOMPARE(status.value(QStringLiteral("Status")).toString(), QStringLiteral("Failed"));
    QVERIFY(!status.value(QStringLiteral("ErrorDetail")).toString().isEmpty());
    const QJsonObject stats = adminGet(emulator, QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("messagesFailed")).toInteger(), 1);
    QCOMPARE(stats.value(QStringLiteral("faultsInjected"))
                 .toObject()
                 .value(QStringLiteral("asyncFailed"))
                 .toInteger(),
        1);
    QCOMPARE(adminGet(emulator, QStringLiteral("/admin/messages/") + id.toString(QUuid::WithoutBraces))
                 .value(QStringLiteral("errorDetail"))
                 .toString(),
        status.value(QStringLiteral("ErrorDetail")).toString());
}

void TestTenantEmulator::throttling()
{
    TenantEmulator::Settings settings = smallTenant();
    settings.faults.rate429 = 1.0;
    settings.faults.retryAfterSeconds = 1;
    TenantEmulator emulator(settings);
    const auto early = [&emulator] {
        return adminGet(emulator, QStringLiteral("/admin/stats")).value(QStringLiteral("earlyRequests")).toInteger();
    };
    const QString list = QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=1");
    const QString otherPage = QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=1&start=1");
    QElapsedTimer beforeThe429;
    beforeThe429.start();
    EmulatorResponse response = mdmGet(emulator, list);
    QElapsedTimer afterThe429;
    afterThe429.start();
    QCOMPARE(response.status, 429);
    QCOMPARE(response.header("Retry-After"), QByteArray("1"));
    // Another request arriving now may have been in flight before the client saw the 429:
    // it is not a retry and not counted (it is throttled by its own draw).
    QCOMPARE(mdmGet(emulator, otherPage).status, 429);
    QCOMPARE(early(), 0);
    // The same request from another client is that client's own first try.
    EmulatorRequest fromElsewhere = makeRequest("GET", list, {}, { basic("admin", "demo") });
    fromElsewhere.peer = QStringLiteral("127.0.0.2");
    QCOMPARE(emulator.handle(fromElsewhere).status, 429);
    QCOMPARE(early(), 0);

    // Repeating the throttled request before its Retry-After counts, however soon: there
    // is no grace period in which a repetition could hide.
    QCOMPARE(putFaults(emulator, QJsonObject { { QStringLiteral("rate429"), 0 } }).status, 200);
    QCOMPARE(mdmGet(emulator, list).status, 200); // too soon: counted, but served
    QVERIFY(beforeThe429.elapsed() < 1000);
    QCOMPARE(early(), 1);
    // A different body is a different request (a heartbeat with a new Timestamp).
    QCOMPARE(emulator.handle(makeRequest("GET", list, "x", { basic("admin", "demo") })).status, 200);
    QCOMPARE(early(), 1);

    // Once Retry-After has passed since the 429 left (it left before handle() returned),
    // the retry is on time.
    QThread::msleep(quint64(std::max<qint64>(0, 1000 - afterThe429.elapsed())) + 1);
    QCOMPARE(mdmGet(emulator, list).status, 200);
    QCOMPARE(mdmGet(emulator, otherPage).status, 200);
    const QJsonObject stats = adminGet(emulator, QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("earlyRequests")).toInteger(), 1);
    QCOMPARE(
        stats.value(QStringLiteral("faultsInjected")).toObject().value(QStringLiteral("429")).toInteger(), 3);
    QCOMPARE(stats.value(QStringLiteral("requestsTotal")).toInteger(), 7);
}

void TestTenantEmulator::injectedFaults()
{
    TenantEmulator emulator(smallTenant());
    const QString partitions = QStringLiteral("/api/v1/tenant/partition/device");
    const auto withFault = [&](const char *name, double rate) {
        putFaults(emulator, QJsonObject { { QLatin1String(name), rate } });
        const EmulatorResponse response = mdmGet(emulator, partitions);
        putFaults(emulator, QJsonObject { { QLatin1String(name), 0 } });
        return response;
    };
    QCOMPARE(withFault("rate500", 1).status, 500);
    QCOMPARE(withFault("rate503", 1).status, 503);
    QCOMPARE(withFault("rateReset", 1).action, EmulatorResponse::Action::Reset);
    putFaults(emulator, QJsonObject { { QStringLiteral("delayMs"), 750 } });
    const EmulatorResponse delayed = withFault("rateDelay", 1);
    QCOMPARE(delayed.action, EmulatorResponse::Action::Delay);
    QCOMPARE(delayed.delayMs, 750);
    QCOMPARE(delayed.status, 200);
    putFaults(emulator, QJsonObject { { QStringLiteral("timeoutMs"), 45000 } });
    const EmulatorResponse timedOut = withFault("rateTimeout", 1);
    QCOMPARE(timedOut.action, EmulatorResponse::Action::Delay);
    QCOMPARE(timedOut.delayMs, 45000);
    QCOMPARE(timedOut.status, 200);
    const EmulatorResponse malformed = withFault("rateMalformed", 1);
    QCOMPARE(malformed.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(malformed.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    const EmulatorResponse normal = mdmGet(emulator, partitions);
    QCOMPARE(normal.action, EmulatorResponse::Action::Respond);
    QCOMPARE(normal.status, 200);

    // Admin endpoints are never faulted.
    putFaults(emulator, QJsonObject { { QStringLiteral("rate503"), 1 } });
    QCOMPARE(emulator.handle(makeRequest("GET", QStringLiteral("/admin/stats"))).status, 200);
    const QJsonObject faults = adminGet(emulator, QStringLiteral("/admin/stats"))
                                   .value(QStringLiteral("faultsInjected"))
                                   .toObject();
    for (const char *name : { "500", "503", "reset", "delay", "timeout", "malformed" })
        QVERIFY2(faults.value(QLatin1String(name)).toInteger() == 1, name);
}

void TestTenantEmulator::faultSeedReplays()
{
    TenantEmulator::Settings settings = smallTenant();
    settings.faults.rate503 = 0.5;
    settings.faults.seed = 42;
    const auto statuses = [&settings] {
        TenantEmulator emulator(settings);
        QList<int> list;
        for (int i = 0; i < 40; ++i)
            list.append(mdmGet(emulator, QStringLiteral("/api/v1/tenant/partition/device")).status);
        return list;
    };
    const QList<int> first = statuses();
    QCOMPARE(statuses(), first);
    QVERIFY(first.contains(503));
    QVERIFY(first.contains(200));
}

void TestTenantEmulator::badFaults()
{
    TenantEmulator emulator(smallTenant());
    const std::pair<const char *, const char *> bad[]
        = { { "{\"rate429\":1.5}", "rate429" }, { "{\"rateReset\":\"high\"}", "rateReset" },
              { "{\"delayMs\":-1}", "delayMs" }, { "{\"rate42\":0.1}", "rate42" },
              { "{\"expireTokensNow\":1}", "expireTokensNow" }, { "not json", "JSON" } };
    for (const auto &[body, named] : bad) {
        const EmulatorResponse response
            = emulator.handle(makeRequest("PUT", QStringLiteral("/admin/faults"), body));
        QCOMPARE(response.status, 400);
        QVERIFY2(
            jsonOf(response).value(QStringLiteral("error")).toString().contains(QLatin1String(named)), body);
    }
    // Nothing was applied.
    QCOMPARE(
        adminGet(emulator, QStringLiteral("/admin/faults")).value(QStringLiteral("rate429")).toDouble(), 0.0);
    QCOMPARE(TenantEmulator::validateFaults(TenantEmulator::Faults()), QString());
}

void TestTenantEmulator::statistics()
{
    TenantEmulator emulator(smallTenant());
    mdmGet(emulator, QStringLiteral("/api/v1/tenant/partition/device"));
    tokenFor(emulator, kManageScope);
    adminGet(emulator, QStringLiteral("/admin/stats"));
    QJsonObject stats = adminGet(emulator, QStringLiteral("/admin/stats"));
    for (const char *key : { "messagesReceived", "duplicateMessages", "entitiesReceived", "messagesCompleted",
             "messagesFailed", "earlyRequests", "requestsTotal", "faultsInjected", "tokensIssued",
             "heartbeats", "provisioned", "devicesReported" })
        QVERIFY2(stats.contains(QLatin1String(key)), key);
    QCOMPARE(stats.value(QStringLiteral("requestsTotal")).toInteger(), 2); // admin requests are not counted
    QCOMPARE(stats.value(QStringLiteral("tokensIssued")).toInteger(), 1);
    QCOMPARE(emulator.handle(makeRequest("POST", QStringLiteral("/admin/reset-stats"))).status, 200);
    stats = adminGet(emulator, QStringLiteral("/admin/stats"));
    QCOMPARE(stats.value(QStringLiteral("requestsTotal")).toInteger(), 0);
    QCOMPARE(stats.value(QStringLiteral("tokensIssued")).toInteger(), 0);
}

void TestTenantEmulator::churn()
{
    TenantEmulator emulator(smallTenant());
    QList<DeviceRecord> before;
    for (qint64 id = 1; id <= kFleet; ++id)
        before.append(emulator.device(id));
    const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const EmulatorResponse response = emulator.handle(
        makeRequest("POST", QStringLiteral("/admin/churn"), QByteArrayLiteral("{\"changes\":30}")));
    QCOMPARE(response.status, 200);
    const QJsonArray changed = jsonOf(response).value(QStringLiteral("changed")).toArray();
    QCOMPARE(changed.size(), 30);
    int compliance = 0;
    int inventory = 0;
    int clientStatus = 0;
    for (const auto &value : changed) {
        const qint64 id = value.toInteger();
        const DeviceRecord after = emulator.device(id);
        const DeviceRecord &old = before.at(id - 1);
        QVERIFY(after.lastCheckin >= start);
        compliance += after.violations != old.violations;
        inventory += after.osVersion != old.osVersion;
        clientStatus += after.clientStatus != old.clientStatus;
        // The inventory serves the changed device.
        const QJsonObject served
            = jsonOf(mdmGet(emulator, QStringLiteral("/api/v1/device/%1?dmPartitionId=1001").arg(id)))
                  .value(QStringLiteral("result"))
                  .toObject();
        QCOMPARE(
            served.value(QStringLiteral("lastCheckin")).toInteger(), after.lastCheckin.toMSecsSinceEpoch());
        QCOMPARE(
            served.value(QStringLiteral("azureClientStatusCode")).toString(), after.clientStatus.wireName());
        QCOMPARE(served.value(QStringLiteral("complianceState")).toBool(), after.violations.isEmpty());
    }
    QVERIFY(compliance > 0);
    QVERIFY(inventory > 0);
    QVERIFY(clientStatus > 0);
    QCOMPARE(emulator
                 .handle(makeRequest(
                     "POST", QStringLiteral("/admin/churn"), QByteArrayLiteral("{\"changes\":-1}")))
                 .status,
        400);
}

void TestTenantEmulator::churnPerMinute()
{
    TenantEmulator::Settings settings = smallTenant();
    settings.churnPerMinute = 60000; // 1,000 a second
    TenantEmulator emulator(settings);
    QList<DeviceRecord> before;
    for (qint64 id = 1; id <= kFleet; ++id)
        before.append(emulator.device(id));
    QThread::msleep(100);
    mdmGet(emulator, QStringLiteral("/api/v1/tenant/partition/device"));
    int changed = 0;
    for (qint64 id = 1; id <= kFleet; ++id)
        changed += emulator.device(id).lastCheckin != before.at(id - 1).lastCheckin;
    QVERIFY2(changed >= 20, qPrintable(QString::number(changed)));
}

void TestTenantEmulator::unknownPathAndMethod()
{
    TenantEmulator emulator(smallTenant());
    EmulatorResponse response = emulator.handle(makeRequest("GET", QStringLiteral("/nothing/here")));
    QCOMPARE(response.status, 404);
    QVERIFY(
        jsonOf(response).value(QStringLiteral("error")).toString().contains(QLatin1String("/nothing/here")));
    response = emulator.handle(
        makeRequest("DELETE", QStringLiteral("/api/v1/device"), {}, { basic("admin", "demo") }));
    QCOMPARE(response.status, 405);
    QCOMPARE(response.header("Allow"), QByteArray("GET"));
    QCOMPARE(emulator.handle(makeRequest("GET", QStringLiteral("/admin/nothing"))).status, 404);
}

// Over loopback HTTP ---------------------------------------------------------------------------

void TestTenantEmulator::httpRoundTrip()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start(
        { QStringLiteral("--devices"), QStringLiteral("200"), QStringLiteral("--processing-ms"),
            QStringLiteral("50"), QStringLiteral("--port"), QStringLiteral("0") }));
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    const QString tenant = TenantEmulator::defaultTenantId().toString(QUuid::WithoutBraces);

    // Inventory with Basic auth.
    HttpResult result
        = send(manager, "GET", emulator.url(QStringLiteral("/api/v1/device?dmPartitionId=1001&rows=200")), {},
            { basic("admin", "demo") });
    QCOMPARE(result.status, 200);
    const QJsonArray devices = QJsonDocument::fromJson(result.body)
                                   .object()
                                   .value(QStringLiteral("result"))
                                   .toObject()
                                   .value(QStringLiteral("searchResults"))
                                   .toArray();
    QCOMPARE(devices.size(), 200);
    QString azureId;
    for (const auto &device : devices) {
        azureId = device.toObject().value(QStringLiteral("azureDeviceId")).toString();
        if (!azureId.isEmpty())
            break;
    }
    QVERIFY(!azureId.isEmpty());

    // Token, then discovery with the Graph token.
    const auto token = [&](const QString &scope) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), TenantEmulator::defaultClientId());
        form.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("demo-secret"));
        form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
        const HttpResult reply = send(manager, "POST",
            emulator.url(QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token")),
            form.toString(QUrl::FullyEncoded).toUtf8(),
            { { "Content-Type", "application/x-www-form-urlencoded" } });
        return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("access_token")).toString();
    };
    const QString graph = token(kGraphScope);
    const QString manage = token(kManageScope);
    QVERIFY(!graph.isEmpty());
    QVERIFY(!manage.isEmpty());
    QUrl principals = emulator.url(QStringLiteral("/v1.0/servicePrincipals"));
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("$filter"), QStringLiteral("appId eq '%1'").arg(kIntuneAppId));
    principals.setQuery(filter);
    result = send(manager, "GET", principals, {}, { bearer(graph) });
    QCOMPARE(result.status, 200);
    const QString principal = QJsonDocument::fromJson(result.body)
                                  .object()
                                  .value(QStringLiteral("value"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
    result = send(manager, "GET",
        emulator.url(QStringLiteral("/v1.0/servicePrincipals/%1/endPoints").arg(principal)), {},
        { bearer(graph) });
    QCOMPARE(result.status, 200);
    QString tenantSync;
    QString deviceSync;
    for (const auto &entry :
        QJsonDocument::fromJson(result.body).object().value(QStringLiteral("value")).toArray()) {
        const QString provider = entry.toObject().value(QStringLiteral("providerName")).toString();
        if (provider == QLatin1String("PartnerTenantDataSyncService"))
            tenantSync = entry.toObject().value(QStringLiteral("uri")).toString();
        if (provider == QLatin1String("PartnerDeviceDataSyncService"))
            deviceSync = entry.toObject().value(QStringLiteral("uri")).toString();
    }
    QCOMPARE(tenantSync, emulator.baseUrl() + QStringLiteral("/partner/tenant"));
    QCOMPARE(deviceSync, emulator.baseUrl() + QStringLiteral("/partner/device"));

    // The OData-style paths, quotes and parentheses included, reach the emulator.
    result = send(manager, "PUT",
        QUrl(tenantSync + QStringLiteral("/PartnerTenants(guid'%1')?api-version=1.6").arg(tenant)),
        "{\"TenantId\":\"" + tenant.toLatin1() + "\",\"Provisioned\":true}",
        { bearer(manage), { "Content-Type", "application/json" } });
    QCOMPARE(result.status, 200);
    result = send(manager, "PUT",
        QUrl(tenantSync + QStringLiteral("/PartnerTenantHeartbeat(guid'%1')?api-version=1.6").arg(tenant)),
        "{\"Timestamp\":\"" + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() + "\"}",
        { bearer(manage), { "Content-Type", "application/json" } });
    QCOMPARE(result.status, 200);

    const QUuid messageId = QUuid::createUuid();
    const QUrl messageUrl(deviceSync
        + QStringLiteral("/DataUploadMessages(guid'%1')?api-version=1.2")
              .arg(messageId.toString(QUuid::WithoutBraces)));
    const QJsonArray entities { complianceEntity(azureId) };
    const QJsonObject body { { QStringLiteral("TenantId"), tenant },
        { QStringLiteral("UploadTime"), QStringLiteral("2024-05-01T10:00:00Z") },
        { QStringLiteral("Content"),
            QString::fromUtf8(QJsonDocument(entities).toJson(QJsonDocument::Compact)) } };
    result = send(manager, "PUT", messageUrl, QJsonDocument(body).toJson(QJsonDocument::Compact),
        { bearer(manage), { "Content-Type", "application/json" } });
    QCOMPARE(result.status, 202);
    QCOMPARE(QJsonDocument::fromJson(result.body).object().value(QStringLiteral("Status")).toString(),
        QStringLiteral("InProgress"));
    QString status;
    for (int attempt = 0; attempt < 50 && status != QLatin1String("Completed"); ++attempt) {
        QTest::qWait(20);
        result = send(manager, "GET", messageUrl, {}, { bearer(manage) });
        QCOMPARE(result.status, 200);
        status = QJsonDocument::fromJson(result.body).object().value(QStringLiteral("Status")).toString();
    }
    QCOMPARE(status, QStringLiteral("Completed"));

    result = send(manager, "GET", emulator.url(QStringLiteral("/admin/stats")));
    QCOMPARE(result.status, 200);
    const QJsonObject stats = QJsonDocument::fromJson(result.body).object();
    QCOMPARE(stats.value(QStringLiteral("messagesCompleted")).toInteger(), 1);
    QCOMPARE(stats.value(QStringLiteral("heartbeats")).toInteger(), 1);
    QCOMPARE(stats.value(QStringLiteral("devicesReported")).toInteger(), 1);
    QCOMPARE(stats.value(QStringLiteral("tokensIssued")).toInteger(), 2);
}

void TestTenantEmulator::httpConnectionReset()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start({ QStringLiteral("--devices"), QStringLiteral("10"),
        QStringLiteral("--rate-reset"), QStringLiteral("1") }));
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    const HttpResult result = send(manager, "GET",
        emulator.url(QStringLiteral("/api/v1/tenant/partition/device")), {}, { basic("admin", "demo") });
    QVERIFY2(result.error != QNetworkReply::NoError, qPrintable(QString::number(result.error)));
    QCOMPARE(result.status, 0);
    // The admin endpoints still answer, and counted the resets.
    const HttpResult stats = send(manager, "GET", emulator.url(QStringLiteral("/admin/stats")));
    QCOMPARE(stats.status, 200);
    QVERIFY(QJsonDocument::fromJson(stats.body)
                .object()
                .value(QStringLiteral("faultsInjected"))
                .toObject()
                .value(QStringLiteral("reset"))
                .toInteger()
        >= 1);
}

void TestTenantEmulator::httpDelay()
{
    EmulatorProcess emulator;
    QVERIFY(
        emulator.start({ QStringLiteral("--devices"), QStringLiteral("10"), QStringLiteral("--rate-delay"),
            QStringLiteral("1"), QStringLiteral("--delay-ms"), QStringLiteral("600") }));
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    const HttpResult delayed = send(manager, "GET",
        emulator.url(QStringLiteral("/api/v1/tenant/partition/device")), {}, { basic("admin", "demo") });
    QCOMPARE(delayed.status, 200);
    QVERIFY2(delayed.elapsedMs >= 550, qPrintable(QString::number(delayed.elapsedMs)));
    QVERIFY(QJsonDocument::fromJson(delayed.body).isObject());
    const HttpResult stats = send(manager, "GET", emulator.url(QStringLiteral("/admin/stats")));
    QVERIFY2(stats.elapsedMs < 550, "admin requests are never delayed");
}

void TestTenantEmulator::httpThrottle()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start({ QStringLiteral("--devices"), QStringLiteral("10"), QStringLiteral("--rate-429"),
        QStringLiteral("1"), QStringLiteral("--retry-after"), QStringLiteral("3") }));
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    const HttpResult result = send(manager, "GET",
        emulator.url(QStringLiteral("/api/v1/tenant/partition/device")), {}, { basic("admin", "demo") });
    QCOMPARE(result.status, 429);
    QCOMPARE(result.retryAfter, QByteArray("3"));
}

void TestTenantEmulator::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("host") << QStringList { QStringLiteral("--host"), QStringLiteral("0.0.0.0") }
                          << QStringLiteral("--host");
    QTest::newRow("rate") << QStringList { QStringLiteral("--rate-429"), QStringLiteral("1.5") }
                          << QStringLiteral("--rate-429");
    QTest::newRow("port") << QStringList { QStringLiteral("--port"), QStringLiteral("70000") }
                          << QStringLiteral("--port");
    QTest::newRow("devices") << QStringList { QStringLiteral("--devices"), QStringLiteral("many") }
                             << QStringLiteral("--devices");
    QTest::newRow("tenant") << QStringList { QStringLiteral("--tenant-id"), QStringLiteral("contoso") }
                            << QStringLiteral("--tenant-id");
    QTest::newRow("lifetime") << QStringList { QStringLiteral("--token-lifetime"), QStringLiteral("0") }
                              << QStringLiteral("--token-lifetime");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--colour") } << QStringLiteral("colour");
}

void TestTenantEmulator::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QProcess process;
    process.start(QStringLiteral(ASC_EMULATOR_PATH), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(named), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTenantEmulator)
#include "tst_tenantemulator.moc"
