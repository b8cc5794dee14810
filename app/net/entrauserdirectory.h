#pragma once

#include "app/net/netsettings.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

class AuthorizedClient;
struct HttpRequest;

// Looks up users' Entra object ids (the UserId Azure receives) by user principal name
// through Microsoft Graph: GET /v1.0/users('{upn}')?$select=id, batched by twenty in
// POST /v1.0/$batch, a few batches on the wire at once. Graph answers each request of a
// batch on its own, in any order; throttled ones are asked again after their Retry-After.
class EntraUserDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntraUserDirectory)

public:
    static constexpr int kMaxBatch = 20; // Graph's limit of requests in one $batch
    static constexpr int kBatchesInFlight = 4;
    static constexpr int kMaxRounds = 5; // a name throttled or unanswered this often is Failed (asked next sync)

    struct Lookup
    {
        enum Result : quint8
        {
            Found,    // objectId is the user's Entra object id
            NotFound, // Graph has no such user (404)
            Failed    // Graph could not answer: error says why; ask again later
        };
        QString principalName;
        Result result = Failed;
        QUuid objectId;
        QString error;
    };
    using Callback = std::function<void(const QList<Lookup> &lookups)>;

    explicit EntraUserDirectory(AuthorizedClient *client, const NetSettings &settings, QObject *parent = nullptr);
    void setSettings(const NetSettings &settings) { m_settings = settings; }

    // Calls back once, later, with one Lookup per distinct name (compared without case),
    // in no particular order; not at all when `context` is destroyed first.
    void lookUp(const QStringList &principalNames, const QObject *context, Callback callback);

    // The path of one user's look-up, relative to the Graph version: /users('{upn}')?$select=id,
    // the key quoted with ' doubled and percent-encoded (a UPN may hold '#' or start with '$').
    static QString userPath(const QString &principalName);
    // The $batch request for these names (at most kMaxBatch), request ids "1".."n" in order.
    static HttpRequest batchRequest(const QUrl &graphBaseUrl, const QStringList &principalNames);
    // Reads a $batch answer (status 200 or 424) for the names asked, in request id order:
    // each name Found, NotFound or Failed; *retry gets the names to ask again (throttled,
    // unanswered) and *retryAfterMs the longest inner Retry-After. False with *error when
    // the answer has no readable "responses".
    static bool parseBatchAnswer(const QByteArray &body, const QStringList &asked, QList<Lookup> *answered,
        QStringList *retry, qint64 *retryAfterMs, QString *error);

private:
    struct Job;
    void sendBatches(const std::shared_ptr<Job> &job);
    void finishIfDone(const std::shared_ptr<Job> &job);

    AuthorizedClient *m_client;
    NetSettings m_settings;
};
