// The PostgreSQL store against a real server: a throwaway cluster of its own (PgTestCluster,
// tests/pg/throwaway-cluster.sh on a private port and socket), stopped at the end. No
// mocks: roles, row-level security, advisory locks and SKIP LOCKED are the server's own.
// When no cluster can be started, the test fails: it never skips.
#include "app/headless/headlesscommand.h"
#include "app/headless/initstorecommand.h"
#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgconnectionsettings.h"
#include "app/storage/postgres/pgcopywriter.h"
#include "app/storage/postgres/pgdevicewriter.h"
#include "app/security/secretstore.h"
#include "app/storage/postgres/pgleadership.h"
#include "app/storage/postgres/pglogin.h"
#include "app/storage/postgres/pgoutboxleases.h"
#include "app/storage/postgres/pgrevisionlistener.h"
#include "app/storage/postgres/pgschema.h"
#include "app/storage/postgres/pgtransaction.h"
#include "models/complianceevaluator.h"
#include "models/device.h"
#include "tests/pg/pgtestcluster.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QUuid>

#include <csignal>
#include <memory>
#include <sys/types.h>

namespace {
constexpr char kDatabase[] = "team_store";
constexpr char kOwner[] = "asc_owner";
} // namespace

class TestPgStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void uriRefusesPasswordsAndPlainNetwork();
    void initStoreTwiceIsIdempotentAndNumbered();
    void initStoreByRoleThatMayNotMigrateSaysWhatToRun();
    void passwordComesFromPgpassword();
    void passwordComesFromKeychainWhenLibpqHasNone();
    void rolesAreEnforcedByTheDatabase();
    void auditRowsAreInsertOnlyAndOwnActor();
    void copyWriterRoundTrip_data();
    void copyWriterRoundTrip();
    void deviceWriterMergesOnlyChanges();
    void writeTransactionBumpsRevisionAndNotifiesOnce();
    void secondConnectionCannotLead();
    void leadershipPassesOnWhenLeaderBackendIsTerminated();
    void leadershipPassesOnWhenLeaderProcessIsKilled();
    void twoClaimersGetDisjointMessages();
    void expiredLeaseIsReclaimedUnderSameMessageId();
    void headlessCommandsOnPostgres();

private:
    QString uri(const QString &role, const QString &database = QLatin1String(kDatabase)) const;
    std::unique_ptr<PgConnection> connect(const QString &role, const QString &database = QLatin1String(kDatabase));
    // Runs sql as the superuser; fails the test on error.
    void superuser(const QByteArray &sql);
    int initStore(const QString &role, const QString &database, QString *out, QString *err);
    void insertOutboxMessages(int count, QList<QUuid> *ids);

    PgTestCluster m_cluster;
};

QString TestPgStore::uri(const QString &role, const QString &database) const
{
    return m_cluster.uri(role, database);
}

std::unique_ptr<PgConnection> TestPgStore::connect(const QString &role, const QString &database)
{
    return m_cluster.connect(role, database);
}

void TestPgStore::superuser(const QByteArray &sql)
{
    QString error;
    QVERIFY2(m_cluster.superuser(sql, &error), qPrintable(error));
}

int TestPgStore::initStore(const QString &role, const QString &database, QString *out, QString *err)
{
    out->clear();
    err->clear();
    QTextStream outStream(out);
    QTextStream errStream(err);
    return runInitStore({QStringLiteral("--db"), uri(role, database)}, outStream, errStream);
}

void TestPgStore::initTestCase()
{
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    // The owner of the database migrates; it is no superuser, and CREATEROLE lets it make the
    // store's roles.
    superuser("CREATE ROLE asc_owner LOGIN CREATEROLE");
    superuser("CREATE DATABASE team_store OWNER asc_owner");
    superuser("CREATE DATABASE asc_second OWNER asc_owner");
}

void TestPgStore::cleanupTestCase()
{
    const QString folder = m_cluster.folder();
    m_cluster.stop();
    if (!folder.isEmpty())
        QVERIFY(!QDir(folder).exists());
}

void TestPgStore::uriRefusesPasswordsAndPlainNetwork()
{
    QString error;
    QVERIFY(!PgConnectionSettings::parse(QStringLiteral("postgresql://alice:s3cret@db.example.com/asc"), &error));
    QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("s3cret")));
    QVERIFY(!PgConnectionSettings::parse(QStringLiteral("postgresql://alice@db.example.com/asc?password=s3cret"),
                                         &error));
    QVERIFY(!error.contains(QLatin1String("s3cret")));
    // On the network only with the server's certificate and name checked.
    QVERIFY(!PgConnectionSettings::parse(QStringLiteral("postgresql://alice@db.example.com/asc?sslmode=require"),
                                         &error));
    QVERIFY2(error.contains(QLatin1String("verify-full")), qPrintable(error));
    QVERIFY(PgConnectionSettings::parse(
        QStringLiteral("postgresql://alice@db.example.com:5433/asc?sslmode=verify-full&sslrootcert=/etc/ca.pem"),
        &error));
    QVERIFY(!PgConnectionSettings::parse(QStringLiteral("postgresql://alice@localhost:99999/asc"), &error));
    QVERIFY2(error.contains(QLatin1String("99999")), qPrintable(error));
    QVERIFY(!PgConnectionSettings::parse(QStringLiteral("postgresql://alice@localhost/asc?nosuchkeyword=1"), &error));
    QVERIFY2(error.contains(QLatin1String("nosuchkeyword")), qPrintable(error));
    QVERIFY(!PgConnectionSettings::parse(QStringLiteral("devices.sqlite"), &error));

    const auto settings = PgConnectionSettings::parse(uri(QStringLiteral("alice")), &error);
    QVERIFY2(settings, qPrintable(error));
    bool keepalives = false;
    for (const auto &pair : settings->parameters())
        keepalives |= pair.first == "keepalives" && pair.second == "1";
    QVERIFY(keepalives);
}

void TestPgStore::initStoreTwiceIsIdempotentAndNumbered()
{
    QString out;
    QString err;
    QCOMPARE(initStore(QLatin1String(kOwner), QLatin1String(kDatabase), &out, &err), HeadlessExitCode::Success);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("schema version %1 (it was at 0)").arg(PgSchema::latestVersion())),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Roles created: asc_helpdesk, asc_policy_author, asc_reporter")),
             qPrintable(out));

    QCOMPARE(initStore(QLatin1String(kOwner), QLatin1String(kDatabase), &out, &err), HeadlessExitCode::Success);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY2(out.contains(QLatin1String("is up to date")), qPrintable(out));
    QVERIFY(!out.contains(QLatin1String("Roles created")));

    auto owner = connect(QLatin1String(kOwner));
    QVERIFY(owner);
    const PgResult versions = owner->exec("SELECT string_agg(version::text, ',' ORDER BY version),"
                                          " string_agg(DISTINCT applied_by, ',') FROM asc_store.schema_version");
    QVERIFY2(versions.ok(), qPrintable(versions.errorText()));
    QStringList expected;
    for (int version = 1; version <= PgSchema::latestVersion(); ++version)
        expected << QString::number(version);
    QCOMPARE(versions.text(0, 0), expected.join(QLatin1Char(',')));
    QCOMPARE(versions.text(0, 1), QLatin1String(kOwner));
    // The migration is audited once, as the role that ran it; the second run changed nothing.
    const PgResult audit = owner->exec("SELECT count(*), min(actor) FROM asc_store.audit_log WHERE action = 'init-store'");
    QCOMPARE(audit.integer(0, 0), 1);
    QCOMPARE(audit.text(0, 1), QLatin1String(kOwner));

    PgSchema::State state;
    QString message;
    QVERIFY(PgSchema::check(*owner, uri(QLatin1String(kOwner)), &state, &message));
    QCOMPARE(state, PgSchema::State::Current);

    // The people of the team: one login in each role.
    superuser("CREATE ROLE helen LOGIN IN ROLE asc_helpdesk");
    superuser("CREATE ROLE paul LOGIN IN ROLE asc_policy_author");
    superuser("CREATE ROLE rita LOGIN IN ROLE asc_reporter");
    superuser("CREATE ROLE nobody LOGIN");
}

void TestPgStore::initStoreByRoleThatMayNotMigrateSaysWhatToRun()
{
    // A store nobody has migrated yet: a console logged in as a helpdesk member says who
    // runs which command.
    auto helen = connect(QStringLiteral("helen"), QStringLiteral("asc_second"));
    QVERIFY(helen);
    PgSchema::State state;
    QString message;
    const QString secondUri = uri(QStringLiteral("helen"), QStringLiteral("asc_second"));
    QVERIFY2(PgSchema::check(*helen, secondUri, &state, &message), qPrintable(message));
    QCOMPARE(state, PgSchema::State::NeedsMigration);
    QVERIFY2(message.contains(QLatin1String("(asc_owner)")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("--headless init-store --db ") + secondUri), qPrintable(message));

    QString out;
    QString err;
    QCOMPARE(initStore(QStringLiteral("helen"), QStringLiteral("asc_second"), &out, &err),
             HeadlessExitCode::StoreError);
    QVERIFY2(err.contains(QLatin1String("may not migrate")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("init-store --db")), qPrintable(err));
    // Nothing was made of it.
    const PgResult schema = helen->exec("SELECT to_regnamespace('asc_store') IS NULL");
    QCOMPARE(schema.bytes(0, 0), QByteArray("t"));

    // A login in none of the roles is told which role to be given.
    auto nobody = connect(QStringLiteral("nobody"));
    QVERIFY(nobody);
    int version = 0;
    QVERIFY(!PgSchema::version(*nobody, &version, &message));
    QVERIFY2(message.contains(QLatin1String("GRANT asc_helpdesk TO alice;")), qPrintable(message));

    // A bad URI is a usage error naming what is wrong.
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    err.clear();
    QCOMPARE(runInitStore({QStringLiteral("--db"), QStringLiteral("postgresql://x:pw@db.example.com/asc")},
                          outStream, errStream),
             HeadlessExitCode::UsageError);
    QVERIFY2(err.contains(QLatin1String("password")), qPrintable(err));
    QVERIFY(!err.contains(QLatin1String("pw@")));
}

void TestPgStore::passwordComesFromPgpassword()
{
    // TCP on 127.0.0.1 asks for a SCRAM password: libpq takes it from PGPASSWORD.
    superuser("ALTER ROLE rita PASSWORD 'correct horse'");
    const QString tcp = QStringLiteral("postgresql://rita@127.0.0.1:%1/team_store").arg(m_cluster.port());
    QString error;
    const auto settings = PgConnectionSettings::parse(tcp, &error);
    QVERIFY2(settings, qPrintable(error));

    qputenv("PGPASSWORD", "wrong battery");
    PgConnection refused;
    QVERIFY(!refused.open(*settings, QString(), &error));
    QVERIFY2(error.contains(QLatin1String("password authentication failed")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("wrong battery")));

    qputenv("PGPASSWORD", "correct horse");
    PgConnection accepted;
    const bool opened = accepted.open(*settings, QString(), &error);
    qunsetenv("PGPASSWORD");
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(accepted.exec("SELECT session_user").text(0, 0), QStringLiteral("rita"));
}

void TestPgStore::passwordComesFromKeychainWhenLibpqHasNone()
{
    // Neither PGPASSWORD nor a password file: libpq has nothing to offer.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QByteArray("/nonexistent/pgpass"));
    const QString tcp = QStringLiteral("postgresql://rita@127.0.0.1:%1/team_store").arg(m_cluster.port());
    QString error;
    const auto settings = PgConnectionSettings::parse(tcp, &error);
    QVERIFY2(settings, qPrintable(error));
    const QString key = PgLogin::keychainKey(*settings);
    QCOMPARE(key, QStringLiteral("db-password/rita@127.0.0.1:%1/team_store").arg(m_cluster.port()));
    SecretStore keychain;
    QVERIFY(keychain.removeNow(key).ok());

    PgConnection connection;
    QVERIFY(!PgLogin::open(connection, *settings, tcp, &error));
    QVERIFY2(error.contains(QLatin1String("--headless store-secret db-password --db ") + tcp), qPrintable(error));

    QVERIFY(keychain.writeNow(key, QStringLiteral("correct horse")).ok());
    const bool opened = PgLogin::open(connection, *settings, tcp, &error);
    keychain.removeNow(key);
    qunsetenv("PGPASSFILE");
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(connection.exec("SELECT session_user").text(0, 0), QStringLiteral("rita"));
    // A socket login that needs no password never asks the keychain.
    auto local = connect(QStringLiteral("rita"));
    QVERIFY(local);
}

void TestPgStore::rolesAreEnforcedByTheDatabase()
{
    auto rita = connect(QStringLiteral("rita"));
    auto helen = connect(QStringLiteral("helen"));
    auto paul = connect(QStringLiteral("paul"));
    QVERIFY(rita && helen && paul);

    // The reporter writes devices, policies and the outbox.
    QString error;
    QVERIFY2(rita->run("INSERT INTO asc_store.devices (id, name, updated_ms) VALUES (1, 'one', 0), (2, 'two', 0)",
                       &error),
             qPrintable(error));
    QVERIFY2(rita->run("INSERT INTO asc_store.policies (id, name, rule, steps_json) VALUES (1, 'p', 'r', '[]')", &error),
             qPrintable(error));
    QVERIFY2(rita->run("INSERT INTO asc_store.report_outbox (message_id, created_ms, trigger, payload, state)"
                       " VALUES (gen_random_uuid(), 0, 'sync', '{}', 'pending')",
                       &error),
             qPrintable(error));

    // The helpdesk reads everything, but writes neither the outbox, nor devices, nor policies.
    QCOMPARE(helen->exec("SELECT count(*) FROM asc_store.devices").integer(0, 0), 2);
    const struct
    {
        QByteArray sql;
    } refusedToHelpdesk[] = {
        {"INSERT INTO asc_store.report_outbox (message_id, created_ms, trigger, payload, state)"
         " VALUES (gen_random_uuid(), 0, 'report-now', '{}', 'pending')"},
        {"UPDATE asc_store.report_outbox SET state = 'completed'"},
        {"UPDATE asc_store.devices SET name = 'renamed'"},
        {"INSERT INTO asc_store.policies (id, name, rule, steps_json) VALUES (2, 'p', 'r', '[]')"},
        {"INSERT INTO asc_store.report_requests (device_id, requested_by, requested_ms) VALUES (1, 'helen', 0)"},
    };
    for (const auto &attempt : refusedToHelpdesk) {
        const PgResult result = helen->exec(attempt.sql);
        QVERIFY2(!result.ok(), attempt.sql.constData());
        QCOMPARE(result.sqlState(), QByteArray("42501"));
    }
    // … and queues Report now through the function, audited as herself.
    const PgResult queued = helen->exec("SELECT asc_store.report_now(ARRAY[1, 2, 2]::bigint[], 'helen@contoso.com')");
    QVERIFY2(queued.ok(), qPrintable(queued.errorText()));
    QCOMPARE(queued.integer(0, 0), 2);
    const PgResult requests = rita->exec("SELECT count(*), min(requested_by) FROM asc_store.report_requests");
    QCOMPARE(requests.integer(0, 0), 2);
    QCOMPARE(requests.text(0, 1), QStringLiteral("helen"));
    const PgResult audited = rita->exec(
        "SELECT actor, target, mdm_user FROM asc_store.audit_log WHERE action = 'report-now'");
    QCOMPARE(audited.rows(), 1);
    QCOMPARE(audited.text(0, 0), QStringLiteral("helen"));
    QCOMPARE(audited.text(0, 1), QStringLiteral("1,2,2"));
    QCOMPARE(audited.text(0, 2), QStringLiteral("helen@contoso.com"));
    // A device that does not exist is refused, and nothing is queued.
    const PgResult unknown = helen->exec("SELECT asc_store.report_now(ARRAY[1, 999]::bigint[])");
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.errorText().contains(QLatin1String("no device with id 999")), qPrintable(unknown.errorText()));
    QCOMPARE(rita->exec("SELECT count(*) FROM asc_store.report_requests").integer(0, 0), 2);
    // PUBLIC may not call it: a login in no role cannot queue anything.
    auto nobody = connect(QStringLiteral("nobody"));
    QVERIFY(nobody);
    QCOMPARE(nobody->exec("SELECT asc_store.report_now(ARRAY[1]::bigint[])").sqlState(), QByteArray("42501"));

    // The policy author also changes policies, and still not devices or the outbox.
    QVERIFY2(paul->run("UPDATE asc_store.policies SET name = 'renamed' WHERE id = 1", &error), qPrintable(error));
    QCOMPARE(paul->exec("UPDATE asc_store.devices SET name = 'x'").sqlState(), QByteArray("42501"));
    QCOMPARE(paul->exec("UPDATE asc_store.report_outbox SET state = 'failed'").sqlState(), QByteArray("42501"));

    // What each role may do, as the console shows it.
    PgSchema::Privileges privileges;
    QVERIFY(PgSchema::privileges(*helen, &privileges, &error));
    QVERIFY(privileges.readStore && privileges.queueReportNow);
    QVERIFY(!privileges.writeDevices && !privileges.writePolicies && !privileges.writeOutbox);
    QVERIFY(PgSchema::privileges(*paul, &privileges, &error));
    QVERIFY(privileges.writePolicies && !privileges.writeDevices && !privileges.writeOutbox);
    QVERIFY(PgSchema::privileges(*rita, &privileges, &error));
    QVERIFY(privileges.writeDevices && privileges.writePolicies && privileges.writeOutbox);
}

void TestPgStore::auditRowsAreInsertOnlyAndOwnActor()
{
    auto helen = connect(QStringLiteral("helen"));
    auto owner = connect(QLatin1String(kOwner));
    QVERIFY(helen && owner);
    QString error;
    // As herself: the actor is filled in by the database.
    QVERIFY2(helen->run("INSERT INTO asc_store.audit_log (at_ms, action) VALUES (1, 'looked')", &error),
             qPrintable(error));
    QCOMPARE(helen->exec("SELECT actor FROM asc_store.audit_log WHERE action = 'looked'").text(0, 0),
             QStringLiteral("helen"));
    // As someone else: refused by row-level security.
    const PgResult forged = helen->exec(
        "INSERT INTO asc_store.audit_log (at_ms, actor, action) VALUES (1, 'paul', 'forged')");
    QVERIFY(!forged.ok());
    QCOMPARE(forged.sqlState(), QByteArray("42501"));
    QVERIFY2(forged.errorText().contains(QLatin1String("row-level security")), qPrintable(forged.errorText()));

    // Never changed or removed, not even by the owner of the tables.
    const qint64 rows = owner->exec("SELECT count(*) FROM asc_store.audit_log").integer(0, 0);
    for (const QByteArray &sql : {QByteArray("UPDATE asc_store.audit_log SET detail = 'x'"),
                                  QByteArray("DELETE FROM asc_store.audit_log"),
                                  QByteArray("TRUNCATE asc_store.audit_log")}) {
        for (PgConnection *connection : {helen.get(), owner.get()}) {
            const PgResult result = connection->exec(sql);
            QVERIFY2(!result.ok(), sql.constData());
            QCOMPARE(result.sqlState(), QByteArray("42501"));
        }
    }
    const PgResult forgedByOwner = owner->exec(
        "INSERT INTO asc_store.audit_log (at_ms, actor, action) VALUES (1, 'helen', 'forged')");
    QCOMPARE(forgedByOwner.sqlState(), QByteArray("42501"));
    QCOMPARE(owner->exec("SELECT count(*) FROM asc_store.audit_log").integer(0, 0), rows);
}

void TestPgStore::copyWriterRoundTrip_data()
{
    QTest::addColumn<int>("formatValue");
    QTest::newRow("text") << int(PgCopyWriter::Format::Text);
    QTest::newRow("binary") << int(PgCopyWriter::Format::Binary);
}

void TestPgStore::copyWriterRoundTrip()
{
    QFETCH(int, formatValue);
    const auto format = PgCopyWriter::Format(formatValue);
    auto rita = connect(QStringLiteral("rita"));
    QVERIFY(rita);
    QString error;
    QVERIFY2(rita->run("CREATE TEMP TABLE copied (i8 bigint, i4 integer, b boolean, t text, u uuid)", &error),
             qPrintable(error));
    // Everything the text format escapes, and more than one flush worth of rows.
    const QString awkward = QStringLiteral("tab\there\nnew line\\back\rslash \\N é 日本 \U0001F600");
    const QUuid uuid = QUuid::createUuid();
    const int count = 20000;
    PgCopyWriter copy(*rita, format);
    QVERIFY2(copy.begin("pg_temp.copied", {"i8", "i4", "b", "t", "u"}, &error), qPrintable(error));
    for (int row = 0; row < count; ++row) {
        copy.addInt8(row == 0 ? std::numeric_limits<qint64>::min() : qint64(row) << 33);
        copy.addInt4(row == 0 ? -1 : row);
        copy.addBool(row % 2 == 0);
        if (row == 1)
            copy.addText(QString());
        else if (row == 2)
            copy.addText(QStringLiteral(""));
        else
            copy.addText(row % 3 == 0 ? awkward : QStringLiteral("plain %1").arg(row));
        copy.addUuid(row == 1 ? QUuid() : uuid);
        QVERIFY2(copy.endRow(&error), qPrintable(error));
    }
    QVERIFY2(copy.finish(&error), qPrintable(error));
    QCOMPARE(copy.rows(), count);

    const PgResult rows = rita->exec("SELECT i8, i4, b, t, u FROM pg_temp.copied ORDER BY i4 LIMIT 4");
    QVERIFY2(rows.ok(), qPrintable(rows.errorText()));
    QCOMPARE(rows.integer(0, 0), std::numeric_limits<qint64>::min());
    QCOMPARE(rows.integer(0, 1), -1);
    QCOMPARE(rows.bytes(0, 2), QByteArray("t"));
    QCOMPARE(rows.text(0, 3), awkward);
    QCOMPARE(QUuid::fromString(rows.text(0, 4)), uuid);
    QVERIFY(rows.isNull(1, 3));
    QVERIFY(rows.isNull(1, 4));
    QVERIFY(!rows.isNull(2, 3));
    QCOMPARE(rows.text(2, 3), QString());
    QCOMPARE(rows.integer(3, 0), qint64(3) << 33);
    QCOMPARE(rows.bytes(3, 2), QByteArray("f"));
    QCOMPARE(rita->exec("SELECT count(*), count(DISTINCT i4) FROM pg_temp.copied").integer(0, 1), count);

    // A row the server refuses: the whole COPY is kept out, and the message says where.
    QVERIFY2(copy.begin("pg_temp.copied", {"i8", "i4", "b", "t", "u"}, &error), qPrintable(error));
    for (int row = 0; row < 3; ++row) {
        copy.addInt8(1);
        copy.addInt4(1);
        copy.addBool(true);
        copy.addText(QStringLiteral("kept out"));
        if (row == 2 && format == PgCopyWriter::Format::Text)
            copy.addUtf8("not-a-uuid");
        else if (row == 2)
            copy.addInt4(7); // four bytes where a uuid takes sixteen
        else
            copy.addUuid(uuid);
        QVERIFY2(copy.endRow(&error), qPrintable(error));
    }
    QVERIFY(!copy.finish(&error));
    QVERIFY2(error.contains(QLatin1String("COPY")) && error.contains(QLatin1String("line 3")), qPrintable(error));
    QCOMPARE(rita->exec("SELECT count(*) FROM pg_temp.copied WHERE t = 'kept out'").integer(0, 0), 0);
    // A row with a value too few is caught before it is sent.
    QVERIFY(copy.begin("pg_temp.copied", {"i8", "i4", "b", "t", "u"}, &error));
    copy.addInt8(1);
    QVERIFY(!copy.endRow(&error));
    QVERIFY2(error.contains(QLatin1String("1 values for 5 columns")), qPrintable(error));
    QVERIFY(rita->run("DROP TABLE pg_temp.copied", &error));
}

namespace {
DeviceRecord device(qint64 id, const QString &name)
{
    DeviceRecord record;
    record.id = id;
    record.guid = QUuid::createUuid();
    record.name = name;
    record.user = QStringLiteral("user%1@contoso.com").arg(id);
    record.platform = Platform::iOS;
    record.osVersion = QStringLiteral("17.1");
    record.lastCheckin = QDateTime::fromMSecsSinceEpoch(1700000000000 + id, Qt::UTC);
    record.easIds = {QStringLiteral("EAS1"), QStringLiteral("EAS2")};
    record.complianceStatus = AzureComplianceStatus::Successful;
    record.violations = {Violation(7, QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC))};
    return record;
}
} // namespace

void TestPgStore::deviceWriterMergesOnlyChanges()
{
    auto rita = connect(QStringLiteral("rita"));
    QVERIFY(rita);
    QString error;
    QList<DeviceRecord> page;
    for (qint64 id = 100; id < 1100; ++id)
        page.append(device(id, QStringLiteral("device\t%1").arg(id)));
    // A device twice in one page: the later record wins.
    page.append(device(100, QStringLiteral("later")));
    // Not ASCII: the merge of known devices must encode it as the first write did, or the
    // same page again would rewrite it.
    page[2].name = QStringLiteral("Zo\u00eb's iPhone \u2713 \u65e5\u672c");

    PgDeviceWriter writer(*rita);
    {
        PgTransaction transaction(*rita);
        QVERIFY(transaction.begin(&error));
        QVERIFY2(writer.write(page, PgDeviceWriter::Fields::Everything, 1, &error), qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(writer.devicesWritten(), 1000);
    const PgResult first = rita->exec("SELECT name, eas_ids, compliance_status, platform,"
                                      " (SELECT count(*) FROM asc_store.violations WHERE device_id = 101)"
                                      " FROM asc_store.devices WHERE id IN (100, 101) ORDER BY id");
    QVERIFY2(first.ok(), qPrintable(first.errorText()));
    QCOMPARE(first.text(0, 0), QStringLiteral("later"));
    QCOMPARE(first.text(1, 0), QStringLiteral("device\t101"));
    QCOMPARE(first.text(1, 1), QStringLiteral("EAS1\u001eEAS2"));
    QCOMPARE(first.text(1, 2), AzureComplianceStatus::storageName(AzureComplianceStatus::Successful));
    QCOMPARE(first.text(1, 3), Platforms::wireName(Platform::iOS));
    QCOMPARE(first.integer(1, 4), 1);

    // The same page again changes nothing, and so takes no revision.
    const qint64 revision = rita->exec("SELECT revision FROM asc_store.store_revision").integer(0, 0);
    {
        PgTransaction transaction(*rita);
        QVERIFY(transaction.begin(&error));
        QVERIFY2(writer.write(page, PgDeviceWriter::Fields::Everything, 2, &error), qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(writer.devicesWritten(), 0);
    QCOMPARE(writer.devicesWithNewViolations(), 0);
    QCOMPARE(rita->exec("SELECT name FROM asc_store.devices WHERE id = 102").text(0, 0), page[2].name);
    QCOMPARE(rita->exec("SELECT revision FROM asc_store.store_revision").integer(0, 0), revision);

    // An inventory sync leaves our reporting state alone, and a dropped violation goes.
    page[1].name = QStringLiteral("renamed \u2713");
    page[1].complianceStatus = AzureComplianceStatus::None;
    page[1].violations.clear();
    {
        PgTransaction transaction(*rita);
        QVERIFY(transaction.begin(&error));
        QVERIFY2(writer.write(page, PgDeviceWriter::Fields::InventoryOnly, 3, &error), qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(writer.devicesWritten(), 1);
    const PgResult after = rita->exec("SELECT name, compliance_status, updated_ms, revision,"
                                      " (SELECT count(*) FROM asc_store.violations WHERE device_id = 101)"
                                      " FROM asc_store.devices WHERE id = 101");
    QCOMPARE(after.text(0, 0), QStringLiteral("renamed \u2713"));
    QCOMPARE(after.text(0, 1), AzureComplianceStatus::storageName(AzureComplianceStatus::Successful));
    QCOMPARE(after.integer(0, 2), 3);
    QCOMPARE(after.integer(0, 3), revision + 1);
    QCOMPARE(after.integer(0, 4), 0);

    // The helpdesk may not write devices: refused, and nothing changes.
    auto helen = connect(QStringLiteral("helen"));
    QVERIFY(helen);
    PgDeviceWriter refused(*helen);
    PgTransaction transaction(*helen);
    QVERIFY(transaction.begin(&error));
    QVERIFY(!refused.write({device(5000, QStringLiteral("x"))}, PgDeviceWriter::Fields::Everything, 4, &error));
    QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
    transaction.rollback();
    QCOMPARE(rita->exec("SELECT count(*) FROM asc_store.devices WHERE id = 5000").integer(0, 0), 0);
}

void TestPgStore::writeTransactionBumpsRevisionAndNotifiesOnce()
{
    QString error;
    const auto settings = PgConnectionSettings::parse(uri(QStringLiteral("helen")), &error);
    QVERIFY(settings);
    PgRevisionListener listener;
    QSignalSpy changed(&listener, &PgRevisionListener::revisionChanged);
    QVERIFY2(listener.start(*settings, QString(), &error), qPrintable(error));
    const qint64 before = listener.lastRevision();

    auto rita = connect(QStringLiteral("rita"));
    QVERIFY(rita);
    {
        // Several tables, many rows: one revision, one notification.
        PgTransaction transaction(*rita);
        QVERIFY(transaction.begin(&error));
        QVERIFY2(rita->run("UPDATE asc_store.devices SET name = name || '.' WHERE id BETWEEN 200 AND 299", &error),
                 qPrintable(error));
        QVERIFY2(rita->run("INSERT INTO asc_store.settings (key, value) VALUES ('k', 'v')", &error),
                 qPrintable(error));
        QVERIFY2(rita->run("DELETE FROM asc_store.policies WHERE id = 1", &error), qPrintable(error));
        QVERIFY(transaction.commit(&error));
    }
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
    QCOMPARE(changed.at(0).at(0).toLongLong(), before + 1);
    QCOMPARE(rita->exec("SELECT count(*) FROM asc_store.devices WHERE revision = $1",
                        {QByteArray::number(before + 1)})
                 .integer(0, 0),
             100);
    QCOMPARE(rita->exec("SELECT revision FROM asc_store.settings WHERE key = 'k'").integer(0, 0), before + 1);
    // A rolled-back transaction notifies nothing.
    {
        PgTransaction transaction(*rita);
        QVERIFY(transaction.begin(&error));
        QVERIFY(rita->run("UPDATE asc_store.settings SET value = 'w'", &error));
    }
    // A deletion alone bumps it too.
    QVERIFY(rita->run("DELETE FROM asc_store.settings WHERE key = 'k'", &error));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
    QTest::qWait(200);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toLongLong(), before + 2);
    QCOMPARE(listener.lastRevision(), before + 2);
    // No role writes the revision itself.
    QCOMPARE(rita->exec("UPDATE asc_store.store_revision SET revision = 0").sqlState(), QByteArray("42501"));

    // The listener notices a lost connection.
    QSignalSpy lost(&listener, &PgRevisionListener::connectionLost);
    superuser("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'helen'");
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5000);
    QVERIFY(!listener.isListening());
}

void TestPgStore::secondConnectionCannotLead()
{
    auto first = connect(QStringLiteral("rita"));
    auto second = connect(QStringLiteral("rita"));
    QVERIFY(first && second);
    PgLeadership a(*first);
    PgLeadership b(*second);
    bool taken = false;
    QString error;
    QVERIFY2(a.tryTake(QStringLiteral("host-a"), 111, &taken, &error), qPrintable(error));
    QVERIFY(taken);
    QVERIFY(a.isLeader());
    QVERIFY2(b.tryTake(QStringLiteral("host-b"), 222, &taken, &error), qPrintable(error));
    QVERIFY(!taken);
    QVERIFY(!b.isLeader());
    // Asking again on the leading connection does not stack a second hold.
    QVERIFY(a.tryTake(QStringLiteral("host-a"), 111, &taken, &error));
    QVERIFY(taken);

    auto helen = connect(QStringLiteral("helen"));
    QVERIFY(helen);
    const auto leader = PgLeadership::current(*helen, &error);
    QVERIFY2(leader, qPrintable(error));
    QCOMPARE(leader->host, QStringLiteral("host-a"));
    QCOMPARE(leader->pid, 111);
    QCOMPARE(leader->backendPid, first->backendPid());
    QCOMPARE(leader->holder, QStringLiteral("rita"));
    const qint64 term = leader->term;

    // Given up on purpose: the other takes it at once, in the next term.
    QVERIFY(a.release(&error));
    QVERIFY(!a.isLeader());
    QVERIFY(b.tryTake(QStringLiteral("host-b"), 222, &taken, &error));
    QVERIFY(taken);
    QCOMPARE(PgLeadership::current(*helen, &error)->host, QStringLiteral("host-b"));
    QCOMPARE(b.term(), term + 1);
    QVERIFY(b.release(&error));
    // Nobody leads: no stale record is shown.
    QVERIFY(!PgLeadership::current(*helen, &error));
    QVERIFY(error.isEmpty());
    // The helpdesk may not lead.
    PgLeadership c(*helen);
    QVERIFY(!c.tryTake(QStringLiteral("host-c"), 333, &taken, &error));
    QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
}

void TestPgStore::leadershipPassesOnWhenLeaderBackendIsTerminated()
{
    auto first = connect(QStringLiteral("rita"));
    auto second = connect(QStringLiteral("rita"));
    QVERIFY(first && second);
    PgLeadership a(*first);
    PgLeadership b(*second);
    bool taken = false;
    QString error;
    QVERIFY(a.tryTake(QStringLiteral("host-a"), 1, &taken, &error) && taken);
    QVERIFY(b.tryTake(QStringLiteral("host-b"), 2, &taken, &error) && !taken);

    superuser("SELECT pg_terminate_backend(" + QByteArray::number(first->backendPid()) + ")");
    QElapsedTimer clock;
    clock.start();
    while (!taken && clock.elapsed() < 5000) {
        QVERIFY2(b.tryTake(QStringLiteral("host-b"), 2, &taken, &error), qPrintable(error));
        if (!taken)
            QTest::qWait(50);
    }
    QVERIFY2(taken, "the lead did not pass on within five seconds");
    // The old leader finds out on its next statement, and can no longer write as leader.
    QVERIFY(!first->exec("SELECT 1").ok());
    QVERIFY(!a.isLeader());
    QVERIFY(b.release(&error));
}

void TestPgStore::leadershipPassesOnWhenLeaderProcessIsKilled()
{
    // Another process leads, and is killed with SIGKILL: nothing of it says goodbye, the
    // server sees its socket close.
    QString psql = QString::fromLocal8Bit(qgetenv("ASC_PG_BINDIR"));
    psql = psql.isEmpty() ? QString() : psql + QLatin1String("/psql");
    if (psql.isEmpty()) {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot,
                                                                                           QDir::Name | QDir::Reversed);
        for (const QString &version : versions) {
            const QString candidate = QStringLiteral("/usr/lib/postgresql/%1/bin/psql").arg(version);
            if (QFileInfo(candidate).isExecutable()) {
                psql = candidate;
                break;
            }
        }
    }
    if (psql.isEmpty())
        psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    QVERIFY2(!psql.isEmpty(), "no psql (Debian package postgresql-client)");

    // psql reads the statement from its input and then waits for more: its session stays
    // idle, holding the lock, as a leader's does between two writes.
    QProcess leader;
    leader.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    leader.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), m_cluster.folder(),
                        QStringLiteral("-p"), m_cluster.port(), QStringLiteral("-U"), QStringLiteral("rita"),
                        QStringLiteral("-d"), QLatin1String(kDatabase)});
    leader.write("SELECT pg_advisory_lock(" + QByteArray::number(PgSchema::kLockSpace) + ", "
                 + QByteArray::number(PgSchema::kLeaderLock) + ");\n");
    QVERIFY(leader.waitForStarted());

    auto other = connect(QStringLiteral("rita"));
    QVERIFY(other);
    const QByteArray held = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = "
        + QByteArray::number(PgSchema::kLockSpace) + " AND objid = " + QByteArray::number(PgSchema::kLeaderLock);
    QTRY_COMPARE_WITH_TIMEOUT(other->exec(held).integer(0, 0), 1, 10000);
    PgLeadership b(*other);
    bool taken = false;
    QString error;
    QVERIFY(b.tryTake(QStringLiteral("host-b"), 2, &taken, &error));
    QVERIFY(!taken);

    ::kill(pid_t(leader.processId()), SIGKILL);
    QVERIFY(leader.waitForFinished());
    QElapsedTimer clock;
    clock.start();
    while (!taken && clock.elapsed() < 5000) {
        QVERIFY2(b.tryTake(QStringLiteral("host-b"), 2, &taken, &error), qPrintable(error));
        if (!taken)
            QTest::qWait(50);
    }
    QVERIFY2(taken, "the lead did not pass on within five seconds of kill -9");
    QVERIFY(b.release(&error));
}

void TestPgStore::insertOutboxMessages(int count, QList<QUuid> *ids)
{
    auto rita = connect(QStringLiteral("rita"));
    QVERIFY(rita);
    QString error;
    QVERIFY2(rita->run("UPDATE asc_store.report_outbox SET state = 'completed', lease_owner = NULL,"
                       " lease_until = NULL WHERE state <> 'completed'",
                       &error),
             qPrintable(error));
    for (int i = 0; i < count; ++i) {
        const QUuid id = QUuid::createUuid();
        QVERIFY2(rita->run("INSERT INTO asc_store.report_outbox (message_id, created_ms, trigger, payload, state,"
                           " next_attempt_ms) VALUES ($1, $2, 'sync', '{}', 'pending', 0)",
                           &error, {id.toByteArray(QUuid::WithoutBraces), QByteArray::number(i)}),
                 qPrintable(error));
        ids->append(id);
    }
}

void TestPgStore::twoClaimersGetDisjointMessages()
{
    QList<QUuid> ids;
    insertOutboxMessages(10, &ids);
    auto first = connect(QStringLiteral("rita"));
    auto second = connect(QStringLiteral("rita"));
    QVERIFY(first && second);
    PgOutboxLeases a(*first, QStringLiteral("host-a:1"));
    PgOutboxLeases b(*second, QStringLiteral("host-b:2"));
    QString error;
    // The second claim runs while the first still holds its row locks: it must skip them,
    // not wait for them (a wait would hit the statement timeout).
    QVERIFY(second->run("SET statement_timeout = '3s'", &error));
    PgTransaction transaction(*first);
    QVERIFY(transaction.begin(&error));
    QList<QUuid> claimedByA;
    QList<QUuid> claimedByB;
    QVERIFY2(a.claim(PgOutboxLeases::Work::Send, 1000, 6, 60000, &claimedByA, &error), qPrintable(error));
    QVERIFY2(b.claim(PgOutboxLeases::Work::Send, 1000, 6, 60000, &claimedByB, &error), qPrintable(error));
    QVERIFY(transaction.commit(&error));
    QCOMPARE(claimedByA.size(), 6);
    QCOMPARE(claimedByB.size(), 4);
    // Oldest first.
    QCOMPARE(claimedByA, ids.mid(0, 6));
    QSet<QUuid> all(claimedByA.cbegin(), claimedByA.cend());
    for (const QUuid &id : std::as_const(claimedByB))
        QVERIFY2(!all.contains(id), "a message was claimed twice");
    all.unite(QSet<QUuid>(claimedByB.cbegin(), claimedByB.cend()));
    QCOMPARE(all, QSet<QUuid>(ids.cbegin(), ids.cend()));

    // Nothing left to claim while the leases last.
    QList<QUuid> more;
    QVERIFY(b.claim(PgOutboxLeases::Work::Send, 1000, 10, 60000, &more, &error));
    QVERIFY(more.isEmpty());
    // Each finishes its own, and not the other's.
    bool held = false;
    QVERIFY(a.finish(claimedByB.first(), "sent", 2000, &held, &error));
    QVERIFY(!held);
    QVERIFY(b.finish(claimedByB.first(), "sent", 2000, &held, &error));
    QVERIFY(held);
    const PgResult row = first->exec("SELECT state, sent_ms, lease_owner FROM asc_store.report_outbox"
                                     " WHERE message_id = $1",
                                     {claimedByB.first().toByteArray(QUuid::WithoutBraces)});
    QCOMPARE(row.text(0, 0), QStringLiteral("sent"));
    QCOMPARE(row.integer(0, 1), 2000);
    QVERIFY(row.isNull(0, 2));
    // Sent now: claimed for confirmation, not for sending again.
    QVERIFY(a.claim(PgOutboxLeases::Work::Confirm, 3000, 10, 60000, &more, &error));
    QCOMPARE(more, QList<QUuid>{claimedByB.first()});

    // The helpdesk may not claim: the outbox is the reporter's.
    auto helen = connect(QStringLiteral("helen"));
    PgOutboxLeases c(*helen, QStringLiteral("host-c:3"));
    QVERIFY(!c.claim(PgOutboxLeases::Work::Send, 1000, 10, 60000, &more, &error));
    QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
}

void TestPgStore::expiredLeaseIsReclaimedUnderSameMessageId()
{
    QList<QUuid> ids;
    insertOutboxMessages(1, &ids);
    auto first = connect(QStringLiteral("rita"));
    auto second = connect(QStringLiteral("rita"));
    QVERIFY(first && second);
    PgOutboxLeases crashed(*first, QStringLiteral("host-a:1"));
    PgOutboxLeases rescuer(*second, QStringLiteral("host-b:2"));
    QString error;
    QList<QUuid> claimed;
    QVERIFY(crashed.claim(PgOutboxLeases::Work::Send, 1000, 10, 300, &claimed, &error));
    QCOMPARE(claimed, ids);
    // Still leased: nobody else gets it.
    QVERIFY(rescuer.claim(PgOutboxLeases::Work::Send, 1000, 10, 60000, &claimed, &error));
    QVERIFY(claimed.isEmpty());
    bool held = false;
    QVERIFY(crashed.renew(ids.first(), 300, &held, &error));
    QVERIFY(held);

    QTest::qWait(400);
    // Expired: the lease runs on the database's clock, and the same message is claimed again.
    QVERIFY(crashed.renew(ids.first(), 300, &held, &error));
    QVERIFY(!held);
    // Run out, even before anyone else claimed it: the outcome is no longer the first's to write.
    QVERIFY(crashed.finish(ids.first(), "sent", 4000, &held, &error));
    QVERIFY(!held);
    QVERIFY(rescuer.claim(PgOutboxLeases::Work::Send, 1000, 10, 60000, &claimed, &error));
    QCOMPARE(claimed, ids);
    QCOMPARE(first->exec("SELECT count(*) FROM asc_store.report_outbox WHERE state = 'pending'").integer(0, 0), 1);

    // The first sender comes back: its outcome is refused, in both forms.
    QVERIFY(crashed.finish(ids.first(), "completed", 5000, &held, &error));
    QVERIFY(!held);
    {
        PgTransaction transaction(*first);
        QVERIFY(transaction.begin(&error));
        QVERIFY(crashed.holdsLease(ids.first(), &held, &error));
        QVERIFY(!held);
    }
    QVERIFY(rescuer.holdsLease(ids.first(), &held, &error));
    QVERIFY(held);
    QVERIFY(rescuer.finish(ids.first(), "sent", 6000, &held, &error));
    QVERIFY(held);
    const PgResult row = first->exec("SELECT message_id, state, sent_ms, confirmed_ms FROM asc_store.report_outbox"
                                     " WHERE message_id = $1",
                                     {ids.first().toByteArray(QUuid::WithoutBraces)});
    QCOMPARE(row.rows(), 1);
    QCOMPARE(row.text(0, 1), QStringLiteral("sent"));
    QCOMPARE(row.integer(0, 2), 6000);
    QVERIFY(row.isNull(0, 3));
    // A lease given back is claimable at once.
    QVERIFY(rescuer.claim(PgOutboxLeases::Work::Confirm, 7000, 1, 60000, &claimed, &error));
    QCOMPARE(claimed, ids);
    QVERIFY(rescuer.release(ids.first(), &error));
    QVERIFY(crashed.claim(PgOutboxLeases::Work::Confirm, 7000, 1, 60000, &claimed, &error));
    QCOMPARE(claimed, ids);
}

void TestPgStore::headlessCommandsOnPostgres()
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    // Not migrated yet: the command names who runs what, and nothing else happens (no
    // SQLite file named like the URI either).
    const QString second = uri(QStringLiteral("helen"), QStringLiteral("asc_second"));
    QCOMPARE(runHeadlessCommand({QStringLiteral("sync"), QStringLiteral("--demo"), QStringLiteral("--db"), second},
                                outStream, errStream),
             HeadlessExitCode::StoreError);
    QVERIFY2(err.contains(QLatin1String("--headless init-store --db ") + second), qPrintable(err));
    QVERIFY(!QFileInfo::exists(second));

    // Migrated: status answers from the store, with the leader.
    auto rita = connect(QStringLiteral("rita"));
    QVERIFY(rita);
    PgLeadership leadership(*rita);
    bool taken = false;
    QString error;
    QVERIFY(leadership.tryTake(QStringLiteral("reporter-host"), 4242, &taken, &error) && taken);
    out.clear();
    err.clear();
    QCOMPARE(runHeadlessCommand({QStringLiteral("status"), QStringLiteral("--json"),
                                 QStringLiteral("--db=") + uri(QStringLiteral("helen"))},
                                outStream, errStream),
             HeadlessExitCode::Success);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QJsonObject status = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(status.value(QLatin1String("backend")).toString(), QStringLiteral("postgresql"));
    QCOMPARE(status.value(QLatin1String("schemaVersion")).toInt(), PgSchema::latestVersion());
    QCOMPARE(status.value(QLatin1String("devices")).toInt(),
             int(rita->exec("SELECT count(*) FROM asc_store.devices").integer(0, 0)));
    const QJsonObject leader = status.value(QLatin1String("syncLeader")).toObject();
    QCOMPARE(leader.value(QLatin1String("host")).toString(), QStringLiteral("reporter-host"));
    QCOMPARE(leader.value(QLatin1String("pid")).toInt(), 4242);
    QCOMPARE(leader.value(QLatin1String("role")).toString(), QStringLiteral("rita"));
    QVERIFY(leadership.release(&error));

    err.clear();
    QCOMPARE(runHeadlessCommand({QStringLiteral("status"), QStringLiteral("--db"), uri(QStringLiteral("rita"))},
                                outStream, errStream),
             HeadlessExitCode::UsageError);
    QVERIFY2(err.contains(QLatin1String("--json")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
