#include "models/fleetimpact.h"

#include <QRandomGenerator>
#include <QTest>

// Fleet impact: the counts and the list equal a brute-force evaluation of every device
// of a generated fleet under the saved and the edited policies.
class TestFleetImpact : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void equalsBruteForce_data();
    void equalsBruteForce();
    void noEditNoChange();
    void cancelStops();

private:
    FleetSnapshot m_fleet;
    QList<QList<Violation>> m_violations; // by row, as generated
    QHash<qint64, CompliancePolicy> m_saved;
};

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
constexpr int kDevices = 30000;

CompliancePolicy policy(qint64 id, PolicyRule rule, QList<PolicyStep> steps)
{
    CompliancePolicy result;
    result.id = id;
    result.name = QStringLiteral("Policy %1").arg(id);
    result.rule = rule;
    result.parameter = CompliancePolicy::ruleNeedsParameter(rule) ? QStringLiteral("16") : QString();
    result.steps = std::move(steps);
    return result;
}
} // namespace

void TestFleetImpact::initTestCase()
{
    m_saved = {
        {1, policy(1, PolicyRule::Jailbroken, {{ComplianceAction::SendAlert, 0}, {ComplianceAction::Quarantine, 1},
                                               {ComplianceAction::Retire, 30}})},
        {2, policy(2, PolicyRule::OsBelowMinimum, {{ComplianceAction::SendAlert, 0}, {ComplianceAction::BlockEmail, 3}})},
        {3, policy(3, PolicyRule::NoPasscode, {{ComplianceAction::SendAlert, 0}, {ComplianceAction::Quarantine, 7}})},
        {4, policy(4, PolicyRule::NotEncrypted, {{ComplianceAction::SendAlert, 0}})},
        {5, policy(5, PolicyRule::OutOfContact, {{ComplianceAction::BlockEmail, 7}, {ComplianceAction::Retire, 30}})},
    };
    QRandomGenerator rng(20260310);
    m_fleet.reserve(kDevices);
    for (int i = 0; i < kDevices; ++i) {
        QList<Violation> violations;
        if (rng.bounded(100) < 40) {
            const int count = 1 + int(rng.bounded(3));
            for (qint64 id = 1; id <= 6 && violations.size() < count; ++id) { // 6: a policy we do not have
                if (rng.bounded(3) == 0)
                    violations.append(Violation{id, kNow.addSecs(-qint64(rng.bounded(60 * 86400)))});
            }
        }
        m_violations.append(violations);
        m_fleet.append(i + 1, QStringLiteral("device-%1").arg(i + 1), violations);
    }
}

void TestFleetImpact::equalsBruteForce_data()
{
    QTest::addColumn<QList<CompliancePolicy>>("edits");
    QTest::newRow("Send Alert -> Quarantine")
        << QList<CompliancePolicy>{policy(4, PolicyRule::NotEncrypted, {{ComplianceAction::Quarantine, 0}})};
    QTest::newRow("longer waits")
        << QList<CompliancePolicy>{policy(3, PolicyRule::NoPasscode, {{ComplianceAction::SendAlert, 0},
                                                                      {ComplianceAction::Quarantine, 20}})};
    QTest::newRow("retire sooner")
        << QList<CompliancePolicy>{policy(1, PolicyRule::Jailbroken, {{ComplianceAction::Retire, 2}})};
    QTest::newRow("no more retire")
        << QList<CompliancePolicy>{policy(5, PolicyRule::OutOfContact, {{ComplianceAction::SendAlert, 0}}),
                                   policy(1, PolicyRule::Jailbroken, {{ComplianceAction::SendAlert, 0}})};
    QTest::newRow("new policy 6")
        << QList<CompliancePolicy>{policy(6, PolicyRule::BlockedAppPresent, {{ComplianceAction::BlockEmail, 0}})};
}

void TestFleetImpact::equalsBruteForce()
{
    QFETCH(QList<CompliancePolicy>, edits);
    QHash<qint64, CompliancePolicy> edited = m_saved;
    for (const CompliancePolicy &each : edits)
        edited.insert(each.id, each);

    int toNonCompliant = 0;
    int toCompliant = 0;
    int toRemoved = 0;
    int back = 0;
    QList<qint64> ids;
    for (int row = 0; row < kDevices; ++row) {
        const AzureOutcome before = ComplianceEvaluator::evaluate(m_violations.at(row), m_saved, kNow).outcome;
        const AzureOutcome after = ComplianceEvaluator::evaluate(m_violations.at(row), edited, kNow).outcome;
        if (before == after)
            continue;
        ids.append(row + 1);
        if (after == AzureOutcome::RemovedFromAzure)
            ++toRemoved;
        else if (before == AzureOutcome::RemovedFromAzure)
            ++back;
        else if (before == AzureOutcome::Compliant)
            ++toNonCompliant;
        else
            ++toCompliant;
    }
    const FleetImpact impact = FleetImpact::compute(m_fleet, m_saved, edited, kNow);
    QVERIFY(!impact.cancelled);
    QCOMPARE(impact.devices, kDevices);
    QCOMPARE(impact.toNonCompliant, toNonCompliant);
    QCOMPARE(impact.toCompliant, toCompliant);
    QCOMPARE(impact.toRemoved, toRemoved);
    QCOMPARE(impact.backFromRemoved, back);
    QList<qint64> listed;
    for (const FleetImpact::Change &change : impact.changes) {
        listed.append(change.deviceId);
        QCOMPARE(change.deviceName, QStringLiteral("device-%1").arg(change.deviceId));
        QVERIFY(change.before != change.after);
    }
    QCOMPARE(listed, ids);
    QVERIFY2(!ids.isEmpty(), "every edit of this table changes some device; a test that cannot fail is none");
}

void TestFleetImpact::noEditNoChange()
{
    const FleetImpact impact = FleetImpact::compute(m_fleet, m_saved, m_saved, kNow);
    QCOMPARE(impact.changedDevices(), 0);
    QCOMPARE(impact.toNonCompliant + impact.toCompliant + impact.toRemoved, 0);
}

void TestFleetImpact::cancelStops()
{
    QHash<qint64, CompliancePolicy> edited = m_saved;
    edited.insert(4, policy(4, PolicyRule::NotEncrypted, {{ComplianceAction::Quarantine, 0}}));
    std::atomic<bool> cancel{true};
    const FleetImpact impact = FleetImpact::compute(m_fleet, m_saved, edited, kNow, &cancel);
    QVERIFY(impact.cancelled);
}

QTEST_GUILESS_MAIN(TestFleetImpact)
#include "tst_fleetimpact.moc"
