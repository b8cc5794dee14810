#include "models/fleetimpact.h"

#include <algorithm>
#include <limits>

namespace {
constexpr qint64 kNoStart = std::numeric_limits<qint64>::min();
}

void FleetSnapshot::reserve(int devices)
{
    m_ids.reserve(size_t(devices));
    m_names.reserve(devices);
    m_firstViolation.reserve(size_t(devices) + 1);
}

void FleetSnapshot::append(qint64 id, const QString &name, const QList<Violation> &violations)
{
    if (m_firstViolation.empty())
        m_firstViolation.push_back(0);
    m_ids.push_back(id);
    m_names.append(name);
    for (const Violation &violation : violations) {
        m_policyIds.push_back(violation.policyId);
        m_sinceMs.push_back(violation.since.isValid() ? violation.since.toMSecsSinceEpoch() : kNoStart);
    }
    m_firstViolation.push_back(quint32(m_policyIds.size()));
}

QList<Violation> FleetSnapshot::violations(int row) const
{
    QList<Violation> result;
    const quint32 first = m_firstViolation[size_t(row)];
    const quint32 end = m_firstViolation[size_t(row) + 1];
    result.reserve(end - first);
    for (quint32 i = first; i < end; ++i) {
        result.append(Violation{m_policyIds[i], m_sinceMs[i] == kNoStart
                                                    ? QDateTime()
                                                    : QDateTime::fromMSecsSinceEpoch(m_sinceMs[i], Qt::UTC)});
    }
    return result;
}

bool FleetSnapshot::violatesAny(int row, const std::vector<qint64> &sortedPolicyIds) const
{
    const quint32 end = m_firstViolation[size_t(row) + 1];
    for (quint32 i = m_firstViolation[size_t(row)]; i < end; ++i) {
        if (std::binary_search(sortedPolicyIds.cbegin(), sortedPolicyIds.cend(), m_policyIds[i]))
            return true;
    }
    return false;
}

bool FleetImpact::samePolicy(const CompliancePolicy &a, const CompliancePolicy &b)
{
    return a.id == b.id && a.name == b.name && a.rule == b.rule && a.parameter == b.parameter && a.steps == b.steps;
}

std::vector<qint64> FleetImpact::changedPolicies(const QHash<qint64, CompliancePolicy> &before,
                                                 const QHash<qint64, CompliancePolicy> &after)
{
    std::vector<qint64> ids;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const auto other = after.constFind(it.key());
        if (other == after.cend() || !samePolicy(*it, *other))
            ids.push_back(it.key());
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            ids.push_back(it.key());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

FleetImpact FleetImpact::compute(const FleetSnapshot &fleet, const QHash<qint64, CompliancePolicy> &before,
                                 const QHash<qint64, CompliancePolicy> &after, const QDateTime &now,
                                 const std::atomic<bool> *cancel)
{
    FleetImpact impact;
    impact.devices = fleet.size();
    const std::vector<qint64> changed = changedPolicies(before, after);
    if (changed.empty())
        return impact;
    for (int row = 0; row < fleet.size(); ++row) {
        if ((row & 0x3ff) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            impact.cancelled = true;
            return impact;
        }
        if (!fleet.violatesAny(row, changed))
            continue;
        const QList<Violation> violations = fleet.violations(row);
        const DeviceEvaluation was = ComplianceEvaluator::evaluate(violations, before, now);
        const DeviceEvaluation will = ComplianceEvaluator::evaluate(violations, after, now);
        if (was.outcome == will.outcome)
            continue;
        impact.changes.append(Change{fleet.id(row), fleet.name(row), was.action, will.action, was.outcome,
                                     will.outcome});
        if (will.outcome == AzureOutcome::RemovedFromAzure)
            ++impact.toRemoved;
        else if (was.outcome == AzureOutcome::RemovedFromAzure)
            ++impact.backFromRemoved;
        else if (will.outcome == AzureOutcome::NonCompliant)
            ++impact.toNonCompliant;
        else
            ++impact.toCompliant;
    }
    return impact;
}

QString FleetImpact::transitionText(AzureOutcome before, AzureOutcome after)
{
    //: A change of what Azure receives for a device, e.g. "Compliant → Device Non-compliant".
    return tr("%1 → %2").arg(ComplianceActions::outcomeName(before), ComplianceActions::outcomeName(after));
}
