#pragma once

#include "models/complianceevaluator.h"
#include "models/device.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

// Exactly what Azure would receive for one device under a set of policies (most restrictive action due, and
// 2.1): the action in effect, its outcome and cause, how the device escalates from now on
// and the upload payload. The policy editor shows it before anything is saved.
struct PolicyPreview
{
    Q_DECLARE_TR_FUNCTIONS(PolicyPreview)

public:
    // One moment of the escalation timeline: today, then each step whose wait has not
    // yet elapsed, with what is in effect for the whole device from then on.
    struct Moment
    {
        QDateTime at;
        qint64 policyId = 0;       // the step's policy; 0 for "today"
        PolicyStep step;           // the step that takes effect (none for "today")
        ComplianceAction action = ComplianceAction::None; // in effect for the device from `at`
        AzureOutcome outcome = AzureOutcome::Compliant;
    };

    DeviceEvaluation evaluation;
    QString causeText; // "Jailbroken (Jailbroken or rooted)", empty when compliant
    QList<Moment> timeline;
    QJsonArray entities; // EntityType 1 and 4 of the device
    QByteArray uploadBody;

    static PolicyPreview build(const DeviceRecord &device, const QHash<qint64, CompliancePolicy> &policies,
                               const QDateTime &now, const QString &tenantId);
    // "after 3 days" / "now" for a step.
    static QString waitText(int waitDays);
};
