#pragma once

#include "app/emulator/emulatormessages.h"

#include <QJsonValue>

#include <optional>

class EntraTokens;
class FaultInjector;
struct EmulatorSettings;
struct EmulatorStatistics;

// The Intune PartnerTenantDataSyncService (docs/PROTOCOL.md A5, A6): provisioning and
// deprovisioning of the partner tenant, and its heartbeat.
class PartnerTenantEndpoints final
{
    Q_DISABLE_COPY_MOVE(PartnerTenantEndpoints)

public:
    PartnerTenantEndpoints(const EmulatorSettings &settings, FaultInjector &faults, EntraTokens &tokens,
        EmulatorStatistics &stats);

    // Requests under /partner/tenant/; nullopt for other paths.
    std::optional<EmulatorResponse> route(const EmulatorRequest &request, const QString &path, qint64 nowMs);

    bool provisioned() const { return m_lastProvisioned == 1; }
    int lastProvisioned() const { return m_lastProvisioned; } // 0: never asked
    qint64 lastHeartbeatMs() const { return m_lastHeartbeatMs; } // 0: never
    // The ResyncTimestamp heartbeats answer: an ISO time or null (PUT /admin/resync).
    void setResync(const QJsonValue &at) { m_resync = at; }
    QJsonValue resync() const { return m_resync; }

    // True with *refusal (400 naming api-version) unless the query has api-version=version.
    static bool refuseApiVersion(
        const EmulatorRequest &request, QLatin1String version, EmulatorResponse *refusal);

private:
    EmulatorResponse putTenant(const EmulatorRequest &request, const QString &key, qint64 nowMs);
    EmulatorResponse putHeartbeat(const EmulatorRequest &request, const QString &key, qint64 nowMs);
    bool refuseTenantKey(const QString &key, EmulatorResponse *refusal) const;
    QString partnerKey() const;

    const EmulatorSettings &m_settings;
    FaultInjector &m_faults;
    EntraTokens &m_tokens;
    EmulatorStatistics &m_stats;
    int m_lastProvisioned = 0;
    qint64 m_lastHeartbeatMs = 0;
    QJsonValue m_resync = QJsonValue::Null;
};
