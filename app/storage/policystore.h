#pragma once

#include "models/compliancepolicy.h"

#include <QHash>
#include <QList>
#include <QString>

// The compliance policies as the MDM last gave them (or a policy author saved them). Part
// of a Store: safe from any thread once it is open.
class PolicyStore
{
public:
    virtual ~PolicyStore() = default;

    // Inserts or updates the policies in one transaction; an invalid policy fails the lot
    // (CompliancePolicy::validate names what is wrong) and nothing is written.
    virtual bool upsertPolicies(const QList<CompliancePolicy> &policies, QString *error) = 0;
    // Every policy, by id. A policy that cannot be read fails the lot (empty, *error set):
    // evaluating without it would silently show its devices as compliant.
    virtual QHash<qint64, CompliancePolicy> loadPolicies(QString *error) const = 0;

protected:
    PolicyStore() = default;
    Q_DISABLE_COPY_MOVE(PolicyStore)
};
