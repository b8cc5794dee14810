#include "app/net/httptransport.h"

#include "app/logging/logcategories.h"
#include "app/net/jsonresponse.h"
#include "app/security/redaction.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <algorithm>

namespace {
// QNetworkAccessManager opens at most 6 connections per host (HTTP/1.1) and queues the
// rest internally, where the Retry-After gate cannot hold them back.
constexpr int kMaxInFlightPerHost = 6;
constexpr qint64 kMaxRetryAfterSeconds = 1000000000;

QDateTime parseHttpDate(const QByteArray &value)
{
    // IMF-fixdate, the form every sender must generate: "Sun, 06 Nov 1994 08:49:37 GMT".
    QString text = QString::fromLatin1(value).simplified();
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    return date.isValid() ? date.toUTC() : QDateTime();
}

bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // a transfer timeout; our own aborts never get here
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

bool isTimeout(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError;
}
} // namespace

struct HttpTransport::Exchange
{
    HttpRequest request;
    Callback callback;
    QPointer<const QObject> context;
    bool idempotent = false;
    QStringList tlsErrors; // the certificate problems of the last attempt
    QString refusedRedirect; // a redirect to a URL the rules refuse (http:// to another host)
    qint64 answerTooLarge = -1; // the bytes announced or received when the limit stopped the answer
    int attempts = 0;
    int timeoutMs = 0;
};

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

HttpTransport::HttpTransport(const NetSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_manager(new QNetworkAccessManager(this))
    , m_random(QRandomGenerator::securelySeeded())
{
    setSettings(settings);
}

void HttpTransport::setSettings(const NetSettings &settings)
{
    m_settings = settings;
    m_tls = QSslConfiguration::defaultConfiguration();
    m_caError.clear();
    if (!settings.caFile.isEmpty()) {
        const QList<QSslCertificate> certificates = loadCaCertificates(settings.caFile, &m_caError);
        if (!certificates.isEmpty())
            m_tls.addCaCertificates(certificates);
    }
}

bool HttpTransport::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

namespace {
// "scheme://user:password@" (also with characters QUrl refuses), or "user:password@host"
// typed without a scheme.
const QRegularExpression &userInfoPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\s*(?:[A-Za-z][A-Za-z0-9+.\\-]*:)?//)?[^/?#]*@"));
    return pattern;
}
} // namespace

bool HttpTransport::hasUserInfo(const QString &urlText)
{
    return userInfoPattern().match(urlText).hasMatch();
}

bool HttpTransport::hasUserInfo(const QUrl &url)
{
    return !url.userName().isEmpty() || !url.password().isEmpty()
        || hasUserInfo(url.toString());
}

QString HttpTransport::withoutUserInfo(const QString &urlText)
{
    return QString(urlText).replace(userInfoPattern(), QStringLiteral("\\1"));
}

QString HttpTransport::urlProblem(const QUrl &url, const QString &what)
{
    if (hasUserInfo(url)) {
        //: %2 is the URL without its user name and password
        return tr("%1: a URL must not hold a user name or password; credentials are never kept in the settings. "
                  "Enter %2 and put the credentials in the API user and password fields.")
            .arg(what, withoutUserInfo(url.toString()));
    }
    if (url.isEmpty())
        return tr("%1: no URL is set for this endpoint; check the settings.").arg(what);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("%1: \"%2\" is not a valid absolute URL; check the settings.").arg(what, url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("%1: \"%2\" is not an http(s) URL.").arg(what, url.toString());
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        //: %2 is a host name. Only loopback (this machine) may use plain http.
        return tr("%1: refused to use http:// with %2: credentials and reports leave this machine only over "
                  "https. Use https://%2.")
            .arg(what, url.host());
    return {};
}

QList<QSslCertificate> HttpTransport::loadCaCertificates(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("CA certificates file %1: cannot be read: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.read(qint64(4) << 20), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = tr("CA certificates file %1: holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\").")
                     .arg(QDir::toNativeSeparators(path));
    }
    return certificates;
}

HttpTransport::~HttpTransport() = default;

void HttpTransport::resetCounters()
{
    m_requests = 0;
    m_retries = 0;
}

void HttpTransport::send(const HttpRequest &request, const QObject *context, Callback callback)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->request = request;
    exchange->callback = std::move(callback);
    exchange->context = context ? context : this;
    const QByteArray method = request.method.toUpper();
    exchange->idempotent = request.retryable || method == "GET" || method == "HEAD";
    exchange->timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : m_settings.requestTimeoutMs;
    ++m_pending;

    QString refusal = urlProblem(request.url, request.what);
    if (refusal.isEmpty() && request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
        && !m_caError.isEmpty())
        refusal = request.what + QStringLiteral(": ") + m_caError;
    if (!refusal.isEmpty()) {
        // Refused before any connection is made.
        HttpResult result;
        result.networkError = QNetworkReply::ProtocolUnknownError;
        result.error = refusal;
        // Never call back from within send(): callers may not be ready for it.
        QTimer::singleShot(0, this, [this, exchange, result] { deliver(exchange, result); });
        return;
    }
    startWhenDue(exchange, QDeadlineTimer(0));
}

void HttpTransport::startAttempt(const std::shared_ptr<Exchange> &exchange)
{
    if (!exchange->context) {
        --m_pending;
        const QString host = hostKey(exchange->request.url);
        QMetaObject::invokeMethod(this, [this, host] { startNextWaiting(host); }, Qt::QueuedConnection);
        return;
    }
    ++exchange->attempts;
    ++m_requests;
    ++m_inFlight[hostKey(exchange->request.url)];

    const HttpRequest &request = exchange->request;
    QNetworkRequest networkRequest(request.url);
    networkRequest.setTransferTimeout(exchange->timeoutMs);
    // Every redirect target passes the same https rule as the first URL.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("AzureStatusConsole"));
    for (const auto &header : request.headers) {
        networkRequest.setRawHeader(header.first, header.second);
        // The credential of an Authorization header ("Bearer <token>", "Basic <base64>")
        // is masked in every log line and error text from now on.
        if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            Redaction::registerToken(QString::fromLatin1(header.second.mid(header.second.indexOf(' ') + 1)));
    }
    if (request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        networkRequest.setSslConfiguration(m_tls);
    exchange->tlsErrors.clear();
    exchange->refusedRedirect.clear();
    exchange->answerTooLarge = -1;
    if (lcNet().isDebugEnabled()) {
        // Headers as sent, through the redaction: credentials never reach the log.
        QByteArrayList headers;
        for (const auto &header : request.headers)
            headers.append(header.first + ": " + header.second);
        qCDebug(lcNet).noquote() << request.method << request.url.toString() << "attempt" << exchange->attempts
                                 << Redaction::redact(QString::fromUtf8(headers.join("; ")))
                                 << request.body.size() << "bytes";
    }
    // Bodies hold device names and e-mail addresses: only where asc.net.body is named.
    qCDebug(lcNetBody).noquote() << request.method << request.url.toString() << "body:"
                                 << Redaction::redact(QString::fromUtf8(request.body.left(300)));

    const QByteArray method = request.method.toUpper();
    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = m_manager->get(networkRequest);
    else if (method == "HEAD")
        reply = m_manager->head(networkRequest);
    else if (method == "DELETE" && request.body.isEmpty())
        reply = m_manager->deleteResource(networkRequest);
    else
        reply = m_manager->sendCustomRequest(networkRequest, method, request.body);

    // Certificate errors are never ignored: the handshake fails and the error names them.
    connect(reply, &QNetworkReply::sslErrors, this, [exchange](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            exchange->tlsErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::redirected, this, [exchange, reply](const QUrl &target) {
        const QString problem = urlProblem(reply->url().resolved(target), exchange->request.what);
        if (problem.isEmpty()) {
            emit reply->redirectAllowed();
            return;
        }
        exchange->refusedRedirect = problem;
        reply->abort();
    });
    // The answer's size limit, checked as soon as the headers announce a length and at every
    // chunk: readyRead comes with each one, downloadProgress at most every 100 ms.
    const auto checkSize = [exchange, reply](qint64 bytes) {
        if (exchange->answerTooLarge >= 0 || bytes <= answerLimit(exchange->request, reply))
            return;
        exchange->answerTooLarge = bytes;
        reply->abort(); // finished() comes from within abort()
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, checkSize] {
        bool known = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known)
            checkSize(length);
    });
    connect(reply, &QNetworkReply::readyRead, this, [reply, checkSize] { checkSize(reply->bytesAvailable()); });
    connect(reply, &QNetworkReply::downloadProgress, this, [checkSize](qint64 received, qint64) { checkSize(received); });
    connect(reply, &QNetworkReply::finished, this, [this, exchange, reply] { onFinished(exchange, reply); });
}

qint64 HttpTransport::answerLimit(const HttpRequest &request, const QNetworkReply *reply)
{
    const qint64 limit = request.maxAnswerBytes > 0 ? request.maxAnswerBytes : AnswerLimit::Default;
    const int status = reply ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    if (status > 0 && (status < 200 || status >= 300))
        return std::min(limit, AnswerLimit::ErrorBody);
    return limit;
}

void HttpTransport::onFinished(const std::shared_ptr<Exchange> &exchange, QNetworkReply *reply)
{
    reply->deleteLater();
    const QString host = hostKey(exchange->request.url);
    if (--m_inFlight[host] <= 0)
        m_inFlight.remove(host);
    // Queued so that this reply is handled (and a 429 closes the gate) before the next
    // request goes out.
    QMetaObject::invokeMethod(this, [this, host] { startNextWaiting(host); }, Qt::QueuedConnection);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.headers = reply->rawHeaderPairs();
    if (reply->isOpen()) // an aborted reply (a transfer timeout) is closed
        result.body = reply->readAll();
    result.networkError = reply->error();
    result.attempts = exchange->attempts;
    const QString reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QString networkErrorText = reply->errorString();

    if (!exchange->context) {
        --m_pending;
        return;
    }
    if (exchange->answerTooLarge >= 0) {
        // Never repeated: the same request would get the same answer.
        const QString limit = QLocale().formattedDataSize(
            answerLimit(exchange->request, reply), 0, QLocale::DataSizeIecFormat);
        //: %2 is a size such as "16 MiB"
        result.error = result.status > 0 && (result.status < 200 || result.status >= 300)
            ? tr("%1: the server's answer (HTTP %3) is larger than %2, the most this console reads of an error "
                 "answer; it was stopped there.")
                  .arg(exchange->request.what, limit)
                  .arg(result.status)
            : tr("%1: the server's answer is larger than %2, the most this console accepts from this endpoint; it "
                 "was stopped there and not repeated.")
                  .arg(exchange->request.what, limit);
        result.body.clear();
        deliver(exchange, result);
        return;
    }
    if (!exchange->refusedRedirect.isEmpty()) {
        //: %1 says which URL was refused and why
        result.error = tr("The server redirected to a URL this console refuses: %1").arg(exchange->refusedRedirect);
        deliver(exchange, result);
        return;
    }
    qCDebug(lcNet).noquote() << exchange->request.method << exchange->request.url.toString() << "->" << result.status
                             << result.body.size() << "bytes";
    qCDebug(lcNetBody).noquote() << exchange->request.method << exchange->request.url.toString() << "answer:"
                                 << Redaction::redact(QString::fromUtf8(result.body.left(300)));
    if (result.status >= 200 && result.status < 300 && result.networkError == QNetworkReply::NoError) {
        deliver(exchange, result);
        return;
    }

    const int maxAttempts = std::max(1, m_settings.maxAttempts);
    const int backoff = [&] {
        const int ceiling
            = backoffCeilingMs(exchange->attempts, m_settings.backoffBaseMs, m_settings.backoffCapMs);
        return int(m_random.bounded(ceiling + 1)); // full jitter: anywhere in [0, ceiling]
    }();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 retryAfter
        = retryAfterMs(result.header("Retry-After"), now, parseHttpDate(result.header("Date")));

    qint64 delay = -1;
    QString reason;
    // 500 and 502 are as passing as 503 and 504 for the services here (Graph and the
    // partner services answer them under load), so all four are retried with backoff.
    const bool serverBusy
        = result.status == 500 || result.status == 502 || result.status == 503 || result.status == 504;
    if (result.status == 429 || (serverBusy && exchange->idempotent)) {
        if (retryAfter > qint64(m_settings.maxRetryAfterSecs) * 1000) {
            result.error
                = tr("%1: the server asked to wait %2 seconds before retrying (HTTP %3), longer than "
                     "the %4 seconds this console waits in one go; try again later.")
                      .arg(exchange->request.what)
                      .arg((retryAfter + 999) / 1000)
                      .arg(result.status)
                      .arg(m_settings.maxRetryAfterSecs);
            deliver(exchange, result);
            return;
        }
        if (result.status == 429 && retryAfter >= 0) {
            const QDeadlineTimer until(retryAfter, Qt::PreciseTimer);
            const QString host = hostKey(exchange->request.url);
            QDeadlineTimer &gate = m_throttledUntil[host];
            if (gate.hasExpired() || gate.deadlineNSecs() < until.deadlineNSecs()) {
                gate = until;
                m_throttledUntilUtcMs[host] = QDateTime::currentMSecsSinceEpoch() + retryAfter;
                saveThrottles();
            }
        }
        // Never earlier than Retry-After; without one, the usual backoff. Retry-After counts
        // from the receipt of the response (RFC 9110, 10.2.3); the deadline starts later, when
        // the reply is handled here, and startWhenDue() checks it again on waking, so no
        // margin is needed.
        delay = retryAfter >= 0
            ? std::max<qint64>(retryAfter, result.status == 429 ? 0 : backoff)
            : backoff;
        reason = QStringLiteral("HTTP %1").arg(result.status);
    } else if (result.status == 0 && isTransient(result.networkError)
        && (exchange->idempotent || result.networkError == QNetworkReply::ConnectionRefusedError)) {
        delay = backoff;
        reason = isTimeout(result.networkError) ? QStringLiteral("timeout") : networkErrorText;
    }

    if (delay >= 0 && exchange->attempts < maxAttempts) {
        scheduleRetry(exchange, delay, reason);
        return;
    }
    result.error = describeFailure(*exchange, result, reasonPhrase, networkErrorText);
    deliver(exchange, result);
}

void HttpTransport::scheduleRetry(
    const std::shared_ptr<Exchange> &exchange, qint64 delayMs, const QString &reason)
{
    ++m_retries;
    qCDebug(lcNet) << exchange->request.what << "attempt" << exchange->attempts << "failed:" << reason
                    << "- retrying in" << delayMs << "ms";
    emit retryScheduled(exchange->request.what, exchange->attempts, int(delayMs), reason);

    startWhenDue(exchange, QDeadlineTimer(delayMs, Qt::PreciseTimer));
}

void HttpTransport::startWhenDue(const std::shared_ptr<Exchange> &exchange, const QDeadlineTimer &deadline)
{
    // A precise timer, and the deadline checked again on waking: coarse timers may fire
    // up to 5% early, which would break Retry-After.
    if (!deadline.hasExpired()) {
        QTimer::singleShot(std::max<qint64>(1, deadline.remainingTime()), Qt::PreciseTimer, this,
            [this, exchange, deadline] { startWhenDue(exchange, deadline); });
        return;
    }
    const auto gate = m_throttledUntil.constFind(hostKey(exchange->request.url));
    if (gate != m_throttledUntil.cend() && !gate->hasExpired()) {
        const QDeadlineTimer until = *gate;
        QTimer::singleShot(std::max<qint64>(1, until.remainingTime()), Qt::PreciseTimer, this,
            [this, exchange, until] { startWhenDue(exchange, until); });
        return;
    }
    const QString host = hostKey(exchange->request.url);
    if (m_inFlight.value(host) >= kMaxInFlightPerHost) {
        m_waitingForConnection[host].append(exchange);
        return;
    }
    startAttempt(exchange);
}

void HttpTransport::startNextWaiting(const QString &host)
{
    // Each goes through the gate again (a 429 may have come in while it waited); one held
    // by the gate frees its place for the next.
    while (m_inFlight.value(host) < kMaxInFlightPerHost) {
        const auto waiting = m_waitingForConnection.find(host);
        if (waiting == m_waitingForConnection.end())
            return;
        const std::shared_ptr<Exchange> next = waiting->takeFirst();
        if (waiting->isEmpty())
            m_waitingForConnection.erase(waiting);
        startWhenDue(next, QDeadlineTimer(0));
    }
}

void HttpTransport::setThrottleStore(
    std::function<QByteArray()> load, std::function<void(const QByteArray &)> save)
{
    m_saveThrottles = std::move(save);
    if (!load)
        return;
    const QJsonObject saved = QJsonDocument::fromJson(load()).object();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 longest = qint64(std::max(0, m_settings.maxRetryAfterSecs)) * 1000;
    for (auto it = saved.constBegin(); it != saved.constEnd(); ++it) {
        const qint64 until = it.value().toInteger(-1);
        if (until <= now)
            continue;
        const qint64 remaining = std::min(until - now, longest);
        QDeadlineTimer &gate = m_throttledUntil[it.key()];
        const QDeadlineTimer restored(remaining, Qt::PreciseTimer);
        if (gate.hasExpired() || gate.deadlineNSecs() < restored.deadlineNSecs()) {
            gate = restored;
            m_throttledUntilUtcMs[it.key()] = now + remaining;
        }
    }
}

void HttpTransport::saveThrottles()
{
    if (!m_saveThrottles)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonObject holds;
    for (auto it = m_throttledUntilUtcMs.begin(); it != m_throttledUntilUtcMs.end();) {
        if (it.value() <= now) {
            it = m_throttledUntilUtcMs.erase(it);
            continue;
        }
        holds.insert(it.key(), it.value());
        ++it;
    }
    m_saveThrottles(QJsonDocument(holds).toJson(QJsonDocument::Compact));
}

QString HttpTransport::hostKey(const QUrl &url)
{
    return url.scheme() + QStringLiteral("://") + url.host() + QLatin1Char(':') + QString::number(url.port());
}

void HttpTransport::deliver(const std::shared_ptr<Exchange> &exchange, const HttpResult &result)
{
    --m_pending;
    if (!exchange->context)
        return;
    const Callback callback = std::move(exchange->callback);
    exchange->callback = nullptr;
    if (!callback)
        return;
    if (result.error.isEmpty()) {
        callback(result);
        return;
    }
    // An error text may quote a server's answer: no token or secret leaves in it.
    HttpResult redacted = result;
    redacted.error = Redaction::redact(result.error);
    qCDebug(lcNet).noquote() << redacted.error;
    callback(redacted);
}

QString HttpTransport::describeFailure(const Exchange &exchange, const HttpResult &result,
    const QString &reasonPhrase, const QString &networkErrorText) const
{
    const QString &what = exchange.request.what;
    QString problem;
    if (result.status > 0) {
        const QString serverMessage = JsonResponse::serverMessage(result.body);
        const QString status = reasonPhrase.isEmpty() ? QString::number(result.status)
                                                      : QString::number(result.status) + u' ' + reasonPhrase;
        problem = serverMessage.isEmpty()
            ? tr("%1: the server answered HTTP %2.").arg(what, status)
            : tr("%1: the server answered HTTP %2: %3").arg(what, status, serverMessage);
    } else if (isTimeout(result.networkError)) {
        problem = tr("%1: no response within %2 seconds.").arg(what).arg(exchange.timeoutMs / 1000.0);
    } else if (result.networkError == QNetworkReply::ConnectionRefusedError) {
        problem = tr("%1: the connection to %2 was refused; is the service running?")
                      .arg(what, exchange.request.url.authority());
    } else if (result.networkError == QNetworkReply::RemoteHostClosedError) {
        problem = tr("%1: the server closed the connection before answering.").arg(what);
    } else if (!exchange.tlsErrors.isEmpty() || result.networkError == QNetworkReply::SslHandshakeFailedError) {
        const QString reasons = exchange.tlsErrors.isEmpty() ? networkErrorText
                                                             : exchange.tlsErrors.join(QStringLiteral("; "));
        //: %2 is host:port, %3 the TLS library's reasons
        problem = tr("%1: the TLS certificate of %2 was refused (%3), so nothing was sent. If the server uses a "
                     "private certificate authority, set its CA certificate file in File → Settings.")
                      .arg(what, exchange.request.url.authority(), reasons);
    } else if (result.networkError == QNetworkReply::HostNotFoundError) {
        problem = tr("%1: the host %2 was not found.").arg(what, exchange.request.url.host());
    } else {
        problem = tr("%1: the request failed: %2").arg(what, networkErrorText);
    }
    if (result.attempts > 1)
        problem += u' ' + tr("(gave up after %n attempt(s))", nullptr, result.attempts);
    return problem;
}

int HttpTransport::backoffCeilingMs(int retry, int baseMs, int capMs)
{
    const qint64 cap = std::max(0, capMs);
    qint64 ceiling = std::max(0, baseMs);
    for (int i = 1; i < retry && ceiling < cap; ++i)
        ceiling *= 2;
    return int(std::min(ceiling, cap));
}

qint64 HttpTransport::retryAfterMs(const QByteArray &value, const QDateTime &now, const QDateTime &serverDate)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    if (std::all_of(text.begin(), text.end(), isDigit)) {
        bool ok = false;
        const qint64 seconds = text.size() > 12 ? kMaxRetryAfterSeconds : text.toLongLong(&ok);
        return std::min(seconds, kMaxRetryAfterSeconds) * 1000;
    }
    // Graph also sends fractions of a second ("Retry-After: 2.128"): waited in full,
    // rounded up to the millisecond so that the retry is never early.
    const qsizetype dot = text.indexOf('.');
    if (dot > 0 && dot < text.size() - 1 && dot <= 12 && std::all_of(text.begin(), text.begin() + dot, isDigit)
        && std::all_of(text.begin() + dot + 1, text.end(), isDigit)) {
        const qint64 seconds = text.left(dot).toLongLong();
        QByteArray fraction = text.mid(dot + 1);
        const bool beyondMs = fraction.size() > 3 && fraction.mid(3).count('0') != fraction.size() - 3;
        fraction = fraction.left(3).leftJustified(3, '0');
        return seconds * 1000 + fraction.toLongLong() + (beyondMs ? 1 : 0);
    }
    const QDateTime date = parseHttpDate(text);
    if (!date.isValid())
        return -1;
    qint64 wait = now.msecsTo(date);
    if (serverDate.isValid())
        wait = std::max(wait, serverDate.msecsTo(date));
    return std::max<qint64>(0, wait);
}
