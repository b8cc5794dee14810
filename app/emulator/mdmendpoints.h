#pragma once

#include "app/emulator/emulatormessages.h"

#include <QJsonValue>

#include <optional>

class FaultInjector;
class FleetState;
struct EmulatorSettings;
struct EmulatorStatistics;

// The MDM: Ivanti Neurons for MDM REST API v1 as docs/PROTOCOL.md describes it (M1 to M6),
// HTTP Basic auth and every answer in Ivanti's {"errors","result"} envelope.
class MdmEndpoints final
{
    Q_DISABLE_COPY_MOVE(MdmEndpoints)

public:
    static constexpr qint64 kDefaultPartitionId = 1001;
    static constexpr qint64 kLabPartitionId = 1002; // an empty second device space
    static constexpr int kDefaultRows = 50;
    static constexpr int kMaxRows = 500;

    MdmEndpoints(const EmulatorSettings &settings, FleetState &fleet, const FaultInjector &faults,
        EmulatorStatistics &stats);

    // Requests under /api/v1/; nullopt for other paths.
    std::optional<EmulatorResponse> route(const EmulatorRequest &request, const QString &path, qint64 nowMs);

    // {"errors":null,"result":result}
    static EmulatorResponse result(int status, const QJsonValue &result);
    // {"errors":{"globalErrors":null,"fieldErrors":[{"code","message","field"}]},"result":null}
    static EmulatorResponse fieldError(
        int status, const QString &field, const char *code, const QString &message);
    // {"errors":{"globalErrors":[{"code","message"}],"fieldErrors":null},"result":null}
    static EmulatorResponse globalError(int status, const char *code, const QString &message);

private:
    enum class Need : quint8
    {
        SignIn, // any MDM user
        DeviceRead, // not the restricted user
        PolicyWrite // the policy author only
    };

    bool refuse(const EmulatorRequest &request, Need need, EmulatorResponse *refusal);
    bool readPartition(const EmulatorRequest &request, qint64 *partition, EmulatorResponse *refusal) const;
    EmulatorResponse partitions(const EmulatorRequest &request);
    EmulatorResponse deviceList(const EmulatorRequest &request);
    EmulatorResponse oneDevice(const EmulatorRequest &request, const QString &idText);
    EmulatorResponse forceCheckin(const EmulatorRequest &request, qint64 nowMs);
    EmulatorResponse policyList(const EmulatorRequest &request);
    EmulatorResponse putPolicy(const EmulatorRequest &request, const QString &idText, qint64 nowMs);
    EmulatorResponse account(const EmulatorRequest &request);
    static QString basicUser(const EmulatorRequest &request);

    const EmulatorSettings &m_settings;
    FleetState &m_fleet;
    const FaultInjector &m_faults;
    EmulatorStatistics &m_stats;
};
