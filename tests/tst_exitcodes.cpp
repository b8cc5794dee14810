#include "app/settings/consolesettings.h"
#include "tests/emulatorprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#ifndef ASC_CONSOLE_PATH
#error "ASC_CONSOLE_PATH must name the azure-status-console program"
#endif

// The exit codes of --headless are a contract for scripts (README, Options): each one from 2
// to 7 is provoked here with the real program, as a timer job would run it, and asserted
// with the message that goes with it. The numbers are written out, not taken from the
// program's constants: a renumbered constant breaks every script that relies on them.
namespace {
const QString kTenant = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
const QString kClient = QStringLiteral("5b0e7f3a-8c1d-4e2f-9a6b-3c4d5e6f7a8b");
const QString kSecret = QStringLiteral("exit-codes-client-secret");
} // namespace

class TestExitCodes final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void badArgumentIs2_data();
    void badArgumentIs2();
    void storeThatCannotBeOpenedIs3();
    void unreachableTenantIs4();
    void refusingTenantIs4_data();
    void refusingTenantIs4();
    void rejectedReportIs5();
    void timeoutWithReportsWaitingIs6();
    void noSecretServiceIs7();
    void missingSystemdCredentialIs7();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // The console with --headless and `arguments`, its settings and data in the test's folder.
    Run console(const QStringList &arguments, const QProcessEnvironment &extra = {});
    // The emulator with these options besides the test's tenant; its base URL.
    QUrl startEmulator(const QStringList &options);
    QProcessEnvironment tenantEnvironment() const;
    // The emulator of this branch answers the partner wire format the client now speaks
    // with 400 "TenantId is missing" (docs/PROTOCOL.md; a new emulator is on its way): then
    // no report can be sent, and the exit codes that need one cannot be provoked.
    // A tenant configured as File → Settings saves it, for the commands without --tenant-url.
    void configureTenant();
    QString db() const { return m_dir->filePath(QStringLiteral("devices.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmulatorProcess> m_emulator;
};

void TestExitCodes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExitCodes::cleanup()
{
    m_emulator.reset();
}

TestExitCodes::Run TestExitCodes::console(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.remove(QStringLiteral("CREDENTIALS_DIRECTORY"));
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ASC_CONSOLE_PATH), QStringList { QStringLiteral("--headless") } + arguments);
    Run run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = QStringLiteral("the console did not finish");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QUrl TestExitCodes::startEmulator(const QStringList &options)
{
    m_emulator = std::make_unique<EmulatorProcess>();
    QString error;
    if (!m_emulator->start(
            QStringList { QStringLiteral("--devices"), QStringLiteral("200"), QStringLiteral("--tenant-id"),
                kTenant, QStringLiteral("--client-id"), kClient, QStringLiteral("--client-secret"), kSecret }
                + options,
            &error, 30000)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return m_emulator->baseUrl();
}

QProcessEnvironment TestExitCodes::tenantEnvironment() const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("ASC_MDM_USER"), QStringLiteral("admin"));
    environment.insert(QStringLiteral("ASC_MDM_PASSWORD"), QStringLiteral("demo"));
    environment.insert(QStringLiteral("ASC_TENANT_ID"), kTenant);
    environment.insert(QStringLiteral("ASC_CLIENT_ID"), kClient);
    environment.insert(QStringLiteral("ASC_CLIENT_SECRET"), kSecret);
    return environment;
}

void TestExitCodes::configureTenant()
{
    ConsoleSettings settings;
    settings.mdmUrl = QUrl(QStringLiteral("https://mdm.example.com"));
    settings.mdmUser = QStringLiteral("api-user");
    settings.tenantId = kTenant;
    settings.clientId = kClient;
    QSettings file(m_dir->filePath(QStringLiteral("config/AzureStatusConsole/azure-status-console.conf")),
        QSettings::NativeFormat);
    settings.save(file);
}

void TestExitCodes::badArgumentIs2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::addRow("unknown command") << QStringList { QStringLiteral("synk") } << QStringLiteral("synk");
    QTest::addRow("bad --batch-size") << QStringList { QStringLiteral("sync"), QStringLiteral("--batch-size"),
        QStringLiteral("0"), QStringLiteral("--demo") }
                                      << QStringLiteral("--batch-size");
    QTest::addRow("unknown option") << QStringList { QStringLiteral("status"), QStringLiteral("--json"),
        QStringLiteral("--colour"), QStringLiteral("red") }
                                    << QStringLiteral("--colour");
    // The password of a URL with user info is in no output, with every log category on.
    QTest::addRow("--tenant-url with user info")
        << QStringList { QStringLiteral("sync"), QStringLiteral("--tenant-url"),
               QStringLiteral("https://admin:Pa55-in-url@mdm.example.com") }
        << QStringLiteral("--tenant-url: a URL must not hold a user name or password");
}

void TestExitCodes::badArgumentIs2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QProcessEnvironment logs;
    logs.insert(
        QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("asc.*.debug=true;asc.net.body.debug=true"));
    const Run run = console(arguments + QStringList { QStringLiteral("--db"), db() }, logs);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(named), qPrintable(run.err));
    QVERIFY2(!run.out.contains(QLatin1String("Pa55")) && !run.err.contains(QLatin1String("Pa55")),
        qPrintable(run.err));
    // (The store is opened before --tenant-url is read: an empty store may be left.)
    if (!named.startsWith(QLatin1String("--tenant-url")))
        QVERIFY(!QFile::exists(db()));
}

void TestExitCodes::storeThatCannotBeOpenedIs3()
{
    QFile file(db());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database\n");
    file.close();
    for (const QStringList &command : { QStringList { QStringLiteral("status"), QStringLiteral("--json") },
             QStringList { QStringLiteral("sync"), QStringLiteral("--tenant-url"),
                 QStringLiteral("http://127.0.0.1:9") } }) {
        const Run run = console(command + QStringList { QStringLiteral("--db"), db() }, tenantEnvironment());
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(db()))
                && run.err.contains(QLatin1String("not a device database")),
            qPrintable(run.err));
    }
}

void TestExitCodes::unreachableTenantIs4()
{
    // A port that was just free: nothing listens there, every connection is refused (and
    // retried with backoff, then given up).
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const Run run
        = console({ QStringLiteral("sync"), QStringLiteral("--db"), db(), QStringLiteral("--tenant-url"),
                      QStringLiteral("http://127.0.0.1:%1").arg(port) },
            tenantEnvironment());
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QStringLiteral("127.0.0.1:%1 was refused").arg(port)), qPrintable(run.err));
}

void TestExitCodes::refusingTenantIs4_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("refusal"); // in the message
    QTest::addRow("MDM password") << QStringLiteral("ASC_MDM_PASSWORD") << QStringLiteral("HTTP 401");
    QTest::addRow("client secret") << QStringLiteral("ASC_CLIENT_SECRET") << QStringLiteral("Token endpoint");
}

void TestExitCodes::refusingTenantIs4()
{
    // The emulator knows another MDM password, or another client secret: the MDM, or Entra,
    // refuses us.
    QFETCH(QString, variable);
    QFETCH(QString, refusal);
    const QUrl base = startEmulator({});
    QVERIFY(base.isValid());
    QProcessEnvironment environment = tenantEnvironment();
    environment.insert(variable, QStringLiteral("a-wrong-secret"));
    const Run run
        = console({ QStringLiteral("sync"), QStringLiteral("--db"), db(), QStringLiteral("--tenant-url"),
                      base.toString(), QStringLiteral("--timeout"), QStringLiteral("60") },
            environment);
    QVERIFY2(run.err.contains(refusal), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("a-wrong-secret")), qPrintable(run.err));
    // Also when the sync had nothing to send (nothing could be provisioned, so nothing was
    // queued): the headless sync asks Entra for its token before it says it is done.
    QCOMPARE(run.exitCode, 4);
}

void TestExitCodes::rejectedReportIs5()
{
    // Every message ends Failed: Azure rejected the reports, and they stay in the outbox with
    // the reason.
    const QUrl base = startEmulator({ QStringLiteral("--rate-async-failed"), QStringLiteral("1"),
        QStringLiteral("--processing-ms"), QStringLiteral("50") });
    QVERIFY(base.isValid());
    const Run run
        = console({ QStringLiteral("sync"), QStringLiteral("--db"), db(), QStringLiteral("--tenant-url"),
                      base.toString(), QStringLiteral("--timeout"), QStringLiteral("120") },
            tenantEnvironment());
    QVERIFY2(run.exitCode == 5, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(QLatin1String("0 waiting, 0 sent and unconfirmed, 0 confirmed")),
        qPrintable(run.out));
    const Run status
        = console({ QStringLiteral("status"), QStringLiteral("--db"), db(), QStringLiteral("--json") });
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(!status.out.contains(QLatin1String("\"failed\": 0")), qPrintable(status.out));
}

void TestExitCodes::timeoutWithReportsWaitingIs6()
{
    // The emulator keeps every message InProgress for ten minutes; the run may wait 3 s.
    const QUrl base = startEmulator({ QStringLiteral("--processing-ms"), QStringLiteral("600000") });
    QVERIFY(base.isValid());
    const Run run
        = console({ QStringLiteral("sync"), QStringLiteral("--db"), db(), QStringLiteral("--tenant-url"),
                      base.toString(), QStringLiteral("--timeout"), QStringLiteral("3") },
            tenantEnvironment());
    QVERIFY2(run.exitCode == 6, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(QLatin1String("Synced 200 device(s)")), qPrintable(run.out));
    // Sent and waiting for Azure's confirmation, not failed: they go out on the next run.
    QVERIFY2(
        run.out.contains(QLatin1String(" sent and unconfirmed, 0 confirmed, 0 failed")), qPrintable(run.out));
}

void TestExitCodes::noSecretServiceIs7()
{
    configureTenant();
    QProcessEnvironment noBus;
    noBus.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/asc-no-bus"));
    const Run run = console({ QStringLiteral("sync"), QStringLiteral("--db"), db() }, noBus);
    QCOMPARE(run.exitCode, 7);
    QVERIFY2(run.err.contains(QLatin1String("No secret service is reachable")), qPrintable(run.err));
}

void TestExitCodes::missingSystemdCredentialIs7()
{
    // A service whose unit loads no mdm-password credential.
    configureTenant();
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("credentials")));
    QFile secret(m_dir->filePath(QStringLiteral("credentials/client-secret")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("a-client-secret\n");
    secret.close();
    QProcessEnvironment service;
    service.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), m_dir->filePath(QStringLiteral("credentials")));
    const Run run = console({ QStringLiteral("sync"), QStringLiteral("--db"), db() }, service);
    QCOMPARE(run.exitCode, 7);
    QVERIFY2(run.err.contains(QLatin1String("mdm-password")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestExitCodes)
#include "tst_exitcodes.moc"
