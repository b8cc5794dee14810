#pragma once

#include "app/storage/sqlite/sqliteconnections.h"
#include "app/storage/store.h"

#include <QCoreApplication>

#include <memory>

class SqliteAuditLog;
class SqliteDeviceStore;
class SqliteEntraUserCache;
class SqlitePolicyStore;
class SqliteReportOutbox;
class SqliteStoreSettings;

// The embedded store: one SQLite file in the user's data folder, in write-ahead logging
// with synchronous=FULL, its schema versions in SqliteMigrations. Every thread gets its
// own connection (SqliteConnections); several processes may open the same file, SQLite's
// write lock orders their writes.
class SqliteStore final : public Store
{
    Q_DECLARE_TR_FUNCTIONS(DeviceStore) // messages keep the context they were translated in
    Q_DISABLE_COPY_MOVE(SqliteStore)

public:
    explicit SqliteStore(const QString &path);
    ~SqliteStore() override;

    // devices.sqlite in the user's data folder; the folder is created.
    static QString defaultPath();
    // The newest schema this build can migrate to.
    static int latestSchemaVersion();

    QString path() const { return m_connections.path(); }

    // Opens the file and migrates it to latestSchemaVersion(). Refuses, without changing
    // the file, one that is not an SQLite database or that a newer build has migrated. A
    // read-only file (or one another program keeps locked) opens for reading, and
    // writeProblem() says why nothing can be written.
    bool open(QString *error) override;
    bool isOpen() const override { return m_connections.isUsable(); }
    QString location() const override { return m_connections.nativePath(); }
    QString writeProblem() const override { return m_writeProblem; }
    int schemaVersion() const override;

    DeviceStore &devices() const override;
    PolicyStore &policies() const override;
    StoreSettings &settings() const override;
    AuditLog &auditLog() const override;
    ReportOutbox &outbox() const override;
    EntraUserCache &entraUsers() const override;

    bool commitTogether(const std::function<bool(QString *error)> &work, QString *error) override;

protected:
    // The lease's owner, read in the write transaction (BEGIN IMMEDIATE): a process taking
    // the lease over writes in a transaction of its own, so it waits until this one ends.
    bool readLeaderToken(QString *token, QString *error) override;

private:
    friend class TestDeviceStore; // opens a store at an older schema to test migrations
    friend class TestReportOutbox; // the same, for the report history
    friend class TestStoreFaults; // limits the file's size through this store's connection

    bool open(QString *error, int targetVersion);
    bool connection(QSqlDatabase *db, QString *error) const { return m_connections.connection(db, error); }

    SqliteConnections m_connections;
    QString m_writeProblem; // set once by open()
    std::unique_ptr<SqliteDeviceStore> m_devices;
    std::unique_ptr<SqlitePolicyStore> m_policies;
    std::unique_ptr<SqliteStoreSettings> m_settings;
    std::unique_ptr<SqliteAuditLog> m_auditLog;
    std::unique_ptr<SqliteReportOutbox> m_outbox;
    std::unique_ptr<SqliteEntraUserCache> m_entraUsers;
};
