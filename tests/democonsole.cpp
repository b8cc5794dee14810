#include "tests/democonsole.h"

#include "app/tenant/demotenant.h"
#include "tests/emulatornetsettings.h"

#include <QSignalSpy>
#include <QTest>

DemoConsole::~DemoConsole()
{
    // The window and its services before what they ask, the emulator last.
    window.reset();
    services.reset();
    policies.reset();
    engine.reset();
    network.reset();
    demo.stop();
}

bool DemoConsole::start(int devices, QString *error)
{
    if (!dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    store = std::make_shared<SqliteStore>(dir.filePath(QStringLiteral("devices.sqlite")));
    if (!store->open(error))
        return false;
    inventory = std::make_unique<DeviceInventory>(store);
    inventory->setDemoFleetSize(devices);
    languages = std::make_unique<LanguageSwitcher>();
    if (!languages->setLanguage(QStringLiteral("en"), error))
        return false;
    // Every view, the Reports and Partner health tabs too, with data from the demo tenant.
    if (!demo.start(EmulatorProcess::demoArguments(devices, 1) + QStringList { QStringLiteral("--churn"), QStringLiteral("0") },
            error))
        return false;
    network = std::make_unique<NetworkServices>(demoNetSettings(demo));
    engine = std::make_unique<ReportingEngine>(store.get(), network.get());
    ReportingSettings settings;
    settings.tenantId = DemoTenant::tenantId();
    settings.enabled = true;
    engine->setSettings(settings);
    services = std::make_unique<ConsoleServices>(store, inventory.get(), languages.get(), network.get(), engine.get());
    window = std::make_unique<MainWindow>(services.get());
    policies = std::make_unique<PolicyService>(store, network.get(), engine.get());
    window->addPolicyViews(policies.get());
    QSignalSpy role(policies.get(), &PolicyService::roleChanged);
    policies->refreshRole();
    if (!role.wait(30000)) {
        *error = QStringLiteral("the MDM role was not read");
        return false;
    }
    window->show();
    if (!QTest::qWaitForWindowActive(window.get())) {
        *error = QStringLiteral("the window did not become active");
        return false;
    }
    QSignalSpy loaded(inventory.get(), &DeviceInventory::tableLoaded);
    inventory->load();
    if (!loaded.wait(60000)) {
        *error = QStringLiteral("the device list did not load");
        return false;
    }
    engine->start();
    QSignalSpy synced(engine.get(), &ReportingEngine::syncFinished);
    engine->sync();
    if (!synced.wait(60000)) {
        *error = QStringLiteral("the first sync did not finish");
        return false;
    }
    if (!QTest::qWaitFor([this] { return engine->isIdle(); }, 60000)) {
        *error = QStringLiteral("the first sync's reports were not confirmed");
        return false;
    }
    return true;
}
