#pragma once

#include "app/storage/auditlog.h"

#include <QCoreApplication>

class PgConnections;

// The audit log in the PostgreSQL store: table asc_store.audit_log. The database stamps
// each row with the login that wrote it (actor = session_user, held by row-level
// security) and refuses changes to written rows; the MDM user the console names goes into
// mdm_user. Entries show both: "alice@contoso.com (as asc_reporter)".
class PgAuditLog final : public AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(DeviceStore) // the SQLite store's messages, translated once
    Q_DISABLE_COPY_MOVE(PgAuditLog)

public:
    explicit PgAuditLog(PgConnections &connections);

    bool appendAudit(const QString &actor, const QString &action, const QString &target, const QString &detail,
                     QString *error) override;
    QList<AuditEntry> auditEntries(const QString &contains, int limit, QString *error) const override;

    // The actor an entry shows: the MDM user and the database login that wrote the row, or
    // the login alone when no MDM user was named (or it is the login itself).
    static QString actorText(const QString &mdmUser, const QString &login);

private:
    PgConnections &m_connections;
};
