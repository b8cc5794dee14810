#include "app/demo/demofleetgenerator.h"
#include "app/headless/headlesscommand.h"
#include "app/storage/sqlite/sqlitestore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QStringList &arguments)
{
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = runHeadlessCommand(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace

class TestHeadlessCommand final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void generateDemoWritesDevices_data();
    void generateDemoWritesDevices();
    void sameSeedWritesSameFleet();
    void badDeviceCount_data();
    void badDeviceCount();
    void badArguments_data();
    void badArguments();
    void unknownCommand_data();
    void unknownCommand();
    void help();
    void storeErrors_data();
    void storeErrors();
    void tenantUrlWithUserInfoIsRefused_data();
    void tenantUrlWithUserInfoIsRefused();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("fleet.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHeadlessCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHeadlessCommand::generateDemoWritesDevices_data()
{
    QTest::addColumn<QStringList>("options"); // --db is added by the test
    QTest::addColumn<int>("devices");

    QTest::addRow("smallest") << QStringList { QStringLiteral("--devices"), QStringLiteral("10") } << 10;
    QTest::addRow("with seed") << QStringList { QStringLiteral("--devices"), QStringLiteral("250"),
        QStringLiteral("--seed"), QStringLiteral("7") }
                               << 250;
    QTest::addRow("name=value form") << QStringList { QStringLiteral("--seed=3"),
        QStringLiteral("--devices=31") }
                                     << 31;
    QTest::addRow("more than one chunk")
        << QStringList { QStringLiteral("--devices"), QStringLiteral("45000") } << 45000;
}

void TestHeadlessCommand::generateDemoWritesDevices()
{
    QFETCH(QStringList, options);
    QFETCH(int, devices);
    const Result result
        = run(QStringList { QStringLiteral("generate-demo"), QStringLiteral("--db"), dbPath() } + options);
    QVERIFY2(result.exitCode == HeadlessExitCode::Success, qPrintable(result.err));
    QVERIFY(result.err.isEmpty());
    QCOMPARE(result.out.count(QLatin1Char('\n')), 1);
    QVERIFY2(result.out.contains(QString::number(devices)), qPrintable(result.out));

    SqliteStore store(dbPath());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.devices().deviceCount(), devices);
    QCOMPARE(store.policies().loadPolicies(&error).size(), DemoFleetGenerator(1).policies().size());
    QCOMPARE(store.settings().setting(QStringLiteral("demo/devices")), QString::number(devices));
}

void TestHeadlessCommand::sameSeedWritesSameFleet()
{
    const Result result
        = run({ QStringLiteral("generate-demo"), QStringLiteral("--devices"), QStringLiteral("20"),
            QStringLiteral("--db"), dbPath(), QStringLiteral("--seed"), QStringLiteral("99") });
    QVERIFY2(result.exitCode == HeadlessExitCode::Success, qPrintable(result.err));
    SqliteStore store(dbPath());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.settings().setting(QStringLiteral("demo/seed")), QStringLiteral("99"));
    const std::optional<DeviceRecord> stored = store.devices().loadDevice(20, &error);
    QVERIFY2(stored, qPrintable(error));
    const DeviceRecord expected = DemoFleetGenerator(99).device(19, stored->lastCheckin);
    QCOMPARE(stored->guid, expected.guid);
    QCOMPARE(stored->name, expected.name);
    QCOMPARE(stored->serialNumber, expected.serialNumber);
}

void TestHeadlessCommand::badDeviceCount_data()
{
    QTest::addColumn<QString>("value");

    QTest::addRow("not a number") << QStringLiteral("many");
    QTest::addRow("too few") << QStringLiteral("9");
    QTest::addRow("zero") << QStringLiteral("0");
    QTest::addRow("negative") << QStringLiteral("-5");
    QTest::addRow("too many") << QStringLiteral("1000001");
    QTest::addRow("overflows int") << QStringLiteral("99999999999");
    QTest::addRow("fraction") << QStringLiteral("10.5");
    QTest::addRow("empty") << QString();
}

void TestHeadlessCommand::badDeviceCount()
{
    QFETCH(QString, value);
    const Result result = run({ QStringLiteral("generate-demo"), QStringLiteral("--devices=") + value,
        QStringLiteral("--db"), dbPath() });
    QCOMPARE(result.exitCode, HeadlessExitCode::UsageError);
    QVERIFY2(result.err.contains(QLatin1String("--devices")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1Char('"') + value + QLatin1Char('"')), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(dbPath()));
}

void TestHeadlessCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // what the message must name

    const QString db = QStringLiteral("--db");
    const QString devices = QStringLiteral("--devices");
    const QString path = QStringLiteral("fleet.sqlite");
    QTest::addRow("no --devices") << QStringList { db, path } << devices;
    QTest::addRow("--devices without value") << QStringList { devices } << devices;
    QTest::addRow("--devices followed by an option") << QStringList { devices, db, path } << devices;
    QTest::addRow("no --db") << QStringList { devices, QStringLiteral("100") } << db;
    QTest::addRow("--db without value") << QStringList { devices, QStringLiteral("100"), db } << db;
    QTest::addRow("bad --seed") << QStringList { devices, QStringLiteral("100"), db, path,
        QStringLiteral("--seed"), QStringLiteral("-1") }
                                << QStringLiteral("--seed");
    QTest::addRow("unknown option") << QStringList { devices, QStringLiteral("100"), db, path,
        QStringLiteral("--colour"), QStringLiteral("blue") }
                                    << QStringLiteral("--colour");
    QTest::addRow("stray value") << QStringList { QStringLiteral("100") } << QStringLiteral("100");
}

void TestHeadlessCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QDir::setCurrent(m_dir->path());
    const Result result = run(QStringList { QStringLiteral("generate-demo") } + arguments);
    QCOMPARE(result.exitCode, HeadlessExitCode::UsageError);
    QVERIFY2(result.err.contains(named), qPrintable(result.err));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("fleet.sqlite"))));
}

void TestHeadlessCommand::unknownCommand_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::addRow("nothing") << QStringList();
    QTest::addRow("typo") << QStringList { QStringLiteral("generate-dmeo") };
    QTest::addRow("option instead of command")
        << QStringList { QStringLiteral("--devices"), QStringLiteral("10") };
}

void TestHeadlessCommand::unknownCommand()
{
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, HeadlessExitCode::UsageError);
    QVERIFY(!result.err.isEmpty());
    QVERIFY2(result.err.contains(QLatin1String("generate-demo")), qPrintable(result.err));
    if (!arguments.isEmpty())
        QVERIFY2(result.err.contains(arguments.first()), qPrintable(result.err));
}

void TestHeadlessCommand::help()
{
    const Result result = run({ QStringLiteral("help") });
    QCOMPARE(result.exitCode, HeadlessExitCode::Success);
    QVERIFY(result.err.isEmpty());
    QVERIFY(result.out.contains(QLatin1String("generate-demo --devices N --db PATH [--seed S]")));
}

void TestHeadlessCommand::storeErrors_data()
{
    QTest::addColumn<QByteArray>("existing"); // what is at the --db path before the command

    QTest::addRow("not a database") << QByteArray("just some text, certainly not SQLite\n");
    QTest::addRow("a folder") << QByteArray();
}

void TestHeadlessCommand::storeErrors()
{
    QFETCH(QByteArray, existing);
    if (existing.isEmpty()) {
        QVERIFY(QDir().mkpath(dbPath()));
    } else {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(existing);
    }
    const Result result = run({ QStringLiteral("generate-demo"), QStringLiteral("--devices"),
        QStringLiteral("10"), QStringLiteral("--db"), dbPath() });
    QCOMPARE(result.exitCode, HeadlessExitCode::StoreError);
    QVERIFY2(result.err.contains(dbPath()), qPrintable(result.err));
    if (!existing.isEmpty()) {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), existing);
    }
}

void TestHeadlessCommand::tenantUrlWithUserInfoIsRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addRow("user and password") << QStringLiteral("https://admin:Pa55-in-url@mdm.example.com");
    QTest::addRow("loopback http") << QStringLiteral("http://admin:Pa55-in-url@127.0.0.1:9");
    QTest::addRow("a character QUrl refuses") << QStringLiteral("https://admin:Pa55-in-url x@mdm.example.com");
}

void TestHeadlessCommand::tenantUrlWithUserInfoIsRefused()
{
    QFETCH(QString, url);
    const Result result = run({ QStringLiteral("sync"), QStringLiteral("--db"), dbPath(), QStringLiteral("--tenant-url"), url });
    QCOMPARE(result.exitCode, HeadlessExitCode::UsageError);
    QVERIFY2(result.err.startsWith(QLatin1String("--tenant-url: a URL must not hold a user name or password")),
        qPrintable(result.err));
    QVERIFY2(!result.err.contains(QLatin1String("Pa55")) && !result.out.contains(QLatin1String("Pa55")),
        qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestHeadlessCommand)
#include "tst_headlesscommand.moc"
