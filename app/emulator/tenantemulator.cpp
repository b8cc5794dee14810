#include "app/emulator/tenantemulator.h"

#include "app/emulator/adminendpoints.h"
#include "app/emulator/emulatorclock.h"
#include "app/emulator/entratokens.h"
#include "app/emulator/faultinjector.h"
#include "app/emulator/fleetstate.h"
#include "app/emulator/graphendpoints.h"
#include "app/emulator/mdmendpoints.h"
#include "app/emulator/partnerdeviceendpoints.h"
#include "app/emulator/partnertenantendpoints.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr int kMaxChurnPerRequest = 100000;

} // namespace

TenantEmulator::TenantEmulator(const Settings &settings)
    : m_settings(settings)
    , m_clock(settings.clock ? settings.clock : std::make_shared<EmulatorClock>())
{
    m_settings.devices = std::clamp(m_settings.devices, 0, kMaxDevices);
    m_settings.clock = m_clock;
    const qint64 now = m_clock->wallMs();
    m_faults = std::make_unique<FaultInjector>(m_settings.faults, m_stats);
    m_fleet = std::make_unique<FleetState>(m_settings.devices, m_settings.seed, now);
    m_tokens = std::make_unique<EntraTokens>(m_settings, m_stats);
    m_mdm = std::make_unique<MdmEndpoints>(m_settings, *m_fleet, *m_faults, m_stats);
    m_tenant = std::make_unique<PartnerTenantEndpoints>(m_settings, *m_faults, *m_tokens, m_stats);
    m_device = std::make_unique<PartnerDeviceEndpoints>(
        m_settings, *m_fleet, *m_tenant, *m_faults, *m_tokens, m_stats);
    m_graph
        = std::make_unique<GraphEndpoints>(m_settings, *m_fleet, *m_tenant, *m_faults, *m_tokens, m_stats);
    m_admin = std::make_unique<AdminEndpoints>(
        *m_clock, *m_fleet, *m_faults, *m_tokens, *m_tenant, *m_device, m_stats);
    m_churnStartedAt = now;
}

TenantEmulator::~TenantEmulator() = default;

int TenantEmulator::deviceCount() const
{
    return m_fleet->count();
}

void TenantEmulator::settle(qint64 nowMs)
{
    m_device->settle(nowMs);
    if (m_settings.churnPerMinute > 0) {
        const qint64 due = (nowMs - m_churnStartedAt) * m_settings.churnPerMinute / 60000;
        if (due > m_churnApplied) {
            m_fleet->churn(int(std::min<qint64>(due - m_churnApplied, kMaxChurnPerRequest)), nowMs);
            m_churnApplied = due;
        }
    }
}

EmulatorResponse TenantEmulator::handle(const EmulatorRequest &request)
{
    const qint64 now = m_clock->wallMs();
    settle(now);
    QString path = request.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path == QLatin1String("/admin") || path.startsWith(QLatin1String("/admin/")))
        return m_admin->route(request, path, now);

    ++m_stats.requestsTotal;
    if (m_faults->wantsHugeBody(request))
        return m_faults->hugeBody();
    // Retries are judged on the monotonic clock (a wall-clock step cannot make one early or
    // late), at the moment the request is handled, which is never before it was sent.
    if (std::optional<EmulatorResponse> fault = m_faults->before(request, m_clock->steadyNs()))
        return *fault;
    EmulatorResponse response = route(request, path, now);
    m_faults->after(response);
    return response;
}

EmulatorResponse TenantEmulator::route(const EmulatorRequest &request, const QString &path, qint64 nowMs)
{
    if (std::optional<EmulatorResponse> answer = m_mdm->route(request, path, nowMs))
        return *answer;
    static const QRegularExpression tokenPath(QStringLiteral("^/([^/]+)/oauth2/v2\\.0/token$"));
    if (const QRegularExpressionMatch match = tokenPath.match(path); match.hasMatch()) {
        if (request.method == "POST")
            return m_tokens->issue(request, match.captured(1), nowMs);
        EmulatorResponse response = EmulatorResponse::error(405, QStringLiteral("use POST for a token"));
        response.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("POST"));
        return response;
    }
    if (std::optional<EmulatorResponse> answer = m_graph->route(request, path, nowMs))
        return *answer;
    if (std::optional<EmulatorResponse> answer = m_tenant->route(request, path, nowMs))
        return *answer;
    if (std::optional<EmulatorResponse> answer = m_device->route(request, path, nowMs))
        return *answer;
    return EmulatorResponse::error(404, QStringLiteral("no endpoint at %1").arg(request.path));
}
