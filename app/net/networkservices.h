#pragma once

#include "app/net/netsettings.h"

#include <QObject>

class AuthorizedClient;
class StoreSettings;
class EndpointDiscovery;
class EntraUserDirectory;
class HttpTransport;
class InventoryClient;
class PartnerComplianceClient;
class TokenProvider;

// The network service layer wired together: one transport, one token cache, one
// discovery cache, shared by the inventory and partner compliance clients. The wiring
// (main, the headless mode, tests) creates one of these and hands the clients on.
class NetworkServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkServices)

public:
    explicit NetworkServices(const NetSettings &settings, QObject *parent = nullptr);
    ~NetworkServices() override;

    // Every part takes the new settings; cached tokens and endpoints are dropped.
    void setSettings(const NetSettings &settings);
    const NetSettings &settings() const { return m_settings; }
    // Keeps the transport's Retry-After holds in the store (setting "retryAfterHolds"), so a
    // hold still running from an earlier run (or another process of the store) holds this
    // one too. The store must outlive this object. Call before the first request.
    void keepRetryAfterHoldsIn(StoreSettings *store);

    HttpTransport *transport() const { return m_transport; }
    TokenProvider *tokens() const { return m_tokens; }
    AuthorizedClient *authorizedClient() const { return m_authorized; }
    EndpointDiscovery *discovery() const { return m_discovery; }
    InventoryClient *inventory() const { return m_inventory; }
    PartnerComplianceClient *partner() const { return m_partner; }
    EntraUserDirectory *users() const { return m_users; }

private:
    NetSettings m_settings;
    HttpTransport *m_transport;
    TokenProvider *m_tokens;
    AuthorizedClient *m_authorized;
    EndpointDiscovery *m_discovery;
    InventoryClient *m_inventory;
    PartnerComplianceClient *m_partner;
    EntraUserDirectory *m_users;
};
