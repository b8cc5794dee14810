#pragma once

#include <QString>

// Settings kept in the store rather than in the user's configuration, because every
// console and reporter of the store must see the same value: reporting on or off, when
// the last weekly report ran, the provisioned partner tenant, the last heartbeat, the
// Retry-After holds, the demo fleet's seed. Part of a Store: safe from any thread.
class StoreSettings
{
public:
    virtual ~StoreSettings() = default;

    // defaultValue when the key is not set or cannot be read.
    virtual QString setting(const QString &key, const QString &defaultValue = {}) const = 0;
    virtual bool setSetting(const QString &key, const QString &value, QString *error = nullptr) = 0;

protected:
    StoreSettings() = default;
    Q_DISABLE_COPY_MOVE(StoreSettings)
};
