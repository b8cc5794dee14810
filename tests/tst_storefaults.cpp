// Store faults (issue 8): a damaged file, a full disk, a lock held by another program, a
// read-only file. Each gives a clear error naming the file and what to do, nothing
// crashes, and nothing already stored is lost.
#include "app/demo/demofleetgenerator.h"
#include "app/demo/demofleetwriter.h"
#include "app/headless/headlesscommand.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/storage/reportoutbox.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <unistd.h>

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

QList<DeviceRecord> demoDevices(int from, int count)
{
    DemoFleetGenerator generator(1);
    QList<DeviceRecord> devices;
    for (int i = from; i < from + count; ++i)
        devices.append(generator.device(i, kNow));
    return devices;
}

bool writeFleet(const QString &path, int count)
{
    SqliteStore store(path);
    QString error;
    return store.open(&error) && DemoFleetWriter::write(DemoFleetGenerator(1), store, count, kNow, &error);
}

struct Headless
{
    int exitCode = 0;
    QString out;
    QString err;
};

Headless headless(const QStringList &arguments)
{
    Headless result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = runHeadlessCommand(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}
} // namespace

class TestStoreFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void damagedHeaderIsRefusedUntouched();
    void damagedPagesGiveClearErrors();
    void fullDiskLosesNothing();
    void lockedDatabaseLosesNothing();
    void readOnlyFileOpensForReading();
    void readOnlyFolderIsNamed();

private:
    // Makes `target` read-only for this process. As root, runs `function` again in a child
    // where it is read-only (*output: the child's); sets m_ranInChild.
    bool readOnly(const QString &target, const char *function, QByteArray *output);

    QTemporaryDir m_dir;
    QString m_path;
    bool m_ranInChild = false;
    std::function<void()> m_restore;
};

void TestStoreFaults::init()
{
    QVERIFY(m_dir.isValid());
    m_ranInChild = false;
    m_restore = nullptr;
    // A folder per test, so that one made read-only holds only its own store.
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    QVERIFY(QDir(m_dir.path()).mkpath(name));
    m_path = m_dir.filePath(name + QStringLiteral("/store.sqlite"));
    // In the read-only child: the store its parent made.
    if (qEnvironmentVariableIsSet("ASC_TST_READ_ONLY_INSIDE"))
        m_path = qEnvironmentVariable("ASC_TST_READ_ONLY_STORE");
}

void TestStoreFaults::damagedHeaderIsRefusedUntouched()
{
    QVERIFY(writeFleet(m_path, 50));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.write(QByteArray(64, 'Z'));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    SqliteStore store(m_path);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(m_path)) && error.contains(QLatin1String("Nothing was changed")),
        qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);

    const Headless status = headless({ QStringLiteral("status"), QStringLiteral("--db"), m_path, QStringLiteral("--json") });
    QCOMPARE(status.exitCode, int(HeadlessExitCode::StoreError));
    QVERIFY2(status.err.contains(QLatin1String("not a device database")), qPrintable(status.err));
}

void TestStoreFaults::damagedPagesGiveClearErrors()
{
    QVERIFY(writeFleet(m_path, 3000));
    {
        // Fold the WAL into the file so the damage hits the devices' pages.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("checkpoint"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("checkpoint"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 64 * 1024);
    // Garbage over a run of pages in the middle: b-tree pages the queries must walk.
    QVERIFY(file.seek(size / 2));
    QByteArray garbage(16 * 4096, '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 131 + 7) & 0xff);
    file.write(garbage);
    file.close();

    SqliteStore store(m_path);
    QString error;
    if (!store.open(&error)) {
        QVERIFY2(error.contains(QDir::toNativeSeparators(m_path)), qPrintable(error));
        return;
    }
    // Whatever works, works; whatever fails says which file and what to do. No crash.
    int failures = 0;
    QString seen;
    const auto check = [&](bool ok, const QString &message) {
        if (ok)
            return;
        ++failures;
        seen = message;
        QVERIFY2(message.contains(QDir::toNativeSeparators(m_path)), qPrintable(message));
    };
    error.clear();
    const QList<qint64> ids = store.devices().deviceIds(&error);
    check(error.isEmpty(), error);
    error.clear();
    int visited = 0;
    check(store.devices().forEachDevice({}, [&](const DeviceRecord &, const DeviceStore::ReportState &) { return ++visited > 0; },
              &error),
        error);
    error.clear();
    check(store.devices().upsertDevices(demoDevices(5000, 100), &error), error);
    QVERIFY2(failures > 0, "garbage over 16 pages of a 3000-device store went unnoticed");
    QVERIFY2(seen.contains(QLatin1String("damaged")) || seen.contains(QLatin1String("malformed")), qPrintable(seen));
}

void TestStoreFaults::fullDiskLosesNothing()
{
    QVERIFY(writeFleet(m_path, 200));
    SqliteStore store(m_path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QSqlDatabase db;
    QVERIFY(store.connection(&db, &error));
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    // The "disk" holds two more pages than the file has now.
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
    query.finish();

    QVERIFY(!store.devices().upsertDevices(demoDevices(1000, 5000), &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(m_path)) || error.contains(QLatin1String("full")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("free some space")), qPrintable(error));
    QCOMPARE(store.devices().deviceCount(), 200);

    // The outbox refuses the same way and keeps nothing half-written.
    ReportOutbox &outbox = store.outbox();
    QList<OutboxDevice> reports;
    for (qint64 id : store.devices().deviceIds(&error)) {
        OutboxDevice device;
        device.deviceId = id;
        device.entities.append(QJsonObject { { QStringLiteral("DeviceId"), QString(4000, QLatin1Char('x')) } });
        reports.append(device);
    }
    QList<QUuid> messageIds;
    error.clear();
    const bool queued = outbox.enqueue(QStringLiteral("weekly"), reports, QUuid::createUuid(), 10, kNow, &messageIds, &error);
    QVERIFY2(!queued, "800 kB of reports fit in two pages");
    QVERIFY2(error.contains(QLatin1String("free some space")), qPrintable(error));
    QCOMPARE(outbox.counts(&error).pending, 0);

    // Space again: the same write goes through, and the 200 devices are still there.
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    query.finish();
    error.clear();
    QVERIFY2(store.devices().upsertDevices(demoDevices(1000, 5000), &error), qPrintable(error));
    QCOMPARE(store.devices().deviceCount(), 5200);
}

void TestStoreFaults::lockedDatabaseLosesNothing()
{
    QVERIFY(writeFleet(m_path, 100));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other program"));
        other.setDatabaseName(m_path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(lock.exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('other', '1')")));

        SqliteStore store(m_path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error)); // reading works under WAL
        QVERIFY2(store.writeProblem().contains(QLatin1String("Another program")), qPrintable(store.writeProblem()));
        QCOMPARE(store.devices().deviceCount(), 100);
        QVERIFY(!store.devices().upsertDevices(demoDevices(500, 10), &error));
        QVERIFY2(error.contains(QLatin1String("Another program")), qPrintable(error));

        const Headless sync = headless({ QStringLiteral("sync"), QStringLiteral("--db"), m_path,
            QStringLiteral("--tenant-url"), QStringLiteral("http://127.0.0.1:9") });
        QCOMPARE(sync.exitCode, int(HeadlessExitCode::StoreError));
        QVERIFY2(sync.err.contains(QLatin1String("can be read but not written")), qPrintable(sync.err));

        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        error.clear();
        QVERIFY2(store.devices().upsertDevices(demoDevices(500, 10), &error), qPrintable(error));
        QCOMPARE(store.devices().deviceCount(), 110);
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other program"));
}

// The read-only cases run where the store really is read-only for the user running them.
// Root ignores file modes, and CI runs as root: there the file (or its folder) is made
// read-only as a read-only file system does it, which stops root too, with a read-only bind
// mount in a mount namespace of its own (unshare), in which this test program runs the
// check again. Another user gets the same from the file's or folder's mode, which is what a
// user who may not write the store meets. SQLite reacts to both the same way: the open for
// writing fails (EROFS or EACCES) and it opens the file for reading.
bool TestStoreFaults::readOnly(const QString &target, const char *function, QByteArray *output)
{
    if (qEnvironmentVariableIsSet("ASC_TST_READ_ONLY_INSIDE"))
        return true; // the child, in the namespace: the check runs here
    if (::geteuid() != 0) {
        const bool folder = QFileInfo(target).isDir();
        const QFile::Permissions readOnly = folder ? (QFile::ReadOwner | QFile::ExeOwner) : QFile::ReadOwner;
        if (!QFile::setPermissions(target, readOnly)) {
            *output = "cannot make " + target.toUtf8() + " read-only";
            return false;
        }
        m_restore = [target, folder] {
            QFile::setPermissions(target,
                QFile::ReadOwner | QFile::WriteOwner | (folder ? QFile::ExeOwner : QFile::Permissions()));
        };
        return true;
    }
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ASC_TST_READ_ONLY_INSIDE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("ASC_TST_READ_ONLY_STORE"), m_path);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    // `mount --bind X X` then a read-only remount of that bind: only X is read-only, only in
    // the child's namespace; it goes with the child.
    child.start(QStringLiteral("unshare"),
        { QStringLiteral("--mount"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-ec"),
            QStringLiteral("mount --bind \"$1\" \"$1\"; mount -o remount,bind,ro \"$1\"; shift; exec \"$@\""),
            QStringLiteral("sh"), target, QCoreApplication::applicationFilePath(), QString::fromLatin1(function) });
    if (!child.waitForFinished(120000)) {
        *output = "the child did not finish";
        return false;
    }
    *output = child.readAll();
    m_ranInChild = true;
    return child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0
        && output->contains(QByteArray("PASS   : TestStoreFaults::" + QByteArray(function) + "()"));
}

void TestStoreFaults::readOnlyFileOpensForReading()
{
    if (!qEnvironmentVariableIsSet("ASC_TST_READ_ONLY_INSIDE"))
        QVERIFY(writeFleet(m_path, 100));
    QByteArray output;
    QVERIFY2(readOnly(m_path, "readOnlyFileOpensForReading", &output), output.constData());
    if (m_ranInChild)
        return; // the child checked, and passed
    const auto cleanup = qScopeGuard([this] {
        if (m_restore)
            m_restore();
    });
    // Read-only indeed, for whoever runs this.
    QVERIFY(!QFile(m_path).open(QIODevice::ReadWrite));

    SqliteStore store(m_path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY2(store.writeProblem().contains(QLatin1String("read-only")), qPrintable(store.writeProblem()));
    QVERIFY(store.writeProblem().contains(QDir::toNativeSeparators(m_path)));
    QCOMPARE(store.devices().deviceCount(), 100);
    QVERIFY(!store.devices().upsertDevices(demoDevices(500, 10), &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));

    const Headless sync = headless({ QStringLiteral("report-weekly"), QStringLiteral("--db"), m_path,
        QStringLiteral("--tenant-url"), QStringLiteral("http://127.0.0.1:9") });
    QCOMPARE(sync.exitCode, int(HeadlessExitCode::StoreError));
    QVERIFY2(sync.err.contains(QLatin1String("make both writable")), qPrintable(sync.err));
    const Headless status = headless({ QStringLiteral("status"), QStringLiteral("--db"), m_path, QStringLiteral("--json") });
    QCOMPARE(status.exitCode, int(HeadlessExitCode::Success));
    QVERIFY(status.out.contains(QLatin1String("\"devices\": 100")));
}

void TestStoreFaults::readOnlyFolderIsNamed()
{
    // A store on a read-only file system: even reading needs a -shm file beside it.
    if (!qEnvironmentVariableIsSet("ASC_TST_READ_ONLY_INSIDE"))
        QVERIFY(writeFleet(m_path, 100));
    const QString folder = QFileInfo(m_path).absolutePath();
    QByteArray output;
    QVERIFY2(readOnly(folder, "readOnlyFolderIsNamed", &output), output.constData());
    if (m_ranInChild)
        return;
    const auto cleanup = qScopeGuard([this] {
        if (m_restore)
            m_restore();
    });
    QVERIFY(!QFile(folder + QStringLiteral("/probe")).open(QIODevice::WriteOnly));

    SqliteStore store(m_path);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(m_path)) && error.contains(QDir::toNativeSeparators(folder))
            && error.contains(QLatin1String("read-only")) && error.contains(QLatin1String("--db")),
        qPrintable(error));
    for (const QStringList &command : { QStringList { QStringLiteral("status"), QStringLiteral("--json") },
             QStringList { QStringLiteral("report-weekly"), QStringLiteral("--tenant-url"), QStringLiteral("http://127.0.0.1:9") } }) {
        const Headless run = headless(command + QStringList { QStringLiteral("--db"), m_path });
        QCOMPARE(run.exitCode, int(HeadlessExitCode::StoreError));
        QVERIFY2(run.err.contains(QLatin1String("is read-only")), qPrintable(run.err));
    }
    // Nothing was changed: no file was made beside the store.
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList { QFileInfo(m_path).fileName() });
}

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
