#pragma once

#include "app/storage/policystore.h"

#include <QCoreApplication>

class SqliteConnections;

// The policies in the SQLite file: table policies, the actions as PolicyJson's array.
class SqlitePolicyStore final : public PolicyStore
{
    Q_DECLARE_TR_FUNCTIONS(DeviceStore) // messages keep the context they were translated in
    Q_DISABLE_COPY_MOVE(SqlitePolicyStore)

public:
    explicit SqlitePolicyStore(const SqliteConnections &connections);

    bool upsertPolicies(const QList<CompliancePolicy> &policies, QString *error) override;
    QHash<qint64, CompliancePolicy> loadPolicies(QString *error) const override;

private:
    const SqliteConnections &m_connections;
};
