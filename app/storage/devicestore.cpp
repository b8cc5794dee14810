#include "app/storage/devicestore.h"

#include "app/storage/sqltransaction.h"

#include "models/devicetable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>
#include <QThreadStorage>

#include <sqlite3.h>

namespace {

// Migration n is migrations()[n - 1]. Never edit a released migration: add a new one.
const QList<QStringList> &migrations()
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
    };
    return all;
}

const QString kCreateSchemaVersion = QStringLiteral(
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_ms INTEGER NOT NULL)");

// The columns readDevice() expects, in this order.
enum DeviceColumn
{
    ColId,
    ColGuid,
    ColName,
    ColUser,
    ColPlatform,
    ColOsVersion,
    ColModel,
    ColManufacturer,
    ColSerial,
    ColImei,
    ColLastCheckin,
    ColRegistrationState,
    ColJailbroken,
    ColQuarantined,
    ColAzureDeviceId,
    ColClientStatus,
    ColComplianceStatus,
    ColReportTime,
    ColReportError,
    ColUserPrincipalName,
    ColEntraUserId,
    ColEntraUserState,
    ColEasIds,
    ColRegistered,
    ColUpdated, // written, not read back
    DeviceColumnCount
};

const QString kDeviceColumns = QStringLiteral(
    "id, guid, name, \"user\", platform, os_version, model, manufacturer, serial, imei, last_checkin_ms,"
    " registration_state, jailbroken, quarantined, azure_device_id, client_status, compliance_status,"
    " report_time_ms, report_error, user_principal_name, entra_user_id, entra_user_state, eas_ids,"
    " registered_ms");

// The columns both upserts write, and what a sync from the MDM updates: the inventory,
// the device-side Azure fields (id, client status) and the device's Entra user.
#define ASC_DEVICE_INSERT \
    "INSERT INTO devices (id, guid, name, \"user\", platform, os_version, model, manufacturer, serial, imei," \
    " last_checkin_ms, registration_state, jailbroken, quarantined, azure_device_id, client_status," \
    " compliance_status, report_time_ms, report_error, user_principal_name, entra_user_id, entra_user_state," \
    " eas_ids, registered_ms, updated_ms)" \
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" \
    " ON CONFLICT(id) DO UPDATE SET guid = excluded.guid, name = excluded.name, \"user\" = excluded.\"user\"," \
    " platform = excluded.platform, os_version = excluded.os_version, model = excluded.model," \
    " manufacturer = excluded.manufacturer, serial = excluded.serial, imei = excluded.imei," \
    " last_checkin_ms = excluded.last_checkin_ms, registration_state = excluded.registration_state," \
    " jailbroken = excluded.jailbroken, quarantined = excluded.quarantined," \
    " azure_device_id = excluded.azure_device_id, client_status = excluded.client_status," \
    " user_principal_name = excluded.user_principal_name, entra_user_id = excluded.entra_user_id," \
    " entra_user_state = excluded.entra_user_state, eas_ids = excluded.eas_ids," \
    " registered_ms = excluded.registered_ms, updated_ms = excluded.updated_ms"

const QString kUpsertDevice = QStringLiteral(ASC_DEVICE_INSERT
    ", compliance_status = excluded.compliance_status, report_time_ms = excluded.report_time_ms,"
    " report_error = excluded.report_error");

// A sync never changes our own reporting state: compliance status, Report Time and error.
const QString kUpsertInventory = QStringLiteral(ASC_DEVICE_INSERT);
#undef ASC_DEVICE_INSERT

// EAS ids are kept as one text, separated by a character no id holds.
constexpr QChar kEasIdSeparator = QChar(0x1e);

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Fills every field but the violations.
// Moves the violations of *device from a query ordered by (device_id, policy_id) that is
// positioned at or before them; *haveRow tracks whether the query still has a row.
void takeViolations(QSqlQuery &violations, bool *haveRow, DeviceRecord *device)
{
    device->violations.clear();
    while (*haveRow) {
        const qint64 owner = violations.value(0).toLongLong();
        if (owner > device->id)
            break;
        if (owner == device->id)
            device->violations.append(Violation { violations.value(1).toLongLong(), timeFrom(violations.value(2)) });
        *haveRow = violations.next();
    }
}

void readDevice(const QSqlQuery &query, DeviceRecord *device)
{
    device->id = query.value(ColId).toLongLong();
    const QVariant guid = query.value(ColGuid);
    device->guid = guid.isNull() ? QUuid() : QUuid::fromString(guid.toString());
    device->name = query.value(ColName).toString();
    device->user = query.value(ColUser).toString();
    device->platform = Platforms::fromWire(query.value(ColPlatform).toString());
    device->osVersion = query.value(ColOsVersion).toString();
    device->model = query.value(ColModel).toString();
    device->manufacturer = query.value(ColManufacturer).toString();
    device->serialNumber = query.value(ColSerial).toString();
    device->imei = query.value(ColImei).toString();
    device->lastCheckin = timeFrom(query.value(ColLastCheckin));
    device->registrationState = query.value(ColRegistrationState).toString();
    device->jailbroken = query.value(ColJailbroken).toInt() != 0;
    device->quarantined = query.value(ColQuarantined).toInt() != 0;
    const QVariant azureId = query.value(ColAzureDeviceId);
    // A malformed id in the file shows as blank rather than failing the whole list.
    AzureDeviceId parsedId;
    if (!azureId.isNull())
        AzureDeviceId::parse(azureId.toString(), &parsedId);
    device->azureDeviceId = parsedId;
    device->clientStatus = AzureClientStatus::fromWire(query.value(ColClientStatus).toString());
    device->complianceStatus
        = AzureComplianceStatus::fromStorageName(query.value(ColComplianceStatus).toString());
    device->reportTime = timeFrom(query.value(ColReportTime));
    device->reportError = query.value(ColReportError).toString();
    device->userPrincipalName = query.value(ColUserPrincipalName).toString();
    const QVariant userId = query.value(ColEntraUserId);
    device->entraUserId = userId.isNull() ? QUuid() : QUuid::fromString(userId.toString());
    const int userState = query.value(ColEntraUserState).toInt();
    device->entraUserState = userState >= 0 && userState <= int(EntraUserState::NoUser) ? EntraUserState(userState)
                                                                                        : EntraUserState::NotLookedUp;
    // A state that says known without an id (a damaged row) is not known.
    if (device->entraUserState == EntraUserState::Known && device->entraUserId.isNull())
        device->entraUserState = EntraUserState::NotLookedUp;
    const QString easIds = query.value(ColEasIds).toString();
    device->easIds = easIds.isEmpty() ? QStringList() : easIds.split(kEasIdSeparator);
    device->registeredAt = timeFrom(query.value(ColRegistered));
}


// Connections made on threads other than the main one are removed when their thread
// finishes, since only the thread that made a connection may remove it cleanly.
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};

QThreadStorage<ThreadConnections *> &threadConnections()
{
    static QThreadStorage<ThreadConnections *> storage;
    return storage;
}

std::atomic<quint64> s_nextInstance { 1 };

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// For NOT NULL text columns: a null QString would be bound as SQL NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

DeviceStore::DeviceStore(const QString &path)
    : m_path(path)
    , m_instance(s_nextInstance.fetch_add(1))
    , m_ownerThread(QThread::currentThread())
{
}

DeviceStore::~DeviceStore()
{
    // Best effort: only the owning thread's connection can be removed here; those of
    // worker threads go when their thread finishes.
    if (QThread::currentThread() != m_ownerThread)
        return;
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

QString DeviceStore::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/devices.sqlite");
}

int DeviceStore::latestSchemaVersion()
{
    return int(migrations().size());
}

QString DeviceStore::connectionName() const
{
    const auto thread = reinterpret_cast<quintptr>(QThread::currentThreadId());
    return QStringLiteral("DeviceStore/%1/%2/%3")
        .arg(QString::number(m_instance), QString::number(thread, 16), m_path);
}

QString DeviceStore::nativePath() const
{
    return QDir::toNativeSeparators(m_path);
}

QSqlDatabase DeviceStore::database() const
{
    const QString name = connectionName();
    QSqlDatabase db;
    if (QSqlDatabase::contains(name)) {
        db = QSqlDatabase::database(name, false);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        const QCoreApplication *app = QCoreApplication::instance();
        if (!app || QThread::currentThread() != app->thread()) {
            QThreadStorage<ThreadConnections *> &storage = threadConnections();
            if (!storage.hasLocalData())
                storage.setLocalData(new ThreadConnections);
            storage.localData()->names.append(name);
        }
    }
    if (db.isOpen() || !db.open())
        return db;
    // Per connection settings. None of them writes to the file, so a file that open() is
    // about to refuse stays as it was.
    QSqlQuery query(db);
    for (const QString &pragma : { QStringLiteral("PRAGMA foreign_keys = ON"),
             QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA synchronous = FULL") }) {
        if (!query.exec(pragma)) {
            query.finish();
            db.close();
            break;
        }
    }
    return db;
}

bool DeviceStore::connection(QSqlDatabase *db, QString *error) const
{
    if (!m_open.load()) {
        setError(error, tr("The device database %1 is not open.").arg(nativePath()));
        return false;
    }
    *db = database();
    if (!db->isOpen()) {
        setError(error,
            tr("Could not open the device database %1: %2").arg(nativePath(), errorText(db->lastError())));
        return false;
    }
    return true;
}

bool DeviceStore::open(QString *error)
{
    return open(error, latestSchemaVersion());
}

bool DeviceStore::open(QString *error, int targetVersion)
{
    if (m_open.load())
        return true;

    // Checked before SQLite sees the file, so that nothing is ever written to a file that
    // is not a database.
    QFile file(m_path);
    if (file.exists() && file.size() > 0) {
        if (!file.open(QIODevice::ReadOnly)) {
            setError(
                error, tr("Could not read the device database %1: %2").arg(nativePath(), file.errorString()));
            return false;
        }
        if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
            setError(error,
                tr("%1 is not a device database: it is not an SQLite file. Nothing was changed.")
                    .arg(nativePath()));
            return false;
        }
        file.close();
    }

    QSqlDatabase db = database();
    if (!db.isOpen()) {
        QString cause = errorText(db.lastError());
        // A store on a read-only file system (or in a folder the user may not write): SQLite
        // cannot create the -shm file that write-ahead logging needs even to read, and says
        // nothing useful.
        const QString folder = QFileInfo(m_path).absolutePath();
        if (file.exists() && !QFileInfo(folder).isWritable() && !QFile::exists(m_path + QStringLiteral("-shm"))) {
            cause = tr("its folder %1 is read-only, and the database needs to create %2 there even to be read. "
                       "Make the folder writable, or copy the file to a folder you may write to and start with "
                       "--db and the copy.")
                        .arg(QDir::toNativeSeparators(folder),
                            QDir::toNativeSeparators(QFileInfo(m_path).fileName() + QStringLiteral("-shm")));
        }
        setError(error, tr("Could not open the device database %1: %2").arg(nativePath(), cause));
        return false;
    }
    const auto refuse = [&](const QString &message) {
        db.close();
        setError(error, message);
        return false;
    };
    const auto damaged = [&](const QSqlQuery &query) {
        return refuse(
            tr("%1 is not a usable device database (damaged, or not SQLite): %2. Nothing was changed.")
                .arg(nativePath(), errorText(query.lastError())));
    };

    // Reading the schema first proves the file is readable SQLite before anything is written.
    int current = 0;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"))
            || !query.next()) {
            return damaged(query);
        }
        if (query.value(0).toInt() > 0) {
            if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"))
                || !query.next()) {
                return damaged(query);
            }
            current = query.value(0).toInt();
        }
    }
    if (current > latestSchemaVersion()) {
        return refuse(
            tr("%1 was written by a newer version of this console (schema version %2; this version "
               "knows up to %3). Nothing was changed: use a newer console or another database file.")
                .arg(nativePath(), QString::number(current), QString::number(latestSchemaVersion())));
    }

    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            return refuse(tr("Could not switch %1 to write-ahead logging: %2")
                              .arg(nativePath(), errorText(query.lastError())));
        }
    }
    if (!migrate(db, current, targetVersion, error)) {
        db.close();
        return false;
    }
    // A read-only file (or one another program keeps locked) still opens for reading; say
    // now that nothing can be written, rather than at the first sync. The probe writes a
    // row and rolls it back: the file is not changed.
    {
        SqlTransaction probe(db);
        QString detail;
        QSqlQuery query(db);
        if (!probe.begin(SqlTransaction::Write, &detail)
            || !query.exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('store/writable', '1')"))) {
            if (detail.isEmpty())
                detail = errorText(query.lastError());
            m_writeProblem = tr("The device database %1 can be read but not written: %2").arg(nativePath(), detail);
        }
    }
    m_open.store(true);
    return true;
}

bool DeviceStore::migrate(QSqlDatabase &db, int fromVersion, int toVersion, QString *error)
{
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        const auto fail = [&](const QString &detail) {
            setError(error,
                tr("Could not migrate %1 to schema version %2: %3")
                    .arg(nativePath(), QString::number(version), detail));
            return false;
        };
        QString detail;
        SqlTransaction transaction(db);
        if (!transaction.begin(SqlTransaction::Write, &detail))
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

int DeviceStore::schemaVersion() const
{
    QSqlDatabase db;
    if (!connection(&db, nullptr))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

namespace {
// A statement on SQLite's own handle, finalized when it goes out of scope.
struct Statement
{
    sqlite3_stmt *handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
    // Compiled once, run for every row. False: sqliteErrorText says why.
    bool prepare(sqlite3 *sqlite, const QString &sql)
    {
        return sqlite3_prepare_v2(sqlite, sql.toUtf8().constData(), -1, &handle, nullptr) == SQLITE_OK;
    }
};

// The connection's own SQLite handle, for the hot paths that skip QSqlQuery's QVariants;
// null with *problem set when the driver does not give one.
sqlite3 *sqliteHandle(const QSqlDatabase &db, QString *problem)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    *problem = QCoreApplication::translate("DeviceStore", "the database driver gives no SQLite handle");
    return nullptr;
}

// SQLite's last error on the handle, with what the user can do about it.
QString sqliteErrorText(sqlite3 *sqlite)
{
    return errorText(QString::fromUtf8(sqlite3_errmsg(sqlite)), sqlite3_errcode(sqlite));
}

// Binds by index through SQLite's C API, with the values QSqlQuery::bindValue gave: a null
// QString is NULL, an empty one ''. Texts are converted to UTF-8 into buffers kept from one
// row to the next (ASCII is copied byte by byte), and bound without a copy.
class RowBinder final
{
public:
    explicit RowBinder(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }

    bool text(int column, const QString &value)
    {
        if (value.isNull())
            return null(column);
        QByteArray &buffer = m_buffers[column];
        const qsizetype size = value.size();
        buffer.resize(size);
        char *out = buffer.data();
        const QChar *in = value.constData();
        qsizetype i = 0;
        for (; i < size && in[i].unicode() < 0x80; ++i)
            out[i] = char(in[i].unicode());
        if (i < size)
            buffer = value.toUtf8();
        return sqlite3_bind_text(m_statement, column + 1, buffer.constData(), int(buffer.size()), SQLITE_STATIC)
            == SQLITE_OK;
    }
    bool textOrNull(int column, const QString &value) { return value.isEmpty() ? null(column) : text(column, value); }
    bool integer(int column, qint64 value) { return sqlite3_bind_int64(m_statement, column + 1, value) == SQLITE_OK; }
    bool msecsOrNull(int column, const QDateTime &time)
    {
        return time.isValid() ? integer(column, time.toMSecsSinceEpoch()) : null(column);
    }
    bool null(int column) { return sqlite3_bind_null(m_statement, column + 1) == SQLITE_OK; }

private:
    sqlite3_stmt *m_statement;
    QByteArray m_buffers[DeviceColumnCount];
};

bool bindDevice(RowBinder &bind, const DeviceRecord &device, qint64 updatedMsecs)
{
    // The raw client status wire text, so that a code this build does not know survives a
    // round trip.
    return bind.integer(ColId, device.id)
        && (device.guid.isNull() ? bind.null(ColGuid)
                                 : bind.text(ColGuid, device.guid.toString(QUuid::WithoutBraces)))
        && bind.text(ColName, device.name) && bind.text(ColUser, device.user)
        && bind.textOrNull(ColPlatform, Platforms::wireName(device.platform))
        && bind.text(ColOsVersion, device.osVersion) && bind.text(ColModel, device.model)
        && bind.text(ColManufacturer, device.manufacturer) && bind.text(ColSerial, device.serialNumber)
        && bind.text(ColImei, device.imei) && bind.msecsOrNull(ColLastCheckin, device.lastCheckin)
        && bind.text(ColRegistrationState, device.registrationState)
        && bind.integer(ColJailbroken, int(device.jailbroken))
        && bind.integer(ColQuarantined, int(device.quarantined))
        && bind.textOrNull(ColAzureDeviceId, device.azureDeviceId.toString())
        && bind.textOrNull(ColClientStatus, device.clientStatus.wireName())
        && bind.textOrNull(ColComplianceStatus, AzureComplianceStatus::storageName(device.complianceStatus))
        && bind.msecsOrNull(ColReportTime, device.reportTime) && bind.text(ColReportError, device.reportError)
        && bind.textOrNull(ColUserPrincipalName, device.userPrincipalName)
        && (device.entraUserId.isNull() ? bind.null(ColEntraUserId)
                                        : bind.text(ColEntraUserId, device.entraUserId.toString(QUuid::WithoutBraces)))
        && bind.integer(ColEntraUserState, int(device.entraUserState))
        && bind.textOrNull(ColEasIds, device.easIds.join(kEasIdSeparator))
        && bind.msecsOrNull(ColRegistered, device.registeredAt) && bind.integer(ColUpdated, updatedMsecs);
}
} // namespace

bool DeviceStore::upsertDevices(
    const QList<DeviceRecord> &devices, QString *error, UpsertMode mode, const std::function<bool(QString *)> &alsoWrite)
{
    QSqlDatabase db;
    if (!connection(&db, error))
        return false;
    const auto fail = [&](const QString &detail) {
        setError(error, tr("Could not write devices to %1: %2").arg(nativePath(), detail));
        return false;
    };
    // Every sync writes each device through here: bound by index on SQLite's own handle,
    // which costs a fraction of QSqlQuery::bindValue's QVariants and placeholder names.
    QString detail;
    sqlite3 *sqlite = sqliteHandle(db, &detail);
    if (!sqlite)
        return fail(detail);
    SqlTransaction transaction(db);
    if (!transaction.begin(SqlTransaction::Write, &detail))
        return fail(detail);
    Statement upsert;
    Statement clearAllViolations;
    Statement clearViolations;
    Statement addViolation;
    if (!upsert.prepare(sqlite, mode == UpsertMode::InventoryOnly ? kUpsertInventory : kUpsertDevice)
        || !clearAllViolations.prepare(
            sqlite, QStringLiteral("DELETE FROM violations WHERE device_id IN (SELECT value FROM json_each(?))"))
        || !clearViolations.prepare(sqlite, QStringLiteral("DELETE FROM violations WHERE device_id = ?"))
        || !addViolation.prepare(sqlite,
            QStringLiteral("INSERT INTO violations (device_id, policy_id, since_ms) VALUES (?, ?, ?)")))
        return fail(sqliteErrorText(sqlite));

    // Runs a bound statement to its end and resets it for the next row.
    const auto run = [](sqlite3_stmt *statement) {
        const int code = sqlite3_step(statement);
        sqlite3_reset(statement);
        return code == SQLITE_DONE;
    };
    // The devices' old violations go in one statement, not one per device; a device listed
    // twice has its first list cleared again, so that its last record wins, as it would
    // one device at a time.
    QByteArray ids;
    ids.reserve(devices.size() * 8 + 2);
    ids += '[';
    for (const DeviceRecord &device : devices) {
        if (ids.size() > 1)
            ids += ',';
        ids += QByteArray::number(device.id);
    }
    ids += ']';
    if (sqlite3_bind_text(clearAllViolations.handle, 1, ids.constData(), int(ids.size()), SQLITE_STATIC) != SQLITE_OK
        || !run(clearAllViolations.handle))
        return fail(sqliteErrorText(sqlite));
    QSet<qint64> written;
    written.reserve(devices.size());
    RowBinder bindUpsert(upsert.handle);
    RowBinder bindViolation(addViolation.handle);
    const qint64 nowMsecs = QDateTime::currentMSecsSinceEpoch();
    for (const DeviceRecord &device : devices) {
        const auto deviceFailure = [&] {
            setError(error,
                tr("Could not write device %1 to %2: %3. Nothing was written.")
                    .arg(QString::number(device.id), nativePath(), sqliteErrorText(sqlite)));
            return false;
        };
        if (!bindDevice(bindUpsert, device, nowMsecs) || !run(upsert.handle))
            return deviceFailure();
        if (written.contains(device.id)
            && (sqlite3_bind_int64(clearViolations.handle, 1, device.id) != SQLITE_OK || !run(clearViolations.handle)))
            return deviceFailure();
        written.insert(device.id);
        for (const Violation &violation : device.violations) {
            if (!bindViolation.integer(0, device.id) || !bindViolation.integer(1, violation.policyId)
                || !bindViolation.msecsOrNull(2, violation.since) || !run(addViolation.handle))
                return deviceFailure();
        }
    }
    if (alsoWrite && !alsoWrite(error))
        return false;
    if (!transaction.commit(&detail))
        return fail(detail);
    return true;
}

std::optional<DeviceRecord> DeviceStore::loadDevice(qint64 id, QString *error) const
{
    QSqlDatabase db;
    if (!connection(&db, error))
        return std::nullopt;
    const auto fail = [&](const QString &detail) {
        setError(
            error, tr("Could not read device %1 from %2: %3").arg(QString::number(id), nativePath(), detail));
        return std::nullopt;
    };
    QString detail;
    SqlTransaction transaction(db);
    if (!transaction.begin(SqlTransaction::Read, &detail))
        return fail(detail);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT ") + kDeviceColumns + QStringLiteral(" FROM devices WHERE id = ?")))
        return fail(errorText(query.lastError()));
    query.bindValue(0, id);
    if (!query.exec())
        return fail(errorText(query.lastError()));
    if (!query.next()) {
        setError(error, tr("There is no device with id %1 in %2.").arg(QString::number(id), nativePath()));
        return std::nullopt;
    }
    DeviceRecord device;
    readDevice(query, &device);
    query.finish();

    if (!query.prepare(QStringLiteral(
            "SELECT policy_id, since_ms FROM violations WHERE device_id = ? ORDER BY policy_id")))
        return fail(errorText(query.lastError()));
    query.bindValue(0, id);
    if (!query.exec())
        return fail(errorText(query.lastError()));
    while (query.next())
        device.violations.append(Violation { query.value(0).toLongLong(), timeFrom(query.value(1)) });
    query.finish();
    transaction.commit(&detail);
    return device;
}

int DeviceStore::deviceCount(QString *error) const
{
    QSqlDatabase db;
    if (!connection(&db, error))
        return -1;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM devices")) || !query.next()) {
        setError(error,
            tr("Could not count the devices in %1: %2").arg(nativePath(), errorText(query.lastError())));
        return -1;
    }
    return query.value(0).toInt();
}

namespace {
QByteArrayView columnBytes(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(statement, column)) : QByteArrayView();
}

// timeFrom() in epoch milliseconds: 0 for NULL.
qint64 msecsFrom(sqlite3_stmt *statement, int column)
{
    if (sqlite3_column_type(statement, column) == SQLITE_NULL)
        return 0;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(statement, column), Qt::UTC);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// What readDevice() makes of a text column, decided once per distinct text.
template<typename T>
class TextCache
{
public:
    template<typename Make>
    const T &value(QByteArrayView bytes, Make make)
    {
        if (bytes == m_lastBytes && m_last)
            return *m_last;
        auto it = m_values.find(bytes.toByteArray());
        if (it == m_values.end())
            it = m_values.insert(bytes.toByteArray(), make(QString::fromUtf8(bytes)));
        m_lastBytes = it.key();
        m_last = &it.value();
        return *m_last;
    }

private:
    QHash<QByteArray, T> m_values;
    QByteArray m_lastBytes;
    const T *m_last = nullptr;
};
} // namespace

bool DeviceStore::loadTable(DeviceTable *table, const QHash<qint64, CompliancePolicy> &policies,
    const QDateTime &now, QString *error, const std::function<bool(int done, int total)> &progress) const
{
    QSqlDatabase db;
    if (!connection(&db, error))
        return false;
    const auto fail = [&](const QString &detail) {
        setError(error, tr("Could not read the device list from %1: %2").arg(nativePath(), detail));
        return false;
    };
    // A million rows are read through SQLite's own API on the connection's handle: no
    // QVariant per cell, texts copied as UTF-8 straight into the table's columns.
    QString detail;
    sqlite3 *sqlite = sqliteHandle(db, &detail);
    if (!sqlite)
        return fail(detail);

    // One read transaction: the count, the devices and the violations are one snapshot.
    SqlTransaction transaction(db);
    if (!transaction.begin(SqlTransaction::Read, &detail))
        return fail(detail);

    int total = 0;
    {
        Statement count;
        if (!count.prepare(sqlite, QStringLiteral("SELECT COUNT(*) FROM devices"))
            || sqlite3_step(count.handle) != SQLITE_ROW)
            return fail(sqliteErrorText(sqlite));
        total = sqlite3_column_int(count.handle, 0);
    }
    enum { Id, Name, User, PlatformText, OsVersion, Model, Serial, LastCheckin, AzureId, ClientStatus,
           ComplianceStatus, ReportTime, ReportError, UserState };
    Statement devices;
    if (!devices.prepare(sqlite,
                 QStringLiteral("SELECT id, name, \"user\", platform, os_version, model, serial, last_checkin_ms,"
                 " azure_device_id, client_status, compliance_status, report_time_ms, report_error,"
                 " CASE WHEN entra_user_state = 0 AND entra_user_id IS NULL THEN 1 ELSE entra_user_state END"
                 " FROM devices ORDER BY id")))
        return fail(sqliteErrorText(sqlite));
    Statement violations;
    if (!violations.prepare(sqlite,
                 QStringLiteral("SELECT device_id, policy_id, since_ms FROM violations ORDER BY device_id, policy_id")))
        return fail(sqliteErrorText(sqlite));

    DeviceTable loaded;
    loaded.reserve(total);
    TextCache<Platform> platforms;
    TextCache<quint32> interned[2]; // os version, model
    TextCache<std::pair<AzureClientStatus::Code, quint32>> clientStatuses;
    TextCache<AzureComplianceStatus::Value> complianceStatuses;
    QList<Violation> deviceViolations; // reused, so it keeps its capacity
    int violationStep = sqlite3_step(violations.handle);
    int done = 0;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(devices.handle)) == SQLITE_ROW) {
        sqlite3_stmt *d = devices.handle;
        DeviceTable::RawRow row;
        row.id = sqlite3_column_int64(d, Id);
        row.name = columnBytes(d, Name);
        row.user = columnBytes(d, User);
        row.serial = columnBytes(d, Serial);
        row.reportError = columnBytes(d, ReportError);
        row.platform = platforms.value(columnBytes(d, PlatformText),
                                       [](const QString &text) { return Platforms::fromWire(text); });
        const auto intern = [&loaded](const QString &text) { return loaded.intern(text); };
        row.osVersion = interned[0].value(columnBytes(d, OsVersion), intern);
        row.model = interned[1].value(columnBytes(d, Model), intern);
        row.lastCheckinMsecs = msecsFrom(d, LastCheckin);
        if (sqlite3_column_type(d, AzureId) != SQLITE_NULL) {
            // As AzureDeviceId::parse: a malformed id shows as blank.
            const QByteArrayView text = columnBytes(d, AzureId);
            AzureDeviceId parsed;
            if (text.size() == 36)
                row.azureId = QUuid::fromString(QLatin1StringView(text.data(), text.size()));
            else if (AzureDeviceId::parse(QString::fromUtf8(text), &parsed))
                row.azureId = parsed.uuid();
        }
        const auto [code, raw] = clientStatuses.value(columnBytes(d, ClientStatus), [&loaded](const QString &text) {
            const AzureClientStatus status = AzureClientStatus::fromWire(text);
            return std::pair(status.code(), status.isKnown() ? 0u : loaded.intern(status.wireName()));
        });
        row.clientCode = code;
        row.clientRaw = raw;
        row.complianceStatus
            = complianceStatuses.value(columnBytes(d, ComplianceStatus), [](const QString &text) {
            return AzureComplianceStatus::fromStorageName(text);
        });
        row.reportTimeMsecs = msecsFrom(d, ReportTime);
        const int userState = sqlite3_column_int(d, UserState);
        row.entraUserState = userState >= 0 && userState <= int(EntraUserState::NoUser) ? EntraUserState(userState)
                                                                                       : EntraUserState::NotLookedUp;

        // Both queries are ordered by device id, so one pass merges them.
        deviceViolations.clear();
        while (violationStep == SQLITE_ROW) {
            const qint64 owner = sqlite3_column_int64(violations.handle, 0);
            if (owner > row.id)
                break;
            if (owner == row.id) {
                sqlite3_stmt *v = violations.handle;
                deviceViolations.append(Violation{sqlite3_column_int64(v, 1),
                                                  sqlite3_column_type(v, 2) == SQLITE_NULL
                                                      ? QDateTime()
                                                      : QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(v, 2),
                                                                                       Qt::UTC)});
            }
            violationStep = sqlite3_step(violations.handle);
        }
        row.action = ComplianceEvaluator::evaluate(deviceViolations, policies, now).action;
        loaded.appendRaw(row);
        ++done;
        if (progress && done % 10000 == 0 && !progress(done, total)) {
            setError(error, tr("Loading the device list was cancelled."));
            return false;
        }
    }
    if (step != SQLITE_DONE)
        return fail(sqliteErrorText(sqlite));
    if (violationStep != SQLITE_DONE && violationStep != SQLITE_ROW)
        return fail(sqliteErrorText(sqlite));
    transaction.commit(&detail);
    if (progress && done % 10000 != 0)
        progress(done, total);
    *table = std::move(loaded);
    return true;
}

bool DeviceStore::complianceStatusCounts(QHash<AzureComplianceStatus::Value, int> *counts, QString *error) const
{
    QSqlDatabase db;
    if (!connection(&db, error))
        return false;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT compliance_status, COUNT(*) FROM devices GROUP BY compliance_status"))) {
        setError(error, tr("Could not count the devices in %1: %2").arg(nativePath(), errorText(query.lastError())));
        return false;
    }
    counts->clear();
    while (query.next())
        (*counts)[AzureComplianceStatus::fromStorageName(query.value(0).toString())] += query.value(1).toInt();
    return true;
}

QList<qint64> DeviceStore::deviceIds(QString *error) const
{
    QList<qint64> ids;
    QSqlDatabase db;
    if (!connection(&db, error))
        return ids;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM devices ORDER BY id"))) {
        setError(error, tr("Could not read device ids from %1: %2").arg(nativePath(), errorText(query.lastError())));
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

bool DeviceStore::forEachDevice(const QList<qint64> &ids,
    const std::function<bool(const DeviceRecord &, const ReportState &)> &visit, QString *error) const
{
    return readDevices(ids, true, visit, error);
}

bool DeviceStore::forEachReportState(const QList<qint64> &ids,
    const std::function<bool(const DeviceRecord &, const ReportState &)> &visit, QString *error) const
{
    return readDevices(ids, false, visit, error);
}

bool DeviceStore::readDevices(const QList<qint64> &ids, bool wholeRecords,
    const std::function<bool(const DeviceRecord &, const ReportState &)> &visit, QString *error) const
{
    // Long id lists go in chunks, each one JSON array bound to one parameter. Binding
    // each id costs more: Qt's SQLite driver turns each '?' into a named parameter, and
    // SQLite finds a name by walking its list, so binding grew with the square of the id
    // count (a fifth of a sync's time with 500-id pages); ids written into the statement
    // as numbers cost SQLite's parser more than the read itself.
    constexpr qsizetype kMaxIds = 1000;
    if (ids.size() > kMaxIds) {
        bool go = true;
        const auto visitUntilStopped = [&](const DeviceRecord &device, const ReportState &state) {
            go = visit(device, state);
            return go;
        };
        for (qsizetype first = 0; first < ids.size() && go; first += kMaxIds) {
            if (!readDevices(ids.mid(first, kMaxIds), wholeRecords, visitUntilStopped, error))
                return false;
        }
        return true;
    }
    QSqlDatabase db;
    if (!connection(&db, error))
        return false;
    const auto fail = [&](const QString &detail) {
        setError(error, tr("Could not read devices from %1: %2").arg(nativePath(), detail));
        return false;
    };
    QString detail;
    SqlTransaction transaction(db);
    if (!transaction.begin(SqlTransaction::Read, &detail))
        return fail(detail);
    QString where;
    QString idArray;
    if (!ids.isEmpty()) {
        where = QStringLiteral(" IN (SELECT value FROM json_each(?))");
        idArray.reserve(ids.size() * 8 + 2);
        idArray += QLatin1Char('[');
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (i > 0)
                idArray += QLatin1Char(',');
            idArray += QString::number(ids[i]);
        }
        idArray += QLatin1Char(']');
    }
    QSqlQuery devices(db);
    devices.setForwardOnly(true);
    QSqlQuery violations(db);
    violations.setForwardOnly(true);
    if (!devices.prepare(QStringLiteral("SELECT ") + (wholeRecords ? kDeviceColumns : QStringLiteral("id"))
            + QStringLiteral(", reported_outcome, reported_fingerprint FROM devices")
            + (where.isEmpty() ? QString() : QStringLiteral(" WHERE id") + where) + QStringLiteral(" ORDER BY id"))
        || !violations.prepare(QStringLiteral("SELECT device_id, policy_id, since_ms FROM violations")
            + (where.isEmpty() ? QString() : QStringLiteral(" WHERE device_id") + where)
            + QStringLiteral(" ORDER BY device_id, policy_id")))
        return fail(errorText(db.lastError()));
    if (!ids.isEmpty()) {
        devices.bindValue(0, idArray);
        violations.bindValue(0, idArray);
    }
    if (!devices.exec())
        return fail(errorText(devices.lastError()));
    if (!violations.exec())
        return fail(errorText(violations.lastError()));
    DeviceRecord device;
    ReportState state;
    bool haveViolation = violations.next();
    // kDeviceColumns stops before updated_ms, so the report state follows at its place.
    const int stateColumn = wholeRecords ? int(ColUpdated) : 1;
    while (devices.next()) {
        if (wholeRecords)
            readDevice(devices, &device);
        else
            device.id = devices.value(0).toLongLong();
        const QVariant outcome = devices.value(stateColumn);
        state.reportedOutcome = outcome.isNull() ? std::nullopt
                                                 : std::optional<AzureOutcome>(AzureOutcome(outcome.toInt()));
        state.reportedFingerprint = devices.value(stateColumn + 1).toString();
        takeViolations(violations, &haveViolation, &device);
        if (!visit(device, state))
            break;
    }
    if (devices.lastError().isValid())
        return fail(errorText(devices.lastError()));
    devices.finish();
    violations.finish();
    transaction.commit(&detail);
    return true;
}

bool DeviceStore::upsertPolicies(const QList<CompliancePolicy> &policies, QString *error)
{
    for (const CompliancePolicy &policy : policies) {
        if (policy.id <= 0) {
            setError(error, tr("Policy \"%1\" has no id.").arg(policy.name));
            return false;
        }
        const QString problem = policy.validate();
        if (!problem.isEmpty()) {
            setError(error, problem);
            return false;
        }
    }
    QSqlDatabase db;
    if (!connection(&db, error))
        return false;
    const auto fail = [&](const QString &detail) {
        setError(error, tr("Could not write policies to %1: %2").arg(nativePath(), detail));
        return false;
    };
    QString detail;
    SqlTransaction transaction(db);
    if (!transaction.begin(SqlTransaction::Write, &detail))
        return fail(detail);
    QSqlQuery query(db);
    if (!query.prepare(
            QStringLiteral("INSERT INTO policies (id, name, rule, parameter, steps_json)"
                           " VALUES (?, ?, ?, ?, ?)"
                           " ON CONFLICT(id) DO UPDATE SET name = excluded.name, rule = excluded.rule,"
                           " parameter = excluded.parameter, steps_json = excluded.steps_json")))
        return fail(errorText(query.lastError()));
    for (const CompliancePolicy &policy : policies) {
        QJsonArray steps;
        for (const PolicyStep &step : policy.steps) {
            steps.append(
                QJsonObject { { QStringLiteral("action"), ComplianceActions::storageName(step.action) },
                    { QStringLiteral("waitDays"), step.waitDays } });
        }
        query.bindValue(0, policy.id);
        query.bindValue(1, policy.name);
        query.bindValue(2, CompliancePolicy::ruleStorageName(policy.rule));
        query.bindValue(3, policy.parameter);
        query.bindValue(4, QString::fromUtf8(QJsonDocument(steps).toJson(QJsonDocument::Compact)));
        if (!query.exec())
            return fail(errorText(query.lastError()));
    }
    if (!transaction.commit(&detail))
        return fail(detail);
    return true;
}

QHash<qint64, CompliancePolicy> DeviceStore::loadPolicies(QString *error) const
{
    QSqlDatabase db;
    if (!connection(&db, error))
        return {};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, name, rule, parameter, steps_json FROM policies ORDER BY id"))) {
        setError(error,
            tr("Could not read the policies from %1: %2").arg(nativePath(), errorText(query.lastError())));
        return {};
    }
    // A policy we cannot read fails the lot: evaluating without it would silently show its
    // devices as compliant.
    QHash<qint64, CompliancePolicy> policies;
    while (query.next()) {
        CompliancePolicy policy;
        policy.id = query.value(0).toLongLong();
        policy.name = query.value(1).toString();
        const QString id = QString::number(policy.id);
        bool ok = false;
        const QString rule = query.value(2).toString();
        policy.rule = CompliancePolicy::ruleFromStorageName(rule, &ok);
        if (!ok) {
            setError(error, tr("Policy %1 in %2 has an unknown rule \"%3\".").arg(id, nativePath(), rule));
            return {};
        }
        policy.parameter = query.value(3).toString();
        QJsonParseError parseError;
        const QJsonDocument steps = QJsonDocument::fromJson(query.value(4).toString().toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !steps.isArray()) {
            setError(error,
                tr("Policy %1 in %2: its actions are not a JSON array of steps.").arg(id, nativePath()));
            return {};
        }
        const QJsonArray array = steps.array();
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            const QString action = object.value(QLatin1String("action")).toString();
            PolicyStep step;
            step.action = ComplianceActions::fromStorageName(action, &ok);
            if (!ok || step.action == ComplianceAction::None) {
                setError(
                    error, tr("Policy %1 in %2 has an unknown action \"%3\".").arg(id, nativePath(), action));
                return {};
            }
            step.waitDays = object.value(QLatin1String("waitDays")).toInt();
            policy.steps.append(step);
        }
        policies.insert(policy.id, policy);
    }
    if (query.lastError().isValid()) {
        setError(error,
            tr("Could not read the policies from %1: %2").arg(nativePath(), errorText(query.lastError())));
        return {};
    }
    return policies;
}

QString DeviceStore::setting(const QString &key, const QString &defaultValue) const
{
    QSqlDatabase db;
    if (!connection(&db, nullptr))
        return defaultValue;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?")))
        return defaultValue;
    query.bindValue(0, key);
    if (!query.exec() || !query.next())
        return defaultValue;
    return query.value(0).toString();
}

bool DeviceStore::setSetting(const QString &key, const QString &value, QString *error)
{
    QSqlDatabase db;
    if (!connection(&db, error))
        return false;
    const auto fail = [&](const QSqlQuery &query) {
        setError(error,
            tr("Could not save the setting \"%1\" to %2: %3")
                .arg(key, nativePath(), errorText(query.lastError())));
        return false;
    };
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                      " ON CONFLICT(key) DO UPDATE SET value = excluded.value")))
        return fail(query);
    query.bindValue(0, key);
    query.bindValue(1, value);
    if (!query.exec())
        return fail(query);
    return true;
}

bool DeviceStore::appendAudit(
    const QString &actor, const QString &action, const QString &target, const QString &detail, QString *error)
{
    QSqlDatabase db;
    if (!connection(&db, error))
        return false;
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO audit_log (at_ms, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)"))) {
        setError(error,
            tr("Could not write to the audit log in %1: %2").arg(nativePath(), errorText(query.lastError())));
        return false;
    }
    query.bindValue(0, QDateTime::currentMSecsSinceEpoch());
    query.bindValue(1, nonNull(actor));
    query.bindValue(2, nonNull(action));
    query.bindValue(3, target);
    query.bindValue(4, detail);
    if (!query.exec()) {
        setError(error,
            tr("Could not write to the audit log in %1: %2").arg(nativePath(), errorText(query.lastError())));
        return false;
    }
    return true;
}

QList<AuditEntry> DeviceStore::auditEntries(const QString &contains, int limit, QString *error) const
{
    QList<AuditEntry> entries;
    QSqlDatabase db;
    if (!connection(&db, error))
        return entries;
    QSqlQuery query(db);
    // instr() on lower(): LIKE would treat % and _ in the filter as wildcards.
    const bool filtered = !contains.isEmpty();
    QString sql = QStringLiteral("SELECT id, at_ms, actor, action, target, detail FROM audit_log");
    if (filtered)
        sql += QStringLiteral(" WHERE instr(lower(actor || ' ' || action || ' ' || coalesce(target, '') || ' '"
                              " || coalesce(detail, '')), lower(?)) > 0");
    sql += QStringLiteral(" ORDER BY at_ms DESC, id DESC LIMIT ?");
    if (!query.prepare(sql)) {
        setError(error,
            tr("Could not read the audit log in %1: %2").arg(nativePath(), errorText(query.lastError())));
        return entries;
    }
    int position = 0;
    if (filtered)
        query.bindValue(position++, contains);
    query.bindValue(position, limit);
    if (!query.exec()) {
        setError(error,
            tr("Could not read the audit log in %1: %2").arg(nativePath(), errorText(query.lastError())));
        return entries;
    }
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        entry.actor = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.target = query.value(4).toString();
        entry.detail = query.value(5).toString();
        entries.append(entry);
    }
    return entries;
}
