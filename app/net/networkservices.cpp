#include "app/net/networkservices.h"

#include "app/net/authorizedclient.h"
#include "app/net/endpointdiscovery.h"
#include "app/net/entrauserdirectory.h"
#include "app/net/httptransport.h"
#include "app/net/inventoryclient.h"
#include "app/net/partnercomplianceclient.h"
#include "app/net/tokenprovider.h"
#include "app/storage/storesettings.h"

NetworkServices::NetworkServices(const NetSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_transport(new HttpTransport(settings, this))
    , m_tokens(new TokenProvider(m_transport, settings, this))
    , m_authorized(new AuthorizedClient(m_transport, m_tokens, this))
    , m_discovery(new EndpointDiscovery(m_authorized, settings, this))
    , m_inventory(new InventoryClient(m_transport, settings, this))
    , m_partner(new PartnerComplianceClient(m_authorized, m_discovery, settings, this))
    , m_users(new EntraUserDirectory(m_authorized, settings, this))
{
}

NetworkServices::~NetworkServices() = default;

void NetworkServices::keepRetryAfterHoldsIn(StoreSettings *store)
{
    static const QString key = QStringLiteral("retryAfterHolds");
    m_transport->setThrottleStore([store] { return store->setting(key).toUtf8(); },
        [store](const QByteArray &holds) { store->setSetting(key, QString::fromUtf8(holds)); });
}

void NetworkServices::setSettings(const NetSettings &settings)
{
    m_settings = settings;
    m_transport->setSettings(settings);
    m_tokens->setSettings(settings);
    m_discovery->setSettings(settings);
    m_inventory->setSettings(settings);
    m_partner->setSettings(settings);
    m_users->setSettings(settings);
}
