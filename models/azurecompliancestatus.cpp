#include "models/azurecompliancestatus.h"

QString AzureComplianceStatus::displayName(Value value)
{
    switch (value) {
    case None:
        return tr("Not reported yet");
    case InProgress:
        return tr("In-progress");
    case Successful:
        return tr("Successful");
    case Failed:
        return tr("Failed");
    }
    return {};
}

QString AzureComplianceStatus::description(Value value)
{
    switch (value) {
    case None:
        return tr("No report has been sent to Azure for this device yet.");
    case InProgress:
        return tr("A report was sent and Azure has not confirmed it yet.");
    case Successful:
        return tr("Azure confirmed the last report.");
    case Failed:
        return tr("Azure rejected the last report or it could not be delivered.");
    }
    return {};
}

QString AzureComplianceStatus::storageName(Value value)
{
    switch (value) {
    case None:
        return {};
    case InProgress:
        return QStringLiteral("InProgress");
    case Successful:
        return QStringLiteral("Successful");
    case Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

AzureComplianceStatus::Value AzureComplianceStatus::fromStorageName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name.isEmpty())
        return None;
    if (name == QLatin1String("InProgress") || name == QLatin1String("In-progress"))
        return InProgress;
    if (name == QLatin1String("Successful"))
        return Successful;
    if (name == QLatin1String("Failed"))
        return Failed;
    if (ok)
        *ok = false;
    return None;
}
