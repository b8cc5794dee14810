#include "app/emulator/emulatorcompliance.h"

#include "models/device.h"

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace

EmulatorPolicy::Action EmulatorCompliance::stepInEffect(
    const EmulatorPolicy &policy, qint64 sinceMs, qint64 nowMs)
{
    // The most restrictive step whose wait has elapsed: a later, milder step (Quarantine
    // now, Block AppConnect after 2 days) does not lift an earlier, stricter one.
    EmulatorPolicy::Action action = EmulatorPolicy::Action::None;
    for (const EmulatorPolicy::Step &step : policy.steps) {
        if (nowMs - sinceMs >= qint64(step.waitDays) * kDayMs && step.action > action)
            action = step.action;
    }
    return action;
}

EmulatorCompliance::Verdict EmulatorCompliance::evaluate(
    const QList<Violation> &violations, const QHash<qint64, EmulatorPolicy> &policies, qint64 nowMs)
{
    Verdict verdict;
    for (const Violation &violation : violations) {
        const auto policy = policies.constFind(violation.policyId);
        if (policy == policies.cend())
            continue;
        const EmulatorPolicy::Action action
            = stepInEffect(*policy, violation.since.toMSecsSinceEpoch(), nowMs);
        if (action > verdict.action)
            verdict.action = action;
    }
    switch (verdict.action) {
    case EmulatorPolicy::Action::Retire:
        verdict.compliant = false;
        verdict.managed = false;
        break;
    case EmulatorPolicy::Action::Quarantine:
        verdict.compliant = false;
        verdict.quarantined = true;
        break;
    case EmulatorPolicy::Action::BlockAppConnect:
    case EmulatorPolicy::Action::BlockEmail:
        verdict.compliant = false;
        break;
    case EmulatorPolicy::Action::SendAlert:
    case EmulatorPolicy::Action::None:
        break;
    }
    return verdict;
}

QString EmulatorCompliance::complianceStatusWord(const Verdict &verdict)
{
    return verdict.compliant ? QStringLiteral("compliant") : QStringLiteral("notCompliant");
}

QString EmulatorCompliance::managementStateWord(const Verdict &verdict)
{
    return verdict.managed ? QStringLiteral("managed") : QStringLiteral("notManaged");
}
