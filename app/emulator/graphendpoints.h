#pragma once

#include "app/emulator/emulatormessages.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

class EntraTokens;
class FaultInjector;
class FleetState;
class PartnerTenantEndpoints;
struct EmulatorSettings;
struct EmulatorStatistics;

// Microsoft Graph as the console uses it (docs/PROTOCOL.md A2, A3, A4, A9): discovery of the
// partner services, user object ids one at a time and in $batch, and partner health. The
// directory is the demo fleet's, with the few users Entra does not know.
class GraphEndpoints final
{
    Q_DISABLE_COPY_MOVE(GraphEndpoints)

public:
    GraphEndpoints(const EmulatorSettings &settings, const FleetState &fleet,
        const PartnerTenantEndpoints &tenant, FaultInjector &faults, EntraTokens &tokens,
        EmulatorStatistics &stats);

    // Requests under /v1.0/ and /beta/; nullopt for other paths.
    std::optional<EmulatorResponse> route(const EmulatorRequest &request, const QString &path, qint64 nowMs);

    // {"error":{"code","message","innerError":{"date"}}}: Graph's error envelope.
    static EmulatorResponse graphError(int status, const char *code, const QString &message, qint64 nowMs);

private:
    struct Answer
    {
        int status = 200;
        QJsonObject body;
    };

    EmulatorResponse servicePrincipals(const EmulatorRequest &request, qint64 nowMs);
    EmulatorResponse endPoints(const EmulatorRequest &request, const QString &principalId, qint64 nowMs);
    EmulatorResponse user(const EmulatorRequest &request, const QString &path, qint64 nowMs);
    EmulatorResponse batch(const EmulatorRequest &request, qint64 nowMs);
    EmulatorResponse compliancePartners(const EmulatorRequest &request, qint64 nowMs);
    // A user look-up whose path (after /v1.0) is already percent-decoded; nullopt when the
    // path is not a user look-up.
    std::optional<Answer> lookUpUser(
        const QString &path, const QUrlQuery &query, const QString &base, qint64 nowMs) const;
    QString baseUrlFor(const EmulatorRequest &request) const;

    const EmulatorSettings &m_settings;
    const FleetState &m_fleet;
    const PartnerTenantEndpoints &m_tenant;
    FaultInjector &m_faults;
    EntraTokens &m_tokens;
    EmulatorStatistics &m_stats;
};
