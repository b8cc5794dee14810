#include "tests/emulatorprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

// SIGTERM, SIGINT and SIGHUP end the console (its window, offscreen, on the demo tenant) and
// the headless sync in order: a clean exit, the store readable with its outbox, and no process
// they started left running. SIGKILL of the console ends its demo emulator too (the parent
// death signal). The test is a child subreaper: a process the console leaves behind becomes
// the test's child, so "nothing survives" is "the test has no child left".

namespace {
QList<pid_t> childrenOf(pid_t pid)
{
    QList<pid_t> children;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(task + QStringLiteral("/children")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &word : file.readAll().split(' ')) {
            bool ok = false;
            const pid_t child = word.trimmed().toInt(&ok);
            if (ok)
                children.append(child);
        }
    }
    return children;
}

// Running: in /proc and not a zombie. A zombie the test adopted is reaped here.
bool isRunning(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype afterName = text.lastIndexOf(')');
    if (afterName < 0 || afterName + 2 >= text.size())
        return false;
    if (text.at(afterName + 2) == 'Z') {
        ::waitpid(pid, nullptr, WNOHANG);
        return false;
    }
    return true;
}

QString programOf(pid_t pid)
{
    return QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid))).fileName();
}

// The processes still running that the test did not start itself: what a console left.
QList<pid_t> survivors()
{
    QList<pid_t> running;
    for (pid_t child : childrenOf(::getpid())) {
        if (isRunning(child))
            running.append(child);
    }
    return running;
}

// No child left: what a stopped console may leave ends within a few seconds (a sanitizer
// build's emulator may still be writing its exit report through a helper program, which
// the test adopts when the emulator goes). Else the message names what is left.
QString survivorsAfterAWhile()
{
    QDeadlineTimer deadline(5000);
    QList<pid_t> left = survivors();
    while (!left.isEmpty() && !deadline.hasExpired()) {
        QThread::msleep(20);
        left = survivors();
    }
    QStringList names;
    for (pid_t pid : std::as_const(left))
        names.append(QStringLiteral("%1 (%2)").arg(programOf(pid)).arg(pid));
    if (!names.isEmpty())
        qWarning("still running: %s", qPrintable(names.join(QStringLiteral(", "))));
    return names.join(QStringLiteral(", "));
}

QString signalName(int signal)
{
    return QStringLiteral("SIG") + QString::fromLatin1(sigabbrev_np(signal));
}
} // namespace

class TestSignals final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void windowStops_data();
    void windowStops();
    void headlessSyncStops_data();
    void headlessSyncStops();
    void emulatorEndsWhenConsoleIsKilled_data();
    void emulatorEndsWhenConsoleIsKilled();
    void emulatorStops_data();
    void emulatorStops();

private:
    // Starts the console with a private home, data and config folder and the store in m_dir.
    void startConsole(QProcess &process, const QStringList &arguments);
    // The console's demo emulator once it runs, 0 after 60 s without one.
    pid_t waitForEmulator(const QProcess &console);
    // Messages in the outbox of the store, whatever their state (read by a headless status).
    int outboxSize();
    QString storePath() const { return m_dir->filePath(QStringLiteral("devices.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSignals::initTestCase()
{
    QVERIFY2(::prctl(PR_SET_CHILD_SUBREAPER, 1) == 0, "cannot become a child subreaper");
    QVERIFY(QFileInfo(QStringLiteral(ASC_CONSOLE_PATH)).isExecutable());
}

void TestSignals::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(survivorsAfterAWhile().isEmpty(), "a child of the console is still running (named in the warning)");
}

void TestSignals::cleanup()
{
    // Whatever a failed case left running goes, so the next case starts clean.
    for (pid_t pid : survivors()) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
    }
    m_dir.reset();
}

void TestSignals::startConsole(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir->filePath(QStringLiteral("home"));
    const QString runtime = m_dir->filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(runtime));
    QFile(runtime).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(ASC_CONSOLE_PATH), arguments);
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
}

pid_t TestSignals::waitForEmulator(const QProcess &console)
{
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && console.state() == QProcess::Running) {
        for (pid_t child : childrenOf(pid_t(console.processId()))) {
            if (programOf(child) == QLatin1String("azure-status-emulator"))
                return child;
        }
        QThread::msleep(5);
    }
    return 0;
}

void TestSignals::windowStops_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<bool>("whileReporting");
    for (int signal : { SIGTERM, SIGINT, SIGHUP }) {
        QTest::addRow("%s while starting", qPrintable(signalName(signal))) << signal << false;
        QTest::addRow("%s while reporting", qPrintable(signalName(signal))) << signal << true;
    }
}

void TestSignals::windowStops()
{
    QFETCH(int, signal);
    QFETCH(bool, whileReporting);
    QProcess console;
    startConsole(console,
        { QStringLiteral("--db"), storePath(), QStringLiteral("--demo-devices"), QStringLiteral("2000"),
            QStringLiteral("--demo-churn"), QStringLiteral("0") });
    const pid_t emulator = waitForEmulator(console);
    QVERIFY2(emulator != 0, console.readAllStandardError().constData());
    // Right after the emulator started the window is still being built; once the first sync's
    // reports are in the outbox, the window is up and the engine is sending.
    QDeadlineTimer deadline(60000);
    while (whileReporting && outboxSize() == 0) {
        QVERIFY2(!deadline.hasExpired() && console.state() == QProcess::Running,
            console.readAllStandardError().constData());
        QThread::msleep(100);
    }

    QCOMPARE(::kill(pid_t(console.processId()), signal), 0);
    QVERIFY(console.waitForFinished(30000));
    const QByteArray errors = console.readAllStandardError();
    QVERIFY2(console.exitStatus() == QProcess::NormalExit, errors.constData()); // not killed by the signal
    QCOMPARE(console.exitCode(), 0);
    QVERIFY2(!errors.contains("QThread: Destroyed while thread"), errors.constData());
    QVERIFY2(!isRunning(emulator), "the demo emulator outlived the console");
    QVERIFY2(survivorsAfterAWhile().isEmpty(), "a child of the console is still running (named in the warning)");
}

int TestSignals::outboxSize()
{
    QProcess status;
    startConsole(status,
        { QStringLiteral("--headless"), QStringLiteral("status"), QStringLiteral("--db"), storePath(),
            QStringLiteral("--json") });
    if (!status.waitForFinished(30000) || status.exitCode() != 0)
        return 0;
    const QJsonObject outbox = QJsonDocument::fromJson(status.readAllStandardOutput())
                                   .object()
                                   .value(QStringLiteral("outbox"))
                                   .toObject();
    int size = 0;
    for (const QJsonValue &count : outbox)
        size += count.toInt();
    return size;
}

void TestSignals::headlessSyncStops_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<bool>("whileSending");
    for (int signal : { SIGTERM, SIGINT, SIGHUP }) {
        QTest::addRow("%s while pulling", qPrintable(signalName(signal))) << signal << false;
        QTest::addRow("%s while sending", qPrintable(signalName(signal))) << signal << true;
    }
}

void TestSignals::headlessSyncStops()
{
    QFETCH(int, signal);
    QFETCH(bool, whileSending);
    QProcess console;
    startConsole(console,
        { QStringLiteral("--headless"), QStringLiteral("sync"), QStringLiteral("--demo"),
            QStringLiteral("--db"), storePath() });
    const pid_t emulator = waitForEmulator(console);
    QVERIFY2(emulator != 0, console.readAllStandardError().constData());
    if (whileSending) {
        // "Synced ... report(s) queued": the reports are in the outbox and going out; their
        // confirmation by the emulator takes seconds more.
        QByteArray output;
        while (!output.contains("queued")) {
            QVERIFY2(console.waitForReadyRead(60000), console.readAllStandardError().constData());
            output += console.readAllStandardOutput();
        }
    }

    // Right after the emulator started, the pull of its 10,000 devices has just begun.
    QCOMPARE(::kill(pid_t(console.processId()), signal), 0);
    QVERIFY(console.waitForFinished(30000));
    const QByteArray errors = console.readAllStandardError();
    QVERIFY2(console.exitStatus() == QProcess::NormalExit, errors.constData());
    QCOMPARE(console.exitCode(), 128 + signal);
    QVERIFY2(errors.contains(signalName(signal).toLatin1()), errors.constData());
    QVERIFY2(!isRunning(emulator), "the demo emulator outlived the headless sync");
    QVERIFY2(survivorsAfterAWhile().isEmpty(), "a child of the console is still running (named in the warning)");

    // The store was left in order: it opens, and its outbox can be read.
    QProcess status;
    startConsole(status,
        { QStringLiteral("--headless"), QStringLiteral("status"), QStringLiteral("--db"), storePath(),
            QStringLiteral("--json") });
    QVERIFY(status.waitForFinished(30000));
    QVERIFY2(status.exitCode() == 0, status.readAllStandardError().constData());
    const QJsonObject outbox = QJsonDocument::fromJson(status.readAllStandardOutput())
                                   .object()
                                   .value(QStringLiteral("outbox"))
                                   .toObject();
    QVERIFY(!outbox.isEmpty());
    if (!whileSending)
        return;
    // What was queued was committed: the next run sends the rest and every report is confirmed.
    const int queued
        = outbox.value(QStringLiteral("pending")).toInt() + outbox.value(QStringLiteral("sent")).toInt();
    QVERIFY2(queued > 0, "nothing was left to send: the signal came too late to test the outbox");
    QProcess send;
    startConsole(send,
        { QStringLiteral("--headless"), QStringLiteral("send"), QStringLiteral("--demo"),
            QStringLiteral("--db"), storePath() });
    QVERIFY(send.waitForFinished(120000));
    QVERIFY2(send.exitStatus() == QProcess::NormalExit && send.exitCode() == 0,
        send.readAllStandardError().constData());
    QVERIFY2(survivorsAfterAWhile().isEmpty(), "a child of the console is still running (named in the warning)");
}

void TestSignals::emulatorEndsWhenConsoleIsKilled_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("window") << QStringList { QStringLiteral("--demo-devices"), QStringLiteral("2000") };
    QTest::newRow("headless sync") << QStringList { QStringLiteral("--headless"), QStringLiteral("sync"),
        QStringLiteral("--demo") };
}

void TestSignals::emulatorEndsWhenConsoleIsKilled()
{
    QFETCH(QStringList, arguments);
    QProcess console;
    startConsole(console, arguments + QStringList { QStringLiteral("--db"), storePath() });
    const pid_t emulator = waitForEmulator(console);
    QVERIFY2(emulator != 0, console.readAllStandardError().constData());
    // Once the emulator serves and the console reports: killed any earlier, the emulator would
    // die anyway, of SIGPIPE when it prints its address to the dead console.
    QDeadlineTimer deadline(60000);
    while (outboxSize() == 0) {
        QVERIFY2(!deadline.hasExpired() && console.state() == QProcess::Running,
            console.readAllStandardError().constData());
        QThread::msleep(100);
    }

    QCOMPARE(::kill(pid_t(console.processId()), SIGKILL), 0);
    QVERIFY(console.waitForFinished(10000));
    QCOMPARE(console.exitStatus(), QProcess::CrashExit);
    // Nobody stopped it: the kernel's parent death signal must.
    QDeadlineTimer fewSeconds(5000);
    while (isRunning(emulator) && !fewSeconds.hasExpired())
        QThread::msleep(10);
    QVERIFY2(!isRunning(emulator), "the demo emulator outlived its killed console by 5 s");
    QVERIFY2(survivorsAfterAWhile().isEmpty(), "a child of the console is still running (named in the warning)");
}

void TestSignals::emulatorStops_data()
{
    windowStops_data();
}

// The emulator itself, started by hand, ends cleanly on each signal.
void TestSignals::emulatorStops()
{
    QFETCH(int, signal);
    EmulatorProcess emulator;
    QString error;
    QVERIFY2(
        emulator.start({ QStringLiteral("--devices"), QStringLiteral("10") }, &error), qPrintable(error));
    QCOMPARE(emulator.baseUrl().scheme(), QStringLiteral("http"));

    QCOMPARE(::kill(pid_t(emulator.processId()), signal), 0);
    QVERIFY(emulator.waitForFinished(10000));
    QCOMPARE(emulator.exitStatus(), QProcess::NormalExit);
    QCOMPARE(emulator.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSignals)
#include "tst_signals.moc"
