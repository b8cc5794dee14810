#pragma once

#include "models/auditentry.h"

#include <QList>
#include <QString>

// Who changed a policy or asked for a report, and when: rows are only ever added. Part of
// a Store: safe from any thread once it is open.
class AuditLog
{
public:
    virtual ~AuditLog() = default;

    // Appends one entry stamped with the current time.
    virtual bool appendAudit(const QString &actor, const QString &action, const QString &target,
        const QString &detail, QString *error)
        = 0;
    // Newest first: entries whose actor, action, target or detail contains `contains`
    // (case-insensitive, taken literally; empty: all), at most `limit`. Empty with *error
    // set on failure.
    virtual QList<AuditEntry> auditEntries(const QString &contains, int limit, QString *error) const = 0;

protected:
    AuditLog() = default;
    Q_DISABLE_COPY_MOVE(AuditLog)
};
