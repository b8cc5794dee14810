#pragma once

#include "app/console/consoleservices.h"
#include "app/i18n/languageswitcher.h"
#include "app/inventory/deviceinventory.h"
#include "app/net/networkservices.h"
#include "app/policy/policyservice.h"
#include "app/reporting/reportingengine.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "tests/emulatorprocess.h"
#include "ui/mainwindow.h"
#include "ui/screenshotcatalog.h"

#include <QTemporaryDir>

#include <memory>

// The whole console as the window runs it on the demo tenant, for the tests that walk
// every view (translator check, accessibility): a store of its own, the emulator with a
// small fleet and no churn, the engine, the services, the window with the policy views,
// the list loaded and the first sync's reports confirmed.
class DemoConsole final
{
    Q_DISABLE_COPY_MOVE(DemoConsole)

public:
    DemoConsole() = default;
    ~DemoConsole();

    // false with *error when a part could not start or the first sync did not settle.
    bool start(int devices, QString *error);
    ScreenshotContext context() const { return {window.get(), languages.get()}; }

    QTemporaryDir dir;
    std::shared_ptr<SqliteStore> store;
    std::unique_ptr<DeviceInventory> inventory;
    std::unique_ptr<LanguageSwitcher> languages;
    EmulatorProcess demo;
    std::unique_ptr<NetworkServices> network;
    std::unique_ptr<ReportingEngine> engine;
    std::unique_ptr<PolicyService> policies;
    std::unique_ptr<ConsoleServices> services;
    std::unique_ptr<MainWindow> window;
};
