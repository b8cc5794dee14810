#pragma once

#include "app/storage/storesettings.h"

#include <QCoreApplication>

class PgConnections;
class PgResult;

// The store's settings in the PostgreSQL store: table asc_store.settings, key and value as
// text, shared by every console and reporter of the store.
class PgStoreSettings final : public StoreSettings
{
    Q_DECLARE_TR_FUNCTIONS(DeviceStore) // the SQLite store's messages, translated once
    Q_DISABLE_COPY_MOVE(PgStoreSettings)

public:
    explicit PgStoreSettings(PgConnections &connections);

    QString setting(const QString &key, const QString &defaultValue = {}) const override;
    bool setSetting(const QString &key, const QString &value, QString *error = nullptr) override;

private:
    PgConnections &m_connections;
};
