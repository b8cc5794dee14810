#include "app/net/authorizedclient.h"
#include "app/net/httptransport.h"
#include "app/net/inventoryclient.h"
#include "app/net/jsonresponse.h"
#include "app/net/tokenprovider.h"
#include "app/storage/sqlite/sqlitestore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

// The one place we fake a peer: an HTTP/1.1 responder on 127.0.0.1 that misbehaves exactly
// as scripted (a 429 with a given Retry-After, a reset, a hang), which the emulator, with
// its random fault draws, cannot do precisely.
namespace {

struct Step
{
    enum class Kind
    {
        Respond,
        Reset,
        Hang,
        Raw
    };
    Kind kind = Kind::Respond;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Step respond(
        int status, const QByteArray &body = "{}", QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        Step step;
        step.status = status;
        step.body = body;
        step.headers = std::move(headers);
        return step;
    }
    static Step reset()
    {
        Step step;
        step.kind = Kind::Reset;
        return step;
    }
    static Step hang()
    {
        Step step;
        step.kind = Kind::Hang;
        return step;
    }
    static Step raw(const QByteArray &bytes)
    {
        Step step;
        step.kind = Kind::Raw;
        step.body = bytes;
        return step;
    }
};

struct Arrival
{
    qint64 atMs = 0; // on the peer's clock
    QDateTime wallClock; // for HTTP-date Retry-After
    QByteArray method;
    QByteArray target; // path and query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return header.second;
        }
        return {};
    }
};

class ScriptedPeer final : public QObject
{
public:
    ScriptedPeer()
    {
        m_clock.start();
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("test setup: cannot listen on loopback");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url(const QString &path = QStringLiteral("/api/thing")) const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_server.serverPort());
        url.setPath(path);
        return url;
    }
    quint16 port() const { return m_server.serverPort(); }

    QList<Step> script; // consumed in order
    Step fallback = Step::respond(200, "{}"); // once the script is used up
    QList<Arrival> arrivals;
    QList<qint64> respondedAtMs; // when each answer left, on the peer's clock
    int m_connections = 0;
    qint64 now() const { return m_clock.elapsed(); }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            Arrival arrival;
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            arrival.method = requestLine.value(0);
            arrival.target = requestLine.value(1);
            qsizetype contentLength = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed();
                const QByteArray value = line.mid(colon + 1).trimmed();
                arrival.headers.append({ name, value });
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    contentLength = value.toLongLong();
            }
            if (buffer.size() < headerEnd + 4 + contentLength)
                return;
            arrival.body = buffer.mid(headerEnd + 4, contentLength);
            buffer.remove(0, headerEnd + 4 + contentLength);
            arrival.atMs = now();
            arrival.wallClock = QDateTime::currentDateTimeUtc();
            arrivals.append(arrival);
            const Step step = script.isEmpty() ? fallback : script.takeFirst();
            respondedAtMs.append(now());
            switch (step.kind) {
            case Step::Kind::Respond: {
                QByteArray response = "HTTP/1.1 " + QByteArray::number(step.status) + " Scripted\r\n";
                response += "Content-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(step.body.size()) + "\r\n";
                for (const auto &header : step.headers)
                    response += header.first + ": " + header.second + "\r\n";
                response += "\r\n" + step.body;
                socket->write(response);
                break;
            }
            case Step::Kind::Raw:
                socket->write(step.body);
                socket->disconnectFromHost();
                return;
            case Step::Kind::Reset:
                m_buffers.remove(socket);
                socket->abort();
                return;
            case Step::Kind::Hang:
                return; // keep the connection open, never answer
            }
        }
    }

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

NetSettings fastSettings()
{
    NetSettings settings;
    settings.requestTimeoutMs = 5000;
    settings.maxAttempts = 6;
    settings.backoffBaseMs = 20;
    settings.backoffCapMs = 200;
    return settings;
}

HttpRequest get(const QUrl &url, const QString &what = QStringLiteral("Scripted endpoint (/api/thing)"))
{
    HttpRequest request;
    request.url = url;
    request.what = what;
    return request;
}

// Sends and waits for the one callback.
std::optional<HttpResult> run(HttpTransport &transport, const HttpRequest &request, int timeoutMs = 20000)
{
    std::optional<HttpResult> result;
    transport.send(request, &transport, [&result](const HttpResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return std::nullopt;
    return result;
}

struct RetryRecord
{
    int attempt;
    int delayMs;
};

} // namespace

class TestNetTransport final : public QObject
{
    Q_OBJECT

private slots:
    void retryAfterSecondsIsHonoured();
    void retryAfterHttpDateIsHonoured();
    void retryAfterHoldsEveryRequestToTheHost();
    void retryAfterOutlivesTheProcess();
    void unavailableTwiceThenOk();
    void backoffGrowsWithinTheCapUpToMaxAttempts();
    void backoffCeiling_data();
    void backoffCeiling();
    void retryAfterParsing_data();
    void retryAfterParsing();
    void resetIsRetriedWhenIdempotent();
    void nonIdempotentPutIsNotRepeated();
    void tooManyRequestsIsRetriedEvenForNonIdempotent();
    void hangTimesOut();
    void badRequestIsNotRetried();
    void retryAfterLongerThanWeWait();
    void connectionRefused();
    void malformedBodyNamesTheEndpoint();
    void invalidUrlNamesTheEndpoint();
    void destroyedContextGetsNoCallback();

    void tokenIsSharedAndCached();
    void malformedTokenResponses_data();
    void malformedTokenResponses();
    void unauthorizedIsRetriedExactlyOnce();

    void inventoryStopsWhenTotalCountChanges();
    void inventoryStopsOnEmptyPage();
    void inventoryStopsWhenTheReceiverSaysSo();
    void inventoryBadRecordCorpus();
};

void TestNetTransport::retryAfterSecondsIsHonoured()
{
    ScriptedPeer peer;
    peer.script = { Step::respond(429, R"({"error":"slow down"})", { { "Retry-After", "1" } }),
        Step::respond(200, "{\"ok\":true}") };
    HttpTransport transport(fastSettings());
    QSignalSpy retries(&transport, &HttpTransport::retryScheduled);
    const auto result = run(transport, get(peer.url()));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(result->status, 200);
    QCOMPARE(result->body, QByteArray("{\"ok\":true}"));
    QCOMPARE(result->attempts, 2);
    QCOMPARE(transport.retryCount(), quint64(1));
    QCOMPARE(transport.requestCount(), quint64(2));
    QCOMPARE(peer.arrivals.size(), 2);
    // Scheduled for exactly Retry-After, not the usual backoff (which is shorter here):
    // what the transport decided, with no bound on how long a busy machine took.
    QCOMPARE(retries.count(), 1);
    QCOMPARE(retries.first().at(2).toInt(), 1000);
    // Never earlier than Retry-After, measured from when the 429 left the peer.
    const qint64 waited = peer.arrivals.at(1).atMs - peer.respondedAtMs.at(0);
    QVERIFY2(waited >= 1000, qPrintable(QStringLiteral("retried after %1 ms").arg(waited)));
}

void TestNetTransport::retryAfterHoldsEveryRequestToTheHost()
{
    // Graph throttles the client, not one request: once the console has read a 429, no
    // request to that host leaves before Retry-After, not only the retry. A request sent
    // the moment the 429 is handled (retryScheduled) must wait like the retry does.
    ScriptedPeer peer;
    peer.script = { Step::respond(429, "{}", { { "Retry-After", "1" } }), Step::respond(200), Step::respond(200) };
    HttpTransport transport(fastSettings());
    std::optional<HttpResult> other;
    qint64 the429HandledAtMs = -1;
    connect(&transport, &HttpTransport::retryScheduled, this, [&] {
        if (the429HandledAtMs >= 0)
            return;
        the429HandledAtMs = peer.now();
        HttpRequest request = get(peer.url(QStringLiteral("/api/other")), QStringLiteral("Other endpoint"));
        transport.send(request, &transport, [&other](const HttpResult &r) { other = r; });
    });
    const auto result = run(transport, get(peer.url()));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QVERIFY(QTest::qWaitFor([&other] { return other.has_value(); }, 20000));
    QVERIFY2(other->ok(), qPrintable(other->error));
    QCOMPARE(peer.arrivals.size(), 3);
    QVERIFY(the429HandledAtMs >= 0);
    for (int i = 1; i < 3; ++i) {
        const qint64 waited = peer.arrivals.at(i).atMs - peer.respondedAtMs.at(0);
        QVERIFY2(waited >= 1000,
            qPrintable(QStringLiteral("%1 arrived %2 ms after the 429").arg(QString::fromLatin1(peer.arrivals.at(i).target)).arg(waited)));
    }
}

void TestNetTransport::retryAfterOutlivesTheProcess()
{
    // A console that stops while a Retry-After runs (a timer job ends, a crash) and starts
    // again must not send before it ends: the hold is saved and the next transport, in a
    // new process, loads it.
    ScriptedPeer peer;
    peer.script = { Step::respond(429, "{}", { { "Retry-After", "2" } }) };
    NetSettings settings = fastSettings();
    settings.maxAttempts = 1; // the first process gives up at once, as if it had ended
    QByteArray saved;
    {
        HttpTransport first(settings);
        first.setThrottleStore([] { return QByteArray(); }, [&saved](const QByteArray &holds) { saved = holds; });
        const auto result = run(first, get(peer.url()));
        QVERIFY(result);
        QCOMPARE(result->status, 429);
    }
    QVERIFY2(saved.contains(QByteArray::number(peer.port())), saved.constData());

    HttpTransport second(fastSettings());
    QByteArray savedAgain;
    second.setThrottleStore([&saved] { return saved; }, [&savedAgain](const QByteArray &holds) { savedAgain = holds; });
    const auto result = run(second, get(peer.url()));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(peer.arrivals.size(), 2);
    const qint64 waited = peer.arrivals.at(1).atMs - peer.respondedAtMs.at(0);
    QVERIFY2(waited >= 2000, qPrintable(QStringLiteral("the next process sent %1 ms after the 429").arg(waited)));

    // A hold already over, one for another host, and garbage hold nothing back.
    HttpTransport third(fastSettings());
    third.setThrottleStore([] { return QByteArray(R"({"http://127.0.0.1:1":99999999999999,"x":"y"})"); }, {});
    const qint64 before = peer.now();
    const auto quick = run(third, get(peer.url()));
    QVERIFY(quick && quick->ok());
    QVERIFY2(peer.now() - before < 1500, "an unrelated hold delayed the request");
    // A hold further away than maxRetryAfterSecs (a clock set back) is cut to it.
    NetSettings shortWait = fastSettings();
    shortWait.maxRetryAfterSecs = 1;
    HttpTransport fourth(shortWait);
    const QByteArray far = "{\"" + peer.url().toString(QUrl::RemovePath).toUtf8() + "\":"
        + QByteArray::number(QDateTime::currentMSecsSinceEpoch() + 3600000) + "}";
    fourth.setThrottleStore([&far] { return far; }, {});
    const qint64 start = peer.now();
    const auto capped = run(fourth, get(peer.url()));
    QVERIFY(capped && capped->ok());
    const qint64 held = peer.arrivals.last().atMs - start;
    QVERIFY2(held >= 900 && held < 5000, qPrintable(QStringLiteral("held %1 ms").arg(held)));
}

void TestNetTransport::retryAfterHttpDateIsHonoured()
{
    ScriptedPeer peer;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime retryAt = now.addSecs(2);
    const QByteArray httpDate
        = QLocale::c().toString(retryAt, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    const QByteArray dateHeader
        = QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    peer.script = { Step::respond(429, "{}", { { "Retry-After", httpDate }, { "Date", dateHeader } }),
        Step::respond(200) };
    HttpTransport transport(fastSettings());
    const auto result = run(transport, get(peer.url()));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(result->attempts, 2);
    // The date has whole seconds: the retry must come at or after that second.
    const QDateTime due = QDateTime::fromString(
        QString::fromLatin1(httpDate).replace(QLatin1String("GMT"), QLatin1String("+0000")), Qt::RFC2822Date);
    QVERIFY(due.isValid());
    QVERIFY2(peer.arrivals.at(1).wallClock >= due,
        qPrintable(peer.arrivals.at(1).wallClock.toString(Qt::ISODateWithMs) + QStringLiteral(" < ")
            + due.toString(Qt::ISODateWithMs)));
}

void TestNetTransport::unavailableTwiceThenOk()
{
    ScriptedPeer peer;
    peer.script = { Step::respond(503), Step::respond(503), Step::respond(200, "{\"done\":1}") };
    NetSettings settings = fastSettings();
    settings.backoffBaseMs = 100;
    settings.backoffCapMs = 1000;
    HttpTransport transport(settings);
    QList<RetryRecord> retries;
    connect(&transport, &HttpTransport::retryScheduled, this,
        [&retries](const QString &, int attempt, int delayMs, const QString &) {
            retries.append({ attempt, delayMs });
        });
    const auto result = run(transport, get(peer.url()));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(result->attempts, 3);
    QCOMPARE(peer.arrivals.size(), 3);
    QCOMPARE(retries.size(), 2);
    QCOMPARE(retries.at(0).attempt, 1);
    QVERIFY(retries.at(0).delayMs >= 0 && retries.at(0).delayMs <= 100);
    QCOMPARE(retries.at(1).attempt, 2);
    QVERIFY(retries.at(1).delayMs >= 0 && retries.at(1).delayMs <= 200);
    for (int i = 1; i < 3; ++i) {
        const qint64 gap = peer.arrivals.at(i).atMs - peer.respondedAtMs.at(i - 1);
        QVERIFY2(gap >= retries.at(i - 1).delayMs - 5, qPrintable(QString::number(gap)));
    }
}

void TestNetTransport::backoffGrowsWithinTheCapUpToMaxAttempts()
{
    ScriptedPeer peer;
    peer.fallback = Step::respond(503, R"({"error":"overloaded"})");
    NetSettings settings = fastSettings();
    settings.backoffBaseMs = 100;
    settings.backoffCapMs = 250;
    settings.maxAttempts = 5;
    HttpTransport transport(settings);
    QList<RetryRecord> retries;
    connect(&transport, &HttpTransport::retryScheduled, this,
        [&retries](const QString &, int attempt, int delayMs, const QString &) {
            retries.append({ attempt, delayMs });
        });
    const auto result = run(transport, get(peer.url()));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->status, 503);
    QCOMPARE(result->attempts, 5);
    QCOMPARE(peer.arrivals.size(), 5);
    QVERIFY2(
        result->error.contains(QLatin1String("Scripted endpoint (/api/thing)")), qPrintable(result->error));
    QVERIFY2(result->error.contains(QLatin1String("503")), qPrintable(result->error));
    QVERIFY2(result->error.contains(QLatin1String("overloaded")), qPrintable(result->error));
    QVERIFY2(result->error.contains(QLatin1String("gave up after 5 attempt")), qPrintable(result->error));
    QCOMPARE(retries.size(), 4);
    const int ceilings[] = { 100, 200, 250, 250 };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(retries.at(i).attempt, i + 1);
        QVERIFY2(retries.at(i).delayMs <= ceilings[i],
            qPrintable(QStringLiteral("retry %1 waited %2 ms").arg(i + 1).arg(retries.at(i).delayMs)));
        const qint64 gap = peer.arrivals.at(i + 1).atMs - peer.respondedAtMs.at(i);
        QVERIFY2(gap >= retries.at(i).delayMs - 5, qPrintable(QString::number(gap)));
    }
}

void TestNetTransport::backoffCeiling_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<int>("base");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("ceiling");
    QTest::newRow("first") << 1 << 500 << 30000 << 500;
    QTest::newRow("second doubles") << 2 << 500 << 30000 << 1000;
    QTest::newRow("fifth") << 5 << 500 << 30000 << 8000;
    QTest::newRow("capped") << 7 << 500 << 30000 << 30000;
    QTest::newRow("far beyond the cap") << 60 << 500 << 30000 << 30000;
    QTest::newRow("base above cap") << 1 << 500 << 200 << 200;
    QTest::newRow("zero base") << 3 << 0 << 200 << 0;
}

void TestNetTransport::backoffCeiling()
{
    QFETCH(int, retry);
    QFETCH(int, base);
    QFETCH(int, cap);
    QFETCH(int, ceiling);
    QCOMPARE(HttpTransport::backoffCeilingMs(retry, base, cap), ceiling);
}

void TestNetTransport::retryAfterParsing_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("serverDate");
    QTest::addColumn<qint64>("expected");
    const QDateTime none;
    QTest::newRow("seconds") << QByteArray("3") << none << qint64(3000);
    QTest::newRow("zero") << QByteArray("0") << none << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 2 ") << none << qint64(2000);
    QTest::newRow("absent") << QByteArray() << none << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << none << qint64(-1);
    // Graph sends fractions ("Retry-After: 2.128"): waited in full, never rounded down.
    QTest::newRow("fraction") << QByteArray("1.5") << none << qint64(1500);
    QTest::newRow("Graph's fraction") << QByteArray("2.128") << none << qint64(2128);
    QTest::newRow("fraction below a millisecond is rounded up") << QByteArray("0.0001") << none << qint64(1);
    QTest::newRow("fraction with trailing zeros") << QByteArray("3.5000") << none << qint64(3500);
    QTest::newRow("point without a fraction") << QByteArray("1.") << none << qint64(-1);
    QTest::newRow("fraction without a whole part") << QByteArray(".5") << none << qint64(-1);
    QTest::newRow("two points") << QByteArray("1.2.3") << none << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << none << qint64(-1);
    QTest::newRow("http date") << QByteArray("Tue, 14 Nov 2023 22:13:30 GMT") << none << qint64(10000);
    QTest::newRow("http date in the past")
        << QByteArray("Tue, 14 Nov 2023 22:13:10 GMT") << none << qint64(0);
    // Our clock is ahead of the server's: the server's own Date makes the wait longer.
    QTest::newRow("skewed server clock")
        << QByteArray("Tue, 14 Nov 2023 22:13:30 GMT")
        << QDateTime(QDate(2023, 11, 14), QTime(22, 13, 0), Qt::UTC) << qint64(30000);
}

void TestNetTransport::retryAfterParsing()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, serverDate);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2023, 11, 14), QTime(22, 13, 20), Qt::UTC);
    QCOMPARE(HttpTransport::retryAfterMs(value, now, serverDate), expected);
}

void TestNetTransport::resetIsRetriedWhenIdempotent()
{
    ScriptedPeer peer;
    peer.script = { Step::reset(), Step::respond(200, "{\"after\":\"reset\"}") };
    HttpTransport transport(fastSettings());
    const auto result = run(transport, get(peer.url()));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(result->body, QByteArray("{\"after\":\"reset\"}"));
    QVERIFY(peer.arrivals.size() >= 2);
}

void TestNetTransport::nonIdempotentPutIsNotRepeated()
{
    ScriptedPeer peer;
    peer.script = { Step::respond(503), Step::respond(200) };
    HttpTransport transport(fastSettings());
    HttpRequest request = get(peer.url(), QStringLiteral("Scripted order (/api/order)"));
    request.method = "PUT";
    request.body = "{\"n\":1}";
    request.retryable = false;
    const auto result = run(transport, request);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->status, 503);
    QCOMPARE(result->attempts, 1);
    QCOMPARE(peer.arrivals.size(), 1);
    QCOMPARE(transport.retryCount(), quint64(0));
    QVERIFY2(
        result->error.startsWith(QLatin1String("Scripted order (/api/order): ")), qPrintable(result->error));

    // The same PUT marked idempotent (a fixed message id) is retried.
    peer.arrivals.clear();
    peer.script = { Step::respond(503), Step::respond(202, "{\"Status\":\"InProgress\"}") };
    request.retryable = true;
    const auto retried = run(transport, request);
    QVERIFY(retried);
    QVERIFY2(retried->ok(), qPrintable(retried->error));
    QCOMPARE(retried->attempts, 2);
    QCOMPARE(peer.arrivals.size(), 2);
    QCOMPARE(peer.arrivals.at(1).body, QByteArray("{\"n\":1}"));
}

void TestNetTransport::tooManyRequestsIsRetriedEvenForNonIdempotent()
{
    ScriptedPeer peer;
    peer.script = { Step::respond(429, "{}", { { "Retry-After", "0" } }), Step::respond(201) };
    HttpTransport transport(fastSettings());
    HttpRequest request = get(peer.url());
    request.method = "POST";
    request.body = "x=1";
    const auto result = run(transport, request);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(result->status, 201);
    QCOMPARE(result->attempts, 2);
}

void TestNetTransport::hangTimesOut()
{
    ScriptedPeer peer;
    peer.script = { Step::hang(), Step::hang() };
    NetSettings settings = fastSettings();
    settings.requestTimeoutMs = 300;
    settings.maxAttempts = 2;
    HttpTransport transport(settings);
    QElapsedTimer timer;
    timer.start();
    const auto result = run(transport, get(peer.url()));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->status, 0);
    QCOMPARE(result->attempts, 2);
    QVERIFY2(timer.elapsed() >= 600, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(
        result->error.contains(QLatin1String("Scripted endpoint (/api/thing)")), qPrintable(result->error));
    QVERIFY2(
        result->error.contains(QLatin1String("no response within 0.3 seconds")), qPrintable(result->error));
}

void TestNetTransport::badRequestIsNotRetried()
{
    ScriptedPeer peer;
    peer.script = { Step::respond(400, R"({"error":"fq: unknown field 'colour'"})") };
    HttpTransport transport(fastSettings());
    const auto result = run(transport, get(peer.url(), QStringLiteral("MDM device list (/api/v1/device)")));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->status, 400);
    QCOMPARE(result->attempts, 1);
    QCOMPARE(peer.arrivals.size(), 1);
    QCOMPARE(result->error,
        QStringLiteral("MDM device list (/api/v1/device): the server answered HTTP 400 Scripted: fq: unknown "
                       "field 'colour'"));
}

void TestNetTransport::retryAfterLongerThanWeWait()
{
    ScriptedPeer peer;
    peer.script = { Step::respond(429, "{}", { { "Retry-After", "3600" } }) };
    NetSettings settings = fastSettings();
    settings.maxRetryAfterSecs = 60;
    HttpTransport transport(settings);
    const auto result = run(transport, get(peer.url()));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->attempts, 1);
    QVERIFY2(result->error.contains(QLatin1String("3600 seconds")), qPrintable(result->error));
    QVERIFY2(result->error.startsWith(QLatin1String("Scripted endpoint (/api/thing): ")),
        qPrintable(result->error));
}

void TestNetTransport::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    }
    NetSettings settings = fastSettings();
    settings.maxAttempts = 3;
    HttpTransport transport(settings);
    QUrl url(QStringLiteral("http://127.0.0.1/api/thing"));
    url.setPort(port);
    const auto result = run(transport, get(url));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->networkError, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(result->attempts, 3);
    QVERIFY2(
        result->error.contains(QLatin1String("Scripted endpoint (/api/thing)")), qPrintable(result->error));
    QVERIFY2(result->error.contains(QLatin1String("refused")), qPrintable(result->error));
}

void TestNetTransport::malformedBodyNamesTheEndpoint()
{
    ScriptedPeer peer;
    peer.script = { Step::respond(200, "<html><body>Gateway says hi</body></html>") };
    HttpTransport transport(fastSettings());
    const auto result = run(transport, get(peer.url()));
    QVERIFY(result);
    QVERIFY(result->ok()); // HTTP is fine: the body is the problem
    QJsonObject object;
    QString error;
    QVERIFY(!JsonResponse::parseObject(
        result->body, QStringLiteral("Scripted endpoint (/api/thing)"), &object, &error));
    QVERIFY2(error.startsWith(QLatin1String("Scripted endpoint (/api/thing): the response is not JSON")),
        qPrintable(error));

    // Through a client: the message names the client's endpoint.
    NetSettings settings = fastSettings();
    settings.mdmBaseUrl = peer.url(QString());
    settings.mdmUser = QStringLiteral("admin");
    settings.mdmPassword = QStringLiteral("pw");
    InventoryClient inventory(&transport, settings);
    peer.script = { Step::respond(200, "{\"result\":{\"searchResults\": [tru") };
    std::optional<QString> partitionsError;
    inventory.fetchPartitions(
        this, [&partitionsError](const QList<InventoryClient::Partition> &, const QString &e) {
            partitionsError = e;
        });
    QTRY_VERIFY(partitionsError.has_value());
    QVERIFY2(partitionsError->startsWith(
                 QLatin1String("MDM partitions (/api/v1/tenant/partition/device): the response is not JSON")),
        qPrintable(*partitionsError));
    QCOMPARE(peer.arrivals.constLast().header("Authorization"),
        QByteArray("Basic ") + QByteArray("admin:pw").toBase64());

    // A garbled HTTP answer is an error too, and names the endpoint. (Every answer is
    // garbled: Qt itself resends once when a reused connection breaks.)
    peer.fallback = Step::raw("HTTX/9 banana\r\n\r\n");
    const auto garbled = run(transport, get(peer.url()));
    QVERIFY(garbled);
    QVERIFY(!garbled->ok());
    QVERIFY2(garbled->error.startsWith(QLatin1String("Scripted endpoint (/api/thing): ")),
        qPrintable(garbled->error));
}

void TestNetTransport::invalidUrlNamesTheEndpoint()
{
    HttpTransport transport(fastSettings());
    bool calledSynchronously = true;
    std::optional<HttpResult> result;
    HttpRequest request = get(QUrl(), QStringLiteral("Partner device sync (DataUploadMessages)"));
    transport.send(request, this, [&](const HttpResult &r) { result = r; });
    calledSynchronously = result.has_value();
    QVERIFY(!calledSynchronously);
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY2(result->error.startsWith(QLatin1String("Partner device sync (DataUploadMessages): no URL")),
        qPrintable(result->error));
}

void TestNetTransport::destroyedContextGetsNoCallback()
{
    ScriptedPeer peer;
    peer.script = { Step::respond(503), Step::respond(200) };
    NetSettings settings = fastSettings();
    settings.backoffBaseMs = 400; // the context goes away while the retry waits
    settings.backoffCapMs = 400;
    HttpTransport transport(settings);
    transport.setRandomSeed(7);
    bool called = false;
    auto context = std::make_unique<QObject>();
    transport.send(get(peer.url()), context.get(), [&called](const HttpResult &) { called = true; });
    QTRY_COMPARE(peer.arrivals.size(), 1);
    context.reset();
    QTRY_COMPARE(transport.pendingCount(), 0);
    QTest::qWait(100);
    QVERIFY(!called);
    QCOMPARE(peer.arrivals.size(), 1); // nobody is waiting for the answer: not asked again
}

void TestNetTransport::tokenIsSharedAndCached()
{
    ScriptedPeer peer;
    peer.script
        = { Step::respond(200, R"({"token_type":"Bearer","expires_in":3600,"access_token":"tok-1"})") };
    NetSettings settings = fastSettings();
    settings.loginBaseUrl = peer.url(QStringLiteral("/login"));
    settings.tenantId = QStringLiteral("6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c");
    settings.clientId = QStringLiteral("client");
    settings.clientSecret = QStringLiteral("s3cret&=+");
    HttpTransport transport(settings);
    TokenProvider tokens(&transport, settings);
    QDateTime clock = QDateTime::currentDateTimeUtc();
    tokens.setClock([&clock] { return clock; });
    QStringList got;
    for (int i = 0; i < 3; ++i)
        tokens.token(TokenProvider::managementScope(), this,
            [&got](const QString &t, const QString &) { got.append(t); });
    QTRY_COMPARE(got.size(), 3);
    QCOMPARE(got, QStringList(3, QStringLiteral("tok-1")));
    QCOMPARE(peer.arrivals.size(), 1);
    QCOMPARE(tokens.tokenRequestCount(), 1);
    const Arrival &arrival = peer.arrivals.at(0);
    QCOMPARE(arrival.method, QByteArray("POST"));
    QCOMPARE(arrival.target, QByteArray("/login/6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c/oauth2/v2.0/token"));
    QVERIFY(arrival.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    const QUrlQuery form(QString::fromLatin1(arrival.body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
    QCOMPARE(form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
        QStringLiteral("https://api.manage.microsoft.com//.default"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded),
        QStringLiteral("s3cret&=+"));

    // Cached until 5 minutes before expiry, then fetched again.
    clock = clock.addSecs(3600 - 301);
    got.clear();
    tokens.token(
        TokenProvider::managementScope(), this, [&got](const QString &t, const QString &) { got.append(t); });
    QTRY_COMPARE(got.size(), 1);
    QCOMPARE(peer.arrivals.size(), 1);
    clock = clock.addSecs(2);
    peer.script
        = { Step::respond(200, R"({"token_type":"Bearer","expires_in":3600,"access_token":"tok-2"})") };
    tokens.token(
        TokenProvider::managementScope(), this, [&got](const QString &t, const QString &) { got.append(t); });
    QTRY_COMPARE(got.size(), 2);
    QCOMPARE(got.at(1), QStringLiteral("tok-2"));
    QCOMPARE(peer.arrivals.size(), 2);
}

void TestNetTransport::malformedTokenResponses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not JSON") << 200 << QByteArray("access_token=abc")
                              << QStringLiteral("the response is not JSON");
    QTest::newRow("empty") << 200 << QByteArray() << QStringLiteral("the response is empty");
    QTest::newRow("array") << 200 << QByteArray("[]") << QStringLiteral("not an object");
    QTest::newRow("no access_token") << 200 << QByteArray(R"({"token_type":"Bearer","expires_in":3600})")
                                     << QStringLiteral("the response has no access_token");
    QTest::newRow("access_token not a string") << 200 << QByteArray(R"({"expires_in":3600,"access_token":5})")
                                               << QStringLiteral("the response has no access_token");
    QTest::newRow("expires_in missing")
        << 200 << QByteArray(R"({"access_token":"t"})") << QStringLiteral("the response has no expires_in");
    QTest::newRow("expires_in negative") << 200 << QByteArray(R"({"access_token":"t","expires_in":-5})")
                                         << QStringLiteral("expires_in is negative (-5)");
    QTest::newRow("expires_in not a number")
        << 200 << QByteArray(R"({"access_token":"t","expires_in":"soon"})")
        << QStringLiteral("expires_in is not a whole number");
    QTest::newRow("wrong token type")
        << 200 << QByteArray(R"({"access_token":"t","expires_in":60,"token_type":"MAC"})")
        << QStringLiteral("not Bearer");
    QTest::newRow("invalid client")
        << 401 << QByteArray(R"({"error":"invalid_client","error_description":"AADSTS7000215: bad secret"})")
        << QStringLiteral("HTTP 401 Scripted: invalid_client: AADSTS7000215: bad secret");
}

void TestNetTransport::malformedTokenResponses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    ScriptedPeer peer;
    peer.script = { Step::respond(status, body) };
    NetSettings settings = fastSettings();
    settings.loginBaseUrl = peer.url(QString());
    settings.tenantId = QStringLiteral("tenant-guid");
    settings.clientId = QStringLiteral("client");
    settings.clientSecret = QStringLiteral("secret");
    HttpTransport transport(settings);
    TokenProvider tokens(&transport, settings);
    std::optional<QPair<QString, QString>> answer;
    tokens.token(TokenProvider::graphScope(), this,
        [&answer](const QString &token, const QString &error) { answer = qMakePair(token, error); });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->first.isEmpty());
    QVERIFY2(answer->second.startsWith(QLatin1String("Token endpoint (/tenant-guid/oauth2/v2.0/token): ")),
        qPrintable(answer->second));
    QVERIFY2(answer->second.contains(problem), qPrintable(answer->second));
    QCOMPARE(peer.arrivals.size(), 1);
    QVERIFY(!tokens.refreshTime(TokenProvider::graphScope()).isValid());
}

void TestNetTransport::unauthorizedIsRetriedExactlyOnce()
{
    ScriptedPeer peer;
    const auto token = [](const char *value) {
        return Step::respond(
            200, QByteArray(R"({"token_type":"Bearer","expires_in":3600,"access_token":")") + value + "\"}");
    };
    const Step unauthorized = Step::respond(
        401, R"({"error":"invalid_token"})", { { "WWW-Authenticate", "Bearer error=\"invalid_token\"" } });
    peer.script = { token("first"), unauthorized, token("second"), Step::respond(200, "{\"v\":1}") };
    NetSettings settings = fastSettings();
    settings.loginBaseUrl = peer.url(QString());
    settings.tenantId = QStringLiteral("t");
    settings.clientId = QStringLiteral("c");
    settings.clientSecret = QStringLiteral("s");
    HttpTransport transport(settings);
    TokenProvider tokens(&transport, settings);
    AuthorizedClient client(&transport, &tokens);
    std::optional<HttpResult> result;
    client.send(TokenProvider::graphScope(), get(peer.url(QStringLiteral("/graph"))), this,
        [&result](const HttpResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(peer.arrivals.size(), 4);
    QCOMPARE(peer.arrivals.at(1).header("Authorization"), QByteArray("Bearer first"));
    QCOMPARE(peer.arrivals.at(3).header("Authorization"), QByteArray("Bearer second"));
    QCOMPARE(client.reauthorizations(), 1);
    QCOMPARE(result->attempts, 2);

    // A second 401 with the fresh token is the answer: no loop.
    peer.arrivals.clear();
    peer.script = { unauthorized, token("third"), unauthorized };
    result.reset();
    client.send(TokenProvider::graphScope(),
        get(peer.url(QStringLiteral("/graph")), QStringLiteral("Graph thing")), this,
        [&result](const HttpResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->status, 401);
    QCOMPARE(peer.arrivals.size(), 3);
    QVERIFY2(result->error.startsWith(QLatin1String("Graph thing: the server answered HTTP 401")),
        qPrintable(result->error));
}

namespace {
QByteArray devicePage(
    qint64 total, qint64 offset, const QList<qint64> &ids, const QByteArray &extraRecord = {})
{
    QJsonArray rows;
    for (qint64 id : ids) {
        rows.append(QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("guid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("deviceName"), QStringLiteral("dev-%1").arg(id) },
            { QStringLiteral("platformType"), QStringLiteral("IOS") } });
    }
    QByteArray json = QJsonDocument(
        QJsonObject { { QStringLiteral("result"),
            QJsonObject { { QStringLiteral("totalCount"), total }, { QStringLiteral("offset"), offset },
                { QStringLiteral("limit"), 2 }, { QStringLiteral("searchResults"), rows } } } })
                          .toJson(QJsonDocument::Compact);
    if (!extraRecord.isEmpty())
        json.replace("\"searchResults\":[",
            QByteArray("\"searchResults\":[" + extraRecord + (ids.isEmpty() ? "" : ",")));
    return json;
}

struct PullOutcome
{
    QList<qint64> ids;
    QList<QPair<qint64, qint64>> progress;
    std::optional<QString> error;
    QStringList recordErrors;
};

void pull(InventoryClient &inventory, QObject *context, PullOutcome *outcome, int stopAfterPages = -1)
{
    int pages = 0;
    inventory.fetchAllDevices(
        context,
        [outcome, &pages, stopAfterPages](const QList<DeviceRecord> &page, qint64 done, qint64 total) {
            for (const DeviceRecord &device : page)
                outcome->ids.append(device.id);
            outcome->progress.append({ done, total });
            return ++pages != stopAfterPages;
        },
        [outcome](const QString &error, const QStringList &recordErrors) {
            outcome->error = error;
            outcome->recordErrors = recordErrors;
        });
    QTRY_VERIFY(outcome->error.has_value());
}

NetSettings inventorySettings(const ScriptedPeer &peer)
{
    NetSettings settings = fastSettings();
    settings.mdmBaseUrl = peer.url(QString());
    settings.partitionId = 1001;
    settings.pageSize = 2;
    return settings;
}
} // namespace

void TestNetTransport::inventoryStopsWhenTotalCountChanges()
{
    ScriptedPeer peer;
    peer.script = { Step::respond(200, devicePage(5, 0, { 1, 2 }, R"({"id":99,"guid":"not-a-guid"})")),
        Step::respond(200, devicePage(6, 3, { 3, 4 })) };
    HttpTransport transport(inventorySettings(peer));
    InventoryClient inventory(&transport, inventorySettings(peer));
    PullOutcome outcome;
    pull(inventory, this, &outcome);
    QCOMPARE(outcome.ids, (QList<qint64> { 1, 2 }));
    QVERIFY2(outcome.error->contains(
                 QLatin1String("MDM device list (/api/v1/device): the number of devices changed "
                               "during the pull (from 5 to 6)")),
        qPrintable(*outcome.error));
    QCOMPARE(outcome.recordErrors.size(), 1);
    QVERIFY2(outcome.recordErrors.at(0).startsWith(QLatin1String("Device 99 skipped: the field \"guid\"")),
        qPrintable(outcome.recordErrors.at(0)));
    QCOMPARE(peer.arrivals.size(), 2);
    QCOMPARE(peer.arrivals.at(0).target, QByteArray("/api/v1/device?dmPartitionId=1001&rows=2&start=0"
                                                     "&sortFields%5B0%5D.name=id&sortFields%5B0%5D.order=ASC"));
    // Skipped records count as read: the next page starts after them. The server sent
    // three rows for two asked: the pull asks by the server's page size from then on.
    QCOMPARE(peer.arrivals.at(1).target, QByteArray("/api/v1/device?dmPartitionId=1001&rows=3&start=3"
                                                     "&sortFields%5B0%5D.name=id&sortFields%5B0%5D.order=ASC"));
}

void TestNetTransport::inventoryStopsOnEmptyPage()
{
    ScriptedPeer peer;
    peer.script
        = { Step::respond(200, devicePage(4, 0, { 1, 2 })), Step::respond(200, devicePage(4, 2, {})) };
    HttpTransport transport(inventorySettings(peer));
    InventoryClient inventory(&transport, inventorySettings(peer));
    PullOutcome outcome;
    pull(inventory, this, &outcome);
    QCOMPARE(outcome.ids, (QList<qint64> { 1, 2 }));
    QVERIFY2(outcome.error->contains(QLatin1String("the page at 2 came back empty although totalCount is 4")),
        qPrintable(*outcome.error));
    QCOMPARE(peer.arrivals.size(), 2);
}

void TestNetTransport::inventoryStopsWhenTheReceiverSaysSo()
{
    ScriptedPeer peer;
    peer.script = { Step::respond(200, devicePage(6, 0, { 1, 2 })),
        Step::respond(200, devicePage(6, 2, { 3, 4 })), Step::respond(200, devicePage(6, 4, { 5, 6 })) };
    HttpTransport transport(inventorySettings(peer));
    InventoryClient inventory(&transport, inventorySettings(peer));
    PullOutcome outcome;
    pull(inventory, this, &outcome, 1);
    QCOMPARE(outcome.ids, (QList<qint64> { 1, 2 }));
    QVERIFY2(outcome.error->contains(QLatin1String("the pull was stopped after 2 devices")),
        qPrintable(*outcome.error));
    QCOMPARE(outcome.progress, (QList<QPair<qint64, qint64>> { { 2, 6 } }));
    QTest::qWait(100);
    // At most the pages already asked for ahead (two once the total is known).
    QVERIFY(peer.arrivals.size() <= 3);
}


// The bad-input corpus in one page. Each bad record is skipped, or normalized,
// with a message naming the device (or its position) and the field; the good ones are
// imported; what the store held for the skipped devices stays as it was.
void TestNetTransport::inventoryBadRecordCorpus()
{
    const auto record = [](qint64 id, const QJsonObject &fields = {}) {
        QJsonObject object { { QStringLiteral("id"), id },
            { QStringLiteral("guid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("deviceName"), QStringLiteral("dev-%1").arg(id) },
            { QStringLiteral("platformType"), QStringLiteral("IOS") } };
        for (auto it = fields.begin(); it != fields.end(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    QJsonObject missingId = record(0);
    missingId.remove(QStringLiteral("id"));
    const QJsonArray rows { record(1),
        record(2, { { QStringLiteral("guid"), QStringLiteral("6f9619ff-8b86-d011-b42d") } }),
        record(3, { { QStringLiteral("azureClientStatusCode"), QStringLiteral("Token_Broker_Crashed") } }),
        record(4, { { QStringLiteral("deviceName"), QString(1024 * 1024, QLatin1Char('x')) } }),
        record(5, { { QStringLiteral("deviceName"), QStringLiteral("INVALID_UTF8_HERE") } }),
        record(6, { { QStringLiteral("lastCheckin"), -5 } }),
        record(7, { { QStringLiteral("lastCheckin"), 9.0e15 } }), record(1), missingId };
    QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("result"),
                                        QJsonObject { { QStringLiteral("totalCount"), rows.size() },
                                            { QStringLiteral("offset"), 0 }, { QStringLiteral("searchResults"), rows } } } })
                          .toJson(QJsonDocument::Compact);
    body.replace("INVALID_UTF8_HERE", "Caf\xc3\xa9 \xff\xfe tablet");

    ScriptedPeer peer;
    peer.script = { Step::respond(200, body) };
    HttpTransport transport(inventorySettings(peer));
    InventoryClient inventory(&transport, inventorySettings(peer));
    QList<DeviceRecord> received;
    std::optional<QString> finished;
    QStringList recordErrors;
    inventory.fetchAllDevices(
        this,
        [&](const QList<DeviceRecord> &page, qint64, qint64) {
            received += page;
            return true;
        },
        [&](const QString &error, const QStringList &errors) {
            finished = error;
            recordErrors = errors;
        });
    QTRY_VERIFY(finished.has_value());
    QVERIFY2(finished->isEmpty(), qPrintable(*finished));
    QList<qint64> ids;
    for (const DeviceRecord &device : std::as_const(received))
        ids.append(device.id);
    QCOMPARE(ids, (QList<qint64> { 1, 3, 5 }));
    QVERIFY(!received.at(1).clientStatus.isKnown());
    QCOMPARE(received.at(1).clientStatus.wireName(), QStringLiteral("Token_Broker_Crashed"));
    QCOMPARE(received.at(2).name, QStringLiteral("Caf\u00e9 \uFFFD\uFFFD tablet"));

    const QStringList expected { QStringLiteral("Device 2 skipped: the field \"guid\""),
        QStringLiteral("Device 4 skipped: the field \"deviceName\" is 1024 KiB long"),
        QStringLiteral("Device 5: the field(s) deviceName had bytes that are not UTF-8"),
        QStringLiteral("Device 6 skipped: the field \"lastCheckin\" is -5, not a plausible time"),
        QStringLiteral("Device 7 skipped: the field \"lastCheckin\" is 9000000000000000, not a plausible time"),
        QStringLiteral("Device 1 (record 8) skipped: the id 1 is listed twice; the first record was kept."),
        QStringLiteral("Device record 9 skipped: the field \"id\" is missing.") };
    QCOMPARE(recordErrors.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(recordErrors.at(i).startsWith(expected.at(i)), qPrintable(recordErrors.at(i)));

    // What the engine does with a page: an inventory-only upsert. The devices whose new
    // record was bad keep what the store had.
    QTemporaryDir dir;
    SqliteStore store(dir.filePath(QStringLiteral("devices.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    QList<DeviceRecord> stored;
    for (qint64 id : { 2, 4, 6, 7 }) {
        DeviceRecord device;
        device.id = id;
        device.name = QStringLiteral("stored-%1").arg(id);
        stored.append(device);
    }
    QVERIFY2(store.devices().upsertDevices(stored, &error), qPrintable(error));
    QVERIFY2(store.devices().upsertDevices(received, &error, DeviceStore::UpsertMode::InventoryOnly), qPrintable(error));
    QCOMPARE(store.devices().deviceCount(), 7);
    for (qint64 id : { 2, 4, 6, 7 })
        QCOMPARE(store.devices().loadDevice(id, &error)->name, QStringLiteral("stored-%1").arg(id));
}

QTEST_GUILESS_MAIN(TestNetTransport)
#include "tst_nettransport.moc"
