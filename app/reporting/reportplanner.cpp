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

QString ReportPlanner::triggerName(const QString &storageName)
{
    const std::optional<ReportTrigger> trigger = triggerFromStorageName(storageName);
    return trigger ? triggerName(*trigger) : storageName;
}

bool ReportPlanner::canReport(const DeviceRecord &device)
{
    return device.clientStatus.allowsDeviceId() && !device.azureDeviceId.isBlank()
        && device.entraUserState == EntraUserState::Known && !device.entraUserId.isNull();
}

QString ReportPlanner::whyNotReportable(const DeviceRecord &device)
{
    if (!device.clientStatus.allowsDeviceId() || device.azureDeviceId.isBlank())
        return tr("It has no Azure device identifier, so Azure cannot take a report of it.");
    return userProblem(device);
}

QString ReportPlanner::userProblem(const DeviceRecord &device)
{
    switch (device.entraUserState) {
    case EntraUserState::Known:
        break;
    case EntraUserState::NotLookedUp:
        //: %1 is the user's principal name, e.g. alice@contoso.com
        return tr("The Entra object id of its user %1 is not known yet: Microsoft Graph has not been asked, or "
                  "could not answer. The next sync asks again.")
            .arg(device.userPrincipalName);
    case EntraUserState::NotInEntra:
        return tr("Entra ID has no user with the principal name %1, and Azure takes reports only for users it "
                  "knows. Fix the user in the MDM or in Entra ID.")
            .arg(device.userPrincipalName);
    case EntraUserState::NoUser:
        return tr("The MDM names no user for it, and Azure takes reports only for a device's user.");
    }
    if (device.entraUserId.isNull())
        return tr("The Entra object id of its user is not known.");
    return {};
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

OutboxDevice ReportPlanner::reportFor(
    const DeviceRecord &device, AzureOutcome outcome, const QDateTime &now, const QUuid &tenantId)
{
    OutboxDevice report;
    report.deviceId = device.id;
    report.outcome = outcome;
    report.fingerprint = AzurePayload::inventoryFingerprint(device);
    report.entities
        = AzurePayload::entitiesFor(device, outcome, now, tenantId.toString(QUuid::WithoutBraces));
    return report;
}
