#include "models/compliancepolicy.h"

#include <QSet>
#include <QVersionNumber>

QString CompliancePolicy::ruleName(PolicyRule rule)
{
    switch (rule) {
    case PolicyRule::Jailbroken:
        return tr("Jailbroken or rooted");
    case PolicyRule::OsBelowMinimum:
        return tr("OS below minimum version");
    case PolicyRule::NoPasscode:
        return tr("No passcode");
    case PolicyRule::NotEncrypted:
        return tr("Not encrypted");
    case PolicyRule::BlockedAppPresent:
        return tr("Blocked app present");
    case PolicyRule::OutOfContact:
        return tr("Out of contact");
    }
    return {};
}

QString CompliancePolicy::ruleStorageName(PolicyRule rule)
{
    switch (rule) {
    case PolicyRule::Jailbroken:
        return QStringLiteral("jailbroken");
    case PolicyRule::OsBelowMinimum:
        return QStringLiteral("osBelowMinimum");
    case PolicyRule::NoPasscode:
        return QStringLiteral("noPasscode");
    case PolicyRule::NotEncrypted:
        return QStringLiteral("notEncrypted");
    case PolicyRule::BlockedAppPresent:
        return QStringLiteral("blockedAppPresent");
    case PolicyRule::OutOfContact:
        return QStringLiteral("outOfContact");
    }
    return {};
}

const QList<PolicyRule> &CompliancePolicy::allRules()
{
    static const QList<PolicyRule> rules{PolicyRule::Jailbroken,   PolicyRule::OsBelowMinimum,
                                         PolicyRule::NoPasscode,   PolicyRule::NotEncrypted,
                                         PolicyRule::BlockedAppPresent, PolicyRule::OutOfContact};
    return rules;
}

PolicyRule CompliancePolicy::ruleFromStorageName(const QString &name, bool *ok)
{
    for (PolicyRule rule : allRules()) {
        if (ruleStorageName(rule) == name) {
            if (ok)
                *ok = true;
            return rule;
        }
    }
    if (ok)
        *ok = false;
    return PolicyRule::Jailbroken;
}

bool CompliancePolicy::ruleNeedsParameter(PolicyRule rule)
{
    return rule == PolicyRule::OsBelowMinimum || rule == PolicyRule::BlockedAppPresent
        || rule == PolicyRule::OutOfContact;
}

QString CompliancePolicy::ruleText() const
{
    switch (rule) {
    case PolicyRule::OsBelowMinimum:
        return tr("OS below %1").arg(parameter);
    case PolicyRule::BlockedAppPresent:
        return tr("Blocked app present: %1").arg(parameter);
    case PolicyRule::OutOfContact:
        return tr("Out of contact for %Ln day(s)", nullptr, parameter.toInt());
    case PolicyRule::Jailbroken:
    case PolicyRule::NoPasscode:
    case PolicyRule::NotEncrypted:
        return ruleName(rule);
    }
    return {};
}

QString CompliancePolicy::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("The policy has no name.");
    if (ruleNeedsParameter(rule) && parameter.trimmed().isEmpty())
        return tr("Policy \"%1\": the rule \"%2\" needs a parameter.").arg(name, ruleName(rule));
    if (rule == PolicyRule::OsBelowMinimum) {
        // fromString() keeps a leading number and ignores the rest ("16.0beta" -> 16.0):
        // the whole parameter must be the version.
        const QString version = parameter.trimmed();
        qsizetype suffixIndex = -1;
        if (QVersionNumber::fromString(version, &suffixIndex).isNull() || suffixIndex != version.size())
            return tr("Policy \"%1\": \"%2\" is not a version number.").arg(name, parameter);
    }
    if (rule == PolicyRule::OutOfContact) {
        bool ok = false;
        const int days = parameter.toInt(&ok);
        if (!ok || days < 1)
            return tr("Policy \"%1\": the number of days must be a whole number of at least 1.").arg(name);
    }
    if (steps.isEmpty())
        return tr("Policy \"%1\" has no action.").arg(name);
    QSet<ComplianceAction> seen;
    int previousWait = -1;
    for (const PolicyStep &step : steps) {
        if (step.action == ComplianceAction::None)
            return tr("Policy \"%1\": an action is missing.").arg(name);
        if (seen.contains(step.action))
            return tr("Policy \"%1\": the action \"%2\" appears twice.")
                .arg(name, ComplianceActions::displayName(step.action));
        seen.insert(step.action);
        if (step.waitDays < 0)
            return tr("Policy \"%1\": the wait of \"%2\" is negative.")
                .arg(name, ComplianceActions::displayName(step.action));
        if (step.waitDays < previousWait)
            return tr("Policy \"%1\": the waits are out of order; \"%2\" comes after a longer wait.")
                .arg(name, ComplianceActions::displayName(step.action));
        previousWait = step.waitDays;
    }
    return {};
}
