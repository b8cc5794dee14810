#include "app/storage/sqlite/sqliteleaderlease.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/storage/storefactory.h"
#include "tests/emulatorprocess.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHostInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#ifndef ASC_CONSOLE_PATH
#error "ASC_CONSOLE_PATH must name the azure-status-console program"
#endif

// One sync leader per store: of the processes that share a SQLite store, only one pulls,
// plans and sends; another takes over when it gives up, when its lease runs out, or at
// once when its process is gone. The end-to-end case is the one users hit: several
// `--headless sync` on one file at once must report each device once.
class TestSyncLeader final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void oneLeaderAtATime();
    void leaderThatGivesUpIsReplacedAtOnce();
    void expiredLeaseIsTakenOver();
    void deadProcessIsReplacedBeforeItsLeaseRunsOut();
    void leaseThreadKeepsTheLeadAndTellsTheOthers();
    void leaderThatLostTheLeadCannotWrite();
    void storeThatCannotBeOpenedSaysSo();
    void statusNamesTheLeader();
    void syncsStartedAtOnceReportEachDeviceOnce();
    void killedLeaderIsReplacedAndItsMessagesConfirmed();

private:
    QProcessEnvironment tenantEnvironment() const;
    QString db() const { return m_dir->filePath(QStringLiteral("devices.sqlite")); }
    // Writes the lease row as another process would have left it.
    void writeLease(const QString &owner, const QString &host, qint64 pid, qint64 untilMs);

    std::unique_ptr<QTemporaryDir> m_dir;
};

QProcessEnvironment TestSyncLeader::tenantEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("ASC_MDM_USER"), EmulatorProcess::demoMdmUser());
    environment.insert(QStringLiteral("ASC_MDM_PASSWORD"), EmulatorProcess::demoMdmPassword());
    environment.insert(QStringLiteral("ASC_TENANT_ID"), EmulatorProcess::demoTenantId());
    environment.insert(QStringLiteral("ASC_CLIENT_ID"), EmulatorProcess::demoClientId());
    environment.insert(QStringLiteral("ASC_CLIENT_SECRET"), EmulatorProcess::demoClientSecret());
    return environment;
}

void TestSyncLeader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The store file exists before any lease opens it (the console creates it first).
    sqlite3 *handle = nullptr;
    QCOMPARE(sqlite3_open(db().toUtf8().constData(), &handle), SQLITE_OK);
    QCOMPARE(sqlite3_exec(handle, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(handle);
}

void TestSyncLeader::writeLease(const QString &owner, const QString &host, qint64 pid, qint64 untilMs)
{
    sqlite3 *handle = nullptr;
    QCOMPARE(sqlite3_open(db().toUtf8().constData(), &handle), SQLITE_OK);
    const QByteArray sql = QStringLiteral("INSERT OR REPLACE INTO sync_leader VALUES (1, '%1', '%2', %3, %4, %5)")
                               .arg(owner, host)
                               .arg(pid)
                               .arg(QDateTime::currentMSecsSinceEpoch())
                               .arg(untilMs)
                               .toUtf8();
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message);
    const QString text = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(handle);
    QVERIFY2(rc == SQLITE_OK, qPrintable(text));
}

void TestSyncLeader::oneLeaderAtATime()
{
    SqliteLeaderLease first(db());
    SqliteLeaderLease second(db());
    QString error;
    QVERIFY2(first.tryLead(&error), qPrintable(error));
    QVERIFY2(second.tryLead(&error), qPrintable(error));
    QVERIFY(first.leads());
    QVERIFY(!second.leads());
    // The one that does not lead knows who does.
    QCOMPARE(second.leader().owner, first.leader().owner);
    QCOMPARE(second.leader().pid, QCoreApplication::applicationPid());
    QVERIFY(second.leader().until > QDateTime::currentDateTimeUtc());
    // Renewing keeps the lead and its start.
    const QDateTime since = first.leader().since;
    QVERIFY2(first.tryLead(&error), qPrintable(error));
    QVERIFY(first.leads());
    QCOMPARE(first.leader().since, since);
    QVERIFY2(second.tryLead(&error), qPrintable(error));
    QVERIFY(!second.leads());
}

void TestSyncLeader::leaderThatGivesUpIsReplacedAtOnce()
{
    SqliteLeaderLease first(db());
    SqliteLeaderLease second(db());
    QString error;
    QVERIFY2(first.tryLead(&error), qPrintable(error));
    QSignalSpy lost(&first, &SyncLeadership::leadershipChanged);
    first.stop();
    QCOMPARE(lost.count(), 1);
    QCOMPARE(lost.first().first().toBool(), false);
    QVERIFY(!first.leads());
    QVERIFY2(second.tryLead(&error), qPrintable(error));
    QVERIFY(second.leads());
}

void TestSyncLeader::expiredLeaseIsTakenOver()
{
    // A leader that stopped renewing (stalled, or on another host) keeps the lead until
    // its lease runs out, not longer.
    SqliteLeaderLease stalled(db(), { 400, 100 });
    SqliteLeaderLease waiting(db(), { 400, 100 });
    QString error;
    QVERIFY2(stalled.tryLead(&error), qPrintable(error));
    QVERIFY2(waiting.tryLead(&error), qPrintable(error));
    QVERIFY(!waiting.leads());
    writeLease(stalled.leader().owner, QStringLiteral("another-host"), 1, QDateTime::currentMSecsSinceEpoch() + 300);
    QVERIFY2(waiting.tryLead(&error), qPrintable(error));
    QVERIFY(!waiting.leads());
    QTest::qWait(350);
    QVERIFY2(waiting.tryLead(&error), qPrintable(error));
    QVERIFY(waiting.leads());
    // The stalled one finds out at its next renewal and stops leading.
    QVERIFY2(stalled.tryLead(&error), qPrintable(error));
    QVERIFY(!stalled.leads());
}

void TestSyncLeader::deadProcessIsReplacedBeforeItsLeaseRunsOut()
{
    // A leader killed with SIGKILL releases nothing: its row still holds a long lease.
    QProcess probe;
    probe.start(QStringLiteral("/bin/true"));
    QVERIFY(probe.waitForStarted(10000));
    const qint64 pid = probe.processId();
    QVERIFY(probe.waitForFinished(10000));
    QVERIFY(pid > 0);

    SqliteLeaderLease lease(db());
    QString error;
    QVERIFY2(lease.tryLead(&error), qPrintable(error)); // creates the table
    lease.stop();
    const qint64 inAnHour = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
    // Alive on this host: not taken over.
    writeLease(QStringLiteral("other"), QHostInfo::localHostName(), 1, inAnHour);
    SqliteLeaderLease next(db());
    QVERIFY2(next.tryLead(&error), qPrintable(error));
    QVERIFY2(!next.leads(), "process 1 is alive: its lease holds");
    // Gone from this host: taken over at once.
    writeLease(QStringLiteral("other"), QHostInfo::localHostName(), pid, inAnHour);
    QVERIFY2(next.tryLead(&error), qPrintable(error));
    QVERIFY2(next.leads(), "a leader whose process is gone is replaced without waiting for its lease");
    // The same pid on another host is another process: its lease holds.
    next.stop();
    writeLease(QStringLiteral("other"), QStringLiteral("another-host"), pid, inAnHour);
    QVERIFY2(next.tryLead(&error), qPrintable(error));
    QVERIFY(!next.leads());
}

void TestSyncLeader::leaseThreadKeepsTheLeadAndTellsTheOthers()
{
    SqliteLeaderLease leader(db(), { 600, 100 });
    SqliteLeaderLease follower(db(), { 600, 100 });
    QSignalSpy led(&leader, &SyncLeadership::leadershipChanged);
    QSignalSpy followed(&follower, &SyncLeadership::leadershipChanged);
    leader.start();
    QTRY_VERIFY(leader.leads());
    follower.start();
    // Several lease lengths: the leader's thread renews, the follower never gets in.
    QTest::qWait(1500);
    QVERIFY(leader.leads());
    QVERIFY(!follower.leads());
    QCOMPARE(followed.count(), 0);
    leader.stop();
    QTRY_VERIFY_WITH_TIMEOUT(follower.leads(), 2000);
    QCOMPARE(followed.count(), 1);
    QCOMPARE(led.count(), 2); // gained, given up
    follower.stop();
}

void TestSyncLeader::leaderThatLostTheLeadCannotWrite()
{
    SqliteStore store(db());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const std::unique_ptr<SyncLeadership> lease = StoreFactory::leadership(store);
    QVERIFY2(lease->tryLead(&error), qPrintable(error));
    QVERIFY(lease->leads());
    const auto page = [&store](qint64 id, QString *problem) {
        DeviceRecord device;
        device.id = id;
        device.name = QStringLiteral("Device %1").arg(id);
        device.lastCheckin = QDateTime::currentDateTimeUtc();
        return store.devices().upsertDevices({device}, problem, DeviceStore::UpsertMode::InventoryOnly);
    };
    QVERIFY2(store.commitAsLeader([&](QString *problem) { return page(1, problem); }, &error), qPrintable(error));

    // The process stalled past its lease and another took the lead over; this one has not
    // renewed since, so it still believes it leads. Its next page must not be written.
    writeLease(QStringLiteral("successor"), QStringLiteral("another-host"), 1,
               QDateTime::currentMSecsSinceEpoch() + 60000);
    QVERIFY(lease->leads());
    error.clear();
    QVERIFY(!store.commitAsLeader([&](QString *problem) { return page(2, problem); }, &error));
    QVERIFY2(error.contains(QLatin1String("another process has taken over the sync")), qPrintable(error));
    QCOMPARE(store.devices().deviceCount(&error), 1);
    // What any process may write (Report now, a saved policy's reports) is not the leader's.
    QVERIFY2(store.commitTogether([&](QString *problem) { return page(3, problem); }, &error), qPrintable(error));
    QCOMPARE(store.devices().deviceCount(&error), 2);
}

void TestSyncLeader::storeThatCannotBeOpenedSaysSo()
{
    // The lease never creates a store: a file that is gone is an error naming it.
    const QString gone = m_dir->filePath(QStringLiteral("gone/devices.sqlite"));
    SqliteLeaderLease lease(gone);
    QString error;
    QVERIFY(!lease.tryLead(&error));
    QVERIFY2(error.contains(gone), qPrintable(error));
    QVERIFY(!lease.leads());
    QVERIFY(!QFileInfo::exists(gone));
    QVERIFY(!lease.readLeader(&error));
    QVERIFY2(error.contains(gone), qPrintable(error));
}

void TestSyncLeader::statusNamesTheLeader()
{
    const auto status = [this] {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ASC_CONSOLE_PATH),
            { QStringLiteral("--headless"), QStringLiteral("status"), QStringLiteral("--db"), db(),
                QStringLiteral("--json") });
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return QJsonObject { { QStringLiteral("failed"), QString::fromUtf8(process.readAllStandardError()) } };
        return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    };
    // A store no process has led: nobody.
    QJsonObject json = status();
    QVERIFY2(json.contains(QStringLiteral("syncLeader")), QJsonDocument(json).toJson().constData());
    QVERIFY(json.value(QStringLiteral("syncLeader")).isNull());

    SqliteLeaderLease lease(db());
    QString error;
    QVERIFY2(lease.tryLead(&error), qPrintable(error));
    json = status();
    const QJsonObject leader = json.value(QStringLiteral("syncLeader")).toObject();
    QCOMPARE(leader.value(QStringLiteral("host")).toString(), QHostInfo::localHostName());
    QCOMPARE(leader.value(QStringLiteral("pid")).toInteger(), QCoreApplication::applicationPid());
    QCOMPARE(QDateTime::fromString(leader.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs),
        lease.leader().since);

    lease.stop();
    QVERIFY(status().value(QStringLiteral("syncLeader")).isNull());
}

void TestSyncLeader::syncsStartedAtOnceReportEachDeviceOnce()
{
    EmulatorProcess emulator;
    QString error;
    QVERIFY2(emulator.start(EmulatorProcess::demoArguments(3000, 7), &error), qPrintable(error));

    const QProcessEnvironment environment = tenantEnvironment();
    const QString store = m_dir->filePath(QStringLiteral("shared.sqlite"));
    const QStringList arguments { QStringLiteral("--headless"), QStringLiteral("sync"), QStringLiteral("--db"), store,
        QStringLiteral("--tenant-url"), emulator.baseUrl().toString(), QStringLiteral("--timeout"),
        QStringLiteral("120") };

    // Three at once on a store none of them has made yet, as timer jobs and a window may.
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 3; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(ASC_CONSOLE_PATH), arguments);
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
}

void TestSyncLeader::killedLeaderIsReplacedAndItsMessagesConfirmed()
{
    // Messages stay InProgress for a while, so the leader is killed (SIGKILL: it releases
    // nothing) with messages sent and not yet confirmed. A second process, which was only
    // waiting for the outbox, takes over and confirms them under the same message ids.
    EmulatorProcess emulator;
    QString error;
    QVERIFY2(emulator.start(EmulatorProcess::demoArguments(2000, 11)
                                + QStringList { QStringLiteral("--processing-ms"), QStringLiteral("3000") },
                 &error),
        qPrintable(error));
    const QString store = m_dir->filePath(QStringLiteral("shared.sqlite"));
    const QStringList common { QStringLiteral("--db"), store, QStringLiteral("--tenant-url"),
        emulator.baseUrl().toString(), QStringLiteral("--timeout"), QStringLiteral("120") };

    QProcess leader;
    leader.setProcessEnvironment(tenantEnvironment());
    leader.start(QStringLiteral(ASC_CONSOLE_PATH), QStringList { QStringLiteral("--headless"), QStringLiteral("sync") } + common);
    QVERIFY(leader.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(emulator.stats().value(QStringLiteral("messagesReceived")).toInt() > 0, 60000);

    QProcess follower;
    follower.setProcessEnvironment(tenantEnvironment());
    follower.start(QStringLiteral(ASC_CONSOLE_PATH), QStringList { QStringLiteral("--headless"), QStringLiteral("send") } + common);
    QVERIFY(follower.waitForStarted(10000));
    // The follower is up and has found it does not lead before the leader dies.
    QTest::qWait(1000);
    QVERIFY2(leader.state() == QProcess::Running, "the leader ended before it could be killed: raise --processing-ms");
    leader.kill();
    QVERIFY(leader.waitForFinished(10000));
    const int receivedBeforeKill = emulator.stats().value(QStringLiteral("messagesReceived")).toInt();

    QVERIFY(follower.waitForFinished(180000));
    const QString out = QString::fromUtf8(follower.readAllStandardOutput());
    const QString err = QString::fromUtf8(follower.readAllStandardError());
    QVERIFY2(follower.exitStatus() == QProcess::NormalExit && follower.exitCode() == 0,
        qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(follower.exitCode()).arg(out, err)));

    const QJsonObject stats = emulator.stats();
    QVERIFY(receivedBeforeKill > 0);
    QCOMPARE(stats.value(QStringLiteral("devicesInSeveralMessages")).toInt(), 0);
    // Everything the leader had queued was delivered and confirmed by the follower.
    QProcess status;
    status.setProcessEnvironment(tenantEnvironment());
    status.start(QStringLiteral(ASC_CONSOLE_PATH),
        { QStringLiteral("--headless"), QStringLiteral("status"), QStringLiteral("--db"), store, QStringLiteral("--json") });
    QVERIFY(status.waitForFinished(60000));
    const QJsonObject outbox
        = QJsonDocument::fromJson(status.readAllStandardOutput()).object().value(QStringLiteral("outbox")).toObject();
    QCOMPARE(outbox.value(QStringLiteral("pending")).toInt(), 0);
    QCOMPARE(outbox.value(QStringLiteral("sent")).toInt(), 0);
    QCOMPARE(outbox.value(QStringLiteral("failed")).toInt(), 0);
    QVERIFY(outbox.value(QStringLiteral("completed")).toInt() > 0);
}

QTEST_GUILESS_MAIN(TestSyncLeader)
#include "tst_syncleader.moc"
