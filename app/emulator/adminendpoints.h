#pragma once

#include "app/emulator/emulatormessages.h"

#include <QJsonObject>

class EmulatorClock;
class EntraTokens;
class FaultInjector;
class FleetState;
class PartnerDeviceEndpoints;
class PartnerTenantEndpoints;
struct EmulatorStatistics;

// The admin API under /admin (docs/EMULATOR-CONTRACT.md): statistics, faults, churn, the
// clock, the resync time, what was received, and the emulator's own view of what each
// device should have been reported as. No auth; never faulted; not counted.
class AdminEndpoints final
{
    Q_DISABLE_COPY_MOVE(AdminEndpoints)

public:
    AdminEndpoints(EmulatorClock &clock, FleetState &fleet, FaultInjector &faults, EntraTokens &tokens,
        PartnerTenantEndpoints &tenant, PartnerDeviceEndpoints &device, EmulatorStatistics &stats);

    EmulatorResponse route(const EmulatorRequest &request, const QString &path, qint64 nowMs);

    // What the emulator expects the console to report for the device at nowMs, by its own
    // evaluation: complianceStatus, managementState, userId (null when Entra does not
    // know the user), mdmId.
    QJsonObject expected(qint64 mdmId, qint64 nowMs) const;

private:
    QJsonObject statisticsJson() const;
    EmulatorResponse putFaults(const EmulatorRequest &request, qint64 nowMs);
    EmulatorResponse postChurn(const EmulatorRequest &request, qint64 nowMs);
    EmulatorResponse resetStatistics();
    EmulatorResponse reports(const EmulatorRequest &request) const;
    EmulatorResponse deviceReports(const QString &idText, qint64 nowMs) const;
    EmulatorResponse expectedList(const EmulatorRequest &request, qint64 nowMs) const;
    EmulatorResponse message(const QString &idText) const;
    EmulatorResponse clockAnswer() const;
    EmulatorResponse advanceClock(const EmulatorRequest &request);
    EmulatorResponse putResync(const EmulatorRequest &request);

    EmulatorClock &m_clock;
    FleetState &m_fleet;
    FaultInjector &m_faults;
    EntraTokens &m_tokens;
    PartnerTenantEndpoints &m_tenant;
    PartnerDeviceEndpoints &m_device;
    EmulatorStatistics &m_stats;
};
