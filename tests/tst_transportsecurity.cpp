#include "app/net/httptransport.h"
#include "app/net/networkservices.h"
#include "app/net/partnercomplianceclient.h"
#include "tests/emulatorprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#ifndef ASC_EMULATOR_PATH
#error "ASC_EMULATOR_PATH must name the azure-status-emulator program"
#endif

// TLS against the real emulator serving HTTPS, with certificates made at test time by the
// openssl command-line tool: an unknown CA is refused, the configured CA is accepted, a
// certificate for another host or an expired one is refused even from that CA (before the
// request is sent: the emulator counts none), and http:// to a host that is not loopback is
// refused before anything connects.
class TestTransportSecurity final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void urlRules_data();
    void urlRules();
    void httpToRemoteHostIsRefusedWithoutConnecting();
    void unknownCaIsRefused();
    void otherCaIsRefused();
    void configuredCaIsAccepted();
    void wholeClientOverHttps();
    void certificateForAnotherHostIsRefused();
    void expiredCertificateIsRefused();
    void unreadableCaFileIsNamed();
    void redirectToHttpRemoteIsRefused();

private:
    bool openssl(const QStringList &arguments);
    bool makeServerCertificate(const QString &name, const QString &subjectAltName);
    bool makeExpiredServerCertificate(const QString &name);
    bool startEmulator(EmulatorProcess *process, const QString &name, QUrl *base);
    // The requests an emulator has handled (its /admin/stats requestsTotal; admin requests
    // are not counted). The test's own look, whatever the certificate.
    qint64 requestsHandled(const QUrl &base);
    HttpResult get(const NetSettings &settings, const QUrl &url, quint64 *requests = nullptr);

    QTemporaryDir m_dir;
    EmulatorProcess m_emulator;
    EmulatorProcess m_wrongHost;
    EmulatorProcess m_expired;
    QUrl m_base;
    QUrl m_wrongHostBase;
    QUrl m_expiredBase;
};

bool TestTransportSecurity::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << "openssl" << arguments << process.readAll();
        return false;
    }
    return true;
}

bool TestTransportSecurity::makeServerCertificate(const QString &name, const QString &subjectAltName)
{
    QFile ext(m_dir.filePath(name + QStringLiteral(".ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName="
        + subjectAltName.toUtf8() + "\n");
    ext.close();
    return openssl({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
               QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
               QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
               QStringLiteral("/CN=") + name })
        && openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
            QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-extfile"), name + QStringLiteral(".ext") });
}

bool TestTransportSecurity::makeExpiredServerCertificate(const QString &name)
{
    // Valid for a year that ended a year ago, signed by the test CA: `openssl ca` is the tool
    // that takes a start and an end date.
    QFile ext(m_dir.filePath(name + QStringLiteral(".ext")));
    QFile config(m_dir.filePath(name + QStringLiteral(".cnf")));
    QFile index(m_dir.filePath(name + QStringLiteral(".index")));
    if (!ext.open(QIODevice::WriteOnly) || !config.open(QIODevice::WriteOnly) || !index.open(QIODevice::WriteOnly))
        return false;
    ext.write("basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n");
    ext.close();
    config.write("[ca]\ndefault_ca = test\n[test]\ndatabase = " + index.fileName().toUtf8() + "\nnew_certs_dir = "
        + m_dir.path().toUtf8() + "\nrand_serial = yes\ndefault_md = sha256\npolicy = any\n[any]\ncommonName = supplied\n");
    config.close();
    index.close();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString format = QStringLiteral("yyyyMMddHHmmss'Z'");
    return openssl({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
               QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
               QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
               QStringLiteral("/CN=") + name })
        && openssl({ QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), config.fileName(),
            QStringLiteral("-cert"), QStringLiteral("ca.pem"), QStringLiteral("-keyfile"), QStringLiteral("ca.key"),
            QStringLiteral("-in"), name + QStringLiteral(".csr"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
            QStringLiteral("-notext"), QStringLiteral("-startdate"), now.addYears(-2).toString(format),
            QStringLiteral("-enddate"), now.addYears(-1).toString(format), QStringLiteral("-extfile"),
            name + QStringLiteral(".ext") });
}

qint64 TestTransportSecurity::requestsHandled(const QUrl &base)
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(base.toString() + QStringLiteral("/admin/stats"))));
    connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
        return -1;
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("requestsTotal")).toInteger(-1);
}

bool TestTransportSecurity::startEmulator(EmulatorProcess *process, const QString &name, QUrl *base)
{
    QString error;
    if (!process->start({ QStringLiteral("--devices"), QStringLiteral("50"), QStringLiteral("--tenant-id"),
                            QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"), QStringLiteral("--client-id"),
                            QStringLiteral("5b0e7f3a-8c1d-4e2f-9a6b-3c4d5e6f7a8b"), QStringLiteral("--client-secret"),
                            QStringLiteral("demo-secret"), QStringLiteral("--tls-cert"), m_dir.filePath(name + QStringLiteral(".pem")),
                            QStringLiteral("--tls-key"), m_dir.filePath(name + QStringLiteral(".key")) },
            &error)) {
        qWarning() << error;
        return false;
    }
    *base = process->baseUrl();
    return base->scheme() == QLatin1String("https") && base->port() > 0;
}

void TestTransportSecurity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A CA of our own, a server certificate it signs for 127.0.0.1, another CA that signs
    // nothing we serve, and a certificate for another host name.
    QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
        QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"),
        QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=ASC test private CA") }));
    QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
        QStringLiteral("other.key"), QStringLiteral("-out"), QStringLiteral("other-ca.pem"),
        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
        QStringLiteral("/CN=ASC unrelated CA") }));
    QVERIFY(makeServerCertificate(QStringLiteral("server"), QStringLiteral("IP:127.0.0.1,DNS:localhost")));
    QVERIFY(makeServerCertificate(QStringLiteral("wronghost"), QStringLiteral("DNS:mdm.example.com")));
    QVERIFY(makeExpiredServerCertificate(QStringLiteral("expired")));
    QVERIFY(startEmulator(&m_emulator, QStringLiteral("server"), &m_base));
    QVERIFY(startEmulator(&m_wrongHost, QStringLiteral("wronghost"), &m_wrongHostBase));
    QVERIFY(startEmulator(&m_expired, QStringLiteral("expired"), &m_expiredBase));
}

void TestTransportSecurity::cleanupTestCase()
{
    m_emulator.stop();
    m_wrongHost.stop();
    m_expired.stop();
}

HttpResult TestTransportSecurity::get(const NetSettings &settings, const QUrl &url, quint64 *requests)
{
    NetSettings once = settings;
    once.maxAttempts = 1;
    HttpTransport transport(once);
    HttpRequest request;
    request.url = url;
    request.what = QStringLiteral("Admin statistics");
    std::optional<HttpResult> result;
    transport.send(request, [&result](const HttpResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
        qWarning() << "no answer within 30 s";
    if (requests)
        *requests = transport.requestCount();
    return result.value_or(HttpResult {});
}

void TestTransportSecurity::urlRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https remote") << "https://mdm.example.com/api" << true;
    QTest::newRow("http remote") << "http://mdm.example.com/api" << false;
    QTest::newRow("http private address") << "http://10.0.0.8:8080" << false;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3:8080" << true;
    QTest::newRow("http ::1") << "http://[::1]:8080" << true;
    QTest::newRow("http localhost") << "http://localhost:8080" << true;
    QTest::newRow("http localhost.evil") << "http://localhost.evil.example:80" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
    QTest::newRow("relative") << "/api/v1" << false;
    QTest::newRow("user info, https") << "https://admin:pw@mdm.example.com/api" << false;
    QTest::newRow("user info, loopback") << "http://admin:pw@127.0.0.1:8080" << false;
    QTest::newRow("user name only") << "https://admin@mdm.example.com/api" << false;
}

void TestTransportSecurity::urlRules()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const QString problem = HttpTransport::urlProblem(QUrl(url), QStringLiteral("MDM URL"));
    QVERIFY2(problem.isEmpty() == allowed, qPrintable(problem));
    if (!allowed)
        QVERIFY2(problem.startsWith(QStringLiteral("MDM URL: ")), qPrintable(problem));
}

void TestTransportSecurity::httpToRemoteHostIsRefusedWithoutConnecting()
{
    quint64 requests = 99;
    const HttpResult result
        = get(NetSettings(), QUrl(QStringLiteral("http://mdm.example.com/api/v1/device")), &requests);
    QVERIFY(!result.ok());
    QCOMPARE(requests, quint64(0)); // nothing was put on the wire, no name was looked up
    QVERIFY2(result.error.contains(QStringLiteral("refused to use http:// with mdm.example.com")),
        qPrintable(result.error));
    QCOMPARE(result.status, 0);
}

void TestTransportSecurity::unknownCaIsRefused()
{
    const QUrl url = QUrl(m_base.toString() + QStringLiteral("/admin/stats"));
    const HttpResult result = get(NetSettings(), url);
    QVERIFY(!result.ok());
    QCOMPARE(result.status, 0);
    qInfo().noquote() << result.error;
    const QString expected
        = QStringLiteral("the TLS certificate of 127.0.0.1:%1 was refused").arg(m_base.port());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("issuer"))
            || result.error.contains(QStringLiteral("self signed"))
            || result.error.contains(QStringLiteral("self-signed")),
        qPrintable(result.error));
}

void TestTransportSecurity::otherCaIsRefused()
{
    NetSettings settings;
    settings.caFile = m_dir.filePath(QStringLiteral("other-ca.pem"));
    const HttpResult result = get(settings, QUrl(m_base.toString() + QStringLiteral("/admin/stats")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("TLS certificate")), qPrintable(result.error));
}

void TestTransportSecurity::configuredCaIsAccepted()
{
    NetSettings settings;
    settings.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    const HttpResult result = get(settings, QUrl(m_base.toString() + QStringLiteral("/admin/stats")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.status, 200);
    QVERIFY(result.body.contains("\"devices\""));

    // A request that reaches the emulator is counted: the counter that shows, below, that a
    // refused certificate let nothing through.
    const qint64 before = requestsHandled(m_base);
    QVERIFY(before >= 0);
    get(settings, QUrl(m_base.toString() + QStringLiteral("/api/v1/tenant/partition/device")));
    QCOMPARE(requestsHandled(m_base), before + 1);
}

void TestTransportSecurity::wholeClientOverHttps()
{
    // Token, discovery (the emulator's discovered endpoints are https too) and heartbeat.
    NetSettings settings = NetSettings::forSingleHost(m_base);
    settings.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    settings.mdmUser = QStringLiteral("admin");
    settings.mdmPassword = QStringLiteral("demo");
    settings.tenantId = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    settings.clientId = QStringLiteral("5b0e7f3a-8c1d-4e2f-9a6b-3c4d5e6f7a8b");
    settings.clientSecret = QStringLiteral("demo-secret");
    NetworkServices network(settings);
    std::optional<QString> heartbeat;
    network.partner()->heartbeat(
        this, [&heartbeat](const PartnerComplianceClient::HeartbeatResult &result) { heartbeat = result.error; });
    QVERIFY(QTest::qWaitFor([&heartbeat] { return heartbeat.has_value(); }, 30000));
    QVERIFY2(heartbeat->isEmpty(), qPrintable(*heartbeat));
}

void TestTransportSecurity::certificateForAnotherHostIsRefused()
{
    NetSettings settings;
    settings.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    const HttpResult result
        = get(settings, QUrl(m_wrongHostBase.toString() + QStringLiteral("/admin/stats")));
    QVERIFY(!result.ok());
    QVERIFY2(
        result.error.contains(QStringLiteral("TLS certificate of 127.0.0.1:%1").arg(m_wrongHostBase.port())),
        qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("host name")), qPrintable(result.error));
    qInfo().noquote() << result.error;
    // The handshake failed before the request was sent.
    QVERIFY2(result.error.contains(QStringLiteral("nothing was sent")), qPrintable(result.error));
    const HttpResult api = get(settings, QUrl(m_wrongHostBase.toString() + QStringLiteral("/api/v1/tenant/partition/device")));
    QVERIFY(!api.ok());
    QCOMPARE(requestsHandled(m_wrongHostBase), 0);
}

void TestTransportSecurity::expiredCertificateIsRefused()
{
    // From the configured CA, for the right host, but expired a year ago.
    NetSettings settings;
    settings.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    HttpTransport transport(settings); // retries as configured for real use
    HttpRequest request;
    request.url = QUrl(m_expiredBase.toString() + QStringLiteral("/api/v1/tenant/partition/device"));
    request.what = QStringLiteral("MDM partitions");
    std::optional<HttpResult> answer;
    transport.send(request, [&answer](const HttpResult &sent) { answer = sent; });
    QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000));
    const HttpResult result = *answer;
    QVERIFY(!result.ok());
    QCOMPARE(result.status, 0);
    qInfo().noquote() << result.error;
    QVERIFY2(result.error.contains(QStringLiteral("the TLS certificate of 127.0.0.1:%1 was refused").arg(m_expiredBase.port())),
        qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("expired")), qPrintable(result.error));
    QVERIFY2(!result.error.contains(QStringLiteral("host name")), qPrintable(result.error));
    QCOMPARE(result.attempts, 1); // a certificate error is not tried again
    QCOMPARE(requestsHandled(m_expiredBase), 0);
}

void TestTransportSecurity::unreadableCaFileIsNamed()
{
    NetSettings settings;
    settings.caFile = m_dir.filePath(QStringLiteral("missing.pem"));
    quint64 requests = 99;
    const HttpResult result
        = get(settings, QUrl(m_base.toString() + QStringLiteral("/admin/stats")), &requests);
    QVERIFY(!result.ok());
    QCOMPARE(requests, quint64(0));
    QVERIFY2(result.error.contains(QStringLiteral("missing.pem")), qPrintable(result.error));

    // A file that is not PEM is named too.
    QFile notPem(m_dir.filePath(QStringLiteral("not.pem")));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("hello");
    notPem.close();
    settings.caFile = notPem.fileName();
    const HttpResult second = get(settings, QUrl(m_base.toString() + QStringLiteral("/admin/stats")));
    QVERIFY2(second.error.contains(QStringLiteral("holds no PEM certificate")), qPrintable(second.error));
}

void TestTransportSecurity::redirectToHttpRemoteIsRefused()
{
    // A loopback server that redirects to plain http on another host: the transport must
    // not follow it (it would send the request, and its credentials, in clear).
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int requests = 0;
    connect(&server, &QTcpServer::newConnection, this, [&server, &requests] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &requests] {
            socket->readAll();
            ++requests;
            socket->write("HTTP/1.1 302 Found\r\nLocation: http://mdm.example.com/api/v1/device\r\n"
                          "Content-Length: 0\r\n\r\n");
        });
    });
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/device").arg(server.serverPort()));
    const HttpResult result = get(NetSettings(), url);
    QVERIFY(!result.ok());
    QCOMPARE(requests, 1);
    QVERIFY2(result.error.contains(QStringLiteral("redirected to a URL this console refuses"))
            && result.error.contains(QStringLiteral("refused to use http:// with mdm.example.com")),
        qPrintable(result.error));

    // A redirect that stays within the rules is followed.
    QTcpServer target;
    QVERIFY(target.listen(QHostAddress::LocalHost));
    connect(&target, &QTcpServer::newConnection, this, [&target] {
        QTcpSocket *socket = target.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        });
    });
    QTcpServer hop;
    QVERIFY(hop.listen(QHostAddress::LocalHost));
    const QByteArray location = "http://127.0.0.1:" + QByteArray::number(target.serverPort()) + "/x";
    connect(&hop, &QTcpServer::newConnection, this, [&hop, location] {
        QTcpSocket *socket = hop.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, location] {
            socket->readAll();
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n");
        });
    });
    const HttpResult followed
        = get(NetSettings(), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(hop.serverPort())));
    QVERIFY2(followed.ok(), qPrintable(followed.error));
    QCOMPARE(followed.body, QByteArray("ok"));
}

QTEST_GUILESS_MAIN(TestTransportSecurity)
#include "tst_transportsecurity.moc"
