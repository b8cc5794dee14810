#pragma once

#include "app/net/netsettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QList>
#include <QNetworkReply>
#include <QHash>
#include <QObject>
#include <QPair>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    QString what; // the endpoint in words, named by every error: "Partner device sync (DataUploadMessages)"
    // May the request be repeated after a failure the server may already have acted on
    // (500, 502, 503, 504, a reset, a timeout)? GET and HEAD always may; a PUT or POST only when it
    // is idempotent (DataUploadMessages with a fixed message id is). A 429 and a refused
    // connection are retried regardless: the server did not act on the request.
    bool retryable = false;
    int timeoutMs = 0; // 0: the settings' requestTimeoutMs
    // The most the answer may hold (AnswerLimit below); 0: AnswerLimit::Default. Crossing it
    // stops the request at once, with an error naming `what` and the limit.
    qint64 maxAnswerBytes = 0;

    void setHeader(const QByteArray &name, const QByteArray &value);
};

// The most each kind of answer may hold, set where each request is built. A hostile or
// broken server, proxy or endpoint could otherwise push gigabytes into memory: the
// transport stops an answer as soon as it announces (Content-Length) or delivers more
// (qBittorrent's DownloadHandlerImpl::checkDownloadSize). Each is many times what a real
// answer of that kind holds.
namespace AnswerLimit {
constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr qint64 Default = 4 * MiB; // a request that names none
// A page of 500 devices from the emulator holds 277-280 kB (measured on a fleet of 2,000);
// a real MDM's records carry more fields, so the limit leaves a wide margin.
constexpr qint64 DevicePage = 16 * MiB;
constexpr qint64 Device = 1 * MiB; // one device record
constexpr qint64 Policies = 8 * MiB; // every compliance policy of a partition
constexpr qint64 MdmSmall = 1 * MiB; // device spaces, account, force check-in, a policy written
constexpr qint64 Token = 64 * KiB; // an OAuth2 token answer
constexpr qint64 Discovery = 1 * MiB; // Graph servicePrincipals and their endPoints
constexpr qint64 UserBatch = 1 * MiB; // a Graph $batch of 20 users
constexpr qint64 PartnerWrite = 64 * KiB; // PartnerTenants, heartbeat, DataUploadMessages PUT
constexpr qint64 UploadStatus = 1 * MiB; // DataUploadMessages GET: ErrorDetail may name every device
constexpr qint64 PartnerHealth = 1 * MiB; // complianceManagementPartners
// An answer that is not 2xx is read for its error message only: never more than this.
constexpr qint64 ErrorBody = 1 * MiB;
} // namespace AnswerLimit

struct HttpResult
{
    int status = 0; // 0 when no HTTP response arrived
    HttpHeaders headers;
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString error; // empty on a 2xx answer; else names the endpoint and what went wrong
    int attempts = 0;

    bool ok() const { return error.isEmpty(); }
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

// The one way the clients talk HTTP: one QNetworkAccessManager, a timeout per request,
// and retries (429 honouring Retry-After, never earlier than it says; 500/502/503/504 and
// transient network errors with capped exponential backoff and full jitter) up to a
// maximum number of attempts. Everything is asynchronous on the transport's thread.
class HttpTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransport)

public:
    using Callback = std::function<void(const HttpResult &result)>;

    explicit HttpTransport(const NetSettings &settings, QObject *parent = nullptr);
    ~HttpTransport() override;

    // Applies to requests sent from now on.
    void setSettings(const NetSettings &settings);
    const NetSettings &settings() const { return m_settings; }

    // Calls back exactly once, later, never from within send(); not at all when `context`
    // is destroyed first.
    void send(const HttpRequest &request, const QObject *context, Callback callback);
    void send(const HttpRequest &request, Callback callback) { send(request, this, std::move(callback)); }

    // The upper bound of the full-jitter wait before retry number `retry` (1-based):
    // min(cap, base * 2^(retry - 1)).
    static int backoffCeilingMs(int retry, int baseMs, int capMs);
    // A Retry-After value (delta seconds, also with a fraction, or an HTTP date) in milliseconds from now; -1 when
    // absent or unreadable. A date is measured from the server's Date when it has one and
    // from `now` otherwise, and the longer wait wins, so a skewed clock never makes a retry
    // early.
    static qint64 retryAfterMs(
        const QByteArray &value, const QDateTime &now, const QDateTime &serverDate = {});

    quint64 requestCount() const { return m_requests; } // attempts put on the wire
    quint64 retryCount() const { return m_retries; }
    void resetCounters();
    int pendingCount() const { return m_pending; }
    // Transport security rules. Empty when the URL may be used; else why not, naming `what`:
    // user info in it (a user name or password: credentials belong in their own fields and
    // the keychain, never in a URL that is saved, exported and logged), not absolute, not
    // http(s), or http:// to a host that is not loopback (only https leaves this machine).
    // The message never shows the user info.
    static QString urlProblem(const QUrl &url, const QString &what);
    // Whether a URL, or the text of one (also one QUrl refuses), holds user info.
    static bool hasUserInfo(const QUrl &url);
    static bool hasUserInfo(const QString &urlText);
    // The URL text without its user info, to be shown or saved.
    static QString withoutUserInfo(const QString &urlText);
    static bool isLoopbackHost(const QString &host);
    // The certificates of a PEM file; empty with *error naming the file and the problem.
    static QList<QSslCertificate> loadCaCertificates(const QString &path, QString *error);

    // The Retry-After holds outlive the process: a console restarted while one lasts (a
    // timer job run again, a restart after a crash) must not send to that host before it
    // ends either. `load` returns what `save` was last given (empty at first); holds are
    // kept as UTC times, and one further away than maxRetryAfterSecs (a clock set back)
    // is cut to it. Called once, before the first request.
    void setThrottleStore(std::function<QByteArray()> load, std::function<void(const QByteArray &)> save);

    // For tests that need reproducible jitter.
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    QNetworkAccessManager *manager() const { return m_manager; }

signals:
    // A failed attempt will be repeated after delayMs; attempt is the one that failed.
    void retryScheduled(const QString &what, int attempt, int delayMs, const QString &reason);

private:
    struct Exchange;
    void startNextWaiting(const QString &host);
    void startAttempt(const std::shared_ptr<Exchange> &exchange);
    void onFinished(const std::shared_ptr<Exchange> &exchange, QNetworkReply *reply);
    void scheduleRetry(const std::shared_ptr<Exchange> &exchange, qint64 delayMs, const QString &reason);
    // Starts the attempt once the deadline and any throttle of its host have passed.
    void startWhenDue(const std::shared_ptr<Exchange> &exchange, const QDeadlineTimer &deadline);
    static QString hostKey(const QUrl &url);
    // The size limit of the answer to `request`; that of an error answer once its status is known.
    static qint64 answerLimit(const HttpRequest &request, const QNetworkReply *reply);
    void saveThrottles();
    void deliver(const std::shared_ptr<Exchange> &exchange, const HttpResult &result);
    QString describeFailure(const Exchange &exchange, const HttpResult &result, const QString &reasonPhrase,
        const QString &networkErrorText) const;

    NetSettings m_settings;
    QSslConfiguration m_tls; // the system's CAs plus the settings' CA file
    QString m_caError; // the CA file could not be read: every https request fails with this
    QNetworkAccessManager *m_manager = nullptr;
    QRandomGenerator m_random;
    // A 429 with Retry-After throttles the whole service for this client, as Graph does:
    // no request to that host starts before the deadline, not only the one retried.
    QHash<QString, QDeadlineTimer> m_throttledUntil;
    QHash<QString, qint64> m_throttledUntilUtcMs; // the same deadlines on the wall clock, for save
    std::function<void(const QByteArray &)> m_saveThrottles;
    // Requests on the wire per host, at most kMaxInFlightPerHost; the others wait here, so
    // that none sits in QNetworkAccessManager's own queue, past the Retry-After gate.
    QHash<QString, int> m_inFlight;
    QHash<QString, QList<std::shared_ptr<Exchange>>> m_waitingForConnection;
    quint64 m_requests = 0;
    quint64 m_retries = 0;
    int m_pending = 0;
};
