#pragma once

#include "app/storage/entrausercache.h"

#include <QCoreApplication>

class PgConnections;

// The Entra users looked up, in the PostgreSQL store: table entra_users of asc_store, one
// row per principal name without regard to case (a unique index on its lower case).
class PgEntraUserCache final : public EntraUserCache
{
    Q_DECLARE_TR_FUNCTIONS(EntraUserCache) // messages keep the context they were translated in
    Q_DISABLE_COPY_MOVE(PgEntraUserCache)

public:
    explicit PgEntraUserCache(PgConnections &connections);

    bool load(QHash<QString, Entry> *entries, QString *error) const override;
    bool save(const QList<Entry> &entries, QString *error) override;

private:
    QString failure(const QString &detail) const;

    PgConnections &m_connections;
};
