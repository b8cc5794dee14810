#pragma once

#include <QDateTime>
#include <QString>

// One row of the audit log: who did what to which policy or device, and when.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;  // the MDM user (or the OS user for local actions)
    QString action; // "policy-change", "report-now", ...
    QString target; // the policy ("Jailbreak check (#1)") or the device ids
    QString detail; // what changed: "before -> after"
};
