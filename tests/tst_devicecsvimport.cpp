// The device list CSV import: what is read, what each bad row says, and how
// rows find their devices in the store.
#include "app/demo/demofleetgenerator.h"
#include "app/demo/demofleetwriter.h"
#include "app/headless/headlesscommand.h"
#include "app/import/devicecsvimport.h"
#include "app/storage/sqlite/sqlitestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestDeviceCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void readsQuotedCommaFile();
    void semicolonsTabsAndByteOrderMark();
    void badRows_data();
    void badRows();
    void refusedFiles_data();
    void refusedFiles();
    void repeatedRowsAreReadOnce();
    void matchesAgainstTheStore();
    void readFileRefusesWhatItCannotRead();
    void largeFileEachDeviceOnce();
    void headlessReportNowNamesBadRows();
    void headlessReportNowListsEachDeviceOnce();
};

void TestDeviceCsvImport::readsQuotedCommaFile()
{
    const QByteArray csv = "Device ID,Serial Number,Azure Device ID,Name,Owner\r\n"
                           "1,F2LX,007C8232-9489-4074-9B35-345B16F0A72D,\"Zo\xc3\xab\xe2\x80\x99s \"\"work\"\" phone, 2\",x\r\n"
                           "\r\n"
                           ",C02XYZ,,,\r\n"
                           "\" 42 \",,,\"multi\nline\",\r\n";
    const auto result = DeviceCsvImport::parse(csv);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.warnings, QStringList { QStringLiteral("Columns not used: Owner.") });
    QCOMPARE(result.rows.size(), 3);
    QCOMPARE(result.rows.at(0).line, 2);
    QCOMPARE(result.rows.at(0).id, 1);
    QCOMPARE(result.rows.at(0).serialNumber, QStringLiteral("F2LX"));
    QCOMPARE(result.rows.at(0).azureDeviceId, QUuid(QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d")));
    QCOMPARE(result.rows.at(0).name, QStringLiteral("Zoë’s \"work\" phone, 2"));
    QCOMPARE(result.rows.at(1).line, 4); // the blank line 3 is skipped, not an error
    QCOMPARE(result.rows.at(1).serialNumber, QStringLiteral("C02XYZ"));
    QCOMPARE(result.rows.at(2).line, 5);
    QCOMPARE(result.rows.at(2).id, 42);
    QCOMPARE(result.rows.at(2).name, QStringLiteral("multi\nline"));
}

void TestDeviceCsvImport::semicolonsTabsAndByteOrderMark()
{
    const auto semicolons = DeviceCsvImport::parse("\xEF\xBB\xBFserial_number;device name\n\"A;1\";Lab\n");
    QVERIFY(semicolons.errors.isEmpty());
    QCOMPARE(semicolons.rows.size(), 1);
    QCOMPARE(semicolons.rows.at(0).serialNumber, QStringLiteral("A;1"));
    QCOMPARE(semicolons.rows.at(0).name, QStringLiteral("Lab"));
    const auto tabs = DeviceCsvImport::parse("id\tazureDeviceId\n7\t{6F1D2C3B-4A5E-4F60-8B7C-9D0E1F2A3B4C}\n");
    QVERIFY(tabs.errors.isEmpty());
    QCOMPARE(tabs.rows.at(0).id, 7);
    QCOMPARE(tabs.rows.at(0).azureDeviceId, QUuid(QStringLiteral("6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c")));
}

void TestDeviceCsvImport::badRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("expected");
    QTest::newRow("id is text") << QByteArray("abc,,") << QStringLiteral("Row 3, column \"id\": \"abc\" is not an MDM device id");
    QTest::newRow("id is negative") << QByteArray("-4,,") << QStringLiteral("Row 3, column \"id\": \"-4\" is not an MDM device id");
    QTest::newRow("id overflows") << QByteArray("99999999999999999999,,")
                                  << QStringLiteral("Row 3, column \"id\": \"99999999999999999999\" is not");
    QTest::newRow("malformed guid") << QByteArray(",,007c8232-9489-4074-9b35")
                                    << QStringLiteral("Row 3, column \"Azure device id\": \"007c8232-9489-4074-9b35\" is not an Azure device id");
    QTest::newRow("invalid utf-8") << QByteArray(",\xff\xfe serial,")
                                   << QStringLiteral("Row 3, column \"serial\": the text is not valid UTF-8");
    QTest::newRow("overlong utf-8") << QByteArray(",\xc0\xaf,") << QStringLiteral("Row 3, column \"serial\": the text is not valid UTF-8");
    QTest::newRow("utf-8 surrogate") << QByteArray(
        ",\xed\xa0\x80,") << QStringLiteral("Row 3, column \"serial\": the text is not valid UTF-8");
    QTest::newRow("utf-8 above U+10FFFF") << QByteArray(
        ",\xf4\x90\x80\x80,") << QStringLiteral("Row 3, column \"serial\": the text is not valid UTF-8");
    QTest::newRow("utf-8 cut short") << QByteArray(
        ",ab\xe2\x82,") << QStringLiteral("Row 3, column \"serial\": the text is not valid UTF-8");
    QTest::newRow("1 MB field") << (QByteArray(",") + QByteArray(1024 * 1024, 'S') + ",")
                                << QStringLiteral("Row 3, column \"serial\": the value is longer than 1024 characters.");
    QTest::newRow("too many fields") << QByteArray("1,2,3,4,5") << QStringLiteral("Row 3 has 5 fields; the header has 4.");
    QTest::newRow("nothing names a device") << QByteArray(" , , ,a note") << QStringLiteral("Row 3 names no device");
    QTest::newRow("text after quote") << QByteArray("\"1\"x,,")
                                      << QStringLiteral("Row 3: text follows a closing quote");
    QTest::newRow("unterminated quote") << QByteArray("\"1,,") << QStringLiteral("Row 3: a quoted field opened on line 3 is not closed");
}

void TestDeviceCsvImport::badRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, expected);
    // A good row on each side: the bad one is skipped, the others are read.
    const QByteArray csv = "id,serial,Azure device id,notes\n5,,\n" + row + "\n6,,\n";
    const auto result = DeviceCsvImport::parse(csv);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.constFirst().startsWith(expected), qPrintable(result.errors.constFirst()));
    QCOMPARE(result.skippedRows, 1);
    QList<qint64> ids;
    for (const auto &parsed : result.rows)
        ids.append(parsed.id);
    // An unterminated quote swallows the rest of the file: only row 2 is left.
    if (QByteArray(QTest::currentDataTag()) == "unterminated quote")
        QCOMPARE(ids, QList<qint64>({ 5 }));
    else
        QCOMPARE(ids, QList<qint64>({ 5, 6 }));
}

void TestDeviceCsvImport::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray(" \n") << QStringLiteral("The file is empty");
    QTest::newRow("utf-16") << QByteArray("\xff\xfei\0d\0") << QStringLiteral("The file is in UTF-16");
    QTest::newRow("no identifying column") << QByteArray("owner,notes\nx,y\n")
                                           << QStringLiteral("The header (line 1) names no column that identifies a device");
    QTest::newRow("column twice") << QByteArray("id,serial,Device ID\n1,2,3\n")
                                  << QStringLiteral("The header (line 1) has the column \"Device ID\" twice (columns 1 and 3).");
}

void TestDeviceCsvImport::refusedFiles()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    const auto result = DeviceCsvImport::parse(csv);
    QVERIFY(result.fileRefused);
    QVERIFY(result.rows.isEmpty());
    QVERIFY2(result.errors.constFirst().startsWith(expected), qPrintable(result.errors.constFirst()));
}

void TestDeviceCsvImport::repeatedRowsAreReadOnce()
{
    const auto result = DeviceCsvImport::parse("id,serial\n1,A\n2,B\n1,a\n");
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.warnings, QStringList { QStringLiteral("Row 4 repeats row 2; it is read once.") });
}

void TestDeviceCsvImport::matchesAgainstTheStore()
{
    QTemporaryDir dir;
    SqliteStore store(dir.filePath(QStringLiteral("devices.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    DemoFleetGenerator generator(1);
    QList<DeviceRecord> devices { generator.device(0, now), generator.device(1, now), generator.device(2, now) };
    devices[0].id = 10;
    devices[0].serialNumber = QStringLiteral("SER-A");
    devices[0].name = QStringLiteral("Kiosk");
    devices[1].id = 11;
    devices[1].serialNumber = QStringLiteral("SER-B");
    devices[1].name = QStringLiteral("Kiosk"); // two devices share the name
    devices[2].id = 12;
    devices[2].serialNumber = QStringLiteral("SER-C");
    devices[2].name = QStringLiteral("Lab Mac");
    QVERIFY2(store.devices().upsertDevices(devices, &error), qPrintable(error));

    const QByteArray csv = "id,serial,Azure device id,name\n"
                           "10,,,\n" // by id
                           ",ser-b,,\n" // by serial, any case
                           ",,,lab mac\n" // by name
                           ",," + devices[1].azureDeviceId.toString().toUtf8() + ",\n" // again device 11: once
                           ",,,Kiosk\n" // two devices: refused
                           "99,,,\n" // unknown id
                           "10,SER-Z,,\n" // id and serial disagree
                           ",NOPE,,\n";
    const auto parsed = DeviceCsvImport::parse(csv);
    QVERIFY(parsed.errors.isEmpty());
    DeviceCsvImport::Match match;
    QVERIFY2(DeviceCsvImport::match(parsed.rows, store.devices(), &match, &error), qPrintable(error));
    QCOMPARE(match.deviceIds, QList<qint64>({ 10, 11, 12 }));
    QCOMPARE(match.errors,
        QStringList({ QStringLiteral("Row 6: 2 devices have the name \"Kiosk\"; give the id to choose one."),
            QStringLiteral("Row 7: no device has the id 99."),
            QStringLiteral("Row 8: device 10 has the serial number \"SER-A\", not \"SER-Z\"."),
            QStringLiteral("Row 9: no device has the serial number \"NOPE\".") }));
}

void TestDeviceCsvImport::readFileRefusesWhatItCannotRead()
{
    QTemporaryDir dir;
    const auto missing = DeviceCsvImport::readFile(dir.filePath(QStringLiteral("missing.csv")));
    QVERIFY(missing.fileRefused);
    QVERIFY(missing.rows.isEmpty());
    QCOMPARE(missing.errors.size(), 1);
    QVERIFY2(missing.errors.constFirst().startsWith(QLatin1String("The file cannot be read: ")),
        qPrintable(missing.errors.constFirst()));

    // One byte over the limit (a sparse file): refused with the size, whatever it holds.
    QFile big(dir.filePath(QStringLiteral("big.csv")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write("id\n1\n");
    QVERIFY(big.resize(DeviceCsvImport::kMaxFileBytes + 1));
    big.close();
    const auto tooLarge = DeviceCsvImport::readFile(big.fileName());
    QVERIFY(tooLarge.fileRefused);
    QCOMPARE(tooLarge.errors,
        QStringList {
            QStringLiteral("The file is 64 MB; at most 64 MB are read. Split it into smaller files.") });

    QFile good(dir.filePath(QStringLiteral("good.csv")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("id\n1\n2\n");
    good.close();
    const auto read = DeviceCsvImport::readFile(good.fileName());
    QVERIFY(!read.fileRefused);
    QCOMPARE(read.rows.size(), 2);
}

// A spreadsheet of the whole fleet: 200,000 rows naming 100,000 devices twice, once by id
// and once by serial number, plus 1,500 rows repeated word for word. Every device is
// found once, in file order; the repeats are named (the first 1,000, then how many more).
// Duplicates are found with hashes: a list searched per row took minutes here.
void TestDeviceCsvImport::largeFileEachDeviceOnce()
{
    constexpr int kDevices = 100000;
    QTemporaryDir dir;
    SqliteStore store(dir.filePath(QStringLiteral("devices.sqlite")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QList<DeviceRecord> devices;
    devices.reserve(kDevices);
    for (int i = 1; i <= kDevices; ++i) {
        DeviceRecord device;
        device.id = i;
        device.name = QStringLiteral("Device %1").arg(i);
        device.serialNumber = QStringLiteral("S%1").arg(i);
        devices.append(device);
    }
    QVERIFY2(store.devices().upsertDevices(devices, &error), qPrintable(error));

    QByteArray csv = "id,serial number\n";
    csv.reserve(4 * 1024 * 1024);
    for (int i = 1; i <= kDevices; ++i)
        csv += QByteArray::number(i) + ",\n";
    for (int i = kDevices; i >= 1; --i) // backwards: the second mention of each is later
        csv += ",S" + QByteArray::number(i) + "\n";
    for (int i = 1; i <= 1500; ++i)
        csv += QByteArray::number(i) + ",\n";
    QFile file(dir.filePath(QStringLiteral("fleet.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();

    QElapsedTimer timer;
    timer.start();
    const auto parsed = DeviceCsvImport::readFile(file.fileName());
    const qint64 readMs = timer.restart();
    QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(u'\n')));
    QCOMPARE(parsed.rows.size(), 2 * kDevices);
    QCOMPARE(parsed.warnings.size(), DeviceCsvImport::kMaxMessages + 1);
    QCOMPARE(parsed.warnings.constFirst(),
        QStringLiteral("Row %1 repeats row 2; it is read once.").arg(2 * kDevices + 2));
    QCOMPARE(parsed.warnings.constLast(), QStringLiteral("... and 500 more."));

    DeviceCsvImport::Match match;
    QVERIFY2(DeviceCsvImport::match(parsed.rows, store.devices(), &match, &error), qPrintable(error));
    const qint64 matchMs = timer.elapsed();
    QVERIFY2(match.errors.isEmpty(), qPrintable(match.errors.mid(0, 5).join(u'\n')));
    QCOMPARE(match.deviceIds.size(), kDevices);
    for (int i = 0; i < kDevices; ++i)
        QCOMPARE(match.deviceIds.at(i), qint64(i + 1));
    qInfo("%d rows read in %lld ms, matched against %d devices in %lld ms", int(parsed.rows.size()), readMs,
        kDevices, matchMs);
}

void TestDeviceCsvImport::headlessReportNowNamesBadRows()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("devices.sqlite"));
    {
        SqliteStore store(db);
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(DemoFleetWriter::write(DemoFleetGenerator(1), store, 20, QDateTime::currentDateTimeUtc(), &error));
    }
    const QString csv = dir.filePath(QStringLiteral("devices.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id\nabc\n999999\n");
    file.close();
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = runHeadlessCommand({ QStringLiteral("report-now"), QStringLiteral("--csv"), csv,
                                            QStringLiteral("--db"), db, QStringLiteral("--tenant-url"),
                                            QStringLiteral("http://127.0.0.1:9") },
        outStream, errStream);
    outStream.flush();
    errStream.flush();
    QCOMPARE(code, int(HeadlessExitCode::UsageError));
    QVERIFY2(err.contains(QLatin1String("Row 2, column \"id\": \"abc\" is not an MDM device id")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("Row 3: no device has the id 999999.")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("nothing was reported")), qPrintable(err));
}

// A device named on the command line and again in the file, or twice in the file, is
// reported once: Report now's audit row lists each device once, the command line's first.
void TestDeviceCsvImport::headlessReportNowListsEachDeviceOnce()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("devices.sqlite"));
    QList<qint64> ids;
    {
        SqliteStore store(db);
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(DemoFleetWriter::write(
            DemoFleetGenerator(1), store, 20, QDateTime::currentDateTimeUtc(), &error));
        QVERIFY(store.devices().forEachDevice(
            {},
            [&ids](const DeviceRecord &device, const DeviceStore::ReportState &) {
                ids.append(device.id);
                return true;
            },
            &error));
    }
    QVERIFY(ids.size() >= 3);
    const QString csv = dir.filePath(QStringLiteral("devices.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id\n" + QByteArray::number(ids[0]) + "\n" + QByteArray::number(ids[1]) + "\n"
        + QByteArray::number(ids[2]) + "\n" + QByteArray::number(ids[0]) + "\n");
    file.close();
    qputenv("ASC_MDM_USER", "admin");
    qputenv("ASC_MDM_PASSWORD", "demo");
    qputenv("ASC_TENANT_ID", "3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    qputenv("ASC_CLIENT_ID", "5b0e7f3a-8c1d-4e2f-9a6b-3c4d5e6f7a8b");
    qputenv("ASC_CLIENT_SECRET", "csv-test-secret");
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    // Nothing answers on port 9: the reports stay queued, the run ends after its timeout.
    const int code = runHeadlessCommand(
        { QStringLiteral("report-now"), QString::number(ids[1]), QStringLiteral("--csv"), csv,
            QStringLiteral("--db"), db, QStringLiteral("--tenant-url"), QStringLiteral("http://127.0.0.1:9"),
            QStringLiteral("--timeout"), QStringLiteral("1") },
        outStream, errStream);
    outStream.flush();
    errStream.flush();
    QVERIFY2(out.contains(QLatin1String("3 device(s) found in the store")), qPrintable(out + err));

    SqliteStore store(db);
    QString error;
    QVERIFY(store.open(&error));
    const QList<AuditEntry> audit = store.auditLog().auditEntries(QString(), 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!audit.isEmpty(), qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(err)));
    QCOMPARE(audit.constFirst().action, QStringLiteral("report-now"));
    QCOMPARE(audit.constFirst().target, QStringLiteral("%1,%2,%3").arg(ids[1]).arg(ids[0]).arg(ids[2]));
}

QTEST_GUILESS_MAIN(TestDeviceCsvImport)
#include "tst_devicecsvimport.moc"
