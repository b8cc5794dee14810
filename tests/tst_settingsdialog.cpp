#include "app/console/consoleservices.h"
#include "app/i18n/languageswitcher.h"
#include "app/inventory/deviceinventory.h"
#include "app/net/networkservices.h"
#include "app/reporting/reportingengine.h"
#include "app/security/secretstore.h"
#include "app/settings/consolesettings.h"
#include "app/settings/settingsservice.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/tenant/demotenant.h"
#include "tests/emulatornetsettings.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "tests/screenshotpath.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUuid>

#ifndef ASC_EMULATOR_PATH
#error "ASC_EMULATOR_PATH must name the azure-status-emulator program"
#endif

// The settings dialog with the real keychain (tests/run-all.sh's gnome-keyring) and the real
// emulator: validation messages, Test connection stage by stage, secrets stored in the
// keychain and nowhere else, export/import, and a screenshot to look at.
class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void invalidFieldsAreNamedAndNothingIsSaved();
    void testConnectionPassesEveryStage();
    void testConnectionStopsAtTheFailingStage_data();
    void testConnectionStopsAtTheFailingStage();
    void applyStoresSecretsOnlyInTheKeychain();
    void replacedSecretsLeaveTheKeychain();
    void exportAndImport();
    void mainWindowAppliesSettings();
    void screenshot();

private:
    void fillTenant(SettingsDialog &dialog, const QString &mdmPassword, const QString &clientSecret);
    bool runTest(SettingsDialog &dialog);
    // Applies and waits for the keychain's answers; false with *error when nothing was saved.
    static bool apply(SettingsDialog &dialog, QString *error);

    EmulatorProcess m_tenant;
    NetSettings m_net;
    QTemporaryDir m_dir;
    SecretStore *m_secrets = nullptr;
    SettingsService *m_service = nullptr;
};

void TestSettingsDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AzureStatusConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("asc-tst-settingsdialog"));
    QString error;
    QVERIFY2(m_tenant.start(EmulatorProcess::demoArguments(50, 1), &error), qPrintable(error));
    m_net = demoNetSettings(m_tenant);
    m_secrets = new SecretStore(
        QStringLiteral("asc-tst-settingsdialog-") + QUuid::createUuid().toString(QUuid::Id128), this);
    // No running console to reconfigure: applying only saves.
    m_service = new SettingsService(m_secrets, nullptr, nullptr, this);
}

void TestSettingsDialog::cleanupTestCase()
{
    const ConsoleSettings saved = ConsoleSettings::load();
    m_secrets->removeNow(saved.mdmPasswordKey());
    m_secrets->removeNow(saved.clientSecretKey());
}

void TestSettingsDialog::fillTenant(
    SettingsDialog &dialog, const QString &mdmPassword, const QString &clientSecret)
{
    const QString base = m_net.mdmBaseUrl.toString();
    dialog.setField(QStringLiteral("mdmUrl"), base);
    dialog.setField(QStringLiteral("mdmUser"), m_net.mdmUser);
    dialog.setField(QStringLiteral("mdmPassword"), mdmPassword);
    dialog.setField(QStringLiteral("tenantId"), m_net.tenantId);
    dialog.setField(QStringLiteral("clientId"), m_net.clientId);
    dialog.setField(QStringLiteral("clientSecret"), clientSecret);
    dialog.setField(QStringLiteral("loginUrl"), base);
    dialog.setField(QStringLiteral("graphUrl"), base);
}

bool TestSettingsDialog::apply(SettingsDialog &dialog, QString *error)
{
    QSignalSpy finished(&dialog, &SettingsDialog::applyFinished);
    dialog.apply();
    // Never answered within the call: the keychain's jobs are asynchronous.
    if (!finished.isEmpty() || !finished.wait(30000)) {
        *error = QStringLiteral("applyFinished came %1 times").arg(finished.size());
        return false;
    }
    *error = finished.constFirst().at(1).toString();
    return finished.constFirst().at(0).toBool();
}

bool TestSettingsDialog::runTest(SettingsDialog &dialog)
{
    QSignalSpy finished(dialog.connectionTest(), &ConnectionTest::finished);
    dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    if (!finished.wait(30000))
        return false;
    return finished.constFirst().constFirst().toBool();
}

void TestSettingsDialog::invalidFieldsAreNamedAndNothingIsSaved()
{
    QSettings().clear();
    SettingsDialog dialog(ConsoleSettings(), true, m_service);
    fillTenant(dialog, QStringLiteral("pw"), QStringLiteral("cs"));
    dialog.setField(QStringLiteral("mdmUrl"), QStringLiteral("http://mdm.example.com"));
    dialog.setField(QStringLiteral("tenantId"), QStringLiteral("contoso.onmicrosoft.com"));
    QString error;
    QVERIFY(!apply(dialog, &error));
    QVERIFY2(error.contains(QStringLiteral("MDM URL: refused to use http:// with mdm.example.com")),
        qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Entra tenant id: \"contoso.onmicrosoft.com\" is not a GUID")),
        qPrintable(error));
    QCOMPARE(dialog.problemText(), error);
    QVERIFY(!ConsoleSettings::load().isTenantConfigured());
    QVERIFY(QSettings().allKeys().isEmpty());
    // Nothing reached the keychain either.
    dialog.setField(QStringLiteral("mdmUrl"), QStringLiteral("https://mdm.example.com"));
    dialog.setField(QStringLiteral("tenantId"), QStringLiteral("contoso.onmicrosoft.com"));
    QCOMPARE(m_secrets->readNow(dialog.settings().mdmPasswordKey()).status, SecretStore::Status::NotFound);
}

void TestSettingsDialog::testConnectionPassesEveryStage()
{
    SettingsDialog dialog(ConsoleSettings(), true, m_service);
    fillTenant(dialog, m_net.mdmPassword, m_net.clientSecret);
    QVERIFY(runTest(dialog));
    for (int stage = 0; stage < ConnectionTest::StageCount; ++stage) {
        const QString text = dialog.stageText(ConnectionTest::Stage(stage));
        QVERIFY2(text.startsWith(QChar(0x2714)), qPrintable(text));
    }
    QVERIFY2(dialog.stageText(ConnectionTest::MdmAuth).contains(QStringLiteral("Signed in as admin")),
        qPrintable(dialog.stageText(ConnectionTest::MdmAuth)));
    // The discovered endpoints are shown beside the override fields.
    QVERIFY(dialog.settings().discoveredDeviceSyncUrl.toString().startsWith(m_net.mdmBaseUrl.toString()));
    QVERIFY(dialog.settings().deviceSyncUrl.isEmpty());
}

void TestSettingsDialog::testConnectionStopsAtTheFailingStage_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("failing");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong MDM password") << "mdmPassword"
                                        << "wrong" << int(ConnectionTest::MdmAuth) << "HTTP 401";
    QTest::newRow("wrong client secret") << "clientSecret"
                                         << "wrong" << int(ConnectionTest::Token) << "Token endpoint";
    QTest::newRow("tenant sync override that answers 404")
        << "tenantSyncUrl"
        << "" << int(ConnectionTest::Heartbeat) << "HTTP 404";
    QTest::newRow("no server") << "mdmUrl"
                               << "http://127.0.0.1:9" << int(ConnectionTest::MdmAuth) << "refused";
}

void TestSettingsDialog::testConnectionStopsAtTheFailingStage()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, failing);
    QFETCH(QString, expected);
    SettingsDialog dialog(ConsoleSettings(), true, m_service);
    fillTenant(dialog, m_net.mdmPassword, m_net.clientSecret);
    if (field == QLatin1String("tenantSyncUrl"))
        dialog.setField(field, m_net.mdmBaseUrl.toString() + QStringLiteral("/nowhere"));
    else
        dialog.setField(field, value);
    QVERIFY(!runTest(dialog));
    for (int stage = 0; stage < failing; ++stage)
        QVERIFY(dialog.stageText(ConnectionTest::Stage(stage)).startsWith(QChar(0x2714)));
    const QString text = dialog.stageText(ConnectionTest::Stage(failing));
    QVERIFY2(text.startsWith(QChar(0x2718)) && text.contains(expected), qPrintable(text));
    for (int stage = failing + 1; stage < ConnectionTest::StageCount; ++stage)
        QCOMPARE(dialog.stageText(ConnectionTest::Stage(stage)),
            QStringLiteral("not tested: an earlier stage failed"));
    // The secret typed is in no stage message.
    for (int stage = 0; stage < ConnectionTest::StageCount; ++stage)
        QVERIFY(!dialog.stageText(ConnectionTest::Stage(stage)).contains(m_net.clientSecret));
}

void TestSettingsDialog::applyStoresSecretsOnlyInTheKeychain()
{
    QSettings().clear();
    const QString password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString secret = QStringLiteral("cs-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        SettingsDialog dialog(ConsoleSettings(), true, m_service);
        fillTenant(dialog, password, secret);
        dialog.setField(QStringLiteral("batchSize"), QStringLiteral("250"));
        dialog.setField(QStringLiteral("weeklyDay"), QStringLiteral("3"));
        dialog.setField(QStringLiteral("weeklyTime"), QStringLiteral("04:30"));
        QString error;
        QVERIFY2(apply(dialog, &error), qPrintable(error));
        QCOMPARE(dialog.applied().clientSecret, secret);
    }
    const ConsoleSettings saved = ConsoleSettings::load();
    QVERIFY(saved.isTenantConfigured());
    QCOMPARE(saved.batchSize, 250);
    QCOMPARE(saved.weekly.day, 3);
    QCOMPARE(saved.weekly.time, QTime(4, 30));
    QCOMPARE(m_secrets->readNow(saved.mdmPasswordKey()).secret, password);
    QCOMPARE(m_secrets->readNow(saved.clientSecretKey()).secret, secret);
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains(m_net.tenantId.toUtf8()));
    QVERIFY(!content.contains(password.toUtf8()));
    QVERIFY(!content.contains(secret.toUtf8()));

    // Reopened: the secret fields stay empty (kept in the keychain); apply keeps them.
    SettingsDialog again(saved, true, m_service);
    QString error;
    QVERIFY2(apply(again, &error), qPrintable(error));
    QCOMPARE(again.applied().mdmPassword, password);
}

// A new MDM user and Entra app: their secrets are stored, the replaced ones removed.
void TestSettingsDialog::replacedSecretsLeaveTheKeychain()
{
    QSettings().clear();
    {
        SettingsDialog dialog(ConsoleSettings(), true, m_service);
        fillTenant(dialog, QStringLiteral("old-password"), QStringLiteral("old-secret"));
        QString error;
        QVERIFY2(apply(dialog, &error), qPrintable(error));
        QVERIFY(dialog.secretsNotRemoved().isEmpty());
    }
    const ConsoleSettings before = ConsoleSettings::load();
    QCOMPARE(m_secrets->readNow(before.mdmPasswordKey()).secret, QStringLiteral("old-password"));

    // Only the MDM user changes: the Entra secret is the same entry and stays.
    SettingsDialog dialog(before, true, m_service);
    dialog.setField(QStringLiteral("mdmUser"), QStringLiteral("second-admin"));
    dialog.setField(QStringLiteral("mdmPassword"), QStringLiteral("new-password"));
    QString error;
    QVERIFY2(apply(dialog, &error), qPrintable(error));
    const ConsoleSettings middle = ConsoleSettings::load();
    QVERIFY(middle.mdmPasswordKey() != before.mdmPasswordKey());
    QCOMPARE(m_secrets->readNow(before.mdmPasswordKey()).status, SecretStore::Status::NotFound);
    QCOMPARE(m_secrets->readNow(middle.mdmPasswordKey()).secret, QStringLiteral("new-password"));
    QCOMPARE(m_secrets->readNow(middle.clientSecretKey()).secret, QStringLiteral("old-secret"));

    // Then another Entra app, in the same dialog: compared with what the first apply saved.
    dialog.setField(QStringLiteral("clientId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    dialog.setField(QStringLiteral("clientSecret"), QStringLiteral("new-secret"));
    QVERIFY2(apply(dialog, &error), qPrintable(error));
    QVERIFY(dialog.secretsNotRemoved().isEmpty());
    const ConsoleSettings after = ConsoleSettings::load();
    QCOMPARE(m_secrets->readNow(middle.clientSecretKey()).status, SecretStore::Status::NotFound);
    QCOMPARE(m_secrets->readNow(after.clientSecretKey()).secret, QStringLiteral("new-secret"));
    QCOMPARE(m_secrets->readNow(after.mdmPasswordKey()).secret, QStringLiteral("new-password"));

    // A refused new secret (the new user's password is not in the keychain): nothing is
    // saved and nothing is removed.
    SettingsDialog refused(after, true, m_service);
    refused.setField(QStringLiteral("mdmUser"), QStringLiteral("third-admin"));
    QVERIFY(!apply(refused, &error));
    QCOMPARE(ConsoleSettings::load().mdmUser, after.mdmUser);
    QCOMPARE(m_secrets->readNow(after.mdmPasswordKey()).secret, QStringLiteral("new-password"));
    m_secrets->removeNow(after.mdmPasswordKey());
    m_secrets->removeNow(after.clientSecretKey());
}

void TestSettingsDialog::exportAndImport()
{
    SettingsDialog dialog(ConsoleSettings(), true, m_service);
    fillTenant(dialog, QStringLiteral("typed-password"), QStringLiteral("typed-secret"));
    dialog.setField(QStringLiteral("batchSize"), QStringLiteral("77"));
    const QString path = m_dir.filePath(QStringLiteral("export.json"));
    QString error;
    QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(!json.contains("typed-password") && !json.contains("typed-secret"));

    SettingsDialog other(ConsoleSettings(), true, m_service);
    QVERIFY2(other.importFrom(path, &error), qPrintable(error));
    QCOMPARE(other.settings().batchSize, 77);
    QCOMPARE(other.settings().mdmUrl, m_net.mdmBaseUrl);

    // A broken file is refused naming the field; the fields stay as they were.
    QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray(json).replace("\"batchSize\": 77", "\"batchSize\": \"many\""));
    broken.close();
    QVERIFY(!other.importFrom(broken.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("reporting.batchSize: expected a whole number, found a string")),
        qPrintable(error));
    QCOMPARE(other.settings().batchSize, 77);
}

void TestSettingsDialog::mainWindowAppliesSettings()
{
    QSettings().clear();
    auto store = std::make_shared<SqliteStore>(m_dir.filePath(QStringLiteral("window.sqlite")));
    QString error;
    QVERIFY2(store->open(&error), qPrintable(error));
    DeviceInventory inventory(store);
    inventory.setDemoFleetSize(0);
    LanguageSwitcher languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    NetSettings demo = m_net;
    demo.mdmPassword = QStringLiteral("running-with-this");
    NetworkServices network(demo);
    ReportingEngine engine(store.get(), &network);
    ConsoleServices services(store, &inventory, &languages, &network, &engine);
    MainWindow window(&services);
    auto *action = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(action);

    // File -> Settings..., fill in the tenant and the schedule, OK.
    bool filled = false;
    QTimer::singleShot(0, this, [this, &filled] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        fillTenant(*dialog, m_net.mdmPassword, m_net.clientSecret);
        dialog->setField(QStringLiteral("batchSize"), QStringLiteral("123"));
        dialog->setField(QStringLiteral("weeklyDay"), QStringLiteral("5"));
        dialog->setField(QStringLiteral("weeklyTime"), QStringLiteral("06:15"));
        dialog->setField(QStringLiteral("reportingEnabled"), QStringLiteral("0"));
        filled = true;
        dialog->accept();
    });
    action->trigger();
    QVERIFY(filled);
    QCOMPARE(engine.settings().batchSize, 123);
    QCOMPARE(engine.settings().weekly.day, 5);
    QCOMPARE(engine.settings().weekly.time, QTime(6, 15));
    QVERIFY(!engine.settings().enabled); // through the Reports menu's switch, kept in the store
    QCOMPARE(store->settings().setting(QStringLiteral("reportingEnabled")), QStringLiteral("0"));
    QCOMPARE(network.settings().mdmPassword, m_net.mdmPassword); // the configured tenant from now on
    QCOMPARE(engine.settings().tenantId, QUuid::fromString(m_net.tenantId));
    QVERIFY(ConsoleSettings::load().isTenantConfigured());
    const ConsoleSettings saved = ConsoleSettings::load();
    SecretStore application; // the window stores under the application name
    QCOMPARE(application.service(), QCoreApplication::applicationName());
    QCOMPARE(application.readNow(saved.mdmPasswordKey()).secret, m_net.mdmPassword);
    application.removeNow(saved.mdmPasswordKey());
    application.removeNow(saved.clientSecretKey());
}

void TestSettingsDialog::screenshot()
{
    SettingsDialog dialog(ConsoleSettings(), true, m_service);
    fillTenant(dialog, m_net.mdmPassword, QStringLiteral("wrong"));
    QVERIFY(!runTest(dialog));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QVERIFY(dialog.grab().save(screenshotPath(QStringLiteral("settingsdialog-%1.png").arg(tab))));
    }
    tabs->setCurrentIndex(0);
    // Every label fits: no text is wider than the label that shows it.
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&dialog) || label->wordWrap() || label->text().isEmpty())
            continue;
        QVERIFY2(label->fontMetrics().horizontalAdvance(label->text()) <= label->width() + 2,
            qPrintable(label->text()));
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
