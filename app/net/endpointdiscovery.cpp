#include "app/net/endpointdiscovery.h"

#include "app/net/authorizedclient.h"
#include "app/net/endpointurl.h"
#include "app/net/jsonresponse.h"
#include "app/net/tokenprovider.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <utility>

QString EndpointDiscovery::intuneAppId()
{
    return QStringLiteral("0000000a-0000-0000-c000-000000000000");
}

QString EndpointDiscovery::tenantSyncProvider()
{
    return QStringLiteral("PartnerTenantDataSyncService");
}

QString EndpointDiscovery::deviceSyncProvider()
{
    return QStringLiteral("PartnerDeviceDataSyncService");
}

EndpointDiscovery::EndpointDiscovery(AuthorizedClient *client, const NetSettings &settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
{
}

void EndpointDiscovery::setSettings(const NetSettings &settings)
{
    m_settings = settings;
    m_cachedAt = QDateTime();
    ++m_generation;
}

bool EndpointDiscovery::hasCachedEndpoints() const
{
    return m_cachedAt.isValid() && m_cachedAt.secsTo(now()) < m_settings.discoveryTtlSecs
        && m_cachedAt <= now().addSecs(60); // a clock set back is not a reason to trust the cache longer
}

PartnerEndpoints EndpointDiscovery::withOverrides(const PartnerEndpoints &discovered) const
{
    PartnerEndpoints endpoints = discovered;
    if (!m_settings.tenantSyncUrl.isEmpty())
        endpoints.tenantSync = m_settings.tenantSyncUrl;
    if (!m_settings.deviceSyncUrl.isEmpty())
        endpoints.deviceSync = m_settings.deviceSyncUrl;
    return endpoints;
}

void EndpointDiscovery::endpoints(const QObject *context, Callback callback)
{
    if (!needsDiscovery() || hasCachedEndpoints()) {
        const PartnerEndpoints endpoints = withOverrides(m_discovered);
        QPointer<const QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, hasContext = context != nullptr, callback = std::move(callback), endpoints] {
                if (!hasContext || guard)
                    callback(endpoints, QString());
            },
            Qt::QueuedConnection);
        return;
    }
    m_waiting.append(Waiter { context ? context : this, std::move(callback) });
    if (!m_running)
        discover();
}

void EndpointDiscovery::discover()
{
    m_running = true;
    ++m_discoveries;
    HttpRequest request;
    request.url = EndpointUrl::join(m_settings.graphBaseUrl, QStringLiteral("/v1.0/servicePrincipals"),
        QUrlQuery { { QStringLiteral("$filter"), QStringLiteral("appId eq '%1'").arg(intuneAppId()) } });
    request.what = tr("Endpoint discovery (Graph servicePrincipals)");
    request.maxAnswerBytes = AnswerLimit::Discovery;
    request.setHeader("Accept", "application/json");
    const quint64 generation = m_generation;
    m_client->send(TokenProvider::graphScope(), request, this, [this, generation](const HttpResult &result) {
        if (generation != m_generation) {
            discover(); // the settings changed meanwhile: start over with the new ones
            return;
        }
        onServicePrincipals(result);
    });
}

bool EndpointDiscovery::parseServicePrincipals(const QByteArray &body, QString *principalId, QString *error)
{
    const QString what = tr("Endpoint discovery (Graph servicePrincipals)");
    QJsonObject object;
    QJsonArray value;
    if (!JsonResponse::parseObject(body, what, &object, error)
        || !JsonResponse::array(object, QStringLiteral("value"), what, QStringLiteral("value"), &value, error))
        return false;
    principalId->clear();
    for (const auto &entry : value) {
        const QJsonObject principal = entry.toObject();
        const QString appId = principal.value(QLatin1String("appId")).toString();
        if (appId.isEmpty() || appId.compare(intuneAppId(), Qt::CaseInsensitive) == 0) {
            *principalId = principal.value(QLatin1String("id")).toString();
            if (!principalId->isEmpty())
                break;
        }
    }
    if (principalId->isEmpty()) {
        *error = tr("%1: the tenant has no service principal for Microsoft Intune (appId %2); is Intune set up "
                    "for this tenant?")
                     .arg(what, intuneAppId());
        return false;
    }
    return true;
}

void EndpointDiscovery::onServicePrincipals(const HttpResult &result)
{
    if (!result.ok()) {
        finish(result.error);
        return;
    }
    QString principalId;
    QString error;
    if (!parseServicePrincipals(result.body, &principalId, &error)) {
        finish(error);
        return;
    }

    HttpRequest request;
    request.url = EndpointUrl::join(m_settings.graphBaseUrl,
        QStringLiteral("/v1.0/servicePrincipals/%1/endPoints")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(principalId))));
    request.what = tr("Endpoint discovery (Graph servicePrincipals/endPoints)");
    request.maxAnswerBytes = AnswerLimit::Discovery;
    request.setHeader("Accept", "application/json");
    const quint64 generation = m_generation;
    m_client->send(TokenProvider::graphScope(), request, this, [this, generation](const HttpResult &result) {
        if (generation != m_generation) {
            discover();
            return;
        }
        onEndPoints(result);
    });
}

bool EndpointDiscovery::parseEndPoints(const QByteArray &body, PartnerEndpoints *found, QString *error)
{
    const QString what = tr("Endpoint discovery (Graph servicePrincipals/endPoints)");
    QJsonObject object;
    QJsonArray value;
    if (!JsonResponse::parseObject(body, what, &object, error)
        || !JsonResponse::array(object, QStringLiteral("value"), what, QStringLiteral("value"), &value, error))
        return false;
    for (const auto &entry : value) {
        const QJsonObject endpoint = entry.toObject();
        const QString provider = endpoint.value(QLatin1String("providerName")).toString();
        QUrl *target = provider == tenantSyncProvider() ? &found->tenantSync
            : provider == deviceSyncProvider()          ? &found->deviceSync
                                                        : nullptr;
        if (!target)
            continue;
        const QString uri = endpoint.value(QLatin1String("uri")).toString();
        const QUrl url(uri, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            *error = tr("%1: the %2 entry's uri \"%3\" is not an absolute http(s) URL.")
                         .arg(what, provider, uri.left(200));
            return false;
        }
        *target = url;
    }
    return true;
}

void EndpointDiscovery::onEndPoints(const HttpResult &result)
{
    if (!result.ok()) {
        finish(result.error);
        return;
    }
    const QString what = tr("Endpoint discovery (Graph servicePrincipals/endPoints)");
    PartnerEndpoints found;
    QString error;
    if (!parseEndPoints(result.body, &found, &error)) {
        finish(error);
        return;
    }
    QStringList missing;
    if (m_settings.tenantSyncUrl.isEmpty() && found.tenantSync.isEmpty())
        missing.append(tenantSyncProvider());
    if (m_settings.deviceSyncUrl.isEmpty() && found.deviceSync.isEmpty())
        missing.append(deviceSyncProvider());
    if (!missing.isEmpty()) {
        // Provider names are protocol values: listed verbatim, never translated.
        finish(tr("%1: the Intune service principal lists no endpoint for %2; set the URL in the settings or "
                  "check the tenant.")
                   .arg(what, missing.join(QStringLiteral(", "))));
        return;
    }
    m_discovered = found;
    m_cachedAt = now();
    finish(QString());
}

void EndpointDiscovery::finish(const QString &error)
{
    m_running = false;
    const PartnerEndpoints endpoints = error.isEmpty() ? withOverrides(m_discovered) : PartnerEndpoints();
    const QList<Waiter> waiters = std::exchange(m_waiting, {});
    if (error.isEmpty())
        emit discovered(m_discovered);
    for (const Waiter &waiter : waiters) {
        if (waiter.context && waiter.callback)
            waiter.callback(endpoints, error);
    }
}
