#include "app/emulator/emulatorpolicy.h"

#include "models/compliancepolicy.h"

namespace {

struct ActionWord
{
    EmulatorPolicy::Action action;
    const char *word;
};

constexpr ActionWord kActionWords[] = {
    { EmulatorPolicy::Action::SendAlert, "sendAlert" },
    { EmulatorPolicy::Action::BlockEmail, "blockEmail" },
    { EmulatorPolicy::Action::BlockAppConnect, "blockAppConnect" },
    { EmulatorPolicy::Action::Quarantine, "quarantine" },
    { EmulatorPolicy::Action::Retire, "retire" },
};

QString ruleWordOf(PolicyRule rule)
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

EmulatorPolicy::Action actionOf(ComplianceAction action)
{
    switch (action) {
    case ComplianceAction::None:
        return EmulatorPolicy::Action::None;
    case ComplianceAction::SendAlert:
        return EmulatorPolicy::Action::SendAlert;
    case ComplianceAction::BlockEmail:
        return EmulatorPolicy::Action::BlockEmail;
    case ComplianceAction::BlockAppConnectApps:
        return EmulatorPolicy::Action::BlockAppConnect;
    case ComplianceAction::Quarantine:
        return EmulatorPolicy::Action::Quarantine;
    case ComplianceAction::Retire:
        return EmulatorPolicy::Action::Retire;
    }
    return EmulatorPolicy::Action::None;
}

} // namespace

const QStringList &EmulatorPolicy::ruleWords()
{
    static const QStringList words { QStringLiteral("jailbroken"), QStringLiteral("osBelowMinimum"),
        QStringLiteral("noPasscode"), QStringLiteral("notEncrypted"), QStringLiteral("blockedAppPresent"),
        QStringLiteral("outOfContact") };
    return words;
}

bool EmulatorPolicy::ruleNeedsParameter(const QString &rule)
{
    return rule == QLatin1String("osBelowMinimum") || rule == QLatin1String("blockedAppPresent")
        || rule == QLatin1String("outOfContact");
}

QString EmulatorPolicy::actionWord(Action action)
{
    for (const ActionWord &entry : kActionWords) {
        if (entry.action == action)
            return QLatin1String(entry.word);
    }
    return QStringLiteral("none");
}

bool EmulatorPolicy::actionFromWord(const QString &word, Action *action)
{
    for (const ActionWord &entry : kActionWords) {
        if (word == QLatin1String(entry.word)) {
            *action = entry.action;
            return true;
        }
    }
    return false;
}

EmulatorPolicy EmulatorPolicy::fromDemo(const CompliancePolicy &policy)
{
    EmulatorPolicy result;
    result.id = policy.id;
    result.name = policy.name;
    result.rule = ruleWordOf(policy.rule);
    result.parameter = policy.parameter;
    for (const PolicyStep &step : policy.steps)
        result.steps.append(Step { actionOf(step.action), step.waitDays });
    return result;
}
