#include "app/storage/sqlite/sqlitemigrations.h"

#include "app/storage/sqlite/sqlitetransaction.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

const QList<QStringList> &SqliteMigrations::migrations()
{
    static const QList<QStringList> all {
        {
            QStringLiteral("CREATE TABLE devices ("
                           " id INTEGER PRIMARY KEY CHECK (id > 0),"
                           " guid TEXT,"
                           " name TEXT,"
                           " \"user\" TEXT,"
                           " platform TEXT,"
                           " os_version TEXT,"
                           " model TEXT,"
                           " manufacturer TEXT,"
                           " serial TEXT,"
                           " imei TEXT,"
                           " last_checkin_ms INTEGER,"
                           " registration_state TEXT,"
                           " jailbroken INTEGER NOT NULL DEFAULT 0,"
                           " quarantined INTEGER NOT NULL DEFAULT 0,"
                           " azure_device_id TEXT,"
                           " client_status TEXT,"
                           " compliance_status TEXT,"
                           " report_time_ms INTEGER,"
                           " report_error TEXT,"
                           " updated_ms INTEGER NOT NULL)"),
            // No foreign key to policies: a device may violate a policy we do not have yet,
            // and the evaluator reports it as unknown rather than losing it.
            QStringLiteral("CREATE TABLE violations ("
                           " device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,"
                           " policy_id INTEGER NOT NULL,"
                           " since_ms INTEGER,"
                           " PRIMARY KEY (device_id, policy_id))"),
            QStringLiteral("CREATE TABLE policies ("
                           " id INTEGER PRIMARY KEY CHECK (id > 0),"
                           " name TEXT NOT NULL,"
                           " rule TEXT NOT NULL,"
                           " parameter TEXT,"
                           " steps_json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE report_outbox ("
                           " message_id TEXT PRIMARY KEY,"
                           " created_ms INTEGER NOT NULL,"
                           " trigger TEXT NOT NULL,"
                           " payload TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt_ms INTEGER,"
                           " last_error TEXT,"
                           " sent_ms INTEGER,"
                           " confirmed_ms INTEGER)"),
            QStringLiteral("CREATE INDEX report_outbox_due ON report_outbox(state, next_attempt_ms)"),
            QStringLiteral("CREATE TABLE report_devices ("
                           " message_id TEXT NOT NULL REFERENCES report_outbox(message_id) ON DELETE CASCADE,"
                           " device_id INTEGER NOT NULL,"
                           " PRIMARY KEY (message_id, device_id))"),
            QStringLiteral("CREATE INDEX report_devices_device ON report_devices(device_id)"),
            // History outlives both the outbox row and the device, hence no foreign keys.
            QStringLiteral("CREATE TABLE report_history ("
                           " id INTEGER PRIMARY KEY,"
                           " message_id TEXT,"
                           " device_id INTEGER,"
                           " at_ms INTEGER NOT NULL,"
                           " event TEXT NOT NULL,"
                           " detail TEXT)"),
            QStringLiteral("CREATE INDEX report_history_device ON report_history(device_id, at_ms)"),
            QStringLiteral("CREATE INDEX report_history_message ON report_history(message_id)"),
            QStringLiteral("CREATE TABLE audit_log ("
                           " id INTEGER PRIMARY KEY,"
                           " at_ms INTEGER NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " target TEXT,"
                           " detail TEXT)"),
            QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at_ms)"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)"),
        },
        {
            // Device lookup by name (search, import matching) and "which devices violate
            // this policy" for the policy editor's fleet impact.
            QStringLiteral("CREATE INDEX devices_name ON devices(name)"),
            QStringLiteral("CREATE INDEX violations_policy ON violations(policy_id)"),
        },
        {
            // What Azure last received for each device, so a sync can tell a compliance
            // change (including escalation by time alone) and an inventory change from
            // the last report rather than from the last sync.
            QStringLiteral("ALTER TABLE devices ADD COLUMN reported_outcome INTEGER"),
            QStringLiteral("ALTER TABLE devices ADD COLUMN reported_fingerprint TEXT"),
            QStringLiteral("CREATE INDEX report_outbox_created ON report_outbox(created_ms)"),
        },
        {
            // No query ever used these two: the device list searches and sorts in memory,
            // and a policy's fleet impact is worked out from the loaded fleet. devices_name
            // cost every sync dearly: a page of 1,000 devices touched up to 1,000 random
            // leaves of it, each written to the WAL and again at the checkpoint (at 1M
            // devices most of a page's write).
            QStringLiteral("DROP INDEX IF EXISTS devices_name"),
            QStringLiteral("DROP INDEX IF EXISTS violations_policy"),
        },
        {
            // Azure's UserId is the user's Entra object id: the principal name the MDM
            // gives, the object id (from the MDM or looked up through Graph) and whether
            // it is known (EntraUserState: 1, not looked up yet, for the devices already
            // stored); the Exchange ActiveSync ids and the registration time, which the
            // inventory entity carries.
            QStringLiteral("ALTER TABLE devices ADD COLUMN user_principal_name TEXT"),
            QStringLiteral("ALTER TABLE devices ADD COLUMN entra_user_id TEXT"),
            QStringLiteral("ALTER TABLE devices ADD COLUMN entra_user_state INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE devices ADD COLUMN eas_ids TEXT"),
            QStringLiteral("ALTER TABLE devices ADD COLUMN registered_ms INTEGER"),
            // Users looked up in Entra, so that a sync never asks Graph again for a user it
            // knows. object_id NULL: Graph has no such user (asked again after a day).
            QStringLiteral("CREATE TABLE entra_users ("
                           " principal_name TEXT PRIMARY KEY COLLATE NOCASE,"
                           " object_id TEXT,"
                           " checked_ms INTEGER NOT NULL)"),
        },
        {
            // A queued event's trigger and outcome in columns of their own: they were one
            // "<trigger> <outcome>" text in detail, which every reader had to take apart.
            QStringLiteral("ALTER TABLE report_history ADD COLUMN trigger TEXT"),
            QStringLiteral("ALTER TABLE report_history ADD COLUMN outcome INTEGER"),
            QStringLiteral("UPDATE report_history SET trigger = substr(detail, 1, instr(detail, ' ') - 1),"
                           " outcome = CAST(substr(detail, instr(detail, ' ') + 1) AS INTEGER), detail = NULL"
                           " WHERE event = 'queued' AND instr(detail, ' ') > 0"),
        },
        {
            // The sync leader of the processes that share this file (SqliteLeaderLease): the
            // one row names the leading process and when its lease runs out. IF NOT EXISTS:
            // a lease of the build before made the table itself.
            QStringLiteral("CREATE TABLE IF NOT EXISTS sync_leader ("
                           " slot INTEGER PRIMARY KEY CHECK (slot = 1),"
                           " owner TEXT NOT NULL, host TEXT NOT NULL, pid INTEGER NOT NULL,"
                           " since_ms INTEGER NOT NULL, until_ms INTEGER NOT NULL)"),
        },
    };
    return all;
}

namespace {
const QString kCreateSchemaVersion = QStringLiteral(
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_ms INTEGER NOT NULL)");
} // namespace

int SqliteMigrations::latestVersion()
{
    return int(migrations().size());
}

bool SqliteMigrations::currentVersion(QSqlDatabase &db, int *version, QString *error)
{
    *version = 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"))
        || !query.next()) {
        *error = errorText(query.lastError());
        return false;
    }
    if (query.value(0).toInt() == 0)
        return true;
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"))
        || !query.next()) {
        *error = errorText(query.lastError());
        return false;
    }
    *version = query.value(0).toInt();
    return true;
}

bool SqliteMigrations::migrate(
    QSqlDatabase &db, int fromVersion, int toVersion, const QString &file, QString *error)
{
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        const auto fail = [&](const QString &detail) {
            *error = tr("Could not migrate %1 to schema version %2: %3")
                         .arg(file, QString::number(version), detail);
            return false;
        };
        QString detail;
        SqliteTransaction transaction(db);
        if (!transaction.begin(SqliteTransaction::Write, &detail))
            return fail(detail);
        QSqlQuery query(db);
        // Read again under the write lock: another console may have migrated meanwhile.
        if (!query.exec(kCreateSchemaVersion)
            || !query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"))
            || !query.next()) {
            return fail(errorText(query.lastError()));
        }
        if (query.value(0).toInt() >= version)
            continue;
        for (const QString &statement : migrations().at(version - 1)) {
            if (!query.exec(statement))
                return fail(errorText(query.lastError()));
        }
        if (!query.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_ms) VALUES (?, ?)")))
            return fail(errorText(query.lastError()));
        query.bindValue(0, version);
        query.bindValue(1, QDateTime::currentMSecsSinceEpoch());
        if (!query.exec())
            return fail(errorText(query.lastError()));
        query.finish();
        if (!transaction.commit(&detail))
            return fail(detail);
    }
    return true;
}
