#include "app/net/tokenprovider.h"
#include "app/security/redaction.h"

#include "app/net/endpointurl.h"
#include "app/net/httptransport.h"
#include "app/net/jsonresponse.h"

#include <QUrlQuery>

#include <algorithm>

namespace {
QByteArray formField(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}
} // namespace

QString TokenProvider::graphScope()
{
    return QStringLiteral("https://graph.microsoft.com/.default");
}

QString TokenProvider::managementScope()
{
    return QStringLiteral("https://api.manage.microsoft.com//.default");
}

TokenProvider::TokenProvider(HttpTransport *transport, const NetSettings &settings, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_settings(settings)
{
}

void TokenProvider::setSettings(const NetSettings &settings)
{
    m_settings = settings;
    m_cache.clear();
    ++m_generation;
}

QUrl TokenProvider::tokenUrl() const
{
    return EndpointUrl::join(m_settings.loginBaseUrl,
        QLatin1Char('/') + m_settings.tenantId + QStringLiteral("/oauth2/v2.0/token"));
}

QString TokenProvider::what() const
{
    return tr("Token endpoint (%1)").arg(EndpointUrl::shortForm(tokenUrl()));
}

void TokenProvider::token(const QString &scope, const QObject *context, Callback callback)
{
    const auto cached = m_cache.constFind(scope);
    if (cached != m_cache.cend() && now() < cached->refreshAt) {
        const QString accessToken = cached->accessToken;
        QPointer<const QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, hasContext = context != nullptr, callback = std::move(callback), accessToken] {
                if (!hasContext || guard)
                    callback(accessToken, QString());
            },
            Qt::QueuedConnection);
        return;
    }
    const bool running = m_waiting.contains(scope);
    m_waiting[scope].append(Waiter { context ? context : this, std::move(callback) });
    if (!running)
        requestToken(scope);
}

void TokenProvider::invalidate(const QString &scope, const QString &rejectedToken)
{
    const auto cached = m_cache.constFind(scope);
    if (cached == m_cache.cend())
        return;
    if (rejectedToken.isEmpty() || cached->accessToken == rejectedToken)
        m_cache.erase(cached);
}

QDateTime TokenProvider::refreshTime(const QString &scope) const
{
    return m_cache.value(scope).refreshAt;
}

void TokenProvider::requestToken(const QString &scope)
{
    QString missing;
    if (m_settings.tenantId.trimmed().isEmpty())
        missing = tr("%1: no tenant id is set; check the settings.").arg(what());
    else if (m_settings.clientId.trimmed().isEmpty())
        missing = tr("%1: no client id is set; check the settings.").arg(what());
    else if (m_settings.clientSecret.isEmpty())
        missing = tr("%1: no client secret is set; check the settings.").arg(what());
    if (!missing.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, scope, missing] { finish(scope, QString(), missing); }, Qt::QueuedConnection);
        return;
    }

    HttpRequest request;
    request.method = "POST";
    request.url = tokenUrl();
    request.what = what();
    request.maxAnswerBytes = AnswerLimit::Token;
    // Asking again for a token changes nothing on the server: safe to repeat.
    request.retryable = true;
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setHeader("Accept", "application/json");
    request.body = formField("grant_type", QStringLiteral("client_credentials")) + '&'
        + formField("client_id", m_settings.clientId) + '&'
        + formField("client_secret", m_settings.clientSecret) + '&' + formField("scope", scope);
    ++m_tokenRequests;
    const quint64 generation = m_generation;
    const QString requestWhat = request.what;
    m_transport->send(request, this, [this, scope, generation, requestWhat](const HttpResult &result) {
        if (!result.ok()) {
            finish(scope, QString(), result.error);
            return;
        }
        if (generation != m_generation) {
            // The settings changed meanwhile: hand the token to those who asked, don't keep it.
            QJsonObject ignored;
            QString error;
            const QString accessToken = JsonResponse::parseObject(result.body, requestWhat, &ignored, &error)
                ? ignored.value(QLatin1String("access_token")).toString()
                : QString();
            finish(scope, accessToken, accessToken.isEmpty() ? error : QString());
            return;
        }
        const QString error = parseTokenResponse(result.body, requestWhat, scope);
        finish(scope, error.isEmpty() ? m_cache.value(scope).accessToken : QString(), error);
    });
}

QString TokenProvider::parseToken(const QByteArray &body, const QString &what, TokenResponse *out)
{
    QJsonObject object;
    QString error;
    if (!JsonResponse::parseObject(body, what, &object, &error))
        return error;
    const QJsonValue accessToken = object.value(QLatin1String("access_token"));
    if (!accessToken.isString() || accessToken.toString().isEmpty())
        return tr("%1: the response has no access_token.").arg(what);
    Redaction::registerToken(accessToken.toString()); // masked in every log and error from now on
    const QJsonValue tokenType = object.value(QLatin1String("token_type"));
    if (!tokenType.isUndefined()
        && tokenType.toString().compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        return tr("%1: the token type is \"%2\", not Bearer.").arg(what, tokenType.toString());
    }
    const QJsonValue expiresValue = object.value(QLatin1String("expires_in"));
    if (expiresValue.isUndefined() || expiresValue.isNull())
        return tr("%1: the response has no expires_in.").arg(what);
    qint64 expiresIn = 0;
    bool ok = JsonResponse::toInteger(expiresValue, &expiresIn);
    if (!ok && expiresValue.isString()) // the v1 endpoint sends it as a string
        expiresIn = expiresValue.toString().toLongLong(&ok);
    if (!ok)
        return tr("%1: expires_in is not a whole number of seconds.").arg(what);
    if (expiresIn < 0)
        return tr("%1: expires_in is negative (%2).").arg(what).arg(expiresIn);
    out->accessToken = accessToken.toString();
    out->expiresInSecs = expiresIn;
    return {};
}

QString TokenProvider::parseTokenResponse(const QByteArray &body, const QString &what, const QString &scope)
{
    TokenResponse token;
    const QString error = parseToken(body, what, &token);
    if (!error.isEmpty())
        return error;
    // A lifetime beyond a day is no reason to keep a token longer (Entra's last about an
    // hour); it also keeps the dates below far from QDateTime's range.
    constexpr qint64 kMaxCachedSecs = qint64(24) * 60 * 60;
    const qint64 expiresIn = std::min(token.expiresInSecs, kMaxCachedSecs);
    const QDateTime issued = now();
    const qint64 margin = std::min(kRefreshMarginSecs, expiresIn / 2);
    m_cache.insert(scope, CachedToken { token.accessToken, issued.addSecs(expiresIn - margin) });
    emit tokenIssued(scope, issued.addSecs(expiresIn));
    return {};
}

void TokenProvider::finish(const QString &scope, const QString &accessToken, const QString &error)
{
    const QList<Waiter> waiters = m_waiting.take(scope);
    for (const Waiter &waiter : waiters) {
        if (waiter.context && waiter.callback)
            waiter.callback(accessToken, error);
    }
}
