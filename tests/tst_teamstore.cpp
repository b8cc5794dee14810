// A team on one PostgreSQL store, end to end: real console processes (headless) against the
// emulator and a throwaway cluster. Several reporters at once report each device once; a
// helpdesk login's Report now is queued by the sync leader; a leader killed with SIGKILL is
// replaced and its messages confirmed under their own ids; what a login may not do is
// refused with a message and changes nothing.
#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgschema.h"
#include "app/storage/store.h"
#include "app/storage/storefactory.h"
#include "app/storage/syncleadership.h"
#include "tests/emulatorprocess.h"
#include "tests/pg/pgtestcluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QThread>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#ifndef ASC_CONSOLE_PATH
#error "ASC_CONSOLE_PATH must name the azure-status-console program"
#endif

class TestTeamStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void syncsStartedAtOnceReportEachDeviceOnce();
    void helpdeskReportNowIsQueuedByTheLeader();
    void helpdeskMayNotSync();
    void killedLeaderIsReplacedAndItsMessagesConfirmed();
    void leaderThatLostTheLockCannotWrite();
    void windowNeverWaitsForAReconnect();

private:
    // Ends the backend that holds the store's leader lock (a dropped network, a server
    // that terminated it), as its process would not notice at once; true once it is gone.
    bool endLeaderLock(const QString &database);
    QProcessEnvironment environment() const;
    // Runs the console headless to the end; *out and *err get what it printed.
    int run(const QStringList &arguments, QString *out, QString *err, int timeoutMs = 180000);
    QJsonObject status(const QString &uri);
    qint64 scalar(const QString &database, const QByteArray &sql);

    PgTestCluster m_cluster;
    QTemporaryDir m_dir;
};

void TestTeamStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
}

void TestTeamStore::cleanupTestCase()
{
    m_cluster.stop();
}

QProcessEnvironment TestTeamStore::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("ASC_MDM_USER"), EmulatorProcess::demoMdmUser());
    environment.insert(QStringLiteral("ASC_MDM_PASSWORD"), EmulatorProcess::demoMdmPassword());
    environment.insert(QStringLiteral("ASC_TENANT_ID"), EmulatorProcess::demoTenantId());
    environment.insert(QStringLiteral("ASC_CLIENT_ID"), EmulatorProcess::demoClientId());
    environment.insert(QStringLiteral("ASC_CLIENT_SECRET"), EmulatorProcess::demoClientSecret());
    return environment;
}

int TestTeamStore::run(const QStringList &arguments, QString *out, QString *err, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(ASC_CONSOLE_PATH), QStringList{QStringLiteral("--headless")} + arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *err = QStringLiteral("timed out");
        return -1;
    }
    *out = QString::fromUtf8(process.readAllStandardOutput());
    *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QJsonObject TestTeamStore::status(const QString &uri)
{
    QString out;
    QString err;
    const int code = run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--db"), uri}, &out, &err);
    if (code != 0)
        qWarning("status: %d %s", code, qPrintable(err));
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

qint64 TestTeamStore::scalar(const QString &database, const QByteArray &sql)
{
    const std::unique_ptr<PgConnection> owner = m_cluster.connect(database + QLatin1String("_owner"), database);
    if (!owner)
        return -1;
    const PgResult result = owner->exec(sql);
    if (!result.ok() || result.rows() != 1) {
        qWarning("%s: %s", sql.constData(), qPrintable(result.errorText()));
        return -1;
    }
    return result.integer(0, 0);
}

void TestTeamStore::syncsStartedAtOnceReportEachDeviceOnce()
{
    QString error;
    QString ownerUri;
    QVERIFY2(m_cluster.createStore(QStringLiteral("team_once"), &ownerUri, &error), qPrintable(error));
    const QString reporter = m_cluster.loginUri(QStringLiteral("team_once"), QStringLiteral("reporter"));
    EmulatorProcess emulator;
    QVERIFY2(emulator.start(EmulatorProcess::demoArguments(3000, 7), &error), qPrintable(error));

    // Three reporters at once, as timer jobs on two servers and a console may.
    const QStringList arguments{QStringLiteral("sync"), QStringLiteral("--db"), reporter,
                                QStringLiteral("--tenant-url"), emulator.baseUrl().toString(),
                                QStringLiteral("--timeout"), QStringLiteral("120")};
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 3; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(ASC_CONSOLE_PATH), QStringList{QStringLiteral("--headless")} + arguments);
        runs.push_back(std::move(process));
    }
    int synced = 0;
    for (auto &process : runs) {
        QVERIFY(process->waitForFinished(180000));
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(process->exitCode()).arg(out, err)));
        if (out.startsWith(QLatin1String("Synced")))
            ++synced;
        else
            QVERIFY2(out.startsWith(QLatin1String("Not synced:")), qPrintable(out));
    }
    QVERIFY(synced >= 1);
    const QJsonObject stats = emulator.stats();
    QVERIFY2(stats.value(QStringLiteral("devicesReported")).toInt() > 1000,
             qPrintable(QString::number(stats.value(QStringLiteral("devicesReported")).toInt())));
    QCOMPARE(stats.value(QStringLiteral("devicesInSeveralMessages")).toInt(), 0);
    // The store holds the fleet once and every message confirmed.
    QCOMPARE(scalar(QStringLiteral("team_once"), "SELECT count(*) FROM asc_store.devices"), qint64(3000));
    const QJsonObject outbox = status(reporter).value(QStringLiteral("outbox")).toObject();
    QCOMPARE(outbox.value(QStringLiteral("pending")).toInt(), 0);
    QCOMPARE(outbox.value(QStringLiteral("sent")).toInt(), 0);
    QCOMPARE(outbox.value(QStringLiteral("failed")).toInt(), 0);
    QVERIFY(outbox.value(QStringLiteral("completed")).toInt() > 0);
}

void TestTeamStore::helpdeskReportNowIsQueuedByTheLeader()
{
    QString error;
    QString ownerUri;
    QVERIFY2(m_cluster.createStore(QStringLiteral("team_ask"), &ownerUri, &error), qPrintable(error));
    const QString reporter = m_cluster.loginUri(QStringLiteral("team_ask"), QStringLiteral("reporter"));
    const QString helpdesk = m_cluster.loginUri(QStringLiteral("team_ask"), QStringLiteral("helpdesk"));
    EmulatorProcess emulator;
    QVERIFY2(emulator.start(EmulatorProcess::demoArguments(200, 3), &error), qPrintable(error));
    const QStringList tenant{QStringLiteral("--tenant-url"), emulator.baseUrl().toString(), QStringLiteral("--timeout"),
                             QStringLiteral("120")};
    QString out;
    QString err;
    QCOMPARE(run(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), reporter} + tenant, &out, &err), 0);
    const qint64 device = scalar(QStringLiteral("team_ask"),
                                 "SELECT min(id) FROM asc_store.devices WHERE azure_device_id IS NOT NULL"
                                 " AND entra_user_id IS NOT NULL");
    QVERIFY(device > 0);
    const int messagesBefore = emulator.stats().value(QStringLiteral("messagesReceived")).toInt();

    // The helpdesk asks; it may not write the outbox, so it leaves a request.
    QCOMPARE(run(QStringList{QStringLiteral("report-now"), QString::number(device), QStringLiteral("--db"), helpdesk}
                     + tenant,
                 &out, &err),
             0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(scalar(QStringLiteral("team_ask"), "SELECT count(*) FROM asc_store.report_requests"), qint64(1));
    QCOMPARE(scalar(QStringLiteral("team_ask"),
                    "SELECT count(*) FROM asc_store.audit_log WHERE action = 'report-now' AND actor = 'team_ask_helpdesk'"),
             qint64(1));
    // The reporter, leading, queues and sends it.
    QCOMPARE(run(QStringList{QStringLiteral("send"), QStringLiteral("--db"), reporter} + tenant, &out, &err), 0);
    QVERIFY2(scalar(QStringLiteral("team_ask"), "SELECT count(*) FROM asc_store.report_requests") == 0,
             qPrintable(out + err));
    QCOMPARE(scalar(QStringLiteral("team_ask"),
                    QByteArray("SELECT count(*) FROM asc_store.report_history WHERE event = 'completed' AND device_id = ")
                        + QByteArray::number(device)
                        + " AND message_id IN (SELECT message_id FROM asc_store.report_outbox WHERE trigger = 'manual')"),
             qint64(1));
    QCOMPARE(emulator.stats().value(QStringLiteral("messagesReceived")).toInt(), messagesBefore + 1);
}

void TestTeamStore::helpdeskMayNotSync()
{
    QString error;
    QString ownerUri;
    QVERIFY2(m_cluster.createStore(QStringLiteral("team_refuse"), &ownerUri, &error), qPrintable(error));
    const QString helpdesk = m_cluster.loginUri(QStringLiteral("team_refuse"), QStringLiteral("helpdesk"));
    QString out;
    QString err;
    QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--demo"), QStringLiteral("--db"), helpdesk}, &out, &err), 3);
    QVERIFY2(err.contains(QLatin1String("helpdesk")), qPrintable(err));
    QCOMPARE(scalar(QStringLiteral("team_refuse"), "SELECT count(*) FROM asc_store.devices"), qint64(0));
    QCOMPARE(scalar(QStringLiteral("team_refuse"), "SELECT count(*) FROM asc_store.leadership"), qint64(0));
}

void TestTeamStore::killedLeaderIsReplacedAndItsMessagesConfirmed()
{
    QString error;
    QString ownerUri;
    QVERIFY2(m_cluster.createStore(QStringLiteral("team_kill"), &ownerUri, &error), qPrintable(error));
    const QString reporter = m_cluster.loginUri(QStringLiteral("team_kill"), QStringLiteral("reporter"));
    // Messages stay InProgress for a while, so the leader dies with messages sent and not
    // confirmed, each leased to it.
    EmulatorProcess emulator;
    QVERIFY2(emulator.start(EmulatorProcess::demoArguments(2000, 11)
                                + QStringList{QStringLiteral("--processing-ms"), QStringLiteral("3000")},
                            &error),
             qPrintable(error));
    const QStringList common{QStringLiteral("--db"), reporter, QStringLiteral("--tenant-url"),
                             emulator.baseUrl().toString(), QStringLiteral("--timeout"), QStringLiteral("120")};
    QProcessEnvironment shortLeases = environment();
    shortLeases.insert(QStringLiteral("ASC_PG_OUTBOX_LEASE_MS"), QStringLiteral("4000"));

    QProcess leader;
    leader.setProcessEnvironment(shortLeases);
    leader.start(QStringLiteral(ASC_CONSOLE_PATH), QStringList{QStringLiteral("--headless"), QStringLiteral("sync")} + common);
    QVERIFY(leader.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(emulator.stats().value(QStringLiteral("messagesReceived")).toInt() > 0, 60000);

    QProcess follower;
    follower.setProcessEnvironment(shortLeases);
    follower.start(QStringLiteral(ASC_CONSOLE_PATH), QStringList{QStringLiteral("--headless"), QStringLiteral("send")} + common);
    QVERIFY(follower.waitForStarted(10000));
    QTest::qWait(1000);
    QVERIFY2(leader.state() == QProcess::Running, "the leader ended before it could be killed: raise --processing-ms");
    const qint64 termBefore = scalar(QStringLiteral("team_kill"), "SELECT term FROM asc_store.leadership");
    leader.kill();
    QVERIFY(leader.waitForFinished(10000));

    QVERIFY(follower.waitForFinished(180000));
    const QString out = QString::fromUtf8(follower.readAllStandardOutput());
    const QString err = QString::fromUtf8(follower.readAllStandardError());
    QVERIFY2(follower.exitStatus() == QProcess::NormalExit && follower.exitCode() == 0,
             qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(follower.exitCode()).arg(out, err)));
    // The follower took the lead in a new term, and delivered what the leader had queued.
    QVERIFY(scalar(QStringLiteral("team_kill"), "SELECT term FROM asc_store.leadership") > termBefore);
    const QJsonObject stats = emulator.stats();
    QCOMPARE(stats.value(QStringLiteral("devicesInSeveralMessages")).toInt(), 0);
    const QJsonObject outbox = status(reporter).value(QStringLiteral("outbox")).toObject();
    QCOMPARE(outbox.value(QStringLiteral("pending")).toInt(), 0);
    QCOMPARE(outbox.value(QStringLiteral("sent")).toInt(), 0);
    QCOMPARE(outbox.value(QStringLiteral("failed")).toInt(), 0);
    QVERIFY(outbox.value(QStringLiteral("completed")).toInt() > 0);
}

bool TestTeamStore::endLeaderLock(const QString &database)
{
    const QByteArray holder = "FROM pg_locks WHERE locktype = 'advisory' AND granted"
                              " AND database = (SELECT oid FROM pg_database WHERE datname = '"
        + database.toUtf8() + "') AND classid = " + QByteArray::number(PgSchema::kLockSpace)
        + " AND objid = " + QByteArray::number(PgSchema::kLeaderLock) + " AND objsubid = 2";
    QString error;
    if (!m_cluster.superuser("SELECT pg_terminate_backend(pid) " + holder, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    const std::unique_ptr<PgConnection> probe = m_cluster.connect(QStringLiteral("postgres"), QStringLiteral("postgres"));
    for (int attempt = 0; probe && attempt < 100; ++attempt) {
        const PgResult held = probe->exec("SELECT count(*) " + holder);
        if (held.ok() && held.integer(0, 0) == 0)
            return true;
        QTest::qWait(50);
    }
    return false;
}

void TestTeamStore::leaderThatLostTheLockCannotWrite()
{
    const QString database = QStringLiteral("fence");
    QString ownerUri;
    QString error;
    QVERIFY2(m_cluster.createStore(database, &ownerUri, &error), qPrintable(error));
    const QString uri = m_cluster.loginUri(database, QStringLiteral("reporter"));
    std::vector<std::unique_ptr<Store>> stores;
    std::vector<std::unique_ptr<SyncLeadership>> leaderships;
    for (int i = 0; i < 3; ++i) {
        stores.push_back(StoreFactory::create(uri, &error));
        QVERIFY2(stores.back() && stores.back()->open(&error), qPrintable(error));
        leaderships.push_back(StoreFactory::leadership(*stores.back()));
    }
    const auto page = [](Store &store, qint64 id, QString *problem) {
        DeviceRecord device;
        device.id = id;
        device.name = QStringLiteral("Device %1").arg(id);
        device.lastCheckin = QDateTime::currentDateTimeUtc();
        return store.devices().upsertDevices({device}, problem, DeviceStore::UpsertMode::InventoryOnly);
    };
    const auto asLeader = [&page](Store &store, qint64 id, QString *problem) {
        return store.commitAsLeader([&](QString *e) { return page(store, id, e); }, problem);
    };
    Store &first = *stores[0];
    Store &second = *stores[1];
    QVERIFY2(leaderships[0]->tryLead(&error), qPrintable(error));
    QVERIFY(leaderships[0]->leads());
    QVERIFY2(asLeader(first, 1, &error), qPrintable(error));

    // The first leader's lock goes with its connection; it has not checked since, so it
    // still believes it leads. Once the second has taken over, its pages are refused.
    QVERIFY(endLeaderLock(database));
    QVERIFY2(leaderships[1]->tryLead(&error), qPrintable(error));
    QVERIFY(leaderships[1]->leads());
    QVERIFY(leaderships[0]->leads());
    error.clear();
    QVERIFY(!asLeader(first, 2, &error));
    QVERIFY2(error.contains(QLatin1String("another process has taken over the sync")), qPrintable(error));
    QCOMPARE(second.devices().deviceCount(&error), 1);
    QVERIFY2(asLeader(second, 3, &error), qPrintable(error));

    // A take-over waits for the page the old leader is writing: the page ends first, then
    // the new term begins, so the two never write at the same time.
    std::atomic<bool> taken{false};
    QString takeError;
    std::thread taker;
    const bool written = second.commitAsLeader(
        [&](QString *problem) {
            // Checked, nothing written yet: only the check's own lock can hold the take-over.
            if (!endLeaderLock(database))
                return false;
            taker = std::thread([&] {
                leaderships[2]->tryLead(&takeError);
                taken = true;
            });
            QTest::qWait(1000);
            if (taken) {
                *problem = QStringLiteral("the take-over did not wait for the leader's open page");
                return false;
            }
            return page(second, 4, problem);
        },
        &error);
    if (taker.joinable())
        taker.join();
    QVERIFY2(written, qPrintable(error));
    QVERIFY2(takeError.isEmpty(), qPrintable(takeError));
    QVERIFY(leaderships[2]->leads());
    QCOMPARE(first.devices().deviceCount(&error), 3);
    QVERIFY(!asLeader(second, 5, &error));
    QVERIFY2(asLeader(*stores[2], 5, &error), qPrintable(error));
    QCOMPARE(first.devices().deviceCount(&error), 4);
}

void TestTeamStore::windowNeverWaitsForAReconnect()
{
    const QString database = QStringLiteral("reconnect");
    QString ownerUri;
    QString error;
    QVERIFY2(m_cluster.createStore(database, &ownerUri, &error), qPrintable(error));
    const std::unique_ptr<Store> store
        = StoreFactory::create(m_cluster.loginUri(database, QStringLiteral("helpdesk")), &error);
    QVERIFY2(store && store->open(&error), qPrintable(error));
    store->setResponsiveThread(QThread::currentThread());
    QCOMPARE(store->devices().deviceCount(&error), 0);

    // The server ends this thread's backend, and then stops answering new connections
    // (its postmaster paused): a connect would wait for the connect timeout, 10 s.
    const QByteArray backends = "FROM pg_stat_activity WHERE datname = '" + database.toUtf8() + "' AND usename = '"
        + database.toUtf8() + "_helpdesk'";
    QVERIFY2(m_cluster.superuser("SELECT pg_terminate_backend(pid) " + backends, &error), qPrintable(error));
    const std::unique_ptr<PgConnection> probe = m_cluster.connect(QStringLiteral("postgres"), QStringLiteral("postgres"));
    QVERIFY(probe);
    QTRY_COMPARE(probe->exec("SELECT count(*) " + backends).integer(0, 0), qint64(0));
    QFile pidFile(m_cluster.folder() + QStringLiteral("/data/postmaster.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t postmaster = pid_t(pidFile.readLine().trimmed().toLongLong());
    QVERIFY(postmaster > 0);
    QCOMPARE(::kill(postmaster, SIGSTOP), 0);
    // Resumed on every way out, so that the cluster can be stopped.
    const auto resume = qScopeGuard([postmaster] { ::kill(postmaster, SIGCONT); });
    QElapsedTimer timer;
    timer.start();
    // The first read finds the connection gone; the next ones start and wait for nothing.
    QString lastError;
    for (int i = 0; i < 3; ++i) {
        lastError.clear();
        QCOMPARE(store->devices().deviceCount(&lastError), -1);
    }
    const qint64 waited = timer.elapsed();
    ::kill(postmaster, SIGCONT);
    QVERIFY2(waited < 2000, qPrintable(QStringLiteral("the window's thread waited %1 ms").arg(waited)));
    QVERIFY2(lastError.contains(QLatin1String("is being opened again")), qPrintable(lastError));
    // Once the server answers, the connection opened in the background is taken up.
    QTRY_VERIFY_WITH_TIMEOUT(store->devices().deviceCount(&error) == 0, 20000);
}

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
