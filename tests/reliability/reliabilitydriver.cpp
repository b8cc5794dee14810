// Reliability drivers: the crash test and the fault soak. Both run the real
// console (`azure-status-console --headless`) against the real tenant emulator over
// loopback, then compare the console's outbox, read straight from its SQLite file, with
// what the emulator received (GET /admin/reports, /admin/stats).
//
//   asc_reliability crash --console EXE --emulator EXE [--devices 20000] [--kills 20] [--seed S]
//                         [--churn N] [--min-kills-per-phase N]
//   asc_reliability soak  --console EXE --emulator EXE [--devices 10000] [--fault-rate 0.3] [--seed S]
//
// Prints what it did and every check; exits 0 when every check passed, 1 otherwise.
// The last line is "N passed, M failed" so CI reads it like a test runner's.

#include "tests/emulatorprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <tuple>

#include <signal.h>
#include <sys/types.h>

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

// The emulator through the tests' one helper, with the admin calls the drivers make: a 200
// with a JSON object, or *error says what came instead.
class Emulator
{
public:
    explicit Emulator(const QString &program)
        : m_process(program)
    {
    }
    bool start(const QStringList &arguments, QString *error) { return m_process.start(arguments, error); }
    QUrl base() const { return m_process.baseUrl(); }

    QJsonObject get(const QString &pathAndQuery, QString *error) { return send("GET", pathAndQuery, {}, error); }
    QJsonObject post(const QString &path, const QJsonObject &body, QString *error)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), error);
    }

private:
    QJsonObject send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, QString *error)
    {
        const EmulatorProcess::Reply reply = m_process.send(method, pathAndQuery, body,
            { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } });
        const QJsonDocument document = QJsonDocument::fromJson(reply.body);
        if (!reply.error.isEmpty() || reply.status != 200 || !document.isObject()) {
            *error = QStringLiteral("%1 %2: %3 %4 %5")
                         .arg(QString::fromLatin1(method), pathAndQuery, QString::number(reply.status), reply.error,
                             QString::fromUtf8(reply.body.left(300)));
            return {};
        }
        return document.object();
    }

    EmulatorProcess m_process;
};

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
    // English output: the crash test reads the line a finished sync prints.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
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
    qint64 createdMs = 0;
    QSet<QString> devices; // Azure device ids
    // What the message says of each device (by Azure device id): its entities without the
    // time they were made, so two reports of the same change compare equal.
    QHash<QString, QString> reportOf;
};

struct Store
{
    std::map<QString, OutboxMessage> messages; // by message id
    QHash<QString, int> complianceStatus; // reportable devices by compliance_status
    int reportableDevices = 0; // with an Azure device id and a user Entra knows
    QSet<QString> reportableIds; // their Azure device ids
    QString error;
};

// Each device's entities in a DataUploadMessages body, LastUpdateTime left out.
QHash<QString, QString> reportsIn(const QByteArray &body)
{
    QHash<QString, QString> reports;
    const QJsonObject upload = QJsonDocument::fromJson(body).object();
    const QJsonArray entities
        = QJsonDocument::fromJson(upload.value(QStringLiteral("Content")).toString().toUtf8()).array();
    for (const QJsonValue &value : entities) {
        QJsonObject entity = value.toObject();
        entity.remove(QStringLiteral("LastUpdateTime"));
        QString &text = reports[guidKey(entity.value(QStringLiteral("DeviceId")).toString())];
        text += QString::fromUtf8(QJsonDocument(entity).toJson(QJsonDocument::Compact));
    }
    return reports;
}

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
            query.exec(QStringLiteral(
                "SELECT message_id, trigger, state, COALESCE(last_error, ''), created_ms, payload FROM report_outbox"));
            while (query.next()) {
                OutboxMessage message;
                message.trigger = query.value(1).toString();
                message.state = query.value(2).toString();
                message.lastError = query.value(3).toString();
                message.createdMs = query.value(4).toLongLong();
                message.reportOf = reportsIn(query.value(5).toString().toUtf8());
                store.messages[guidKey(query.value(0).toString())] = message;
            }
            query.exec(QStringLiteral("SELECT r.message_id, d.azure_device_id FROM report_devices r JOIN devices d ON "
                                      "d.id = r.device_id"));
            while (query.next())
                store.messages[guidKey(query.value(0).toString())].devices.insert(guidKey(query.value(1).toString()));
            // Only devices whose client status is Success, with an Azure id and a user Entra
            // knows (entra_user_state 0) are reported; the demo fleet gives the others
            // statuses of their own for the views, and churn moves devices in and out.
            const QString reportable = QStringLiteral("client_status = 'Success' AND azure_device_id IS NOT NULL"
                                                      " AND azure_device_id <> '' AND entra_user_state = 0");
            query.exec(QStringLiteral("SELECT COALESCE(compliance_status, ''), COUNT(*) FROM devices WHERE ")
                + reportable + QStringLiteral(" GROUP BY 1"));
            while (query.next())
                store.complianceStatus.insert(query.value(0).toString(), query.value(1).toInt());
            query.exec(QStringLiteral("SELECT azure_device_id FROM devices WHERE ") + reportable);
            while (query.next())
                store.reportableIds.insert(guidKey(query.value(0).toString()));
            store.reportableDevices = int(store.reportableIds.size());
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
    // Per device, its reports in the order they were queued: (created, trigger, content).
    QHash<QString, QList<std::tuple<qint64, QString, QString>>> reportsByDevice;
    for (const auto &[id, message] : store.messages) {
        if (message.state != QLatin1String("completed") && message.state != QLatin1String("failed"))
            ++unfinished;
        if (message.state == QLatin1String("failed")) {
            ++failed;
            if (message.lastError.trimmed().isEmpty())
                ++failedWithoutReason;
        }
        for (const QString &device : message.devices)
            reportsByDevice[device].append({ message.createdMs, message.trigger, message.reportOf.value(device) });
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
    // The same report queued again under a new id: a device's next report repeats the one
    // before it, same trigger and same content. A device that changes again is reported
    // again, with other content.
    int sameReportTwice = 0;
    for (auto it = reportsByDevice.begin(); it != reportsByDevice.end(); ++it) {
        std::sort(it->begin(), it->end());
        for (qsizetype i = 1; i < it->size(); ++i) {
            if (std::get<1>(it->at(i)) == std::get<1>(it->at(i - 1)) && std::get<2>(it->at(i)) == std::get<2>(it->at(i - 1)))
                ++sameReportTwice;
        }
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
    checks.check(sameReportTwice == 0,
        QStringLiteral("no report of a device queued twice under two message ids (found: %1)").arg(sameReportTwice));
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
    int churn = -1; // device-side changes before each crash-test run after the first; -1: devices / 10
    int minKillsPerPhase = 1; // kills each phase that carries reports must get
};

// Where a kill can land, as an outside observer of the console's store, its output and
// the emulator tells it. A kill may hit several at once (a page pulled while another
// page's reports are sent).
enum class Phase : int { Pulling, Planning, Queued, Sent, Confirming, Idle, Count };

QString phaseName(Phase phase)
{
    static const char *const names[] = { "pulling", "planning", "queued", "sent", "confirming", "idle" };
    return QLatin1String(names[int(phase)]);
}

// The phases in which a report exists that a kill could lose or duplicate.
bool carriesReports(Phase phase)
{
    return phase == Phase::Queued || phase == Phase::Sent || phase == Phase::Confirming;
}

struct Observation
{
    bool ok = false;
    QString error;
    quint32 phases = 0; // bit per Phase
    int queued = 0; // open outbox messages Azure has not received
    int sent = 0; // ... that Azure received and is still processing
    int confirming = 0; // ... that Azure has finished, not yet recorded as such
    qint64 listed = 0; // devices the emulator served to this run
    bool synced = false;

    bool has(Phase phase) const { return phases & (1u << int(phase)); }
    QString names() const
    {
        QStringList list;
        for (int p = 0; p < int(Phase::Count); ++p) {
            if (phases & (1u << p))
                list.append(phaseName(Phase(p)));
        }
        return list.isEmpty() ? QStringLiteral("-") : list.join(QLatin1Char('+'));
    }
};

// Looks at a running console from outside: its store (read-only, committed state only),
// what it printed, and what the emulator holds. Only reads.
class Observer
{
public:
    Observer(const QString &db, Emulator &emulator, qint64 fleet)
        : m_path(db)
        , m_emulator(emulator)
        , m_fleet(fleet)
        , m_name(QStringLiteral("observer-%1").arg(QUuid::createUuid().toString()))
    {
    }
    ~Observer()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    qint64 devicesListed(QString *error)
    {
        return m_emulator.get(QStringLiteral("/admin/stats"), error).value(QStringLiteral("devicesListed")).toInteger(-1);
    }

    Observation observe(const QByteArray &consoleOutput, qint64 listedAtStart)
    {
        Observation seen;
        seen.synced = consoleOutput.contains("Synced ");
        QStringList open;
        if (QFileInfo::exists(m_path)) {
            if (!QSqlDatabase::contains(m_name)) {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
                db.setDatabaseName(m_path);
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            }
            QSqlDatabase db = QSqlDatabase::database(m_name);
            QSqlQuery query(db);
            // Before the console's first migration there is no outbox yet: nothing open.
            if (db.isOpen() && db.tables().contains(QStringLiteral("report_outbox"))) {
                if (!query.exec(QStringLiteral("SELECT message_id FROM report_outbox WHERE state IN ('pending', 'sent')"))) {
                    seen.error = query.lastError().text();
                    return seen;
                }
                while (query.next())
                    open.append(guidKey(query.value(0).toString()));
            }
        }
        QJsonObject atAzure;
        if (!open.isEmpty()) {
            atAzure = m_emulator.get(QStringLiteral("/admin/reports?ids=") + open.join(QLatin1Char(',')), &seen.error)
                          .value(QStringLiteral("messages"))
                          .toObject();
        }
        const qint64 listed = devicesListed(&seen.error);
        if (!seen.error.isEmpty())
            return seen;
        seen.listed = listed - listedAtStart;
        for (const QString &id : std::as_const(open)) {
            const QString status = atAzure.value(id).toObject().value(QStringLiteral("status")).toString();
            if (status.isEmpty())
                ++seen.queued;
            else if (status == QLatin1String("InProgress"))
                ++seen.sent;
            else
                ++seen.confirming;
        }
        const auto mark = [&seen](Phase phase) { seen.phases |= 1u << int(phase); };
        if (!seen.synced)
            mark(seen.listed < m_fleet ? Phase::Pulling : Phase::Planning);
        if (seen.queued > 0)
            mark(Phase::Queued);
        if (seen.sent > 0)
            mark(Phase::Sent);
        if (seen.confirming > 0)
            mark(Phase::Confirming);
        if (seen.synced && open.isEmpty())
            mark(Phase::Idle);
        seen.ok = true;
        return seen;
    }

private:
    QString m_path;
    Emulator &m_emulator;
    qint64 m_fleet;
    QString m_name;
};

// What to do with one run of the console: let it finish, kill it at a moment, or kill it
// once the observer sees it in a phase.
struct KillPlan
{
    enum Kind { None, AtTime, InPhase } kind = None;
    qint64 atMs = 0;
    Phase phase = Phase::Pulling;
    QString describe() const
    {
        return kind == AtTime ? QStringLiteral("random, at %1 ms").arg(atMs)
            : kind == InPhase ? QStringLiteral("aimed at %1").arg(phaseName(phase))
                              : QStringLiteral("none");
    }
};

struct CrashRun
{
    bool killed = false;
    bool crashed = false;
    int exitCode = -1;
    qint64 ms = 0;
    QByteArray stdoutText;
    QByteArray stderrText;
    Observation atKill; // with the console stopped (SIGSTOP) right before its SIGKILL
};

bool stopped(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && text.size() > close + 2 && text.at(close + 2) == 'T';
}

// Runs the console under the plan. A kill freezes the process first (SIGSTOP), lets what
// it already sent arrive, records what the observer sees, then sends SIGKILL: the phase
// recorded is the state the kill left, not a guess from the time.
CrashRun runUnderPlan(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
    const KillPlan &plan, Observer &observer, qint64 listedAtStart, QRandomGenerator &random)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    CrashRun run;
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(10000)) {
        run.crashed = true;
        run.stderrText = process.errorString().toUtf8();
        return run;
    }
    const pid_t pid = pid_t(process.processId());
    const auto drain = [&process, &run] {
        run.stdoutText += process.readAllStandardOutput();
        run.stderrText += process.readAllStandardError();
    };
    const auto freezeAndLook = [&]() -> std::optional<Observation> {
        if (::kill(pid, SIGSTOP) != 0)
            return std::nullopt;
        QDeadlineTimer deadline(5000);
        while (!stopped(pid) && !deadline.hasExpired())
            QThread::usleep(500);
        // What the console wrote before it stopped, and requests it had sent, arrive.
        while (process.waitForReadyRead(20)) {
        }
        drain();
        return observer.observe(run.stdoutText, listedAtStart);
    };
    qint64 armedAt = -1;
    while (process.state() != QProcess::NotRunning) {
        const qint64 now = timer.elapsed();
        if (plan.kind == KillPlan::AtTime && now >= plan.atMs) {
            const std::optional<Observation> seen = freezeAndLook();
            if (seen) {
                run.atKill = *seen;
                ::kill(pid, SIGKILL);
                run.killed = true;
            }
            break;
        }
        const int step = plan.kind == KillPlan::AtTime ? int(std::clamp<qint64>(plan.atMs - now, 1, 50))
            : plan.kind == KillPlan::InPhase         ? 10
                                                     : 100;
        process.waitForFinished(step);
        drain();
        if (process.state() == QProcess::NotRunning || plan.kind != KillPlan::InPhase)
            continue;
        // Aimed: a cheap look while it runs; once the phase shows, a moment later (so the
        // kill is not always at the phase's first instant) a look with the console stopped.
        const Observation glance = observer.observe(run.stdoutText, listedAtStart);
        if (!glance.ok || !glance.has(plan.phase)) {
            armedAt = -1;
            continue;
        }
        if (armedAt < 0) {
            armedAt = timer.elapsed() + qint64(random.bounded(30));
            continue;
        }
        if (timer.elapsed() < armedAt)
            continue;
        const std::optional<Observation> seen = freezeAndLook();
        if (seen && seen->ok && seen->has(plan.phase)) {
            run.atKill = *seen;
            ::kill(pid, SIGKILL);
            run.killed = true;
            break;
        }
        ::kill(pid, SIGCONT); // gone by the time it stopped: look again
        armedAt = -1;
    }
    process.waitForFinished(10000);
    drain();
    run.ms = timer.elapsed();
    if (!run.killed) {
        run.crashed = process.exitStatus() == QProcess::CrashExit;
        run.exitCode = process.exitCode();
    }
    return run;
}

int crashTest(const Options &options)
{
    Checks checks;
    QTemporaryDir temporary(options.workDir.isEmpty() ? QDir::tempPath() + QStringLiteral("/asc-crash-XXXXXX")
                                                      : options.workDir + QStringLiteral("/asc-crash-XXXXXX"));
    temporary.setAutoRemove(!options.keep);
    const QString db = temporary.filePath(QStringLiteral("devices.sqlite"));
    Emulator emulator(options.emulator);
    QString error;
    // Azure takes longer to process a message than the console waits before its first
    // status poll (300 ms), so a message is first seen InProgress and then, until the
    // next poll, finished at Azure but not yet recorded: both are moments to kill in.
    if (!emulator.start(
            { QStringLiteral("--devices"), QString::number(options.devices), QStringLiteral("--processing-ms"),
                QStringLiteral("450") },
            &error)) {
        checks.check(false, error);
        return checks.finish();
    }
    const int churn = options.churn >= 0 ? options.churn : std::max(20, options.devices / 10);
    say(QStringLiteral("crash test: %1 devices, %2 kills, %3 device-side changes before each run after the first, "
                       "seed %4, store %5")
            .arg(options.devices)
            .arg(options.kills)
            .arg(churn)
            .arg(options.seed)
            .arg(db));
    const QProcessEnvironment environment = consoleEnvironment(temporary.path());
    const QStringList arguments { QStringLiteral("--headless"), QStringLiteral("sync"), QStringLiteral("--db"), db,
        QStringLiteral("--tenant-url"), emulator.base().toString(), QStringLiteral("--batch-size"),
        QString::number(options.batchSize), QStringLiteral("--timeout"), QStringLiteral("600") };

    // Kills alternate between a random moment of a run and a phase that carries reports,
    // so that once the first run has delivered the fleet, later kills still land while
    // reports are queued, sent and being confirmed; the devices change between runs, so
    // every run has reports to make.
    const QList<std::optional<Phase>> aims { std::nullopt, Phase::Queued, Phase::Sent, Phase::Confirming };
    constexpr int kRunsPerAim = 6; // an aim not seen in this many runs falls back to a random kill
    QRandomGenerator random(quint32(options.seed));
    Observer observer(db, emulator, options.devices);
    int kills = 0;
    int runs = 0;
    int crashes = 0;
    int failedRuns = 0;
    int aimsMissed = 0;
    int completedRuns = 0;
    int killsAfterFirstCompletion = 0;
    int reportKillsAfterFirstCompletion = 0;
    qint64 window = 4000; // a guess of a run's length until one completes
    QList<int> perPhase(int(Phase::Count), 0);
    bool done = false;
    QElapsedTimer total;
    total.start();
    int aimRuns = 0;
    while (!done && total.elapsed() < 3600000) {
        if (runs > 0) {
            QString churnError;
            emulator.post(QStringLiteral("/admin/churn"), QJsonObject { { QStringLiteral("changes"), churn } }, &churnError);
            if (!churnError.isEmpty()) {
                checks.check(false, churnError);
                break;
            }
        }
        ++runs;
        KillPlan plan;
        if (kills < options.kills) {
            const std::optional<Phase> aim = aims.at(kills % aims.size());
            if (aim && aimRuns < kRunsPerAim) {
                plan.kind = KillPlan::InPhase;
                plan.phase = *aim;
            } else {
                plan.kind = KillPlan::AtTime;
                plan.atMs = 30 + qint64(random.bounded(quint32(window)));
            }
        }
        QString listError;
        const qint64 listedAtStart = observer.devicesListed(&listError);
        if (!listError.isEmpty()) {
            checks.check(false, listError);
            break;
        }
        const CrashRun run = runUnderPlan(options.console, arguments, environment, plan, observer, listedAtStart, random);
        if (run.killed) {
            ++kills;
            aimRuns = 0;
            const Observation &seen = run.atKill;
            say(QStringLiteral("kill %1 (%2) in run %3 at %4 ms: %5 [open messages: %6 queued, %7 at Azure in "
                               "progress, %8 finished at Azure; pull: %9 of %10 devices%11]%12")
                    .arg(kills)
                    .arg(plan.describe())
                    .arg(runs)
                    .arg(run.ms)
                    .arg(seen.names())
                    .arg(seen.queued)
                    .arg(seen.sent)
                    .arg(seen.confirming)
                    .arg(seen.listed)
                    .arg(options.devices)
                    .arg(seen.synced ? QStringLiteral(", synced") : QString())
                    .arg(seen.ok ? QString() : QStringLiteral(" (could not look: %1)").arg(seen.error)));
            bool reports = false;
            for (int p = 0; p < int(Phase::Count); ++p) {
                if (seen.has(Phase(p))) {
                    ++perPhase[p];
                    reports = reports || carriesReports(Phase(p));
                }
            }
            if (completedRuns > 0) {
                ++killsAfterFirstCompletion;
                reportKillsAfterFirstCompletion += reports ? 1 : 0;
            }
            continue;
        }
        if (run.crashed) {
            ++crashes;
            say(QStringLiteral("console crashed: %1").arg(QString::fromUtf8(run.stderrText.right(2000))));
            break;
        }
        if (run.exitCode != 0) {
            ++failedRuns;
            say(QStringLiteral("console exited %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.stderrText.right(2000))));
            break;
        }
        ++completedRuns;
        // Later random kills fall within the length of a run, where there is work to interrupt.
        window = std::max<qint64>(200, run.ms);
        if (plan.kind == KillPlan::InPhase && ++aimRuns == kRunsPerAim) {
            ++aimsMissed;
            say(QStringLiteral("no run of %1 showed the phase %2: that kill falls back to a random moment")
                    .arg(kRunsPerAim)
                    .arg(phaseName(plan.phase)));
        }
        done = kills >= options.kills;
    }
    say(QStringLiteral("runs: %1 (%2 completed), SIGKILLs: %3, crashes: %4, %5 s")
            .arg(runs)
            .arg(completedRuns)
            .arg(kills)
            .arg(crashes)
            .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1));
    say(QStringLiteral("phase       kills  (a kill counts in every phase it hit)"));
    for (int p = 0; p < int(Phase::Count); ++p)
        say(QStringLiteral("%1 %2").arg(phaseName(Phase(p)), -11).arg(perPhase[p], 5));
    say(QStringLiteral("kills after the first completed run: %1, of them while reports were queued, sent or being "
                       "confirmed: %2")
            .arg(killsAfterFirstCompletion)
            .arg(reportKillsAfterFirstCompletion));
    checks.check(kills >= options.kills, QStringLiteral("the console was killed %1 times (wanted %2)").arg(kills).arg(options.kills));
    checks.check(crashes == 0 && failedRuns == 0, QStringLiteral("the console never crashed or failed on its own"));
    checks.check(done, QStringLiteral("a run after the last kill finished with exit code 0"));
    for (Phase phase : { Phase::Queued, Phase::Sent, Phase::Confirming }) {
        checks.check(perPhase[int(phase)] >= options.minKillsPerPhase,
            QStringLiteral("kills while reports were %1: %2 (wanted at least %3)")
                .arg(phaseName(phase))
                .arg(perPhase[int(phase)])
                .arg(options.minKillsPerPhase));
    }
    checks.check(completedRuns == 0 || killsAfterFirstCompletion == 0 || reportKillsAfterFirstCompletion > 0,
        QStringLiteral("kills after the first completed run still hit reports (%1 of %2)")
            .arg(reportKillsAfterFirstCompletion)
            .arg(killsAfterFirstCompletion));

    const Store store = readStore(db);
    checks.check(store.error.isEmpty(), QStringLiteral("the store reads after the kills %1").arg(store.error));
    error.clear();
    const QJsonObject reports = emulator.get(QStringLiteral("/admin/reports"), &error);
    const QJsonObject stats = emulator.get(QStringLiteral("/admin/stats"), &error);
    checks.check(error.isEmpty(), QStringLiteral("the emulator answers its statistics %1").arg(error));
    say(QStringLiteral("emulator stats: %1").arg(QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Compact))));
    compareOutboxWithEmulator(store, reports, checks, true);
    const int successful = store.complianceStatus.value(QStringLiteral("Successful"));
    checks.check(store.reportableDevices > 0 && successful == store.reportableDevices,
        QStringLiteral("every reportable device (Azure id, user known to Entra) is Successful (%1 of %2)").arg(successful).arg(store.reportableDevices));
    // Devices change between runs: some reported earlier can no longer be, so the emulator
    // may know more devices than are reportable now, never fewer.
    QSet<QString> receivedDevices;
    const QJsonObject messages = reports.value(QStringLiteral("messages")).toObject();
    for (auto it = messages.constBegin(); it != messages.constEnd(); ++it) {
        for (const QJsonValue &device : it.value().toObject().value(QStringLiteral("devices")).toArray())
            receivedDevices.insert(guidKey(device.toString()));
    }
    const QSet<QString> notReceived = store.reportableIds - receivedDevices;
    checks.check(notReceived.isEmpty(),
        QStringLiteral("the emulator received every reportable device (missing %1 of %2)")
            .arg(notReceived.size())
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
    Emulator emulator(options.emulator);
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
    const QStringList common { QStringLiteral("--db"), db, QStringLiteral("--tenant-url"), emulator.base().toString(),
        QStringLiteral("--batch-size"), QString::number(options.batchSize), QStringLiteral("--timeout"),
        QStringLiteral("900"), QStringLiteral("--request-timeout"), QStringLiteral("2") };
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
    const QJsonObject reports = emulator.get(QStringLiteral("/admin/reports"), &error);
    const QJsonObject stats = emulator.get(QStringLiteral("/admin/stats"), &error);
    checks.check(error.isEmpty(), QStringLiteral("the emulator answers its statistics %1").arg(error));
    say(QStringLiteral("emulator stats: %1").arg(QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Compact))));
    const QJsonObject faults = stats.value(QStringLiteral("faultsInjected")).toObject();
    qint64 injected = 0;
    for (auto it = faults.constBegin(); it != faults.constEnd(); ++it)
        injected += it.value().toInteger();
    const qint64 requests = stats.value(QStringLiteral("requestsTotal")).toInteger();
    say(QStringLiteral("faults injected: %1 of %2 requests").arg(injected).arg(requests));
    checks.check(injected > 0, QStringLiteral("faults were injected (%1)").arg(injected));
    // Every kind, in the short soak too: a run that drew none of one kind proved nothing
    // about it (the short one in CTest has small messages, hence requests enough).
    for (const char *kind : { "429", "500", "503", "reset", "delay", "timeout", "malformed", "asyncFailed" }) {
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
    parser.addOption({ QStringLiteral("churn"), QStringLiteral("device-side changes before each run after the first (crash; default devices / 10)"),
        QStringLiteral("n"), QStringLiteral("-1") });
    parser.addOption({ QStringLiteral("min-kills-per-phase"),
        QStringLiteral("kills each phase that carries reports must get (crash)"), QStringLiteral("n"), QStringLiteral("1") });
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
    options.churn = parser.value(QStringLiteral("churn")).toInt();
    options.minKillsPerPhase = parser.value(QStringLiteral("min-kills-per-phase")).toInt();
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
