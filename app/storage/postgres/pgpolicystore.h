#pragma once

#include "app/storage/policystore.h"

#include <QCoreApplication>

class PgConnections;

// The compliance policies in the PostgreSQL store: table policies of asc_store, the steps
// as the same JSON the SQLite store keeps (PolicyJson).
class PgPolicyStore final : public PolicyStore
{
    Q_DECLARE_TR_FUNCTIONS(DeviceStore) // messages keep the context they were translated in
    Q_DISABLE_COPY_MOVE(PgPolicyStore)

public:
    explicit PgPolicyStore(PgConnections &connections);

    bool upsertPolicies(const QList<CompliancePolicy> &policies, QString *error) override;
    QHash<qint64, CompliancePolicy> loadPolicies(QString *error) const override;

private:
    PgConnections &m_connections;
};
