#pragma once

#include "app/storage/auditlog.h"

#include <QCoreApplication>

class SqliteConnections;

// The audit log in the SQLite file: table audit_log, searched with instr() on lower case.
class SqliteAuditLog final : public AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(DeviceStore) // messages keep the context they were translated in
    Q_DISABLE_COPY_MOVE(SqliteAuditLog)

public:
    explicit SqliteAuditLog(const SqliteConnections &connections);

    bool appendAudit(const QString &actor, const QString &action, const QString &target,
        const QString &detail, QString *error) override;
    QList<AuditEntry> auditEntries(const QString &contains, int limit, QString *error) const override;

private:
    const SqliteConnections &m_connections;
};
