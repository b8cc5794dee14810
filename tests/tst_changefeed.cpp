// The PostgreSQL store's change feed against a real server (a throwaway cluster of its own):
// what one connection commits reaches a feed on another as the ids and parts it changed,
// bursts arrive coalesced, a lost connection is said and caught up on, and stop() ends the
// feed's thread. Also the console's side: a feed's device change re-reads those devices.
#include "app/console/consoleservices.h"
#include "app/i18n/languageswitcher.h"
#include "app/inventory/deviceinventory.h"
#include "app/policy/policyservice.h"
#include "app/storage/postgres/pgchangefeed.h"
#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgconnectionsettings.h"
#include "app/storage/postgres/pgdevicewriter.h"
#include "app/storage/postgres/pgtransaction.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "models/device.h"
#include "tests/pg/pgtestcluster.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

namespace {
const QString kDatabase = QStringLiteral("feed");

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// A feed for a store without a server: the console's side needs only its signals.
class ScriptedFeed final : public StoreChangeFeed
{
public:
    void start() override { }
    void stop() override { }
    bool isLive() const override { return true; }
    void send(const StoreChanges &changes) { Q_EMIT changed(changes); }
};
} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void committedDevicesArriveWithTheirIds();
    void burstIsCoalescedAndLosesNoId();
    void policiesOutboxAndDeletesSetTheirFlags();
    void reportNowShowsOnItsDevice();
    void lostConnectionIsSaidAndCaughtUpOn();
    void stopEndsTheThreadAndTheSignals();
    void syncPagesBringTheDevicesTheyChanged();
    void consoleRereadsTheChangedDevices();

private:
    std::unique_ptr<PgChangeFeed> startFeed();
    // Runs each statement in one transaction as the reporter; fails the test on error.
    void commit(const QList<QByteArray> &statements);
    // One page of a sync, written as the device store writes it, in its own transaction.
    void writePage(const QList<DeviceRecord> &page);
    qint64 storeRevision();

    PgTestCluster m_cluster;
    std::unique_ptr<PgConnection> m_reporter;
    std::unique_ptr<PgChangeFeed> m_feed;
};

void TestChangeFeed::initTestCase()
{
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    QString ownerUri;
    QVERIFY2(m_cluster.createStore(kDatabase, &ownerUri, &error), qPrintable(error));
    m_reporter = m_cluster.connect(kDatabase + QLatin1String("_reporter"), kDatabase);
    QVERIFY(m_reporter);
    // Commits that wait for no disk, so that a burst is a burst.
    QVERIFY2(m_reporter->run("SET synchronous_commit = off", &error), qPrintable(error));
    QList<QByteArray> seed;
    for (int id = 1; id <= 20; ++id)
        seed.append("INSERT INTO asc_store.devices (id, name, updated_ms) VALUES (" + QByteArray::number(id)
                    + ", 'seed', 0)");
    commit(seed);
}

void TestChangeFeed::cleanupTestCase()
{
    m_feed.reset();
    m_reporter.reset();
    m_cluster.stop();
}

void TestChangeFeed::init()
{
    m_feed = startFeed();
    QVERIFY(m_feed);
}

void TestChangeFeed::cleanup()
{
    m_feed.reset();
}

std::unique_ptr<PgChangeFeed> TestChangeFeed::startFeed()
{
    QString error;
    const QString uri = m_cluster.loginUri(kDatabase, QStringLiteral("helpdesk"));
    const auto settings = PgConnectionSettings::parse(uri, &error);
    if (!settings) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto feed = std::make_unique<PgChangeFeed>(*settings, uri);
    QSignalSpy connection(feed.get(), &StoreChangeFeed::connectionChanged);
    feed->start();
    if (!connection.wait(10000) || !connection.first().at(0).toBool()) {
        qWarning("the change feed did not connect: %s",
                 connection.isEmpty() ? "no answer" : qPrintable(connection.first().at(1).toString()));
        return nullptr;
    }
    return feed;
}

void TestChangeFeed::commit(const QList<QByteArray> &statements)
{
    QString error;
    PgTransaction transaction(*m_reporter);
    QVERIFY2(transaction.begin(&error), qPrintable(error));
    for (const QByteArray &sql : statements)
        QVERIFY2(m_reporter->run(sql, &error), qPrintable(QString::fromUtf8(sql) + QLatin1String(": ") + error));
    QVERIFY2(transaction.commit(&error), qPrintable(error));
}

void TestChangeFeed::writePage(const QList<DeviceRecord> &page)
{
    QString error;
    PgDeviceWriter writer(*m_reporter);
    PgTransaction transaction(*m_reporter);
    QVERIFY2(transaction.begin(&error), qPrintable(error));
    QVERIFY2(writer.write(page, PgDeviceWriter::Fields::InventoryOnly, 1, &error), qPrintable(error));
    QVERIFY2(transaction.commit(&error), qPrintable(error));
}

qint64 TestChangeFeed::storeRevision()
{
    return m_reporter->exec("SELECT revision FROM asc_store.store_revision").integer(0, 0);
}

void TestChangeFeed::committedDevicesArriveWithTheirIds()
{
    QSignalSpy changed(m_feed.get(), &StoreChangeFeed::changed);
    commit({"UPDATE asc_store.devices SET name = 'renamed' WHERE id IN (3, 5)",
            "INSERT INTO asc_store.devices (id, name, updated_ms) VALUES (101, 'new', 1)"});
    const qint64 revision = storeRevision();
    // A second is what a colleague may wait for a change to show.
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 1000);
    const auto changes = changed.first().at(0).value<StoreChanges>();
    QCOMPARE(changes.revision, revision);
    QCOMPARE(sorted(changes.devices), QList<qint64>({3, 5, 101}));
    QVERIFY(!changes.devicesUnknown);
    QVERIFY(!changes.policies && !changes.outbox && !changes.history && !changes.audit && !changes.settings
            && !changes.leadership);
    QCOMPARE(m_feed->revision(), revision);

    // The next change brings only itself, not again what was reported already.
    commit({"UPDATE asc_store.devices SET name = 'again' WHERE id = 7"});
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 1000);
    QCOMPARE(changed.last().at(0).value<StoreChanges>().devices, QList<qint64>({7}));
}

void TestChangeFeed::burstIsCoalescedAndLosesNoId()
{
    QSignalSpy changed(m_feed.get(), &StoreChangeFeed::changed);
    QSet<qint64> written;
    // Paced a little, as a sync's pages are: a feed reading on every notification would
    // read about once per commit, one that coalesces once per kCoalesceMs.
    QElapsedTimer burst;
    burst.start();
    for (int i = 0; i < 50; ++i) {
        const qint64 id = 1000 + i;
        commit({"INSERT INTO asc_store.devices (id, name, updated_ms) VALUES (" + QByteArray::number(id)
                + ", 'burst', 1)"});
        written.insert(id);
        QThread::msleep(2);
    }
    const qint64 burstMs = burst.elapsed();
    const qint64 revision = storeRevision();
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty()
                                 && changed.last().at(0).value<StoreChanges>().revision == revision,
                             1000);
    QSet<qint64> reported;
    for (const QList<QVariant> &emission : std::as_const(changed)) {
        const auto changes = emission.at(0).value<StoreChanges>();
        reported.unite(QSet<qint64>(changes.devices.cbegin(), changes.devices.cend()));
    }
    QCOMPARE(reported, written);
    // One read per coalescing interval the burst lasted (and one for its tail), not one per commit.
    const qint64 allowed = burstMs / PgChangeFeed::kCoalesceMs + 2;
    QVERIFY2(changed.size() <= allowed,
             qPrintable(QStringLiteral("%1 emissions for a burst of %2 ms").arg(changed.size()).arg(burstMs)));
    QVERIFY(changed.size() < 50);
}

void TestChangeFeed::policiesOutboxAndDeletesSetTheirFlags()
{
    QSignalSpy changed(m_feed.get(), &StoreChangeFeed::changed);
    const auto next = [&]() -> StoreChanges {
        if (!QTest::qWaitFor([&] { return !changed.isEmpty(); }, 1000))
            return {};
        return changed.takeFirst().at(0).value<StoreChanges>();
    };

    commit({"INSERT INTO asc_store.policies (id, name, rule, steps_json) VALUES (7, 'p', 'r', '[]')"});
    StoreChanges changes = next();
    QVERIFY(changes.policies);
    QVERIFY(!changes.outbox && changes.devices.isEmpty() && !changes.devicesUnknown);

    commit({"INSERT INTO asc_store.report_outbox (message_id, created_ms, trigger, payload, state, next_attempt_ms)"
            " VALUES (gen_random_uuid(), 1, 'sync', '{}', 'pending', 0)"});
    changes = next();
    QVERIFY(changes.outbox);
    QVERIFY(!changes.policies && changes.devices.isEmpty());

    // A deleted row leaves no revision: its table's last delete says what to read again.
    commit({"DELETE FROM asc_store.policies WHERE id = 7"});
    changes = next();
    QVERIFY(changes.policies);
    QVERIFY(!changes.devicesUnknown && !changes.outbox);

    commit({"DELETE FROM asc_store.devices WHERE id = 20", "UPDATE asc_store.devices SET name = 'x' WHERE id = 19"});
    changes = next();
    QVERIFY(changes.devicesUnknown);
    QVERIFY(!changes.policies);
    QVERIFY(changed.isEmpty());
}

void TestChangeFeed::reportNowShowsOnItsDevice()
{
    auto helen = m_cluster.connect(kDatabase + QLatin1String("_helpdesk"), kDatabase);
    QVERIFY(helen);
    QSignalSpy changed(m_feed.get(), &StoreChangeFeed::changed);
    QString error;
    QVERIFY2(helen->run("SELECT asc_store.report_now(ARRAY[4]::bigint[])", &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 1000);
    const auto changes = changed.first().at(0).value<StoreChanges>();
    QCOMPARE(changes.devices, QList<qint64>({4}));
    QVERIFY(changes.outbox);
    QVERIFY(changes.audit);
}

void TestChangeFeed::lostConnectionIsSaidAndCaughtUpOn()
{
    QSignalSpy connection(m_feed.get(), &StoreChangeFeed::connectionChanged);
    QSignalSpy changed(m_feed.get(), &StoreChangeFeed::changed);
    QString error;
    // Only the feed logs in as the helpdesk login here.
    QVERIFY2(m_cluster.superuser("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'feed_helpdesk'",
                                 &error),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!connection.isEmpty(), 5000);
    QCOMPARE(connection.first().at(0).toBool(), false);
    QVERIFY(!connection.first().at(1).toString().isEmpty());
    QVERIFY(!m_feed->isLive());

    // Committed while the feed is away: no notification reaches it.
    commit({"UPDATE asc_store.devices SET name = 'while away' WHERE id IN (8, 9)"});
    commit({"INSERT INTO asc_store.policies (id, name, rule, steps_json) VALUES (8, 'away', 'r', '[]')"});
    const qint64 revision = storeRevision();
    QVERIFY(changed.isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(m_feed->isLive(), 10000);
    QCOMPARE(connection.last().at(0).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 1000);
    const auto changes = changed.first().at(0).value<StoreChanges>();
    QCOMPARE(changes.revision, revision);
    QCOMPARE(sorted(changes.devices), QList<qint64>({8, 9}));
    QVERIFY(changes.policies);

    // And it listens again.
    commit({"UPDATE asc_store.devices SET name = 'back' WHERE id = 10"});
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 1000);
    QCOMPARE(changed.last().at(0).value<StoreChanges>().devices, QList<qint64>({10}));
}

void TestChangeFeed::stopEndsTheThreadAndTheSignals()
{
    QVERIFY(m_feed->isRunning());
    QSignalSpy changed(m_feed.get(), &StoreChangeFeed::changed);
    commit({"UPDATE asc_store.devices SET name = 'before stop' WHERE id = 11"});
    // Not processing events meanwhile: the feed's thread reads the change and posts it here,
    // where it is still waiting when stop() is called, and must not arrive after it.
    QThread::msleep(10 * PgChangeFeed::kCoalesceMs);
    m_feed->stop();
    // Returned with the thread ended, not left to finish on its own.
    QVERIFY(!m_feed->isRunning());
    QVERIFY(!m_feed->isLive());
    commit({"UPDATE asc_store.devices SET name = 'after stop' WHERE id = 12"});
    QTest::qWait(3 * PgChangeFeed::kCoalesceMs);
    QVERIFY(changed.isEmpty());

    // Started again, it hears what comes next.
    m_feed->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_feed->isLive(), 10000);
    commit({"UPDATE asc_store.devices SET name = 'restarted' WHERE id = 13"});
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
    QVERIFY(changed.last().at(0).value<StoreChanges>().devices.contains(13));
}

void TestChangeFeed::syncPagesBringTheDevicesTheyChanged()
{
    QSignalSpy changed(m_feed.get(), &StoreChangeFeed::changed);
    const auto since = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); };
    QList<DeviceRecord> page;
    // Ids no other test of this store writes: these are new to it.
    QCOMPARE(m_reporter->exec("SELECT count(*) FROM asc_store.devices WHERE id BETWEEN 5001 AND 5004").integer(0, 0),
             0);
    for (qint64 id = 5001; id <= 5004; ++id) {
        DeviceRecord device;
        device.id = id;
        device.name = QStringLiteral("synced %1").arg(id);
        device.lastCheckin = since(1700000000000 + id);
        page.append(device);
    }
    page[1].violations = {Violation(7, since(1700000000000))};
    // New devices (copied straight into the store) and one the store has (merged).
    DeviceRecord known;
    known.id = 2;
    known.name = QStringLiteral("seen by the MDM");
    page.append(known);
    writePage(page);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 1000);
    QCOMPARE(sorted(changed.last().at(0).value<StoreChanges>().devices),
             QList<qint64>({2, 5001, 5002, 5003, 5004}));

    // The next sync: one device renamed, one with a new violation only, one whose violation
    // ends; the others unchanged are not reported.
    page[0].name = QStringLiteral("renamed by the MDM");
    page[2].violations = {Violation(8, since(1700000000000))};
    page[1].violations.clear();
    writePage(page);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 1000);
    QCOMPARE(sorted(changed.last().at(0).value<StoreChanges>().devices), QList<qint64>({5001, 5002, 5003}));

    // The same page again changes nothing: no revision, nothing reported.
    const qint64 revision = storeRevision();
    writePage(page);
    QCOMPARE(storeRevision(), revision);
    QTest::qWait(300);
    QCOMPARE(changed.size(), 2);
}

void TestChangeFeed::consoleRereadsTheChangedDevices()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QString error;
    auto store = std::make_shared<SqliteStore>(folder.filePath(QStringLiteral("store.db")));
    QVERIFY2(store->open(&error), qPrintable(error));
    DeviceRecord device;
    device.id = 42;
    device.name = QStringLiteral("colleague's device");
    QVERIFY2(store->devices().upsertDevices({device}, &error), qPrintable(error));

    DeviceInventory inventory(store);
    LanguageSwitcher languages;
    ConsoleServices services(store, &inventory, &languages);
    ScriptedFeed feed;
    services.setChangeFeed(&feed);
    QSignalSpy updated(&inventory, &DeviceInventory::devicesUpdated);
    QSignalSpy loaded(&inventory, &DeviceInventory::tableLoaded);

    StoreChanges changes;
    changes.devices = {42};
    feed.send(changes);
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, 5000);
    const auto devices = updated.first().at(0).value<QList<DeviceRecord>>();
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.first().name, QStringLiteral("colleague's device"));

    // Deleted devices have no ids left to name: the whole list is read again.
    changes = {};
    changes.devicesUnknown = true;
    feed.send(changes);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);

    // A colleague's saved policies and audit rows: the policy editor and audit log read again.
    PolicyService policies(store, nullptr, nullptr);
    policies.setChangeFeed(&feed);
    QSignalSpy policiesChanged(&policies, &PolicyService::policiesChanged);
    QSignalSpy auditChanged(&policies, &PolicyService::auditChanged);
    changes = {};
    changes.policies = true;
    feed.send(changes);
    QCOMPARE(policiesChanged.size(), 1);
    QCOMPARE(auditChanged.size(), 0);
    changes = {};
    changes.audit = true;
    feed.send(changes);
    QCOMPARE(policiesChanged.size(), 1);
    QCOMPARE(auditChanged.size(), 1);
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
