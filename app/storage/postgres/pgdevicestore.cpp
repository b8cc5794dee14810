#include "app/storage/postgres/pgdevicestore.h"

#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgconnections.h"
#include "app/storage/postgres/pgdevicewriter.h"
#include "app/storage/postgres/pgtransaction.h"

#include "models/complianceevaluator.h"
#include "models/devicetable.h"

#include <QSet>

#include <libpq-fe.h>

#include <atomic>

namespace {

// Rows a cursor hands over per FETCH, and how often loadTable reports progress: enough
// to keep round trips rare, few enough that a chunk is a few megabytes.
constexpr int kChunkRows = 10000;

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
    DeviceColumnCount
};

const QByteArray kDeviceColumns
    = "id, guid, name, \"user\", platform, os_version, model, manufacturer, serial, imei, last_checkin_ms,"
      " registration_state, jailbroken, quarantined, azure_device_id, client_status, compliance_status,"
      " report_time_ms, report_error, user_principal_name, entra_user_id, entra_user_state, eas_ids,"
      " registered_ms";

// EAS ids are kept as one text, separated by a character no id holds (as PgDeviceWriter
// writes them).
constexpr QChar kEasIdSeparator = QChar(0x1e);

// A whole number in the text format; the server only sends well-formed ones.
qint64 integerFrom(QByteArrayView text)
{
    qint64 value = 0;
    qsizetype i = 0;
    const bool negative = !text.isEmpty() && text[0] == '-';
    if (negative)
        i = 1;
    for (; i < text.size(); ++i)
        value = value * 10 + (text[i] - '0');
    return negative ? -value : value;
}

QString reasonOf(const PgConnection &connection, const PgResult &result)
{
    const QString text = result.errorText();
    return text.isEmpty() ? connection.connectionError() : text;
}

// Ids as a bigint[] literal, bound as one parameter: one statement for any number of ids.
QByteArray idArray(const QList<qint64> &ids)
{
    QByteArray array;
    array.reserve(ids.size() * 8 + 2);
    array += '{';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            array += ',';
        array += QByteArray::number(ids[i]);
    }
    array += '}';
    return array;
}

// A read is one snapshot for all its statements (the count, the devices, the violations),
// as a read transaction is in SQLite; inside the caller's transaction it sees what that one sees.
bool beginRead(PgConnection &connection, PgTransaction &transaction, QString *detail)
{
    if (!transaction.begin(detail))
        return false;
    return transaction.joined()
        || connection.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", detail);
}

// A server-side cursor read in chunks of kChunkRows: libpq holds one chunk at a time.
// Lives inside a transaction; closed when done, so that a joined transaction goes on
// without it.
class Cursor final
{
    Q_DISABLE_COPY_MOVE(Cursor)

public:
    enum class Step
    {
        Row,
        End,
        Failed
    };

    explicit Cursor(PgConnection &connection)
        : m_connection(connection)
        , m_name("asc_cursor_" + QByteArray::number(s_next.fetch_add(1)))
    {
    }
    ~Cursor()
    {
        if (m_declared && m_connection.transactionStatus() == PgConnection::TransactionStatus::InTransaction)
            m_connection.run("CLOSE " + m_name, nullptr);
    }

    bool open(const QByteArray &query, const QList<QByteArray> &parameters, QString *detail)
    {
        const PgResult declared
            = m_connection.exec("DECLARE " + m_name + " NO SCROLL CURSOR FOR " + query, parameters);
        if (!declared.ok()) {
            *detail = reasonOf(m_connection, declared);
            return false;
        }
        m_declared = true;
        return true;
    }

    // To the next row, fetching the next chunk when this one is used up.
    Step next(QString *detail)
    {
        if (m_row + 1 < m_rows) {
            ++m_row;
            return Step::Row;
        }
        if (m_done)
            return Step::End;
        m_chunk = m_connection.exec("FETCH FORWARD " + QByteArray::number(kChunkRows) + " FROM " + m_name);
        if (!m_chunk.ok()) {
            *detail = reasonOf(m_connection, m_chunk);
            m_done = true;
            m_rows = 0;
            return Step::Failed;
        }
        m_rows = m_chunk.rows();
        m_row = 0;
        m_done = m_rows < kChunkRows;
        return m_rows > 0 ? Step::Row : Step::End;
    }

    bool isNull(int column) const { return PQgetisnull(m_chunk.handle(), m_row, column); }
    QByteArrayView bytes(int column) const
    {
        return QByteArrayView(
            PQgetvalue(m_chunk.handle(), m_row, column), PQgetlength(m_chunk.handle(), m_row, column));
    }
    QString text(int column) const { return isNull(column) ? QString() : QString::fromUtf8(bytes(column)); }
    qint64 integer(int column) const { return integerFrom(bytes(column)); }
    bool boolean(int column) const { return bytes(column) == "t"; }
    // 0 for NULL, as the device table keeps "no time".
    qint64 msecs(int column) const { return isNull(column) ? 0 : integer(column); }
    QDateTime time(int column) const
    {
        return isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(integer(column), Qt::UTC);
    }
    QUuid uuid(int column) const
    {
        const QByteArrayView text = bytes(column);
        return isNull(column) ? QUuid() : QUuid::fromString(QLatin1StringView(text.data(), text.size()));
    }

private:
    static inline std::atomic<quint64> s_next { 1 };
    PgConnection &m_connection;
    const QByteArray m_name;
    PgResult m_chunk;
    int m_rows = 0;
    int m_row = -1;
    bool m_declared = false;
    bool m_done = false;
};

// Fills every field but the violations, as SqliteDeviceStore reads them.
void readDevice(const Cursor &row, DeviceRecord *device)
{
    device->id = row.integer(ColId);
    device->guid = row.uuid(ColGuid);
    device->name = row.text(ColName);
    device->user = row.text(ColUser);
    device->platform = Platforms::fromWire(row.text(ColPlatform));
    device->osVersion = row.text(ColOsVersion);
    device->model = row.text(ColModel);
    device->manufacturer = row.text(ColManufacturer);
    device->serialNumber = row.text(ColSerial);
    device->imei = row.text(ColImei);
    device->lastCheckin = row.time(ColLastCheckin);
    device->registrationState = row.text(ColRegistrationState);
    device->jailbroken = row.boolean(ColJailbroken);
    device->quarantined = row.boolean(ColQuarantined);
    AzureDeviceId parsedId;
    if (!row.isNull(ColAzureDeviceId))
        AzureDeviceId::parse(row.text(ColAzureDeviceId), &parsedId);
    device->azureDeviceId = parsedId;
    device->clientStatus = AzureClientStatus::fromWire(row.text(ColClientStatus));
    device->complianceStatus = AzureComplianceStatus::fromStorageName(row.text(ColComplianceStatus));
    device->reportTime = row.time(ColReportTime);
    device->reportError = row.text(ColReportError);
    device->userPrincipalName = row.text(ColUserPrincipalName);
    device->entraUserId = row.uuid(ColEntraUserId);
    const qint64 userState = row.integer(ColEntraUserState);
    device->entraUserState = userState >= 0 && userState <= int(EntraUserState::NoUser)
        ? EntraUserState(userState)
        : EntraUserState::NotLookedUp;
    // A state that says known without an id (a damaged row) is not known.
    if (device->entraUserState == EntraUserState::Known && device->entraUserId.isNull())
        device->entraUserState = EntraUserState::NotLookedUp;
    const QString easIds = row.text(ColEasIds);
    device->easIds = easIds.isEmpty() ? QStringList() : easIds.split(kEasIdSeparator);
    device->registeredAt = row.time(ColRegistered);
}

// Moves the violations of the device with id `owner` from a cursor over (device_id,
// policy_id, since_ms) ordered by device and policy, positioned at or before them.
Cursor::Step takeViolations(
    Cursor &violations, Cursor::Step step, qint64 owner, QList<Violation> *taken, QString *detail)
{
    taken->clear();
    while (step == Cursor::Step::Row) {
        const qint64 device = violations.integer(0);
        if (device > owner)
            break;
        if (device == owner)
            taken->append(Violation { violations.integer(1), violations.time(2) });
        step = violations.next(detail);
    }
    return step;
}

// What readDevice() makes of a text column, decided once per distinct text.
template <typename T> class TextCache
{
public:
    template <typename Make> const T &value(QByteArrayView bytes, Make make)
    {
        if (m_last && bytes == m_lastBytes)
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

PgDeviceStore::PgDeviceStore(PgConnections &connections)
    : m_connections(connections)
{
}

bool PgDeviceStore::upsertDevices(const QList<DeviceRecord> &devices, QString *error, UpsertMode mode)
{
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return false;
    const auto fail = [&](const QString &detail) {
        if (error)
            *error = tr("Could not write devices to %1: %2").arg(m_connections.displayName(), detail);
        return false;
    };
    // Refused before anything is sent, so that the message names the device: the table's
    // CHECK and primary key would refuse them too, but in the merge, for the whole page.
    for (const DeviceRecord &device : devices) {
        const auto deviceFailure = [&](const QString &detail) {
            if (error)
                *error = tr("Could not write device %1 to %2: %3. Nothing was written.")
                             .arg(QString::number(device.id), m_connections.displayName(), detail);
            return false;
        };
        if (device.id <= 0)
            return deviceFailure(tr("a device id is a positive number"));
        QSet<qint64> policies;
        for (const Violation &violation : device.violations) {
            if (policies.contains(violation.policyId))
                return deviceFailure(
                    tr("policy %1 is listed twice among its violations").arg(violation.policyId));
            policies.insert(violation.policyId);
        }
    }
    if (devices.isEmpty())
        return true;

    QString detail;
    PgTransaction transaction(*connection);
    if (!transaction.begin(&detail))
        return fail(detail);
    PgDeviceWriter writer(*connection);
    const PgDeviceWriter::Fields fields = mode == UpsertMode::InventoryOnly
        ? PgDeviceWriter::Fields::InventoryOnly
        : PgDeviceWriter::Fields::Everything;
    if (!writer.write(devices, fields, QDateTime::currentMSecsSinceEpoch(), &detail)) {
        if (error) {
            // 42501 insufficient_privilege: a helpdesk or policy-author login.
            *error = writer.failedSqlState() == "42501"
                ? tr("Could not write devices to %1: this login may not change devices; a reporter login "
                     "syncs and imports them (the database refused: %2). Nothing was written.")
                      .arg(m_connections.displayName(), writer.failedReason())
                : detail;
        }
        return false;
    }
    if (!transaction.commit(&detail))
        return fail(detail);
    return true;
}

std::optional<DeviceRecord> PgDeviceStore::loadDevice(qint64 id, QString *error) const
{
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return std::nullopt;
    const auto fail = [&](const QString &detail) {
        if (error)
            *error = tr("Could not read device %1 from %2: %3")
                         .arg(QString::number(id), m_connections.displayName(), detail);
        return std::nullopt;
    };
    QString detail;
    PgTransaction transaction(*connection);
    if (!beginRead(*connection, transaction, &detail))
        return fail(detail);
    const QByteArray idText = QByteArray::number(id);
    Cursor device(*connection);
    if (!device.open(
            "SELECT " + kDeviceColumns + " FROM asc_store.devices WHERE id = $1", { idText }, &detail))
        return fail(detail);
    const Cursor::Step found = device.next(&detail);
    if (found == Cursor::Step::Failed)
        return fail(detail);
    if (found == Cursor::Step::End) {
        if (error)
            *error = tr("There is no device with id %1 in %2.")
                         .arg(QString::number(id), m_connections.displayName());
        return std::nullopt;
    }
    DeviceRecord record;
    readDevice(device, &record);

    Cursor violations(*connection);
    if (!violations.open(
            "SELECT device_id, policy_id, since_ms FROM asc_store.violations WHERE device_id = $1"
            " ORDER BY policy_id",
            { idText }, &detail))
        return fail(detail);
    const Cursor::Step last
        = takeViolations(violations, violations.next(&detail), id, &record.violations, &detail);
    if (last == Cursor::Step::Failed)
        return fail(detail);
    transaction.commit(&detail);
    return record;
}

int PgDeviceStore::deviceCount(QString *error) const
{
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return -1;
    const PgResult count = connection->exec("SELECT count(*) FROM asc_store.devices");
    if (!count.ok() || count.rows() != 1) {
        if (error)
            *error = tr("Could not count the devices in %1: %2")
                         .arg(m_connections.displayName(), reasonOf(*connection, count));
        return -1;
    }
    return int(count.integer(0, 0));
}

bool PgDeviceStore::complianceStatusCounts(
    QHash<AzureComplianceStatus::Value, int> *counts, QString *error) const
{
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return false;
    const PgResult result = connection->exec(
        "SELECT compliance_status, count(*) FROM asc_store.devices GROUP BY compliance_status");
    if (!result.ok()) {
        if (error)
            *error = tr("Could not count the devices in %1: %2")
                         .arg(m_connections.displayName(), reasonOf(*connection, result));
        return false;
    }
    counts->clear();
    for (int row = 0; row < result.rows(); ++row)
        (*counts)[AzureComplianceStatus::fromStorageName(result.text(row, 0))] += int(result.integer(row, 1));
    return true;
}

QList<qint64> PgDeviceStore::deviceIds(QString *error) const
{
    QList<qint64> ids;
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return ids;
    const auto fail = [&](const QString &detail) {
        if (error)
            *error = tr("Could not read device ids from %1: %2").arg(m_connections.displayName(), detail);
        return QList<qint64>();
    };
    QString detail;
    PgTransaction transaction(*connection);
    if (!beginRead(*connection, transaction, &detail))
        return fail(detail);
    Cursor cursor(*connection);
    if (!cursor.open("SELECT id FROM asc_store.devices ORDER BY id", {}, &detail))
        return fail(detail);
    Cursor::Step step;
    while ((step = cursor.next(&detail)) == Cursor::Step::Row)
        ids.append(cursor.integer(0));
    if (step == Cursor::Step::Failed)
        return fail(detail);
    transaction.commit(&detail);
    return ids;
}

bool PgDeviceStore::loadTable(DeviceTable *table, const QHash<qint64, CompliancePolicy> &policies,
    const QDateTime &now, QString *error, const std::function<bool(int done, int total)> &progress) const
{
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return false;
    const auto fail = [&](const QString &detail) {
        if (error)
            *error
                = tr("Could not read the device list from %1: %2").arg(m_connections.displayName(), detail);
        return false;
    };
    QString detail;
    PgTransaction transaction(*connection);
    if (!beginRead(*connection, transaction, &detail))
        return fail(detail);
    const PgResult count = connection->exec("SELECT count(*) FROM asc_store.devices");
    if (!count.ok() || count.rows() != 1)
        return fail(reasonOf(*connection, count));
    const int total = int(count.integer(0, 0));

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
    Cursor devices(*connection);
    if (!devices.open(
            "SELECT id, name, \"user\", platform, os_version, model, serial, last_checkin_ms,"
            " azure_device_id, client_status, compliance_status, report_time_ms, report_error,"
            " CASE WHEN entra_user_state = 0 AND entra_user_id IS NULL THEN 1 ELSE entra_user_state END"
            " FROM asc_store.devices ORDER BY id",
            {}, &detail))
        return fail(detail);
    Cursor violations(*connection);
    if (!violations.open("SELECT device_id, policy_id, since_ms FROM asc_store.violations"
                         " ORDER BY device_id, policy_id",
            {}, &detail))
        return fail(detail);

    DeviceTable loaded;
    loaded.reserve(total);
    TextCache<Platform> platforms;
    TextCache<quint32> interned[2]; // os version, model
    TextCache<std::pair<AzureClientStatus::Code, quint32>> clientStatuses;
    TextCache<AzureComplianceStatus::Value> complianceStatuses;
    QList<Violation> deviceViolations; // reused, so it keeps its capacity
    Cursor::Step violationStep = violations.next(&detail);
    int done = 0;
    Cursor::Step step;
    while ((step = devices.next(&detail)) == Cursor::Step::Row) {
        const Cursor &d = devices;
        DeviceTable::RawRow row;
        row.id = d.integer(Id);
        row.name = d.bytes(Name);
        row.user = d.bytes(User);
        row.serial = d.bytes(Serial);
        row.reportError = d.bytes(ReportError);
        row.platform = platforms.value(
            d.bytes(PlatformText), [](const QString &text) { return Platforms::fromWire(text); });
        const auto intern = [&loaded](const QString &text) { return loaded.intern(text); };
        row.osVersion = interned[0].value(d.bytes(OsVersion), intern);
        row.model = interned[1].value(d.bytes(Model), intern);
        row.lastCheckinMsecs = d.msecs(LastCheckin);
        // A uuid column: the text is always the canonical 36 characters.
        row.azureId = d.uuid(AzureId);
        const auto [code, raw] = clientStatuses.value(d.bytes(ClientStatus), [&loaded](const QString &text) {
            const AzureClientStatus status = AzureClientStatus::fromWire(text);
            return std::pair(status.code(), status.isKnown() ? 0u : loaded.intern(status.wireName()));
        });
        row.clientCode = code;
        row.clientRaw = raw;
        row.complianceStatus = complianceStatuses.value(d.bytes(ComplianceStatus),
            [](const QString &text) { return AzureComplianceStatus::fromStorageName(text); });
        row.reportTimeMsecs = d.msecs(ReportTime);
        const qint64 userState = d.integer(UserState);
        row.entraUserState = userState >= 0 && userState <= int(EntraUserState::NoUser)
            ? EntraUserState(userState)
            : EntraUserState::NotLookedUp;

        // Both cursors are ordered by device id, so one pass merges them.
        violationStep = takeViolations(violations, violationStep, row.id, &deviceViolations, &detail);
        if (violationStep == Cursor::Step::Failed)
            return fail(detail);
        row.action = ComplianceEvaluator::evaluate(deviceViolations, policies, now).action;
        loaded.appendRaw(row);
        ++done;
        if (progress && done % kChunkRows == 0 && !progress(done, total)) {
            if (error)
                *error = tr("Loading the device list was cancelled.");
            return false;
        }
    }
    if (step == Cursor::Step::Failed || violationStep == Cursor::Step::Failed)
        return fail(detail);
    transaction.commit(&detail);
    if (progress && done % kChunkRows != 0)
        progress(done, total);
    *table = std::move(loaded);
    return true;
}

bool PgDeviceStore::forEachDevice(const QList<qint64> &ids,
    const std::function<bool(const DeviceRecord &, const ReportState &)> &visit, QString *error) const
{
    return readDevices(ids, true, visit, error);
}

bool PgDeviceStore::forEachReportState(const QList<qint64> &ids,
    const std::function<bool(const DeviceRecord &, const ReportState &)> &visit, QString *error) const
{
    return readDevices(ids, false, visit, error);
}

bool PgDeviceStore::readDevices(const QList<qint64> &ids, bool wholeRecords,
    const std::function<bool(const DeviceRecord &, const ReportState &)> &visit, QString *error) const
{
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return false;
    const auto fail = [&](const QString &detail) {
        if (error)
            *error = tr("Could not read devices from %1: %2").arg(m_connections.displayName(), detail);
        return false;
    };
    QString detail;
    PgTransaction transaction(*connection);
    if (!beginRead(*connection, transaction, &detail))
        return fail(detail);
    // The ids go as one array parameter, however many there are.
    QList<QByteArray> parameters;
    if (!ids.isEmpty())
        parameters.append(idArray(ids));
    Cursor devices(*connection);
    if (!devices.open("SELECT " + (wholeRecords ? kDeviceColumns : QByteArray("id"))
                + ", reported_outcome, reported_fingerprint FROM asc_store.devices"
                + (ids.isEmpty() ? QByteArray() : QByteArray(" WHERE id = ANY ($1::bigint[])"))
                + " ORDER BY id",
            parameters, &detail))
        return fail(detail);
    Cursor violations(*connection);
    if (!violations.open("SELECT device_id, policy_id, since_ms FROM asc_store.violations"
                + (ids.isEmpty() ? QByteArray() : QByteArray(" WHERE device_id = ANY ($1::bigint[])"))
                + " ORDER BY device_id, policy_id",
            parameters, &detail))
        return fail(detail);

    DeviceRecord device;
    ReportState state;
    const int stateColumn = wholeRecords ? int(DeviceColumnCount) : 1;
    Cursor::Step violationStep = violations.next(&detail);
    Cursor::Step step;
    while ((step = devices.next(&detail)) == Cursor::Step::Row) {
        if (wholeRecords)
            readDevice(devices, &device);
        else
            device.id = devices.integer(0);
        state.reportedOutcome = devices.isNull(stateColumn)
            ? std::nullopt
            : std::optional<AzureOutcome>(AzureOutcome(devices.integer(stateColumn)));
        state.reportedFingerprint = devices.text(stateColumn + 1);
        violationStep = takeViolations(violations, violationStep, device.id, &device.violations, &detail);
        if (violationStep == Cursor::Step::Failed)
            return fail(detail);
        if (!visit(device, state))
            break;
    }
    if (step == Cursor::Step::Failed)
        return fail(detail);
    transaction.commit(&detail);
    return true;
}
