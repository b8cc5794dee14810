#pragma once

#include "models/complianceaction.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What a compliance policy checks on the device (as in Ivanti and Intune).
enum class PolicyRule : quint8 {
    Jailbroken,        // jailbroken (iOS) or rooted (Android)
    OsBelowMinimum,    // parameter: the minimum OS version, e.g. "16.0"
    NoPasscode,
    NotEncrypted,
    BlockedAppPresent, // parameter: the blocked app's bundle or package id
    OutOfContact       // parameter: the number of days without check-in
};

// One step of a policy's escalation: the action, taken waitDays after the violation began.
struct PolicyStep
{
    ComplianceAction action = ComplianceAction::SendAlert;
    int waitDays = 0;

    friend bool operator==(const PolicyStep &a, const PolicyStep &b)
    {
        return a.action == b.action && a.waitDays == b.waitDays;
    }
};

struct CompliancePolicy
{
    Q_DECLARE_TR_FUNCTIONS(CompliancePolicy)

public:
    qint64 id = 0;
    QString name;
    PolicyRule rule = PolicyRule::Jailbroken;
    QString parameter;
    QList<PolicyStep> steps; // in the order the author wrote them: "Send Alert now, Block Email after 3 days"

    static QString ruleName(PolicyRule rule);
    static QString ruleStorageName(PolicyRule rule);
    static PolicyRule ruleFromStorageName(const QString &name, bool *ok = nullptr);
    static bool ruleNeedsParameter(PolicyRule rule);
    static const QList<PolicyRule> &allRules();

    // The rule in words, with its parameter: "OS below 16.0".
    QString ruleText() const;
    // Empty when valid; otherwise one message naming what is wrong.
    QString validate() const;
};
