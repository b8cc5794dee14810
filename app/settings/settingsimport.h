#pragma once

#include "app/settings/consolesettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// The settings file of File → Settings → Export/Import: JSON with every plain setting and
// never a secret. parse() is pure (no files, no QSettings), so it can be fuzzed: bad input
// gives an error naming the field and no settings.
//
// {"format": "azure-status-console-settings", "version": 1,
//  "mdm": {"url", "user", "deviceSpace"},
//  "entra": {"tenantId", "clientId", "loginUrl", "graphUrl"},
//  "azure": {"tenantSyncUrl", "deviceSyncUrl"},
//  "reporting": {"batchSize", "weeklyDay", "weeklyTime"},
//  "tls": {"caFile"}, "language"}
class SettingsImport final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsImport)

public:
    static constexpr qsizetype kMaxFileBytes = qsizetype(1) << 20;

    struct Result
    {
        std::optional<ConsoleSettings> settings;
        QString error; // names the field; empty when settings holds a value
    };

    static QString formatName() { return QStringLiteral("azure-status-console-settings"); }
    static constexpr int kVersion = 1;

    static Result parse(const QByteArray &json);
    static QByteArray serialize(const ConsoleSettings &settings);
};
