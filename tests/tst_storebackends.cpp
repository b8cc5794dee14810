// The devices, policies and Entra users of both store back ends through the same checks:
// the embedded SQLite file and the PostgreSQL store a team shares, the latter on a
// throwaway cluster of its own (tests/pg/throwaway-cluster.sh). Every check runs once per
// back end (the "backend" column); what only a shared store has (logins the database
// refuses writes to) is checked on PostgreSQL alone. When no cluster can be started, the
// test fails: it never skips.
#include "app/demo/demofleetgenerator.h"
#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgconnections.h"
#include "app/storage/postgres/pgconnectionsettings.h"
#include "app/storage/postgres/pgdevicestore.h"
#include "app/storage/postgres/pgentrausercache.h"
#include "app/storage/postgres/pgpolicystore.h"
#include "app/storage/postgres/pgtransaction.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "models/complianceevaluator.h"
#include "models/devicetable.h"
#include "tests/pg/pgtestcluster.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QString::number(time.toMSecsSinceEpoch()) : QStringLiteral("none");
}

// Every field of the record, one per line: records are compared whole, and a difference
// shows as the lines that differ.
QString describe(const DeviceRecord &device)
{
    QStringList lines {
        QStringLiteral("id %1").arg(device.id),
        QStringLiteral("guid %1").arg(device.guid.toString()),
        QStringLiteral("name %1").arg(device.name),
        QStringLiteral("user %1").arg(device.user),
        QStringLiteral("upn %1").arg(device.userPrincipalName),
        QStringLiteral("entra user %1").arg(device.entraUserId.toString()),
        QStringLiteral("entra state %1").arg(int(device.entraUserState)),
        QStringLiteral("platform %1").arg(int(device.platform)),
        QStringLiteral("os %1").arg(device.osVersion),
        QStringLiteral("model %1").arg(device.model),
        QStringLiteral("manufacturer %1").arg(device.manufacturer),
        QStringLiteral("serial %1").arg(device.serialNumber),
        QStringLiteral("imei %1").arg(device.imei),
        QStringLiteral("eas [%1]").arg(device.easIds.join(QLatin1Char('|'))),
        QStringLiteral("checkin %1").arg(timeText(device.lastCheckin)),
        QStringLiteral("registered %1").arg(timeText(device.registeredAt)),
        QStringLiteral("registration %1").arg(device.registrationState),
        QStringLiteral("jailbroken %1").arg(device.jailbroken),
        QStringLiteral("quarantined %1").arg(device.quarantined),
        QStringLiteral("azure id %1").arg(device.azureDeviceId.toString()),
        QStringLiteral("client status %1 %2")
            .arg(int(device.clientStatus.code()))
            .arg(device.clientStatus.wireName()),
        QStringLiteral("compliance %1").arg(int(device.complianceStatus)),
        QStringLiteral("report time %1").arg(timeText(device.reportTime)),
        QStringLiteral("report error %1").arg(device.reportError),
    };
    for (const Violation &violation : device.violations)
        lines.append(
            QStringLiteral("violation %1 since %2 name %3")
                .arg(QString::number(violation.policyId), timeText(violation.since), violation.policyName));
    return lines.join(QLatin1Char('\n'));
}

QString describe(const CompliancePolicy &policy)
{
    QStringList lines { QStringLiteral("id %1").arg(policy.id), QStringLiteral("name %1").arg(policy.name),
        QStringLiteral("rule %1").arg(CompliancePolicy::ruleStorageName(policy.rule)),
        QStringLiteral("parameter %1").arg(policy.parameter) };
    for (const PolicyStep &step : policy.steps)
        lines.append(QStringLiteral("step %1 after %2").arg(int(step.action)).arg(step.waitDays));
    return lines.join(QLatin1Char('\n'));
}

QString describe(const QHash<qint64, CompliancePolicy> &policies)
{
    QList<qint64> ids = policies.keys();
    std::sort(ids.begin(), ids.end());
    QStringList all;
    for (qint64 id : ids)
        all.append(describe(policies.value(id)));
    return all.join(QStringLiteral("\n--\n"));
}

QString describe(const QHash<QString, EntraUserCache::Entry> &entries)
{
    QStringList keys = entries.keys();
    keys.sort();
    QStringList lines;
    for (const QString &key : keys) {
        const EntraUserCache::Entry &entry = entries.value(key);
        lines.append(QStringLiteral("%1: %2 %3 %4")
                         .arg(key, entry.principalName, entry.objectId.toString(), timeText(entry.checked)));
    }
    return lines.join(QLatin1Char('\n'));
}

// The list's row says the same as the full record and its evaluation.
QString describeRow(const DeviceTable &table, int row)
{
    return QStringList { QString::number(table.id(row)), table.name(row), table.user(row),
        table.serialNumber(row), table.model(row), table.osVersion(row),
        QString::number(int(table.platform(row))), timeText(table.lastCheckin(row)),
        table.azureDeviceId(row).toString(), QString::number(int(table.clientStatus(row).code())),
        table.clientStatus(row).wireName(), QString::number(int(table.complianceStatus(row))),
        timeText(table.reportTimeStamp(row)), table.reportError(row),
        QString::number(int(table.entraUserState(row))), QString::number(int(table.effectiveAction(row))),
        QString::number(int(table.outcome(row))) }
        .join(QLatin1Char('\n'));
}

QString describeAsRow(const DeviceRecord &device, const QHash<qint64, CompliancePolicy> &policies)
{
    DeviceTable table;
    table.append(device, ComplianceEvaluator::evaluate(device.violations, policies, kNow));
    return describeRow(table, 0);
}

// Every device of the store, in the order forEachDevice gives them.
QList<DeviceRecord> allDevices(const DeviceStore &store)
{
    QList<DeviceRecord> devices;
    QString error;
    if (!store.forEachDevice(
            {},
            [&devices](const DeviceRecord &device, const DeviceStore::ReportState &) {
                devices.append(device);
                return true;
            },
            &error))
        qWarning("forEachDevice: %s", qPrintable(error));
    return devices;
}

QString describe(const QList<DeviceRecord> &devices)
{
    QStringList all;
    for (const DeviceRecord &device : devices)
        all.append(describe(device));
    return all.join(QStringLiteral("\n--\n"));
}

// The device store, policy store and user cache of one login on a PostgreSQL store.
struct PgParts
{
    PgParts(const PgConnectionSettings &settings, const QString &uri)
        : connections(settings, uri)
        , devices(connections)
        , policies(connections)
        , users(connections)
    {
        connections.setUsable(true);
    }

    PgConnections connections;
    PgDeviceStore devices;
    PgPolicyStore policies;
    PgEntraUserCache users;
};

// One back end's store for one test: a new SQLite file, or a new PostgreSQL database
// used through the reporter login (the role that writes everything checked here).
class Backend
{
public:
    DeviceStore &devices() const { return m_sqlite ? m_sqlite->devices() : m_pg->devices; }
    PolicyStore &policies() const { return m_sqlite ? m_sqlite->policies() : m_pg->policies; }
    EntraUserCache &users() const { return m_sqlite ? m_sqlite->entraUsers() : m_pg->users; }
    // What the store's messages name it by.
    QString location() const { return m_sqlite ? m_sqlite->location() : m_pg->connections.displayName(); }

    // Runs sql behind the store's back (tables unqualified), as another program would.
    bool raw(const QByteArray &sql, QString *error)
    {
        if (m_owner)
            return m_owner->run(sql, error);
        QSqlQuery query(QSqlDatabase::database(m_rawName));
        if (query.exec(QString::fromUtf8(sql)))
            return true;
        *error = query.lastError().text();
        return false;
    }

    // One transaction around work on this thread, as Store::commitTogether runs it.
    bool commitTogether(const std::function<bool(QString *error)> &work, QString *error)
    {
        if (m_sqlite)
            return m_sqlite->commitTogether(work, error);
        PgConnection *connection = nullptr;
        if (!m_pg->connections.connection(&connection, error))
            return false;
        PgTransaction transaction(*connection);
        return transaction.begin(error) && work(error) && transaction.commit(error);
    }

    ~Backend()
    {
        m_sqlite.reset();
        if (!m_rawName.isEmpty()) {
            QSqlDatabase::database(m_rawName).close();
            QSqlDatabase::removeDatabase(m_rawName);
        }
    }

    std::unique_ptr<SqliteStore> m_sqlite;
    QString m_rawName;
    std::unique_ptr<PgParts> m_pg;
    std::unique_ptr<PgConnection> m_owner;
};

} // namespace

Q_DECLARE_METATYPE(DeviceRecord)

class TestStoreBackends final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void upsertRoundTrip_data();
    void upsertRoundTrip();
    void upsertUpdatesExistingRows_data() { backends(); }
    void upsertUpdatesExistingRows();
    void inventoryOnlyKeepsReportingState_data() { backends(); }
    void inventoryOnlyKeepsReportingState();
    void failedUpsertChangesNothing_data();
    void failedUpsertChangesNothing();
    void deviceListedTwiceKeepsItsLastRecord_data() { backends(); }
    void deviceListedTwiceKeepsItsLastRecord();
    void countsAndIds_data() { backends(); }
    void countsAndIds();
    void loadTableMatchesLoadDevice_data() { backends(); }
    void loadTableMatchesLoadDevice();
    void loadTableInChunksAndCancels_data() { backends(); }
    void loadTableInChunksAndCancels();
    void forEachDeviceOrderAndFiltering_data() { backends(); }
    void forEachDeviceOrderAndFiltering();
    void writesJoinTheCallersTransaction_data() { backends(); }
    void writesJoinTheCallersTransaction();

    void policiesRoundTrip_data() { backends(); }
    void policiesRoundTrip();
    void invalidPolicyIsRefused_data() { backends(); }
    void invalidPolicyIsRefused();
    void unreadablePolicyIsReported_data() { backends(); }
    void unreadablePolicyIsReported();

    void entraUsers_data() { backends(); }
    void entraUsers();

    void helpdeskMayNotWrite();
    void policyAuthorWritesPoliciesNotDevices();

private:
    static void backends();
    std::unique_ptr<Backend> open(const QString &backend);
    std::unique_ptr<PgParts> login(const QString &kind);

    PgTestCluster m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_stores = 0;
    QString m_database; // the last PostgreSQL store made
};

void TestStoreBackends::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
}

void TestStoreBackends::cleanupTestCase()
{
    m_cluster.stop();
}

void TestStoreBackends::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

std::unique_ptr<Backend> TestStoreBackends::open(const QString &backend)
{
    auto store = std::make_unique<Backend>();
    const QString name = QStringLiteral("store%1").arg(++m_stores);
    QString error;
    if (backend == QLatin1String("sqlite")) {
        const QString path = m_dir->filePath(name + QStringLiteral(".sqlite"));
        store->m_sqlite = std::make_unique<SqliteStore>(path);
        if (!store->m_sqlite->open(&error)) {
            qWarning("SQLite store: %s", qPrintable(error));
            return nullptr;
        }
        store->m_rawName = QStringLiteral("raw-") + name;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_rawName);
        db.setDatabaseName(path);
        if (!db.open())
            return nullptr;
        return store;
    }
    QString ownerUri;
    if (!m_cluster.createStore(name, &ownerUri, &error)) {
        qWarning("PostgreSQL store: %s", qPrintable(error));
        return nullptr;
    }
    m_database = name;
    store->m_pg = login(QStringLiteral("reporter"));
    const auto ownerSettings = PgConnectionSettings::parse(ownerUri, &error);
    store->m_owner = std::make_unique<PgConnection>();
    if (!ownerSettings || !store->m_owner->open(*ownerSettings, QString(), &error)
        || !store->m_owner->run("SET search_path = asc_store", &error)) {
        qWarning("PostgreSQL store owner: %s", qPrintable(error));
        return nullptr;
    }
    return store;
}

std::unique_ptr<PgParts> TestStoreBackends::login(const QString &kind)
{
    const QString uri = m_cluster.loginUri(m_database, kind);
    QString error;
    const auto settings = PgConnectionSettings::parse(uri, &error);
    if (!settings) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return std::make_unique<PgParts>(*settings, uri);
}

void TestStoreBackends::upsertRoundTrip_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<DeviceRecord>("device");

    QList<std::pair<const char *, DeviceRecord>> cases;
    cases.append({ "every field", fullDevice() });

    DeviceRecord unknown = fullDevice();
    unknown.id = 2;
    unknown.clientStatus = AzureClientStatus::fromWire(QStringLiteral("Broker_Timeout"));
    unknown.azureDeviceId = AzureDeviceId();
    unknown.complianceStatus = AzureComplianceStatus::Failed;
    unknown.reportTime = QDateTime();
    unknown.reportError
        = QStringLiteral("No Azure device id: the device reported client status Broker_Timeout");
    cases.append({ "unknown client status, blank Azure id", unknown });

    DeviceRecord bare;
    bare.id = 4;
    cases.append({ "only an id", bare });

    DeviceRecord android = fullDevice();
    android.id = 5;
    android.platform = Platform::Android;
    android.jailbroken = false;
    android.quarantined = false;
    android.registrationState = QStringLiteral("RETIRED");
    android.clientStatus = AzureClientStatus(AzureClientStatus::Code::AccountLoggedOut);
    android.azureDeviceId = AzureDeviceId();
    android.complianceStatus = AzureComplianceStatus::None;
    android.reportTime = QDateTime();
    android.entraUserId = QUuid();
    android.entraUserState = EntraUserState::NotInEntra;
    android.easIds = { QStringLiteral("only one") };
    android.violations = { Violation { 6, QDateTime() }, Violation { 9999, daysAgo(1) } };
    cases.append({ "violation without start, policy we do not have", android });

    DeviceRecord large = fullDevice();
    large.id = 9007199254740993; // beyond a double's exact integers
    large.violations.clear();
    large.name = QStringLiteral("日本のデバイス \"quoted\" \\ back\tslash");
    cases.append({ "large id, no violations, odd text", large });

    for (const char *backend : { "sqlite", "postgresql" }) {
        for (const auto &[tag, device] : cases)
            QTest::addRow("%s: %s", backend, tag) << QString::fromLatin1(backend) << device;
    }
}

void TestStoreBackends::upsertRoundTrip()
{
    QFETCH(QString, backend);
    QFETCH(DeviceRecord, device);
    const auto store = open(backend);
    QVERIFY(store);
    QString error;
    QVERIFY2(store->devices().upsertDevices({ device }, &error), qPrintable(error));
    const std::optional<DeviceRecord> loaded = store->devices().loadDevice(device.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(describe(*loaded), describe(device));
    QCOMPARE(describe(allDevices(store->devices())), describe(device));
    // An id the store does not have is an error naming it and the store.
    QVERIFY(!store->devices().loadDevice(device.id + 1, &error));
    QVERIFY2(error.contains(QString::number(device.id + 1)) && error.contains(store->location()),
        qPrintable(error));
}

void TestStoreBackends::upsertUpdatesExistingRows()
{
    QFETCH(QString, backend);
    const auto store = open(backend);
    QVERIFY(store);
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
    QCOMPARE(describe(allDevices(store->devices())), describe(QList<DeviceRecord> { other, device }));

    // Without violations now: the old ones go.
    device.violations.clear();
    QVERIFY2(store->devices().upsertDevices({ device }, &error), qPrintable(error));
    QCOMPARE(describe(allDevices(store->devices())), describe(QList<DeviceRecord> { other, device }));
}

void TestStoreBackends::inventoryOnlyKeepsReportingState()
{
    QFETCH(QString, backend);
    const auto store = open(backend);
    QVERIFY(store);
    QString error;
    const DeviceRecord original = fullDevice();
    QVERIFY2(store->devices().upsertDevices({ original }, &error), qPrintable(error));

    DeviceRecord synced = fullDevice();
    synced.name = QStringLiteral("Renamed in the MDM");
    synced.osVersion = QStringLiteral("18.0");
    synced.clientStatus = AzureClientStatus(AzureClientStatus::Code::InteractionRequired);
    synced.complianceStatus = AzureComplianceStatus::Failed;
    synced.reportTime = QDateTime();
    synced.reportError = QStringLiteral("what the MDM cannot know");
    synced.violations = { Violation { 7, daysAgo(1) } };
    DeviceRecord added = fullDevice();
    added.id = 99;
    added.complianceStatus = AzureComplianceStatus::InProgress;
    QVERIFY2(
        store->devices().upsertDevices({ synced, added }, &error, DeviceStore::UpsertMode::InventoryOnly),
        qPrintable(error));

    // Everything of the sync but our own reporting state; a new device as given.
    DeviceRecord expected = synced;
    expected.complianceStatus = original.complianceStatus;
    expected.reportTime = original.reportTime;
    expected.reportError = original.reportError;
    QCOMPARE(describe(allDevices(store->devices())), describe(QList<DeviceRecord> { added, expected }));

    // Everything writes it.
    QVERIFY2(store->devices().upsertDevices({ synced }, &error), qPrintable(error));
    QCOMPARE(describe(*store->devices().loadDevice(synced.id, &error)), describe(synced));
}

void TestStoreBackends::failedUpsertChangesNothing_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<DeviceRecord>("bad");

    DeviceRecord duplicate = fullDevice();
    duplicate.id = 30;
    duplicate.violations = { Violation { 2, daysAgo(1) }, Violation { 2, daysAgo(2) } };
    DeviceRecord noId = fullDevice();
    noId.id = 0;
    DeviceRecord negative = fullDevice();
    negative.id = -7;
    for (const char *backend : { "sqlite", "postgresql" }) {
        const QString name = QString::fromLatin1(backend);
        QTest::addRow("%s: the same policy violated twice", backend) << name << duplicate;
        QTest::addRow("%s: id 0", backend) << name << noId;
        QTest::addRow("%s: negative id", backend) << name << negative;
    }
}

void TestStoreBackends::failedUpsertChangesNothing()
{
    QFETCH(QString, backend);
    QFETCH(DeviceRecord, bad);
    const auto store = open(backend);
    QVERIFY(store);
    QString error;
    const DeviceRecord original = fullDevice();
    QVERIFY2(store->devices().upsertDevices({ original }, &error), qPrintable(error));
    const QString before = describe(allDevices(store->devices()));

    DeviceRecord changed = original;
    changed.name = QStringLiteral("Changed");
    changed.violations.clear();
    DeviceRecord added = fullDevice();
    added.id = 20;
    for (const auto mode : { DeviceStore::UpsertMode::Everything, DeviceStore::UpsertMode::InventoryOnly }) {
        error.clear();
        QVERIFY(!store->devices().upsertDevices({ changed, added, bad }, &error, mode));
        QVERIFY2(error.contains(QString::number(bad.id)), qPrintable(error));
        QVERIFY2(error.contains(store->location()), qPrintable(error));
        QCOMPARE(describe(allDevices(store->devices())), before);
        QCOMPARE(store->devices().deviceCount(), 1);
    }
    // The store is still usable after the rollback.
    QVERIFY2(store->devices().upsertDevices({ added }, &error), qPrintable(error));
    QCOMPARE(describe(allDevices(store->devices())), describe(QList<DeviceRecord> { added, original }));
}

void TestStoreBackends::deviceListedTwiceKeepsItsLastRecord()
{
    QFETCH(QString, backend);
    const auto store = open(backend);
    QVERIFY(store);
    QString error;
    DeviceRecord first = fullDevice();
    DeviceRecord other = fullDevice();
    other.id = first.id + 1;
    QVERIFY2(store->devices().upsertDevices({ first, other }, &error), qPrintable(error));
    DeviceRecord again = first;
    again.name = QStringLiteral("Listed again");
    again.violations = { Violation { 4242, kNow } };
    QVERIFY2(store->devices().upsertDevices({ first, other, again }, &error), qPrintable(error));
    QCOMPARE(describe(allDevices(store->devices())), describe(QList<DeviceRecord> { again, other }));
    // An empty page writes nothing and is no error.
    QVERIFY2(store->devices().upsertDevices({}, &error), qPrintable(error));
    QCOMPARE(store->devices().deviceCount(), 2);
}

void TestStoreBackends::countsAndIds()
{
    QFETCH(QString, backend);
    const auto store = open(backend);
    QVERIFY(store);
    QString error;
    QCOMPARE(store->devices().deviceCount(&error), 0);
    QHash<AzureComplianceStatus::Value, int> counts { { AzureComplianceStatus::Failed, 5 } };
    QVERIFY2(store->devices().complianceStatusCounts(&counts, &error), qPrintable(error));
    QVERIFY(counts.isEmpty());
    QVERIFY2(store->devices().deviceIds(&error).isEmpty() && error.isEmpty(), qPrintable(error));

    QList<DeviceRecord> devices;
    const QList<AzureComplianceStatus::Value> statuses { AzureComplianceStatus::Successful,
        AzureComplianceStatus::Failed, AzureComplianceStatus::Successful, AzureComplianceStatus::None,
        AzureComplianceStatus::InProgress };
    // Written out of order: the ids come back ascending.
    const QList<qint64> ids { 50, 3, 9007199254740993, 7, 1 };
    for (int i = 0; i < ids.size(); ++i) {
        DeviceRecord device = fullDevice();
        device.id = ids[i];
        device.complianceStatus = statuses[i];
        devices.append(device);
    }
    QVERIFY2(store->devices().upsertDevices(devices, &error), qPrintable(error));
    QCOMPARE(store->devices().deviceCount(&error), 5);
    QVERIFY2(store->devices().complianceStatusCounts(&counts, &error), qPrintable(error));
    const QHash<AzureComplianceStatus::Value, int> expected { { AzureComplianceStatus::Successful, 2 },
        { AzureComplianceStatus::Failed, 1 }, { AzureComplianceStatus::None, 1 },
        { AzureComplianceStatus::InProgress, 1 } };
    QCOMPARE(counts, expected);
    QCOMPARE(store->devices().deviceIds(&error), (QList<qint64> { 1, 3, 7, 50, 9007199254740993 }));
}

void TestStoreBackends::loadTableMatchesLoadDevice()
{
    QFETCH(QString, backend);
    const auto store = open(backend);
    QVERIFY(store);
    DemoFleetGenerator generator(42);
    QString error;
    QVERIFY2(store->policies().upsertPolicies(generator.policies(), &error), qPrintable(error));
    constexpr int kDevices = 2000;
    QList<DeviceRecord> devices;
    for (int i = 0; i < kDevices; ++i)
        devices.append(generator.device(i, kNow));
    QVERIFY2(store->devices().upsertDevices(devices, &error), qPrintable(error));
    const QHash<qint64, CompliancePolicy> policies = store->policies().loadPolicies(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    DeviceTable table;
    QVERIFY2(store->devices().loadTable(&table, policies, kNow, &error), qPrintable(error));
    QCOMPARE(table.size(), kDevices);
    for (int row = 0; row < table.size(); ++row) {
        const std::optional<DeviceRecord> device = store->devices().loadDevice(table.id(row), &error);
        QVERIFY2(device, qPrintable(error));
        QCOMPARE(describe(*device), describe(devices[row]));
        QCOMPARE(describeRow(table, row), describeAsRow(devices[row], policies));
    }
}

void TestStoreBackends::loadTableInChunksAndCancels()
{
    QFETCH(QString, backend);
    const auto store = open(backend);
    QVERIFY(store);
    DemoFleetGenerator generator(3);
    QString error;
    QVERIFY2(store->policies().upsertPolicies(generator.policies(), &error), qPrintable(error));
    constexpr int kDevices = 25000; // more than two chunks of 10,000
    QList<DeviceRecord> devices;
    for (int i = 0; i < kDevices; ++i)
        devices.append(generator.device(i, kNow));
    for (int first = 0; first < kDevices; first += 5000)
        QVERIFY2(store->devices().upsertDevices(devices.mid(first, 5000), &error), qPrintable(error));
    const QHash<qint64, CompliancePolicy> policies = store->policies().loadPolicies(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QList<QPair<int, int>> calls;
    DeviceTable table;
    QVERIFY2(store->devices().loadTable(&table, policies, kNow, &error,
                 [&calls](int done, int total) {
                     calls.append({ done, total });
                     return true;
                 }),
        qPrintable(error));
    QCOMPARE(calls, (QList<QPair<int, int>> { { 10000, 25000 }, { 20000, 25000 }, { 25000, 25000 } }));
    QCOMPARE(table.size(), kDevices);
    // The violations of every device met its row across the chunks' seams.
    for (int row = 0; row < kDevices; ++row)
        QCOMPARE(describeRow(table, row), describeAsRow(devices[row], policies));
    QCOMPARE(describe(allDevices(store->devices())), describe(devices));

    DeviceTable kept;
    kept.append(fullDevice(), DeviceEvaluation());
    error.clear();
    calls.clear();
    QVERIFY(!store->devices().loadTable(&kept, policies, kNow, &error, [&calls](int done, int total) {
        calls.append({ done, total });
        return false;
    }));
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    QCOMPARE(calls, (QList<QPair<int, int>> { { 10000, 25000 } }));
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.id(0), fullDevice().id);
    // The cancelled read left nothing open: the next one and a write still work.
    QVERIFY2(store->devices().loadTable(&table, policies, kNow, &error), qPrintable(error));
    QCOMPARE(table.size(), kDevices);
    QVERIFY2(store->devices().upsertDevices({ fullDevice() }, &error), qPrintable(error));
}

void TestStoreBackends::forEachDeviceOrderAndFiltering()
{
    QFETCH(QString, backend);
    const auto store = open(backend);
    QVERIFY(store);
    QString error;
    QList<DeviceRecord> devices;
    for (const qint64 id : { 40, 10, 30, 20 }) {
        DeviceRecord device = fullDevice();
        device.id = id;
        device.name = QStringLiteral("Device %1").arg(id);
        if (id == 30)
            device.violations.clear();
        devices.append(device);
    }
    QVERIFY2(store->devices().upsertDevices(devices, &error), qPrintable(error));
    QVERIFY2(
        store->raw(
            "UPDATE devices SET reported_outcome = 1, reported_fingerprint = 'fingerprint-40' WHERE id = 40",
            &error),
        qPrintable(error));
    const auto byId = [&devices](qint64 id) {
        for (const DeviceRecord &device : devices) {
            if (device.id == id)
                return device;
        }
        return DeviceRecord();
    };
    const auto stateText = [](const DeviceStore::ReportState &state) {
        return state.reportedOutcome
            ? QStringLiteral("%1 %2").arg(int(*state.reportedOutcome)).arg(state.reportedFingerprint)
            : QStringLiteral("never %1").arg(state.reportedFingerprint);
    };

    // The ids asked for, ascending, each once; an id the store does not have is left out.
    const QList<qint64> asked { 40, 999, 20, 40, 10 };
    QStringList whole;
    QVERIFY2(store->devices().forEachDevice(
                 asked,
                 [&](const DeviceRecord &device, const DeviceStore::ReportState &state) {
                     whole.append(describe(device) + QLatin1Char('\n') + stateText(state));
                     return true;
                 },
                 &error),
        qPrintable(error));
    QCOMPARE(whole,
        (QStringList { describe(byId(10)) + QStringLiteral("\nnever "),
            describe(byId(20)) + QStringLiteral("\nnever "),
            describe(byId(40)) + QStringLiteral("\n1 fingerprint-40") }));

    // The lean read: ids, violations and report state only, in the same order.
    QStringList lean;
    QVERIFY2(store->devices().forEachReportState(
                 asked,
                 [&](const DeviceRecord &device, const DeviceStore::ReportState &state) {
                     DeviceRecord expected;
                     expected.id = device.id;
                     expected.violations = byId(device.id).violations;
                     lean.append(QString::number(describe(device) == describe(expected)) + QLatin1Char(' ')
                         + stateText(state));
                     return true;
                 },
                 &error),
        qPrintable(error));
    QCOMPARE(lean,
        (QStringList {
            QStringLiteral("1 never "), QStringLiteral("1 never "), QStringLiteral("1 1 fingerprint-40") }));

    // No ids: every device; visit stops the read when it returns false.
    QList<qint64> seen;
    QVERIFY2(store->devices().forEachReportState(
                 {},
                 [&](const DeviceRecord &device, const DeviceStore::ReportState &) {
                     seen.append(device.id);
                     return device.id < 30;
                 },
                 &error),
        qPrintable(error));
    QCOMPARE(seen, (QList<qint64> { 10, 20, 30 }));
    QCOMPARE(describe(allDevices(store->devices())),
        describe(QList<DeviceRecord> { byId(10), byId(20), byId(30), byId(40) }));

    // Many ids at once (more than a chunk of 10,000 asked, few there).
    QList<qint64> many;
    for (qint64 id = 25000; id >= 1; --id)
        many.append(id);
    seen.clear();
    QVERIFY2(store->devices().forEachDevice(
                 many,
                 [&](const DeviceRecord &device, const DeviceStore::ReportState &) {
                     seen.append(device.id);
                     return true;
                 },
                 &error),
        qPrintable(error));
    QCOMPARE(seen, (QList<qint64> { 10, 20, 30, 40 }));
}

void TestStoreBackends::writesJoinTheCallersTransaction()
{
    QFETCH(QString, backend);
    const auto store = open(backend);
    QVERIFY(store);
    const DeviceRecord original = fullDevice();
    QString error;
    QVERIFY2(store->devices().upsertDevices({ original }, &error), qPrintable(error));
    const QList<EntraUserCache::Entry> users { { QStringLiteral("alice@contoso.com"),
        QUuid(QStringLiteral("4f1a2b3c-5d6e-4f70-8a9b-0c1d2e3f4a5b")), kNow } };
    DeviceRecord changed = original;
    changed.name = QStringLiteral("Changed");
    const auto mode = DeviceStore::UpsertMode::InventoryOnly;

    // What runs after the devices and users fails: neither is written.
    QVERIFY(!store->commitTogether(
        [&](QString *failure) {
            if (!store->devices().upsertDevices({ changed }, failure, mode)
                || !store->users().save(users, failure))
                return false;
            *failure = QStringLiteral("the page could not be finished");
            return false;
        },
        &error));
    QCOMPARE(error, QStringLiteral("the page could not be finished"));
    QCOMPARE(describe(allDevices(store->devices())), describe(original));
    QHash<QString, EntraUserCache::Entry> entries;
    QVERIFY2(store->users().load(&entries, &error), qPrintable(error));
    QVERIFY(entries.isEmpty());

    // It succeeds: both are there, from one commit, and reads inside it see the writes.
    QString seenInside;
    QVERIFY2(store->commitTogether(
                 [&](QString *failure) {
                     if (!store->devices().upsertDevices({ changed }, failure, mode)
                         || !store->users().save(users, failure))
                         return false;
                     const auto inside = store->devices().loadDevice(changed.id, failure);
                     seenInside = inside ? inside->name : QString();
                     return bool(inside);
                 },
                 &error),
        qPrintable(error));
    QCOMPARE(seenInside, changed.name);
    QCOMPARE(describe(allDevices(store->devices())), describe(changed));
    QVERIFY2(store->users().load(&entries, &error), qPrintable(error));
    QCOMPARE(describe(entries),
        describe(QHash<QString, EntraUserCache::Entry> { { users[0].principalName, users[0] } }));
}

void TestStoreBackends::policiesRoundTrip()
{
    QFETCH(QString, backend);
    const auto store = open(backend);
    QVERIFY(store);
    QString error;
    QVERIFY2(store->policies().loadPolicies(&error).isEmpty() && error.isEmpty(), qPrintable(error));
    QList<CompliancePolicy> policies = DemoFleetGenerator(1).policies();
    QVERIFY(policies.size() > 3);
    policies[0].parameter = QStringLiteral("quote \" and backslash \\ and 日本");
    QVERIFY2(store->policies().upsertPolicies(policies, &error), qPrintable(error));
    QHash<qint64, CompliancePolicy> expected;
    for (const CompliancePolicy &policy : policies)
        expected.insert(policy.id, policy);
    QCOMPARE(describe(store->policies().loadPolicies(&error)), describe(expected));

    // An update replaces name and steps; the others stay; writing the same again changes nothing.
    CompliancePolicy updated = policies[1];
    updated.name = QStringLiteral("Renamed (strict)");
    updated.steps = { { ComplianceAction::Quarantine, 0 } };
    QVERIFY2(store->policies().upsertPolicies({ updated }, &error), qPrintable(error));
    QVERIFY2(store->policies().upsertPolicies({ updated }, &error), qPrintable(error));
    expected.insert(updated.id, updated);
    QCOMPARE(describe(store->policies().loadPolicies(&error)), describe(expected));
    // The steps are kept as the same JSON in both back ends.
    QVERIFY2(store->raw("UPDATE policies SET name = steps_json WHERE id = " + QByteArray::number(updated.id),
                 &error),
        qPrintable(error));
    QCOMPARE(store->policies().loadPolicies(&error).value(updated.id).name,
        QStringLiteral("[{\"action\":\"quarantine\",\"waitDays\":0}]"));
}

void TestStoreBackends::invalidPolicyIsRefused()
{
    QFETCH(QString, backend);
    const auto store = open(backend);
    QVERIFY(store);
    QString error;
    const QList<CompliancePolicy> kept = DemoFleetGenerator(1).policies();
    QVERIFY2(store->policies().upsertPolicies(kept, &error), qPrintable(error));
    const QString before = describe(store->policies().loadPolicies(&error));

    QList<CompliancePolicy> policies = kept;
    policies[0].name = QStringLiteral("Changed with the bad one");
    CompliancePolicy noSteps = kept.first();
    noSteps.id = 100;
    noSteps.name = QStringLiteral("No steps at all");
    noSteps.steps.clear();
    CompliancePolicy noId = kept.first();
    noId.id = 0;
    noId.name = QStringLiteral("Without an id");
    CompliancePolicy longWait = kept.first();
    longWait.id = 101;
    longWait.name = QStringLiteral("Waits too long");
    longWait.steps = { { ComplianceAction::SendAlert, 0 }, { ComplianceAction::Retire, 100000 } };
    for (const CompliancePolicy &bad : { noSteps, noId, longWait }) {
        error.clear();
        QVERIFY(!store->policies().upsertPolicies(policies + QList<CompliancePolicy> { bad }, &error));
        QVERIFY2(error.contains(bad.name), qPrintable(error));
        QCOMPARE(describe(store->policies().loadPolicies(&error)), before);
    }
}

void TestStoreBackends::unreadablePolicyIsReported()
{
    QFETCH(QString, backend);
    const auto store = open(backend);
    QVERIFY(store);
    QString error;
    QVERIFY2(store->policies().upsertPolicies(DemoFleetGenerator(1).policies(), &error), qPrintable(error));
    const QList<std::pair<QByteArray, QStringList>> damages {
        { "UPDATE policies SET steps_json = '[{\"action\":\"selfDestruct\",\"waitDays\":1}]' WHERE id = 3",
            { QStringLiteral("selfDestruct"), QStringLiteral("Policy 3") } },
        { "UPDATE policies SET steps_json = '[{\"action\":\"retire\",\"waitDays\":-3}]' WHERE id = 3",
            { QStringLiteral("waits"), QStringLiteral("Policy 3") } },
        { "UPDATE policies SET steps_json = '[{\"action\":\"retire\",\"waitDays\":1.5}]' WHERE id = 3",
            { QStringLiteral("waits"), QStringLiteral("Policy 3") } },
        { "UPDATE policies SET steps_json = '{\"not\":\"an array\"}' WHERE id = 3",
            { QStringLiteral("JSON array"), QStringLiteral("Policy 3") } },
        { "UPDATE policies SET steps_json = '[]', rule = 'moonPhase' WHERE id = 3",
            { QStringLiteral("moonPhase"), QStringLiteral("Policy 3") } },
    };
    for (const auto &[sql, expected] : damages) {
        QVERIFY2(store->raw(sql, &error), qPrintable(error));
        error.clear();
        QVERIFY2(store->policies().loadPolicies(&error).isEmpty(), sql.constData());
        for (const QString &part : expected)
            QVERIFY2(error.contains(part), qPrintable(error));
        QVERIFY2(error.contains(store->location()), qPrintable(error));
    }
}

void TestStoreBackends::entraUsers()
{
    QFETCH(QString, backend);
    const auto store = open(backend);
    QVERIFY(store);
    EntraUserCache &cache = store->users();
    const QDateTime checked = daysAgo(2);
    const QUuid alice(QStringLiteral("4f1a2b3c-5d6e-4f70-8a9b-0c1d2e3f4a5b"));
    const QUuid bob(QStringLiteral("00000000-1111-4222-8333-444455556666"));
    QString error;
    QHash<QString, EntraUserCache::Entry> entries { { QStringLiteral("stale"), {} } };
    QVERIFY2(cache.load(&entries, &error), qPrintable(error));
    QVERIFY(entries.isEmpty());
    QVERIFY2(cache.save({}, &error), qPrintable(error));

    const EntraUserCache::Entry aliceEntry { QStringLiteral("Alice@Contoso.com"), alice, checked };
    const EntraUserCache::Entry ghostEntry { QStringLiteral("ghost@contoso.com"), QUuid(), checked };
    QVERIFY2(cache.save({ aliceEntry, ghostEntry }, &error), qPrintable(error));
    QVERIFY2(cache.load(&entries, &error), qPrintable(error));
    // Keyed without case, the name kept as Graph was asked.
    QCOMPARE(describe(entries),
        describe(QHash<QString, EntraUserCache::Entry> { { QStringLiteral("alice@contoso.com"), aliceEntry },
            { QStringLiteral("ghost@contoso.com"), ghostEntry } }));
    QVERIFY(EntraUserCache::isFresh(entries.value(QStringLiteral("alice@contoso.com")), kNow));
    QVERIFY(!EntraUserCache::isFresh(entries.value(QStringLiteral("ghost@contoso.com")), kNow));

    // The same name in another case answers for the entry and keeps its first spelling;
    // given twice in one batch, the later answer wins.
    QVERIFY2(cache.save({ { QStringLiteral("GHOST@contoso.com"), bob, daysAgo(1) },
                            { QStringLiteral("Bob@Contoso.com"), QUuid(), daysAgo(1) },
                            { QStringLiteral("gHoSt@CONTOSO.com"), alice, kNow },
                            { QStringLiteral("BOB@contoso.com"), bob, kNow } },
                 &error),
        qPrintable(error));
    QVERIFY2(cache.load(&entries, &error), qPrintable(error));
    QCOMPARE(describe(entries),
        describe(QHash<QString, EntraUserCache::Entry> { { QStringLiteral("alice@contoso.com"), aliceEntry },
            { QStringLiteral("ghost@contoso.com"), { QStringLiteral("ghost@contoso.com"), alice, kNow } },
            { QStringLiteral("bob@contoso.com"), { QStringLiteral("Bob@Contoso.com"), bob, kNow } } }));
}

void TestStoreBackends::helpdeskMayNotWrite()
{
    const auto store = open(QStringLiteral("postgresql"));
    QVERIFY(store);
    QString error;
    const DeviceRecord original = fullDevice();
    QVERIFY2(store->devices().upsertDevices({ original }, &error), qPrintable(error));
    QVERIFY2(store->policies().upsertPolicies(DemoFleetGenerator(1).policies(), &error), qPrintable(error));
    const QString devicesBefore = describe(allDevices(store->devices()));
    const QString policiesBefore = describe(store->policies().loadPolicies(&error));

    const auto helpdesk = login(QStringLiteral("helpdesk"));
    QVERIFY(helpdesk);
    const QString who = helpdesk->connections.displayName();
    QVERIFY2(who.contains(QLatin1String("_helpdesk")), qPrintable(who));
    // It reads what the reporter wrote...
    QCOMPARE(describe(allDevices(helpdesk->devices)), devicesBefore);
    // ...and may write none of it: the database refuses, the message says who may not
    // do what, and nothing changes.
    DeviceRecord changed = original;
    changed.name = QStringLiteral("Changed by the helpdesk");
    DeviceRecord added = fullDevice();
    added.id = 5;
    for (const auto mode : { DeviceStore::UpsertMode::Everything, DeviceStore::UpsertMode::InventoryOnly }) {
        error.clear();
        QVERIFY(!helpdesk->devices.upsertDevices({ changed, added }, &error, mode));
        QVERIFY2(error.contains(who) && error.contains(QLatin1String("may not change devices"))
                && error.contains(QLatin1String("Nothing was written")),
            qPrintable(error));
    }
    QVERIFY(!helpdesk->policies.upsertPolicies(DemoFleetGenerator(2).policies(), &error));
    QVERIFY2(
        error.contains(who) && error.contains(QLatin1String("may not change policies")), qPrintable(error));
    QVERIFY(!helpdesk->users.save(
        { { QStringLiteral("alice@contoso.com"), QUuid::createUuid(), kNow } }, &error));
    QVERIFY2(error.contains(who) && error.contains(QLatin1String("may not change them")), qPrintable(error));

    QCOMPARE(describe(allDevices(store->devices())), devicesBefore);
    QCOMPARE(describe(store->policies().loadPolicies(&error)), policiesBefore);
    QHash<QString, EntraUserCache::Entry> entries;
    QVERIFY2(store->users().load(&entries, &error), qPrintable(error));
    QVERIFY(entries.isEmpty());
    // The refusals left the helpdesk's connection usable.
    QCOMPARE(helpdesk->devices.deviceCount(&error), 1);
}

void TestStoreBackends::policyAuthorWritesPoliciesNotDevices()
{
    const auto store = open(QStringLiteral("postgresql"));
    QVERIFY(store);
    QString error;
    const DeviceRecord original = fullDevice();
    QVERIFY2(store->devices().upsertDevices({ original }, &error), qPrintable(error));
    const auto author = login(QStringLiteral("author"));
    QVERIFY(author);

    QList<CompliancePolicy> policies = DemoFleetGenerator(1).policies();
    QVERIFY2(author->policies.upsertPolicies(policies, &error), qPrintable(error));
    policies[0].name = QStringLiteral("Edited by the author");
    QVERIFY2(author->policies.upsertPolicies({ policies[0] }, &error), qPrintable(error));
    QHash<qint64, CompliancePolicy> expected;
    for (const CompliancePolicy &policy : policies)
        expected.insert(policy.id, policy);
    // The reporter reads what the author wrote.
    QCOMPARE(describe(store->policies().loadPolicies(&error)), describe(expected));

    DeviceRecord changed = original;
    changed.name = QStringLiteral("Changed by the author");
    QVERIFY(!author->devices.upsertDevices({ changed }, &error));
    QVERIFY2(error.contains(author->connections.displayName())
            && error.contains(QLatin1String("may not change devices")),
        qPrintable(error));
    QCOMPARE(describe(allDevices(store->devices())), describe(original));
}

QTEST_GUILESS_MAIN(TestStoreBackends)
#include "tst_storebackends.moc"
