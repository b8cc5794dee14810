#include "app/logging/logcategories.h"
#include "app/net/endpointdiscovery.h"
#include "app/net/entrauserdirectory.h"
#include "app/net/httptransport.h"
#include "app/net/inventoryclient.h"
#include "app/net/networkservices.h"
#include "app/net/partnercomplianceclient.h"
#include "app/net/tokenprovider.h"
#include "app/security/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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
#ifndef ASC_EMULATOR_PATH
#error "ASC_EMULATOR_PATH must name the azure-status-emulator program"
#endif

// Bodies in the logs: request and answer bodies hold device names and e-mail addresses,
// so they are logged only under asc.net.body, and only when QT_LOGGING_RULES names it. The
// peer is a loopback server of this test.
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
        QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + " Whatever\r\nContent-Type: application/json\r\n";
        switch (answer.kind) {
        case Kind::Fixed:
            socket->write(head + "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body);
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
    capturedLog().append(QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ")
        + message);
}

} // namespace

class TestTransportHardening final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void bodiesOnlyUnderTheirOwnCategory_data();
    void bodiesOnlyUnderTheirOwnCategory();
    void consoleLogsNoBodyAtNetDebug_data();
    void consoleLogsNoBodyAtNetDebug();

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

void TestTransportHardening::bodiesOnlyUnderTheirOwnCategory_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<bool>("bodies");
    QTest::addRow("asc.net.debug") << QStringLiteral("asc.net.debug=true") << false;
    QTest::addRow("asc.*.debug") << QStringLiteral("asc.*.debug=true") << false;
    QTest::addRow("*.debug") << QStringLiteral("*.debug=true") << false;
    QTest::addRow("asc.net.body.debug named") << QStringLiteral("asc.net.debug=true;asc.net.body.debug=true") << true;
    QTest::addRow("asc.net.body named, then off")
        << QStringLiteral("asc.net.body.debug=true;asc.net.body.debug=false") << false;
}

void TestTransportHardening::bodiesOnlyUnderTheirOwnCategory()
{
    QFETCH(QString, rules);
    QFETCH(bool, bodies);
    AnswerPeer peer;
    peer.answers.append({ QStringLiteral("/"),
        { AnswerPeer::Kind::Fixed, 200, "{\"deviceName\":\"ANSWER-BODY-MARKER\",\"emailAddress\":\"someone@example.com\"}" } });
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
    QTest::addRow("asc.net.body.debug") << QStringLiteral("asc.net.debug=true;asc.net.body.debug=true") << true;
}

void TestTransportHardening::consoleLogsNoBodyAtNetDebug()
{
    // The real console against a tenant that answers everything with a device record: the
    // sync fails, and the log shows the requests but no body.
    QFETCH(QString, rules);
    QFETCH(bool, bodies);
    AnswerPeer peer;
    peer.answers.append({ QStringLiteral("/"),
        { AnswerPeer::Kind::Fixed, 200, "{\"deviceName\":\"ANSWER-BODY-MARKER\",\"emailAddress\":\"someone@example.com\"}" } });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), rules);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("ASC_TENANT_ID"), kTenant);
    environment.insert(QStringLiteral("ASC_CLIENT_ID"), QStringLiteral("5b0e7f3a-8c1d-4e2f-9a6b-3c4d5e6f7a8b"));
    environment.insert(QStringLiteral("ASC_CLIENT_SECRET"), QStringLiteral("not-a-real-secret"));
    environment.insert(QStringLiteral("ASC_MDM_USER"), QStringLiteral("admin"));
    environment.insert(QStringLiteral("ASC_MDM_PASSWORD"), QStringLiteral("not-a-real-password"));
    QProcess console;
    console.setProcessEnvironment(environment);
    console.start(QStringLiteral(ASC_CONSOLE_PATH),
        { QStringLiteral("--headless"), QStringLiteral("sync"), QStringLiteral("--db"),
            dir.filePath(QStringLiteral("devices.sqlite")), QStringLiteral("--tenant-url"), peer.url().toString(),
            QStringLiteral("--timeout"), QStringLiteral("60") });
    QVERIFY(console.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(console.state() == QProcess::NotRunning, 120000);
    const QString log = QString::fromUtf8(console.readAllStandardError());
    QVERIFY2(log.contains(QLatin1String("asc.net: GET ")) || log.contains(QLatin1String("asc.net: POST ")),
        qPrintable(log.left(2000)));
    QVERIFY2(log.contains(QLatin1String("ANSWER-BODY-MARKER")) == bodies, qPrintable(log.left(4000)));
    QVERIFY2(log.contains(QLatin1String("someone@example.com")) == bodies, qPrintable(log.left(4000)));
}

QTEST_GUILESS_MAIN(TestTransportHardening)
#include "tst_transporthardening.moc"
