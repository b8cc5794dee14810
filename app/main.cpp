#include "app/headless/headlesscommand.h"
#include "app/i18n/languageswitcher.h"
#include "app/inventory/deviceinventory.h"
#include "app/storage/devicestore.h"
#include "ui/devicelistpanel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTextStream>
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
    QStringList arguments = QCoreApplication::arguments().mid(1);
    arguments.removeAll(QStringLiteral("--headless"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runHeadlessCommand(arguments, out, err);
}
} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--headless") == 0)
            return runHeadless(argc, argv);
    }

    QApplication app(argc, argv);
    setApplicationNames();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Azure Status Console: device status reporting from "
                                                    "Ivanti Neurons for MDM to Microsoft Intune / Entra."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The device store (SQLite file)."),
                                      QStringLiteral("path"), DeviceStore::defaultPath());
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("UI language: en, fr, ja or es."),
                                        QStringLiteral("code"));
    const QCommandLineOption demoOption(QStringLiteral("demo-devices"),
                                        QStringLiteral("Demo fleet size written when the store is empty."),
                                        QStringLiteral("count"), QStringLiteral("10000"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("Save the main window as PNG once loaded, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption headlessOption(QStringLiteral("headless"),
                                            QStringLiteral("Run a command without a window (see --headless help)."));
    parser.addOptions({dbOption, langOption, demoOption, screenshotOption, headlessOption});
    parser.process(app);

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
    const QString language = parser.isSet(langOption)
        ? parser.value(langOption)
        : LanguageSwitcher::initialLanguage(QSettings().value(QStringLiteral("ui/language")).toString());
    QString error;
    if (!languages.setLanguage(language, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }

    auto store = std::make_shared<DeviceStore>(parser.value(dbOption));
    if (!store->open(&error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Azure Status Console"),
                              QCoreApplication::translate("main", "The device store could not be opened:\n%1\n\n"
                                                                  "Nothing was changed. Start with --db to use "
                                                                  "another file.")
                                  .arg(error));
        return 3;
    }

    DeviceInventory inventory(store);
    // With no tenant configured the console runs on a generated demo fleet.
    inventory.setDemoFleetSize(demoDevices);
    MainWindow window(&inventory, &languages);
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        const auto shoot = [&window, file] {
            QTimer::singleShot(200, &window, [&window, file] {
                window.grab().save(file);
                QApplication::quit();
            });
        };
        QObject::connect(&inventory, &DeviceInventory::tableLoaded, &window, shoot);
        QObject::connect(&inventory, &DeviceInventory::loadFailed, &window, shoot);
    }
    inventory.load();
    return QApplication::exec();
}
