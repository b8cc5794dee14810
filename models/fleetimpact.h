#pragma once

#include "models/complianceevaluator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <vector>

// The violations of every device, packed in columns, so the policy editor can evaluate
// the whole fleet again on a worker thread after each edit without touching the store.
class FleetSnapshot final
{
public:
    void reserve(int devices);
    void append(qint64 id, const QString &name, const QList<Violation> &violations);
    int size() const { return int(m_ids.size()); }
    qint64 id(int row) const { return m_ids[size_t(row)]; }
    QString name(int row) const { return m_names.at(row); }
    QList<Violation> violations(int row) const;
    // Whether the device violates any of these policies (ids ascending).
    bool violatesAny(int row, const std::vector<qint64> &sortedPolicyIds) const;

private:
    std::vector<qint64> m_ids;
    QStringList m_names;
    std::vector<quint32> m_firstViolation; // size() + 1 offsets into the two columns below
    std::vector<qint64> m_policyIds;
    std::vector<qint64> m_sinceMs; // INT64_MIN: no start known
};

// What a policy edit does to what Azure receives, before it is saved: the devices whose
// outcome (most restrictive action due) differs between the saved and the edited policies at one moment.
struct FleetImpact
{
    Q_DECLARE_TR_FUNCTIONS(FleetImpact)

public:
    struct Change
    {
        qint64 deviceId = 0;
        QString deviceName;
        ComplianceAction actionBefore = ComplianceAction::None;
        ComplianceAction actionAfter = ComplianceAction::None;
        AzureOutcome before = AzureOutcome::Compliant;
        AzureOutcome after = AzureOutcome::Compliant;
    };

    int devices = 0;          // evaluated
    int toNonCompliant = 0;   // Compliant -> Non-compliant
    int toCompliant = 0;      // Non-compliant -> Compliant
    int toRemoved = 0;        // Compliant or Non-compliant -> removed from Azure
    int backFromRemoved = 0;  // removed from Azure -> Compliant or Non-compliant
    QList<Change> changes;    // by device id
    bool cancelled = false;

    int changedDevices() const { return int(changes.size()); }

    // Only devices that violate a policy that differs between the two sets can change, so
    // only they are evaluated twice. cancel, when set, stops the computation early.
    static FleetImpact compute(const FleetSnapshot &fleet, const QHash<qint64, CompliancePolicy> &before,
                               const QHash<qint64, CompliancePolicy> &after, const QDateTime &now,
                               const std::atomic<bool> *cancel = nullptr);
    // The ids of the policies that were added, removed or changed, ascending.
    static std::vector<qint64> changedPolicies(const QHash<qint64, CompliancePolicy> &before,
                                               const QHash<qint64, CompliancePolicy> &after);
    static bool samePolicy(const CompliancePolicy &a, const CompliancePolicy &b);

    // "Compliant -> Non-compliant" in words.
    static QString transitionText(AzureOutcome before, AzureOutcome after);
};
