#include "models/complianceevaluator.h"

#include <QRandomGenerator>
#include <QTest>

char *toString(ComplianceAction action)
{
    return qstrdup(qPrintable(ComplianceActions::storageName(action)));
}

char *toString(AzureOutcome outcome)
{
    return qstrdup(qPrintable(ComplianceActions::outcomeName(outcome)));
}

char *toString(PolicyRule rule)
{
    return qstrdup(qPrintable(CompliancePolicy::ruleStorageName(rule)));
}

namespace {
using A = ComplianceAction;
using Policies = QList<CompliancePolicy>;
using Violations = QList<Violation>;
using Ids = QList<qint64>;

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

// Everything runs in UTC: "after 3 days" is 72 hours whatever the local DST rules.
const QDateTime kT0(QDate(2026, 2, 11), QTime(9, 0), Qt::UTC);

QDateTime t(qint64 msecsFromT0)
{
    return kT0.addMSecs(msecsFromT0);
}

CompliancePolicy makePolicy(
    qint64 id, PolicyRule rule, const QList<PolicyStep> &steps, const QString &parameter = {})
{
    CompliancePolicy policy;
    policy.id = id;
    policy.name = QStringLiteral("Policy %1").arg(id);
    policy.rule = rule;
    policy.parameter = parameter;
    policy.steps = steps;
    return policy;
}

QHash<qint64, CompliancePolicy> byId(const Policies &policies)
{
    QHash<qint64, CompliancePolicy> hash;
    for (const CompliancePolicy &policy : policies)
        hash.insert(policy.id, policy);
    return hash;
}

// "Send Alert now, Block Email after 3 days, Quarantine after 7": the policy of the product description.
const CompliancePolicy kSeed = makePolicy(
    1, PolicyRule::Jailbroken, { { A::SendAlert, 0 }, { A::BlockEmail, 3 }, { A::Quarantine, 7 } });
const CompliancePolicy kAppConnectNow
    = makePolicy(2, PolicyRule::NoPasscode, { { A::BlockAppConnectApps, 0 } });
const CompliancePolicy kRetireAfter30 = makePolicy(
    3, PolicyRule::NotEncrypted, { { A::SendAlert, 0 }, { A::Quarantine, 7 }, { A::Retire, 30 } });
const CompliancePolicy kEmailAfter3 = makePolicy(
    4, PolicyRule::BlockedAppPresent, { { A::BlockEmail, 3 } }, QStringLiteral("com.example.game"));
const CompliancePolicy kQuarantineFirst
    = makePolicy(5, PolicyRule::Jailbroken, { { A::Quarantine, 0 }, { A::SendAlert, 3 } });
const CompliancePolicy kNoSteps = makePolicy(6, PolicyRule::NoPasscode, {});
const CompliancePolicy kQuarantineNow
    = makePolicy(10, PolicyRule::OsBelowMinimum, { { A::Quarantine, 0 } }, QStringLiteral("16.0"));
const CompliancePolicy kAlertEmailRetire = makePolicy(11, PolicyRule::OutOfContact,
    { { A::SendAlert, 0 }, { A::BlockEmail, 3 }, { A::Retire, 10 } }, QStringLiteral("30"));
const CompliancePolicy kEmailNowA = makePolicy(20, PolicyRule::Jailbroken, { { A::BlockEmail, 0 } });
const CompliancePolicy kEmailNowB = makePolicy(21, PolicyRule::NoPasscode, { { A::BlockEmail, 0 } });
const CompliancePolicy kEmailAfter5 = makePolicy(30, PolicyRule::NotEncrypted, { { A::BlockEmail, 5 } });
const CompliancePolicy kQuarantineAfter5 = makePolicy(31, PolicyRule::NoPasscode, { { A::Quarantine, 5 } });

const Policies kAllPolicies { kSeed, kAppConnectNow, kRetireAfter30, kEmailAfter3, kQuarantineFirst, kNoSteps,
    kQuarantineNow, kAlertEmailRetire, kEmailNowA, kEmailNowB, kEmailAfter5, kQuarantineAfter5 };

struct Expected
{
    A action = A::None;
    AzureOutcome outcome = AzureOutcome::Compliant;
    qint64 causePolicyId = 0;
    PolicyRule causeRule = PolicyRule::Jailbroken;
    QDateTime nextEscalation;
    A nextAction = A::None;
    Ids unknownPolicyIds;
};

// An independent re-implementation of "the most restrictive action due decides", as plainly as possible, for the cross-check.
struct Naive
{
    static A effective(const CompliancePolicy &policy, const QDateTime &since, const QDateTime &now)
    {
        A action = A::None;
        for (const PolicyStep &step : policy.steps) {
            if (since.addDays(step.waitDays) <= now && step.action > action)
                action = step.action;
        }
        return action;
    }

    // The earliest pending step more restrictive than `current`; at a tie in time, the most
    // restrictive of the steps due then.
    static void next(const CompliancePolicy &policy, const QDateTime &since, const QDateTime &now, A current,
        QDateTime *at, A *action)
    {
        for (const PolicyStep &step : policy.steps) {
            const QDateTime due = since.addDays(step.waitDays);
            if (due <= now || step.action <= current)
                continue;
            if (!at->isValid() || due < *at) {
                *at = due;
                *action = step.action;
            } else if (due == *at && step.action > *action) {
                *action = step.action;
            }
        }
    }

    static DeviceEvaluation evaluate(
        const Violations &violations, const QHash<qint64, CompliancePolicy> &policies, const QDateTime &now)
    {
        DeviceEvaluation result;
        for (const Violation &violation : violations) {
            if (!policies.contains(violation.policyId)) {
                result.unknownPolicyIds.append(violation.policyId);
                continue;
            }
            const CompliancePolicy &policy = policies[violation.policyId];
            PolicyEvaluation one;
            one.policyId = policy.id;
            one.since = violation.since;
            one.action = effective(policy, violation.since, now);
            next(policy, violation.since, now, one.action, &one.nextEscalation, &one.nextAction);
            result.policies.append(one);
            if (one.action > result.action)
                result.action = one.action;
        }
        result.outcome = result.action == A::Retire ? AzureOutcome::RemovedFromAzure
            : result.action >= A::BlockEmail        ? AzureOutcome::NonCompliant
                                                    : AzureOutcome::Compliant;
        // The cause: among the violations whose action is the device's, the earliest, then
        // the lowest policy id.
        const Violation *cause = nullptr;
        for (qsizetype i = 0, known = 0; i < violations.size(); ++i) {
            const Violation &violation = violations.at(i);
            if (!policies.contains(violation.policyId))
                continue;
            const A action = result.policies.at(known++).action;
            if (action == A::None || action != result.action)
                continue;
            if (!cause || violation.since < cause->since
                || (violation.since == cause->since && violation.policyId < cause->policyId))
                cause = &violation;
        }
        if (cause) {
            result.causePolicyId = cause->policyId;
            result.causeRule = policies[cause->policyId].rule;
        }
        for (const Violation &violation : violations) {
            if (policies.contains(violation.policyId))
                next(policies[violation.policyId], violation.since, now, result.action,
                    &result.nextEscalation, &result.nextAction);
        }
        return result;
    }
};

QString describe(const Violations &violations, const QDateTime &now)
{
    QStringList parts;
    for (const Violation &violation : violations) {
        parts.append(
            QStringLiteral("%1@%2").arg(violation.policyId).arg(violation.since.toString(Qt::ISODateWithMs)));
    }
    return QStringLiteral("now %1; ").arg(now.toString(Qt::ISODateWithMs)) + parts.join(QStringLiteral(", "));
}
} // namespace

class TestComplianceEvaluator final : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void evaluatePolicy_data();
    void evaluatePolicy();
    void perPolicyResultsFollowTheViolations();
    void outcomeChangesWithTimeAlone_data();
    void outcomeChangesWithTimeAlone();
    void matchesNaiveImplementation_data();
    void matchesNaiveImplementation();

private:
    static void addCase(const char *name, const Policies &policies, const Violations &violations,
        const QDateTime &now, const Expected &expected);
};

void TestComplianceEvaluator::addCase(const char *name, const Policies &policies,
    const Violations &violations, const QDateTime &now, const Expected &e)
{
    QTest::addRow("%s", name) << policies << violations << now << e.action << e.outcome << e.causePolicyId
                              << e.causeRule << e.nextEscalation << e.nextAction << e.unknownPolicyIds;
}

void TestComplianceEvaluator::evaluate_data()
{
    QTest::addColumn<Policies>("policies");
    QTest::addColumn<Violations>("violations");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<A>("action");
    QTest::addColumn<AzureOutcome>("outcome");
    QTest::addColumn<qint64>("causePolicyId");
    QTest::addColumn<PolicyRule>("causeRule");
    QTest::addColumn<QDateTime>("nextEscalation");
    QTest::addColumn<A>("nextAction");
    QTest::addColumn<Ids>("unknownPolicyIds");

    using O = AzureOutcome;
    using R = PolicyRule;
    const QDateTime never;

    // No violated rule: Compliant, no cause.
    addCase("no violations, no policies", {}, {}, kT0, {});
    addCase("no violations", kAllPolicies, {}, kT0, {});

    // The seed escalation, one violation since T0.
    const Violations seed { { 1, kT0 } };
    addCase("seed: at 0h", kAllPolicies, seed, t(0),
        { A::SendAlert, O::Compliant, 1, R::Jailbroken, t(3 * kDay), A::BlockEmail, {} });
    addCase("seed: at 1h", kAllPolicies, seed, t(kHour),
        { A::SendAlert, O::Compliant, 1, R::Jailbroken, t(3 * kDay), A::BlockEmail, {} });
    addCase("seed: at 2d23h", kAllPolicies, seed, t(2 * kDay + 23 * kHour),
        { A::SendAlert, O::Compliant, 1, R::Jailbroken, t(3 * kDay), A::BlockEmail, {} });
    addCase("seed: 1 ms before 3d", kAllPolicies, seed, t(3 * kDay - 1),
        { A::SendAlert, O::Compliant, 1, R::Jailbroken, t(3 * kDay), A::BlockEmail, {} });
    addCase("seed: exactly 3d", kAllPolicies, seed, t(3 * kDay),
        { A::BlockEmail, O::NonCompliant, 1, R::Jailbroken, t(7 * kDay), A::Quarantine, {} });
    addCase("seed: at 6d", kAllPolicies, seed, t(6 * kDay),
        { A::BlockEmail, O::NonCompliant, 1, R::Jailbroken, t(7 * kDay), A::Quarantine, {} });
    addCase("seed: 1 ms before 7d", kAllPolicies, seed, t(7 * kDay - 1),
        { A::BlockEmail, O::NonCompliant, 1, R::Jailbroken, t(7 * kDay), A::Quarantine, {} });
    addCase("seed: exactly 7d", kAllPolicies, seed, t(7 * kDay),
        { A::Quarantine, O::NonCompliant, 1, R::Jailbroken, never, A::None, {} });
    addCase("seed: at 30d", kAllPolicies, seed, t(30 * kDay),
        { A::Quarantine, O::NonCompliant, 1, R::Jailbroken, never, A::None, {} });
    // Milliseconds of the start count: 3 days after 09:00:00.700 is not reached at 09:00:00.699.
    addCase("seed: start with milliseconds, 1 ms short of 3d", kAllPolicies, { { 1, t(700) } },
        t(700 + 3 * kDay - 1),
        { A::SendAlert, O::Compliant, 1, R::Jailbroken, t(700 + 3 * kDay), A::BlockEmail, {} });
    addCase("seed: start with milliseconds, exactly 3d", kAllPolicies, { { 1, t(700) } }, t(700 + 3 * kDay),
        { A::BlockEmail, O::NonCompliant, 1, R::Jailbroken, t(700 + 7 * kDay), A::Quarantine, {} });

    // A violation that has not begun yet (clock skew) has no action in effect.
    addCase("violation begins in 2 days", kAllPolicies, { { 1, t(2 * kDay) } }, t(0),
        { A::None, O::Compliant, 0, R::Jailbroken, t(2 * kDay), A::SendAlert, {} });
    addCase("violation begins in 500 ms", kAllPolicies, { { 1, t(500) } }, t(0),
        { A::None, O::Compliant, 0, R::Jailbroken, t(500), A::SendAlert, {} });

    // Wait not elapsed: no action yet, but the escalation is scheduled.
    addCase("wait not elapsed: at 1d", kAllPolicies, { { 4, kT0 } }, t(kDay),
        { A::None, O::Compliant, 0, R::Jailbroken, t(3 * kDay), A::BlockEmail, {} });
    addCase("wait not elapsed: at 0h", kAllPolicies, { { 4, kT0 } }, t(0),
        { A::None, O::Compliant, 0, R::Jailbroken, t(3 * kDay), A::BlockEmail, {} });
    addCase("wait elapsed: at 3d", kAllPolicies, { { 4, kT0 } }, t(3 * kDay),
        { A::BlockEmail, O::NonCompliant, 4, R::BlockedAppPresent, never, A::None, {} });

    // A Retire step.
    addCase("retire: at 8d", kAllPolicies, { { 3, kT0 } }, t(8 * kDay),
        { A::Quarantine, O::NonCompliant, 3, R::NotEncrypted, t(30 * kDay), A::Retire, {} });
    addCase("retire: 1 s before 30d", kAllPolicies, { { 3, kT0 } }, t(30 * kDay - 1000),
        { A::Quarantine, O::NonCompliant, 3, R::NotEncrypted, t(30 * kDay), A::Retire, {} });
    addCase("retire: exactly 30d", kAllPolicies, { { 3, kT0 } }, t(30 * kDay),
        { A::Retire, O::RemovedFromAzure, 3, R::NotEncrypted, never, A::None, {} });
    addCase("retire: at 400d", kAllPolicies, { { 3, kT0 } }, t(400 * kDay),
        { A::Retire, O::RemovedFromAzure, 3, R::NotEncrypted, never, A::None, {} });

    // Steps written less restrictive later: the most restrictive elapsed one stays in effect.
    addCase("quarantine then alert: at 5d", kAllPolicies, { { 5, kT0 } }, t(5 * kDay),
        { A::Quarantine, O::NonCompliant, 5, R::Jailbroken, never, A::None, {} });
    // A policy without steps does nothing.
    addCase("policy without steps", kAllPolicies, { { 6, kT0 } }, t(5 * kDay), {});

    // Two policies: the most restrictive wins and names its own policy and rule.
    const Violations seedAndAppConnect { { 1, kT0 }, { 2, t(kDay) } };
    addCase("two policies: at 2d, App Connect wins", kAllPolicies, seedAndAppConnect, t(2 * kDay),
        { A::BlockAppConnectApps, O::NonCompliant, 2, R::NoPasscode, t(7 * kDay), A::Quarantine, {} });
    addCase("two policies: at 5d, Block Email is less than App Connect", kAllPolicies, seedAndAppConnect,
        t(5 * kDay),
        { A::BlockAppConnectApps, O::NonCompliant, 2, R::NoPasscode, t(7 * kDay), A::Quarantine, {} });
    addCase("two policies: at 8d, seed's Quarantine wins", kAllPolicies, seedAndAppConnect, t(8 * kDay),
        { A::Quarantine, O::NonCompliant, 1, R::Jailbroken, never, A::None, {} });
    addCase("two policies, listed the other way: at 2d", kAllPolicies, { { 2, t(kDay) }, { 1, kT0 } },
        t(2 * kDay),
        { A::BlockAppConnectApps, O::NonCompliant, 2, R::NoPasscode, t(7 * kDay), A::Quarantine, {} });
    addCase("two policies, listed the other way: at 8d", kAllPolicies, { { 2, t(kDay) }, { 1, kT0 } },
        t(8 * kDay), { A::Quarantine, O::NonCompliant, 1, R::Jailbroken, never, A::None, {} });
    addCase("two policies: at 12h, second not begun", kAllPolicies, seedAndAppConnect, t(12 * kHour),
        { A::SendAlert, O::Compliant, 1, R::Jailbroken, t(kDay), A::BlockAppConnectApps, {} });

    // Ties: the violation that began first, then the lower policy id.
    addCase("tie: earlier violation wins over lower id", kAllPolicies, { { 20, t(kHour) }, { 21, kT0 } },
        t(kDay), { A::BlockEmail, O::NonCompliant, 21, R::NoPasscode, never, A::None, {} });
    addCase("tie: earlier violation wins, listed first", kAllPolicies, { { 21, kT0 }, { 20, t(kHour) } },
        t(kDay), { A::BlockEmail, O::NonCompliant, 21, R::NoPasscode, never, A::None, {} });
    addCase("tie: same start, lower id wins", kAllPolicies, { { 21, kT0 }, { 20, kT0 } }, t(kDay),
        { A::BlockEmail, O::NonCompliant, 20, R::Jailbroken, never, A::None, {} });
    addCase("tie: same start, lower id wins, listed first", kAllPolicies, { { 20, kT0 }, { 21, kT0 } },
        t(kDay), { A::BlockEmail, O::NonCompliant, 20, R::Jailbroken, never, A::None, {} });
    addCase("tie: both Quarantine, earlier seed wins over Retire policy", kAllPolicies,
        { { 3, t(2 * kDay) }, { 1, kT0 } }, t(10 * kDay),
        { A::Quarantine, O::NonCompliant, 1, R::Jailbroken, t(32 * kDay), A::Retire, {} });
    addCase("no tie: earlier but less restrictive does not win", kAllPolicies,
        { { 1, t(-kDay) }, { 20, kT0 } }, t(kHour),
        { A::BlockEmail, O::NonCompliant, 20, R::Jailbroken, t(6 * kDay), A::Quarantine, {} });

    // The next escalation skips steps below the current action, even when they come first.
    const Violations quarantineAndRetire { { 10, kT0 }, { 11, kT0 } };
    addCase("next: later Retire, not earlier Block Email", kAllPolicies, quarantineAndRetire, t(kDay),
        { A::Quarantine, O::NonCompliant, 10, R::OsBelowMinimum, t(10 * kDay), A::Retire, {} });
    addCase("next: after Block Email is due", kAllPolicies, quarantineAndRetire, t(4 * kDay),
        { A::Quarantine, O::NonCompliant, 10, R::OsBelowMinimum, t(10 * kDay), A::Retire, {} });
    addCase("next: Retire reached", kAllPolicies, quarantineAndRetire, t(10 * kDay),
        { A::Retire, O::RemovedFromAzure, 11, R::OutOfContact, never, A::None, {} });
    addCase("next: Retire policy began earlier", kAllPolicies, { { 10, kT0 }, { 11, t(-2 * kDay) } }, t(0),
        { A::Quarantine, O::NonCompliant, 10, R::OsBelowMinimum, t(8 * kDay), A::Retire, {} });
    addCase("next: earliest over all policies", kAllPolicies, { { 1, kT0 }, { 4, t(kDay) } }, t(kDay + kHour),
        { A::SendAlert, O::Compliant, 1, R::Jailbroken, t(3 * kDay), A::BlockEmail, {} });
    addCase("next: another policy's step comes first", kAllPolicies,
        { { 1, kT0 }, { 4, t(-2 * kDay + kHour) } }, t(kHour),
        { A::SendAlert, O::Compliant, 1, R::Jailbroken, t(kDay + kHour), A::BlockEmail, {} });
    addCase("next: two steps due together, the more restrictive", kAllPolicies, { { 30, kT0 }, { 31, kT0 } },
        t(kDay), { A::None, O::Compliant, 0, R::Jailbroken, t(5 * kDay), A::Quarantine, {} });
    addCase("next: two steps due together, listed the other way", kAllPolicies, { { 31, kT0 }, { 30, kT0 } },
        t(kDay), { A::None, O::Compliant, 0, R::Jailbroken, t(5 * kDay), A::Quarantine, {} });
    addCase("next: the earlier of two pending steps", kAllPolicies, { { 30, kT0 }, { 31, t(kDay) } }, t(kDay),
        { A::None, O::Compliant, 0, R::Jailbroken, t(5 * kDay), A::BlockEmail, {} });

    // Unknown policy ids: reported, in order, and otherwise ignored.
    addCase("unknown policy next to a known one", kAllPolicies, { { 99, kT0 }, { 1, kT0 } }, t(3 * kDay),
        { A::BlockEmail, O::NonCompliant, 1, R::Jailbroken, t(7 * kDay), A::Quarantine, { 99 } });
    addCase("only unknown policies", kAllPolicies, { { 99, kT0 }, { 98, t(-kDay) } }, t(30 * kDay),
        { A::None, O::Compliant, 0, R::Jailbroken, never, A::None, { 99, 98 } });
    addCase("no policies at all", {}, { { 1, kT0 } }, t(30 * kDay),
        { A::None, O::Compliant, 0, R::Jailbroken, never, A::None, { 1 } });
}

void TestComplianceEvaluator::evaluate()
{
    QFETCH(Policies, policies);
    QFETCH(Violations, violations);
    QFETCH(QDateTime, now);
    QFETCH(A, action);
    QFETCH(AzureOutcome, outcome);
    QFETCH(qint64, causePolicyId);
    QFETCH(PolicyRule, causeRule);
    QFETCH(QDateTime, nextEscalation);
    QFETCH(A, nextAction);
    QFETCH(Ids, unknownPolicyIds);

    const DeviceEvaluation result = ComplianceEvaluator::evaluate(violations, byId(policies), now);
    QCOMPARE(result.action, action);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.outcome, ComplianceActions::outcomeOf(action));
    QCOMPARE(result.causePolicyId, causePolicyId);
    if (causePolicyId != 0)
        QCOMPARE(result.causeRule, causeRule);
    QCOMPARE(result.nextEscalation, nextEscalation);
    QCOMPARE(result.nextAction, nextAction);
    QCOMPARE(result.unknownPolicyIds, unknownPolicyIds);
    QCOMPARE(result.policies.size(), violations.size() - unknownPolicyIds.size());
}

void TestComplianceEvaluator::evaluatePolicy_data()
{
    QTest::addColumn<CompliancePolicy>("policy");
    QTest::addColumn<QDateTime>("since");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<A>("action");
    QTest::addColumn<QDateTime>("nextEscalation");
    QTest::addColumn<A>("nextAction");

    const QDateTime never;
    QTest::addRow("seed at 0h") << kSeed << kT0 << t(0) << A::SendAlert << t(3 * kDay) << A::BlockEmail;
    QTest::addRow("seed at 3d") << kSeed << kT0 << t(3 * kDay) << A::BlockEmail << t(7 * kDay)
                                << A::Quarantine;
    QTest::addRow("seed at 7d") << kSeed << kT0 << t(7 * kDay) << A::Quarantine << never << A::None;
    QTest::addRow("seed before it began") << kSeed << kT0 << t(-kHour) << A::None << kT0 << A::SendAlert;
    QTest::addRow("seed 1 ms before it began") << kSeed << kT0 << t(-1) << A::None << kT0 << A::SendAlert;
    QTest::addRow("wait only, not elapsed")
        << kEmailAfter3 << kT0 << t(kDay) << A::None << t(3 * kDay) << A::BlockEmail;
    QTest::addRow("quarantine then alert at 1d")
        << kQuarantineFirst << kT0 << t(kDay) << A::Quarantine << never << A::None;
    QTest::addRow("alert, email, retire at 4d")
        << kAlertEmailRetire << kT0 << t(4 * kDay) << A::BlockEmail << t(10 * kDay) << A::Retire;
    QTest::addRow("no steps") << kNoSteps << kT0 << t(kDay) << A::None << never << A::None;
    // Start unknown: treated as just begun, so only the immediate steps apply, and no
    // escalation time can be given (so no next action either).
    QTest::addRow("start unknown") << kSeed << never << t(30 * kDay) << A::SendAlert << never << A::None;
}

void TestComplianceEvaluator::evaluatePolicy()
{
    QFETCH(CompliancePolicy, policy);
    QFETCH(QDateTime, since);
    QFETCH(QDateTime, now);
    QFETCH(A, action);
    QFETCH(QDateTime, nextEscalation);
    QFETCH(A, nextAction);

    const PolicyEvaluation result = ComplianceEvaluator::evaluatePolicy(policy, since, now);
    QCOMPARE(result.policyId, policy.id);
    QCOMPARE(result.since, since);
    QCOMPARE(result.action, action);
    QCOMPARE(result.nextEscalation, nextEscalation);
    QCOMPARE(result.nextAction, nextAction);
}

void TestComplianceEvaluator::perPolicyResultsFollowTheViolations()
{
    const Violations violations { { 11, kT0 }, { 99, kT0 }, { 1, t(-3 * kDay) }, { 10, t(kDay) } };
    const QDateTime now = t(2 * kDay);
    const DeviceEvaluation result = ComplianceEvaluator::evaluate(violations, byId(kAllPolicies), now);
    QCOMPARE(result.unknownPolicyIds, Ids { 99 });
    QCOMPARE(result.policies.size(), 3);
    const Violations known { violations.at(0), violations.at(2), violations.at(3) };
    for (qsizetype i = 0; i < known.size(); ++i) {
        const PolicyEvaluation &policy = result.policies.at(i);
        const PolicyEvaluation alone = ComplianceEvaluator::evaluatePolicy(
            byId(kAllPolicies).value(known.at(i).policyId), known.at(i).since, now);
        QCOMPARE(policy.policyId, known.at(i).policyId);
        QCOMPARE(policy.since, known.at(i).since);
        QCOMPARE(policy.action, alone.action);
        QCOMPARE(policy.nextEscalation, alone.nextEscalation);
        QCOMPARE(policy.nextAction, alone.nextAction);
    }
    QCOMPARE(result.policies.at(0).action, A::SendAlert);
    QCOMPARE(result.policies.at(1).action, A::BlockEmail);
    QCOMPARE(result.policies.at(2).action, A::Quarantine);
    QCOMPARE(result.action, A::Quarantine);
    QCOMPARE(result.causePolicyId, qint64(10));
    QCOMPARE(result.nextEscalation, t(10 * kDay));
    QCOMPARE(result.nextAction, A::Retire);
}

void TestComplianceEvaluator::outcomeChangesWithTimeAlone_data()
{
    QTest::addColumn<Violations>("violations");
    QTest::addColumn<QList<A>>("actionsSeen"); // every action in effect, in the order they appear

    QTest::addRow("seed") << Violations { { 1, kT0 } }
                          << QList<A> { A::None, A::SendAlert, A::BlockEmail, A::Quarantine };
    QTest::addRow("seed and App Connect") << Violations { { 1, kT0 },
        { 2, t(kDay) } } << QList<A> { A::None, A::SendAlert, A::BlockAppConnectApps, A::Quarantine };
    QTest::addRow("Quarantine now and a later Retire")
        << Violations { { 10, kT0 }, { 11, t(2 * kDay) } } << QList<A> { A::None, A::Quarantine, A::Retire };
    QTest::addRow("retire after 30 days")
        << Violations { { 3, kT0 } } << QList<A> { A::None, A::SendAlert, A::Quarantine, A::Retire };
    QTest::addRow("wait-only policies") << Violations { { 30, kT0 }, { 31, t(kHour) }, { 4, t(2 * kDay) } }
                                        << QList<A> { A::None, A::BlockEmail, A::Quarantine };
}

// Same violations, only the clock moves: the action changes exactly at the announced
// escalation, to the announced action, and never in between.
void TestComplianceEvaluator::outcomeChangesWithTimeAlone()
{
    QFETCH(Violations, violations);
    QFETCH(QList<A>, actionsSeen);

    const QHash<qint64, CompliancePolicy> policies = byId(kAllPolicies);
    QList<A> seen;
    DeviceEvaluation previous;
    QDateTime now = t(-kDay);
    const QDateTime end = t(45 * kDay);
    while (now <= end) {
        const DeviceEvaluation current = ComplianceEvaluator::evaluate(violations, policies, now);
        if (seen.isEmpty() || current.action != seen.last())
            seen.append(current.action);
        if (now > t(-kDay)) {
            QVERIFY(current.action >= previous.action);
            const bool escalationDue = previous.nextEscalation.isValid() && previous.nextEscalation <= now;
            QCOMPARE(current.action != previous.action, escalationDue);
            if (escalationDue) {
                QCOMPARE(current.action, previous.nextAction);
                QCOMPARE(current.outcome, ComplianceActions::outcomeOf(previous.nextAction));
            } else {
                QCOMPARE(current.nextEscalation, previous.nextEscalation);
            }
        }
        previous = current;
        // Step by an hour, but land exactly on every announced escalation.
        QDateTime step = now.addMSecs(kHour);
        if (current.nextEscalation.isValid() && current.nextEscalation < step)
            step = current.nextEscalation;
        now = step;
    }
    QCOMPARE(seen, actionsSeen);
}

void TestComplianceEvaluator::matchesNaiveImplementation_data()
{
    QTest::addColumn<Policies>("policies");
    QTest::addColumn<Violations>("violations");
    QTest::addColumn<QDateTime>("now");

    QRandomGenerator random(20260211);
    const QList<A> actions { A::SendAlert, A::BlockEmail, A::BlockAppConnectApps, A::Quarantine, A::Retire };
    const QList<PolicyRule> &rules = CompliancePolicy::allRules();
    for (int row = 0; row < 2000; ++row) {
        Policies policies;
        const int policyCount = random.bounded(7);
        for (int p = 0; p < policyCount; ++p) {
            QList<PolicyStep> steps;
            const int stepCount = random.bounded(5); // 0 to 4; a policy without steps does nothing
            int wait = 0;
            for (int s = 0; s < stepCount; ++s) {
                // Mostly valid (non-decreasing waits); sometimes any order and repeated actions,
                // which the evaluator must still handle by the rule.
                wait = random.bounded(4) == 0 ? random.bounded(12) : wait + random.bounded(6);
                steps.append({ actions.at(random.bounded(actions.size())), wait });
            }
            policies.append(makePolicy(100 + p, rules.at(random.bounded(rules.size())), steps));
        }
        const QDateTime now = kT0.addMSecs(random.bounded(kDay * 365));
        Violations violations;
        const int violationCount = random.bounded(6);
        for (int v = 0; v < violationCount; ++v) {
            // Ids 100.. are known when below 100 + policyCount; a few are unknown.
            const qint64 id = 100 + random.bounded(policyCount + 2);
            qint64 ago = random.bounded(-2 * kDay, 20 * kDay);
            const int kind = random.bounded(5);
            const auto it = std::find_if(policies.cbegin(), policies.cend(),
                [id](const CompliancePolicy &policy) { return policy.id == id; });
            if (kind < 2 && it != policies.cend() && !it->steps.isEmpty()) {
                // Land on or right next to a step's boundary.
                const int waitDays = it->steps.at(random.bounded(it->steps.size())).waitDays;
                const qint64 offsets[] = { 0, 0, 1, -1, 999, -999, 1000, -1000 };
                ago = waitDays * kDay + offsets[random.bounded(8)];
            } else if (kind == 2) {
                ago = random.bounded(20) * kDay; // whole days: equal starts and ties
            }
            violations.append({ id, now.addMSecs(-ago) });
        }
        QTest::addRow("random %d: %d policies, %d violations", row, policyCount, violationCount)
            << policies << violations << now;
    }
}

void TestComplianceEvaluator::matchesNaiveImplementation()
{
    QFETCH(Policies, policies);
    QFETCH(Violations, violations);
    QFETCH(QDateTime, now);

    const QHash<qint64, CompliancePolicy> hash = byId(policies);
    const DeviceEvaluation expected = Naive::evaluate(violations, hash, now);
    const DeviceEvaluation actual = ComplianceEvaluator::evaluate(violations, hash, now);
    const QByteArray context = describe(violations, now).toUtf8();

    QVERIFY2(actual.action == expected.action, context.constData());
    QCOMPARE(actual.action, expected.action);
    QCOMPARE(actual.outcome, expected.outcome);
    QCOMPARE(actual.causePolicyId, expected.causePolicyId);
    if (expected.causePolicyId != 0)
        QCOMPARE(actual.causeRule, expected.causeRule);
    QVERIFY2(actual.nextEscalation == expected.nextEscalation, context.constData());
    QCOMPARE(actual.nextEscalation, expected.nextEscalation);
    QCOMPARE(actual.nextAction, expected.nextAction);
    QCOMPARE(actual.unknownPolicyIds, expected.unknownPolicyIds);
    QCOMPARE(actual.policies.size(), expected.policies.size());
    for (qsizetype i = 0; i < expected.policies.size(); ++i) {
        QCOMPARE(actual.policies.at(i).policyId, expected.policies.at(i).policyId);
        QCOMPARE(actual.policies.at(i).since, expected.policies.at(i).since);
        QCOMPARE(actual.policies.at(i).action, expected.policies.at(i).action);
        QCOMPARE(actual.policies.at(i).nextEscalation, expected.policies.at(i).nextEscalation);
        QCOMPARE(actual.policies.at(i).nextAction, expected.policies.at(i).nextAction);
    }
}

QTEST_GUILESS_MAIN(TestComplianceEvaluator)
#include "tst_complianceevaluator.moc"
