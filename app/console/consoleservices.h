#pragma once

#include <QObject>

#include <memory>

class CsvDeviceLookup;
class DeviceInventory;
class Store;
class LanguageSwitcher;
class NetworkServices;
class PartnerHealthService;
class ReportHistory;
class ReportingEngine;
class SecretStore;
class SettingsService;
class StoreChangeFeed;
struct StoreChanges;

// The services the console window asks, made from what the wiring chose (the store, and
// with a tenant the network layer and the reporting engine). The window holds no store,
// network client or keychain: it asks these and listens to their signals. Destroyed
// before the store, the network layer and the engine it was given.
class ConsoleServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleServices)

public:
    // network and engine may be null: the console then only browses the store. secrets
    // may be null: then the application's keychain entries are used.
    ConsoleServices(std::shared_ptr<Store> store, DeviceInventory *inventory,
        LanguageSwitcher *languages, NetworkServices *network = nullptr, ReportingEngine *engine = nullptr,
        SecretStore *secrets = nullptr, QObject *parent = nullptr);
    ~ConsoleServices() override;

    DeviceInventory *inventory() const { return m_inventory; }
    LanguageSwitcher *languages() const { return m_languages; }
    ReportingEngine *engine() const { return m_engine; } // null without a tenant
    ReportHistory *reportHistory() const { return m_reportHistory.get(); } // null without an engine
    PartnerHealthService *partnerHealth() const { return m_partnerHealth.get(); } // null without a network
    SettingsService *settings() const { return m_settings.get(); }
    CsvDeviceLookup *csvLookup() const { return m_csvLookup.get(); }

    // A store other processes write too (PostgreSQL) tells what they changed: the devices,
    // the outbox and the history are read again as it says, and liveUpdatesChanged passes
    // on when it loses and regains its connection. feed is not owned, and outlives these
    // services; null: none.
    void setChangeFeed(StoreChangeFeed *feed);
    StoreChangeFeed *changeFeed() const { return m_changeFeed; } // null: the store has none

signals:
    // The change feed lost its connection (live false, with the reason) or has it again.
    void liveUpdatesChanged(bool live, const QString &reason);

private:
    void applyStoreChanges(const StoreChanges &changes);

    std::shared_ptr<Store> m_store; // first: outlives the services below
    DeviceInventory *m_inventory;
    LanguageSwitcher *m_languages;
    ReportingEngine *m_engine;
    StoreChangeFeed *m_changeFeed = nullptr;
    std::unique_ptr<SecretStore> m_ownSecrets;
    std::unique_ptr<ReportHistory> m_reportHistory;
    std::unique_ptr<PartnerHealthService> m_partnerHealth;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<CsvDeviceLookup> m_csvLookup;
};
