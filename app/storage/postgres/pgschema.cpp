#include "app/storage/postgres/pgschema.h"

#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgtransaction.h"

#include <QDateTime>
#include <QList>

namespace {

// Migration n is migrations()[n - 1]. Never edit a released migration: add a new one.
// Times are milliseconds since the epoch (bigint), as in the SQLite store, except the
// lease and leadership times, which only the database's clock judges.
const QList<QList<const char *>> &migrations()
{
    static const QList<QList<const char *>> all{
        {
            // The SQLite store's tables as its migrations 1 to 5 leave them, with PostgreSQL's
            // types: uuid for GUIDs, boolean for flags, bigint for ids and times.
            R"sql(CREATE TABLE asc_store.devices (
                id bigint PRIMARY KEY CHECK (id > 0),
                guid uuid,
                name text,
                "user" text,
                platform text,
                os_version text,
                model text,
                manufacturer text,
                serial text,
                imei text,
                last_checkin_ms bigint,
                registration_state text,
                jailbroken boolean NOT NULL DEFAULT false,
                quarantined boolean NOT NULL DEFAULT false,
                azure_device_id uuid,
                client_status text,
                compliance_status text,
                report_time_ms bigint,
                report_error text,
                updated_ms bigint NOT NULL,
                reported_outcome integer,
                reported_fingerprint text,
                user_principal_name text,
                entra_user_id uuid,
                entra_user_state integer NOT NULL DEFAULT 1,
                eas_ids text,
                registered_ms bigint))sql",
            // No foreign key to policies: a device may violate a policy we do not have yet.
            R"sql(CREATE TABLE asc_store.violations (
                device_id bigint NOT NULL REFERENCES asc_store.devices (id) ON DELETE CASCADE,
                policy_id bigint NOT NULL,
                since_ms bigint,
                PRIMARY KEY (device_id, policy_id)))sql",
            R"sql(CREATE TABLE asc_store.policies (
                id bigint PRIMARY KEY CHECK (id > 0),
                name text NOT NULL,
                rule text NOT NULL,
                parameter text,
                steps_json text NOT NULL))sql",
            R"sql(CREATE TABLE asc_store.report_outbox (
                message_id uuid PRIMARY KEY,
                created_ms bigint NOT NULL,
                trigger text NOT NULL,
                payload text NOT NULL,
                state text NOT NULL CHECK (state IN ('pending', 'sent', 'completed', 'failed')),
                attempts integer NOT NULL DEFAULT 0,
                next_attempt_ms bigint,
                last_error text,
                sent_ms bigint,
                confirmed_ms bigint))sql",
            "CREATE INDEX report_outbox_due ON asc_store.report_outbox (state, next_attempt_ms)",
            "CREATE INDEX report_outbox_created ON asc_store.report_outbox (created_ms)",
            R"sql(CREATE TABLE asc_store.report_devices (
                message_id uuid NOT NULL REFERENCES asc_store.report_outbox (message_id) ON DELETE CASCADE,
                device_id bigint NOT NULL,
                PRIMARY KEY (message_id, device_id)))sql",
            "CREATE INDEX report_devices_device ON asc_store.report_devices (device_id)",
            // History outlives both the outbox row and the device, hence no foreign keys.
            R"sql(CREATE TABLE asc_store.report_history (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                message_id uuid,
                device_id bigint,
                at_ms bigint NOT NULL,
                event text NOT NULL,
                detail text))sql",
            "CREATE INDEX report_history_device ON asc_store.report_history (device_id, at_ms)",
            "CREATE INDEX report_history_message ON asc_store.report_history (message_id)",
            R"sql(CREATE TABLE asc_store.audit_log (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at_ms bigint NOT NULL,
                actor text NOT NULL,
                action text NOT NULL,
                target text,
                detail text))sql",
            "CREATE INDEX audit_log_at ON asc_store.audit_log (at_ms)",
            "CREATE TABLE asc_store.settings (key text PRIMARY KEY, value text)",
            // Users looked up in Entra; the principal name is matched without regard to case.
            R"sql(CREATE TABLE asc_store.entra_users (
                principal_name text NOT NULL,
                object_id uuid,
                checked_ms bigint NOT NULL))sql",
            "CREATE UNIQUE INDEX entra_users_principal ON asc_store.entra_users (lower(principal_name))",
        },
        {
            // A team shares the store. Each write transaction takes the next revision once
            // (the row lock on store_revision, held to commit, puts revisions in commit
            // order) and sends one NOTIFY with the revision alone; every changed row carries
            // the revision it was changed in, so a console re-reads what changed since the
            // last revision it saw. violations and report_devices are only written with
            // their device or message, which carry the revision for them.
            R"sql(CREATE TABLE asc_store.store_revision (
                singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
                revision bigint NOT NULL))sql",
            "INSERT INTO asc_store.store_revision (revision) VALUES (0)",
            // Owner's rights: every role's writes bump the revision, none may set it.
            R"sql(CREATE FUNCTION asc_store.bump_revision() RETURNS bigint
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
                DECLARE
                    next_revision bigint;
                BEGIN
                    UPDATE asc_store.store_revision SET revision = revision + 1 RETURNING revision INTO next_revision;
                    PERFORM pg_notify('asc_store', next_revision::text);
                    PERFORM set_config('asc_store.revision', next_revision::text, true);
                    RETURN next_revision;
                END $$)sql",
            // The transaction's revision, taken on its first write (transaction-local setting).
            R"sql(CREATE FUNCTION asc_store.stamp_revision() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.revision := coalesce(nullif(current_setting('asc_store.revision', true), '')::bigint,
                                             asc_store.bump_revision());
                    RETURN NEW;
                END $$)sql",
            R"sql(CREATE FUNCTION asc_store.note_delete() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF nullif(current_setting('asc_store.revision', true), '') IS NULL THEN
                        PERFORM asc_store.bump_revision();
                    END IF;
                    RETURN NULL;
                END $$)sql",
            "ALTER TABLE asc_store.devices ADD COLUMN revision bigint NOT NULL DEFAULT 0",
            "ALTER TABLE asc_store.policies ADD COLUMN revision bigint NOT NULL DEFAULT 0",
            "ALTER TABLE asc_store.report_outbox ADD COLUMN revision bigint NOT NULL DEFAULT 0",
            "ALTER TABLE asc_store.report_history ADD COLUMN revision bigint NOT NULL DEFAULT 0",
            "ALTER TABLE asc_store.audit_log ADD COLUMN revision bigint NOT NULL DEFAULT 0",
            "ALTER TABLE asc_store.settings ADD COLUMN revision bigint NOT NULL DEFAULT 0",
            "ALTER TABLE asc_store.entra_users ADD COLUMN revision bigint NOT NULL DEFAULT 0",

            // Outbox leases: a sender claims messages (FOR UPDATE SKIP LOCKED) until
            // lease_until, and finishes one only while the lease is still its own; an
            // expired lease is claimed again and the message resent under the same id.
            "ALTER TABLE asc_store.report_outbox ADD COLUMN lease_owner text, ADD COLUMN lease_until timestamptz",
            // Report now from any console: a request the reporter turns into a report it
            // builds itself, so no role but the reporter decides what Azure receives.
            R"sql(CREATE TABLE asc_store.report_requests (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                device_id bigint NOT NULL,
                requested_by text NOT NULL,
                requested_ms bigint NOT NULL,
                revision bigint NOT NULL DEFAULT 0))sql",
            "CREATE INDEX report_requests_device ON asc_store.report_requests (device_id)",
            // The sync leader: whoever holds the session advisory lock (kLockSpace, kLeaderLock)
            // writes who it is here; current_leader shows the record only while that backend
            // still holds the lock.
            R"sql(CREATE TABLE asc_store.leadership (
                singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
                host text NOT NULL,
                pid bigint NOT NULL,
                backend_pid integer NOT NULL,
                holder text NOT NULL,
                since timestamptz NOT NULL,
                term bigint NOT NULL,
                revision bigint NOT NULL DEFAULT 0))sql",
            R"sql(CREATE VIEW asc_store.current_leader AS
                SELECT l.host, l.pid, l.backend_pid, l.holder, l.since, l.term
                FROM asc_store.leadership l
                WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_locks k
                              WHERE k.locktype = 'advisory' AND k.granted AND k.pid = l.backend_pid
                                AND k.database = (SELECT oid FROM pg_catalog.pg_database
                                                  WHERE datname = pg_catalog.current_database())
                                AND k.classid = 1095975680 AND k.objid = 1 AND k.objsubid = 2))sql",

            "CREATE TRIGGER devices_revision BEFORE INSERT OR UPDATE ON asc_store.devices"
            " FOR EACH ROW EXECUTE FUNCTION asc_store.stamp_revision()",
            "CREATE TRIGGER policies_revision BEFORE INSERT OR UPDATE ON asc_store.policies"
            " FOR EACH ROW EXECUTE FUNCTION asc_store.stamp_revision()",
            "CREATE TRIGGER report_outbox_revision BEFORE INSERT ON asc_store.report_outbox"
            " FOR EACH ROW EXECUTE FUNCTION asc_store.stamp_revision()",
            // A lease taken or given back is no news to a console, and taking the revision
            // would make every claim wait for every other writer's commit (the revision row's
            // lock): senders would claim one after the other instead of side by side.
            "CREATE TRIGGER report_outbox_revision_changed BEFORE UPDATE ON asc_store.report_outbox FOR EACH ROW"
            " WHEN ((OLD.message_id, OLD.created_ms, OLD.trigger, OLD.payload, OLD.state, OLD.attempts,"
            " OLD.next_attempt_ms, OLD.last_error, OLD.sent_ms, OLD.confirmed_ms)"
            " IS DISTINCT FROM (NEW.message_id, NEW.created_ms, NEW.trigger, NEW.payload, NEW.state, NEW.attempts,"
            " NEW.next_attempt_ms, NEW.last_error, NEW.sent_ms, NEW.confirmed_ms))"
            " EXECUTE FUNCTION asc_store.stamp_revision()",
            "CREATE TRIGGER report_history_revision BEFORE INSERT OR UPDATE ON asc_store.report_history"
            " FOR EACH ROW EXECUTE FUNCTION asc_store.stamp_revision()",
            "CREATE TRIGGER audit_log_revision BEFORE INSERT ON asc_store.audit_log"
            " FOR EACH ROW EXECUTE FUNCTION asc_store.stamp_revision()",
            "CREATE TRIGGER settings_revision BEFORE INSERT OR UPDATE ON asc_store.settings"
            " FOR EACH ROW EXECUTE FUNCTION asc_store.stamp_revision()",
            "CREATE TRIGGER entra_users_revision BEFORE INSERT OR UPDATE ON asc_store.entra_users"
            " FOR EACH ROW EXECUTE FUNCTION asc_store.stamp_revision()",
            "CREATE TRIGGER report_requests_revision BEFORE INSERT OR UPDATE ON asc_store.report_requests"
            " FOR EACH ROW EXECUTE FUNCTION asc_store.stamp_revision()",
            "CREATE TRIGGER leadership_revision BEFORE INSERT OR UPDATE ON asc_store.leadership"
            " FOR EACH ROW EXECUTE FUNCTION asc_store.stamp_revision()",
            "CREATE TRIGGER devices_deleted AFTER DELETE ON asc_store.devices"
            " FOR EACH ROW EXECUTE FUNCTION asc_store.note_delete()",
            "CREATE TRIGGER policies_deleted AFTER DELETE ON asc_store.policies"
            " FOR EACH ROW EXECUTE FUNCTION asc_store.note_delete()",
            "CREATE TRIGGER report_outbox_deleted AFTER DELETE ON asc_store.report_outbox"
            " FOR EACH ROW EXECUTE FUNCTION asc_store.note_delete()",
            "CREATE TRIGGER settings_deleted AFTER DELETE ON asc_store.settings"
            " FOR EACH ROW EXECUTE FUNCTION asc_store.note_delete()",
            "CREATE TRIGGER entra_users_deleted AFTER DELETE ON asc_store.entra_users"
            " FOR EACH ROW EXECUTE FUNCTION asc_store.note_delete()",
            "CREATE TRIGGER report_requests_deleted AFTER DELETE ON asc_store.report_requests"
            " FOR EACH ROW EXECUTE FUNCTION asc_store.note_delete()",

            // The audit log: rows are only ever added, each by the role it names. The owner
            // is held to it too (FORCE); superusers and BYPASSRLS roles are not.
            "ALTER TABLE asc_store.audit_log ADD COLUMN mdm_user text",
            "ALTER TABLE asc_store.audit_log ALTER COLUMN actor SET DEFAULT session_user",
            "ALTER TABLE asc_store.audit_log ENABLE ROW LEVEL SECURITY",
            "ALTER TABLE asc_store.audit_log FORCE ROW LEVEL SECURITY",
            "CREATE POLICY audit_log_read ON asc_store.audit_log FOR SELECT USING (true)",
            "CREATE POLICY audit_log_own_rows ON asc_store.audit_log FOR INSERT WITH CHECK (actor = session_user)",
            // Rows stay visible to UPDATE and DELETE so that the trigger refuses them with an
            // error, rather than row-level security hiding them and 0 rows changing silently.
            "CREATE POLICY audit_log_update_refused ON asc_store.audit_log FOR UPDATE USING (true)",
            "CREATE POLICY audit_log_delete_refused ON asc_store.audit_log FOR DELETE USING (true)",
            R"sql(CREATE FUNCTION asc_store.refuse_audit_change() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_log rows are only ever added: % refused', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END $$)sql",
            "CREATE TRIGGER audit_log_insert_only BEFORE UPDATE OR DELETE ON asc_store.audit_log"
            " FOR EACH ROW EXECUTE FUNCTION asc_store.refuse_audit_change()",
            "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON asc_store.audit_log"
            " FOR EACH STATEMENT EXECUTE FUNCTION asc_store.refuse_audit_change()",

            // Report now for every role, audited as the role that asked.
            R"sql(CREATE FUNCTION asc_store.report_now(device_ids bigint[], mdm_user text DEFAULT NULL)
                RETURNS integer
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
                DECLARE
                    missing bigint;
                    queued integer;
                    now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
                BEGIN
                    IF device_ids IS NULL OR cardinality(device_ids) = 0 THEN
                        RAISE EXCEPTION 'report_now: no device given' USING ERRCODE = 'invalid_parameter_value';
                    END IF;
                    IF cardinality(device_ids) > 100000 THEN
                        RAISE EXCEPTION 'report_now: at most 100000 devices at once, not %', cardinality(device_ids)
                            USING ERRCODE = 'invalid_parameter_value';
                    END IF;
                    SELECT wanted INTO missing FROM unnest(device_ids) AS wanted
                    WHERE wanted IS NULL OR NOT EXISTS (SELECT 1 FROM asc_store.devices d WHERE d.id = wanted)
                    LIMIT 1;
                    IF FOUND THEN
                        RAISE EXCEPTION 'report_now: there is no device with id %', coalesce(missing::text, 'NULL')
                            USING ERRCODE = 'invalid_parameter_value';
                    END IF;
                    INSERT INTO asc_store.report_requests (device_id, requested_by, requested_ms)
                    SELECT DISTINCT wanted, session_user, now_ms FROM unnest(device_ids) AS wanted;
                    GET DIAGNOSTICS queued = ROW_COUNT;
                    INSERT INTO asc_store.audit_log (at_ms, actor, action, target, mdm_user)
                    VALUES (now_ms, session_user, 'report-now', array_to_string(device_ids, ','), mdm_user);
                    RETURN queued;
                END $$)sql",

            // Privileges: nothing for PUBLIC; each role exactly what it needs.
            "REVOKE ALL ON FUNCTION asc_store.report_now(bigint[], text) FROM PUBLIC",
            "REVOKE ALL ON FUNCTION asc_store.bump_revision() FROM PUBLIC",
            "GRANT USAGE ON SCHEMA asc_store TO asc_helpdesk, asc_policy_author, asc_reporter",
            "GRANT SELECT ON ALL TABLES IN SCHEMA asc_store TO asc_helpdesk, asc_policy_author, asc_reporter",
            "GRANT EXECUTE ON FUNCTION asc_store.report_now(bigint[], text), asc_store.bump_revision()"
            " TO asc_helpdesk, asc_policy_author, asc_reporter",
            "GRANT INSERT ON asc_store.audit_log TO asc_helpdesk, asc_policy_author, asc_reporter",
            "GRANT INSERT, UPDATE, DELETE ON asc_store.policies TO asc_policy_author, asc_reporter",
            "GRANT INSERT, UPDATE, DELETE ON asc_store.settings TO asc_policy_author, asc_reporter",
            // The reporter also writes the policies: the MDM is their source, and a sync
            // brings them.
            "GRANT INSERT, UPDATE, DELETE ON asc_store.devices, asc_store.violations, asc_store.entra_users"
            " TO asc_reporter",
            "GRANT INSERT, UPDATE ON asc_store.report_outbox TO asc_reporter",
            "GRANT INSERT ON asc_store.report_devices, asc_store.report_history TO asc_reporter",
            "GRANT DELETE ON asc_store.report_requests TO asc_reporter",
            "GRANT INSERT, UPDATE ON asc_store.leadership TO asc_reporter",
        },
        {
            // A queued event's trigger and outcome in columns of their own, as the SQLite
            // store keeps them: data the console translates, never text to take apart.
            "ALTER TABLE asc_store.report_history ADD COLUMN trigger text",
            "ALTER TABLE asc_store.report_history ADD COLUMN outcome integer",
        },
        {
            // Consoles re-read what changed since the revision they last saw, on every
            // notification: without these indexes each of them would scan the whole fleet,
            // history and audit log several times a second during a sync. Appending keeps
            // the history and audit indexes cheap; device updates lose HOT, which the merge
            // of only changed rows keeps small.
            "CREATE INDEX devices_revision ON asc_store.devices (revision)",
            "CREATE INDEX report_outbox_revision ON asc_store.report_outbox (revision)",
            "CREATE INDEX report_history_revision ON asc_store.report_history (revision)",
            "CREATE INDEX audit_log_revision ON asc_store.audit_log (revision)",
            // A deleted row leaves no revision behind, so a console could not tell what to
            // read again. Each table keeps the last revision that deleted from it; one row
            // per table, written once per transaction, so a large delete stays one write.
            R"sql(CREATE TABLE asc_store.store_deletes (
                table_name text PRIMARY KEY,
                revision bigint NOT NULL))sql",
            "GRANT SELECT ON asc_store.store_deletes TO asc_helpdesk, asc_policy_author, asc_reporter",
            // Owner's rights, as bump_revision: every role's deletes are noted, none may write
            // the table itself.
            R"sql(CREATE OR REPLACE FUNCTION asc_store.note_delete() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
                DECLARE
                    current_revision bigint;
                BEGIN
                    current_revision := coalesce(nullif(current_setting('asc_store.revision', true), '')::bigint,
                                                 asc_store.bump_revision());
                    IF coalesce(current_setting('asc_store.deleted_' || TG_TABLE_NAME, true), '')
                           <> current_revision::text THEN
                        INSERT INTO asc_store.store_deletes (table_name, revision)
                        VALUES (TG_TABLE_NAME, current_revision)
                        ON CONFLICT (table_name) DO UPDATE SET revision = EXCLUDED.revision;
                        PERFORM set_config('asc_store.deleted_' || TG_TABLE_NAME, current_revision::text, true);
                    END IF;
                    RETURN NULL;
                END $$)sql",
        },
    };
    return all;
}

QByteArray latin1(const char *text)
{
    return QByteArray(text);
}

} // namespace

int PgSchema::latestVersion()
{
    return int(migrations().size());
}

QStringList PgSchema::roles()
{
    return {QLatin1String(kHelpdeskRole), QLatin1String(kPolicyAuthorRole), QLatin1String(kReporterRole)};
}

bool PgSchema::version(PgConnection &connection, int *version, QString *error)
{
    // 42501 insufficient_privilege: a login in none of the store's roles.
    const auto refused = [&](const PgResult &result) {
        *error = result.errorText().isEmpty() ? connection.connectionError() : result.errorText();
        if (result.sqlState() == "42501") {
            *error = tr("%1 may not read the store: it is a member of none of the roles %2. The database owner "
                        "grants one to the login, e.g. GRANT %3 TO alice; (%4)")
                         .arg(connection.displayName(), roles().join(QStringLiteral(", ")),
                              QLatin1String(kHelpdeskRole), *error);
        }
        return false;
    };
    const PgResult exists = connection.exec("SELECT to_regclass('asc_store.schema_version') IS NOT NULL");
    if (!exists.ok() || exists.rows() != 1)
        return refused(exists);
    if (exists.bytes(0, 0) != "t") {
        *version = 0;
        return true;
    }
    const PgResult result = connection.exec("SELECT coalesce(max(version), 0) FROM asc_store.schema_version");
    if (!result.ok() || result.rows() != 1)
        return refused(result);
    *version = int(result.integer(0, 0));
    return true;
}

QString PgSchema::initStoreAdvice(PgConnection &connection, const QString &uri)
{
    const PgResult owner = connection.exec(
        "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()");
    const QString ownerName = owner.ok() && owner.rows() == 1 ? owner.text(0, 0) : tr("the database owner");
    return tr("The database owner (%1) runs once: azure-status-console --headless init-store --db %2")
        .arg(ownerName, uri);
}

bool PgSchema::check(PgConnection &connection, const QString &uri, State *state, QString *message)
{
    int current = 0;
    if (!version(connection, &current, message))
        return false;
    if (current > latestVersion()) {
        *state = State::Newer;
        *message = tr("The PostgreSQL store (%1) was migrated by a newer version of this console (schema version "
                      "%2; this version knows up to %3). Use a newer console.")
                       .arg(connection.displayName())
                       .arg(current)
                       .arg(latestVersion());
        return true;
    }
    if (current < latestVersion()) {
        *state = State::NeedsMigration;
        *message = current == 0
            ? tr("The PostgreSQL database (%1) holds no store yet. %2")
                  .arg(connection.displayName(), initStoreAdvice(connection, uri))
            : tr("The PostgreSQL store (%1) is at schema version %2; this console needs version %3. %4")
                  .arg(connection.displayName())
                  .arg(current)
                  .arg(latestVersion())
                  .arg(initStoreAdvice(connection, uri));
        return true;
    }
    *state = State::Current;
    message->clear();
    return true;
}

bool PgSchema::createRoles(PgConnection &connection, const QString &uri, QStringList *created, QString *error)
{
    for (const QString &role : roles()) {
        const PgResult exists = connection.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {role.toUtf8()});
        if (!exists.ok()) {
            *error = exists.errorText();
            return false;
        }
        if (exists.rows() == 1)
            continue;
        // A role name is an identifier, not a value: it cannot be bound. These are ours.
        const PgResult create = connection.exec("CREATE ROLE " + role.toUtf8() + " NOLOGIN");
        if (!create.ok()) {
            *error = create.sqlState() == "42501"
                ? tr("%1 may not create the roles of the store (%2). A superuser runs once, in psql: CREATE ROLE %3 "
                     "NOLOGIN; for each of %4; or gives the database owner CREATEROLE. Then: %5")
                      .arg(connection.displayName(), create.errorText(), role, roles().join(QStringLiteral(", ")),
                           QStringLiteral("azure-status-console --headless init-store --db ") + uri)
                : tr("Could not create the role %1 in %2: %3").arg(role, connection.displayName(), create.errorText());
            return false;
        }
        created->append(role);
    }
    return true;
}

bool PgSchema::migrate(PgConnection &connection, const QString &uri, int *fromVersion, QStringList *created,
                       QString *error)
{
    created->clear();
    if (!version(connection, fromVersion, error))
        return false;
    if (*fromVersion > latestVersion()) {
        State state;
        check(connection, uri, &state, error);
        return false;
    }
    if (!createRoles(connection, uri, created, error))
        return false;
    for (int target = 1; target <= latestVersion(); ++target) {
        const auto fail = [&](const PgResult &result, const QString &detail) {
            *error = result.sqlState() == "42501"
                ? tr("%1 may not migrate the store: %2. %3")
                      .arg(connection.displayName(), detail, initStoreAdvice(connection, uri))
                : tr("Could not migrate the PostgreSQL store (%1) to schema version %2: %3")
                      .arg(connection.displayName())
                      .arg(target)
                      .arg(detail);
            return false;
        };
        PgTransaction transaction(connection);
        QString detail;
        if (!transaction.begin(&detail))
            return fail(PgResult(), detail);
        // Read again under the lock: another init-store may have migrated meanwhile.
        for (const char *statement :
             {"SELECT pg_advisory_xact_lock(1095975680, 2)",
              // Checked first: CREATE … IF NOT EXISTS asks for the privilege to create even
              // when the object is there, and a role that may not create still reads.
              "DO $$ BEGIN IF to_regnamespace('asc_store') IS NULL THEN CREATE SCHEMA asc_store; END IF; END $$",
              "DO $$ BEGIN IF to_regclass('asc_store.schema_version') IS NULL THEN"
              " CREATE TABLE asc_store.schema_version (version integer PRIMARY KEY, applied_ms bigint NOT NULL,"
              " applied_by text NOT NULL DEFAULT session_user); END IF; END $$"}) {
            const PgResult result = connection.exec(latin1(statement));
            if (!result.ok())
                return fail(result, result.errorText());
        }
        const PgResult current = connection.exec("SELECT coalesce(max(version), 0) FROM asc_store.schema_version");
        if (!current.ok())
            return fail(current, current.errorText());
        if (current.integer(0, 0) >= target)
            continue;
        for (const char *statement : migrations().at(target - 1)) {
            const PgResult result = connection.exec(latin1(statement));
            if (!result.ok())
                return fail(result, result.errorText());
        }
        const PgResult record = connection.exec(
            "INSERT INTO asc_store.schema_version (version, applied_ms) VALUES ($1, $2)",
            {QByteArray::number(target), QByteArray::number(QDateTime::currentMSecsSinceEpoch())});
        if (!record.ok())
            return fail(record, record.errorText());
        if (!transaction.commit(&detail))
            return fail(PgResult(), detail);
    }
    return true;
}

bool PgSchema::privileges(PgConnection &connection, Privileges *privileges, QString *error)
{
    const PgResult result = connection.exec(
        "SELECT has_table_privilege('asc_store.devices', 'SELECT'),"
        " has_table_privilege('asc_store.devices', 'INSERT, UPDATE'),"
        " has_table_privilege('asc_store.policies', 'INSERT, UPDATE'),"
        " has_table_privilege('asc_store.report_outbox', 'INSERT, UPDATE'),"
        " has_function_privilege('asc_store.report_now(bigint[], text)', 'EXECUTE')");
    if (!result.ok() || result.rows() != 1) {
        *error = result.errorText().isEmpty() ? connection.connectionError() : result.errorText();
        return false;
    }
    const auto flag = [&](int column) { return result.bytes(0, column) == "t"; };
    privileges->readStore = flag(0);
    privileges->writeDevices = flag(1);
    privileges->writePolicies = flag(2);
    privileges->writeOutbox = flag(3);
    privileges->queueReportNow = flag(4);
    return true;
}
