#pragma once

#include "models/compliancepolicy.h"

#include <QJsonArray>
#include <QJsonObject>

// A compliance policy as the MDM's policy endpoints carry it:
// {"id","name","rule","parameter","actions":[{"action","waitDays"}]}. The store keeps the
// same steps array. Both read the steps here, with one set of rules, so a policy the
// inventory refuses can never come back from the store, and the other way round.
namespace PolicyJson {
QJsonObject toJson(const CompliancePolicy &policy);
QJsonArray stepsToJson(const QList<PolicyStep> &steps);

// A waitDays beyond this is a mistake, not a policy (a century).
constexpr qint64 kMaxWaitDays = 36500;

struct StepProblem
{
    enum Kind
    {
        UnknownAction, // not a string naming an action, or "none"
        BadWaitDays // not a whole number of days from 0 to kMaxWaitDays
    };
    Kind kind = UnknownAction;
    qsizetype index = -1; // the step, in the array
    QString value; // what was there, for the message (cut to 100 characters)
};

// Reads every step of actions into *steps; false with *problem at the first bad one.
// waitDays may be left out (0: now).
bool readSteps(const QJsonArray &actions, QList<PolicyStep> *steps, StepProblem *problem);
} // namespace PolicyJson
