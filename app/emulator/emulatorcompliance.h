#pragma once

#include "app/emulator/emulatorpolicy.h"

#include <QHash>
#include <QList>

struct Violation;

// The emulator's own reading of "the most restrictive action applies", kept plain on
// purpose: the console's evaluation is compared with it, so it shares no code with it.
class EmulatorCompliance final
{
public:
    struct Verdict
    {
        EmulatorPolicy::Action action = EmulatorPolicy::Action::None;
        bool compliant = true; // complianceStatus compliant / notCompliant
        bool managed = true; // DeviceManagementState managed / notManaged (Retire)
        bool quarantined = false; // what the MDM shows while Quarantine is in effect
    };

    // The most restrictive step of the policy whose wait has elapsed at nowMs; None before the first.
    static EmulatorPolicy::Action stepInEffect(const EmulatorPolicy &policy, qint64 sinceMs, qint64 nowMs);
    // The most restrictive step in effect over all violated policies, and what Azure is
    // told for it. Violations of policies the MDM does not have take no action.
    static Verdict evaluate(
        const QList<Violation> &violations, const QHash<qint64, EmulatorPolicy> &policies, qint64 nowMs);

    static QString complianceStatusWord(const Verdict &verdict);
    static QString managementStateWord(const Verdict &verdict);
};
