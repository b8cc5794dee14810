#pragma once

#include "app/emulator/emulatorfaults.h"
#include "app/emulator/emulatormessages.h"
#include "app/emulator/emulatorsettings.h"
#include "app/emulator/emulatorstatistics.h"

#include <memory>

class AdminEndpoints;
class EmulatorClock;
class EntraTokens;
class FaultInjector;
class FleetState;
class GraphEndpoints;
class MdmEndpoints;
class PartnerDeviceEndpoints;
class PartnerTenantEndpoints;

// The tenant emulator's core: the MDM, Entra/Graph and Intune partner endpoints of
// docs/PROTOCOL.md and the admin API of docs/EMULATOR-CONTRACT.md, one class per family,
// around the pipeline every request goes through: the clock is read, what time alone
// changes is applied, faults are drawn, the family answers. It knows no sockets:
// EmulatorHttpServer feeds it requests, the tests call handle() directly.
class TenantEmulator final
{
    Q_DISABLE_COPY_MOVE(TenantEmulator)

public:
    using Settings = EmulatorSettings;
    using Faults = EmulatorFaults;

    static constexpr int kMaxDevices = EmulatorSettings::kMaxDevices;

    explicit TenantEmulator(const Settings &settings);
    ~TenantEmulator();

    EmulatorResponse handle(const EmulatorRequest &request);

    const Settings &settings() const { return m_settings; }
    EmulatorClock &clock() { return *m_clock; }
    void setBaseUrl(const QString &baseUrl) { m_settings.baseUrl = baseUrl; }
    int deviceCount() const;

    static QUuid defaultTenantId() { return EmulatorSettings::defaultTenantId(); }
    static QString defaultClientId() { return EmulatorSettings::defaultClientId(); }

private:
    void settle(qint64 nowMs);
    EmulatorResponse route(const EmulatorRequest &request, const QString &path, qint64 nowMs);

    Settings m_settings;
    std::shared_ptr<EmulatorClock> m_clock;
    EmulatorStatistics m_stats;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<FleetState> m_fleet;
    std::unique_ptr<EntraTokens> m_tokens;
    std::unique_ptr<MdmEndpoints> m_mdm;
    std::unique_ptr<PartnerTenantEndpoints> m_tenant;
    std::unique_ptr<PartnerDeviceEndpoints> m_device;
    std::unique_ptr<GraphEndpoints> m_graph;
    std::unique_ptr<AdminEndpoints> m_admin;
    qint64 m_churnStartedAt = 0;
    qint64 m_churnApplied = 0;
};
