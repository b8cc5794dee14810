#include "app/net/entrauserdirectory.h"

#include "app/net/authorizedclient.h"
#include "app/net/endpointurl.h"
#include "app/net/httptransport.h"
#include "app/net/jsonresponse.h"
#include "app/net/tokenprovider.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <deque>

struct EntraUserDirectory::Job
{
    QPointer<const QObject> context;
    Callback callback;
    std::deque<QString> pending; // names to ask, in order
    QHash<QString, int> rounds; // by lower-case name: how often asked
    QHash<QString, Lookup> results; // by lower-case name
    int inFlight = 0;
    int waiting = 0; // names held back until a Retry-After has passed
    bool done = false;
};

EntraUserDirectory::EntraUserDirectory(AuthorizedClient *client, const NetSettings &settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
{
}

QString EntraUserDirectory::userPath(const QString &principalName)
{
    QString key = principalName;
    key.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("/users('%1')?$select=id")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(key, "@!*()',;:+=")));
}

HttpRequest EntraUserDirectory::batchRequest(const QUrl &graphBaseUrl, const QStringList &principalNames)
{
    // Written out by hand: QJsonObject costs tens of microseconds per look-up, and a first
    // sync of a large fleet asks for tens of thousands of users. The paths are percent-
    // encoded ASCII; anything JSON must escape is escaped all the same.
    QByteArray body;
    body.reserve(40 + principalNames.size() * 110);
    body += "{\"requests\":[";
    for (qsizetype i = 0; i < principalNames.size(); ++i) {
        if (i > 0)
            body += ',';
        body += "{\"id\":\"" + QByteArray::number(i + 1) + "\",\"method\":\"GET\",\"url\":\"";
        for (const char c : userPath(principalNames.at(i)).toUtf8()) {
            if (c == '"' || c == '\\')
                body += '\\';
            if (uchar(c) < 0x20)
                body += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                body += c;
        }
        body += "\"}";
    }
    body += "]}";
    HttpRequest request;
    request.method = "POST";
    request.url = EndpointUrl::join(graphBaseUrl, QStringLiteral("/v1.0/$batch"));
    request.what = tr("Graph user look-up ($batch of /users)");
    request.maxAnswerBytes = AnswerLimit::UserBatch;
    // Only reads: sending it again changes nothing.
    request.retryable = true;
    request.body = body;
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    return request;
}

bool EntraUserDirectory::parseBatchAnswer(const QByteArray &body, const QStringList &asked, QList<Lookup> *answered,
    QStringList *retry, qint64 *retryAfterMs, QString *error)
{
    const QString what = tr("Graph user look-up ($batch of /users)");
    QJsonObject object;
    QJsonArray responses;
    if (!JsonResponse::parseObject(body, what, &object, error)
        || !JsonResponse::array(object, QStringLiteral("responses"), what, QStringLiteral("responses"), &responses, error))
        return false;
    QList<bool> seen(asked.size(), false);
    for (qsizetype i = 0; i < responses.size(); ++i) {
        const QJsonObject response = responses.at(i).toObject();
        bool ok = false;
        const qsizetype index = response.value(QLatin1String("id")).toString().toLongLong(&ok) - 1;
        // Matched by id, never by position: Graph answers in any order.
        if (!ok || index < 0 || index >= asked.size() || seen[index])
            continue;
        seen[index] = true;
        Lookup lookup;
        lookup.principalName = asked.at(index);
        const int status = response.value(QLatin1String("status")).toInt();
        const QJsonObject answerBody = response.value(QLatin1String("body")).toObject();
        if (status == 200 || status == 202) {
            const QUuid id = QUuid::fromString(answerBody.value(QLatin1String("id")).toString());
            if (!id.isNull()) {
                lookup.result = Lookup::Found;
                lookup.objectId = id;
            } else if (status == 202) {
                retry->append(lookup.principalName); // Graph needs more time: ask again
                continue;
            } else {
                lookup.error = tr("%1: the answer for %2 has no object id.").arg(what, lookup.principalName);
            }
        } else if (status == 404) {
            lookup.result = Lookup::NotFound;
        } else if (status == 429 || status == 503 || status == 504) {
            // Header names come in any case ("Retry-After", "retry-after").
            const QJsonObject headers = response.value(QLatin1String("headers")).toObject();
            for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
                if (it.key().compare(QLatin1String("Retry-After"), Qt::CaseInsensitive) == 0) {
                    const qint64 wait = HttpTransport::retryAfterMs(
                        it.value().toVariant().toString().toLatin1(), QDateTime::currentDateTimeUtc());
                    *retryAfterMs = std::max(*retryAfterMs, wait);
                }
            }
            retry->append(lookup.principalName);
            continue;
        } else {
            const QString message = JsonResponse::serverMessage(QJsonDocument(answerBody).toJson(QJsonDocument::Compact));
            lookup.error = status == 403
                ? tr("%1: Graph refused to read %2 (HTTP 403): the app registration needs the application "
                     "permission User.Read.All. %3")
                      .arg(what, lookup.principalName, message)
                : tr("%1: Graph answered HTTP %2 for %3: %4").arg(what).arg(status).arg(lookup.principalName, message);
        }
        answered->append(lookup);
    }
    // A name Graph did not answer is asked again, never dropped.
    for (qsizetype i = 0; i < asked.size(); ++i) {
        if (!seen[i])
            retry->append(asked.at(i));
    }
    return true;
}

void EntraUserDirectory::lookUp(const QStringList &principalNames, const QObject *context, Callback callback)
{
    auto job = std::make_shared<Job>();
    job->context = context ? context : this;
    job->callback = std::move(callback);
    QSet<QString> queued;
    for (const QString &name : principalNames) {
        const QString key = name.toLower();
        if (name.isEmpty() || queued.contains(key))
            continue;
        queued.insert(key);
        job->pending.push_back(name);
    }
    // Called back later even when there is nothing to ask.
    QMetaObject::invokeMethod(
        this, [this, job] { sendBatches(job); finishIfDone(job); }, Qt::QueuedConnection);
}

void EntraUserDirectory::sendBatches(const std::shared_ptr<Job> &job)
{
    if (!job->context || job->done)
        return;
    while (job->inFlight < kBatchesInFlight && !job->pending.empty()) {
        QStringList names;
        while (names.size() < kMaxBatch && !job->pending.empty()) {
            names.append(job->pending.front());
            job->pending.pop_front();
            ++job->rounds[names.last().toLower()];
        }
        ++job->inFlight;
        QPointer<EntraUserDirectory> self(this);
        m_client->send(TokenProvider::graphScope(), batchRequest(m_settings.graphBaseUrl, names), job->context,
            [self, job, names](const HttpResult &result) {
                if (!self)
                    return;
                --job->inFlight;
                QList<Lookup> answered;
                QStringList retry;
                qint64 retryAfter = -1;
                QString error = result.error;
                // A throttled inner request may fail the whole batch with 424 and the answers inside.
                const bool readable = result.ok() || result.status == 424;
                if (readable && parseBatchAnswer(result.body, names, &answered, &retry, &retryAfter, &error)) {
                    error.clear();
                } else if (result.status == 424) {
                    retry = names; // no answers inside: the whole batch again, after a while
                } else if (error.isEmpty()) {
                    error = tr("Graph user look-up: the answer could not be read.");
                }
                if (!error.isEmpty()) {
                    for (const QString &name : names)
                        job->results.insert(name.toLower(), Lookup { name, Lookup::Failed, {}, error });
                }
                for (const Lookup &lookup : std::as_const(answered))
                    job->results.insert(lookup.principalName.toLower(), lookup);
                QStringList again;
                for (const QString &name : std::as_const(retry)) {
                    if (job->rounds.value(name.toLower()) < kMaxRounds) {
                        again.append(name);
                    } else {
                        job->results.insert(name.toLower(),
                            Lookup { name, Lookup::Failed, {},
                                tr("Graph user look-up: Graph did not answer for %1 after %2 tries.")
                                    .arg(name)
                                    .arg(kMaxRounds) });
                    }
                }
                if (!again.isEmpty()) {
                    job->waiting += int(again.size());
                    const int delay = int(std::clamp<qint64>(retryAfter < 0 ? 1000 : retryAfter, 1, 300000));
                    QTimer::singleShot(delay, Qt::PreciseTimer, self, [self, job, again] {
                        job->waiting -= int(again.size());
                        for (const QString &name : again)
                            job->pending.push_back(name);
                        self->sendBatches(job);
                        self->finishIfDone(job);
                    });
                }
                self->sendBatches(job);
                self->finishIfDone(job);
            });
    }
}

void EntraUserDirectory::finishIfDone(const std::shared_ptr<Job> &job)
{
    if (job->done || job->inFlight > 0 || job->waiting > 0 || !job->pending.empty())
        return;
    job->done = true;
    if (!job->context)
        return;
    const Callback callback = std::move(job->callback);
    callback(job->results.values());
}
