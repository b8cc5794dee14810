#include "app/emulator/emulatorstatistics.h"

QJsonObject EmulatorStatistics::toJson() const
{
    const QJsonObject faults { { QStringLiteral("429"), faults429 }, { QStringLiteral("500"), faults500 },
        { QStringLiteral("502"), faults502 }, { QStringLiteral("503"), faults503 },
        { QStringLiteral("504"), faults504 }, { QStringLiteral("reset"), faultsReset },
        { QStringLiteral("delay"), faultsDelay }, { QStringLiteral("timeout"), faultsTimeout },
        { QStringLiteral("malformed"), faultsMalformed },
        { QStringLiteral("asyncFailed"), faultsAsyncFailed }, { QStringLiteral("401"), faults401 },
        { QStringLiteral("403"), faults403 }, { QStringLiteral("batchItem429"), faultsBatchItem429 },
        { QStringLiteral("hugeBody"), faultsHugeBody },
        { QStringLiteral("provisionInBand"), faultsProvisionInBand },
        { QStringLiteral("heartbeatInBand"), faultsHeartbeatInBand },
        { QStringLiteral("uploadInBand"), faultsUploadInBand } };
    return QJsonObject { { QStringLiteral("requestsTotal"), requestsTotal },
        { QStringLiteral("earlyRequests"), earlyRequests }, { QStringLiteral("tokensIssued"), tokensIssued },
        { QStringLiteral("userLookups"), userLookups }, { QStringLiteral("batchRequests"), batchRequests },
        { QStringLiteral("batchItems"), batchItems },
        { QStringLiteral("provisionRequests"), provisionRequests },
        { QStringLiteral("provisionRefused"), provisionRefused },
        { QStringLiteral("deprovisions"), deprovisions }, { QStringLiteral("heartbeats"), heartbeats },
        { QStringLiteral("messagesReceived"), messagesReceived },
        { QStringLiteral("duplicateMessages"), duplicateMessages },
        { QStringLiteral("uploadsRefused"), uploadsRefused },
        { QStringLiteral("uploadsRefusedInBand"), uploadsRefusedInBand },
        { QStringLiteral("entitiesReceived"), entitiesReceived },
        { QStringLiteral("messagesCompleted"), messagesCompleted },
        { QStringLiteral("messagesFailed"), messagesFailed },
        { QStringLiteral("policyWrites"), policyWrites }, { QStringLiteral("devicesListed"), devicesListed },
        { QStringLiteral("faultsInjected"), faults } };
}
