#pragma once

#include "app/storage/storesettings.h"

#include <QCoreApplication>

class SqliteConnections;

// The store's settings in the SQLite file: table settings, key and value as text.
class SqliteStoreSettings final : public StoreSettings
{
    Q_DECLARE_TR_FUNCTIONS(DeviceStore) // messages keep the context they were translated in
    Q_DISABLE_COPY_MOVE(SqliteStoreSettings)

public:
    explicit SqliteStoreSettings(const SqliteConnections &connections);

    QString setting(const QString &key, const QString &defaultValue = {}) const override;
    bool setSetting(const QString &key, const QString &value, QString *error = nullptr) override;

private:
    const SqliteConnections &m_connections;
};
