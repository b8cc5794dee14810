#include "models/complianceevaluator.h"

namespace ComplianceEvaluator {

PolicyEvaluation evaluatePolicy(const CompliancePolicy &policy, const QDateTime &since, const QDateTime &now)
{
    PolicyEvaluation result;
    result.policyId = policy.id;
    result.since = since;
    // In milliseconds: secsTo() truncates toward zero, so a violation beginning less than a
    // second from now would count as already begun.
    const qint64 elapsedMSecs = since.isValid() ? since.msecsTo(now) : 0;
    for (const PolicyStep &step : policy.steps) {
        const qint64 waitMSecs = qint64(step.waitDays) * 86400 * 1000;
        if (elapsedMSecs >= waitMSecs)
            result.action = ComplianceActions::mostRestrictive(result.action, step.action);
    }
    // Without a start there is no time to escalate at.
    if (!since.isValid())
        return result;
    for (const PolicyStep &step : policy.steps) {
        const qint64 waitMSecs = qint64(step.waitDays) * 86400 * 1000;
        if (elapsedMSecs >= waitMSecs || step.action <= result.action)
            continue;
        const QDateTime at = since.addMSecs(waitMSecs);
        if (!result.nextEscalation.isValid() || at < result.nextEscalation
            || (at == result.nextEscalation && step.action > result.nextAction)) {
            result.nextEscalation = at;
            result.nextAction = step.action;
        }
    }
    return result;
}

DeviceEvaluation evaluate(const QList<Violation> &violations, const QHash<qint64, CompliancePolicy> &policies,
                          const QDateTime &now)
{
    DeviceEvaluation result;
    QDateTime causeSince;
    for (const Violation &violation : violations) {
        const auto it = policies.constFind(violation.policyId);
        if (it == policies.constEnd()) {
            result.unknownPolicyIds.append(violation.policyId);
            continue;
        }
        const PolicyEvaluation policyResult = evaluatePolicy(*it, violation.since, now);
        result.policies.append(policyResult);
        if (policyResult.action == ComplianceAction::None)
            continue;
        // Ties go to the violation that began first, then to the lower policy id, so the
        // cause shown is stable.
        const bool moreRestrictive = policyResult.action > result.action;
        const bool tieButEarlier = policyResult.action == result.action
            && (violation.since < causeSince
                || (violation.since == causeSince && violation.policyId < result.causePolicyId));
        if (moreRestrictive || tieButEarlier) {
            result.action = policyResult.action;
            result.causePolicyId = it->id;
            result.causeRule = it->rule;
            causeSince = violation.since;
        }
    }
    result.outcome = ComplianceActions::outcomeOf(result.action);
    // The next escalation of the device: the earliest pending step, over every violated
    // policy, that is more restrictive than what is in effect now.
    for (const Violation &violation : violations) {
        const auto it = policies.constFind(violation.policyId);
        if (it == policies.constEnd() || !violation.since.isValid())
            continue;
        const qint64 elapsedMSecs = violation.since.msecsTo(now);
        for (const PolicyStep &step : it->steps) {
            const qint64 waitMSecs = qint64(step.waitDays) * 86400 * 1000;
            if (elapsedMSecs >= waitMSecs || step.action <= result.action)
                continue;
            const QDateTime at = violation.since.addMSecs(waitMSecs);
            if (!result.nextEscalation.isValid() || at < result.nextEscalation
                || (at == result.nextEscalation && step.action > result.nextAction)) {
                result.nextEscalation = at;
                result.nextAction = step.action;
            }
        }
    }
    return result;
}

} // namespace ComplianceEvaluator
