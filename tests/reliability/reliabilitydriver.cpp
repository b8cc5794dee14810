// Reliability drivers: the crash test and the fault soak. Both run the real
// console (`azure-status-console --headless`) against the real tenant emulator over
// loopback, then compare the console's outbox, read straight from its SQLite file, with
// what the emulator received (GET /admin/reports, /admin/stats). The team mode runs four
// consoles at once on one PostgreSQL store of a throwaway cluster, kills them at random
// and restarts them, and reads the outbox and the leadership from PostgreSQL.
//
//   asc_reliability crash --console EXE --emulator EXE [--devices 20000] [--kills 20] [--seed S]
//                         [--churn N] [--min-kills-per-phase N]
//   asc_reliability soak  --console EXE --emulator EXE [--devices 10000] [--fault-rate 0.3] [--seed S]
//   asc_reliability team  --console EXE --emulator EXE [--devices 20000] [--kills 20] [--lease-ms 3000]
//   asc_reliability soak --team ... (the team with the soak's faults)
//
// Prints what it did and every check; exits 0 when every check passed, 1 otherwise.
// The last line is "N passed, M failed" so CI reads it like a test runner's.

#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgschema.h"
#include "tests/emulatorprocess.h"
#include "tests/pg/pgtestcluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
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
#include <QRegularExpression>
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
#include <functional>
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
    QJsonObject put(const QString &path, const QJsonObject &body, QString *error)
    {
        return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), error);
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
    QHash<qint64, QString> azureIdOf; // store id -> Azure device id (PostgreSQL store only)
    QSet<qint64> reportableStoreIds; // (PostgreSQL store only)
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
    int leaseMs = 3000; // team: the outbox lease the processes take (ASC_PG_OUTBOX_LEASE_MS)
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
    bool hurry = false; // the phase showed and was gone before its kill
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
        // Aimed: every look is taken with the console stopped (SIGSTOP), so what is seen is
        // the state a kill then leaves, however briefly it lasts; a phase that lives only
        // between a commit and the upload after it (queued) was missed by a look taken
        // while the console ran on, most of all on a busy machine. Once the phase shows,
        // the kill comes at a later stopped look a random 0-30 ms on, so that it is not
        // always at the phase's first instant; if the phase is gone before then, the next
        // stopped look that sees it kills at once.
        const std::optional<Observation> seen = freezeAndLook();
        if (!seen || !seen->ok || !seen->has(plan.phase)) {
            hurry = hurry || armedAt >= 0;
            armedAt = -1;
            ::kill(pid, SIGCONT);
            continue;
        }
        if (armedAt < 0)
            armedAt = timer.elapsed() + (hurry ? 0 : qint64(random.bounded(30)));
        if (timer.elapsed() >= armedAt) {
            run.atKill = *seen;
            ::kill(pid, SIGKILL);
            run.killed = true;
            break;
        }
        ::kill(pid, SIGCONT);
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


// ---- Team mode: several processes on one PostgreSQL store ----

// Every process's log lines carry the time they were written (UTC, the children run with
// TZ=UTC), so that the driver orders leadership terms by the processes' own clocks, the
// same clock as the database's (one machine), not by when it happened to read a pipe.
const char *const kMessagePattern = "%{time yyyy-MM-ddTHH:mm:ss.zzz} %{category}: %{message}";

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString clock(qint64 ms)
{
    return ms <= 0 ? QStringLiteral("-")
                   : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("HH:mm:ss.zzz"));
}

// The faults of the soak: `rate` of the requests, split over the kinds, plus asynchronous
// failure drawn per upload message on top.
QStringList faultArguments(double rate, quint64 seed)
{
    const QList<QPair<QString, double>> shares { { QStringLiteral("--rate-429"), 0.20 },
        { QStringLiteral("--rate-500"), 0.15 }, { QStringLiteral("--rate-503"), 0.15 },
        { QStringLiteral("--rate-reset"), 0.15 }, { QStringLiteral("--rate-delay"), 0.10 },
        { QStringLiteral("--rate-timeout"), 0.10 }, { QStringLiteral("--rate-malformed"), 0.15 } };
    QStringList arguments { QStringLiteral("--retry-after"), QStringLiteral("2"), QStringLiteral("--delay-ms"),
        QStringLiteral("1500"), QStringLiteral("--timeout-ms"), QStringLiteral("4000"),
        QStringLiteral("--rate-async-failed"), QStringLiteral("0.05"), QStringLiteral("--fault-seed"),
        QString::number(seed) };
    for (const auto &[name, share] : shares)
        arguments << name << QString::number(rate * share, 'f', 4);
    return arguments;
}

// The store's outbox and devices as the team committed them, read from PostgreSQL.
Store readPgStore(PgConnection &connection)
{
    Store store;
    const auto failed = [&store](const PgResult &result) {
        if (result.ok())
            return false;
        store.error = result.errorText();
        return true;
    };
    const PgResult outbox = connection.exec("SELECT message_id, trigger, state, coalesce(last_error, ''), created_ms,"
                                            " payload FROM asc_store.report_outbox");
    if (failed(outbox))
        return store;
    for (int row = 0; row < outbox.rows(); ++row) {
        OutboxMessage message;
        message.trigger = outbox.text(row, 1);
        message.state = outbox.text(row, 2);
        message.lastError = outbox.text(row, 3);
        message.createdMs = outbox.integer(row, 4);
        message.reportOf = reportsIn(outbox.bytes(row, 5));
        store.messages[guidKey(outbox.text(row, 0))] = message;
    }
    const PgResult devices = connection.exec("SELECT r.message_id, d.azure_device_id FROM asc_store.report_devices r"
                                             " JOIN asc_store.devices d ON d.id = r.device_id");
    if (failed(devices))
        return store;
    for (int row = 0; row < devices.rows(); ++row)
        store.messages[guidKey(devices.text(row, 0))].devices.insert(guidKey(devices.text(row, 1)));
    // Reportable as in the SQLite store: client status Success, an Azure id, a user Entra knows.
    const PgResult fleet = connection.exec("SELECT id, azure_device_id, coalesce(compliance_status, ''),"
                                           " client_status = 'Success' AND azure_device_id IS NOT NULL"
                                           " AND entra_user_state = 0 FROM asc_store.devices");
    if (failed(fleet))
        return store;
    for (int row = 0; row < fleet.rows(); ++row) {
        const qint64 id = fleet.integer(row, 0);
        if (!fleet.isNull(row, 1))
            store.azureIdOf.insert(id, guidKey(fleet.text(row, 1)));
        if (fleet.bytes(row, 3) != "t")
            continue;
        store.reportableStoreIds.insert(id);
        store.reportableIds.insert(guidKey(fleet.text(row, 1)));
        ++store.complianceStatus[fleet.text(row, 2)];
    }
    store.reportableDevices = int(store.reportableIds.size());
    return store;
}

enum class TeamRole { Reporter, Engine };

// One process the team driver started: what it ran, when, how it ended, what it wrote.
struct TeamRun
{
    int slot = -1; // -1: a run of the settling phase
    QString command;
    qint64 pid = 0;
    qint64 startedMs = 0;
    qint64 endedMs = 0;
    qint64 killedMs = 0; // when the driver sent SIGKILL; 0: not killed
    bool killedWhileLeading = false; // as the last look at the leadership table saw it
    bool crashed = false; // ended by a signal the driver did not send
    int exitCode = -1;
    // Standard output and error in one pipe, so that the lines keep the order in which the
    // process wrote them: a "Synced" line falls before or after the leader's lines.
    QByteArray output;
    QList<QPair<qint64, QString>> lines; // with the time the driver read each
    QByteArray partial;
    QList<qint64> requested; // report-now: the store's device ids
};

struct TeamSlot
{
    QString name;
    TeamRole role = TeamRole::Reporter;
    QProcess *process = nullptr;
    int run = -1;
    int started = 0;
    int kills = 0;
    int killsWhileLeading = 0;
};

// A look at asc_store.leadership and the advisory lock, every 100 ms.
struct LeaderSample
{
    qint64 atMs = 0;
    qint64 term = 0;
    qint64 pid = 0;
    int backendPid = 0;
    qint64 sinceMs = 0;
    bool held = false; // the record's backend still holds the lock
    int holders = 0; // backends holding the lock
};

// One leadership term as the processes logged it.
struct Term
{
    qint64 term = 0;
    int run = -1;
    qint64 pid = 0;
    qint64 startMs = 0; // the database's since
    qint64 endMs = 0; // gave up or lost (logged), killed, or exited: the first of them
    QString end;
};

struct RunTerms
{
    QList<Term> terms;
    int unparsed = 0; // leader lines the driver could not read
    QString firstUnparsed;
    int syncedInTerm = 0; // "Synced" printed while the process's own term was open
    int syncedOutside = 0; // ... while it led no term
};

// The leader's lines in one process's output: terms opened ("leads the sync of … in term N
// from <ISO time>") and closed ("lost the sync of …", "gave up the sync of …"), each with
// the time the line was written; and whether its "Synced" line came inside a term.
RunTerms termsOf(const TeamRun &run, int runIndex)
{
    static const QRegularExpression line(QStringLiteral(
        R"(^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}) asc\.store\.leader: (.*)$)"));
    static const QRegularExpression leads(QStringLiteral(R"re(leads the sync of .* in term "?(\d+)"? from ?"?([^" ]*)"?)re"));
    RunTerms found;
    QList<Term> &terms = found.terms;
    const auto open = [&terms] { return !terms.isEmpty() && terms.last().endMs == 0; };
    for (const auto &[readAt, raw] : run.lines) {
        const QString text = raw.trimmed();
        if (text.startsWith(QLatin1String("Synced "))) {
            ++(open() ? found.syncedInTerm : found.syncedOutside);
            continue;
        }
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(match.captured(1), QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
        at.setTimeSpec(Qt::UTC);
        const QString message = match.captured(2);
        if (message.contains(QLatin1String("leads the sync of"))) {
            const QRegularExpressionMatch term = leads.match(message);
            const QDateTime since = QDateTime::fromString(term.captured(2), Qt::ISODateWithMs);
            if (!term.hasMatch() || !since.isValid()) {
                // Counted and shown; still a term, from the line's own time, so that a lead
                // taken without a readable record is not left out of the overlap check.
                if (found.unparsed++ == 0)
                    found.firstUnparsed = text;
            }
            if (open()) {
                terms.last().endMs = at.toMSecsSinceEpoch();
                terms.last().end = QStringLiteral("led again");
            }
            Term opened;
            opened.term = term.captured(1).toLongLong();
            opened.run = runIndex;
            opened.pid = run.pid;
            opened.startMs = since.isValid() ? since.toMSecsSinceEpoch() : at.toMSecsSinceEpoch();
            terms.append(opened);
        } else if (message.contains(QLatin1String("lost the sync of"))
            || message.contains(QLatin1String("gave up the sync of"))) {
            if (open()) {
                terms.last().endMs = at.toMSecsSinceEpoch();
                terms.last().end = message.contains(QLatin1String("lost the sync of")) ? QStringLiteral("lost")
                                                                                 : QStringLiteral("gave up");
            }
        }
    }
    if (open()) {
        terms.last().endMs = run.killedMs > 0 ? run.killedMs : run.endedMs;
        terms.last().end = run.killedMs > 0 ? QStringLiteral("killed") : QStringLiteral("exited");
    }
    return found;
}

int teamTest(const Options &options, bool soak)
{
    Checks checks;
    QTemporaryDir temporary(options.workDir.isEmpty() ? QDir::tempPath() + QStringLiteral("/asc-team-XXXXXX")
                                                      : options.workDir + QStringLiteral("/asc-team-XXXXXX"));
    temporary.setAutoRemove(!options.keep);
    QElapsedTimer total;
    total.start();

    PgTestCluster cluster;
    QString error;
    if (!cluster.start(&error)) {
        checks.check(false, error);
        return checks.finish();
    }
    const QString database = QStringLiteral("asc_team");
    QString ownerUri;
    if (!cluster.createStore(database, &ownerUri, &error)) {
        checks.check(false, error);
        return checks.finish();
    }
    const QString reporterUri = cluster.loginUri(database, QStringLiteral("reporter"));
    const QString helpdeskUri = cluster.loginUri(database, QStringLiteral("helpdesk"));
    // The driver reads as the owner: the outbox, the devices, and the leadership record.
    const std::unique_ptr<PgConnection> reader = cluster.connect(database + QStringLiteral("_owner"), database);
    if (!reader) {
        checks.check(false, QStringLiteral("the driver cannot read the store"));
        return checks.finish();
    }

    Emulator emulator(options.emulator);
    QStringList emulatorArguments { QStringLiteral("--devices"), QString::number(options.devices),
        QStringLiteral("--processing-ms"), QStringLiteral("450") };
    if (soak)
        emulatorArguments += faultArguments(options.faultRate, options.seed);
    if (!emulator.start(emulatorArguments, &error)) {
        checks.check(false, error);
        return checks.finish();
    }
    const int churn = options.churn >= 0 ? options.churn : std::max(20, options.devices / 20);
    say(QStringLiteral("team %1: %2 devices, 2 reporters and 2 consoles' engines on one PostgreSQL store, %3 kills, "
                       "%4 device-side changes every 1.5 s, outbox lease %5 ms, %6seed %7")
            .arg(soak ? QStringLiteral("soak") : QStringLiteral("crash test"))
            .arg(options.devices)
            .arg(options.kills)
            .arg(churn)
            .arg(options.leaseMs)
            .arg(soak ? QStringLiteral("%1 % of requests faulted, ").arg(options.faultRate * 100) : QString())
            .arg(options.seed));

    const auto environmentFor = [&](const QString &name) {
        QProcessEnvironment environment = consoleEnvironment(temporary.filePath(name));
        environment.insert(QStringLiteral("ASC_PG_OUTBOX_LEASE_MS"), QString::number(options.leaseMs));
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("asc.store.leader.info=true;qt.qpa.*=false"));
        environment.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QLatin1String(kMessagePattern));
        environment.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
        environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        return environment;
    };
    QStringList tenant { QStringLiteral("--tenant-url"), emulator.base().toString(), QStringLiteral("--batch-size"),
        QString::number(options.batchSize), QStringLiteral("--timeout"), QStringLiteral("600") };
    if (soak)
        tenant << QStringLiteral("--request-timeout") << QStringLiteral("2");

    QRandomGenerator random(quint32(options.seed));
    QList<TeamRun> runs;
    QList<TeamSlot> team { { QStringLiteral("reporter-1"), TeamRole::Reporter },
        { QStringLiteral("reporter-2"), TeamRole::Reporter }, { QStringLiteral("engine-1"), TeamRole::Engine },
        { QStringLiteral("engine-2"), TeamRole::Engine } };
    TeamSlot settler { QStringLiteral("settle"), TeamRole::Reporter };
    QList<LeaderSample> samples;
    QSet<qint64> requestedEver; // a device is asked for once: two Report nows of an unchanged device are two reports
    QObject context;
    bool active = true;
    int kills = 0;
    QString pollError;

    const auto poll = [&] {
        const PgResult result = reader->exec(
            "SELECT l.term, l.pid, l.backend_pid, (extract(epoch FROM l.since) * 1000)::bigint,"
            " EXISTS (SELECT 1 FROM pg_catalog.pg_locks k WHERE k.locktype = 'advisory' AND k.granted"
            "  AND k.pid = l.backend_pid AND k.classid = " + QByteArray::number(PgSchema::kLockSpace)
            + " AND k.objid = " + QByteArray::number(PgSchema::kLeaderLock) + " AND k.objsubid = 2),"
            " (SELECT count(*) FROM pg_catalog.pg_locks k WHERE k.locktype = 'advisory' AND k.granted"
            "  AND k.classid = " + QByteArray::number(PgSchema::kLockSpace)
            + " AND k.objid = " + QByteArray::number(PgSchema::kLeaderLock) + " AND k.objsubid = 2)"
            " FROM asc_store.leadership l");
        if (!result.ok()) {
            pollError = result.errorText();
            return;
        }
        LeaderSample sample;
        sample.atMs = nowMs();
        if (result.rows() == 1) {
            sample.term = result.integer(0, 0);
            sample.pid = result.integer(0, 1);
            sample.backendPid = int(result.integer(0, 2));
            sample.sinceMs = result.integer(0, 3);
            sample.held = result.bytes(0, 4) == "t";
            sample.holders = int(result.integer(0, 5));
        }
        samples.append(sample);
    };
    QTimer pollTimer;
    QObject::connect(&pollTimer, &QTimer::timeout, &context, poll);
    pollTimer.start(100);

    // Starts a process in the slot; done(run) is called when it ends.
    const auto start = [&](TeamSlot &slot, int slotIndex, const QString &command, const QStringList &arguments,
                           const std::function<void()> &done) {
        TeamRun run;
        run.slot = slotIndex;
        run.command = command;
        runs.append(run);
        const int index = int(runs.size()) - 1;
        auto *process = new QProcess(&context);
        process->setProgram(options.console);
        process->setArguments(arguments);
        process->setProcessEnvironment(environmentFor(slot.name));
        process->setProcessChannelMode(QProcess::MergedChannels);
        slot.process = process;
        slot.run = index;
        ++slot.started;
        QObject::connect(process, &QProcess::readyReadStandardOutput, &context, [&runs, index, process] {
            TeamRun &r = runs[index];
            const QByteArray text = process->readAllStandardOutput();
            r.output += text;
            r.partial += text;
            qsizetype newline;
            while ((newline = r.partial.indexOf('\n')) >= 0) {
                r.lines.append({ nowMs(), QString::fromUtf8(r.partial.left(newline)) });
                r.partial.remove(0, newline + 1);
            }
        });
        QObject::connect(process, &QProcess::finished, &context, [&, index, process, done, slotPointer = &slot] {
            TeamRun &r = runs[index];
            r.endedMs = nowMs();
            const QByteArray rest = process->readAllStandardOutput();
            r.output += rest;
            r.partial += rest;
            // What was still in the pipe was written before the process ended, and a killed
            // process wrote it before its kill.
            const qint64 readAt = r.killedMs > 0 ? r.killedMs : r.endedMs;
            for (const QByteArray &text : r.partial.split('\n')) {
                if (!text.isEmpty())
                    r.lines.append({ readAt, QString::fromUtf8(text) });
            }
            r.partial.clear();
            r.exitCode = process->exitCode();
            r.crashed = r.killedMs == 0 && process->exitStatus() == QProcess::CrashExit;
            slotPointer->process = nullptr;
            process->deleteLater();
            done();
        });
        runs[index].startedMs = nowMs();
        process->start();
        if (!process->waitForStarted(10000)) {
            runs[index].crashed = true;
            runs[index].output = process->errorString().toUtf8();
            slot.process = nullptr;
            process->deleteLater();
            QTimer::singleShot(0, &context, done);
            return;
        }
        runs[index].pid = process->processId();
    };

    // The Report now requests the store took, as its audit log holds them: the database
    // function that queues a request for the leader writes the row in the same
    // transaction, with the time and the devices. A report-now process only exits once the
    // outbox is empty, and may be killed after its request went in: its exit code does not
    // tell whether it asked.
    const QByteArray helpdeskLogin = (database + QStringLiteral("_helpdesk")).toUtf8();
    const auto reportNowRequests = [&](QString *requestsError) {
        QList<QPair<qint64, QList<qint64>>> requests;
        const PgResult result = reader->exec(
            "SELECT at_ms, coalesce(target, '') FROM asc_store.audit_log WHERE action = 'report-now' AND actor = $1"
            " ORDER BY at_ms",
            { helpdeskLogin });
        if (!result.ok()) {
            *requestsError = result.errorText();
            return requests;
        }
        for (int row = 0; row < result.rows(); ++row) {
            QList<qint64> ids;
            for (const QString &id : result.text(row, 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                ids.append(id.toLongLong());
            requests.append({ result.integer(row, 0), ids });
        }
        return requests;
    };

    const auto randomReportable = [&](int count) {
        QList<qint64> ids;
        const PgResult result = reader->exec("SELECT id FROM asc_store.devices WHERE client_status = 'Success'"
                                             " AND azure_device_id IS NOT NULL AND entra_user_state = 0"
                                             " ORDER BY random() LIMIT 50");
        for (int row = 0; result.ok() && row < result.rows() && ids.size() < count; ++row) {
            const qint64 id = result.integer(row, 0);
            if (!requestedEver.contains(id)) {
                requestedEver.insert(id);
                ids.append(id);
            }
        }
        return ids;
    };

    // The loops: a reporter runs `sync` again and again; a console's engine runs `send`, and
    // every third run a colleague's Report now of a few devices through the helpdesk login.
    // The last kill waits for a Report now (see the kills below); meanwhile every engine run
    // asks for one as soon as there is a device to ask for. The limit only ends a run that
    // would otherwise wait for ever.
    constexpr qint64 kReportNowWaitMs = 180000;
    QElapsedTimer reportNowWait;
    qint64 reportNowWaitedMs = 0;
    const auto waitingForReportNow = [&] { return reportNowWait.isValid() && reportNowWaitedMs == 0; };

    std::function<void(int)> startSlot = [&](int slotIndex) {
        if (!active)
            return;
        TeamSlot &slot = team[slotIndex];
        const auto again = [&, slotIndex] {
            const TeamRun &r = runs[team[slotIndex].run];
            const bool idle = std::any_of(r.lines.cbegin(), r.lines.cend(),
                [](const auto &line) { return line.second.startsWith(QLatin1String("Not synced")); });
            const int delay = (idle ? 700 : 150) + int(random.bounded(300));
            QTimer::singleShot(delay, &context, [&, slotIndex] { startSlot(slotIndex); });
        };
        if (slot.role == TeamRole::Reporter) {
            start(slot, slotIndex, QStringLiteral("sync"),
                QStringList { QStringLiteral("--headless"), QStringLiteral("sync"), QStringLiteral("--db"), reporterUri }
                    + tenant,
                again);
            return;
        }
        if (slot.started % 3 == 2 || waitingForReportNow()) {
            const QList<qint64> ids = randomReportable(1 + int(random.bounded(3)));
            if (!ids.isEmpty()) {
                QStringList arguments { QStringLiteral("--headless"), QStringLiteral("report-now") };
                for (qint64 id : ids)
                    arguments.append(QString::number(id));
                arguments << QStringLiteral("--db") << helpdeskUri;
                start(slot, slotIndex, QStringLiteral("report-now"), arguments + tenant, again);
                runs.last().requested = ids;
                return;
            }
        }
        start(slot, slotIndex, QStringLiteral("send"),
            QStringList { QStringLiteral("--headless"), QStringLiteral("send"), QStringLiteral("--db"), reporterUri }
                + tenant,
            again);
    };

    QTimer churnTimer;
    QString churnError;
    QObject::connect(&churnTimer, &QTimer::timeout, &context, [&] {
        if (active && churnError.isEmpty())
            emulator.post(QStringLiteral("/admin/churn"), QJsonObject { { QStringLiteral("changes"), churn } }, &churnError);
    });

    // Every kind of fault reaches the team while it runs, whatever order its requests came
    // in and however many there were: when the kills end, a kind the emulator has not drawn
    // yet is given every request (rate 1) until it has been drawn once, then its share
    // again; one kind at a time. Without this a run with few uploads can draw no
    // asynchronous failure (5 % a message), and the check that every kind was injected
    // would depend on luck.
    const QList<std::pair<QString, QString>> faultKinds { { QStringLiteral("429"), QStringLiteral("rate429") },
        { QStringLiteral("500"), QStringLiteral("rate500") }, { QStringLiteral("503"), QStringLiteral("rate503") },
        { QStringLiteral("reset"), QStringLiteral("rateReset") }, { QStringLiteral("delay"), QStringLiteral("rateDelay") },
        { QStringLiteral("timeout"), QStringLiteral("rateTimeout") },
        { QStringLiteral("malformed"), QStringLiteral("rateMalformed") },
        { QStringLiteral("asyncFailed"), QStringLiteral("rateAsyncFailed") } };
    QStringList faultsForced;
    QString faultsError;
    QTimer coverTimer;
    QElapsedTimer coverClock;
    int forcing = -1;
    QJsonObject faultsAtStart;
    std::function<void()> coverDone;
    const auto coverFaults = [&](const std::function<void()> &done) {
        coverDone = done;
        faultsAtStart = emulator.get(QStringLiteral("/admin/faults"), &faultsError);
        coverClock.start();
        coverTimer.start(100);
    };
    QObject::connect(&coverTimer, &QTimer::timeout, &context, [&] {
        const auto finish = [&] {
            coverTimer.stop();
            coverDone();
        };
        const QJsonObject drawn = emulator.get(QStringLiteral("/admin/stats"), &faultsError)
                                      .value(QStringLiteral("faultsInjected"))
                                      .toObject();
        if (!faultsError.isEmpty())
            return finish();
        const auto restore = [&] {
            const QString &rate = faultKinds.at(forcing).second;
            emulator.put(QStringLiteral("/admin/faults"), QJsonObject { { rate, faultsAtStart.value(rate) } }, &faultsError);
            forcing = -1;
        };
        if (forcing >= 0) {
            if (drawn.value(faultKinds.at(forcing).first).toInteger() > 0)
                restore();
            else if (coverClock.hasExpired(60000)) {
                restore(); // the check of that kind then fails
                finish();
                return;
            } else {
                return;
            }
        }
        for (int k = 0; k < faultKinds.size(); ++k) {
            if (drawn.value(faultKinds.at(k).first).toInteger() > 0 || faultsForced.contains(faultKinds.at(k).first))
                continue;
            forcing = k;
            faultsForced.append(faultKinds.at(k).first);
            emulator.put(QStringLiteral("/admin/faults"), QJsonObject { { faultKinds.at(k).second, 1.0 } }, &faultsError);
            return;
        }
        finish();
    });

    // Kills: every 0.8 to 2.5 s one running process, half of the time the one that leads (as
    // the leadership table last showed it), otherwise any. The last kill waits until a
    // colleague's Report now has been queued, so that every run has requests in the store
    // while processes die: with faults the first sync may take most of the kills to get
    // through, and before it the store has no device to ask for. If none comes within the
    // wait, the kill goes ahead and the Report now check fails.
    QEventLoop loop;
    std::function<void()> killOne = [&] {
        QString requestsError;
        if (kills == options.kills - 1 && reportNowRequests(&requestsError).isEmpty()) {
            if (!reportNowWait.isValid()) {
                reportNowWait.start();
                say(QStringLiteral("the last kill waits for a Report now to be queued %1").arg(requestsError));
            }
            if (!reportNowWait.hasExpired(kReportNowWaitMs)) {
                QTimer::singleShot(200, &context, killOne);
                return;
            }
        }
        if (reportNowWait.isValid() && reportNowWaitedMs == 0)
            reportNowWaitedMs = std::max<qint64>(1, reportNowWait.elapsed());
        if (kills >= options.kills) {
            // The team carries on for a while after the last kill: a takeover under load.
            const auto carryOn = [&] {
                QTimer::singleShot(3000, &context, [&] {
                    active = false;
                    loop.quit();
                });
            };
            if (soak)
                coverFaults(carryOn);
            else
                carryOn();
            return;
        }
        QList<int> running;
        int leaderSlot = -1;
        const LeaderSample last = samples.isEmpty() ? LeaderSample() : samples.last();
        for (int s = 0; s < team.size(); ++s) {
            if (!team[s].process || runs[team[s].run].pid == 0 || runs[team[s].run].killedMs > 0)
                continue;
            running.append(s);
            if (last.held && runs[team[s].run].pid == last.pid)
                leaderSlot = s;
        }
        if (running.isEmpty()) {
            QTimer::singleShot(100, &context, killOne);
            return;
        }
        const int target = leaderSlot >= 0 && random.bounded(2) == 0 ? leaderSlot
                                                                     : running.at(int(random.bounded(int(running.size()))));
        TeamSlot &slot = team[target];
        TeamRun &run = runs[slot.run];
        run.killedMs = nowMs();
        run.killedWhileLeading = target == leaderSlot;
        ::kill(pid_t(run.pid), SIGKILL);
        ++kills;
        ++slot.kills;
        slot.killsWhileLeading += run.killedWhileLeading ? 1 : 0;
        say(QStringLiteral("kill %1 at %2: %3 (%4, pid %5)%6")
                .arg(kills)
                .arg(clock(run.killedMs))
                .arg(slot.name, run.command)
                .arg(run.pid)
                .arg(run.killedWhileLeading ? QStringLiteral(", leading") : QString()));
        QTimer::singleShot(800 + int(random.bounded(1700)), &context, killOne);
    };

    for (int s = 0; s < team.size(); ++s)
        QTimer::singleShot(200 * s, &context, [&, s] { startSlot(s); });
    churnTimer.start(1500);
    QTimer::singleShot(1500 + int(random.bounded(1000)), &context, killOne);
    QTimer::singleShot(1800000, &loop, &QEventLoop::quit); // a hang ends the run, and the checks fail
    loop.exec();
    active = false;
    churnTimer.stop();
    const qint64 activeMs = total.elapsed();

    // The processes still running finish on their own: the team settles.
    const auto waitForSlots = [&](qint64 limitMs) {
        QDeadlineTimer deadline(limitMs);
        const auto busy = [&] {
            return std::any_of(team.cbegin(), team.cend(), [](const TeamSlot &s) { return s.process != nullptr; })
                || settler.process != nullptr;
        };
        while (busy() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return !busy();
    };
    const bool wound = waitForSlots(300000);
    checks.check(wound, QStringLiteral("the running processes finished on their own after the last kill"));
    if (!wound) {
        for (TeamSlot &slot : team) {
            if (slot.process) {
                runs[slot.run].killedMs = nowMs();
                slot.process->kill();
            }
        }
        waitForSlots(10000);
    }

    // Settling: one sync against the fleet as it now is, then `send` until the outbox is
    // empty and every Report now request has been taken up.
    const auto settle = [&](const QString &command) {
        bool finished = false;
        start(settler, -1, command,
            QStringList { QStringLiteral("--headless"), command, QStringLiteral("--db"), reporterUri } + tenant,
            [&finished] { finished = true; });
        QDeadlineTimer deadline(900000);
        while (!finished && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return runs.last();
    };
    const auto openWork = [&](qint64 *open, qint64 *requests) {
        const PgResult result = reader->exec("SELECT (SELECT count(*) FROM asc_store.report_outbox"
                                             " WHERE state IN ('pending', 'sent')),"
                                             " (SELECT count(*) FROM asc_store.report_requests)");
        *open = result.ok() ? result.integer(0, 0) : -1;
        *requests = result.ok() ? result.integer(0, 1) : -1;
    };
    bool synced = false;
    for (int attempt = 0; attempt < 5 && !synced; ++attempt) {
        const TeamRun run = settle(QStringLiteral("sync"));
        synced = (run.exitCode == 0 || (soak && run.exitCode == 5)) && !run.crashed;
        if (!synced)
            say(QStringLiteral("settling sync exited %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.output.right(600))));
    }
    qint64 open = -1;
    qint64 requests = -1;
    bool settled = false;
    for (int attempt = 0; attempt < 10 && !settled; ++attempt) {
        const TeamRun run = settle(QStringLiteral("send"));
        openWork(&open, &requests);
        settled = open == 0 && requests == 0 && !run.crashed;
        if (!settled)
            say(QStringLiteral("settling send exited %1 with %2 messages open and %3 Report now requests: %4")
                    .arg(run.exitCode)
                    .arg(open)
                    .arg(requests)
                    .arg(QString::fromUtf8(run.output.right(600))));
    }
    pollTimer.stop();
    poll();
    checks.check(synced, QStringLiteral("a sync after the last kill finished"));
    checks.check(settled,
        QStringLiteral("the outbox emptied and every Report now request was taken up (open messages: %1, requests: %2)")
            .arg(open)
            .arg(requests));
    checks.check(churnError.isEmpty(), QStringLiteral("the emulator took every churn %1").arg(churnError));
    checks.check(pollError.isEmpty(), QStringLiteral("the leadership table could be read every 100 ms %1").arg(pollError));

    // Processes that ended by themselves.
    int crashes = 0;
    int failedRuns = 0;
    int notSynced = 0;
    QHash<QString, int> perCommand;
    for (const TeamRun &run : std::as_const(runs)) {
        ++perCommand[run.command];
        if (run.killedMs > 0)
            continue;
        const bool idle = std::any_of(run.lines.cbegin(), run.lines.cend(),
            [](const auto &line) { return line.second.startsWith(QLatin1String("Not synced")); });
        notSynced += idle ? 1 : 0;
        if (run.crashed) {
            ++crashes;
            say(QStringLiteral("%1 (pid %2) crashed: %3").arg(run.command).arg(run.pid).arg(QString::fromUtf8(run.output.right(1500))));
        } else if (run.exitCode != 0 && !(soak && (run.exitCode == 4 || run.exitCode == 5))) {
            if (++failedRuns <= 5) // the first few say why; the count says how many
                say(QStringLiteral("%1 (pid %2) exited %3: %4")
                    .arg(run.command)
                    .arg(run.pid)
                    .arg(run.exitCode)
                    .arg(QString::fromUtf8(run.output.trimmed().right(1500))));
        }
    }
    checks.check(kills >= options.kills, QStringLiteral("processes were killed %1 times (wanted %2)").arg(kills).arg(options.kills));
    checks.check(crashes == 0, QStringLiteral("no process crashed (crashes: %1)").arg(crashes));
    checks.check(failedRuns == 0,
        QStringLiteral("every process not killed exited 0%1 (others: %2)")
            .arg(soak ? QStringLiteral(", 4 (a faulted tenant request) or 5 (reports failed)") : QString())
            .arg(failedRuns));

    // ---- Leadership: every term, as the processes logged it ----
    QList<Term> terms;
    int unparsed = 0;
    int syncedInTerm = 0;
    int syncedOutside = 0;
    for (int i = 0; i < runs.size(); ++i) {
        const RunTerms found = termsOf(runs[i], i);
        terms += found.terms;
        if (found.unparsed > 0 && unparsed == 0)
            say(QStringLiteral("  unreadable leader line of pid %1: %2").arg(runs[i].pid).arg(found.firstUnparsed));
        unparsed += found.unparsed;
        syncedInTerm += found.syncedInTerm;
        syncedOutside += found.syncedOutside;
        if (found.syncedOutside > 0)
            say(QStringLiteral("  %1 (pid %2) printed Synced while it led no term").arg(runs[i].command).arg(runs[i].pid));
    }
    std::sort(terms.begin(), terms.end(), [](const Term &a, const Term &b) { return a.startMs < b.startMs; });
    QHash<qint64, int> runsPerTerm;
    for (const Term &term : std::as_const(terms))
        ++runsPerTerm[term.term];
    int termTwice = 0;
    for (int count : std::as_const(runsPerTerm))
        termTwice += count > 1 ? 1 : 0;
    say(QStringLiteral("leadership terms (times UTC; a term ends when its process gave it up or lost it, as it logged, "
                       "or was killed, or exited):"));
    say(QStringLiteral("  term  process         command     pid      from          to            end"));
    int overlaps = 0;
    int outOfOrder = 0;
    for (int i = 0; i < terms.size(); ++i) {
        const Term &term = terms[i];
        const TeamRun &run = runs[term.run];
        const QString who = run.slot >= 0 ? team[run.slot].name : settler.name;
        say(QStringLiteral("  %1  %2 %3 %4 %5  %6  %7")
                .arg(term.term, 4)
                .arg(who, -15)
                .arg(run.command, -11)
                .arg(term.pid, -8)
                .arg(clock(term.startMs), -12)
                .arg(clock(term.endMs), -12)
                .arg(term.end));
        if (i > 0 && term.term <= terms[i - 1].term)
            ++outOfOrder;
        // Any earlier term still open when this one began.
        for (int j = 0; j < i; ++j) {
            if (terms[j].endMs > term.startMs) {
                ++overlaps;
                say(QStringLiteral("  OVERLAP: term %1 began at %2 while term %3 (pid %4) was open until %5")
                        .arg(term.term)
                        .arg(clock(term.startMs))
                        .arg(terms[j].term)
                        .arg(terms[j].pid)
                        .arg(clock(terms[j].endMs)));
            }
        }
    }
    checks.check(!terms.isEmpty() && unparsed == 0,
        QStringLiteral("the processes logged their leadership terms (%1 terms, unreadable lines: %2)").arg(terms.size()).arg(unparsed));
    checks.check(termTwice == 0 && outOfOrder == 0,
        QStringLiteral("each term was led by one process, and terms began in the order of their numbers (a term led "
                       "twice: %1, out of order: %2)")
            .arg(termTwice)
            .arg(outOfOrder));
    checks.check(overlaps == 0,
        QStringLiteral("no term began before the one before it had ended: its process killed, exited, or logged it "
                       "gave up or lost the lead (overlaps: %1)")
            .arg(overlaps));

    // The table and the logs agree: each term the 100 ms look saw held is the term its
    // process logged, and the lock never had two holders.
    QHash<qint64, qint64> pidOfTerm;
    for (const Term &term : std::as_const(terms))
        pidOfTerm.insert(term.term, term.pid);
    // A process records its term, then logs it: a kill aimed at the leader the table has just
    // named can fall between the two. Such a term is the killed process's own, never logged,
    // and was seen before the kill; the lock table still shows it held by one backend only.
    QHash<qint64, qint64> killedAtOfPid;
    for (const TeamRun &run : std::as_const(runs)) {
        if (run.killedMs > 0)
            killedAtOfPid.insert(run.pid, run.killedMs);
    }
    QSet<qint64> seenTerms;
    QSet<qint64> killedBeforeLogging;
    int disagreements = 0;
    int twoHolders = 0;
    for (const LeaderSample &sample : std::as_const(samples)) {
        twoHolders += sample.holders > 1 ? 1 : 0;
        if (!sample.held)
            continue;
        seenTerms.insert(sample.term);
        if (!pidOfTerm.contains(sample.term) && killedAtOfPid.contains(sample.pid)
            && sample.atMs <= killedAtOfPid.value(sample.pid)) {
            killedBeforeLogging.insert(sample.term);
            continue;
        }
        if (pidOfTerm.value(sample.term, -1) != sample.pid)
            ++disagreements;
    }
    checks.check(twoHolders == 0 && disagreements == 0,
        QStringLiteral("the leadership table, looked at every 100 ms (%1 looks, %2 terms seen), agrees with the logs "
                       "(disagreements: %3; looks with two lock holders: %4; terms recorded by a process killed "
                       "before it logged them: %5)")
            .arg(samples.size())
            .arg(seenTerms.size())
            .arg(disagreements)
            .arg(twoHolders)
            .arg(killedBeforeLogging.size()));

    // Syncs: with the terms apart, a sync that finished inside a term of its own (its
    // "Synced" line after its "leads" line, before any "lost" or "gave up") ran while no
    // other process led.
    checks.check(syncedInTerm > 0 && syncedOutside == 0,
        QStringLiteral("every finished sync ran in a term of its own process, so never beside another leader (in a "
                       "term: %1, outside: %2)")
            .arg(syncedInTerm)
            .arg(syncedOutside));

    // Takeovers: how long after a leader's kill the next term began.
    int leaderKills = 0;
    int takeovers = 0;
    qint64 longestTakeover = 0;
    for (const Term &term : std::as_const(terms)) {
        if (term.end != QLatin1String("killed"))
            continue;
        ++leaderKills;
        for (const Term &next : std::as_const(terms)) {
            if (next.startMs >= term.endMs) {
                ++takeovers;
                longestTakeover = std::max(longestTakeover, next.startMs - term.endMs);
                break;
            }
        }
    }
    checks.check(leaderKills > 0 && takeovers > 0,
        QStringLiteral("kills hit a leader and another process took over (leaders killed: %1, taken over: %2, longest "
                       "takeover %3 s)")
            .arg(leaderKills)
            .arg(takeovers)
            .arg(double(longestTakeover) / 1000.0, 0, 'f', 1));

    // ---- The reports ----
    const Store store = readPgStore(*reader);
    checks.check(store.error.isEmpty(), QStringLiteral("the store reads after the kills %1").arg(store.error));
    error.clear();
    const QJsonObject reports = emulator.get(QStringLiteral("/admin/reports"), &error);
    const QJsonObject stats = emulator.get(QStringLiteral("/admin/stats"), &error);
    checks.check(error.isEmpty(), QStringLiteral("the emulator answers its statistics %1").arg(error));
    say(QStringLiteral("emulator stats: %1").arg(QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Compact))));
    compareOutboxWithEmulator(store, reports, checks, !soak);
    const int successful = store.complianceStatus.value(QStringLiteral("Successful"));
    const int failedStatus = store.complianceStatus.value(QStringLiteral("Failed"));
    if (soak) {
        checks.check(store.reportableDevices > 0 && successful + failedStatus == store.reportableDevices,
            QStringLiteral("every reportable device is Successful or Failed (%1 + %2 of %3)")
                .arg(successful)
                .arg(failedStatus)
                .arg(store.reportableDevices));
        const QJsonObject faults = stats.value(QStringLiteral("faultsInjected")).toObject();
        for (const char *kind : { "429", "500", "503", "reset", "delay", "timeout", "malformed", "asyncFailed" }) {
            checks.check(faults.value(QLatin1String(kind)).toInteger() > 0,
                QStringLiteral("fault kind %1 was injected (%2)").arg(QLatin1String(kind)).arg(faults.value(QLatin1String(kind)).toInteger()));
        }
        checks.check(faultsError.isEmpty(), QStringLiteral("the emulator took the faults asked of it %1").arg(faultsError));
        say(QStringLiteral("fault kinds not drawn by the time the kills ended, then given to every request until drawn once: %1")
                .arg(faultsForced.isEmpty() ? QStringLiteral("none") : faultsForced.join(QStringLiteral(", "))));
        // Not a check here: the four processes sign in as one client, and the emulator
        // cannot tell which of them a Retry-After was given to; a process that never got it,
        // or one restarted after a kill, asks in its own time.
        say(QStringLiteral("requests before a Retry-After given to one of the team's processes: %1")
                .arg(stats.value(QStringLiteral("earlyRequests")).toInteger()));
    } else {
        checks.check(store.reportableDevices > 0 && successful == store.reportableDevices,
            QStringLiteral("every reportable device (Azure id, user known to Entra) is Successful (%1 of %2)")
                .arg(successful)
                .arg(store.reportableDevices));
    }
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

    // Report now: each device a colleague asked for (a request the store took, as its audit
    // log says) got a manual report made after the request.
    int asked = 0;
    int reportedManually = 0;
    int notReportableNow = 0;
    QString requestsError;
    const QList<QPair<qint64, QList<qint64>>> requestsTaken = reportNowRequests(&requestsError);
    checks.check(requestsError.isEmpty(), QStringLiteral("the Report now requests read from the audit log %1").arg(requestsError));
    for (const auto &[requestedMs, ids] : requestsTaken) {
        for (qint64 id : ids) {
            ++asked;
            const QString azureId = store.azureIdOf.value(id);
            bool found = false;
            for (const auto &[messageId, message] : store.messages) {
                if (message.trigger == QLatin1String("manual") && message.createdMs >= requestedMs
                    && message.devices.contains(azureId)) {
                    found = true;
                    break;
                }
            }
            if (found)
                ++reportedManually;
            else if (!store.reportableStoreIds.contains(id))
                ++notReportableNow; // churn took it out of reporting before the leader got to it
        }
    }
    checks.check(asked > 0 && reportedManually + notReportableNow == asked,
        QStringLiteral("each Report now a colleague asked for was reported (%1 of %2; %3 no longer reportable)")
            .arg(reportedManually)
            .arg(asked)
            .arg(notReportableNow));

    // ---- The table ----
    int completedMessages = 0;
    int failedMessages = 0;
    for (const auto &[id, message] : store.messages) {
        completedMessages += message.state == QLatin1String("completed") ? 1 : 0;
        failedMessages += message.state == QLatin1String("failed") ? 1 : 0;
    }
    say(QStringLiteral("process      runs  kills  of them while leading"));
    for (const TeamRole role : { TeamRole::Reporter, TeamRole::Engine }) {
        int started = 0;
        int roleKills = 0;
        int leading = 0;
        for (const TeamSlot &slot : std::as_const(team)) {
            if (slot.role != role)
                continue;
            started += slot.started;
            roleKills += slot.kills;
            leading += slot.killsWhileLeading;
        }
        say(QStringLiteral("%1 %2 %3 %4")
                .arg(role == TeamRole::Reporter ? QStringLiteral("reporters") : QStringLiteral("engines"), -11)
                .arg(started, 5)
                .arg(roleKills, 6)
                .arg(leading, 6));
    }
    say(QStringLiteral("runs: %1 sync (%2 finished, %3 not leading), %4 send, %5 report-now; settling runs: %6")
            .arg(perCommand.value(QStringLiteral("sync")))
            .arg(syncedInTerm + syncedOutside)
            .arg(notSynced)
            .arg(perCommand.value(QStringLiteral("send")))
            .arg(perCommand.value(QStringLiteral("report-now")))
            .arg(settler.started));
    say(QStringLiteral("terms: %1 (leaders killed %2, longest takeover %3 s); messages: %4 (%5 completed, %6 failed), "
                       "emulator received %7; devices: %8 reportable, %9 Successful, %10 Report now asked")
            .arg(terms.size())
            .arg(leaderKills)
            .arg(double(longestTakeover) / 1000.0, 0, 'f', 1)
            .arg(store.messages.size())
            .arg(completedMessages)
            .arg(failedMessages)
            .arg(messages.size())
            .arg(store.reportableDevices)
            .arg(successful)
            .arg(asked));
    say(QStringLiteral("duration: %1 s (kills over %2 s, then settling); the last kill waited %3 s for a Report now")
            .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1)
            .arg(double(activeMs) / 1000.0, 0, 'f', 1)
            .arg(reportNowWaitedMs / 1000.0, 0, 'f', 1));
    return checks.finish();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Crash test and fault soak of the reporting path."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("crash, soak or team"));
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
    parser.addOption({ QStringLiteral("team"), QStringLiteral("soak: the team of four processes on PostgreSQL") });
    parser.addOption({ QStringLiteral("lease-ms"), QStringLiteral("team: the outbox lease (ASC_PG_OUTBOX_LEASE_MS)"),
        QStringLiteral("ms"), QStringLiteral("3000") });
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
    options.leaseMs = parser.value(QStringLiteral("lease-ms")).toInt();
    if (options.console.isEmpty() || options.emulator.isEmpty()
        || (mode != QLatin1String("crash") && mode != QLatin1String("soak") && mode != QLatin1String("team"))) {
        std::fprintf(stderr, "usage: asc_reliability crash|soak|team --console EXE --emulator EXE [options]\n");
        return 2;
    }
    const bool team = mode == QLatin1String("team") || parser.isSet(QStringLiteral("team"));
    if (team && options.leaseMs <= 0) {
        std::fprintf(stderr, "--lease-ms needs a number of milliseconds above 0\n");
        return 2;
    }
    const bool crash = mode == QLatin1String("crash") || mode == QLatin1String("team");
    options.devices = parser.value(QStringLiteral("devices")).toInt();
    if (options.devices <= 0)
        options.devices = crash ? 20000 : 10000;
    options.batchSize = parser.value(QStringLiteral("batch-size")).toInt();
    if (options.batchSize <= 0)
        options.batchSize = crash ? 500 : 100;
    if (team)
        return teamTest(options, mode == QLatin1String("soak"));
    return crash ? crashTest(options) : faultSoak(options);
}
