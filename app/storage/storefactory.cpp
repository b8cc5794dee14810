#include "app/storage/storefactory.h"

#include "app/storage/postgres/pgchangefeed.h"
#include "app/storage/postgres/pgconnectionsettings.h"
#include "app/storage/postgres/pgstore.h"
#include "app/storage/postgres/pgsyncleadership.h"
#include "app/storage/sqlite/sqliteleaderlease.h"
#include "app/storage/sqlite/sqlitestore.h"

bool StoreFactory::isPostgres(const QString &db)
{
    return PgConnectionSettings::isUri(db);
}

std::unique_ptr<Store> StoreFactory::create(const QString &db, QString *error)
{
    if (!isPostgres(db))
        return std::make_unique<SqliteStore>(db);
    const std::optional<PgConnectionSettings> settings = PgConnectionSettings::parse(db, error);
    if (!settings)
        return nullptr;
    return std::make_unique<PgStore>(*settings, db.trimmed());
}

std::unique_ptr<SyncLeadership> StoreFactory::leadership(Store &store)
{
    std::unique_ptr<SyncLeadership> leadership;
    if (auto *postgres = dynamic_cast<PgStore *>(&store)) {
        leadership = std::make_unique<PgSyncLeadership>(postgres->connections().settings(), postgres->uri(),
                                                        postgres->privileges().writeDevices);
    } else {
        leadership = std::make_unique<SqliteLeaderLease>(static_cast<SqliteStore &>(store).path());
    }
    leadership->fence(&store);
    return leadership;
}

std::unique_ptr<StoreChangeFeed> StoreFactory::changeFeed(Store &store)
{
    if (auto *postgres = dynamic_cast<PgStore *>(&store))
        return std::make_unique<PgChangeFeed>(postgres->connections().settings(), postgres->uri());
    return nullptr;
}
