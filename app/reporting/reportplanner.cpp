#include "app/reporting/reportplanner.h"

#include "models/azurepayload.h"

QString ReportPlanner::triggerStorageName(ReportTrigger trigger)
{
    switch (trigger) {
    case ReportTrigger::ComplianceChange:
        return QStringLiteral("compliance");
    case ReportTrigger::InventoryChange:
        return QStringLiteral("inventory");
    case ReportTrigger::Escalation:
        return QStringLiteral("escalation");
    case ReportTrigger::Weekly:
        return QStringLiteral("weekly");
    case ReportTrigger::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<ReportTrigger> ReportPlanner::triggerFromStorageName(const QString &name)
{
    for (auto trigger : {ReportTrigger::ComplianceChange, ReportTrigger::InventoryChange, ReportTrigger::Escalation,
                         ReportTrigger::Weekly, ReportTrigger::Manual}) {
        if (triggerStorageName(trigger) == name)
            return trigger;
    }
    return std::nullopt;
}

QString ReportPlanner::triggerName(ReportTrigger trigger)
{
    switch (trigger) {
    case ReportTrigger::ComplianceChange:
        return tr("Compliance state change");
    case ReportTrigger::InventoryChange:
        return tr("Inventory change");
    case ReportTrigger::Escalation:
        return tr("Policy escalation");
    case ReportTrigger::Weekly:
        return tr("Weekly report");
    case ReportTrigger::Manual:
        return tr("Report now");
    }
    return {};
}

bool ReportPlanner::canReport(const DeviceRecord &device)
{
    return device.clientStatus.allowsDeviceId() && !device.azureDeviceId.isBlank();
}

std::optional<ReportTrigger> ReportPlanner::triggerAfterSync(const DeviceRecord &device,
                                                             const std::optional<QList<Violation>> &previousViolations,
                                                             const DeviceStore::ReportState &state,
                                                             AzureOutcome outcome)
{
    if (!canReport(device))
        return std::nullopt;
    // Never reported: Azure has nothing yet, a compliance report carries both entities.
    if (!state.reportedOutcome)
        return ReportTrigger::ComplianceChange;
    if (*state.reportedOutcome != outcome) {
        const bool violationsChanged = !previousViolations || *previousViolations != device.violations;
        return violationsChanged ? ReportTrigger::ComplianceChange : ReportTrigger::Escalation;
    }
    if (state.reportedFingerprint != AzurePayload::inventoryFingerprint(device))
        return ReportTrigger::InventoryChange;
    return std::nullopt;
}

bool ReportPlanner::escalated(const DeviceStore::ReportState &state, AzureOutcome outcome)
{
    return state.reportedOutcome && *state.reportedOutcome != outcome;
}

OutboxDevice ReportPlanner::reportFor(const DeviceRecord &device, AzureOutcome outcome, const QDateTime &now)
{
    OutboxDevice report;
    report.deviceId = device.id;
    report.outcome = outcome;
    report.fingerprint = AzurePayload::inventoryFingerprint(device);
    report.entities = AzurePayload::entitiesFor(device, outcome, now);
    return report;
}
