#include "app/security/secretstore.h"
#include "app/settings/consolesettings.h"
#include "app/settings/settingsimport.h"
#include "tests/emulatorprocess.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#ifndef ASC_EMULATOR_PATH
#error "ASC_EMULATOR_PATH must name the azure-status-emulator program"
#endif
#ifndef ASC_CONSOLE_PATH
#error "ASC_CONSOLE_PATH must name the azure-status-console program"
#endif

// The promise, end to end with the real programs: a tenant is configured (plain
// settings in QSettings, secrets in the real keychain), the console syncs and reports
// against the emulator with every log category at debug level, and then the settings file,
// the database, the logs and the outputs are searched for the secrets: nothing is found.
// Also: with no secret service the headless mode fails with the clear error, and an
// http:// tenant URL to another host is refused.
class TestSecretLeak final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void syncAndReportLeaveNoSecret();
    void noSecretServiceIsAClearError();
    void httpToRemoteTenantIsRefused();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run console(const QStringList &arguments, const QProcessEnvironment &environment);
    QProcessEnvironment environment() const;
    // Every file under dir whose bytes contain one of the needles: "file: needle".
    static QStringList findIn(const QString &dir, const QList<QByteArray> &needles);
    static QStringList findIn(const QByteArray &text, const QString &name, const QList<QByteArray> &needles);

    QTemporaryDir m_dir;
    EmulatorProcess m_emulator;
    QUrl m_base;
    QString m_mdmPassword;
    QString m_clientSecret;
    ConsoleSettings m_settings;
    QList<QByteArray> m_needles;
};

void TestSecretLeak::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The console's own names, so this test and the program share QSettings and keychain.
    QCoreApplication::setOrganizationName(QStringLiteral("AzureStatusConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("azure-status-console"));
    m_mdmPassword = QStringLiteral("mdm-") + QUuid::createUuid().toString(QUuid::Id128);
    m_clientSecret = QStringLiteral("cs~") + QUuid::createUuid().toString(QUuid::Id128);
    const QString tenant = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString client = QUuid::createUuid().toString(QUuid::WithoutBraces);

    QString error;
    QVERIFY2(m_emulator.start({ QStringLiteral("--devices"), QStringLiteral("400"), QStringLiteral("--processing-ms"),
                                  QStringLiteral("100"), QStringLiteral("--tenant-id"), tenant, QStringLiteral("--client-id"),
                                  client, QStringLiteral("--client-secret"), m_clientSecret, QStringLiteral("--mdm-user"),
                                  QStringLiteral("helpdesk-api"), QStringLiteral("--mdm-password"), m_mdmPassword },
                 &error),
        qPrintable(error));
    m_base = m_emulator.baseUrl();

    // Configure the tenant as the Settings dialog does: plain settings, then the keychain.
    m_settings.mdmUrl = m_base;
    m_settings.mdmUser = QStringLiteral("helpdesk-api");
    m_settings.tenantId = tenant;
    m_settings.clientId = client;
    m_settings.loginUrl = m_base;
    m_settings.graphUrl = m_base;
    m_settings.batchSize = 100;
    QVERIFY2(m_settings.validate().isEmpty(), qPrintable(m_settings.validate().join(u'\n')));
    m_settings.save();
    SecretStore keychain;
    QCOMPARE(keychain.service(), QStringLiteral("azure-status-console"));
    const SecretStore::Result password = keychain.writeNow(m_settings.mdmPasswordKey(), m_mdmPassword);
    QVERIFY2(password.ok(), qPrintable(password.error));
    // The client secret as a server admin stores it: through the headless mode, from stdin.
    QProcess store;
    store.start(QStringLiteral(ASC_CONSOLE_PATH),
        { QStringLiteral("--headless"), QStringLiteral("store-secret"), QStringLiteral("client-secret") });
    QVERIFY(store.waitForStarted(10000));
    store.write(m_clientSecret.toUtf8() + '\n');
    store.closeWriteChannel();
    QVERIFY(store.waitForFinished(60000));
    const QByteArray stored = store.readAllStandardOutput() + store.readAllStandardError();
    QVERIFY2(store.exitCode() == 0, stored.constData());
    QVERIFY2(stored.contains("Stored the Entra client secret in the OS keychain"), stored.constData());
    QVERIFY(!stored.contains(m_clientSecret.toUtf8())); // its own output does not echo it
    QCOMPARE(keychain.readNow(m_settings.clientSecretKey()).secret, m_clientSecret);

    // The secrets in every form they take on the wire: raw, Basic credentials, URL-encoded.
    m_needles = { m_mdmPassword.toUtf8(), m_clientSecret.toUtf8(),
        QByteArray("helpdesk-api:" + m_mdmPassword.toUtf8()).toBase64(),
        QUrl::toPercentEncoding(m_clientSecret) };
}

void TestSecretLeak::cleanupTestCase()
{
    SecretStore keychain;
    keychain.removeNow(m_settings.mdmPasswordKey());
    keychain.removeNow(m_settings.clientSecretKey());
    m_emulator.stop();
}

QProcessEnvironment TestSecretLeak::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Every category of the console at debug level, the bodies (asc.net.body, only when
    // named) too, Qt's network and TLS too.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
        QStringLiteral("asc.*.debug=true\nasc.net.body.debug=true\nqt.network.*.debug=true"));
    return environment;
}

TestSecretLeak::Run TestSecretLeak::console(
    const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ASC_CONSOLE_PATH), QStringList { QStringLiteral("--headless") } + arguments);
    Run run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList TestSecretLeak::findIn(
    const QByteArray &text, const QString &name, const QList<QByteArray> &needles)
{
    QStringList found;
    for (const QByteArray &needle : needles) {
        if (text.contains(needle))
            found.append(name + QStringLiteral(": ") + QString::fromUtf8(needle));
    }
    return found;
}

QStringList TestSecretLeak::findIn(const QString &dir, const QList<QByteArray> &needles)
{
    QStringList found;
    QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            found += findIn(file.readAll(), file.fileName(), needles);
    }
    return found;
}

void TestSecretLeak::syncAndReportLeaveNoSecret()
{
    const QString db = m_dir.filePath(QStringLiteral("devices.sqlite"));
    // Sync (reports every device the first time), then a weekly report, then the status.
    const Run sync = console({ QStringLiteral("sync"), QStringLiteral("--db"), db,
                                 QStringLiteral("--timeout"), QStringLiteral("120") },
        environment());
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QVERIFY2(sync.out.contains("Synced 400 device(s)"), sync.out.constData());
    const Run weekly
        = console({ QStringLiteral("report-weekly"), QStringLiteral("--db"), db }, environment());
    QVERIFY2(weekly.exitCode == 0, weekly.err.constData());
    const Run status = console(
        { QStringLiteral("status"), QStringLiteral("--db"), db, QStringLiteral("--json") }, environment());
    QCOMPARE(status.exitCode, 0);

    // It really talked to the tenant with the secrets: the emulator received the reports.
    const QJsonObject stats = m_emulator.stats();
    QVERIFY2(stats.value(QStringLiteral("tokensIssued")).toInt() > 0 && stats.value(QStringLiteral("messagesReceived")).toInt() > 0,
        QJsonDocument(stats).toJson().constData());
    // Outputs written by the console: the settings export.
    const QString exported = m_dir.filePath(QStringLiteral("settings-export.json"));
    {
        QFile file(exported);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SettingsImport::serialize(ConsoleSettings::load()));
    }

    QStringList found;
    found += findIn(sync.out + sync.err, QStringLiteral("sync output and logs"), m_needles);
    found += findIn(weekly.out + weekly.err, QStringLiteral("report-weekly output and logs"), m_needles);
    found += findIn(status.out + status.err, QStringLiteral("status output"), m_needles);
    found += findIn(m_dir.path(), m_needles); // the database (+ WAL), the export
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    found += findIn(config, m_needles); // the settings file
    found += findIn(data, m_needles);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

    // The logs are there and verbose (so an unredacted header would have shown).
    QVERIFY2(sync.err.contains("asc.net: PUT") && sync.err.contains("Authorization: [redacted]")
            && sync.err.contains("client_secret=[redacted]")
            && sync.err.contains("\"access_token\":\"[redacted]\""),
        sync.err.left(3000).constData());

    // The search itself works: what is meant to be in those files is found there.
    QSettings settings;
    QVERIFY(!findIn(config, { m_settings.tenantId.toUtf8() }).isEmpty());
    QVERIFY(!findIn(m_dir.path(), { QByteArray("SQLite format 3") }).isEmpty());
}

void TestSecretLeak::noSecretServiceIsAClearError()
{
    QProcessEnvironment noBus = environment();
    noBus.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/asc-no-bus"));
    const Run run = console(
        { QStringLiteral("sync"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("nobus.sqlite")) },
        noBus);
    QCOMPARE(run.exitCode, 7);
    QVERIFY2(run.err.contains("No secret service is reachable"), run.err.constData());
    QVERIFY2(run.err.contains("never in plain text"), run.err.constData());
    QVERIFY(findIn(run.out + run.err, QStringLiteral("output"), m_needles).isEmpty());
}

void TestSecretLeak::httpToRemoteTenantIsRefused()
{
    const Run run = console(
        { QStringLiteral("sync"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("http.sqlite")),
            QStringLiteral("--tenant-url"), QStringLiteral("http://mdm.example.com") },
        environment());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("refused to use http:// with mdm.example.com"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
