#include "models/policypreview.h"

#include "models/azurepayload.h"

#include <algorithm>

QString PolicyPreview::waitText(int waitDays)
{
    if (waitDays <= 0)
        //: When an action of a policy is taken: at once.
        return tr("now");
    return tr("after %n day(s)", nullptr, waitDays);
}

PolicyPreview PolicyPreview::build(const DeviceRecord &device, const QHash<qint64, CompliancePolicy> &policies,
                                   const QDateTime &now, const QString &tenantId)
{
    PolicyPreview preview;
    preview.evaluation = ComplianceEvaluator::evaluate(device.violations, policies, now);
    if (preview.evaluation.causePolicyId != 0) {
        const CompliancePolicy &cause = policies.value(preview.evaluation.causePolicyId);
        //: The policy that caused the action in effect, and its rule: "Jailbreak check (Jailbroken or rooted)".
        preview.causeText = tr("%1 (%2)").arg(cause.name, cause.ruleText());
    }

    Moment today;
    today.at = now;
    today.action = preview.evaluation.action;
    today.outcome = preview.evaluation.outcome;
    preview.timeline.append(today);

    QList<Moment> pending;
    for (const Violation &violation : device.violations) {
        const auto policy = policies.constFind(violation.policyId);
        if (policy == policies.cend() || !violation.since.isValid())
            continue;
        for (const PolicyStep &step : policy->steps) {
            const QDateTime at = violation.since.addMSecs(qint64(step.waitDays) * 86400 * 1000);
            if (at <= now)
                continue;
            Moment moment;
            moment.at = at;
            moment.policyId = policy->id;
            moment.step = step;
            pending.append(moment);
        }
    }
    std::stable_sort(pending.begin(), pending.end(), [](const Moment &a, const Moment &b) {
        return a.at < b.at || (a.at == b.at && a.policyId < b.policyId);
    });
    for (Moment &moment : pending) {
        const DeviceEvaluation then = ComplianceEvaluator::evaluate(device.violations, policies, moment.at);
        moment.action = then.action;
        moment.outcome = then.outcome;
        preview.timeline.append(moment);
    }

    preview.entities = AzurePayload::entitiesFor(device, preview.evaluation.outcome, now, tenantId);
    preview.uploadBody = AzurePayload::uploadBody(tenantId, now, preview.entities);
    return preview;
}
