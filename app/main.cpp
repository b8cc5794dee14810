#include "app/console/consoleservices.h"
#include "app/headless/headlesscommand.h"
#include "app/i18n/languageswitcher.h"
#include "app/inventory/deviceinventory.h"
#include "app/lifecycle/shutdownsignals.h"
#include "app/logging/logcategories.h"
#include "app/net/endpointdiscovery.h"
#include "app/net/networkservices.h"
#include "app/policy/policyservice.h"
#include "app/reporting/reportingengine.h"
#include "app/storage/storechangefeed.h"
#include "app/storage/storefactory.h"
#include "app/storage/syncleadership.h"
#include "app/security/processhardening.h"
#include "app/security/redaction.h"
#include "app/security/secretstore.h"
#include "app/settings/consolesettings.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/tenant/demotenant.h"
#include "ui/devicelistpanel.h"
#include "ui/mainwindow.h"
#include "ui/screenshotrunner.h"
#include "ui/storeproblemdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>
#include <QSettings>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>

namespace {
void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AzureStatusConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("azure-status-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASC_VERSION));
}

int runHeadless(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    // A stop signal ends every running event loop; the command then returns through its
    // destructors (outbox committed, demo emulator stopped) with 128 + the signal.
    ShutdownSignals shutdown;
    QObject::connect(&shutdown, &ShutdownSignals::stopRequested, &app,
                     [](int signal) { QCoreApplication::exit(ShutdownSignals::exitCode(signal)); });
    QStringList arguments = QCoreApplication::arguments().mid(1);
    arguments.removeAll(QStringLiteral("--headless"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int exitCode = runHeadlessCommand(arguments, out, err);
    return ShutdownSignals::received() != 0 ? ShutdownSignals::exitCode(ShutdownSignals::received()) : exitCode;
}

// The icon of every window, embedded (resources/azure-status-console.qrc) at each size of the
// icon theme; the desktop file name ties the windows to the installed desktop entry.
void setApplicationIcon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/" ASC_APP_ID ".png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    QGuiApplication::setDesktopFileName(QStringLiteral(ASC_APP_ID));
}

// For tests/bench/bench_fleet (ASC_BENCH_STARTUP set): prints "first-paint" when a
// widget of the window first paints and "table-loaded" when the list is filled, then
// quits once both happened.
class StartupProbe final : public QObject
{
public:
    StartupProbe(QWidget *window, DeviceInventory *inventory)
        : QObject(window)
        , m_window(window)
    {
        qApp->installEventFilter(this);
        connect(inventory, &DeviceInventory::tableLoaded, this, [this] {
            print("table-loaded");
            m_loaded = true;
            // After the loaded list has been painted.
            QTimer::singleShot(0, this, &StartupProbe::quitWhenDone);
        });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_painted = true;
            // Once this paint has been delivered.
            QTimer::singleShot(0, this, [this] {
                print("first-paint");
                quitWhenDone();
            });
        }
        return false;
    }

private:
    static void print(const char *line)
    {
        QTextStream(stdout) << line << Qt::endl;
    }
    void quitWhenDone()
    {
        if (m_painted && m_loaded)
            QApplication::quit();
    }

    QWidget *m_window;
    bool m_painted = false;
    bool m_loaded = false;
};
} // namespace

int main(int argc, char *argv[])
{
    // Before anything reads a secret: no core file, and no other process of this user
    // reading this one's memory. A failure is said (on stderr, which is the log) and the
    // console goes on: it is no worse off than without the attempt.
    const QString hardening = ProcessHardening::apply();
    Redaction::installMessageHandler(); // no secret or token in any log line
    if (!hardening.isEmpty())
        qCWarning(lcSecurity).noquote() << hardening;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--headless") == 0)
            return runHeadless(argc, argv);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Azure Status Console: device status reporting from "
                                                    "Ivanti Neurons for MDM to Microsoft Intune / Entra."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The device store (SQLite file, or a PostgreSQL URI: see README, Team deployment)."),
                                      QStringLiteral("path"), SqliteStore::defaultPath());
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QStringLiteral("UI language: en, fr, ja, es or pseudo; with --screenshots a list, e.g. en,fr,ja,es."),
        QStringLiteral("code"));
    const QCommandLineOption demoOption(QStringLiteral("demo-devices"),
                                        QStringLiteral("Demo fleet size written when the store is empty."),
                                        QStringLiteral("count"), QStringLiteral("10000"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("Save the main window as PNG once loaded, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QStringLiteral("Save every view and dialog in each language of --lang (default en,fr,ja,es) as "
                       "DIR/<language>/<view>.png with DIR/index.html, once settled, then quit."),
        QStringLiteral("dir"));
    const QCommandLineOption stepOption(
        QStringLiteral("step"),
        QStringLiteral("With --screenshots: print \"view <language> <id>\" when each view is on screen and wait for "
                       "a line on standard input, to inspect it with an accessibility tool."));
    const QCommandLineOption offlineOption(
        QStringLiteral("offline"), QStringLiteral("Browse the store only: no tenant, nothing is synced or sent."));
    const QCommandLineOption churnOption(QStringLiteral("demo-churn"),
                                         QStringLiteral("Device-side changes per minute in the demo tenant."),
                                         QStringLiteral("count"), QStringLiteral("60"));
    const QCommandLineOption syncOption(QStringLiteral("sync-interval"),
                                        QStringLiteral("Seconds between inventory syncs (default 30)."),
                                        QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption headlessOption(QStringLiteral("headless"),
                                            QStringLiteral("Run a command without a window (see --headless help)."));
    const QCommandLineOption roleOption(QStringLiteral("demo-role"),
                                        QStringLiteral("The demo tenant's MDM user: author (may edit policies, "
                                                       "the default) or helpdesk (read-only policies)."),
                                        QStringLiteral("role"), QStringLiteral("author"));
    parser.addOptions({dbOption, langOption, demoOption, screenshotOption, screenshotsOption, stepOption, offlineOption,
                       churnOption, syncOption, headlessOption, roleOption});
    // --help and --version need no display: they are answered without the GUI, so they work
    // on a server, in the package's smoke test and for help2man.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    parser.parse(arguments);
    const std::unique_ptr<QCoreApplication> app = parser.isSet(QStringLiteral("help"))
            || parser.isSet(QStringLiteral("help-all")) || parser.isSet(QStringLiteral("version"))
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    setApplicationNames();
    parser.process(*app);
    setApplicationIcon();
    // A stop signal closes the console as quitting does, without the questions of closing the
    // window: every loop ends, modal ones included, and main() returns through the destructors.
    ShutdownSignals shutdown;
    QObject::connect(&shutdown, &ShutdownSignals::stopRequested, app.get(), [] {
        QCoreApplication::exit(0);
        // Read before the main loop runs, the exit would be forgotten when it starts.
        QMetaObject::invokeMethod(qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    });

    const QString demoRole = parser.value(roleOption);
    if (demoRole != QLatin1String("author") && demoRole != QLatin1String("helpdesk")) {
        QTextStream(stderr) << QCoreApplication::translate("main", "--demo-role must be author or helpdesk, not \"%1\".")
                                   .arg(demoRole)
                            << Qt::endl;
        return 2;
    }
    bool sizeOk = false;
    const int demoDevices = parser.value(demoOption).toInt(&sizeOk);
    if (!sizeOk || demoDevices < 0 || demoDevices > 1'000'000) {
        QTextStream(stderr) << QCoreApplication::translate("main", "--demo-devices must be a number from 0 to "
                                                                    "1000000, not \"%1\".")
                                   .arg(parser.value(demoOption))
                            << Qt::endl;
        return 2;
    }

    LanguageSwitcher languages;
    QString language = parser.isSet(langOption)
        ? parser.value(langOption)
        : LanguageSwitcher::initialLanguage(QSettings().value(QStringLiteral("ui/language")).toString());
    QString error;
    QStringList screenshotLanguages;
    if (parser.isSet(screenshotsOption)) {
        const QString list = parser.isSet(langOption) ? parser.value(langOption) : QStringLiteral("en,fr,ja,es");
        if (!ScreenshotRunner::parseLanguages(list, &screenshotLanguages, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 2;
        }
        language = screenshotLanguages.first();
    }
    if (!languages.setLanguage(language, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }

    // An SQLite file, or a PostgreSQL store a team shares (a postgresql:// URI): --db, else
    // Settings → Store, else the file in the user's data folder.
    const QString storeSetting = ConsoleSettings::load().store;
    const QString db = parser.isSet(dbOption) || storeSetting.isEmpty() ? parser.value(dbOption) : storeSetting;
    const bool postgres = StoreFactory::isPostgres(db);
    std::shared_ptr<Store> store = StoreFactory::create(db, &error);
    if (!store) {
        QTextStream(stderr) << QStringLiteral("--db: ") << error << Qt::endl;
        return 2;
    }
    // A store that cannot be opened (damaged, not SQLite, from a newer version, unreadable;
    // a server that cannot be reached, a schema that init-store must create or upgrade):
    // the console says which store and why and, for a file, offers what to do, changing
    // nothing unasked. Screenshot runs have nobody to ask: they exit 3 with the reason.
    QString storeNote;
    while (!store->open(&error)) {
        QTextStream(stderr) << error << Qt::endl;
        if (parser.isSet(screenshotOption) || parser.isSet(screenshotsOption))
            return 3;
        if (postgres) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "PostgreSQL store"), error);
            return 3;
        }
        const QString path = static_cast<SqliteStore &>(*store).path();
        StoreProblemDialog dialog(path, error);
        dialog.exec();
        switch (dialog.choice()) {
        case StoreProblemDialog::Choice::Quit:
            return 3;
        case StoreProblemDialog::Choice::NewStore:
            storeNote = QCoreApplication::translate("main", "The store that could not be opened was kept as %1; "
                                                            "this new store fills with the next sync.")
                            .arg(QDir::toNativeSeparators(dialog.movedTo()));
            store = std::make_shared<SqliteStore>(path);
            break;
        case StoreProblemDialog::Choice::OtherFile:
            store = std::make_shared<SqliteStore>(dialog.chosenPath());
            break;
        }
    }

    // From here on the window's thread never waits for a team store's reconnect.
    store->setResponsiveThread(QThread::currentThread());

    bool numberOk = false;
    const int churn = parser.value(churnOption).toInt(&numberOk);
    const int syncSeconds = numberOk ? parser.value(syncOption).toInt(&numberOk) : 0;
    if (!numberOk || churn < 0 || syncSeconds < 5) {
        QTextStream(stderr) << QCoreApplication::translate("main", "--demo-churn needs a count of 0 or more and "
                                                                    "--sync-interval at least 5 seconds.")
                            << Qt::endl;
        return 2;
    }

    // A store that reads but cannot be written (read-only file, held by another program):
    // start anyway to browse it, say why nothing will be synced or sent, and what to do.
    const bool writable = store->writeProblem().isEmpty();
    // A helpdesk login on a team's store writes nothing itself but is not offline: it reads
    // the store live, and its Report now goes to the sync leader as a request.
    const bool online = writable || store->queuesReportNowByRequest();
    if (!writable)
        QTextStream(stderr) << store->writeProblem() << Qt::endl;
    if (!writable && online) {
        storeNote = store->writeProblem();
    } else if (!writable) {
        if (!parser.isSet(screenshotOption))
            QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Azure Status Console"),
                                 QCoreApplication::translate("main", "%1\n\nThe console starts offline: you can "
                                                                     "browse the devices, but nothing is synced or "
                                                                     "reported until the database can be written "
                                                                     "and the console is started again.")
                                     .arg(store->writeProblem()));
    }

    DeviceInventory inventory(store);
    // With no tenant configured the console runs on the demo tenant: the emulator as a
    // child process, serving the same generated fleet the store starts with.
    inventory.setDemoFleetSize(demoDevices);
    const quint64 demoSeed = store->settings().setting(QStringLiteral("demoSeed"), QStringLiteral("1")).toULongLong();
    DemoTenant demo;
    std::unique_ptr<NetworkServices> network;
    // Declared before the engine, which it must outlive.
    std::unique_ptr<SyncLeadership> leadership;
    std::unique_ptr<ReportingEngine> engine;
    const ConsoleSettings configured = ConsoleSettings::load();
    if (!parser.isSet(offlineOption) && online && configured.isTenantConfigured()) {
        // The tenant of File → Settings, its secrets from the OS keychain; without them the
        // console only browses the store and says why. The store fills from the MDM, not the demo.
        inventory.setDemoFleetSize(0);
        SecretStore secrets;
        const SecretStore::Result password = secrets.readNow(configured.mdmPasswordKey());
        const SecretStore::Result secret = password.ok() ? secrets.readNow(configured.clientSecretKey()) : password;
        const QStringList problems = configured.validate();
        if (password.ok() && secret.ok() && problems.isEmpty()) {
            Redaction::registerSecret(password.secret);
            Redaction::registerSecret(secret.secret);
            network = std::make_unique<NetworkServices>(configured.toNetSettings(password.secret, secret.secret));
            // What a sync discovers through Graph shows in File → Settings, for this tenant only.
            NetworkServices *services = network.get();
            QObject::connect(services->discovery(), &EndpointDiscovery::discovered, services,
                [services](const PartnerEndpoints &endpoints) {
                    QSettings settings;
                    ConsoleSettings::saveDiscovered(
                        settings, services->settings().tenantId, endpoints.tenantSync, endpoints.deviceSync);
                });
            engine = std::make_unique<ReportingEngine>(store.get(), network.get());
            ReportingSettings settings;
            settings.tenantId = QUuid::fromString(configured.tenantId);
            settings.batchSize = configured.batchSize;
            settings.weekly = configured.weekly;
            settings.enabled = store->settings().setting(QStringLiteral("reportingEnabled"), QStringLiteral("1"))
                != QLatin1String("0");
            engine->setSettings(settings);
        } else {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Azure Status Console"),
                                  QCoreApplication::translate("main", "The configured tenant cannot be used:\n%1\n\n"
                                                                      "The console opens without a tenant; fix it in "
                                                                      "File → Settings.")
                                      .arg(problems.isEmpty() ? secret.error : problems.join(u'\n')));
        }
    } else if (!parser.isSet(offlineOption) && online) {
        if (demo.start(std::max(demoDevices, 10), demoSeed,
                       {QStringLiteral("--churn"), QString::number(churn)}, &error)) {
            NetSettings netSettings = demo.netSettings();
            if (demoRole == QLatin1String("helpdesk"))
                netSettings.mdmUser = QStringLiteral("helpdesk");
            network = std::make_unique<NetworkServices>(netSettings);
            engine = std::make_unique<ReportingEngine>(store.get(), network.get());
            ReportingSettings settings;
            settings.tenantId = DemoTenant::tenantId();
            settings.batchSize = configured.batchSize;
            settings.weekly = configured.weekly;
            settings.enabled = store->settings().setting(QStringLiteral("reportingEnabled"), QStringLiteral("1"))
                != QLatin1String("0");
            engine->setSettings(settings);
            engine->forgetProvisioning(); // a new demo tenant every run
        } else {
            QTextStream(stderr) << error << Qt::endl;
        }
    }
    if (network)
        network->keepRetryAfterHoldsIn(&store->settings()); // store is declared first: it outlives network
    if (engine) {
        // A timer job may sync the same store: one of the two leads, decided now so that
        // the first sync knows, and kept up on the lease's own thread.
        leadership = StoreFactory::leadership(*store);
        if (!leadership->tryLead(&error))
            QTextStream(stderr) << error << Qt::endl;
        engine->setLeadership(leadership.get());
        leadership->start();
    }
    // On a store the team shares, what the others change reaches the views; started before
    // the first read of the device list, so that nothing committed meanwhile is missed.
    const std::unique_ptr<StoreChangeFeed> changeFeed = StoreFactory::changeFeed(*store);
    if (changeFeed)
        changeFeed->start();
    ConsoleServices services(store, &inventory, &languages, network.get(), engine.get());
    services.setChangeFeed(changeFeed.get());
    MainWindow window(&services);
    PolicyService policies(store, network.get(), engine.get());
    policies.setChangeFeed(changeFeed.get());
    window.addPolicyViews(&policies);
    policies.refreshRole();
    window.show();
    if (!storeNote.isEmpty())
        window.statusBar()->showMessage(storeNote);
    if (qEnvironmentVariableIsSet("ASC_BENCH_STARTUP"))
        new StartupProbe(&window, &inventory);

    QTimer syncTimer;
    if (engine) {
        engine->start();
        QObject::connect(&syncTimer, &QTimer::timeout, engine.get(), &ReportingEngine::sync);
        QObject::connect(&syncTimer, &QTimer::timeout, engine.get(), [&engine] {
            QString weeklyError; // the weekly slot of the settings, checked on every sync tick
            if (!engine->catchUpWeekly(&weeklyError) && !weeklyError.isEmpty())
                emit engine->problem(weeklyError);
        });
        // The first sync once the list is on screen, then on the interval.
        QObject::connect(&inventory, &DeviceInventory::tableLoaded, engine.get(), [&engine, &syncTimer, syncSeconds] {
            if (syncTimer.isActive())
                return;
            QString weeklyError;
            engine->catchUpWeekly(&weeklyError);
            engine->sync();
            syncTimer.start(syncSeconds * 1000);
        });
    }

    if (parser.isSet(screenshotOption) || parser.isSet(screenshotsOption)) {
        // Once the list is loaded and, with a tenant, the first sync's reports are confirmed
        // (or 60 s have passed), so the picture shows a settled console.
        const QString file = parser.value(screenshotOption);
        const QString folder = parser.value(screenshotsOption);
        const bool step = parser.isSet(stepOption);
        auto *poll = new QTimer(&window);
        QDeadlineTimer deadline(60000);
        const auto settled = [&engine, &inventory, &syncTimer] {
            return !inventory.isLoading() && (!engine || (syncTimer.isActive() && engine->isIdle()));
        };
        QObject::connect(poll, &QTimer::timeout, &window, [=, &window, &languages] {
            if (!settled() && !deadline.hasExpired())
                return;
            poll->stop();
            QTimer::singleShot(500, &window, [=, &window, &languages] {
                if (!file.isEmpty())
                    window.grab().save(file);
                if (!folder.isEmpty()) {
                    ScreenshotRunner::Result result;
                    QString runError;
                    if (!ScreenshotRunner::run({&window, &languages}, folder, screenshotLanguages, &result, &runError,
                                               step ? &ScreenshotRunner::announceAndWait : ScreenshotRunner::Shown())) {
                        QTextStream(stderr) << runError << Qt::endl;
                        QApplication::exit(3);
                        return;
                    }
                    // One literal on one line: lupdate 6.4 loops on this call split over lines.
                    const int written = int(result.files.size() - 1);
                    const QString wrote = QCoreApplication::translate("main", "%Ln screenshot(s) and %1 written.", nullptr, written);
                    const QString notFitting = QCoreApplication::translate("main", "Texts that do not fit their widget: %Ln.", nullptr, result.truncated);
                    QTextStream(stdout) << wrote.arg(QDir::toNativeSeparators(result.files.last())) << ' ' << notFitting
                                        << Qt::endl;
                }
                QApplication::quit();
            });
        });
        poll->start(200);
    }
    inventory.load();
    return QApplication::exec();
}
