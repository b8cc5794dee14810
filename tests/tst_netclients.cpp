#include "models/azurepayload.h"
#include "app/net/authorizedclient.h"
#include "app/net/endpointdiscovery.h"
#include "app/net/entrauserdirectory.h"
#include "app/net/httptransport.h"
#include "app/net/inventoryclient.h"
#include "app/net/networkservices.h"
#include "app/net/partnercomplianceclient.h"
#include "app/net/tokenprovider.h"
#include "app/reporting/reportplanner.h"
#include "tests/emulatorprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

#ifndef ASC_EMULATOR_PATH
#error "ASC_EMULATOR_PATH must name the azure-status-emulator program"
#endif

// The network clients against the real tenant emulator over loopback HTTP: the program
// is started with a fleet of 2,500 devices and driven through its admin endpoints. A
// second one, on a manual clock, takes the uploads whose processing the tests follow:
// a message stays InProgress until the test moves that clock, never by a race.
namespace {

const QString kTenant = QStringLiteral("3a9f6c2e-1b7d-4e58-9c0a-5d4e3f2a1b0c");
const QString kClient = QStringLiteral("11111111-2222-4333-8444-555555555555");
const QString kSecret = QStringLiteral("tst-netclients-secret");
const QString kMdmPassword = QStringLiteral("mdm-pass");
constexpr int kDevices = 2500;

struct Answer
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

template <typename Predicate> bool waitFor(Predicate predicate, int timeoutMs = 20000)
{
    return QTest::qWaitFor(predicate, timeoutMs);
}

} // namespace

class TestNetClients final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void tokenFetchAndCaching();
    void wrongCredentialsNameTheEndpoint();
    void discoveryAndCache();
    void discoveryOverridesWin();
    void inventoryPullsEveryDevice();
    void inventoryWithFilter();
    void inventoryFollowsTheServersPageSize();
    void oneDeviceAndForceCheckin();
    void policies();
    void uploadBeforeProvisioningIsRefused();
    void provisionHeartbeatAndHealth();
    void uploadIsConfirmed();
    void sameMessageTwiceCountsOnce();
    void tokenRefreshedOnceOn401();
    void throttlingHonoursRetryAfter();
    void malformedBodiesNameTheEndpoint();
    void asyncFailureCarriesErrorDetail();
    void unknownDeviceFailsNamingIt();
    void unknownMessageIsUnknown();
    void uploadAnswers_data();
    void uploadAnswers();
    void uploadRefusedInBand();
    void provisioningRefusedInBand();
    void heartbeatCarriesResync();
    void deprovisionStopsUploads();
    void usersLookedUpInBatches();
    void usersThrottledInsideABatch();

private:
    Answer admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QJsonObject stats() { return m_emulator.stats(); }
    void setFaults(const QJsonObject &faults);
    QList<DeviceRecord> reportableDevices(int count);
    PartnerComplianceClient::UploadResult upload(const QUuid &id, const QByteArray &content);
    PartnerComplianceClient::MessageStatus status(const QUuid &id);
    PartnerComplianceClient::MessageStatus waitUntilProcessed(const QUuid &id);
    // The same on the manual-clock emulator.
    PartnerComplianceClient::UploadResult uploadManual(const QUuid &id, const QByteArray &content);
    PartnerComplianceClient::MessageStatus statusManual(const QUuid &id);
    QList<EntraUserDirectory::Lookup> lookUp(const QStringList &names);
    void provisionManual();

    EmulatorProcess m_emulator;
    EmulatorProcess m_manual; // --manual-clock, the same fleet
    std::unique_ptr<NetworkServices> m_netManual;
    QUrl m_base;
    NetSettings m_settings;
    std::unique_ptr<NetworkServices> m_net;
    QNetworkAccessManager m_admin;
    QList<DeviceRecord> m_pulled; // every device, from inventoryPullsEveryDevice
};

void TestNetClients::initTestCase()
{
    QString error;
    QVERIFY2(m_emulator.start({ QStringLiteral("--devices"), QString::number(kDevices), QStringLiteral("--token-lifetime"),
                                  QStringLiteral("3600"), QStringLiteral("--processing-ms"), QStringLiteral("200"),
                                  QStringLiteral("--tenant-id"), kTenant, QStringLiteral("--client-id"), kClient,
                                  QStringLiteral("--client-secret"), kSecret, QStringLiteral("--mdm-password"), kMdmPassword },
                 &error),
        qPrintable(error));
    m_base = m_emulator.baseUrl();
    QVERIFY2(m_manual.start({ QStringLiteral("--devices"), QString::number(kDevices), QStringLiteral("--manual-clock"),
                                 QStringLiteral("--processing-ms"), QStringLiteral("200"), QStringLiteral("--tenant-id"),
                                 kTenant, QStringLiteral("--client-id"), kClient, QStringLiteral("--client-secret"),
                                 kSecret, QStringLiteral("--mdm-password"), kMdmPassword },
                 &error),
        qPrintable(error));

    m_settings = NetSettings::forSingleHost(m_base);
    m_settings.mdmUser = QStringLiteral("admin");
    m_settings.mdmPassword = kMdmPassword;
    m_settings.tenantId = kTenant;
    m_settings.clientId = kClient;
    m_settings.clientSecret = kSecret;
    m_settings.pageSize = 300;
    m_settings.requestTimeoutMs = 10000;
    m_settings.backoffBaseMs = 50;
    m_settings.backoffCapMs = 500;
    m_net = std::make_unique<NetworkServices>(m_settings);
    NetSettings manual = m_settings;
    const QUrl manualBase = m_manual.baseUrl();
    manual.mdmBaseUrl = manual.loginBaseUrl = manual.graphBaseUrl = manualBase;
    m_netManual = std::make_unique<NetworkServices>(manual);
}

void TestNetClients::cleanupTestCase()
{
    m_net.reset();
    m_netManual.reset();
    m_emulator.stop();
    m_manual.stop();
}

Answer TestNetClients::admin(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    const EmulatorProcess::Reply reply = m_emulator.send(method, path,
        body.isEmpty() && method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    return Answer { reply.status, reply.body };
}

void TestNetClients::setFaults(const QJsonObject &faults)
{
    m_emulator.setFaults(faults);
}

QList<DeviceRecord> TestNetClients::reportableDevices(int count)
{
    QList<DeviceRecord> devices;
    // Devices Azure can take: an Azure device id and a user Entra knows by object id.
    for (const DeviceRecord &device : std::as_const(m_pulled)) {
        if (ReportPlanner::canReport(device) && devices.size() < count)
            devices.append(device);
    }
    return devices;
}

PartnerComplianceClient::UploadResult TestNetClients::upload(const QUuid &id, const QByteArray &content)
{
    std::optional<PartnerComplianceClient::UploadResult> result;
    m_net->partner()->uploadMessage(
        id, content, this, [&result](const PartnerComplianceClient::UploadResult &r) { result = r; });
    if (!waitFor([&result] { return result.has_value(); }, 30000))
        qFatal("no answer to the upload");
    return *result;
}

PartnerComplianceClient::MessageStatus TestNetClients::status(const QUuid &id)
{
    std::optional<PartnerComplianceClient::MessageStatus> result;
    m_net->partner()->messageStatus(
        id, this, [&result](const PartnerComplianceClient::MessageStatus &s) { result = s; });
    if (!waitFor([&result] { return result.has_value(); }, 30000))
        qFatal("no answer to the status request");
    return *result;
}

PartnerComplianceClient::MessageStatus TestNetClients::waitUntilProcessed(const QUuid &id)
{
    // Processing takes 200 ms of the manual clock: past it, the message is settled.
    m_manual.advanceClock(250);
    return statusManual(id);
}

PartnerComplianceClient::UploadResult TestNetClients::uploadManual(const QUuid &id, const QByteArray &content)
{
    std::optional<PartnerComplianceClient::UploadResult> result;
    m_netManual->partner()->uploadMessage(
        id, content, this, [&result](const PartnerComplianceClient::UploadResult &r) { result = r; });
    if (!waitFor([&result] { return result.has_value(); }, 30000))
        qFatal("no answer to the upload");
    return *result;
}

PartnerComplianceClient::MessageStatus TestNetClients::statusManual(const QUuid &id)
{
    std::optional<PartnerComplianceClient::MessageStatus> result;
    m_netManual->partner()->messageStatus(
        id, this, [&result](const PartnerComplianceClient::MessageStatus &s) { result = s; });
    if (!waitFor([&result] { return result.has_value(); }, 30000))
        qFatal("no answer to the status request");
    return *result;
}

void TestNetClients::provisionManual()
{
    std::optional<QString> provisioned;
    m_netManual->partner()->setProvisioning(PartnerComplianceClient::Provisioning::Provision, this,
        [&provisioned](const QString &error) { provisioned = error; });
    QTRY_VERIFY(provisioned.has_value());
    QVERIFY2(provisioned->isEmpty(), qPrintable(*provisioned));
}

QList<EntraUserDirectory::Lookup> TestNetClients::lookUp(const QStringList &names)
{
    std::optional<QList<EntraUserDirectory::Lookup>> result;
    m_net->users()->lookUp(names, this, [&result](const QList<EntraUserDirectory::Lookup> &r) { result = r; });
    if (!waitFor([&result] { return result.has_value(); }, 30000))
        qFatal("no answer to the user look-up");
    return *result;
}

void TestNetClients::tokenFetchAndCaching()
{
    TokenProvider *tokens = m_net->tokens();
    const qint64 issuedBefore = stats().value(QLatin1String("tokensIssued")).toInteger();
    QStringList got;
    QStringList errors;
    const auto collect = [&got, &errors](const QString &token, const QString &error) {
        got.append(token);
        errors.append(error);
    };
    // Concurrent requests for one scope share one token request.
    const QDateTime askedAt = QDateTime::currentDateTimeUtc();
    tokens->token(TokenProvider::graphScope(), this, collect);
    tokens->token(TokenProvider::graphScope(), this, collect);
    QTRY_COMPARE(got.size(), 2);
    const QDateTime answeredAt = QDateTime::currentDateTimeUtc();
    QCOMPARE(errors, QStringList(2, QString()));
    QVERIFY(!got.at(0).isEmpty());
    QCOMPARE(got.at(1), got.at(0));
    // Cached: no new request.
    tokens->token(TokenProvider::graphScope(), this, collect);
    QTRY_COMPARE(got.size(), 3);
    QCOMPARE(got.at(2), got.at(0));
    // The management scope (double slash and all) is its own token.
    tokens->token(TokenProvider::managementScope(), this, collect);
    QTRY_COMPARE(got.size(), 4);
    QVERIFY2(errors.at(3).isEmpty(), qPrintable(errors.at(3)));
    QVERIFY(got.at(3) != got.at(0));
    QCOMPARE(tokens->tokenRequestCount(), 2);
    QCOMPARE(stats().value(QLatin1String("tokensIssued")).toInteger(), issuedBefore + 2);
    // Replaced 5 minutes before the hour is up, the hour counted from the answer's arrival:
    // between the moments taken around the request, however long the machine took.
    const QDateTime refreshAt = tokens->refreshTime(TokenProvider::graphScope());
    QVERIFY2(refreshAt >= askedAt.addSecs(3600 - 300) && refreshAt <= answeredAt.addSecs(3600 - 300),
        qPrintable(QStringLiteral("%1 not within %2 .. %3 + 55 min")
                       .arg(refreshAt.toString(Qt::ISODateWithMs), askedAt.toString(Qt::ISODateWithMs),
                           answeredAt.toString(Qt::ISODateWithMs))));
}

void TestNetClients::wrongCredentialsNameTheEndpoint()
{
    NetSettings wrong = m_settings;
    wrong.clientSecret = QStringLiteral("not-the-secret");
    wrong.mdmPassword = QStringLiteral("not-the-password");
    NetworkServices net(wrong);
    std::optional<QString> tokenError;
    net.tokens()->token(TokenProvider::graphScope(), this,
        [&tokenError](const QString &, const QString &error) { tokenError = error; });
    QTRY_VERIFY(tokenError.has_value());
    QVERIFY2(tokenError->startsWith(QStringLiteral("Token endpoint (/%1/oauth2/v2.0/token): ").arg(kTenant)),
        qPrintable(*tokenError));
    QVERIFY2(tokenError->contains(QLatin1String("invalid_client")), qPrintable(*tokenError));

    std::optional<QString> mdmError;
    net.inventory()->fetchPolicies(
        this, [&mdmError](const QList<CompliancePolicy> &, const QString &error) { mdmError = error; });
    QTRY_VERIFY(mdmError.has_value());
    QVERIFY2(mdmError->startsWith(QLatin1String(
                 "MDM partitions (/api/v1/tenant/partition/device): the server answered HTTP 401")),
        qPrintable(*mdmError));
}

void TestNetClients::discoveryAndCache()
{
    EndpointDiscovery *discovery = m_net->discovery();
    QDateTime clock = QDateTime::currentDateTimeUtc();
    discovery->setClock([&clock] { return clock; });
    const auto restoreClock = qScopeGuard([discovery] { discovery->setClock({}); });
    QList<PartnerEndpoints> found;
    QStringList errors;
    const auto collect = [&found, &errors](const PartnerEndpoints &endpoints, const QString &error) {
        found.append(endpoints);
        errors.append(error);
    };
    QSignalSpy announced(discovery, &EndpointDiscovery::discovered);
    discovery->endpoints(this, collect);
    discovery->endpoints(this, collect); // shares the running discovery
    QTRY_COMPARE(found.size(), 2);
    QCOMPARE(announced.size(), 1); // one Graph lookup, announced once (the settings keep it)
    QCOMPARE(announced.constFirst().constFirst().value<PartnerEndpoints>().deviceSync.path(),
        QStringLiteral("/partner/device"));
    QCOMPARE(errors, QStringList(2, QString()));
    QCOMPARE(discovery->discoveryCount(), 1);
    QCOMPARE(found.at(0).tenantSync.toString(), m_base.toString() + QStringLiteral("/partner/tenant"));
    QCOMPARE(found.at(0).deviceSync.toString(), m_base.toString() + QStringLiteral("/partner/device"));

    const qint64 requestsBefore = stats().value(QLatin1String("requestsTotal")).toInteger();
    clock = clock.addSecs(23 * 3600);
    discovery->endpoints(this, collect);
    QTRY_COMPARE(found.size(), 3);
    QCOMPARE(discovery->discoveryCount(), 1);
    QCOMPARE(announced.size(), 1); // a cached answer is not announced again
    // Served from the cache: the emulator saw no request (admin requests are not counted).
    QCOMPARE(stats().value(QLatin1String("requestsTotal")).toInteger(), requestsBefore);

    clock = clock.addSecs(3600 + 1); // past the 24 h TTL
    discovery->endpoints(this, collect);
    QTRY_COMPARE(found.size(), 4);
    QCOMPARE(discovery->discoveryCount(), 2);
    QCOMPARE(found.at(3).deviceSync, found.at(0).deviceSync);
}

void TestNetClients::discoveryOverridesWin()
{
    NetSettings overridden = m_settings;
    overridden.tenantSyncUrl = QUrl(m_base.toString() + QStringLiteral("/partner/tenant"));
    overridden.deviceSyncUrl = QUrl(QStringLiteral("http://127.0.0.1:1/elsewhere"));
    NetworkServices net(overridden);
    std::optional<PartnerEndpoints> found;
    net.discovery()->endpoints(
        this, [&found](const PartnerEndpoints &endpoints, const QString &) { found = endpoints; });
    QTRY_VERIFY(found.has_value());
    QCOMPARE(found->deviceSync, overridden.deviceSyncUrl);
    QCOMPARE(found->tenantSync, overridden.tenantSyncUrl);
    QCOMPARE(net.discovery()->discoveryCount(), 0);
    QCOMPARE(net.tokens()->tokenRequestCount(), 0);

    // Only one overridden: the other is discovered.
    overridden.tenantSyncUrl.clear();
    net.setSettings(overridden);
    found.reset();
    net.discovery()->endpoints(
        this, [&found](const PartnerEndpoints &endpoints, const QString &) { found = endpoints; });
    QTRY_VERIFY(found.has_value());
    QCOMPARE(found->deviceSync, overridden.deviceSyncUrl);
    QCOMPARE(found->tenantSync.toString(), m_base.toString() + QStringLiteral("/partner/tenant"));
    QCOMPARE(net.discovery()->discoveryCount(), 1);
}

void TestNetClients::inventoryPullsEveryDevice()
{
    InventoryClient *inventory = m_net->inventory();
    int pages = 0;
    QList<QPair<qint64, qint64>> progress;
    connect(inventory, &InventoryClient::pullProgress, this, [&progress](qint64 done, qint64 total) {
        progress.append({ done, total });
    });
    std::optional<QString> finished;
    QStringList recordErrors;
    inventory->fetchAllDevices(
        this,
        [this, &pages](const QList<DeviceRecord> &page, qint64, qint64) {
            ++pages;
            m_pulled += page;
            return true;
        },
        [&finished, &recordErrors](const QString &error, const QStringList &errors) {
            finished = error;
            recordErrors = errors;
        });
    QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 60000);
    disconnect(inventory, &InventoryClient::pullProgress, this, nullptr);
    QVERIFY2(finished->isEmpty(), qPrintable(*finished));
    QVERIFY(recordErrors.isEmpty());
    QCOMPARE(m_pulled.size(), kDevices);
    QCOMPARE(pages, (kDevices + 299) / 300);
    QCOMPARE(progress.size(), pages);
    QCOMPARE(progress.constLast(), qMakePair(qint64(kDevices), qint64(kDevices)));
    QSet<qint64> ids;
    for (const DeviceRecord &device : std::as_const(m_pulled))
        ids.insert(device.id);
    QCOMPARE(ids.size(), kDevices);

    // What the emulator serves, read without our client, by Ivanti's largest page (500).
    QJsonArray served;
    for (int start = 0; start < kDevices; start += 500) {
        QUrl url = m_base;
        url.setPath(QStringLiteral("/api/v1/device"));
        url.setQuery(QStringLiteral("dmPartitionId=1001&rows=500&start=%1").arg(start));
        QNetworkRequest request(url);
        request.setRawHeader(
            "Authorization", "Basic " + (QStringLiteral("admin:") + kMdmPassword).toUtf8().toBase64());
        QNetworkReply *reply = m_admin.get(request);
        QVERIFY(waitFor([reply] { return reply->isFinished(); }));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonArray page = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(QLatin1String("result"))
                                    .toObject()
                                    .value(QLatin1String("searchResults"))
                                    .toArray();
        reply->deleteLater();
        for (const QJsonValue &row : page)
            served.append(row);
    }
    QCOMPARE(served.size(), kDevices);
    int withObjectId = 0;
    int byAadDeviceId = 0;
    int unknownCodes = 0;
    int withViolations = 0;
    for (qsizetype i = 0; i < served.size(); ++i) {
        const QJsonObject raw = served.at(i).toObject();
        const DeviceRecord &device = m_pulled.at(i);
        QCOMPARE(device.id, raw.value(QLatin1String("id")).toInteger());
        QCOMPARE(device.guid, QUuid::fromString(raw.value(QLatin1String("guid")).toString()));
        QCOMPARE(device.name, raw.value(QLatin1String("deviceName")).toString());
        QCOMPARE(device.model, raw.value(QLatin1String("deviceModel")).toString());
        QCOMPARE(Platforms::wireName(device.platform), raw.value(QLatin1String("platformType")).toString());
        QCOMPARE(device.osVersion, raw.value(QLatin1String("platformVersion")).toString());
        QCOMPARE(device.serialNumber, raw.value(QLatin1String("serialNumber")).toString());
        QCOMPARE(device.lastCheckin.toMSecsSinceEpoch(), raw.value(QLatin1String("lastCheckin")).toInteger());
        QCOMPARE(device.registrationState, raw.value(QLatin1String("registrationState")).toString());
        QCOMPARE(device.jailbroken, raw.value(QLatin1String("jailbroken")).toBool());
        QCOMPARE(device.quarantined, raw.value(QLatin1String("quarantined")).toBool());
        QCOMPARE(device.user, raw.value(QLatin1String("emailAddress")).toString());
        // A few records name the Azure device id aadDeviceId.
        const QString azureId = raw.contains(QLatin1String("aadDeviceId"))
            ? raw.value(QLatin1String("aadDeviceId")).toString()
            : raw.value(QLatin1String("azureDeviceId")).toString();
        byAadDeviceId += raw.contains(QLatin1String("aadDeviceId")) ? 1 : 0;
        QCOMPARE(device.azureDeviceId.toString(), azureId.toLower());
        QCOMPARE(device.userPrincipalName, raw.value(QLatin1String("azureUserUpn")).toString());
        const QString objectId = raw.value(QLatin1String("azureUserId")).toString();
        QCOMPARE(device.entraUserId, objectId.isEmpty() ? QUuid() : QUuid::fromString(objectId));
        QCOMPARE(device.entraUserState,
            objectId.isEmpty() ? EntraUserState::NotLookedUp : EntraUserState::Known);
        withObjectId += objectId.isEmpty() ? 0 : 1;
        QStringList easIds;
        for (const QJsonValue &id : raw.value(QLatin1String("easDeviceIdentifiers")).toArray())
            easIds.append(id.toString());
        QCOMPARE(device.easIds, easIds);
        const QString code = raw.value(QLatin1String("azureClientStatusCode")).toString();
        QCOMPARE(device.clientStatus.wireName(),
            code == QLatin1String("User_Cancelled") ? QStringLiteral("User_Canceled") : code);
        if (!code.isEmpty() && !device.clientStatus.isKnown()) {
            ++unknownCodes; // kept raw and flagged, never dropped
            QCOMPARE(device.clientStatus.wireName(), code);
        }
        const QJsonArray violations = raw.value(QLatin1String("violatedPolicies")).toArray();
        QCOMPARE(device.violations.size(), violations.size());
        if (!violations.isEmpty()) {
            ++withViolations;
            QCOMPARE(device.violations.at(0).policyId,
                violations.at(0).toObject().value(QLatin1String("policyId")).toInteger());
        }
    }
    QVERIFY2(unknownCodes > 0, "the demo fleet should carry unknown client status codes");
    QVERIFY(withViolations > 0);
    // Both forms of the field occur: most records carry the object id, some only the UPN.
    QVERIFY(withObjectId > kDevices / 2 && withObjectId < kDevices);
    QVERIFY(byAadDeviceId > 0);
}

void TestNetClients::inventoryWithFilter()
{
    std::optional<QString> finished;
    QList<DeviceRecord> jailbroken;
    m_net->inventory()->fetchAllDevices(
        this,
        [&jailbroken](const QList<DeviceRecord> &page, qint64, qint64) {
            jailbroken += page;
            return true;
        },
        [&finished](const QString &error, const QStringList &) { finished = error; },
        QStringLiteral("jailbroken=true and registrationState=ACTIVE"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 30000);
    QVERIFY2(finished->isEmpty(), qPrintable(*finished));
    int expected = 0;
    for (const DeviceRecord &device : std::as_const(m_pulled))
        expected += device.jailbroken ? 1 : 0;
    QCOMPARE(jailbroken.size(), expected);
    for (const DeviceRecord &device : std::as_const(jailbroken))
        QVERIFY(device.jailbroken);

    // A query the MDM refuses: its message, naming the endpoint.
    finished.reset();
    m_net->inventory()->fetchAllDevices(
        this, [](const QList<DeviceRecord> &, qint64, qint64) { return true; },
        [&finished](const QString &error, const QStringList &) { finished = error; },
        QStringLiteral("colour=blue"));
    QTRY_VERIFY(finished.has_value());
    QVERIFY2(
        finished->startsWith(QLatin1String("MDM device list (/api/v1/device): the server answered HTTP 400")),
        qPrintable(*finished));
}

// Pages are asked for ahead, at the offsets the page size gives. A server that sends fewer
// rows than asked (it pages by its own size) makes those offsets wrong: the client drops
// the pages asked ahead, asks again from where it is, by the server's size, and delivers
// every device once, in order.
void TestNetClients::inventoryFollowsTheServersPageSize()
{
    QVERIFY(!m_pulled.isEmpty()); // from inventoryPullsEveryDevice
    InventoryClient *inventory = m_net->inventory();
    bool resumed = false;
    QList<qint64> ids;
    QList<qint64> pageSizes;
    std::optional<QString> finished;
    inventory->fetchAllDevices(
        this,
        [&ids, &pageSizes](const QList<DeviceRecord> &page, qint64, qint64) {
            pageSizes.append(page.size());
            for (const DeviceRecord &device : page)
                ids.append(device.id);
            return true;
        },
        [&finished](const QString &error, const QStringList &) { finished = error; }, {},
        // The first page is always asked for; the next ones wait until the server caps
        // its pages.
        [&resumed] { return resumed; });
    QTRY_COMPARE(pageSizes.size(), 1);
    QCOMPARE(pageSizes.first(), 300);
    setFaults(QJsonObject { { QStringLiteral("pageRowsCap"), 120 } });
    resumed = true;
    inventory->resumePulls();
    QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 60000);
    setFaults(QJsonObject { { QStringLiteral("pageRowsCap"), 0 } });
    QVERIFY2(finished->isEmpty(), qPrintable(*finished));
    QList<qint64> expected;
    for (const DeviceRecord &device : std::as_const(m_pulled))
        expected.append(device.id);
    QCOMPARE(ids, expected);
    QCOMPARE(pageSizes.size(), 1 + (kDevices - 300 + 119) / 120);
    for (qsizetype i = 1; i + 1 < pageSizes.size(); ++i)
        QCOMPARE(pageSizes.at(i), 120);
}

void TestNetClients::oneDeviceAndForceCheckin()
{
    const DeviceRecord expected = m_pulled.at(41);
    std::optional<QPair<std::optional<DeviceRecord>, QString>> answer;
    m_net->inventory()->fetchDevice(
        expected.id, this, [&answer](const std::optional<DeviceRecord> &device, const QString &error) {
            answer = qMakePair(device, error);
        });
    QTRY_VERIFY(answer.has_value());
    QVERIFY2(answer->first.has_value(), qPrintable(answer->second));
    QCOMPARE(answer->first->guid, expected.guid);
    QCOMPARE(answer->first->name, expected.name);
    QCOMPARE(answer->first->clientStatus, expected.clientStatus);

    answer.reset();
    m_net->inventory()->fetchDevice(
        987654, this, [&answer](const std::optional<DeviceRecord> &device, const QString &error) {
            answer = qMakePair(device, error);
        });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!answer->first.has_value());
    QVERIFY2(answer->second.contains(
                 QLatin1String("MDM device (/api/v1/device/987654): the MDM has no device 987654")),
        qPrintable(answer->second));

    std::optional<QPair<int, QString>> checkin;
    m_net->inventory()->forceCheckin({ 1, 2, 3 }, this,
        [&checkin](int count, const QString &error) { checkin = qMakePair(count, error); });
    QTRY_VERIFY(checkin.has_value());
    QVERIFY2(checkin->second.isEmpty(), qPrintable(checkin->second));
    QCOMPARE(checkin->first, 3);
}

void TestNetClients::policies()
{
    std::optional<QString> error;
    QList<CompliancePolicy> policies;
    QStringList rejected;
    connect(m_net->inventory(), &InventoryClient::recordRejected, this,
        [&rejected](const QString &e) { rejected.append(e); });
    m_net->inventory()->fetchPolicies(this, [&](const QList<CompliancePolicy> &list, const QString &e) {
        policies = list;
        error = e;
    });
    QTRY_VERIFY(error.has_value());
    disconnect(m_net->inventory(), &InventoryClient::recordRejected, this, nullptr);
    QVERIFY2(error->isEmpty(), qPrintable(*error));
    QVERIFY(rejected.isEmpty());
    QVERIFY(!policies.isEmpty());
    for (const CompliancePolicy &policy : std::as_const(policies)) {
        QVERIFY(policy.id > 0);
        QVERIFY(!policy.name.isEmpty());
        QVERIFY(!policy.steps.isEmpty());
    }
    const CompliancePolicy &first = policies.at(0);
    QCOMPARE(first.rule, PolicyRule::Jailbroken);
    QCOMPARE(first.steps.constLast().action, ComplianceAction::Retire);
    // Every violation in the fleet names a policy the MDM lists.
    QSet<qint64> policyIds;
    for (const CompliancePolicy &policy : std::as_const(policies))
        policyIds.insert(policy.id);
    for (const DeviceRecord &device : std::as_const(m_pulled)) {
        for (const Violation &violation : device.violations)
            QVERIFY(policyIds.contains(violation.policyId));
    }
}

void TestNetClients::uploadBeforeProvisioningIsRefused()
{
    std::optional<QList<PartnerComplianceClient::PartnerHealth>> partners;
    m_net->partner()->partnerHealth(
        this, [&partners](const QList<PartnerComplianceClient::PartnerHealth> &list, const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            partners = list;
        });
    QTRY_VERIFY(partners.has_value());
    QCOMPARE(partners->size(), 1);
    QCOMPARE(partners->at(0).partnerState, QStringLiteral("unknown"));

    const QList<DeviceRecord> devices = reportableDevices(1);
    QCOMPARE(devices.size(), 1);
    const QJsonArray content = AzurePayload::entitiesFor(
        devices.at(0), AzureOutcome::Compliant, QDateTime::currentDateTimeUtc(), kTenant);
    const auto result = upload(QUuid::createUuid(), QJsonDocument(content).toJson(QJsonDocument::Compact));
    QVERIFY(!result.ok());
    QCOMPARE(result.httpStatus, 409);
    QVERIFY(!result.permanent); // provisioning fixes it
    QVERIFY2(result.error.startsWith(
                 QLatin1String("Partner device sync (DataUploadMessages): the server answered HTTP 409")),
        qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("not provisioned")), qPrintable(result.error));

    // Content that is not a JSON array never leaves the console.
    const auto local = upload(QUuid::createUuid(), "{\"EntityType\":1}");
    QVERIFY(!local.ok());
    QVERIFY(local.permanent);
    QCOMPARE(local.httpStatus, 0);
    QVERIFY2(local.error.contains(QLatin1String("not a JSON array")), qPrintable(local.error));
}

void TestNetClients::provisionHeartbeatAndHealth()
{
    std::optional<QString> provisioned;
    m_net->partner()->setProvisioning(PartnerComplianceClient::Provisioning::Provision, this,
        [&provisioned](const QString &error) { provisioned = error; });
    QTRY_VERIFY(provisioned.has_value());
    QVERIFY2(provisioned->isEmpty(), qPrintable(*provisioned));
    QVERIFY(stats().value(QLatin1String("provisioned")).toBool());

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    std::optional<QString> beat;
    m_net->partner()->heartbeat(
        this, [&beat](const PartnerComplianceClient::HeartbeatResult &result) { beat = result.error; });
    QTRY_VERIFY(beat.has_value());
    QVERIFY2(beat->isEmpty(), qPrintable(*beat));
    QCOMPARE(stats().value(QLatin1String("heartbeats")).toInteger(), 1);

    std::optional<QList<PartnerComplianceClient::PartnerHealth>> partners;
    std::optional<QString> healthError;
    m_net->partner()->partnerHealth(
        this, [&](const QList<PartnerComplianceClient::PartnerHealth> &list, const QString &error) {
            partners = list;
            healthError = error;
        });
    QTRY_VERIFY(partners.has_value());
    QVERIFY2(healthError->isEmpty(), qPrintable(*healthError));
    QCOMPARE(partners->size(), 1);
    const PartnerComplianceClient::PartnerHealth &health = partners->at(0);
    QCOMPARE(health.partnerState, QStringLiteral("enabled"));
    QVERIFY(health.lastHeartbeat.isValid());
    QVERIFY2(health.lastHeartbeat >= before, qPrintable(health.lastHeartbeat.toString(Qt::ISODateWithMs)));
    QVERIFY(!health.displayName.isEmpty());
    QVERIFY(health.iosOnboarded || health.androidOnboarded);
}

void TestNetClients::uploadIsConfirmed()
{
    const QList<DeviceRecord> devices = reportableDevices(3);
    QCOMPARE(devices.size(), 3);
    QJsonArray content;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const AzureOutcome outcomes[]
        = { AzureOutcome::Compliant, AzureOutcome::NonCompliant, AzureOutcome::RemovedFromAzure };
    for (int i = 0; i < 3; ++i) {
        const QJsonArray entities = AzurePayload::entitiesFor(devices.at(i), outcomes[i], now, kTenant);
        for (const QJsonValue &entity : entities)
            content.append(entity);
    }
    provisionManual();
    const QUuid id = QUuid::createUuid();
    const auto result = uploadManual(id, QJsonDocument(content).toJson(QJsonDocument::Compact));
    QVERIFY2(result.ok(), qPrintable(result.error));
    // The field's answer: 200 with ErrorCode "202" and no Status; only the GET says more.
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.status.state, PartnerComplianceClient::MessageStatus::InProgress);
    // The manual clock has not moved: still in progress, however long the test took.
    QCOMPARE(statusManual(id).state, PartnerComplianceClient::MessageStatus::InProgress);
    m_manual.advanceClock(150);
    QCOMPARE(statusManual(id).state, PartnerComplianceClient::MessageStatus::InProgress);
    const auto processed = waitUntilProcessed(id);
    QCOMPARE(PartnerComplianceClient::stateName(processed.state), QStringLiteral("Completed"));
    QVERIFY(processed.errorDetail.isEmpty());

    const QJsonObject message = m_manual.adminGet(
        QStringLiteral("/admin/messages/") + id.toString(QUuid::WithoutBraces), { QStringLiteral("entities") });
    QCOMPARE(message.value(QLatin1String("entities")).toInt(), 6);
    // What Azure keeps for the retired device: notManaged and notCompliant.
    const QJsonObject retired = m_manual.adminGet(
        QStringLiteral("/admin/devices/") + devices.at(2).azureDeviceId.toString(), { QStringLiteral("last") });
    const QJsonObject last = retired.value(QLatin1String("last")).toObject();
    const QString dump = QString::fromUtf8(QJsonDocument(last).toJson(QJsonDocument::Compact));
    QVERIFY2(dump.contains(QLatin1String("\"notManaged\"")), qPrintable(dump));
    QVERIFY2(dump.contains(QLatin1String("\"notCompliant\"")), qPrintable(dump));
}

void TestNetClients::sameMessageTwiceCountsOnce()
{
    m_manual.resetStats();
    const QList<DeviceRecord> devices = reportableDevices(2);
    QJsonArray content = AzurePayload::entitiesFor(
        devices.at(1), AzureOutcome::NonCompliant, QDateTime::currentDateTimeUtc(), kTenant);
    const QByteArray bytes = QJsonDocument(content).toJson(QJsonDocument::Compact);
    const QUuid id = QUuid::createUuid();
    const auto first = uploadManual(id, bytes);
    QVERIFY2(first.ok(), qPrintable(first.error));
    const auto second = uploadManual(id, bytes);
    QVERIFY2(second.ok(), qPrintable(second.error));
    const QJsonObject counts = m_manual.stats();
    QCOMPARE(counts.value(QLatin1String("messagesReceived")).toInteger(), 1);
    QCOMPARE(counts.value(QLatin1String("duplicateMessages")).toInteger(), 1);
    QCOMPARE(counts.value(QLatin1String("entitiesReceived")).toInteger(), 2);
    QCOMPARE(waitUntilProcessed(id).state, PartnerComplianceClient::MessageStatus::Completed);
    // A duplicate after processing is taken and not processed again.
    const auto third = uploadManual(id, bytes);
    QVERIFY2(third.ok(), qPrintable(third.error));
    QCOMPARE(statusManual(id).state, PartnerComplianceClient::MessageStatus::Completed);
    QCOMPARE(m_manual.stats().value(QLatin1String("messagesReceived")).toInteger(), 1);
    QCOMPARE(m_manual.stats().value(QLatin1String("duplicateMessages")).toInteger(), 2);
}

void TestNetClients::tokenRefreshedOnceOn401()
{
    const int reauthorizationsBefore = m_net->authorizedClient()->reauthorizations();
    const int tokenRequestsBefore = m_net->tokens()->tokenRequestCount();
    setFaults(QJsonObject { { QStringLiteral("expireTokensNow"), true } });
    // Both cached tokens are now refused: each scope is refreshed once, on its first 401.
    std::optional<QString> healthError;
    m_net->partner()->partnerHealth(
        this, [&healthError](const QList<PartnerComplianceClient::PartnerHealth> &, const QString &error) {
            healthError = error;
        });
    QTRY_VERIFY(healthError.has_value());
    QVERIFY2(healthError->isEmpty(), qPrintable(*healthError));
    const QUuid id = QUuid::createUuid();
    const auto result = upload(id,
        QJsonDocument(AzurePayload::entitiesFor(reportableDevices(1).at(0),
                          AzureOutcome::Compliant, QDateTime::currentDateTimeUtc(), kTenant))
            .toJson(QJsonDocument::Compact));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(m_net->authorizedClient()->reauthorizations(), reauthorizationsBefore + 2);
    QCOMPARE(m_net->tokens()->tokenRequestCount(), tokenRequestsBefore + 2);
    QVERIFY(stats().value(QLatin1String("faultsInjected")).toObject().value(QLatin1String("401")).toInteger()
        >= 2);
    // The fresh tokens stay good.
    QCOMPARE(status(id).state == PartnerComplianceClient::MessageStatus::Error, false);
    QCOMPARE(m_net->authorizedClient()->reauthorizations(), reauthorizationsBefore + 2);
}

void TestNetClients::throttlingHonoursRetryAfter()
{
    QCOMPARE(admin("POST", QStringLiteral("/admin/reset-stats")).status, 200);
    const quint64 retriesBefore = m_net->transport()->retryCount();
    setFaults(QJsonObject { { QStringLiteral("rate429"), 1.0 }, { QStringLiteral("retryAfterSeconds"), 1 } });
    // Throttled for a moment, then not.
    QTimer::singleShot(1500, this, [this] { setFaults(QJsonObject { { QStringLiteral("rate429"), 0.0 } }); });
    const QUuid id = QUuid::createUuid();
    QElapsedTimer timer;
    timer.start();
    const auto result = upload(id,
        QJsonDocument(AzurePayload::entitiesFor(reportableDevices(1).at(0),
                          AzureOutcome::NonCompliant, QDateTime::currentDateTimeUtc(), kTenant))
            .toJson(QJsonDocument::Compact));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(timer.elapsed() >= 1000);
    const QJsonObject counts = stats();
    QVERIFY(counts.value(QLatin1String("faultsInjected")).toObject().value(QLatin1String("429")).toInteger()
        >= 1);
    QCOMPARE(counts.value(QLatin1String("earlyRequests")).toInteger(), 0);
    QCOMPARE(counts.value(QLatin1String("messagesReceived")).toInteger(), 1);
    QVERIFY(m_net->transport()->retryCount() > retriesBefore);
}

void TestNetClients::malformedBodiesNameTheEndpoint()
{
    setFaults(QJsonObject { { QStringLiteral("rate429"), 0.0 }, { QStringLiteral("rateMalformed"), 1.0 } });
    std::optional<QString> healthError;
    m_net->partner()->partnerHealth(
        this, [&healthError](const QList<PartnerComplianceClient::PartnerHealth> &, const QString &error) {
            healthError = error;
        });
    QTRY_VERIFY(healthError.has_value());
    QVERIFY2(healthError->startsWith(QLatin1String(
                 "Graph partner health (complianceManagementPartners): the response is not JSON")),
        qPrintable(*healthError));

    const QUuid id = QUuid::createUuid();
    const auto result = upload(id,
        QJsonDocument(AzurePayload::entitiesFor(reportableDevices(1).at(0),
                          AzureOutcome::Compliant, QDateTime::currentDateTimeUtc(), kTenant))
            .toJson(QJsonDocument::Compact));
    // Any 2xx answer to an upload means sent, whatever its body: the outcome comes from the GET...
    QVERIFY2(result.ok(), qPrintable(result.error));
    // ...and a status answer that cannot be read names the endpoint and says so.
    const auto unreadable = status(id);
    QCOMPARE(unreadable.state, PartnerComplianceClient::MessageStatus::Error);
    QVERIFY(unreadable.unreadable);
    QVERIFY2(unreadable.error.startsWith(
                 QLatin1String("Partner device sync (DataUploadMessages): the response is not JSON")),
        qPrintable(unreadable.error));

    std::optional<QString> pullError;
    m_net->inventory()->fetchAllDevices(
        this, [](const QList<DeviceRecord> &, qint64, qint64) { return true; },
        [&pullError](const QString &error, const QStringList &) { pullError = error; });
    QTRY_VERIFY(pullError.has_value());
    QVERIFY2(
        pullError->startsWith(QLatin1String("MDM device list (/api/v1/device): the response is not JSON")),
        qPrintable(*pullError));
    setFaults(QJsonObject { { QStringLiteral("rateMalformed"), 0.0 } });

    // The message did arrive: asking again under the same id is answered, not processed twice.
    const auto again = upload(id,
        QJsonDocument(AzurePayload::entitiesFor(reportableDevices(1).at(0),
                          AzureOutcome::Compliant, QDateTime::currentDateTimeUtc(), kTenant))
            .toJson(QJsonDocument::Compact));
    QVERIFY2(again.ok(), qPrintable(again.error));
}

void TestNetClients::asyncFailureCarriesErrorDetail()
{
    m_manual.setFaults(QJsonObject { { QStringLiteral("rateAsyncFailed"), 1.0 } });
    const QUuid id = QUuid::createUuid();
    const auto result = uploadManual(id,
        QJsonDocument(AzurePayload::entitiesFor(reportableDevices(3).at(2),
                          AzureOutcome::Compliant, QDateTime::currentDateTimeUtc(), kTenant))
            .toJson(QJsonDocument::Compact));
    m_manual.setFaults(QJsonObject { { QStringLiteral("rateAsyncFailed"), 0.0 } });
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.status.state, PartnerComplianceClient::MessageStatus::InProgress);
    const auto processed = waitUntilProcessed(id);
    QVERIFY2(processed.state == PartnerComplianceClient::MessageStatus::Failed, qPrintable(processed.error));
    QVERIFY(!processed.errorDetail.isEmpty());
    QVERIFY(processed.error.isEmpty());
}

void TestNetClients::unknownDeviceFailsNamingIt()
{
    DeviceRecord stranger = reportableDevices(1).at(0);
    stranger.name = QStringLiteral("Stranger's phone");
    stranger.azureDeviceId = AzureDeviceId::fromUuid(QUuid::createUuid());
    const QUuid id = QUuid::createUuid();
    const auto result = uploadManual(id,
        QJsonDocument(AzurePayload::entitiesFor(
                          stranger, AzureOutcome::Compliant, QDateTime::currentDateTimeUtc(), kTenant))
            .toJson(QJsonDocument::Compact));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const auto processed = waitUntilProcessed(id);
    QCOMPARE(processed.state, PartnerComplianceClient::MessageStatus::Failed);
    QVERIFY2(
        processed.errorDetail.contains(stranger.azureDeviceId.toString()), qPrintable(processed.errorDetail));
}

void TestNetClients::unknownMessageIsUnknown()
{
    const QUuid id = QUuid::createUuid();
    const auto answer = status(id);
    QCOMPARE(answer.state, PartnerComplianceClient::MessageStatus::Unknown);
    QVERIFY2(answer.error.contains(id.toString(QUuid::WithoutBraces)), qPrintable(answer.error));
    QVERIFY2(answer.error.startsWith(QLatin1String("Partner device sync (DataUploadMessages): ")),
        qPrintable(answer.error));
}

// Every answer the field gives to an upload means "sent"; the outcome comes from the GET.
void TestNetClients::uploadAnswers_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("httpStatus");
    QTest::newRow("empty body") << QStringLiteral("empty") << 200;
    QTest::newRow("ErrorCode \"202\" (FleetDM's)") << QStringLiteral("field") << 200;
    QTest::newRow("ErrorCode 0 (Jamf's)") << QStringLiteral("field0") << 200;
    QTest::newRow("Status InProgress") << QStringLiteral("status") << 202;
}

void TestNetClients::uploadAnswers()
{
    QFETCH(QString, answer);
    QFETCH(int, httpStatus);
    m_manual.setFaults(QJsonObject { { QStringLiteral("uploadAnswer"), answer } });
    const auto reset = qScopeGuard(
        [this] { m_manual.setFaults(QJsonObject { { QStringLiteral("uploadAnswer"), QStringLiteral("field") } }); });
    const QUuid id = QUuid::createUuid();
    const auto result = uploadManual(id,
        QJsonDocument(AzurePayload::entitiesFor(
                          reportableDevices(4).at(3), AzureOutcome::Compliant, QDateTime::currentDateTimeUtc(), kTenant))
            .toJson(QJsonDocument::Compact));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.httpStatus, httpStatus);
    QCOMPARE(result.status.state, PartnerComplianceClient::MessageStatus::InProgress);
    QCOMPARE(waitUntilProcessed(id).state, PartnerComplianceClient::MessageStatus::Completed);
}

// A 200 whose ErrorCode is neither 0 nor 202 is a refusal: permanent, with the detail.
void TestNetClients::uploadRefusedInBand()
{
    m_manual.setFaults(QJsonObject { { QStringLiteral("rateUploadInBandRefusal"), 1.0 } });
    const QUuid id = QUuid::createUuid();
    const auto result = uploadManual(id,
        QJsonDocument(AzurePayload::entitiesFor(
                          reportableDevices(5).at(4), AzureOutcome::Compliant, QDateTime::currentDateTimeUtc(), kTenant))
            .toJson(QJsonDocument::Compact));
    m_manual.setFaults(QJsonObject { { QStringLiteral("rateUploadInBandRefusal"), 0.0 } });
    QVERIFY(!result.ok());
    QVERIFY(result.permanent);
    QCOMPARE(result.httpStatus, 200);
    QVERIFY2(result.error.startsWith(QLatin1String(
                 "Partner device sync (DataUploadMessages): the service refused the message with ErrorCode")),
        qPrintable(result.error));
    // The refused message was not stored: the service does not know it.
    QCOMPARE(statusManual(id).state, PartnerComplianceClient::MessageStatus::Unknown);
}

// A 200 that says Provisioned 0 (or carries an ErrorDetail) did not provision anything.
void TestNetClients::provisioningRefusedInBand()
{
    m_manual.setFaults(QJsonObject { { QStringLiteral("provisionInBandFailure"), true } });
    std::optional<QString> provisioned;
    m_netManual->partner()->setProvisioning(PartnerComplianceClient::Provisioning::Provision, this,
        [&provisioned](const QString &error) { provisioned = error; });
    QTRY_VERIFY(provisioned.has_value());
    m_manual.setFaults(QJsonObject { { QStringLiteral("provisionInBandFailure"), false } });
    QVERIFY(!provisioned->isEmpty());
    QVERIFY2(provisioned->startsWith(QLatin1String("Partner tenant sync (PartnerTenants): ")), qPrintable(*provisioned));
    // Provisioning again works, and the emulator counts both requests.
    provisionManual();
    QVERIFY(m_manual.stats().value(QLatin1String("provisionRequests")).toInteger() >= 2);
}

void TestNetClients::heartbeatCarriesResync()
{
    const QDateTime resync(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    m_manual.adminPut(QStringLiteral("/admin/resync"), QJsonObject { { QStringLiteral("at"), resync.toString(Qt::ISODate) } });
    std::optional<PartnerComplianceClient::HeartbeatResult> beat;
    m_netManual->partner()->heartbeat(
        this, [&beat](const PartnerComplianceClient::HeartbeatResult &result) { beat = result; });
    QTRY_VERIFY(beat.has_value());
    QVERIFY2(beat->error.isEmpty(), qPrintable(beat->error));
    QCOMPARE(beat->resyncTimestamp, resync);
    // None asked for: none read.
    m_manual.adminPut(QStringLiteral("/admin/resync"), QJsonObject { { QStringLiteral("at"), QJsonValue::Null } });
    beat.reset();
    m_netManual->partner()->heartbeat(
        this, [&beat](const PartnerComplianceClient::HeartbeatResult &result) { beat = result; });
    QTRY_VERIFY(beat.has_value());
    QVERIFY2(beat->error.isEmpty(), qPrintable(beat->error));
    QVERIFY(!beat->resyncTimestamp.isValid());
}

// Provisioned 2: the tenant is deprovisioned, and uploads are refused until it is
// provisioned again.
void TestNetClients::deprovisionStopsUploads()
{
    std::optional<QString> done;
    m_netManual->partner()->setProvisioning(
        PartnerComplianceClient::Provisioning::Deprovision, this, [&done](const QString &error) { done = error; });
    QTRY_VERIFY(done.has_value());
    QVERIFY2(done->isEmpty(), qPrintable(*done));
    const QJsonObject counts = m_manual.stats();
    QVERIFY(!counts.value(QLatin1String("provisioned")).toBool());
    QCOMPARE(counts.value(QLatin1String("lastProvisioned")).toInt(), 2);
    QVERIFY(counts.value(QLatin1String("deprovisions")).toInteger() >= 1);
    const auto refused = uploadManual(QUuid::createUuid(),
        QJsonDocument(AzurePayload::entitiesFor(
                          reportableDevices(1).at(0), AzureOutcome::Compliant, QDateTime::currentDateTimeUtc(), kTenant))
            .toJson(QJsonDocument::Compact));
    QCOMPARE(refused.httpStatus, 409);
    provisionManual();
}

// The Entra object ids of the users the MDM names only by principal name: twenty to a
// $batch, a few users unknown to Entra.
void TestNetClients::usersLookedUpInBatches()
{
    QStringList names;
    QHash<QString, QUuid> expected; // lower-case name -> object id known from a record that has it
    for (const DeviceRecord &device : std::as_const(m_pulled)) {
        if (device.userPrincipalName.isEmpty())
            continue;
        if (!names.contains(device.userPrincipalName))
            names.append(device.userPrincipalName);
        if (!device.entraUserId.isNull())
            expected.insert(device.userPrincipalName.toLower(), device.entraUserId);
        if (names.size() == 45)
            break;
    }
    names.append(QStringLiteral("nobody.anywhere@contoso.com"));
    names.append(names.first().toUpper()); // the same user in another case: asked once
    const qint64 batchesBefore = stats().value(QLatin1String("batchRequests")).toInteger();
    const QList<EntraUserDirectory::Lookup> lookups = lookUp(names);
    QCOMPARE(lookups.size(), 46);
    // 46 names: three batches of at most twenty.
    QCOMPARE(stats().value(QLatin1String("batchRequests")).toInteger() - batchesBefore, 3);
    int found = 0;
    for (const EntraUserDirectory::Lookup &lookup : lookups) {
        if (lookup.principalName == QLatin1String("nobody.anywhere@contoso.com")) {
            QCOMPARE(lookup.result, EntraUserDirectory::Lookup::NotFound);
            continue;
        }
        QVERIFY2(lookup.result != EntraUserDirectory::Lookup::Failed, qPrintable(lookup.error));
        if (lookup.result == EntraUserDirectory::Lookup::Found) {
            ++found;
            const auto known = expected.constFind(lookup.principalName.toLower());
            if (known != expected.cend())
                QCOMPARE(lookup.objectId, *known);
        }
    }
    QVERIFY(found > 30);
}

// A throttled request inside a batch (and the batch answered 424) is asked again after its
// Retry-After, never dropped.
void TestNetClients::usersThrottledInsideABatch()
{
    setFaults(QJsonObject { { QStringLiteral("rateBatchItem429"), 0.2 }, { QStringLiteral("batch424"), true } });
    const auto reset = qScopeGuard([this] {
        setFaults(QJsonObject { { QStringLiteral("rateBatchItem429"), 0.0 }, { QStringLiteral("batch424"), false } });
    });
    QStringList names;
    for (const DeviceRecord &device : std::as_const(m_pulled)) {
        if (!device.entraUserId.isNull() && !names.contains(device.userPrincipalName))
            names.append(device.userPrincipalName);
        if (names.size() == 20)
            break;
    }
    const QList<EntraUserDirectory::Lookup> lookups = lookUp(names);
    QCOMPARE(lookups.size(), 20);
    for (const EntraUserDirectory::Lookup &lookup : lookups)
        QVERIFY2(lookup.result == EntraUserDirectory::Lookup::Found, qPrintable(lookup.principalName + u' ' + lookup.error));
    QVERIFY(stats().value(QLatin1String("faultsInjected")).toObject().value(QLatin1String("batchItem429")).toInteger() > 0);

    // Throttled every time: Failed after a few rounds (asked again by the next sync), never
    // taken for a user Entra does not have.
    setFaults(QJsonObject { { QStringLiteral("rateBatchItem429"), 1.0 } });
    const QList<EntraUserDirectory::Lookup> throttled = lookUp(names.mid(0, 3));
    QCOMPARE(throttled.size(), 3);
    for (const EntraUserDirectory::Lookup &lookup : throttled) {
        QCOMPARE(lookup.result, EntraUserDirectory::Lookup::Failed);
        QVERIFY2(lookup.error.contains(QLatin1String("did not answer")), qPrintable(lookup.error));
    }
}

QTEST_GUILESS_MAIN(TestNetClients)
#include "tst_netclients.moc"
