#pragma once

#include <QCoreApplication>
#include <QString>

// The actions a compliance policy can take, ordered from least to most restrictive so
// that "most restrictive applies" is a plain max(): of the actions due, the most restrictive decides.
enum class ComplianceAction : quint8 {
    None = 0,
    SendAlert = 1,
    BlockEmail = 2,
    BlockAppConnectApps = 3,
    Quarantine = 4,
    Retire = 5
};

// What Azure receives for the action in effect.
enum class AzureOutcome : quint8 {
    Compliant,
    NonCompliant,
    RemovedFromAzure // reported notManaged + notCompliant; Azure deletes the record after 90 days
};

class ComplianceActions final
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceActions)

public:
    static AzureOutcome outcomeOf(ComplianceAction action);
    static ComplianceAction mostRestrictive(ComplianceAction a, ComplianceAction b)
    {
        return static_cast<quint8>(a) >= static_cast<quint8>(b) ? a : b;
    }
    static const QList<ComplianceAction> &all(); // excluding None, least restrictive first

    static QString displayName(ComplianceAction action);
    static QString storageName(ComplianceAction action);
    static ComplianceAction fromStorageName(const QString &name, bool *ok = nullptr);

    static QString outcomeName(AzureOutcome outcome);
    static QString outcomeDescription(AzureOutcome outcome);
};
