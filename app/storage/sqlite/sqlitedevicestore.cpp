#include "app/storage/sqlite/sqlitedevicestore.h"

#include "app/storage/sqlite/sqliteapi.h"
#include "app/storage/sqlite/sqliteconnections.h"
#include "app/storage/sqlite/sqlitetransaction.h"

#include "models/complianceevaluator.h"
#include "models/devicetable.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using SqliteApi::columnBytes;
using SqliteApi::msecsFrom;
using SqliteApi::Statement;

namespace {

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
#define ASC_DEVICE_INSERT                                                                                    \
    "INSERT INTO devices (id, guid, name, \"user\", platform, os_version, model, manufacturer, serial, "     \
    "imei,"                                                                                                  \
    " last_checkin_ms, registration_state, jailbroken, quarantined, azure_device_id, client_status,"         \
    " compliance_status, report_time_ms, report_error, user_principal_name, entra_user_id, "                 \
    "entra_user_state,"                                                                                      \
    " eas_ids, registered_ms, updated_ms)"                                                                   \
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"                    \
    " ON CONFLICT(id) DO UPDATE SET guid = excluded.guid, name = excluded.name, \"user\" = "                 \
    "excluded.\"user\","                                                                                     \
    " platform = excluded.platform, os_version = excluded.os_version, model = excluded.model,"               \
    " manufacturer = excluded.manufacturer, serial = excluded.serial, imei = excluded.imei,"                 \
    " last_checkin_ms = excluded.last_checkin_ms, registration_state = excluded.registration_state,"         \
    " jailbroken = excluded.jailbroken, quarantined = excluded.quarantined,"                                 \
    " azure_device_id = excluded.azure_device_id, client_status = excluded.client_status,"                   \
    " user_principal_name = excluded.user_principal_name, entra_user_id = excluded.entra_user_id,"           \
    " entra_user_state = excluded.entra_user_state, eas_ids = excluded.eas_ids,"                             \
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
            device->violations.append(
                Violation { violations.value(1).toLongLong(), timeFrom(violations.value(2)) });
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
    device->entraUserState = userState >= 0 && userState <= int(EntraUserState::NoUser)
        ? EntraUserState(userState)
        : EntraUserState::NotLookedUp;
    // A state that says known without an id (a damaged row) is not known.
    if (device->entraUserState == EntraUserState::Known && device->entraUserId.isNull())
        device->entraUserState = EntraUserState::NotLookedUp;
    const QString easIds = query.value(ColEasIds).toString();
    device->easIds = easIds.isEmpty() ? QStringList() : easIds.split(kEasIdSeparator);
    device->registeredAt = timeFrom(query.value(ColRegistered));
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
        return sqlite3_bind_text(
                   m_statement, column + 1, buffer.constData(), int(buffer.size()), SQLITE_STATIC)
            == SQLITE_OK;
    }
    bool textOrNull(int column, const QString &value)
    {
        return value.isEmpty() ? null(column) : text(column, value);
    }
    bool integer(int column, qint64 value)
    {
        return sqlite3_bind_int64(m_statement, column + 1, value) == SQLITE_OK;
    }
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
        && (device.entraUserId.isNull()
                ? bind.null(ColEntraUserId)
                : bind.text(ColEntraUserId, device.entraUserId.toString(QUuid::WithoutBraces)))
        && bind.integer(ColEntraUserState, int(device.entraUserState))
        && bind.textOrNull(ColEasIds, device.easIds.join(kEasIdSeparator))
        && bind.msecsOrNull(ColRegistered, device.registeredAt) && bind.integer(ColUpdated, updatedMsecs);
}

// What readDevice() makes of a text column, decided once per distinct text.
template <typename T> class TextCache
{
public:
    template <typename Make> const T &value(QByteArrayView bytes, Make make)
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

SqliteDeviceStore::SqliteDeviceStore(const SqliteConnections &connections)
    : m_connections(connections)
{
}

bool SqliteDeviceStore::upsertDevices(const QList<DeviceRecord> &devices, QString *error, UpsertMode mode)
{
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return false;
    const auto fail = [&](const QString &detail) {
        setError(error, tr("Could not write devices to %1: %2").arg(m_connections.nativePath(), detail));
        return false;
    };
    // Every sync writes each device through here: bound by index on SQLite's own handle,
    // which costs a fraction of QSqlQuery::bindValue's QVariants and placeholder names.
    QString detail;
    sqlite3 *sqlite = SqliteApi::handle(db, &detail);
    if (!sqlite)
        return fail(detail);
    SqliteTransaction transaction(db);
    if (!transaction.begin(SqliteTransaction::Write, &detail))
        return fail(detail);
    Statement upsert;
    Statement clearAllViolations;
    Statement clearViolations;
    Statement addViolation;
    if (!upsert.prepare(sqlite, mode == UpsertMode::InventoryOnly ? kUpsertInventory : kUpsertDevice)
        || !clearAllViolations.prepare(sqlite,
            QStringLiteral("DELETE FROM violations WHERE device_id IN (SELECT value FROM json_each(?))"))
        || !clearViolations.prepare(sqlite, QStringLiteral("DELETE FROM violations WHERE device_id = ?"))
        || !addViolation.prepare(sqlite,
            QStringLiteral("INSERT INTO violations (device_id, policy_id, since_ms) VALUES (?, ?, ?)")))
        return fail(SqliteApi::errorText(sqlite));

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
    if (sqlite3_bind_text(clearAllViolations.handle, 1, ids.constData(), int(ids.size()), SQLITE_STATIC)
            != SQLITE_OK
        || !run(clearAllViolations.handle))
        return fail(SqliteApi::errorText(sqlite));
    QSet<qint64> written;
    written.reserve(devices.size());
    RowBinder bindUpsert(upsert.handle);
    RowBinder bindViolation(addViolation.handle);
    const qint64 nowMsecs = QDateTime::currentMSecsSinceEpoch();
    for (const DeviceRecord &device : devices) {
        const auto deviceFailure = [&] {
            setError(error,
                tr("Could not write device %1 to %2: %3. Nothing was written.")
                    .arg(QString::number(device.id), m_connections.nativePath(),
                        SqliteApi::errorText(sqlite)));
            return false;
        };
        if (!bindDevice(bindUpsert, device, nowMsecs) || !run(upsert.handle))
            return deviceFailure();
        if (written.contains(device.id)
            && (sqlite3_bind_int64(clearViolations.handle, 1, device.id) != SQLITE_OK
                || !run(clearViolations.handle)))
            return deviceFailure();
        written.insert(device.id);
        for (const Violation &violation : device.violations) {
            if (!bindViolation.integer(0, device.id) || !bindViolation.integer(1, violation.policyId)
                || !bindViolation.msecsOrNull(2, violation.since) || !run(addViolation.handle))
                return deviceFailure();
        }
    }
    if (!transaction.commit(&detail))
        return fail(detail);
    return true;
}

std::optional<DeviceRecord> SqliteDeviceStore::loadDevice(qint64 id, QString *error) const
{
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return std::nullopt;
    const auto fail = [&](const QString &detail) {
        setError(error,
            tr("Could not read device %1 from %2: %3")
                .arg(QString::number(id), m_connections.nativePath(), detail));
        return std::nullopt;
    };
    QString detail;
    SqliteTransaction transaction(db);
    if (!transaction.begin(SqliteTransaction::Read, &detail))
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
        setError(error,
            tr("There is no device with id %1 in %2.").arg(QString::number(id), m_connections.nativePath()));
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

int SqliteDeviceStore::deviceCount(QString *error) const
{
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return -1;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM devices")) || !query.next()) {
        setError(error,
            tr("Could not count the devices in %1: %2")
                .arg(m_connections.nativePath(), errorText(query.lastError())));
        return -1;
    }
    return query.value(0).toInt();
}

bool SqliteDeviceStore::loadTable(DeviceTable *table, const QHash<qint64, CompliancePolicy> &policies,
    const QDateTime &now, QString *error, const std::function<bool(int done, int total)> &progress) const
{
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return false;
    const auto fail = [&](const QString &detail) {
        setError(
            error, tr("Could not read the device list from %1: %2").arg(m_connections.nativePath(), detail));
        return false;
    };
    // A million rows are read through SQLite's own API on the connection's handle: no
    // QVariant per cell, texts copied as UTF-8 straight into the table's columns.
    QString detail;
    sqlite3 *sqlite = SqliteApi::handle(db, &detail);
    if (!sqlite)
        return fail(detail);

    // One read transaction: the count, the devices and the violations are one snapshot.
    SqliteTransaction transaction(db);
    if (!transaction.begin(SqliteTransaction::Read, &detail))
        return fail(detail);

    int total = 0;
    {
        Statement count;
        if (!count.prepare(sqlite, QStringLiteral("SELECT COUNT(*) FROM devices"))
            || sqlite3_step(count.handle) != SQLITE_ROW)
            return fail(SqliteApi::errorText(sqlite));
        total = sqlite3_column_int(count.handle, 0);
    }
    enum
    {
        Id,
        Name,
        User,
        PlatformText,
        OsVersion,
        Model,
        Serial,
        LastCheckin,
        AzureId,
        ClientStatus,
        ComplianceStatus,
        ReportTime,
        ReportError,
        UserState
    };
    Statement devices;
    if (!devices.prepare(sqlite,
            QStringLiteral(
                "SELECT id, name, \"user\", platform, os_version, model, serial, last_checkin_ms,"
                " azure_device_id, client_status, compliance_status, report_time_ms, report_error,"
                " CASE WHEN entra_user_state = 0 AND entra_user_id IS NULL THEN 1 ELSE entra_user_state END"
                " FROM devices ORDER BY id")))
        return fail(SqliteApi::errorText(sqlite));
    Statement violations;
    if (!violations.prepare(sqlite,
            QStringLiteral(
                "SELECT device_id, policy_id, since_ms FROM violations ORDER BY device_id, policy_id")))
        return fail(SqliteApi::errorText(sqlite));

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
        row.platform = platforms.value(
            columnBytes(d, PlatformText), [](const QString &text) { return Platforms::fromWire(text); });
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
        const auto [code, raw]
            = clientStatuses.value(columnBytes(d, ClientStatus), [&loaded](const QString &text) {
                  const AzureClientStatus status = AzureClientStatus::fromWire(text);
                  return std::pair(status.code(), status.isKnown() ? 0u : loaded.intern(status.wireName()));
              });
        row.clientCode = code;
        row.clientRaw = raw;
        row.complianceStatus = complianceStatuses.value(columnBytes(d, ComplianceStatus),
            [](const QString &text) { return AzureComplianceStatus::fromStorageName(text); });
        row.reportTimeMsecs = msecsFrom(d, ReportTime);
        const int userState = sqlite3_column_int(d, UserState);
        row.entraUserState = userState >= 0 && userState <= int(EntraUserState::NoUser)
            ? EntraUserState(userState)
            : EntraUserState::NotLookedUp;

        // Both queries are ordered by device id, so one pass merges them.
        deviceViolations.clear();
        while (violationStep == SQLITE_ROW) {
            const qint64 owner = sqlite3_column_int64(violations.handle, 0);
            if (owner > row.id)
                break;
            if (owner == row.id) {
                sqlite3_stmt *v = violations.handle;
                deviceViolations.append(Violation { sqlite3_column_int64(v, 1),
                    sqlite3_column_type(v, 2) == SQLITE_NULL
                        ? QDateTime()
                        : QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(v, 2), Qt::UTC) });
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
        return fail(SqliteApi::errorText(sqlite));
    if (violationStep != SQLITE_DONE && violationStep != SQLITE_ROW)
        return fail(SqliteApi::errorText(sqlite));
    transaction.commit(&detail);
    if (progress && done % 10000 != 0)
        progress(done, total);
    *table = std::move(loaded);
    return true;
}

bool SqliteDeviceStore::complianceStatusCounts(
    QHash<AzureComplianceStatus::Value, int> *counts, QString *error) const
{
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return false;
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT compliance_status, COUNT(*) FROM devices GROUP BY compliance_status"))) {
        setError(error,
            tr("Could not count the devices in %1: %2")
                .arg(m_connections.nativePath(), errorText(query.lastError())));
        return false;
    }
    counts->clear();
    while (query.next())
        (*counts)[AzureComplianceStatus::fromStorageName(query.value(0).toString())]
            += query.value(1).toInt();
    return true;
}

QList<qint64> SqliteDeviceStore::deviceIds(QString *error) const
{
    QList<qint64> ids;
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return ids;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM devices ORDER BY id"))) {
        setError(error,
            tr("Could not read device ids from %1: %2")
                .arg(m_connections.nativePath(), errorText(query.lastError())));
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

bool SqliteDeviceStore::forEachDevice(const QList<qint64> &ids,
    const std::function<bool(const DeviceRecord &, const ReportState &)> &visit, QString *error) const
{
    return readDevices(ids, true, visit, error);
}

bool SqliteDeviceStore::forEachReportState(const QList<qint64> &ids,
    const std::function<bool(const DeviceRecord &, const ReportState &)> &visit, QString *error) const
{
    return readDevices(ids, false, visit, error);
}

bool SqliteDeviceStore::readDevices(const QList<qint64> &ids, bool wholeRecords,
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
    if (!m_connections.connection(&db, error))
        return false;
    const auto fail = [&](const QString &detail) {
        setError(error, tr("Could not read devices from %1: %2").arg(m_connections.nativePath(), detail));
        return false;
    };
    QString detail;
    SqliteTransaction transaction(db);
    if (!transaction.begin(SqliteTransaction::Read, &detail))
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
            + (where.isEmpty() ? QString() : QStringLiteral(" WHERE id") + where)
            + QStringLiteral(" ORDER BY id"))
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
        state.reportedOutcome
            = outcome.isNull() ? std::nullopt : std::optional<AzureOutcome>(AzureOutcome(outcome.toInt()));
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
