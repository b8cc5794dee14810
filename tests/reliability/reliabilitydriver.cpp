// Reliability drivers: the crash test and the fault soak. Both run the real
// console (`azure-status-console --headless`) against the real tenant emulator over
// loopback, then compare the console's outbox, read straight from its SQLite file, with
// what the emulator received (GET /admin/reports, /admin/stats).
//
//   asc_reliability crash --console EXE --emulator EXE [--devices 20000] [--kills 20] [--seed S]
//   asc_reliability soak  --console EXE --emulator EXE [--devices 10000] [--fault-rate 0.3] [--seed S]
//
// Prints what it did and every check; exits 0 when every check passed, 1 otherwise.
// The last line is "N passed, M failed" so CI reads it like a test runner's.

#include "tests/emulatorprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <map>

namespace {

// The emulator's defaults (TenantEmulator::Settings): the identity the console signs in with.
const char *const kTenantId = "6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c";
const char *const kClientId = "2b3c4d5e-6f70-4a81-92b3-c4d5e6f7a8b9";

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

class Checks
{
public:
    void check(bool ok, const QString &what)
    {
        say(QStringLiteral("%1 %2").arg(ok ? QStringLiteral("PASS") : QStringLiteral("FAIL"), what));
        ok ? ++m_passed : ++m_failed;
    }
    int finish() const
    {
        say(QStringLiteral("%1 passed, %2 failed").arg(m_passed).arg(m_failed));
        return m_failed == 0 && m_passed > 0 ? 0 : 1;
    }

private:
    int m_passed = 0;
    int m_failed = 0;
};

// GET of an admin endpoint of the emulator: its JSON object, or *error saying why not.
QJsonObject adminGet(EmulatorProcess &emulator, const QString &path, QString *error)
{
    const EmulatorProcess::Reply reply = emulator.send("GET", path);
    if (!reply.error.isEmpty() || reply.status != 200) {
        *error = QStringLiteral("GET %1: %2")
                     .arg(path, reply.error.isEmpty() ? QString::number(reply.status) : reply.error);
        return {};
    }
    return reply.json();
}

QProcessEnvironment consoleEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ASC_MDM_USER"), QStringLiteral("admin"));
    environment.insert(QStringLiteral("ASC_MDM_PASSWORD"), QStringLiteral("demo"));
    environment.insert(QStringLiteral("ASC_TENANT_ID"), QLatin1String(kTenantId));
    environment.insert(QStringLiteral("ASC_CLIENT_ID"), QLatin1String(kClientId));
    environment.insert(QStringLiteral("ASC_CLIENT_SECRET"), QStringLiteral("demo-secret"));
    // A private data and config folder: the drivers never touch the user's own.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

struct Run
{
    bool killed = false;
    bool crashed = false; // ended by a signal we did not send
    int exitCode = -1;
    qint64 ms = 0;
    QByteArray stderrText;
};

// Runs the console; killAfterMs >= 0 sends SIGKILL then (if it is still running).
Run runConsole(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
    qint64 killAfterMs, qint64 limitMs)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start();
    Run run;
    if (!process.waitForStarted(10000)) {
        run.crashed = true;
        run.stderrText = process.errorString().toUtf8();
        return run;
    }
    const qint64 waitMs = killAfterMs >= 0 ? killAfterMs : limitMs;
    if (!process.waitForFinished(int(waitMs))) {
        process.kill(); // SIGKILL on Unix: no handler, no flush, no cleanup
        process.waitForFinished(10000);
        run.killed = true;
    }
    run.ms = timer.elapsed();
    run.stderrText = process.readAllStandardError();
    if (!run.killed) {
        run.crashed = process.exitStatus() == QProcess::CrashExit;
        run.exitCode = process.exitCode();
    }
    return run;
}

QString guidKey(const QString &text)
{
    return QUuid::fromString(text).toString(QUuid::WithoutBraces);
}

// The outbox as the console committed it.
struct OutboxMessage
{
    QString trigger;
    QString state;
    QString lastError;
    QSet<QString> devices; // Azure device ids
};

struct Store
{
    std::map<QString, OutboxMessage> messages; // by message id
    QHash<QString, int> complianceStatus; // reportable devices by compliance_status
    int reportableDevices = 0; // with an Azure device id and a user Entra knows
    QString error;
};

Store readStore(const QString &path)
{
    Store store;
    const QString name = QStringLiteral("reliability-%1").arg(QUuid::createUuid().toString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            store.error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT message_id, trigger, state, COALESCE(last_error, '') FROM report_outbox"));
            while (query.next()) {
                OutboxMessage message;
                message.trigger = query.value(1).toString();
                message.state = query.value(2).toString();
                message.lastError = query.value(3).toString();
                store.messages[guidKey(query.value(0).toString())] = message;
            }
            query.exec(QStringLiteral("SELECT r.message_id, d.azure_device_id FROM report_devices r JOIN devices d ON "
                                      "d.id = r.device_id"));
            while (query.next())
                store.messages[guidKey(query.value(0).toString())].devices.insert(guidKey(query.value(1).toString()));
            // Only devices with an Azure id and a user Entra knows (entra_user_state 0) are
            // reported; the demo fleet gives the others statuses of their own for the views.
            const QString reportable = QStringLiteral(
                "azure_device_id IS NOT NULL AND azure_device_id <> '' AND entra_user_state = 0");
            query.exec(QStringLiteral("SELECT COALESCE(compliance_status, ''), COUNT(*) FROM devices WHERE ")
                + reportable + QStringLiteral(" GROUP BY 1"));
            while (query.next())
                store.complianceStatus.insert(query.value(0).toString(), query.value(1).toInt());
            query.exec(QStringLiteral("SELECT COUNT(*) FROM devices WHERE ") + reportable);
            if (query.next())
                store.reportableDevices = query.value(0).toInt();
            if (query.lastError().isValid())
                store.error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return store;
}

// Checks shared by both drivers: the outbox and what the emulator received agree message
// by message and device by device.
void compareOutboxWithEmulator(const Store &store, const QJsonObject &reports, Checks &checks, bool expectNoFailed)
{
    const QJsonObject received = reports.value(QStringLiteral("messages")).toObject();
    int missing = 0;
    int unknown = 0;
    int deviceMismatch = 0;
    int statusMismatch = 0;
    int unfinished = 0;
    int failedWithoutReason = 0;
    int failed = 0;
    int duplicates = 0;
    QHash<QString, QSet<QString>> triggersByDevice; // device -> "trigger" seen
    int sameTriggerTwice = 0;
    for (const auto &[id, message] : store.messages) {
        if (message.state != QLatin1String("completed") && message.state != QLatin1String("failed"))
            ++unfinished;
        if (message.state == QLatin1String("failed")) {
            ++failed;
            if (message.lastError.trimmed().isEmpty())
                ++failedWithoutReason;
        }
        for (const QString &device : message.devices) {
            QSet<QString> &triggers = triggersByDevice[device];
            if (triggers.contains(message.trigger))
                ++sameTriggerTwice;
            triggers.insert(message.trigger);
        }
        const QJsonObject arrived = received.value(id).toObject();
        if (arrived.isEmpty()) {
            // A message that failed before Azure ever accepted it (every upload refused) has
            // a reason and never arrived; anything else missing is lost.
            if (!(message.state == QLatin1String("failed") && !message.lastError.isEmpty()))
                ++missing;
            continue;
        }
        duplicates += arrived.value(QStringLiteral("received")).toInt() - 1;
        QSet<QString> devices;
        for (const QJsonValue &device : arrived.value(QStringLiteral("devices")).toArray())
            devices.insert(guidKey(device.toString()));
        if (devices != message.devices)
            ++deviceMismatch;
        const QString status = arrived.value(QStringLiteral("status")).toString();
        const bool agrees = (status == QLatin1String("Completed") && message.state == QLatin1String("completed"))
            || (status == QLatin1String("Failed") && message.state == QLatin1String("failed"));
        if (!agrees)
            ++statusMismatch;
    }
    for (auto it = received.constBegin(); it != received.constEnd(); ++it) {
        if (store.messages.find(it.key()) == store.messages.end())
            ++unknown;
    }
    say(QStringLiteral("outbox: %1 messages (%2 failed); emulator: %3 messages, %4 duplicate PUTs of a known id")
            .arg(store.messages.size())
            .arg(failed)
            .arg(received.size())
            .arg(duplicates));
    checks.check(!store.messages.empty(), QStringLiteral("the outbox holds reports"));
    checks.check(unfinished == 0, QStringLiteral("every outbox message ended (unfinished: %1)").arg(unfinished));
    checks.check(missing == 0, QStringLiteral("every outbox message reached the emulator (lost: %1)").arg(missing));
    checks.check(unknown == 0,
        QStringLiteral("every message the emulator received is in the outbox (unknown: %1)").arg(unknown));
    checks.check(deviceMismatch == 0,
        QStringLiteral("each message carried exactly its outbox devices (mismatches: %1)").arg(deviceMismatch));
    checks.check(statusMismatch == 0,
        QStringLiteral("outbox state equals Azure's status for every message (mismatches: %1)").arg(statusMismatch));
    checks.check(sameTriggerTwice == 0,
        QStringLiteral("no device reported twice for the same report under two message ids (found: %1)")
            .arg(sameTriggerTwice));
    checks.check(failedWithoutReason == 0,
        QStringLiteral("every failed message has its reason (without: %1)").arg(failedWithoutReason));
    if (expectNoFailed)
        checks.check(failed == 0, QStringLiteral("no message failed (failed: %1)").arg(failed));
}

struct Options
{
    QString console;
    QString emulator;
    int devices = 0;
    int kills = 0;
    double faultRate = 0.3;
    quint64 seed = 1;
    int batchSize = 500;
    QString workDir;
    bool keep = false;
};

int crashTest(const Options &options)
{
    Checks checks;
    QTemporaryDir temporary(options.workDir.isEmpty() ? QDir::tempPath() + QStringLiteral("/asc-crash-XXXXXX")
                                                      : options.workDir + QStringLiteral("/asc-crash-XXXXXX"));
    temporary.setAutoRemove(!options.keep);
    const QString db = temporary.filePath(QStringLiteral("devices.sqlite"));
    EmulatorProcess emulator(options.emulator);
    QString error;
    if (!emulator.start({ QStringLiteral("--devices"), QString::number(options.devices),
                            QStringLiteral("--processing-ms"), QStringLiteral("300") },
            &error)) {
        checks.check(false, error);
        return checks.finish();
    }
    say(QStringLiteral("crash test: %1 devices, %2 kills, seed %3, store %4")
            .arg(options.devices)
            .arg(options.kills)
            .arg(options.seed)
            .arg(db));
    const QProcessEnvironment environment = consoleEnvironment(temporary.path());
    const QStringList arguments { QStringLiteral("--headless"), QStringLiteral("sync"),
        QStringLiteral("--db"), db, QStringLiteral("--tenant-url"), emulator.baseUrl().toString(),
        QStringLiteral("--batch-size"), QString::number(options.batchSize), QStringLiteral("--timeout"),
        QStringLiteral("600") };

    // A clean run's length tells where the interesting moments are: the kills fall
    // anywhere from start-up to the end of that run (pull, queueing, upload, confirmation).
    QRandomGenerator random(quint32(options.seed));
    int kills = 0;
    int runs = 0;
    int crashes = 0;
    qint64 window = 0;
    QStringList killTimes;
    bool done = false;
    QElapsedTimer total;
    total.start();
    while (!done && total.elapsed() < 3600000) {
        ++runs;
        qint64 killAt = -1;
        if (kills < options.kills) {
            // The first window is a guess; after a kill it follows how long runs last.
            const qint64 span = window > 0 ? window : 4000;
            killAt = 30 + qint64(random.bounded(quint32(span)));
        }
        const Run run = runConsole(options.console, arguments, environment, killAt, 900000);
        if (run.killed) {
            ++kills;
            killTimes.append(QString::number(killAt));
            continue;
        }
        if (run.crashed) {
            ++crashes;
            say(QStringLiteral("console crashed: %1").arg(QString::fromUtf8(run.stderrText.right(2000))));
            break;
        }
        if (run.exitCode != 0) {
            say(QStringLiteral("console exited %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.stderrText.right(2000))));
            break;
        }
        if (kills < options.kills) {
            // It finished before the kill came: later kills fall within the length of a
            // run, where there is still work to interrupt.
            window = std::max<qint64>(200, run.ms * 3 / 4);
            continue;
        }
        done = true;
    }
    say(QStringLiteral("runs: %1, SIGKILLs: %2 (at ms %3), crashes: %4, %5 s")
            .arg(runs)
            .arg(kills)
            .arg(killTimes.join(QLatin1Char(',')))
            .arg(crashes)
            .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1));
    checks.check(kills >= options.kills, QStringLiteral("the console was killed %1 times (wanted %2)").arg(kills).arg(options.kills));
    checks.check(crashes == 0, QStringLiteral("the console never crashed on its own"));
    checks.check(done, QStringLiteral("a run after the last kill finished with exit code 0"));

    const Store store = readStore(db);
    checks.check(store.error.isEmpty(), QStringLiteral("the store reads after the kills %1").arg(store.error));
    const QJsonObject reports = adminGet(emulator, QStringLiteral("/admin/reports"), &error);
    const QJsonObject stats = adminGet(emulator, QStringLiteral("/admin/stats"), &error);
    checks.check(error.isEmpty(), QStringLiteral("the emulator answers its statistics %1").arg(error));
    say(QStringLiteral("emulator stats: %1").arg(QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Compact))));
    compareOutboxWithEmulator(store, reports, checks, true);
    const int successful = store.complianceStatus.value(QStringLiteral("Successful"));
    checks.check(store.reportableDevices > 0 && successful == store.reportableDevices,
        QStringLiteral("every reportable device (Azure id, user known to Entra) is Successful (%1 of %2)").arg(successful).arg(store.reportableDevices));
    checks.check(stats.value(QStringLiteral("devicesReported")).toInt() == store.reportableDevices,
        QStringLiteral("the emulator received every reportable device (%1 of %2)")
            .arg(stats.value(QStringLiteral("devicesReported")).toInt())
            .arg(store.reportableDevices));
    return checks.finish();
}

int faultSoak(const Options &options)
{
    Checks checks;
    QTemporaryDir temporary(options.workDir.isEmpty() ? QDir::tempPath() + QStringLiteral("/asc-soak-XXXXXX")
                                                      : options.workDir + QStringLiteral("/asc-soak-XXXXXX"));
    temporary.setAutoRemove(!options.keep);
    const QString db = temporary.filePath(QStringLiteral("devices.sqlite"));
    const QProcessEnvironment environment = consoleEnvironment(temporary.path());

    // The store holds the same generated fleet as the emulator (same seed), so the soak
    // reports without a pull: every request it makes is a report, a token, discovery,
    // provisioning, a heartbeat or a status poll.
    const Run generated = runConsole(options.console,
        { QStringLiteral("--headless"), QStringLiteral("generate-demo"), QStringLiteral("--devices"),
            QString::number(options.devices), QStringLiteral("--db"), db, QStringLiteral("--seed"),
            QStringLiteral("1") },
        environment, -1, 600000);
    if (generated.exitCode != 0) {
        checks.check(false, QStringLiteral("generate-demo: %1").arg(QString::fromUtf8(generated.stderrText)));
        return checks.finish();
    }

    // 30 % of requests faulted, split over the kinds; asynchronous failure is drawn per
    // upload message on top.
    const double rate = options.faultRate;
    const QList<QPair<QString, double>> shares { { QStringLiteral("--rate-429"), 0.20 },
        { QStringLiteral("--rate-500"), 0.15 }, { QStringLiteral("--rate-503"), 0.15 },
        { QStringLiteral("--rate-reset"), 0.15 }, { QStringLiteral("--rate-delay"), 0.10 },
        { QStringLiteral("--rate-timeout"), 0.10 }, { QStringLiteral("--rate-malformed"), 0.15 } };
    QStringList emulatorArguments { QStringLiteral("--devices"), QString::number(options.devices),
        QStringLiteral("--retry-after"), QStringLiteral("2"), QStringLiteral("--delay-ms"), QStringLiteral("1500"),
        QStringLiteral("--timeout-ms"), QStringLiteral("4000"), QStringLiteral("--rate-async-failed"),
        QStringLiteral("0.05"), QStringLiteral("--fault-seed"), QString::number(options.seed),
        QStringLiteral("--processing-ms"), QStringLiteral("200") };
    for (const auto &[name, share] : shares)
        emulatorArguments << name << QString::number(rate * share, 'f', 4);
    EmulatorProcess emulator(options.emulator);
    QString error;
    if (!emulator.start(emulatorArguments, &error)) {
        checks.check(false, error);
        return checks.finish();
    }
    say(QStringLiteral("fault soak: %1 devices, %2 % of requests faulted, seed %3")
            .arg(options.devices)
            .arg(rate * 100)
            .arg(options.seed));

    // As a timer job would: run the weekly report, then sync runs until the outbox is
    // empty. A run may end early on a tenant error (a faulted token or discovery); the
    // next one carries on with what the outbox holds.
    const QStringList common { QStringLiteral("--db"), db, QStringLiteral("--tenant-url"),
        emulator.baseUrl().toString(), QStringLiteral("--batch-size"), QString::number(options.batchSize),
        QStringLiteral("--timeout"), QStringLiteral("900"), QStringLiteral("--request-timeout"),
        QStringLiteral("2") };
    QElapsedTimer total;
    total.start();
    int runs = 0;
    int crashes = 0;
    QList<int> exitCodes;
    bool settled = false;
    QStringList command { QStringLiteral("--headless"), QStringLiteral("report-weekly") };
    while (!settled && runs < 40) {
        ++runs;
        const Run run = runConsole(options.console, command + common, environment, -1, 1800000);
        exitCodes.append(run.exitCode);
        if (run.crashed || run.killed) {
            ++crashes;
            say(QStringLiteral("console crashed or hung: %1").arg(QString::fromUtf8(run.stderrText.right(3000))));
            break;
        }
        const Store store = readStore(db);
        int open = 0;
        for (const auto &[id, message] : store.messages) {
            if (message.state == QLatin1String("pending") || message.state == QLatin1String("sent"))
                ++open;
        }
        settled = (run.exitCode == 0 || run.exitCode == 5) && open == 0;
        if (!settled) {
            say(QStringLiteral("run %1 exited %2 with %3 messages open: %4")
                    .arg(runs)
                    .arg(run.exitCode)
                    .arg(open)
                    .arg(QString::fromUtf8(run.stderrText.trimmed().right(400))));
            // Later runs only carry on with the outbox: no new weekly report.
            command = { QStringLiteral("--headless"), QStringLiteral("send") };
        }
    }
    QStringList codes;
    for (int code : std::as_const(exitCodes))
        codes.append(QString::number(code));
    say(QStringLiteral("runs: %1 (exit codes %2), %3 s").arg(runs).arg(codes.join(QLatin1Char(','))).arg(
        double(total.elapsed()) / 1000.0, 0, 'f', 1));
    checks.check(crashes == 0, QStringLiteral("the console never crashed or hung"));
    checks.check(settled, QStringLiteral("the outbox emptied (every report Successful or Failed)"));

    const Store store = readStore(db);
    const QJsonObject reports = adminGet(emulator, QStringLiteral("/admin/reports"), &error);
    const QJsonObject stats = adminGet(emulator, QStringLiteral("/admin/stats"), &error);
    checks.check(error.isEmpty(), QStringLiteral("the emulator answers its statistics %1").arg(error));
    say(QStringLiteral("emulator stats: %1").arg(QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Compact))));
    const QJsonObject faults = stats.value(QStringLiteral("faultsInjected")).toObject();
    qint64 injected = 0;
    for (auto it = faults.constBegin(); it != faults.constEnd(); ++it)
        injected += it.value().toInteger();
    const qint64 requests = stats.value(QStringLiteral("requestsTotal")).toInteger();
    say(QStringLiteral("faults injected: %1 of %2 requests").arg(injected).arg(requests));
    checks.check(injected > 0, QStringLiteral("faults were injected (%1)").arg(injected));
    for (const char *kind : { "429", "500", "503", "reset", "delay", "timeout", "malformed", "asyncFailed" }) {
        if (options.devices >= 2000)
            checks.check(faults.value(QLatin1String(kind)).toInteger() > 0,
                QStringLiteral("fault kind %1 was injected (%2)").arg(QLatin1String(kind)).arg(faults.value(QLatin1String(kind)).toInteger()));
    }
    checks.check(stats.value(QStringLiteral("earlyRequests")).toInteger() == 0,
        QStringLiteral("no request came before its Retry-After (early: %1)")
            .arg(stats.value(QStringLiteral("earlyRequests")).toInteger()));
    compareOutboxWithEmulator(store, reports, checks, false);

    // Every device ends Successful or Failed, and the counts match the outbox.
    QSet<QString> completedDevices;
    QSet<QString> failedDevices;
    int completed = 0;
    int failed = 0;
    for (const auto &[id, message] : store.messages) {
        if (message.state == QLatin1String("completed")) {
            ++completed;
            completedDevices.unite(message.devices);
        } else if (message.state == QLatin1String("failed")) {
            ++failed;
            failedDevices.unite(message.devices);
        }
    }
    const int successful = store.complianceStatus.value(QStringLiteral("Successful"));
    const int failedStatus = store.complianceStatus.value(QStringLiteral("Failed"));
    const int inProgress = store.complianceStatus.value(QStringLiteral("InProgress"));
    say(QStringLiteral("devices: %1 Successful, %2 Failed, %3 InProgress; messages: %4 completed, %5 failed")
            .arg(successful)
            .arg(failedStatus)
            .arg(inProgress)
            .arg(completed)
            .arg(failed));
    checks.check(inProgress == 0, QStringLiteral("no device is left In progress (%1)").arg(inProgress));
    checks.check(successful + failedStatus == store.reportableDevices,
        QStringLiteral("every reported device is Successful or Failed (%1 + %2 of %3)")
            .arg(successful)
            .arg(failedStatus)
            .arg(store.reportableDevices));
    checks.check(successful == completedDevices.size() && failedStatus == failedDevices.size(),
        QStringLiteral("device statuses match the outbox (%1/%2 Successful, %3/%4 Failed)")
            .arg(successful)
            .arg(completedDevices.size())
            .arg(failedStatus)
            .arg(failedDevices.size()));
    checks.check(stats.value(QStringLiteral("messagesCompleted")).toInt() == completed,
        QStringLiteral("the emulator completed as many messages as the outbox confirmed (%1 and %2)")
            .arg(stats.value(QStringLiteral("messagesCompleted")).toInt())
            .arg(completed));
    return checks.finish();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Crash test and fault soak of the reporting path."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("crash or soak"));
    parser.addOption({ QStringLiteral("console"), QStringLiteral("azure-status-console"), QStringLiteral("path") });
    parser.addOption({ QStringLiteral("emulator"), QStringLiteral("azure-status-emulator"), QStringLiteral("path") });
    parser.addOption({ QStringLiteral("devices"), QStringLiteral("fleet size"), QStringLiteral("n") });
    parser.addOption({ QStringLiteral("kills"), QStringLiteral("SIGKILLs (crash)"), QStringLiteral("n"), QStringLiteral("20") });
    parser.addOption({ QStringLiteral("fault-rate"), QStringLiteral("faulted share of requests (soak)"), QStringLiteral("p"),
        QStringLiteral("0.3") });
    parser.addOption({ QStringLiteral("batch-size"), QStringLiteral("devices per message"), QStringLiteral("n") });
    parser.addOption({ QStringLiteral("seed"), QStringLiteral("seed of kill times and faults"), QStringLiteral("s"),
        QStringLiteral("1") });
    parser.addOption({ QStringLiteral("work-dir"), QStringLiteral("where the stores go"), QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("keep"), QStringLiteral("keep the store afterwards") });
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    const QString mode = positional.value(0);
    Options options;
    options.console = parser.value(QStringLiteral("console"));
    options.emulator = parser.value(QStringLiteral("emulator"));
    options.kills = parser.value(QStringLiteral("kills")).toInt();
    options.faultRate = parser.value(QStringLiteral("fault-rate")).toDouble();
    options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    options.workDir = parser.value(QStringLiteral("work-dir"));
    options.keep = parser.isSet(QStringLiteral("keep"));
    if (options.console.isEmpty() || options.emulator.isEmpty() || (mode != QLatin1String("crash") && mode != QLatin1String("soak"))) {
        std::fprintf(stderr, "usage: asc_reliability crash|soak --console EXE --emulator EXE [options]\n");
        return 2;
    }
    const bool crash = mode == QLatin1String("crash");
    options.devices = parser.value(QStringLiteral("devices")).toInt();
    if (options.devices <= 0)
        options.devices = crash ? 20000 : 10000;
    options.batchSize = parser.value(QStringLiteral("batch-size")).toInt();
    if (options.batchSize <= 0)
        options.batchSize = crash ? 500 : 100;
    return crash ? crashTest(options) : faultSoak(options);
}
