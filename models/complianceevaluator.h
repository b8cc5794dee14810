#pragma once

#include "models/compliancepolicy.h"

#include <QDateTime>
#include <QHash>
#include <QList>

// A violated policy on one device, since when.
struct Violation
{
    Violation() = default;
    Violation(qint64 id, const QDateTime &start)
        : policyId(id)
        , since(start)
    {
    }

    qint64 policyId = 0;
    QDateTime since;
    // Set instead of policyId (0) and since (invalid) when the MDM names the policy only, as
    // Ivanti's violatedPolicies does; the reporting engine resolves it before it is stored.
    QString policyName;

    friend bool operator==(const Violation &a, const Violation &b)
    {
        return a.policyId == b.policyId && a.since == b.since && a.policyName == b.policyName;
    }
};

// The state of one violated policy at a moment.
struct PolicyEvaluation
{
    qint64 policyId = 0;
    ComplianceAction action = ComplianceAction::None; // the most restrictive step whose wait has elapsed
    QDateTime since;
    QDateTime nextEscalation; // invalid when no later step is more restrictive
    ComplianceAction nextAction = ComplianceAction::None;
};

// The outcome for one device: the most restrictive action due among its violations.
struct DeviceEvaluation
{
    ComplianceAction action = ComplianceAction::None;
    AzureOutcome outcome = AzureOutcome::Compliant;
    qint64 causePolicyId = 0; // 0 when no violated rule has an action in effect
    PolicyRule causeRule = PolicyRule::Jailbroken;
    QDateTime nextEscalation; // when the device's effective action next becomes more restrictive
    ComplianceAction nextAction = ComplianceAction::None;
    QList<PolicyEvaluation> policies; // one per known violated policy
    QList<qint64> unknownPolicyIds;   // violations naming a policy we do not have
};

namespace ComplianceEvaluator {
PolicyEvaluation evaluatePolicy(const CompliancePolicy &policy, const QDateTime &since, const QDateTime &now);

// The one evaluation function: the most restrictive action, over all violated rules,
// whose wait has elapsed since the violation began; its Azure outcome; and its cause.
DeviceEvaluation evaluate(const QList<Violation> &violations, const QHash<qint64, CompliancePolicy> &policies,
                          const QDateTime &now);
} // namespace ComplianceEvaluator
