#include "models/complianceaction.h"

AzureOutcome ComplianceActions::outcomeOf(ComplianceAction action)
{
    switch (action) {
    case ComplianceAction::None:
    case ComplianceAction::SendAlert:
        return AzureOutcome::Compliant;
    case ComplianceAction::BlockEmail:
    case ComplianceAction::BlockAppConnectApps:
    case ComplianceAction::Quarantine:
        return AzureOutcome::NonCompliant;
    case ComplianceAction::Retire:
        return AzureOutcome::RemovedFromAzure;
    }
    return AzureOutcome::Compliant;
}

const QList<ComplianceAction> &ComplianceActions::all()
{
    static const QList<ComplianceAction> actions{ComplianceAction::SendAlert, ComplianceAction::BlockEmail,
                                                 ComplianceAction::BlockAppConnectApps,
                                                 ComplianceAction::Quarantine, ComplianceAction::Retire};
    return actions;
}

QString ComplianceActions::displayName(ComplianceAction action)
{
    switch (action) {
    case ComplianceAction::None:
        return tr("None");
    case ComplianceAction::SendAlert:
        return tr("Send Alert");
    case ComplianceAction::BlockEmail:
        return tr("Block Email");
    case ComplianceAction::BlockAppConnectApps:
        return tr("Block AppConnect Apps");
    case ComplianceAction::Quarantine:
        return tr("Quarantine");
    case ComplianceAction::Retire:
        return tr("Retire device");
    }
    return {};
}

QString ComplianceActions::storageName(ComplianceAction action)
{
    switch (action) {
    case ComplianceAction::None:
        return QStringLiteral("none");
    case ComplianceAction::SendAlert:
        return QStringLiteral("sendAlert");
    case ComplianceAction::BlockEmail:
        return QStringLiteral("blockEmail");
    case ComplianceAction::BlockAppConnectApps:
        return QStringLiteral("blockAppConnect");
    case ComplianceAction::Quarantine:
        return QStringLiteral("quarantine");
    case ComplianceAction::Retire:
        return QStringLiteral("retire");
    }
    return {};
}

ComplianceAction ComplianceActions::fromStorageName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    for (ComplianceAction action : {ComplianceAction::None, ComplianceAction::SendAlert,
                                    ComplianceAction::BlockEmail, ComplianceAction::BlockAppConnectApps,
                                    ComplianceAction::Quarantine, ComplianceAction::Retire}) {
        if (storageName(action) == name)
            return action;
    }
    if (ok)
        *ok = false;
    return ComplianceAction::None;
}

QString ComplianceActions::outcomeName(AzureOutcome outcome)
{
    switch (outcome) {
    case AzureOutcome::Compliant:
        return tr("Compliant");
    case AzureOutcome::NonCompliant:
        return tr("Device Non-compliant");
    case AzureOutcome::RemovedFromAzure:
        return tr("Device data removed from Azure platform");
    }
    return {};
}

QString ComplianceActions::outcomeDescription(AzureOutcome outcome)
{
    switch (outcome) {
    case AzureOutcome::Compliant:
        return tr("Azure receives complianceStatus \"compliant\".");
    case AzureOutcome::NonCompliant:
        return tr("Azure receives complianceStatus \"notCompliant\".");
    case AzureOutcome::RemovedFromAzure:
        return tr("Azure receives \"notManaged\" and \"notCompliant\" and deletes the device record after "
                  "90 days.");
    }
    return {};
}
