#pragma once

#include "app/emulator/emulatorfaults.h"

#include <QString>
#include <QUuid>

#include <memory>

class EmulatorClock;

// How the emulator is started: the tenant, its credentials, its fleet, its timings and
// the faults it starts with.
struct EmulatorSettings
{
    int devices = 10000;
    quint64 seed = 1; // of the demo fleet and of churn
    QUuid tenantId = defaultTenantId();
    QString clientId = defaultClientId();
    QString clientSecret = QStringLiteral("demo-secret");
    QString mdmUser = QStringLiteral("admin"); // reads everything, writes policies
    QString mdmPassword = QStringLiteral("demo"); // of every MDM user
    // Signs in but lacks the device role: every MDM endpoint but the partition list
    // answers 403 (a role-based refusal).
    QString mdmRestrictedUser = QStringLiteral("auditor");
    // Reads everything, but a policy write answers 403.
    QString mdmHelpdeskUser = QStringLiteral("helpdesk");
    int tokenLifetimeSeconds = 3600;
    int processingMs = 200; // how long an upload stays InProgress
    int churnPerMinute = 0;
    EmulatorFaults faults;
    // Used in discovery answers when a request has no Host header.
    QString baseUrl = QStringLiteral("http://127.0.0.1");
    // Null: the system clocks.
    std::shared_ptr<EmulatorClock> clock;

    static constexpr int kMaxDevices = 5000000;

    static QUuid defaultTenantId();
    static QString defaultClientId();
};
