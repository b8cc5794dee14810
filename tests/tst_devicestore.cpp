#include "app/demo/demofleetgenerator.h"
#include "app/demo/demofleetwriter.h"
#include "app/inventory/deviceinventory.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "models/devicetable.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

Q_DECLARE_METATYPE(DeviceRecord)

namespace {

const QDateTime kNow = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);

QDateTime daysAgo(double days)
{
    return kNow.addMSecs(-qint64(days * 86400.0 * 1000.0));
}

AzureDeviceId azureId(const char *text)
{
    AzureDeviceId id;
    if (!AzureDeviceId::parse(QLatin1String(text), &id))
        qFatal("test setup: bad id %s", text);
    return id;
}

DeviceRecord fullDevice()
{
    DeviceRecord device;
    device.id = 4711;
    device.guid = QUuid::fromString(QLatin1String("6f9619ff-8b86-d011-b42d-00c04fc964ff"));
    device.name = QStringLiteral("Zoë's iPhone 📱");
    device.user = QStringLiteral("zoe.muller@contoso.com");
    device.platform = Platform::iOS;
    device.osVersion = QStringLiteral("17.2.1");
    device.model = QStringLiteral("iPhone 15 Pro");
    device.manufacturer = QStringLiteral("Apple");
    device.serialNumber = QStringLiteral("F2LXK3ABHG7F");
    device.imei = QStringLiteral("356938035643809");
    device.lastCheckin = daysAgo(0.5);
    device.registrationState = QStringLiteral("ACTIVE");
    device.jailbroken = true;
    device.quarantined = true;
    device.azureDeviceId = azureId("007c8232-9489-4074-9b35-345b16f0a72d");
    device.clientStatus = AzureClientStatus(AzureClientStatus::Code::Success);
    device.complianceStatus = AzureComplianceStatus::Successful;
    device.reportTime = daysAgo(0.49);
    device.violations = { Violation { 1, daysAgo(3) }, Violation { 3, daysAgo(40) } };
    device.userPrincipalName = QStringLiteral("zoe.muller@contoso.com");
    device.entraUserId = QUuid(QStringLiteral("4f1a2b3c-5d6e-4f70-8a9b-0c1d2e3f4a5b"));
    device.entraUserState = EntraUserState::Known;
    device.easIds = { QStringLiteral("ApplF2LXK3ABHG7F"), QStringLiteral("Appl0000000001") };
    device.registeredAt = daysAgo(400);
    return device;
}

// Compares every field; QCOMPARE returns from here, so callers check currentTestFailed().
void compareDevices(const DeviceRecord &actual, const DeviceRecord &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.guid, expected.guid);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.user, expected.user);
    QCOMPARE(actual.platform, expected.platform);
    QCOMPARE(actual.osVersion, expected.osVersion);
    QCOMPARE(actual.model, expected.model);
    QCOMPARE(actual.manufacturer, expected.manufacturer);
    QCOMPARE(actual.serialNumber, expected.serialNumber);
    QCOMPARE(actual.imei, expected.imei);
    QCOMPARE(actual.lastCheckin, expected.lastCheckin);
    QCOMPARE(actual.registrationState, expected.registrationState);
    QCOMPARE(actual.jailbroken, expected.jailbroken);
    QCOMPARE(actual.quarantined, expected.quarantined);
    QCOMPARE(actual.azureDeviceId.toString(), expected.azureDeviceId.toString());
    QCOMPARE(actual.clientStatus.code(), expected.clientStatus.code());
    QCOMPARE(actual.clientStatus.wireName(), expected.clientStatus.wireName());
    QCOMPARE(actual.complianceStatus, expected.complianceStatus);
    QCOMPARE(actual.reportTime, expected.reportTime);
    QCOMPARE(actual.reportError, expected.reportError);
    QCOMPARE(actual.userPrincipalName, expected.userPrincipalName);
    QCOMPARE(actual.entraUserId, expected.entraUserId);
    QCOMPARE(actual.entraUserState, expected.entraUserState);
    QCOMPARE(actual.easIds, expected.easIds);
    QCOMPARE(actual.registeredAt, expected.registeredAt);
    QCOMPARE(actual.violations.size(), expected.violations.size());
    for (qsizetype i = 0; i < actual.violations.size(); ++i) {
        QCOMPARE(actual.violations.at(i).policyId, expected.violations.at(i).policyId);
        QCOMPARE(actual.violations.at(i).since, expected.violations.at(i).since);
    }
}

// The list's row says the same as the full record and its evaluation; callers check
// currentTestFailed().
void compareRow(const DeviceTable &table, int row, const DeviceRecord &device,
    const QHash<qint64, CompliancePolicy> &policies, const QDateTime &now)
{
    QCOMPARE(table.name(row), device.name);
    QCOMPARE(table.user(row), device.user);
    QCOMPARE(table.serialNumber(row), device.serialNumber);
    QCOMPARE(table.model(row), device.model);
    QCOMPARE(table.osVersion(row), device.osVersion);
    QCOMPARE(table.platform(row), device.platform);
    QCOMPARE(table.lastCheckin(row), device.lastCheckin);
    QCOMPARE(table.azureDeviceId(row), device.azureDeviceId);
    QCOMPARE(table.clientStatus(row), device.clientStatus);
    QCOMPARE(table.clientStatus(row).wireName(), device.clientStatus.wireName());
    QCOMPARE(table.complianceStatus(row), device.complianceStatus);
    QCOMPARE(table.reportTimeStamp(row), device.reportTime);
    QCOMPARE(table.reportError(row), device.reportError);
    QCOMPARE(table.entraUserState(row), device.entraUserState);
    const DeviceEvaluation evaluation = ComplianceEvaluator::evaluate(device.violations, policies, now);
    QCOMPARE(table.effectiveAction(row), evaluation.action);
    QCOMPARE(table.outcome(row), evaluation.outcome);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs `work` on a plain connection of its own, outside DeviceStore, to set up or inspect
// a file the way another program (or an older build) would.
template <typename Work> void withRawConnection(const QString &path, Work work)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("test setup: cannot open %s", qPrintable(path));
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestDeviceStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void openCreatesLatestSchema();
    void reopenKeepsData();
    void migratesQueuedHistoryToColumns();
    void migratesFromVersion1();
    void refusesNewerSchema();
    void refusesCorruptFile_data();
    void refusesCorruptFile();
    void failsWhenNotOpen();

    void upsertRoundTrip_data();
    void upsertRoundTrip();
    void upsertUpdatesExistingRows();
    void failedUpsertKeepsPriorData_data();
    void failedUpsertKeepsPriorData();
    void emptyUpsert();
    void deviceListedTwiceKeepsItsLastRecord();

    void policiesRoundTrip();
    void policyUpdateReplacesSteps();
    void invalidPolicyIsRefused();
    void unreadablePolicyIsReported();

    void loadTableMatchesLoadDevice();
    void loadTableReadsOddValuesAsLoadDevice();
    void loadTableCancels();
    void loadTableOnWorkerThread();
    void inventoryRefreshOnWorkerInSlices();

    void settings();
    void auditLog();
    void entraUserCache();
    void usersWrittenWithTheirPage();
    void reportStatesReadLean();
    void defaultPathIsInDataFolder();

    void millionDevices(); // a measurement, skipped unless ASC_BENCH_DEVICES is set

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("devices.sqlite")); }
    std::unique_ptr<SqliteStore> openStore();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDeviceStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDeviceStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<SqliteStore> TestDeviceStore::openStore()
{
    auto store = std::make_unique<SqliteStore>(dbPath());
    QString error;
    if (!store->open(&error))
        qWarning("open failed: %s", qPrintable(error));
    return store;
}

void TestDeviceStore::openCreatesLatestSchema()
{
    SqliteStore store(dbPath());
    QVERIFY(!store.isOpen());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(store.isOpen());
    QCOMPARE(store.schemaVersion(), SqliteStore::latestSchemaVersion());
    QCOMPARE(SqliteStore::latestSchemaVersion(), 7);
    QCOMPARE(store.devices().deviceCount(&error), 0);

    withRawConnection(dbPath(), [](QSqlDatabase &db) {
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        const QStringList tables { QStringLiteral("devices"), QStringLiteral("violations"),
            QStringLiteral("policies"), QStringLiteral("report_outbox"), QStringLiteral("report_devices"),
            QStringLiteral("report_history"), QStringLiteral("audit_log"), QStringLiteral("settings"),
            QStringLiteral("schema_version"), QStringLiteral("entra_users"), QStringLiteral("sync_leader") };
        for (const QString &table : tables) {
            QSqlQuery query(db);
            QVERIFY(query.prepare(
                QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?")));
            query.addBindValue(table);
            QVERIFY(query.exec() && query.next());
            QVERIFY2(query.value(0).toInt() == 1, qPrintable(table));
        }
        // One row per migration, each with the time it was applied.
        QSqlQuery query(db);
        QVERIFY(
            query.exec(QStringLiteral("SELECT version, applied_ms FROM schema_version ORDER BY version")));
        int expected = 1;
        while (query.next()) {
            QCOMPARE(query.value(0).toInt(), expected++);
            QVERIFY(query.value(1).toLongLong() > 0);
        }
        QCOMPARE(expected, SqliteStore::latestSchemaVersion() + 1);
    });
}

void TestDeviceStore::migratesQueuedHistoryToColumns()
{
    // Version 5 kept a queued event's trigger and outcome as one "<trigger> <outcome>" text
    // in detail; version 6 moves them to columns, and leaves every other detail alone.
    QString error;
    {
        SqliteStore store(dbPath());
        QVERIFY2(store.open(&error, 5), qPrintable(error));
    }
    withRawConnection(dbPath(), [](QSqlDatabase &db) {
        QSqlQuery insert(db);
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO report_history (message_id, device_id, at_ms, event, detail) VALUES"
            " ('aaaaaaaa-0000-0000-0000-000000000001', 7, 1000, 'queued', 'weekly 0'),"
            " ('aaaaaaaa-0000-0000-0000-000000000001', 7, 2000, 'failed', 'HTTP 500 Internal Server Error')")));
    });
    SqliteStore store(dbPath());
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), SqliteStore::latestSchemaVersion());
    const QList<ReportEvent> events = store.outbox().history(7, 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].event, QStringLiteral("failed"));
    QCOMPARE(events[0].detail, QStringLiteral("HTTP 500 Internal Server Error"));
    QVERIFY(events[0].trigger.isEmpty());
    QCOMPARE(events[1].event, QStringLiteral("queued"));
    QVERIFY(events[1].detail.isEmpty());
    QCOMPARE(events[1].trigger, QStringLiteral("weekly"));
    QCOMPARE(events[1].outcome, std::optional<AzureOutcome>(AzureOutcome::Compliant));
}

void TestDeviceStore::reopenKeepsData()
{
    {
        auto store = openStore();
        QString error;
        QVERIFY2(store->devices().upsertDevices({ fullDevice() }, &error), qPrintable(error));
    }
    auto store = openStore();
    QVERIFY(store->isOpen());
    QCOMPARE(store->devices().deviceCount(), 1);
    QCOMPARE(store->schemaVersion(), SqliteStore::latestSchemaVersion());
}

void TestDeviceStore::migratesFromVersion1()
{
    QString error;
    {
        SqliteStore store(dbPath());
        QVERIFY2(store.open(&error, 1), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 1);
    }
    // The device as a version 1 build wrote it: only the columns that version had.
    const DeviceRecord old = fullDevice();
    withRawConnection(dbPath(), [&old](QSqlDatabase &db) {
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO devices (id, guid, name, \"user\", platform, os_version, model, manufacturer, serial, imei,"
            " last_checkin_ms, registration_state, jailbroken, quarantined, azure_device_id, client_status,"
            " compliance_status, report_time_ms, report_error, updated_ms)"
            " VALUES (?, ?, ?, ?, 'IOS', ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, 'Success', 'Successful', ?, '', 1)")));
        for (const QVariant &value : { QVariant(old.id), QVariant(old.guid.toString(QUuid::WithoutBraces)),
                 QVariant(old.name), QVariant(old.user), QVariant(old.osVersion), QVariant(old.model),
                 QVariant(old.manufacturer), QVariant(old.serialNumber), QVariant(old.imei),
                 QVariant(old.lastCheckin.toMSecsSinceEpoch()), QVariant(old.registrationState),
                 QVariant(old.azureDeviceId.toString()), QVariant(old.reportTime.toMSecsSinceEpoch()) })
            insert.addBindValue(value);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        for (const Violation &violation : old.violations) {
            QSqlQuery add(db);
            QVERIFY(add.prepare(QStringLiteral("INSERT INTO violations (device_id, policy_id, since_ms) VALUES (?, ?, ?)")));
            add.addBindValue(old.id);
            add.addBindValue(violation.policyId);
            add.addBindValue(violation.since.toMSecsSinceEpoch());
            QVERIFY(add.exec());
        }
    });
    withRawConnection(dbPath(), [](QSqlDatabase &db) {
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'devices_name'"))
                     .toInt(),
            0);
    });

    {
        SqliteStore store(dbPath());
        QVERIFY2(store.open(&error, 3), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 3);
    }
    withRawConnection(dbPath(), [](QSqlDatabase &db) {
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
                                    " AND name IN ('devices_name', 'violations_policy')"))
                     .toInt(),
            2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 3);
        // Migration 3: what Azure last received, per device; NULL until the first report.
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM devices WHERE reported_outcome IS NULL")).toInt() == 1);
    });

    SqliteStore store(dbPath());
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), SqliteStore::latestSchemaVersion());
    const std::optional<DeviceRecord> device = store.devices().loadDevice(fullDevice().id, &error);
    QVERIFY2(device, qPrintable(error));
    // Migration 5: the user's Entra object id is not known for a device stored before it
    // (the next sync looks it up); no EAS ids, no registration time yet.
    DeviceRecord expected = fullDevice();
    expected.userPrincipalName.clear();
    expected.entraUserId = QUuid();
    expected.entraUserState = EntraUserState::NotLookedUp;
    expected.easIds.clear();
    expected.registeredAt = QDateTime();
    compareDevices(*device, expected);
    if (QTest::currentTestFailed())
        return;
    QHash<QString, EntraUserCache::Entry> users;
    QVERIFY2(store.entraUsers().load(&users, &error), qPrintable(error));
    QVERIFY(users.isEmpty());
    withRawConnection(dbPath(), [](QSqlDatabase &db) {
        // Migration 4: the two indexes no query used are gone; the device is kept.
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
                                    " AND name IN ('devices_name', 'violations_policy')"))
                     .toInt(),
            0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), SqliteStore::latestSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM devices")).toInt(), 1);
    });
}

void TestDeviceStore::refusesNewerSchema()
{
    {
        auto store = openStore();
        QString error;
        QVERIFY2(store->devices().upsertDevices({ fullDevice() }, &error), qPrintable(error));
    }
    withRawConnection(dbPath(), [](QSqlDatabase &db) {
        QSqlQuery query(db);
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO schema_version (version, applied_ms) VALUES (99, 1)")));
    });
    const QByteArray before = fileHash(dbPath());

    SqliteStore store(dbPath());
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(QLatin1String("99")), qPrintable(error));
    QVERIFY2(error.contains(dbPath()), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    QCOMPARE(store.devices().deviceCount(), -1);
    QVERIFY(!store.devices().upsertDevices({ fullDevice() }, &error));

    QCOMPARE(fileHash(dbPath()), before);
    withRawConnection(dbPath(), [](QSqlDatabase &db) {
        QCOMPARE(scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), 99);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM devices")).toInt(), 1);
    });
}

void TestDeviceStore::refusesCorruptFile_data()
{
    QTest::addColumn<QByteArray>("content");

    QTest::addRow("text file") << QByteArray("name,user\nAlice's iPhone,alice@contoso.com\n").repeated(40);
    QByteArray noise(8192, '\0');
    quint32 state = 12345;
    for (char &byte : noise) {
        state = state * 1103515245 + 12345;
        byte = char(state >> 16);
    }
    QTest::addRow("random bytes") << noise;
    QTest::addRow("short garbage") << QByteArray("hello");
    QTest::addRow("SQLite header, garbage after") << (QByteArray("SQLite format 3\0", 16) + noise);
}

void TestDeviceStore::refusesCorruptFile()
{
    QFETCH(QByteArray, content);
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    SqliteStore store(dbPath());
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(dbPath()), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("not")), qPrintable(error));

    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QVERIFY(!QFile::exists(dbPath() + QLatin1String("-wal")));
}

void TestDeviceStore::failsWhenNotOpen()
{
    SqliteStore store(dbPath());
    QString error;
    QCOMPARE(store.devices().deviceCount(&error), -1);
    QVERIFY2(error.contains(QLatin1String("not open")), qPrintable(error));
    error.clear();
    QVERIFY(!store.devices().upsertDevices({ fullDevice() }, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.devices().loadDevice(1, &error));
    QCOMPARE(store.settings().setting(QStringLiteral("x"), QStringLiteral("default")), QStringLiteral("default"));
    QVERIFY(!QFile::exists(dbPath()));
}

void TestDeviceStore::upsertRoundTrip_data()
{
    QTest::addColumn<DeviceRecord>("device");

    QTest::addRow("every field") << fullDevice();

    DeviceRecord unknown = fullDevice();
    unknown.id = 2;
    unknown.clientStatus = AzureClientStatus::fromWire(QStringLiteral("Broker_Timeout"));
    unknown.azureDeviceId = AzureDeviceId();
    unknown.complianceStatus = AzureComplianceStatus::Failed;
    unknown.reportTime = QDateTime();
    unknown.reportError
        = QStringLiteral("No Azure device id: the device reported client status Broker_Timeout");
    QTest::addRow("unknown client status, blank Azure id") << unknown;

    DeviceRecord british = fullDevice();
    british.id = 3;
    british.clientStatus = AzureClientStatus::fromWire(QStringLiteral("User_Cancelled"));
    british.azureDeviceId = AzureDeviceId();
    british.complianceStatus = AzureComplianceStatus::InProgress;
    QTest::addRow("User_Cancelled read as User_Canceled") << british;

    DeviceRecord bare;
    bare.id = 4;
    QTest::addRow("only an id") << bare;

    DeviceRecord android = fullDevice();
    android.id = 5;
    android.platform = Platform::Android;
    android.model = QStringLiteral("Galaxy S23");
    android.manufacturer = QStringLiteral("Samsung");
    android.jailbroken = false;
    android.quarantined = false;
    android.registrationState = QStringLiteral("RETIRED");
    android.clientStatus = AzureClientStatus(AzureClientStatus::Code::AccountLoggedOut);
    android.azureDeviceId = AzureDeviceId();
    android.complianceStatus = AzureComplianceStatus::None;
    android.reportTime = QDateTime();
    android.violations = { Violation { 6, QDateTime() }, Violation { 9999, daysAgo(1) } };
    QTest::addRow("violation without start, policy we do not have") << android;

    DeviceRecord noViolations = fullDevice();
    noViolations.id = 9007199254740993; // beyond a double's exact integers
    noViolations.violations.clear();
    QTest::addRow("large id, no violations") << noViolations;
}

void TestDeviceStore::upsertRoundTrip()
{
    QFETCH(DeviceRecord, device);
    auto store = openStore();
    QString error;
    QVERIFY2(store->devices().upsertDevices({ device }, &error), qPrintable(error));
    const std::optional<DeviceRecord> loaded = store->devices().loadDevice(device.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    compareDevices(*loaded, device);
    if (QTest::currentTestFailed())
        return;
    // Unknown codes are kept raw, never dropped: a code Azure adds later must still show.
    if (!device.clientStatus.isKnown())
        QCOMPARE(loaded->clientStatus.wireName(), QStringLiteral("Broker_Timeout"));

    withRawConnection(dbPath(), [&device](QSqlDatabase &db) {
        QSqlQuery query(db);
        QVERIFY(
            query.prepare(QStringLiteral("SELECT azure_device_id, client_status FROM devices WHERE id = ?")));
        query.addBindValue(device.id);
        QVERIFY(query.exec() && query.next());
        if (device.azureDeviceId.isBlank())
            QVERIFY(query.value(0).isNull());
        else
            QCOMPARE(query.value(0).toString(), device.azureDeviceId.toString());
        QCOMPARE(query.value(1).toString(), device.clientStatus.wireName());
    });
}

void TestDeviceStore::upsertUpdatesExistingRows()
{
    auto store = openStore();
    QString error;
    DeviceRecord device = fullDevice();
    DeviceRecord other = fullDevice();
    other.id = 1;
    QVERIFY2(store->devices().upsertDevices({ device, other }, &error), qPrintable(error));

    device.name = QStringLiteral("Renamed");
    device.osVersion = QStringLiteral("17.4");
    device.clientStatus = AzureClientStatus(AzureClientStatus::Code::InteractionRequired);
    device.azureDeviceId = AzureDeviceId();
    device.complianceStatus = AzureComplianceStatus::Failed;
    device.reportTime = QDateTime();
    device.reportError = QStringLiteral("DeviceNotFound");
    device.violations = { Violation { 3, daysAgo(41) }, Violation { 5, daysAgo(2) } };
    QVERIFY2(store->devices().upsertDevices({ device }, &error), qPrintable(error));

    QCOMPARE(store->devices().deviceCount(), 2);
    const std::optional<DeviceRecord> loaded = store->devices().loadDevice(device.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    compareDevices(*loaded, device);
    if (QTest::currentTestFailed())
        return;
    const std::optional<DeviceRecord> untouched = store->devices().loadDevice(other.id, &error);
    QVERIFY2(untouched, qPrintable(error));
    compareDevices(*untouched, other);
}

void TestDeviceStore::failedUpsertKeepsPriorData_data()
{
    QTest::addColumn<DeviceRecord>("bad");

    DeviceRecord duplicate = fullDevice();
    duplicate.id = 30;
    duplicate.violations = { Violation { 2, daysAgo(1) }, Violation { 2, daysAgo(2) } };
    QTest::addRow("the same policy violated twice") << duplicate;

    DeviceRecord noId = fullDevice();
    noId.id = 0;
    QTest::addRow("id 0") << noId;
}

void TestDeviceStore::failedUpsertKeepsPriorData()
{
    QFETCH(DeviceRecord, bad);
    auto store = openStore();
    QString error;
    const DeviceRecord original = fullDevice();
    QVERIFY2(store->devices().upsertDevices({ original }, &error), qPrintable(error));

    DeviceRecord changed = original;
    changed.name = QStringLiteral("Changed");
    changed.violations.clear();
    DeviceRecord added = fullDevice();
    added.id = 20;
    QVERIFY(!store->devices().upsertDevices({ changed, added, bad }, &error));
    QVERIFY2(error.contains(QString::number(bad.id)), qPrintable(error));
    QVERIFY2(error.contains(dbPath()), qPrintable(error));

    QCOMPARE(store->devices().deviceCount(), 1);
    QVERIFY(!store->devices().loadDevice(added.id, &error));
    const std::optional<DeviceRecord> loaded = store->devices().loadDevice(original.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    compareDevices(*loaded, original);
    if (QTest::currentTestFailed())
        return;
    // The store is still usable after the rollback.
    QVERIFY2(store->devices().upsertDevices({ added }, &error), qPrintable(error));
    QCOMPARE(store->devices().deviceCount(), 2);
}

void TestDeviceStore::deviceListedTwiceKeepsItsLastRecord()
{
    auto store = openStore();
    QString error;
    DeviceRecord first = fullDevice();
    DeviceRecord other = fullDevice();
    other.id = first.id + 1;
    QVERIFY(!first.violations.isEmpty());
    QVERIFY2(store->devices().upsertDevices({ first, other }, &error), qPrintable(error));
    DeviceRecord again = first;
    again.name = QStringLiteral("Listed again");
    again.violations = { Violation { 4242, kNow } };
    // The old violations of both devices are replaced; the device listed twice ends with
    // its second record's.
    QVERIFY2(store->devices().upsertDevices({ first, other, again }, &error), qPrintable(error));
    const std::optional<DeviceRecord> loaded = store->devices().loadDevice(first.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->name, again.name);
    QCOMPARE(loaded->violations, again.violations);
    QCOMPARE(store->devices().loadDevice(other.id, &error)->violations, other.violations);
}

void TestDeviceStore::emptyUpsert()
{
    auto store = openStore();
    QString error;
    QVERIFY2(store->devices().upsertDevices({}, &error), qPrintable(error));
    QCOMPARE(store->devices().deviceCount(), 0);
}

void TestDeviceStore::policiesRoundTrip()
{
    auto store = openStore();
    const QList<CompliancePolicy> policies = DemoFleetGenerator(1).policies();
    QString error;
    QVERIFY2(store->policies().upsertPolicies(policies, &error), qPrintable(error));
    const QHash<qint64, CompliancePolicy> loaded = store->policies().loadPolicies(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(loaded.size(), policies.size());
    for (const CompliancePolicy &policy : policies) {
        QVERIFY(loaded.contains(policy.id));
        const CompliancePolicy &back = loaded[policy.id];
        QCOMPARE(back.name, policy.name);
        QCOMPARE(back.rule, policy.rule);
        QCOMPARE(back.parameter, policy.parameter);
        QCOMPARE(back.steps, policy.steps);
    }
    withRawConnection(dbPath(), [](QSqlDatabase &db) {
        QCOMPARE(scalar(db, QStringLiteral("SELECT steps_json FROM policies WHERE id = 2")).toString(),
            QStringLiteral("[{\"action\":\"sendAlert\",\"waitDays\":0},{\"action\":\"blockEmail\","
                           "\"waitDays\":3},{\"action\":\"quarantine\",\"waitDays\":7}]"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT rule FROM policies WHERE id = 2")).toString(),
            QStringLiteral("osBelowMinimum"));
    });
}

void TestDeviceStore::policyUpdateReplacesSteps()
{
    auto store = openStore();
    CompliancePolicy policy;
    policy.id = 7;
    policy.name = QStringLiteral("Passcode");
    policy.rule = PolicyRule::NoPasscode;
    policy.steps = { { ComplianceAction::SendAlert, 0 }, { ComplianceAction::BlockEmail, 3 } };
    QString error;
    QVERIFY2(store->policies().upsertPolicies({ policy }, &error), qPrintable(error));
    policy.name = QStringLiteral("Passcode (strict)");
    policy.steps = { { ComplianceAction::Quarantine, 0 } };
    QVERIFY2(store->policies().upsertPolicies({ policy }, &error), qPrintable(error));
    const QHash<qint64, CompliancePolicy> loaded = store->policies().loadPolicies(&error);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded[7].name, policy.name);
    QCOMPARE(loaded[7].steps, policy.steps);
}

void TestDeviceStore::invalidPolicyIsRefused()
{
    auto store = openStore();
    QList<CompliancePolicy> policies = DemoFleetGenerator(1).policies();
    CompliancePolicy bad = policies.first();
    bad.id = 100;
    bad.steps.clear();
    policies.append(bad);
    QString error;
    QVERIFY(!store->policies().upsertPolicies(policies, &error));
    QVERIFY2(error.contains(bad.name), qPrintable(error));
    QVERIFY(store->policies().loadPolicies(&error).isEmpty());
}

void TestDeviceStore::unreadablePolicyIsReported()
{
    auto store = openStore();
    QString error;
    QVERIFY2(store->policies().upsertPolicies(DemoFleetGenerator(1).policies(), &error), qPrintable(error));
    withRawConnection(dbPath(), [](QSqlDatabase &db) {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE policies SET steps_json = "
                                          "'[{\"action\":\"selfDestruct\",\"waitDays\":1}]' WHERE id = 3")));
    });
    QVERIFY(store->policies().loadPolicies(&error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("selfDestruct")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("3")), qPrintable(error));

    // The store reads steps with the inventory's rules: a wait no MDM record may carry
    // (negative, or not a whole number of days) is refused here too.
    for (const char *steps : { R"([{"action":"retire","waitDays":-3}])", R"([{"action":"retire","waitDays":1.5}])" }) {
        withRawConnection(dbPath(), [steps](QSqlDatabase &db) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE policies SET steps_json = ? WHERE id = 3"));
            query.addBindValue(QString::fromUtf8(steps));
            QVERIFY(query.exec());
        });
        error.clear();
        QVERIFY2(store->policies().loadPolicies(&error).isEmpty(), steps);
        QVERIFY2(error.contains(QLatin1String("waits")) && error.contains(QLatin1String("Policy 3")), qPrintable(error));
    }
}

void TestDeviceStore::loadTableMatchesLoadDevice()
{
    auto store = openStore();
    DemoFleetGenerator generator(42);
    QString error;
    constexpr int kDevices = 2000;
    QVERIFY2(DemoFleetWriter::write(generator, *store, kDevices, kNow, &error), qPrintable(error));
    const QHash<qint64, CompliancePolicy> policies = store->policies().loadPolicies(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    DeviceTable table;
    QVERIFY2(store->devices().loadTable(&table, policies, kNow, &error), qPrintable(error));
    QCOMPARE(table.size(), kDevices);
    for (int row = 0; row < table.size(); ++row) {
        const std::optional<DeviceRecord> device = store->devices().loadDevice(table.id(row), &error);
        QVERIFY2(device, qPrintable(error));
        // The store gives back exactly what the generator made, quarantined as the
        // policies in effect say (the writer plays the MDM there)...
        DeviceRecord expected = generator.device(row, kNow);
        expected.quarantined
            = ComplianceEvaluator::evaluate(expected.violations, policies, kNow).action == ComplianceAction::Quarantine;
        compareDevices(*device, expected);
        if (QTest::currentTestFailed())
            return;
        // ...and the list's row says the same as the full record and its evaluation.
        QCOMPARE(table.id(row), qint64(row) + 1);
        compareRow(table, row, *device, policies, kNow);
        if (QTest::currentTestFailed())
            return;
    }
}

// loadTable reads through SQLite's own API; values another program (or an
// older build) may have left in the file must come out as loadDevice reads them.
void TestDeviceStore::loadTableReadsOddValuesAsLoadDevice()
{
    auto store = openStore();
    QString error;
    QVERIFY2(store->policies().upsertPolicies(DemoFleetGenerator(1).policies(), &error), qPrintable(error));
    QList<DeviceRecord> devices;
    for (int i = 0; i < 9; ++i) {
        DeviceRecord device = fullDevice();
        device.id = 100 + i;
        devices.append(device);
    }
    devices[1].clientStatus = AzureClientStatus::fromWire(QStringLiteral("Broker_Timeout"));
    devices[1].reportError = QStringLiteral("Échec: 503");
    devices[2] = DeviceRecord();
    devices[2].id = 102; // every optional field empty, no violations
    devices[3].name = QStringLiteral("日本のデバイス");
    devices[3].model = QStringLiteral("Pixel 8");
    devices[3].violations.clear();
    QVERIFY2(store->devices().upsertDevices(devices, &error), qPrintable(error));
    const QHash<qint64, CompliancePolicy> policies = store->policies().loadPolicies(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    store.reset();
    withRawConnection(dbPath(), [](QSqlDatabase &db) {
        QSqlQuery query(db);
        const QStringList updates{
            QStringLiteral("UPDATE devices SET azure_device_id = '{007C8232-9489-4074-9B35-345B16F0A72D}' WHERE id = 104"),
            QStringLiteral("UPDATE devices SET azure_device_id = 'not a guid at all, thirty-six chars!!' WHERE id = 105"),
            QStringLiteral("UPDATE devices SET azure_device_id = ' 007c8232-9489-4074-9b35-345b16f0a72d ' WHERE id = 106"),
            QStringLiteral("UPDATE devices SET azure_device_id = '00000000-0000-0000-0000-000000000000',"
                           " platform = 'Windows', compliance_status = 'weird' WHERE id = 107"),
            QStringLiteral("UPDATE devices SET name = NULL, \"user\" = NULL, serial = NULL, last_checkin_ms = NULL,"
                           " report_time_ms = NULL, client_status = NULL WHERE id = 108"),
            QStringLiteral("UPDATE violations SET since_ms = NULL WHERE device_id = 100 AND policy_id = 1")};
        for (const QString &sql : updates) {
            if (!query.exec(sql))
                qFatal("test setup: %s", qPrintable(query.lastError().text()));
        }
    });
    store = openStore();
    QVERIFY(store->isOpen());
    DeviceTable table;
    QVERIFY2(store->devices().loadTable(&table, policies, kNow, &error), qPrintable(error));
    QCOMPARE(table.size(), int(devices.size()));
    for (int row = 0; row < table.size(); ++row) {
        const std::optional<DeviceRecord> device = store->devices().loadDevice(table.id(row), &error);
        QVERIFY2(device, qPrintable(error));
        QCOMPARE(table.id(row), devices[row].id);
        compareRow(table, row, *device, policies, kNow);
        if (QTest::currentTestFailed())
            return;
    }
    // The odd values are what the reader made of them, not what was written.
    QVERIFY(!table.azureDeviceId(4).uuid().isNull()); // braces accepted
    QVERIFY(table.azureDeviceId(5).uuid().isNull());
    QCOMPARE(table.clientStatus(1).wireName(), QStringLiteral("Broker_Timeout"));
}

void TestDeviceStore::loadTableCancels()
{
    auto store = openStore();
    DemoFleetGenerator generator(3);
    QString error;
    QVERIFY2(DemoFleetWriter::write(generator, *store, 25000, kNow, &error), qPrintable(error));
    const QHash<qint64, CompliancePolicy> policies = store->policies().loadPolicies(&error);

    QList<QPair<int, int>> calls;
    DeviceTable table;
    QVERIFY2(store->devices().loadTable(&table, policies, kNow, &error,
                 [&calls](int done, int total) {
                     calls.append({ done, total });
                     return true;
                 }),
        qPrintable(error));
    QCOMPARE(table.size(), 25000);
    const QList<QPair<int, int>> expected { { 10000, 25000 }, { 20000, 25000 }, { 25000, 25000 } };
    QCOMPARE(calls, expected);

    DeviceTable kept;
    kept.append(fullDevice(), DeviceEvaluation());
    error.clear();
    QVERIFY(!store->devices().loadTable(&kept, policies, kNow, &error, [](int, int) { return false; }));
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.id(0), fullDevice().id);
}

void TestDeviceStore::loadTableOnWorkerThread()
{
    // A connection left behind would print "connection ... is still in use".
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use|does not belong")));
    auto store = openStore();
    DemoFleetGenerator generator(5);
    QString error;
    QVERIFY2(DemoFleetWriter::write(generator, *store, 500, kNow, &error), qPrintable(error));
    const QHash<qint64, CompliancePolicy> policies = store->policies().loadPolicies(&error);

    DeviceTable table;
    QString workerError;
    bool loaded = false;
    std::unique_ptr<QThread> worker(
        QThread::create([&] { loaded = store->devices().loadTable(&table, policies, kNow, &workerError); }));
    worker->start();
    QVERIFY(worker->wait(60000));
    QVERIFY2(loaded, qPrintable(workerError));
    QCOMPARE(table.size(), 500);

    // The UI thread keeps writing while workers read.
    DeviceRecord device = generator.device(0, kNow);
    device.name = QStringLiteral("Renamed on the UI thread");
    QVERIFY2(store->devices().upsertDevices({ device }, &error), qPrintable(error));
    std::unique_ptr<QThread> second(
        QThread::create([&] { loaded = store->devices().loadTable(&table, policies, kNow, &workerError); }));
    second->start();
    QVERIFY(second->wait(60000));
    QVERIFY2(loaded, qPrintable(workerError));
    QCOMPARE(table.name(0), device.name);

    // A pool thread keeps its connection until the pool retires the thread.
    QFuture<bool> pooled
        = QtConcurrent::run([&] { return store->devices().loadTable(&table, policies, kNow, &workerError); });
    QVERIFY2(pooled.result(), qPrintable(workerError));
    QCOMPARE(table.size(), 500);
}

// A refresh of thousands of devices (a sync, a fleet report) is read on a worker
// and handed to the views in slices of at most 1,000, one per turn of the event loop;
// the store reads the ids in chunks of 500, in order, none lost.
void TestDeviceStore::inventoryRefreshOnWorkerInSlices()
{
    auto store = std::make_shared<SqliteStore>(dbPath());
    QString error;
    QVERIFY2(store->open(&error), qPrintable(error));
    DemoFleetGenerator generator(3);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY2(DemoFleetWriter::write(generator, *store, 2600, now, &error), qPrintable(error));
    QList<qint64> ids = store->devices().deviceIds(&error);
    QCOMPARE(ids.size(), 2600);
    ids.removeAt(7); // not every device, and not a neat multiple of the chunk
    ids.removeAt(1234);

    DeviceInventory inventory(store);
    QList<qint64> seen;
    QList<int> slices;
    bool onMainThread = true;
    int turns = 0;
    QList<int> turnAtSlice;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&turns] { ++turns; });
    ticker.start(0);
    connect(&inventory, &DeviceInventory::devicesUpdated, this,
            [&](const QList<DeviceRecord> &devices, const QList<DeviceEvaluation> &evaluations) {
                onMainThread = onMainThread && QThread::currentThread() == QCoreApplication::instance()->thread();
                QCOMPARE(devices.size(), evaluations.size());
                slices.append(int(devices.size()));
                turnAtSlice.append(turns);
                for (const DeviceRecord &device : devices)
                    seen.append(device.id);
            });
    inventory.refreshDevices(ids);
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), ids.size(), 30000);
    QCOMPARE(seen, ids); // ascending, each once
    QVERIFY(onMainThread);
    QCOMPARE(slices, (QList<int>{1000, 1000, 598}));
    QVERIFY(turnAtSlice[1] > turnAtSlice[0] && turnAtSlice[2] > turnAtSlice[1]);
}

void TestDeviceStore::settings()
{
    auto store = openStore();
    QCOMPARE(store->settings().setting(QStringLiteral("reporting/enabled")), QString());
    QCOMPARE(store->settings().setting(QStringLiteral("reporting/enabled"), QStringLiteral("false")),
        QStringLiteral("false"));
    QString error;
    QVERIFY2(store->settings().setSetting(QStringLiteral("reporting/enabled"), QStringLiteral("true"), &error),
        qPrintable(error));
    QCOMPARE(
        store->settings().setting(QStringLiteral("reporting/enabled"), QStringLiteral("false")), QStringLiteral("true"));
    QVERIFY2(store->settings().setSetting(QStringLiteral("reporting/enabled"), QStringLiteral("no"), &error),
        qPrintable(error));
    QCOMPARE(store->settings().setting(QStringLiteral("reporting/enabled")), QStringLiteral("no"));
    // Keys are data, never SQL.
    const QString tricky = QStringLiteral("x'); DROP TABLE settings; --");
    QVERIFY2(store->settings().setSetting(tricky, QStringLiteral("v"), &error), qPrintable(error));
    QCOMPARE(store->settings().setting(tricky), QStringLiteral("v"));
}

void TestDeviceStore::auditLog()
{
    auto store = openStore();
    QString error;
    QVERIFY2(store->auditLog().appendAudit(QStringLiteral("alice"), QStringLiteral("report-now"),
                 QStringLiteral("device 12"), QStringLiteral("manual"), &error),
        qPrintable(error));
    QVERIFY2(store->auditLog().appendAudit(QString(), QStringLiteral("policy-save"), QString(), QString(), &error),
        qPrintable(error));
    withRawConnection(dbPath(), [](QSqlDatabase &db) {
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("SELECT at_ms, actor, action, target, detail FROM audit_log ORDER BY id")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toLongLong() > 0);
        QCOMPARE(query.value(1).toString(), QStringLiteral("alice"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("report-now"));
        QCOMPARE(query.value(3).toString(), QStringLiteral("device 12"));
        QCOMPARE(query.value(4).toString(), QStringLiteral("manual"));
        QVERIFY(query.next());
        QCOMPARE(query.value(2).toString(), QStringLiteral("policy-save"));
        QVERIFY(!query.next());
    });
}

void TestDeviceStore::entraUserCache()
{
    auto store = openStore();
    EntraUserCache &cache = store->entraUsers();
    const QDateTime checked = daysAgo(2);
    const QUuid alice(QStringLiteral("4f1a2b3c-5d6e-4f70-8a9b-0c1d2e3f4a5b"));
    QString error;
    QVERIFY2(cache.save({ { QStringLiteral("Alice@Contoso.com"), alice, checked },
                 { QStringLiteral("ghost@contoso.com"), QUuid(), checked } },
                 &error),
        qPrintable(error));
    QHash<QString, EntraUserCache::Entry> entries;
    QVERIFY2(cache.load(&entries, &error), qPrintable(error));
    QCOMPARE(entries.size(), 2);
    // Keyed without case, the name kept as Graph was asked.
    QCOMPARE(entries.value(QStringLiteral("alice@contoso.com")).principalName, QStringLiteral("Alice@Contoso.com"));
    QCOMPARE(entries.value(QStringLiteral("alice@contoso.com")).objectId, alice);
    QCOMPARE(entries.value(QStringLiteral("alice@contoso.com")).checked, checked);
    QVERIFY(entries.value(QStringLiteral("ghost@contoso.com")).objectId.isNull());
    // A known user stays known; an unknown one is asked again after a day.
    QVERIFY(EntraUserCache::isFresh(entries.value(QStringLiteral("alice@contoso.com")), kNow));
    QVERIFY(!EntraUserCache::isFresh(entries.value(QStringLiteral("ghost@contoso.com")), kNow));
    QVERIFY(EntraUserCache::isFresh(entries.value(QStringLiteral("ghost@contoso.com")), checked.addSecs(3600)));
    // The same name in another case replaces the entry.
    QVERIFY2(cache.save({ { QStringLiteral("GHOST@contoso.com"), alice, kNow } }, &error), qPrintable(error));
    QVERIFY2(cache.load(&entries, &error), qPrintable(error));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.value(QStringLiteral("ghost@contoso.com")).objectId, alice);
}

void TestDeviceStore::usersWrittenWithTheirPage()
{
    auto store = openStore();
    const DeviceRecord original = fullDevice();
    QString error;
    QVERIFY2(store->devices().upsertDevices({ original }, &error), qPrintable(error));
    const QUuid alice(QStringLiteral("4f1a2b3c-5d6e-4f70-8a9b-0c1d2e3f4a5b"));
    const QList<EntraUserCache::Entry> users { { QStringLiteral("alice@contoso.com"), alice, kNow } };
    DeviceRecord changed = original;
    changed.name = QStringLiteral("Changed");

    // What runs after the devices fails: neither the devices nor the users are written.
    QVERIFY(!store->commitTogether(
        [&](QString *failure) {
            QString ignored;
            if (!store->devices().upsertDevices({ changed }, &ignored, DeviceStore::UpsertMode::InventoryOnly)
                || !store->entraUsers().save(users, &ignored))
                return false;
            *failure = QStringLiteral("the users could not be kept");
            return false;
        },
        &error));
    QCOMPARE(error, QStringLiteral("the users could not be kept"));
    QCOMPARE(store->devices().loadDevice(original.id, &error)->name, original.name);
    QHash<QString, EntraUserCache::Entry> entries;
    QVERIFY2(store->entraUsers().load(&entries, &error), qPrintable(error));
    QVERIFY(entries.isEmpty());

    // A failure inside one of the parts rolls back what the others wrote before it.
    DeviceRecord invalid = changed;
    invalid.id = -1; // refused by the table's CHECK
    QVERIFY(!store->commitTogether(
        [&](QString *failure) {
            return store->entraUsers().save(users, failure)
                && store->devices().upsertDevices({ changed, invalid }, failure, DeviceStore::UpsertMode::InventoryOnly);
        },
        &error));
    QVERIFY2(error.contains(QLatin1String("-1")), qPrintable(error));
    QCOMPARE(store->devices().loadDevice(original.id, &error)->name, original.name);
    QVERIFY2(store->entraUsers().load(&entries, &error), qPrintable(error));
    QVERIFY(entries.isEmpty());

    // It succeeds: both are there, from one commit.
    QVERIFY2(store->commitTogether(
                 [&](QString *failure) {
                     return store->devices().upsertDevices({ changed }, failure, DeviceStore::UpsertMode::InventoryOnly)
                         && store->entraUsers().save(users, failure);
                 },
                 &error),
        qPrintable(error));
    QCOMPARE(store->devices().loadDevice(original.id, &error)->name, changed.name);
    QVERIFY2(store->entraUsers().load(&entries, &error), qPrintable(error));
    QCOMPARE(entries.value(QStringLiteral("alice@contoso.com")).objectId, alice);
    // The joined transactions left nothing open: a write of its own still commits.
    QVERIFY2(store->settings().setSetting(QStringLiteral("after"), QStringLiteral("1"), &error), qPrintable(error));
    SqliteStore reopened(dbPath());
    QVERIFY2(reopened.open(&error), qPrintable(error));
    QCOMPARE(reopened.settings().setting(QStringLiteral("after")), QStringLiteral("1"));
}

void TestDeviceStore::reportStatesReadLean()
{
    auto store = openStore();
    DeviceRecord first = fullDevice();
    DeviceRecord second = fullDevice();
    second.id = first.id + 1;
    second.violations.clear();
    QString error;
    QVERIFY2(store->devices().upsertDevices({ first, second }, &error), qPrintable(error));
    OutboxDevice reported;
    reported.deviceId = first.id;
    reported.outcome = AzureOutcome::NonCompliant;
    reported.fingerprint = QStringLiteral("fingerprint-1");
    ReportOutbox &outbox = store->outbox();
    QVERIFY2(outbox.enqueue(QStringLiteral("compliance"), { reported }, QUuid::createUuid(), 100, kNow, nullptr, &error),
        qPrintable(error));

    // The same ids, violations and report states as the whole read, in the same order;
    // nothing else is read. An id the store does not have is left out.
    QList<std::tuple<qint64, QList<Violation>, DeviceStore::ReportState>> whole;
    QVERIFY2(store->devices().forEachDevice({ second.id, 999, first.id },
                 [&](const DeviceRecord &device, const DeviceStore::ReportState &state) {
                     whole.append({ device.id, device.violations, state });
                     return true;
                 },
                 &error),
        qPrintable(error));
    QList<std::tuple<qint64, QList<Violation>, DeviceStore::ReportState>> lean;
    int fieldsLeftEmpty = 0;
    QVERIFY2(store->devices().forEachReportState({ second.id, 999, first.id },
                 [&](const DeviceRecord &device, const DeviceStore::ReportState &state) {
                     lean.append({ device.id, device.violations, state });
                     fieldsLeftEmpty += device.name.isEmpty() && device.serialNumber.isEmpty() ? 1 : 0;
                     return true;
                 },
                 &error),
        qPrintable(error));
    QCOMPARE(lean.size(), 2);
    QCOMPARE(fieldsLeftEmpty, 2);
    QCOMPARE(whole.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(std::get<0>(lean[i]), std::get<0>(whole[i]));
        QCOMPARE(std::get<1>(lean[i]), std::get<1>(whole[i]));
        QCOMPARE(std::get<2>(lean[i]).reportedOutcome, std::get<2>(whole[i]).reportedOutcome);
        QCOMPARE(std::get<2>(lean[i]).reportedFingerprint, std::get<2>(whole[i]).reportedFingerprint);
    }
    QCOMPARE(std::get<0>(lean[0]), first.id);
    QCOMPARE(std::get<1>(lean[0]), first.violations);
    QCOMPARE(std::get<2>(lean[0]).reportedOutcome, std::optional<AzureOutcome>(AzureOutcome::NonCompliant));
    QCOMPARE(std::get<2>(lean[0]).reportedFingerprint, QStringLiteral("fingerprint-1"));
    QVERIFY(!std::get<2>(lean[1]).reportedOutcome);
}

void TestDeviceStore::defaultPathIsInDataFolder()
{
    const QString path = SqliteStore::defaultPath();
    QVERIFY(path.endsWith(QLatin1String("/devices.sqlite")));
    QVERIFY(QFileInfo(path).dir().exists());
}

void TestDeviceStore::millionDevices()
{
    const int devices = qEnvironmentVariableIntValue("ASC_BENCH_DEVICES");
    if (devices <= 0)
        QSKIP("Set ASC_BENCH_DEVICES=1000000 to measure writing and loading a large fleet.");
    auto store = openStore();
    DemoFleetGenerator generator(1);
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(DemoFleetWriter::write(generator, *store, devices, kNow, &error), qPrintable(error));
    const qint64 writeMs = timer.restart();
    const QHash<qint64, CompliancePolicy> policies = store->policies().loadPolicies(&error);
    DeviceTable table;
    QVERIFY2(store->devices().loadTable(&table, policies, kNow, &error), qPrintable(error));
    const qint64 loadMs = timer.elapsed();
    QCOMPARE(table.size(), devices);
    qInfo("%d devices: write %lld ms, load %lld ms, file %lld MB, table %lld MB", devices, writeMs, loadMs,
        QFileInfo(dbPath()).size() / (1024 * 1024), qint64(table.memoryUsage()) / (1024 * 1024));
}

QTEST_GUILESS_MAIN(TestDeviceStore)
#include "tst_devicestore.moc"
