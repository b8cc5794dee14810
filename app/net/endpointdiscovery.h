#pragma once

#include "app/net/netsettings.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class AuthorizedClient;
class QJsonObject;
struct HttpResult;

// The two partner compliance base URLs.
struct PartnerEndpoints
{
    QUrl tenantSync; // PartnerTenantDataSyncService: PartnerTenants, PartnerTenantHeartbeat
    QUrl deviceSync; // PartnerDeviceDataSyncService: DataUploadMessages
};

// Finds the partner compliance endpoints through Graph: the Intune service principal
// (appId 0000000a-0000-0000-c000-000000000000), then its endPoints, by providerName.
// The answer is kept for discoveryTtlSecs; URLs set in the settings win over it.
class EndpointDiscovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointDiscovery)

public:
    using Callback = std::function<void(const PartnerEndpoints &endpoints, const QString &error)>;
    using Clock = std::function<QDateTime()>;

    static QString intuneAppId();
    static QString tenantSyncProvider(); // PartnerTenantDataSyncService
    static QString deviceSyncProvider(); // PartnerDeviceDataSyncService

    explicit EndpointDiscovery(
        AuthorizedClient *client, const NetSettings &settings, QObject *parent = nullptr);

    // Drops the cached answer: the tenant may have changed.
    void setSettings(const NetSettings &settings);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Calls back once, later; not at all when `context` is destroyed first. Concurrent
    // callers share one discovery.
    void endpoints(const QObject *context, Callback callback);
    // Forgets the cached answer, e.g. when a partner endpoint stops answering.
    void invalidate() { m_cachedAt = QDateTime(); }
    bool hasCachedEndpoints() const;
    int discoveryCount() const { return m_discoveries; } // Graph lookups started

    // The two Graph answers, read without side effects (also the fuzz targets' entry
    // points). False with *error naming the endpoint and what was wrong.
    static bool parseServicePrincipals(const QByteArray &body, QString *principalId, QString *error);
    // Fills the providers it lists; which of them must be there is the caller's rule.
    static bool parseEndPoints(const QByteArray &body, PartnerEndpoints *found, QString *error);

signals:
    // A Graph lookup answered: the endpoints it found, before the settings' overrides.
    void discovered(const PartnerEndpoints &endpoints);

private:
    struct Waiter
    {
        QPointer<const QObject> context;
        Callback callback;
    };
    void discover();
    void onServicePrincipals(const HttpResult &result);
    void onEndPoints(const HttpResult &result);
    void finish(const QString &error);
    PartnerEndpoints withOverrides(const PartnerEndpoints &discovered) const;
    bool needsDiscovery() const
    {
        return m_settings.tenantSyncUrl.isEmpty() || m_settings.deviceSyncUrl.isEmpty();
    }
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    AuthorizedClient *m_client;
    NetSettings m_settings;
    Clock m_clock;
    PartnerEndpoints m_discovered;
    QDateTime m_cachedAt; // invalid: nothing cached
    QList<Waiter> m_waiting;
    bool m_running = false;
    quint64 m_generation = 0;
    int m_discoveries = 0;
};
