#pragma once

#include "app/storage/entrausercache.h"

#include <QCoreApplication>

class SqliteConnections;

// The Entra users in the SQLite file: table entra_users, principal names without case.
class SqliteEntraUserCache final : public EntraUserCache
{
    Q_DECLARE_TR_FUNCTIONS(EntraUserCache) // messages keep the context they were translated in
    Q_DISABLE_COPY_MOVE(SqliteEntraUserCache)

public:
    explicit SqliteEntraUserCache(const SqliteConnections &connections);

    bool load(QHash<QString, Entry> *entries, QString *error) const override;
    bool save(const QList<Entry> &entries, QString *error) override;

private:
    QString failure(const QString &detail) const;

    const SqliteConnections &m_connections;
};
