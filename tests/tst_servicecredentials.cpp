#include "app/settings/consolesettings.h"
#include "app/settings/settingsimport.h"
#include "tests/emulatorprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/prctl.h>

// The headless reporter as the systemd service runs it: the tenant from a settings export
// (--settings FILE) instead of the user's settings, its secrets from systemd's credentials
// ($CREDENTIALS_DIRECTORY, here a folder of the test) instead of the keychain, against the
// tenant emulator. A missing or empty credential is exit code 7 naming it; no secret shows in
// any output, every category of the console logging at debug level.

namespace {
constexpr int kKeychainError = 7;
constexpr int kUsageError = 2;
constexpr int kTenantError = 4;
// PR_SET_MDWE (Linux 6.3): refuse memory both writable and executable, as the unit's
// MemoryDenyWriteExecute=yes does, for this process and what it execs.
constexpr int kSetMdwe = 65;
constexpr unsigned long kMdweRefuseExecGain = 1;

struct Run
{
    int exitCode = -1;
    QByteArray output; // stdout and stderr
};
} // namespace

class TestServiceCredentials final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void syncWithCredentials_data();
    void syncWithCredentials();
    void syncWithoutWritableExecutableMemory();
    void missingCredential_data();
    void missingCredential();
    void wrongCredentialIsRefused();
    void badSettingsFile_data();
    void badSettingsFile();

private:
    // `--headless ARGUMENTS` with a private home (no user settings), no D-Bus (no keychain)
    // and, when credentials is not empty, CREDENTIALS_DIRECTORY=credentials.
    Run headless(const QStringList &arguments, const QString &credentials, bool denyWriteExecute = false);
    void writeCredential(const QString &name, const QByteArray &value);
    void checkNoSecretIn(const QByteArray &output);

    QTemporaryDir m_dir;
    EmulatorProcess m_emulator;
    QString m_mdmPassword;
    QString m_clientSecret;
    QString m_settingsFile;
    QString m_credentials;
    QList<QByteArray> m_needles;
};

void TestServiceCredentials::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_mdmPassword = QStringLiteral("mdm-") + QUuid::createUuid().toString(QUuid::Id128);
    m_clientSecret = QStringLiteral("cs~") + QUuid::createUuid().toString(QUuid::Id128);
    const QString tenant = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString client = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    QVERIFY2(
        m_emulator.start(
            { QStringLiteral("--devices"), QStringLiteral("300"), QStringLiteral("--processing-ms"),
                QStringLiteral("50"), QStringLiteral("--tenant-id"), tenant, QStringLiteral("--client-id"),
                client, QStringLiteral("--client-secret"), m_clientSecret, QStringLiteral("--mdm-user"),
                QStringLiteral("reporter-api"), QStringLiteral("--mdm-password"), m_mdmPassword },
            &error, 30000),
        qPrintable(error));
    const QUrl base = m_emulator.baseUrl();

    // What File → Settings → Export writes for this tenant: no secret in it.
    ConsoleSettings settings;
    settings.mdmUrl = base;
    settings.mdmUser = QStringLiteral("reporter-api");
    settings.tenantId = tenant;
    settings.clientId = client;
    settings.loginUrl = base;
    settings.graphUrl = base;
    settings.batchSize = 100;
    QVERIFY2(settings.validate().isEmpty(), qPrintable(settings.validate().join(u'\n')));
    m_settingsFile = m_dir.filePath(QStringLiteral("settings.json"));
    QFile file(m_settingsFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(SettingsImport::serialize(settings));
    file.close();

    m_needles = { m_mdmPassword.toUtf8(), m_clientSecret.toUtf8(),
        QByteArray("reporter-api:" + m_mdmPassword.toUtf8()).toBase64(),
        QUrl::toPercentEncoding(m_clientSecret) };
}

void TestServiceCredentials::cleanupTestCase()
{
    m_emulator.stop();
}

void TestServiceCredentials::init()
{
    // A fresh credentials folder, as systemd makes one per start.
    m_credentials = m_dir.filePath(
        QStringLiteral("credentials-%1").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    QDir(m_credentials).removeRecursively();
    QVERIFY(QDir().mkpath(m_credentials));
}

void TestServiceCredentials::writeCredential(const QString &name, const QByteArray &value)
{
    QFile file(QDir(m_credentials).filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(value);
    QVERIFY(file.setPermissions(QFile::ReadOwner));
}

Run TestServiceCredentials::headless(
    const QStringList &arguments, const QString &credentials, bool denyWriteExecute)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("CREDENTIALS_DIRECTORY"));
    if (!credentials.isEmpty())
        environment.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials);
    environment.insert(
        QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("asc.*.debug=true\nqt.network.*.debug=true"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (denyWriteExecute)
        process.setChildProcessModifier([] { ::prctl(kSetMdwe, kMdweRefuseExecGain, 0L, 0L, 0L); });
    process.start(QStringLiteral(ASC_CONSOLE_PATH), QStringList { QStringLiteral("--headless") } + arguments);
    Run run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = process.readAll();
    return run;
}

void TestServiceCredentials::checkNoSecretIn(const QByteArray &output)
{
    for (const QByteArray &needle : std::as_const(m_needles))
        QVERIFY2(!output.contains(needle),
            qPrintable(QStringLiteral("a secret in the output: %1").arg(QString::fromUtf8(needle.left(6)))));
}

void TestServiceCredentials::syncWithCredentials_data()
{
    QTest::addColumn<QByteArray>("ending");
    QTest::newRow("as written by printf") << QByteArray();
    QTest::newRow("with a newline, as by echo") << QByteArray("\n");
    QTest::newRow("with CR LF") << QByteArray("\r\n");
}

void TestServiceCredentials::syncWithCredentials()
{
    QFETCH(QByteArray, ending);
    writeCredential(QStringLiteral("mdm-password"), m_mdmPassword.toUtf8() + ending);
    writeCredential(QStringLiteral("client-secret"), m_clientSecret.toUtf8() + ending);
    const QString store
        = m_dir.filePath(QStringLiteral("service-%1.sqlite").arg(QLatin1Char(QTest::currentDataTag()[0])));
    const Run run
        = headless({ QStringLiteral("sync"), QStringLiteral("--settings"), m_settingsFile,
                       QStringLiteral("--db"), store, QStringLiteral("--timeout"), QStringLiteral("60") },
            m_credentials);
    QVERIFY2(run.exitCode == 0, run.output.constData());
    QVERIFY2(run.output.contains("Synced 300 device(s)"), run.output.constData());
    checkNoSecretIn(run.output);
}

// The service runs with MemoryDenyWriteExecute=yes: Qt's regular expressions must fall back
// from PCRE2's JIT to its interpreter, and nothing else may need W+X memory.
void TestServiceCredentials::syncWithoutWritableExecutableMemory()
{
    if (::prctl(kSetMdwe + 1 /* PR_GET_MDWE */, 0L, 0L, 0L, 0L) < 0)
        QSKIP("this kernel has no PR_SET_MDWE (Linux 6.3 or later)");
    writeCredential(QStringLiteral("mdm-password"), m_mdmPassword.toUtf8());
    writeCredential(QStringLiteral("client-secret"), m_clientSecret.toUtf8());
    const Run run = headless({ QStringLiteral("sync"), QStringLiteral("--settings"), m_settingsFile,
                                 QStringLiteral("--db"), m_dir.filePath(QStringLiteral("mdwe.sqlite")),
                                 QStringLiteral("--timeout"), QStringLiteral("60") },
        m_credentials, true);
    QVERIFY2(run.exitCode == 0, run.output.constData());
    QVERIFY2(run.output.contains("Synced 300 device(s)"), run.output.constData());
}

void TestServiceCredentials::missingCredential_data()
{
    QTest::addColumn<QString>("present");
    QTest::addColumn<QByteArray>("presentValue");
    QTest::addColumn<QString>("named");
    QTest::newRow("no client-secret")
        << QStringLiteral("mdm-password") << QByteArray("x") << QStringLiteral("client-secret");
    QTest::newRow("no mdm-password") << QStringLiteral("client-secret") << QByteArray("x")
                                     << QStringLiteral("mdm-password");
    QTest::newRow("empty mdm-password")
        << QStringLiteral("mdm-password") << QByteArray("\n") << QStringLiteral("mdm-password");
}

void TestServiceCredentials::missingCredential()
{
    QFETCH(QString, present);
    QFETCH(QByteArray, presentValue);
    QFETCH(QString, named);
    if (present == named) {
        writeCredential(present, presentValue); // present but empty
        writeCredential(QStringLiteral("client-secret"), m_clientSecret.toUtf8());
    } else {
        writeCredential(present,
            present == QLatin1String("mdm-password") ? m_mdmPassword.toUtf8() : m_clientSecret.toUtf8());
    }
    const Run run = headless({ QStringLiteral("sync"), QStringLiteral("--settings"), m_settingsFile,
                                 QStringLiteral("--db"), m_dir.filePath(QStringLiteral("missing.sqlite")) },
        m_credentials);
    QVERIFY2(run.exitCode == kKeychainError, run.output.constData());
    QVERIFY2(run.output.contains(QByteArray("systemd credential " + named.toUtf8())), run.output.constData());
    QVERIFY2(run.output.contains(QDir::toNativeSeparators(m_credentials).toUtf8()), run.output.constData());
    checkNoSecretIn(run.output);
}

void TestServiceCredentials::wrongCredentialIsRefused()
{
    const QByteArray wrong = "wrong-" + QUuid::createUuid().toString(QUuid::Id128).toUtf8();
    writeCredential(QStringLiteral("mdm-password"), wrong);
    writeCredential(QStringLiteral("client-secret"), m_clientSecret.toUtf8());
    const Run run = headless({ QStringLiteral("sync"), QStringLiteral("--settings"), m_settingsFile,
                                 QStringLiteral("--db"), m_dir.filePath(QStringLiteral("wrong.sqlite")) },
        m_credentials);
    QVERIFY2(run.exitCode == kTenantError, run.output.constData());
    // Registered with the redaction as the keychain's secrets are: masked wherever it would show.
    QVERIFY2(!run.output.contains(wrong), run.output.constData());
    QVERIFY(!run.output.contains(QByteArray("reporter-api:" + wrong).toBase64()));
    checkNoSecretIn(run.output);
}

void TestServiceCredentials::badSettingsFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("named");
    QTest::newRow("no such file") << QByteArray() << QByteArray("could not be read");
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QByteArray("not a usable settings export");
    QTest::newRow("a secret in it") << QByteArray(
        "{\"format\": \"azure-status-console-settings\", \"version\": 1, "
        "\"mdm\": {\"password\": \"x\"}}")
                                    << QByteArray("password");
}

void TestServiceCredentials::badSettingsFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, named);
    const QString path = m_dir.filePath(
        QStringLiteral("bad-%1.json").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    writeCredential(QStringLiteral("mdm-password"), m_mdmPassword.toUtf8());
    writeCredential(QStringLiteral("client-secret"), m_clientSecret.toUtf8());
    const Run run = headless({ QStringLiteral("sync"), QStringLiteral("--settings"), path,
                                 QStringLiteral("--db"), m_dir.filePath(QStringLiteral("bad.sqlite")) },
        m_credentials);
    QVERIFY2(run.exitCode == kUsageError, run.output.constData());
    QVERIFY2(run.output.contains("--settings"), run.output.constData());
    QVERIFY2(run.output.contains(named), run.output.constData());
}

QTEST_GUILESS_MAIN(TestServiceCredentials)
#include "tst_servicecredentials.moc"
