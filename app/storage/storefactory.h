#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class Store;
class StoreChangeFeed;
class SyncLeadership;

// The one place that turns a --db value (or Settings → Store) into a store: an SQLite
// file, or a PostgreSQL store shared by a team when the value is a postgresql:// URI. Every
// other part of the program sees the Store interface only.
class StoreFactory final
{
    Q_DECLARE_TR_FUNCTIONS(StoreFactory)

public:
    // Whether db names a PostgreSQL store (postgresql:// or postgres://).
    static bool isPostgres(const QString &db);
    // The store db names, not opened yet (Store::open connects and checks it). Null with
    // *error when db is a URI libpq would not accept, or one with a password in it.
    static std::unique_ptr<Store> create(const QString &db, QString *error);
    // Who syncs the store: the SQLite store's lease row, or PostgreSQL's advisory lock (only
    // a login that may write devices tries to lead there). store must be open and outlive
    // it: the leadership fences the store's leader writes (Store::commitAsLeader).
    static std::unique_ptr<SyncLeadership> leadership(Store &store);
    // What other processes change in the store, for a console's views: PostgreSQL's
    // notifications; null for SQLite, where the console's own engine is the only writer the
    // views need to follow. Not started.
    static std::unique_ptr<StoreChangeFeed> changeFeed(Store &store);
};
