// A team on one PostgreSQL store, end to end: real console processes (headless) against the
// emulator and a throwaway cluster. Several reporters at once report each device once; a
// helpdesk login's Report now is queued by the sync leader; a leader killed with SIGKILL is
// replaced and its messages confirmed under their own ids; what a login may not do is
// refused with a message and changes nothing.
#include "app/storage/postgres/pgconnection.h"
#include "tests/emulatorprocess.h"
#include "tests/pg/pgtestcluster.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
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

private:
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

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
