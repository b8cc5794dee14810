#include "app/security/secretstore.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

// SecretStore against a real secret service: tests/run-all.sh runs CTest inside a private
// D-Bus session with an unlocked gnome-keyring. noSecretServiceIsNamed runs this program
// again with DBUS_SESSION_BUS_ADDRESS pointing nowhere. secretToolSeesTheSameKeyring checks
// with libsecret's own command-line tool (secret-tool, package libsecret-tools) that the
// secrets really are in that keyring, both ways.
class TestSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void asynchronousRoundTrip();
    void keysAreScoped();
    void missingEntryIsNotFound();
    void secretToolSeesTheSameKeyring();
    void noSecretServiceIsNamed();

private:
    // Runs secret-tool with `arguments` and `input` on standard input; its standard output.
    static bool secretTool(const QStringList &arguments, const QByteArray &input, QByteArray *output);
    // QtKeychain's libsecret schema: org.qt.keychain with user = the key, server = the
    // service, type = plaintext for text.
    QStringList attributes(const QString &key) const;

    QString m_service;
};

void TestSecretStore::initTestCase()
{
    // A service of its own per run, so a left-over entry never makes a test pass.
    m_service = QStringLiteral("asc-tst-secretstore-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestSecretStore::roundTrip()
{
    SecretStore store(m_service);
    const QString key = SecretStore::key(SecretStore::Kind::ClientSecret, QStringLiteral("client@tenant"));
    const QString secret = QStringLiteral("s3cr3t-") + QUuid::createUuid().toString(QUuid::WithoutBraces)
        + QStringLiteral("-ünïcødé");

    SecretStore::Result written = store.writeNow(key, secret);
    QVERIFY2(written.ok(), qPrintable(written.error));
    SecretStore::Result read = store.readNow(key);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.secret, secret);

    // Overwrite, then remove; removing twice is fine.
    written = store.writeNow(key, secret + QStringLiteral("-2"));
    QVERIFY2(written.ok(), qPrintable(written.error));
    QCOMPARE(store.readNow(key).secret, secret + QStringLiteral("-2"));
    QVERIFY(store.removeNow(key).ok());
    QCOMPARE(store.readNow(key).status, SecretStore::Status::NotFound);
    QVERIFY(store.removeNow(key).ok());
}

void TestSecretStore::asynchronousRoundTrip()
{
    SecretStore store(m_service);
    const QString key = SecretStore::key(SecretStore::Kind::MdmPassword, QStringLiteral("admin@https://mdm"));
    bool written = false;
    QString error;
    store.write(key, QStringLiteral("pw-async"), this, [&](const SecretStore::Result &result) {
        written = result.ok();
        error = result.error;
    });
    QVERIFY(!written); // never from within the call
    QTRY_VERIFY2_WITH_TIMEOUT(written, qPrintable(error), 20000);
    QString secret;
    bool read = false;
    store.read(key, this, [&](const SecretStore::Result &result) {
        secret = result.secret;
        read = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, 20000);
    QCOMPARE(secret, QStringLiteral("pw-async"));
    QVERIFY(store.removeNow(key).ok());

    // A callback whose context is gone is not called.
    bool called = false;
    auto *context = new QObject;
    store.read(key, context, [&](const SecretStore::Result &) { called = true; });
    delete context;
    QTest::qWait(500);
    QVERIFY(!called);
}

void TestSecretStore::keysAreScoped()
{
    SecretStore store(m_service);
    const QString a = SecretStore::key(SecretStore::Kind::MdmPassword, QStringLiteral("admin@https://a"));
    const QString b = SecretStore::key(SecretStore::Kind::MdmPassword, QStringLiteral("admin@https://b"));
    const QString c = SecretStore::key(SecretStore::Kind::ClientSecret, QStringLiteral("admin@https://a"));
    QVERIFY(a != b && a != c);
    QVERIFY(store.writeNow(a, QStringLiteral("secret-a")).ok());
    QVERIFY(store.writeNow(b, QStringLiteral("secret-b")).ok());
    QCOMPARE(store.readNow(a).secret, QStringLiteral("secret-a"));
    QCOMPARE(store.readNow(b).secret, QStringLiteral("secret-b"));
    QCOMPARE(store.readNow(c).status, SecretStore::Status::NotFound);
    QVERIFY(store.removeNow(a).ok());
    QVERIFY(store.removeNow(b).ok());
}

void TestSecretStore::missingEntryIsNotFound()
{
    SecretStore store(m_service);
    const SecretStore::Result result = store.readNow(QStringLiteral("never-written"));
    QCOMPARE(result.status, SecretStore::Status::NotFound);
    QVERIFY(result.secret.isEmpty());
    QVERIFY2(result.error.contains(QStringLiteral("never-written")), qPrintable(result.error));
}

bool TestSecretStore::secretTool(const QStringList &arguments, const QByteArray &input, QByteArray *output)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), arguments);
    if (!tool.waitForStarted(10000))
        return false;
    tool.write(input);
    tool.closeWriteChannel();
    if (!tool.waitForFinished(30000))
        return false;
    *output = tool.readAllStandardOutput();
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
        const QByteArray error = tool.readAllStandardError();
        if (!error.isEmpty()) // a lookup that finds nothing fails without a word
            qWarning() << "secret-tool" << arguments << error;
        return false;
    }
    return true;
}

QStringList TestSecretStore::attributes(const QString &key) const
{
    return { QStringLiteral("user"), key, QStringLiteral("server"), m_service, QStringLiteral("type"),
        QStringLiteral("plaintext") };
}

void TestSecretStore::secretToolSeesTheSameKeyring()
{
    SecretStore store(m_service);
    const QString key = SecretStore::key(SecretStore::Kind::MdmPassword, QStringLiteral("api@https://mdm.example.com"));
    const QString secret = QStringLiteral("cross-") + QUuid::createUuid().toString(QUuid::WithoutBraces)
        + QStringLiteral("-ünïcødé");
    const auto cleanup = qScopeGuard([&] { store.removeNow(key); });

    // Written by the console, read by libsecret.
    const SecretStore::Result written = store.writeNow(key, secret);
    QVERIFY2(written.ok(), qPrintable(written.error));
    QByteArray found;
    QVERIFY(secretTool(QStringList { QStringLiteral("lookup") } + attributes(key), {}, &found));
    QCOMPARE(QString::fromUtf8(found), secret); // lookup prints the secret without a new line

    // Written by libsecret, read by the console.
    const QString other = secret + QStringLiteral("-from-secret-tool");
    QVERIFY(secretTool(QStringList { QStringLiteral("store"), QStringLiteral("--label=asc test") } + attributes(key),
        other.toUtf8(), &found));
    const SecretStore::Result read = store.readNow(key);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.secret, other);

    // Removed by the console: gone for libsecret too.
    QVERIFY(store.removeNow(key).ok());
    QVERIFY(!secretTool(QStringList { QStringLiteral("lookup") } + attributes(key), {}, &found) || found.isEmpty());
}

void TestSecretStore::noSecretServiceIsNamed()
{
    // With a session bus, run this same test in a child process whose bus points nowhere.
    const QString noBus = QStringLiteral("unix:path=/nonexistent/asc-no-session-bus");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (environment.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")) != noBus) {
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), noBus);
        QProcess child;
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("noSecretServiceIsNamed") });
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestSecretStore::noSecretServiceIsNamed()"), output.constData());
        return;
    }
    SecretStore store(m_service);
    const QString key = SecretStore::key(SecretStore::Kind::ClientSecret, QStringLiteral("x@y"));
    const SecretStore::Result written = store.writeNow(key, QStringLiteral("must-not-land-anywhere"), 20000);
    QCOMPARE(written.status, SecretStore::Status::NoSecretService);
    QVERIFY2(
        written.error.contains(QStringLiteral("No secret service is reachable")), qPrintable(written.error));
    QVERIFY2(written.error.contains(QStringLiteral("never in plain text")), qPrintable(written.error));
    const SecretStore::Result read = store.readNow(key, 20000);
    QCOMPARE(read.status, SecretStore::Status::NoSecretService);
    QVERIFY(read.secret.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
