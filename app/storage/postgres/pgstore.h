#pragma once

#include "app/storage/postgres/pgconnections.h"
#include "app/storage/postgres/pgschema.h"
#include "app/storage/store.h"

#include <QCoreApplication>

#include <memory>

class PgAuditLog;
class PgDeviceStore;
class PgEntraUserCache;
class PgPolicyStore;
class PgReportOutbox;
class PgStoreSettings;

// The store a team shares: the asc_store schema of a PostgreSQL database (PgSchema), one
// connection per thread (PgConnections). Every write transaction bumps the store's
// revision and notifies it, so other consoles re-read what changed; the outbox is leased
// to one sender at a time (PgOutboxLeases). The database's roles decide who may write
// what: a refused write fails with the server's reason and changes nothing.
// open() never migrates: the database owner runs `--headless init-store` once, and a
// store that needs it is refused with that command in the message.
class PgStore final : public Store
{
    Q_DECLARE_TR_FUNCTIONS(PgStore)
    Q_DISABLE_COPY_MOVE(PgStore)

public:
    PgStore(const PgConnectionSettings &settings, const QString &uri);
    ~PgStore() override;

    // Connects (blocking, up to the connect timeout: a window calls it off its thread),
    // checks the schema version and reads what the role may do.
    bool open(QString *error) override;
    bool isOpen() const override { return m_connections.isUsable(); }
    QString location() const override { return m_connections.displayName(); }
    QString writeProblem() const override { return m_writeProblem; }
    int schemaVersion() const override;

    DeviceStore &devices() const override;
    PolicyStore &policies() const override;
    StoreSettings &settings() const override;
    AuditLog &auditLog() const override;
    ReportOutbox &outbox() const override;
    EntraUserCache &entraUsers() const override;

    bool commitTogether(const std::function<bool(QString *error)> &work, QString *error) override;

    bool queuesReportNowByRequest() const override { return true; }
    // asc_store.report_now(): any role may call it; it checks the devices exist, records the
    // requests and the audit row (actor: the login) in one transaction.
    bool requestReportNow(const QList<qint64> &deviceIds, const QString &mdmUser, QString *error) override;
    // A request is taken once: a second DELETE of the same rows at the same moment waits
    // for the first and then finds them gone (the reporter role may delete requests, not
    // lock them for update).
    bool takeReportRequests(QList<qint64> *deviceIds, QString *error) override;

    void setResponsiveThread(QThread *thread) override { m_connections.setResponsiveThread(thread); }

    // What the connected role may do, as the database grants it (read by open()).
    PgSchema::Privileges privileges() const { return m_privileges; }
    PgConnections &connections() { return m_connections; }
    QString uri() const { return m_connections.uri(); }

protected:
    // The leadership's term, read FOR SHARE: a process taking the lead over updates that
    // row, so it waits until this transaction has ended.
    bool readLeaderToken(QString *token, QString *error) override;

private:
    PgConnections m_connections;
    QString m_writeProblem;
    PgSchema::Privileges m_privileges;
    std::unique_ptr<PgDeviceStore> m_devices;
    std::unique_ptr<PgPolicyStore> m_policies;
    std::unique_ptr<PgStoreSettings> m_settings;
    std::unique_ptr<PgAuditLog> m_auditLog;
    std::unique_ptr<PgReportOutbox> m_outbox;
    std::unique_ptr<PgEntraUserCache> m_entraUsers;
};
