#include "app/console/consoleservices.h"

#include "app/import/csvdevicelookup.h"
#include "app/inventory/deviceinventory.h"
#include "app/reporting/partnerhealthservice.h"
#include "app/reporting/reporthistory.h"
#include "app/security/secretstore.h"
#include "app/settings/settingsservice.h"
#include "app/storage/store.h"
#include "app/storage/storechangefeed.h"

ConsoleServices::ConsoleServices(std::shared_ptr<Store> store, DeviceInventory *inventory,
    LanguageSwitcher *languages, NetworkServices *network, ReportingEngine *engine, SecretStore *secrets,
    QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_inventory(inventory)
    , m_languages(languages)
    , m_engine(engine)
{
    Q_ASSERT(m_store && inventory && languages);
    if (!secrets) {
        m_ownSecrets = std::make_unique<SecretStore>();
        secrets = m_ownSecrets.get();
    }
    if (engine)
        m_reportHistory = std::make_unique<ReportHistory>(m_store.get(), engine);
    if (network)
        m_partnerHealth = std::make_unique<PartnerHealthService>(network, engine, m_store.get());
    m_settings = std::make_unique<SettingsService>(secrets, network, engine);
    m_csvLookup = std::make_unique<CsvDeviceLookup>(m_store.get());
}

// The services stop their reader threads before the store they read can go.
ConsoleServices::~ConsoleServices() = default;

void ConsoleServices::setChangeFeed(StoreChangeFeed *feed)
{
    if (m_changeFeed)
        disconnect(m_changeFeed, nullptr, this, nullptr);
    m_changeFeed = feed;
    if (!feed)
        return;
    connect(feed, &StoreChangeFeed::changed, this, &ConsoleServices::applyStoreChanges);
    connect(feed, &StoreChangeFeed::connectionChanged, this, &ConsoleServices::liveUpdatesChanged);
}

void ConsoleServices::applyStoreChanges(const StoreChanges &changes)
{
    // Saved policies change every device's effective action, as after a save here.
    if (changes.devicesUnknown || changes.policies)
        m_inventory->load();
    else if (!changes.devices.isEmpty())
        m_inventory->refreshDevices(changes.devices);
    if (m_reportHistory && (changes.outbox || changes.history))
        m_reportHistory->noteOutboxChanged();
}
