#include "app/security/processhardening.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#ifndef ASC_CONSOLE_PATH
#error "ASC_CONSOLE_PATH must name the azure-status-console program"
#endif

// The process is made non-dumpable and core files are switched off at start-up, unless
// ASC_ALLOW_CORE_DUMPS=1. Checked with the kernel in-process (ProcessHardening::apply), and
// on the real console from outside: the kernel hands the files in /proc/<pid>/ of a
// non-dumpable process to root, so they are no longer owned by the user running it.
class TestProcessHardening final : public QObject
{
    Q_OBJECT

private slots:
    void applyMakesTheProcessNonDumpable();
    void allowedByEnvironmentChangesNothing();
    void consoleIsNotDumpable_data();
    void consoleIsNotDumpable();

private:
    // Runs one test function of this program in a child with ASC_ALLOW_CORE_DUMPS=1.
    bool runChild(const char *function, QByteArray *output);
    // Whether any user may run `program`: every folder above it may be entered by others.
    static bool runnableByOthers(const QString &program);
};

bool TestProcessHardening::runnableByOthers(const QString &program)
{
    QFileInfo info(program);
    if (!(info.permissions() & QFile::ExeOther) || !(info.permissions() & QFile::ReadOther))
        return false;
    for (QDir dir = info.absoluteDir(); !dir.isRoot(); dir.cdUp()) {
        if (!(QFileInfo(dir.absolutePath()).permissions() & QFile::ExeOther))
            return false;
    }
    return true;
}

bool TestProcessHardening::runChild(const char *function, QByteArray *output)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ASC_ALLOW_CORE_DUMPS"), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(function) });
    const bool finished = child.waitForFinished(60000);
    *output = child.readAll();
    return finished && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
}

void TestProcessHardening::applyMakesTheProcessNonDumpable()
{
    if (ProcessHardening::coreDumpsAllowedByEnvironment())
        QSKIP("ASC_ALLOW_CORE_DUMPS=1 is set for this run");
    // Start from core files allowed and a dumpable process, so that the checks can fail.
    rlimit before {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &before), 0);
    before.rlim_cur = before.rlim_max = RLIM_INFINITY;
    if (setrlimit(RLIMIT_CORE, &before) != 0) {
        QCOMPARE(getrlimit(RLIMIT_CORE, &before), 0); // not root: raise the soft limit only
        before.rlim_cur = before.rlim_max;
        QCOMPARE(setrlimit(RLIMIT_CORE, &before), 0);
    }
    QCOMPARE(prctl(PR_SET_DUMPABLE, 1, 0, 0, 0), 0);
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);

    const QString problem = ProcessHardening::apply();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    rlimit after {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &after), 0);
    QCOMPARE(after.rlim_cur, rlim_t(0));
    QCOMPARE(after.rlim_max, rlim_t(0));
}

void TestProcessHardening::allowedByEnvironmentChangesNothing()
{
    if (!ProcessHardening::coreDumpsAllowedByEnvironment()) {
        QByteArray output;
        QVERIFY2(runChild("allowedByEnvironmentChangesNothing", &output), output.constData());
        QVERIFY2(output.contains("PASS   : TestProcessHardening::allowedByEnvironmentChangesNothing()"),
            output.constData());
        return;
    }
    QCOMPARE(prctl(PR_SET_DUMPABLE, 1, 0, 0, 0), 0);
    rlimit before {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &before), 0);
    QVERIFY(ProcessHardening::apply().isEmpty());
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    rlimit after {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &after), 0);
    QCOMPARE(after.rlim_cur, before.rlim_cur);
    QCOMPARE(after.rlim_max, before.rlim_max);
}

void TestProcessHardening::consoleIsNotDumpable_data()
{
    QTest::addColumn<bool>("allowCoreDumps");
    QTest::addRow("default") << false;
    QTest::addRow("ASC_ALLOW_CORE_DUMPS=1") << true;
}

void TestProcessHardening::consoleIsNotDumpable()
{
    QFETCH(bool, allowCoreDumps);
    // A tenant that accepts the connection and never answers keeps the console running (in
    // its first request) long enough to be looked at.
    QTcpServer tenant;
    QVERIFY(tenant.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> connections;
    connect(&tenant, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = tenant.nextPendingConnection())
            connections.append(socket);
    });

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // As root, the console runs as nobody: root owns every /proc file anyway.
    const bool root = ::geteuid() == 0;
    const uint user = root ? 65534 : ::geteuid();
    if (root)
        QVERIFY(QFile::setPermissions(dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::WriteOther
                | QFile::ExeOther));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("ASC_ALLOW_CORE_DUMPS"));
    if (allowCoreDumps)
        environment.insert(QStringLiteral("ASC_ALLOW_CORE_DUMPS"), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(
        QStringLiteral("ASC_TENANT_ID"), QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
    environment.insert(
        QStringLiteral("ASC_CLIENT_ID"), QStringLiteral("5b0e7f3a-8c1d-4e2f-9a6b-3c4d5e6f7a8b"));
    environment.insert(QStringLiteral("ASC_CLIENT_SECRET"), QStringLiteral("not-a-real-secret"));
    environment.insert(QStringLiteral("ASC_MDM_USER"), QStringLiteral("admin"));
    environment.insert(QStringLiteral("ASC_MDM_PASSWORD"), QStringLiteral("not-a-real-password"));
    // The build may be in a folder only root may enter (CI's clone): nobody runs a copy then.
    QString program = QStringLiteral(ASC_CONSOLE_PATH);
    if (root && !runnableByOthers(program)) {
        const QString copy = dir.filePath(QStringLiteral("azure-status-console"));
        QVERIFY(QFile::copy(program, copy));
        QVERIFY(QFile::setPermissions(copy,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                | QFile::ReadGroup | QFile::ExeGroup));
        program = copy;
    }
    const QStringList console { program, QStringLiteral("--headless"), QStringLiteral("sync"),
        QStringLiteral("--db"), dir.filePath(QStringLiteral("devices.sqlite")),
        QStringLiteral("--tenant-url"), QStringLiteral("http://127.0.0.1:%1").arg(tenant.serverPort()),
        QStringLiteral("--request-timeout"), QStringLiteral("600") };
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (root) {
        process.start(QStringLiteral("setpriv"),
            QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups"), QStringLiteral("--") }
                + console);
    } else {
        process.start(console.first(), console.mid(1));
    }
    QVERIFY(process.waitForStarted(10000));
    const auto stop = qScopeGuard([&] {
        process.kill();
        process.waitForFinished(10000);
    });
    // Past start-up once its first request arrives.
    QTRY_VERIFY2_WITH_TIMEOUT(!connections.isEmpty() || process.state() == QProcess::NotRunning,
        "the console did not connect", 60000);
    QVERIFY2(process.state() == QProcess::Running, process.readAll().constData());

    const QString proc = QStringLiteral("/proc/%1").arg(process.processId());
    const QFileInfo status(proc + QStringLiteral("/status"));
    QVERIFY(status.exists());
    QCOMPARE(status.ownerId(), allowCoreDumps ? user : 0u);
    if (!root) {
        // Its memory is out of reach of its own user.
        QFile memory(proc + QStringLiteral("/environ"));
        QCOMPARE(memory.open(QIODevice::ReadOnly), allowCoreDumps);
    }
    // The core file limit, as the kernel reports it.
    QFile limits(proc + QStringLiteral("/limits"));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    const QByteArray text = limits.readAll();
    const qsizetype at = text.indexOf("Max core file size");
    QVERIFY(at >= 0);
    const QList<QByteArray> fields = text.mid(at, text.indexOf('\n', at) - at).simplified().split(' ');
    if (!allowCoreDumps) {
        QCOMPARE(fields.value(4), QByteArray("0")); // soft
        QCOMPARE(fields.value(5), QByteArray("0")); // hard
    }
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
