#include "app/logging/logcategories.h"
#include "app/net/endpointdiscovery.h"
#include "app/net/entrauserdirectory.h"
#include "app/net/httptransport.h"
#include "app/net/inventoryclient.h"
#include "app/net/networkservices.h"
#include "app/net/partnercomplianceclient.h"
#include "app/net/tokenprovider.h"
#include "app/security/redaction.h"
#include "tests/emulatorprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#ifndef ASC_CONSOLE_PATH
#error "ASC_CONSOLE_PATH must name the azure-status-console program"
#endif

// The doors a hostile or broken peer could push through: an answer without end (every
// answer has a size limit for its kind, and crossing it stops the request at once), a URL
// with user info (refused before anything connects, never logged), and bodies in the logs
// (only under asc.net.body, named explicitly). The peer is a loopback server of this test
// that misbehaves as told; the emulator's own endless-body fault is used where it has one.
namespace {

constexpr qint64 kPeerCap = qint64(256) << 20; // a peer that is not stopped ends here
constexpr qint64 kChunk = 64 * 1024;
const QString kTenant = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");

// An HTTP/1.1 responder on 127.0.0.1 that answers by path prefix: a fixed answer, or an
// endless body written as fast as the client reads it.
class AnswerPeer final : public QObject
{
public:
    enum class Kind
    {
        Fixed,
        Endless, // no Content-Length: the body runs until the connection closes
        EndlessWithLength, // a Content-Length of 10 GiB, then as much as the client reads
        SilentHugeLength, // a Content-Length of 10 GiB, then nothing
    };
    struct Answer
    {
        Kind kind = Kind::Fixed;
        int status = 200;
        QByteArray body;
    };

    AnswerPeer()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("test setup: cannot listen on loopback");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::bytesWritten, this, [this, socket](qint64 bytes) {
                    if (socket->property("endless").toBool())
                        bodyBytesWritten += bytes;
                    feed(socket);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    QList<QPair<QString, Answer>> answers; // by path prefix, the first that matches
    QStringList requests; // "METHOD path"
    int connections = 0;
    qint64 bodyBytesWritten = 0; // of endless bodies, as far as the socket took them

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        qsizetype contentLength = 0;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                contentLength = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        buffer.remove(0, headerEnd + 4 + contentLength);
        const QString path = QString::fromLatin1(requestLine.value(1)).section(u'?', 0, 0);
        requests.append(QString::fromLatin1(requestLine.value(0)) + u' ' + path);
        Answer answer { Kind::Fixed, 404, "{\"error\":\"not here\"}" };
        for (const auto &candidate : std::as_const(answers)) {
            if (path.startsWith(candidate.first)) {
                answer = candidate.second;
                break;
            }
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status)
            + " Whatever\r\nContent-Type: application/json\r\n";
        switch (answer.kind) {
        case Kind::Fixed:
            socket->write(head + "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n"
                + answer.body);
            return;
        case Kind::Endless:
            socket->write(head + "Connection: close\r\n\r\n[");
            break;
        case Kind::EndlessWithLength:
        case Kind::SilentHugeLength:
            socket->write(head + "Content-Length: 10737418240\r\n\r\n[");
            break;
        }
        if (answer.kind == Kind::SilentHugeLength)
            return;
        socket->setProperty("endless", true);
        feed(socket);
    }

    // Keeps a little in the socket's buffer, so what is counted is what the client took.
    void feed(QTcpSocket *socket)
    {
        if (!socket->property("endless").toBool() || socket->state() != QAbstractSocket::ConnectedState)
            return;
        static const QByteArray chunk = [] {
            QByteArray text;
            while (text.size() < kChunk)
                text += "{\"deviceName\":\"padding padding padding\"},";
            return text.left(kChunk);
        }();
        if (socket->property("written").toLongLong() >= kPeerCap) {
            socket->disconnectFromHost();
            return;
        }
        while (socket->bytesToWrite() < 4 * kChunk) {
            socket->write(chunk);
            socket->setProperty("written", socket->property("written").toLongLong() + kChunk);
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QStringList &capturedLog()
{
    static QStringList lines;
    return lines;
}

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedLog().append(QString::fromLatin1(context.category ? context.category : "default")
        + QStringLiteral(": ") + message);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

} // namespace

class TestTransportHardening final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void endlessBodyIsStopped_data();
    void endlessBodyIsStopped();
    void announcedLengthIsRefusedUpFront();
    void errorAnswerIsReadOnlyToItsLimit();
    void requestsSetTheirKindsLimit();
    void eachKindIsStoppedAtItsLimit_data();
    void eachKindIsStoppedAtItsLimit();
    void emulatorEndlessBodyIsStopped();
    void bodiesOnlyUnderTheirOwnCategory_data();
    void bodiesOnlyUnderTheirOwnCategory();
    void consoleLogsNoBodyAtNetDebug_data();
    void consoleLogsNoBodyAtNetDebug();
    void userInfoIsRefusedWithoutConnecting();

private:
    HttpResult send(HttpTransport &transport, const HttpRequest &request);
};

void TestTransportHardening::init()
{
    Redaction::clearRegisteredSecrets();
}

HttpResult TestTransportHardening::send(HttpTransport &transport, const HttpRequest &request)
{
    std::optional<HttpResult> result;
    transport.send(request, [&result](const HttpResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 120000))
        qWarning() << "no answer within 120 s";
    return result.value_or(HttpResult {});
}

void TestTransportHardening::endlessBodyIsStopped_data()
{
    QTest::addColumn<int>("kind");
    QTest::addRow("no Content-Length") << int(AnswerPeer::Kind::Endless);
    // A length announced but larger than the limit is refused at the headers already; the
    // body the peer writes meanwhile is not read on.
    QTest::addRow("Content-Length of 10 GiB") << int(AnswerPeer::Kind::EndlessWithLength);
}

void TestTransportHardening::endlessBodyIsStopped()
{
    QFETCH(int, kind);
    AnswerPeer peer;
    peer.answers.append({ QStringLiteral("/api/v1/device"), { AnswerPeer::Kind(kind), 200, {} } });
    NetSettings settings;
    settings.maxAttempts = 3;
    HttpTransport transport(settings);
    HttpRequest request;
    request.url = peer.url(QStringLiteral("/api/v1/device"));
    request.what = QStringLiteral("MDM device list (/api/v1/device)");
    request.maxAnswerBytes = 2 * AnswerLimit::MiB;

    const HttpResult result = send(transport, request);
    QVERIFY2(!result.ok(), "an endless answer was taken whole");
    QVERIFY2(result.error.startsWith(request.what) && result.error.contains(sizeText(request.maxAnswerBytes))
            && result.error.contains(QLatin1String("larger than")),
        qPrintable(result.error));
    QVERIFY(result.body.isEmpty());
    // Not repeated: it would be refused again.
    QCOMPARE(result.attempts, 1);
    QCOMPARE(transport.requestCount(), quint64(1));
    QCOMPARE(peer.requests.size(), 1);
    // Stopped early: the peer could write the limit and what the sockets buffer on the
    // way, not the hundreds of megabytes it had to give.
    qInfo() << "the peer wrote" << peer.bodyBytesWritten << "bytes of body for a limit of"
            << request.maxAnswerBytes;
    QVERIFY2(peer.bodyBytesWritten < request.maxAnswerBytes + 32 * AnswerLimit::MiB,
        qPrintable(QString::number(peer.bodyBytesWritten)));
}

void TestTransportHardening::announcedLengthIsRefusedUpFront()
{
    // The peer announces 10 GiB and sends nothing: only the Content-Length can stop it. A
    // transport that waited for the body would run into the request timeout instead.
    AnswerPeer peer;
    peer.answers.append({ QStringLiteral("/"), { AnswerPeer::Kind::SilentHugeLength, 200, {} } });
    NetSettings settings;
    settings.maxAttempts = 1;
    settings.requestTimeoutMs = 20000;
    HttpTransport transport(settings);
    HttpRequest request;
    request.url = peer.url(QStringLiteral("/token"));
    request.what = QStringLiteral("Entra token");
    request.maxAnswerBytes = AnswerLimit::Token;
    const HttpResult result = send(transport, request);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("larger than 64 KiB")), qPrintable(result.error));
    QCOMPARE(result.status, 200);
}

void TestTransportHardening::errorAnswerIsReadOnlyToItsLimit()
{
    // A 500 is usually repeated; one whose body has no end is not, and is cut at the error
    // limit, lower than the device page's.
    AnswerPeer peer;
    peer.answers.append({ QStringLiteral("/"), { AnswerPeer::Kind::Endless, 500, {} } });
    NetSettings settings;
    settings.maxAttempts = 3;
    HttpTransport transport(settings);
    HttpRequest request;
    request.url = peer.url(QStringLiteral("/api/v1/device"));
    request.what = QStringLiteral("MDM device list (/api/v1/device)");
    request.maxAnswerBytes = AnswerLimit::DevicePage;
    const HttpResult result = send(transport, request);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("(HTTP 500)"))
            && result.error.contains(sizeText(AnswerLimit::ErrorBody)),
        qPrintable(result.error));
    QCOMPARE(result.attempts, 1);
    QVERIFY2(
        peer.bodyBytesWritten < AnswerLimit::DevicePage, qPrintable(QString::number(peer.bodyBytesWritten)));
}

void TestTransportHardening::requestsSetTheirKindsLimit()
{
    // The requests built by static functions; the others are checked by sending them.
    PartnerEndpoints endpoints;
    endpoints.tenantSync = QUrl(QStringLiteral("https://partner.example/tenant"));
    endpoints.deviceSync = QUrl(QStringLiteral("https://partner.example/device"));
    const QUuid message = QUuid::createUuid();
    QCOMPARE(PartnerComplianceClient::provisioningRequest(
                 endpoints, kTenant, PartnerComplianceClient::Provisioning::Provision, {}, {})
                 .maxAnswerBytes,
        AnswerLimit::PartnerWrite);
    QCOMPARE(PartnerComplianceClient::heartbeatRequest(endpoints, kTenant, QDateTime::currentDateTimeUtc())
                 .maxAnswerBytes,
        AnswerLimit::PartnerWrite);
    QCOMPARE(PartnerComplianceClient::uploadRequest(endpoints, message, "{}").maxAnswerBytes,
        AnswerLimit::PartnerWrite);
    QCOMPARE(
        PartnerComplianceClient::statusRequest(endpoints, message).maxAnswerBytes, AnswerLimit::UploadStatus);
    QCOMPARE(EntraUserDirectory::batchRequest(
                 QUrl(QStringLiteral("https://graph.example")), { QStringLiteral("a@example.com") })
                 .maxAnswerBytes,
        AnswerLimit::UserBatch);
}

void TestTransportHardening::eachKindIsStoppedAtItsLimit_data()
{
    QTest::addColumn<QString>("endlessPath");
    QTest::addColumn<QString>("what");
    QTest::addColumn<qint64>("limit");
    QTest::addRow("token") << QStringLiteral("/%1/oauth2").arg(kTenant) << QStringLiteral("Token endpoint")
                           << AnswerLimit::Token;
    QTest::addRow("discovery") << QStringLiteral("/v1.0/servicePrincipals")
                               << QStringLiteral("Endpoint discovery (Graph servicePrincipals)")
                               << AnswerLimit::Discovery;
    QTest::addRow("device spaces") << QStringLiteral("/api/v1/tenant/partition/device")
                                   << QStringLiteral("MDM partitions") << AnswerLimit::MdmSmall;
    QTest::addRow("device page") << QStringLiteral("/api/v1/device") << QStringLiteral("MDM device list")
                                 << AnswerLimit::DevicePage;
    QTest::addRow("one device") << QStringLiteral("/api/v1/device/7")
                                << QStringLiteral("MDM device (/api/v1/device/7)") << AnswerLimit::Device;
    QTest::addRow("policies") << QStringLiteral("/api/v1/compliancepolicy")
                              << QStringLiteral("MDM compliance policies") << AnswerLimit::Policies;
    QTest::addRow("partner health") << QStringLiteral("/beta/deviceManagement")
                                    << QStringLiteral("Graph partner health") << AnswerLimit::PartnerHealth;
}

void TestTransportHardening::eachKindIsStoppedAtItsLimit()
{
    QFETCH(QString, endlessPath);
    QFETCH(QString, what);
    QFETCH(qint64, limit);
    AnswerPeer peer;
    peer.answers.append({ endlessPath, { AnswerPeer::Kind::Endless, 200, {} } });
    peer.answers.append({ QStringLiteral("/%1/oauth2").arg(kTenant),
        { AnswerPeer::Kind::Fixed, 200,
            "{\"token_type\":\"Bearer\",\"access_token\":\"tok-abcdef-123\",\"expires_in\":3600}" } });
    NetSettings settings = NetSettings::forSingleHost(peer.url());
    settings.tenantId = kTenant;
    settings.clientId = QStringLiteral("5b0e7f3a-8c1d-4e2f-9a6b-3c4d5e6f7a8b");
    settings.clientSecret = QStringLiteral("not-a-real-secret");
    settings.mdmUser = QStringLiteral("admin");
    settings.mdmPassword = QStringLiteral("not-a-real-password");
    settings.partitionId = 1;
    settings.maxAttempts = 2;
    NetworkServices network(settings);

    std::optional<QString> error;
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    if (tag == QLatin1String("token")) {
        network.tokens()->token(TokenProvider::graphScope(), this,
            [&error](const QString &, const QString &problem) { error = problem; });
    } else if (tag == QLatin1String("discovery")) {
        network.discovery()->endpoints(
            this, [&error](const PartnerEndpoints &, const QString &problem) { error = problem; });
    } else if (tag == QLatin1String("device spaces")) {
        network.inventory()->fetchPartitions(this,
            [&error](const QList<InventoryClient::Partition> &, const QString &problem) { error = problem; });
    } else if (tag == QLatin1String("device page")) {
        network.inventory()->fetchAllDevices(
            this, [](const QList<DeviceRecord> &, qint64, qint64) { return true; },
            [&error](const QString &problem, const QStringList &) { error = problem; });
    } else if (tag == QLatin1String("one device")) {
        network.inventory()->fetchDevice(7, this,
            [&error](const std::optional<DeviceRecord> &, const QString &problem) { error = problem; });
    } else if (tag == QLatin1String("policies")) {
        network.inventory()->fetchPolicies(
            this, [&error](const QList<CompliancePolicy> &, const QString &problem) { error = problem; });
    } else if (tag == QLatin1String("partner health")) {
        network.partner()->partnerHealth(
            this, [&error](const QList<PartnerComplianceClient::PartnerHealth> &, const QString &problem) {
                error = problem;
            });
    }
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 120000);
    QVERIFY2(error->contains(what) && error->contains(QLatin1String("larger than ") + sizeText(limit)),
        qPrintable(*error));
    QCOMPARE(peer.requests.filter(endlessPath).size(), 1);
}

void TestTransportHardening::emulatorEndlessBodyIsStopped()
{
    // The emulator's fault hugeBodyPaths (PUT /admin/faults) answers the paths given with an
    // endless body. An emulator without it ignores or refuses the field: skipped then.
    EmulatorProcess emulator;
    QString error;
    QVERIFY2(emulator.start({ QStringLiteral("--devices"), QStringLiteral("50") }, &error, 30000),
        qPrintable(error));
    const QUrl base = emulator.baseUrl();

    emulator.send(
        "PUT", QStringLiteral("/admin/faults"), R"({"hugeBodyPaths":["/api/v1/device"]})", {}, 10000);
    const QJsonArray paths = emulator.send("GET", QStringLiteral("/admin/faults"), {}, {}, 10000)
                                 .json()
                                 .value(QStringLiteral("hugeBodyPaths"))
                                 .toArray();
    if (paths.isEmpty())
        QSKIP("this emulator has no hugeBodyPaths fault yet (PUT /admin/faults); it comes with the new "
              "emulator");

    NetSettings settings;
    settings.maxAttempts = 3;
    HttpTransport transport(settings);
    HttpRequest request;
    request.url = QUrl(base.toString() + QStringLiteral("/api/v1/device?rows=500&start=0"));
    request.what = QStringLiteral("MDM device list (/api/v1/device)");
    request.setHeader("Authorization", "Basic " + QByteArray("admin:demo").toBase64());
    request.maxAnswerBytes = AnswerLimit::DevicePage;
    const HttpResult result = send(transport, request);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("larger than ") + sizeText(AnswerLimit::DevicePage)),
        qPrintable(result.error));
    QCOMPARE(result.attempts, 1);
}

void TestTransportHardening::bodiesOnlyUnderTheirOwnCategory_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<bool>("bodies");
    QTest::addRow("asc.net.debug") << QStringLiteral("asc.net.debug=true") << false;
    QTest::addRow("asc.*.debug") << QStringLiteral("asc.*.debug=true") << false;
    QTest::addRow("*.debug") << QStringLiteral("*.debug=true") << false;
    QTest::addRow("asc.net.body.debug named")
        << QStringLiteral("asc.net.debug=true;asc.net.body.debug=true") << true;
    QTest::addRow("asc.net.body named, then off")
        << QStringLiteral("asc.net.body.debug=true;asc.net.body.debug=false") << false;
}

void TestTransportHardening::bodiesOnlyUnderTheirOwnCategory()
{
    QFETCH(QString, rules);
    QFETCH(bool, bodies);
    AnswerPeer peer;
    peer.answers.append({ QStringLiteral("/"),
        { AnswerPeer::Kind::Fixed, 200,
            "{\"deviceName\":\"ANSWER-BODY-MARKER\",\"emailAddress\":\"someone@example.com\"}" } });
    const QByteArray before = qgetenv("QT_LOGGING_RULES");
    qputenv("QT_LOGGING_RULES", rules.toUtf8());
    QLoggingCategory::setFilterRules(QString(rules).replace(u';', u'\n'));
    capturedLog().clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const auto restore = qScopeGuard([&] {
        qInstallMessageHandler(previous);
        qputenv("QT_LOGGING_RULES", before);
        QLoggingCategory::setFilterRules(QString());
    });

    HttpTransport transport(NetSettings {});
    HttpRequest request;
    request.method = "POST";
    request.url = peer.url(QStringLiteral("/v1.0/$batch"));
    request.what = QStringLiteral("Graph user look-up");
    request.body = "{\"requests\":[{\"url\":\"/users/REQUEST-BODY-MARKER@example.com\"}]}";
    const HttpResult result = send(transport, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    qInstallMessageHandler(previous);

    const QString log = capturedLog().join(u'\n');
    QCOMPARE(log.contains(QLatin1String("REQUEST-BODY-MARKER")), bodies);
    QCOMPARE(log.contains(QLatin1String("ANSWER-BODY-MARKER")), bodies);
    QCOMPARE(log.contains(QLatin1String("someone@example.com")), bodies);
    if (rules.startsWith(QLatin1String("asc.")) && !rules.contains(QLatin1String("=false"))) {
        // The request itself is logged: the log works, only the bodies are left out.
        QVERIFY2(log.contains(QLatin1String("asc.net: POST ")), qPrintable(log));
    }
}

void TestTransportHardening::consoleLogsNoBodyAtNetDebug_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<bool>("bodies");
    QTest::addRow("asc.net.debug") << QStringLiteral("asc.net.debug=true") << false;
    QTest::addRow("asc.*.debug") << QStringLiteral("asc.*.debug=true") << false;
    QTest::addRow("asc.net.body.debug")
        << QStringLiteral("asc.net.debug=true;asc.net.body.debug=true") << true;
}

void TestTransportHardening::consoleLogsNoBodyAtNetDebug()
{
    // The real console against a tenant that answers everything with a device record: the
    // sync fails, and the log shows the requests but no body.
    QFETCH(QString, rules);
    QFETCH(bool, bodies);
    AnswerPeer peer;
    peer.answers.append({ QStringLiteral("/"),
        { AnswerPeer::Kind::Fixed, 200,
            "{\"deviceName\":\"ANSWER-BODY-MARKER\",\"emailAddress\":\"someone@example.com\"}" } });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), rules);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("ASC_TENANT_ID"), kTenant);
    environment.insert(
        QStringLiteral("ASC_CLIENT_ID"), QStringLiteral("5b0e7f3a-8c1d-4e2f-9a6b-3c4d5e6f7a8b"));
    environment.insert(QStringLiteral("ASC_CLIENT_SECRET"), QStringLiteral("not-a-real-secret"));
    environment.insert(QStringLiteral("ASC_MDM_USER"), QStringLiteral("admin"));
    environment.insert(QStringLiteral("ASC_MDM_PASSWORD"), QStringLiteral("not-a-real-password"));
    QProcess console;
    console.setProcessEnvironment(environment);
    console.start(QStringLiteral(ASC_CONSOLE_PATH),
        { QStringLiteral("--headless"), QStringLiteral("sync"), QStringLiteral("--db"),
            dir.filePath(QStringLiteral("devices.sqlite")), QStringLiteral("--tenant-url"),
            peer.url().toString(), QStringLiteral("--timeout"), QStringLiteral("60") });
    QVERIFY(console.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(console.state() == QProcess::NotRunning, 120000);
    const QString log = QString::fromUtf8(console.readAllStandardError());
    QVERIFY2(log.contains(QLatin1String("asc.net: GET ")) || log.contains(QLatin1String("asc.net: POST ")),
        qPrintable(log.left(2000)));
    QVERIFY2(log.contains(QLatin1String("ANSWER-BODY-MARKER")) == bodies, qPrintable(log.left(4000)));
    QVERIFY2(log.contains(QLatin1String("someone@example.com")) == bodies, qPrintable(log.left(4000)));
}

void TestTransportHardening::userInfoIsRefusedWithoutConnecting()
{
    AnswerPeer peer;
    capturedLog().clear();
    const QByteArray before = qgetenv("QT_LOGGING_RULES");
    qputenv("QT_LOGGING_RULES", "asc.*.debug=true;asc.net.body.debug=true");
    QLoggingCategory::setFilterRules(QStringLiteral("asc.*.debug=true\nasc.net.body.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const auto restore = qScopeGuard([&] {
        qInstallMessageHandler(previous);
        qputenv("QT_LOGGING_RULES", before);
        QLoggingCategory::setFilterRules(QString());
    });
    HttpTransport transport(NetSettings {});
    HttpRequest request;
    QUrl url = peer.url(QStringLiteral("/api/v1/device"));
    url.setUserName(QStringLiteral("admin"));
    url.setPassword(QStringLiteral("hunter2-in-url"));
    request.url = url;
    request.what = QStringLiteral("MDM URL");
    const HttpResult result = send(transport, request);
    qInstallMessageHandler(previous);
    QVERIFY(!result.ok());
    QCOMPARE(transport.requestCount(), quint64(0));
    QCOMPARE(peer.connections, 0);
    QVERIFY2(result.error.startsWith(QLatin1String("MDM URL: "))
            && result.error.contains(QLatin1String("password"))
            && result.error.contains(QLatin1String("API user")),
        qPrintable(result.error));
    QVERIFY2(!result.error.contains(QLatin1String("hunter2-in-url")), qPrintable(result.error));
    QVERIFY2(!capturedLog().join(u'\n').contains(QLatin1String("hunter2-in-url")),
        qPrintable(capturedLog().join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTransportHardening)
#include "tst_transporthardening.moc"
