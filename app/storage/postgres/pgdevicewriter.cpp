#include "app/storage/postgres/pgdevicewriter.h"

#include "app/storage/postgres/pgbinaryarray.h"
#include "app/storage/postgres/pgconnection.h"
#include "models/device.h"

#include <QHash>
#include <QSet>
#include <QUuid>

namespace {

struct Column
{
    QByteArray name;
    PgBinaryArray::Type type;
    QByteArray sqlType;
};

// The columns a page writes, in the order the rows and arrays are written.
const QList<Column> &deviceColumns()
{
    using T = PgBinaryArray::Type;
    static const QList<Column> columns{
        {"id", T::Int8, "bigint"},
        {"guid", T::Uuid, "uuid"},
        {"name", T::Text, "text"},
        {"\"user\"", T::Text, "text"},
        {"platform", T::Text, "text"},
        {"os_version", T::Text, "text"},
        {"model", T::Text, "text"},
        {"manufacturer", T::Text, "text"},
        {"serial", T::Text, "text"},
        {"imei", T::Text, "text"},
        {"last_checkin_ms", T::Int8, "bigint"},
        {"registration_state", T::Text, "text"},
        {"jailbroken", T::Bool, "boolean"},
        {"quarantined", T::Bool, "boolean"},
        {"azure_device_id", T::Uuid, "uuid"},
        {"client_status", T::Text, "text"},
        {"compliance_status", T::Text, "text"},
        {"report_time_ms", T::Int8, "bigint"},
        {"report_error", T::Text, "text"},
        {"user_principal_name", T::Text, "text"},
        {"entra_user_id", T::Uuid, "uuid"},
        {"entra_user_state", T::Int4, "integer"},
        {"eas_ids", T::Text, "text"},
        {"registered_ms", T::Int8, "bigint"},
        {"updated_ms", T::Int8, "bigint"}};
    return columns;
}

QList<QByteArray> deviceColumnNames()
{
    QList<QByteArray> names;
    for (const Column &column : deviceColumns())
        names.append(column.name);
    return names;
}

// Our own reporting state: a sync from the MDM leaves it as it is.
bool isReportingState(const QByteArray &column)
{
    return column == "compliance_status" || column == "report_time_ms" || column == "report_error";
}

// The page's ids go into every look-up as ARRAY(SELECT unnest($n)): the planner cannot
// see into it, takes it for a few ids and scans the index for each. Given the array
// itself, it sees 500 ids, and a store of 100,000 devices or fewer looks small enough to
// read whole: a sequential scan of the table for each page, a sync growing with the
// square of the fleet (the same came of joining the page's rows: 300 ms a page at
// 150,000 devices in the first version).
const char kExistingDevices[] =
    "SELECT id FROM asc_store.devices WHERE id = ANY (ARRAY(SELECT unnest($1::bigint[])))";

// Devices the store already has, their columns as arrays $1… in deviceColumns() order: an
// UPDATE of the rows that differ, and an INSERT of any that went away since they were
// looked up. Not INSERT … ON CONFLICT: BEFORE INSERT triggers fire for every proposed row,
// also one that then conflicts and changes nothing, and the revision trigger would give a
// page without changes a revision and a notification of its own. Only the leader writes
// devices, so nothing inserts the same id meanwhile. d.id = ANY (…) keeps the look-up an
// index scan of the page's rows.
QByteArray mergeDevicesSql(PgDeviceWriter::Fields fields)
{
    QList<QByteArray> arrays;
    QList<QByteArray> names;
    QList<QByteArray> assignments;
    QList<QByteArray> ours;
    QList<QByteArray> theirs;
    int parameter = 0;
    for (const Column &column : deviceColumns()) {
        arrays.append("$" + QByteArray::number(++parameter) + "::" + column.sqlType + "[]");
        names.append(column.name);
        if (column.name == "id")
            continue;
        if (fields == PgDeviceWriter::Fields::InventoryOnly && isReportingState(column.name))
            continue;
        assignments.append(column.name + " = s." + column.name);
        // updated_ms says when the row last changed: a row equal in all else is left alone.
        if (column.name != "updated_ms") {
            ours.append("d." + column.name);
            theirs.append("s." + column.name);
        }
    }
    const QByteArray columns = names.join(", ");
    return "WITH s AS (SELECT * FROM unnest(" + arrays.join(", ") + ") AS s(" + columns + ")),"
        " changed AS (UPDATE asc_store.devices AS d SET " + assignments.join(", ")
        + " FROM s WHERE d.id = s.id AND d.id = ANY (ARRAY(SELECT unnest($1::bigint[]))) AND (" + ours.join(", ")
        + ") IS DISTINCT FROM (" + theirs.join(", ") + ") RETURNING d.id),"
          " added AS (INSERT INTO asc_store.devices (" + columns + ") SELECT " + columns
        + " FROM s WHERE NOT EXISTS (SELECT 1 FROM asc_store.devices d WHERE d.id = s.id) RETURNING id)"
          " SELECT (SELECT count(*) FROM changed) + (SELECT count(*) FROM added)";
}

// The violations of devices the store already has ($1 their ids; $2, $3, $4 the page's
// violations as device, policy, start): violations the page no longer has are deleted,
// changed start times updated, new ones inserted; the devices concerned take this
// transaction's revision (unless the device merge already gave it to them), so that a
// console re-reads them. Three statements rather than INSERT … ON CONFLICT DO UPDATE,
// which locks every row that conflicts, also one it then leaves alone: a lock is a write
// (and a WAL record) of every violation of the page at every sync.
const char kMergeViolations[] =
    "WITH n AS (SELECT * FROM unnest($2::bigint[], $3::bigint[], $4::bigint[]) AS n(device_id, policy_id, since_ms)),"
    " gone AS ("
    " DELETE FROM asc_store.violations v"
    " WHERE v.device_id = ANY (ARRAY(SELECT unnest($1::bigint[])))"
    " AND NOT EXISTS (SELECT 1 FROM n WHERE n.device_id = v.device_id AND n.policy_id = v.policy_id)"
    " RETURNING v.device_id),"
    " moved AS ("
    " UPDATE asc_store.violations v SET since_ms = n.since_ms FROM n"
    " WHERE v.device_id = ANY (ARRAY(SELECT unnest($1::bigint[])))"
    " AND v.device_id = n.device_id AND v.policy_id = n.policy_id"
    " AND v.since_ms IS DISTINCT FROM n.since_ms"
    " RETURNING v.device_id),"
    " added AS ("
    " INSERT INTO asc_store.violations (device_id, policy_id, since_ms)"
    " SELECT device_id, policy_id, since_ms FROM n WHERE NOT EXISTS (SELECT 1 FROM asc_store.violations v"
    "  WHERE v.device_id = n.device_id AND v.policy_id = n.policy_id)"
    " RETURNING device_id)"
    " UPDATE asc_store.devices d SET revision = d.revision"
    " WHERE d.id = ANY (ARRAY(SELECT device_id FROM gone UNION SELECT device_id FROM moved"
    "  UNION SELECT device_id FROM added))"
    " AND d.revision IS DISTINCT FROM nullif(current_setting('asc_store.revision', true), '')::bigint";

// EAS ids are kept as one text, separated by a character no id holds (as in SQLite).
constexpr QChar kEasIdSeparator = QChar(0x1e);

QString textOrNull(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

// The columns of a page as arrays, filled a row at a time as a COPY is.
class PageArrays
{
public:
    PageArrays()
    {
        for (const Column &column : deviceColumns())
            m_arrays.append(PgBinaryArray(column.type));
    }
    void addNull() { next().addNull(); }
    void addInt8(qint64 value) { next().addInt8(value); }
    void addInt4(qint32 value) { next().addInt4(value); }
    void addBool(bool value) { next().addBool(value); }
    void addText(const QString &value) { next().addText(value); }
    void addUuid(const QUuid &value) { next().addUuid(value); }
    void endRow()
    {
        Q_ASSERT(m_column == m_arrays.size());
        m_column = 0;
    }
    QList<QByteArray> values() const
    {
        QList<QByteArray> values;
        for (const PgBinaryArray &array : m_arrays)
            values.append(array.value());
        return values;
    }
    QList<unsigned int> types() const
    {
        QList<unsigned int> types;
        for (const PgBinaryArray &array : m_arrays)
            types.append(array.arrayTypeOid());
        return types;
    }

private:
    PgBinaryArray &next() { return m_arrays[m_column++]; }

    QList<PgBinaryArray> m_arrays;
    qsizetype m_column = 0;
};

// One device's values in deviceColumns() order, into a COPY or into the page's arrays.
template<typename Sink>
void addDevice(Sink &sink, const DeviceRecord &device, qint64 updatedMsecs)
{
    const auto time = [&](const QDateTime &value) {
        if (value.isValid())
            sink.addInt8(value.toMSecsSinceEpoch());
        else
            sink.addNull();
    };
    sink.addInt8(device.id);
    sink.addUuid(device.guid);
    sink.addText(device.name);
    sink.addText(device.user);
    sink.addText(textOrNull(Platforms::wireName(device.platform)));
    sink.addText(device.osVersion);
    sink.addText(device.model);
    sink.addText(device.manufacturer);
    sink.addText(device.serialNumber);
    sink.addText(device.imei);
    time(device.lastCheckin);
    sink.addText(device.registrationState);
    sink.addBool(device.jailbroken);
    sink.addBool(device.quarantined);
    sink.addUuid(device.azureDeviceId.uuid());
    // The raw wire text, so that a code this build does not know survives a round trip.
    sink.addText(textOrNull(device.clientStatus.wireName()));
    sink.addText(textOrNull(AzureComplianceStatus::storageName(device.complianceStatus)));
    time(device.reportTime);
    sink.addText(device.reportError);
    sink.addText(textOrNull(device.userPrincipalName));
    sink.addUuid(device.entraUserId);
    sink.addInt4(int(device.entraUserState));
    sink.addText(textOrNull(device.easIds.join(kEasIdSeparator)));
    time(device.registeredAt);
    sink.addInt8(updatedMsecs);
}

} // namespace

PgDeviceWriter::PgDeviceWriter(PgConnection &connection, PgCopyWriter::Format format)
    : m_connection(connection)
    , m_format(format)
{
}

bool PgDeviceWriter::write(const QList<DeviceRecord> &devices, Fields fields, qint64 updatedMsecs, QString *error)
{
    m_devicesWritten = 0;
    m_violationsChanged = 0;
    m_failedSqlState.clear();
    m_failedReason.clear();
    const auto fail = [&](const QString &detail) {
        *error = tr("Could not write devices to the PostgreSQL %1: %2").arg(m_connection.displayName(), detail);
        return false;
    };
    const auto refused = [&](const PgResult &result) {
        m_failedSqlState = result.sqlState();
        m_failedReason = result.errorText().isEmpty() ? m_connection.connectionError() : result.errorText();
        return fail(m_failedReason);
    };
    if (devices.isEmpty())
        return true;

    // The last record of each id, in page order.
    QHash<qint64, qsizetype> last;
    last.reserve(devices.size());
    for (qsizetype i = 0; i < devices.size(); ++i)
        last.insert(devices[i].id, i);
    PgBinaryArray ids(PgBinaryArray::Type::Int8);
    for (qsizetype i = 0; i < devices.size(); ++i) {
        if (last.value(devices[i].id) == i)
            ids.addInt8(devices[i].id);
    }
    const QByteArray idArray = ids.value();

    const PgResult found = m_connection.execBinary(kExistingDevices, {idArray}, {ids.arrayTypeOid()});
    if (!found.ok())
        return refused(found);
    QSet<qint64> existing;
    existing.reserve(found.rows());
    for (int row = 0; row < found.rows(); ++row)
        existing.insert(found.integer(row, 0));

    // New devices are copied straight into the store's tables, as a bulk load would: no
    // staging, no merge. The revision trigger stamps each row as it would on an INSERT.
    QString detail;
    const qsizetype fresh = last.size() - existing.size();
    if (fresh > 0) {
        PgCopyWriter copy(m_connection, m_format);
        const auto copyFailed = [&] {
            m_failedSqlState = copy.failedSqlState();
            m_failedReason = detail;
            return fail(detail);
        };
        if (!copy.begin("asc_store.devices", deviceColumnNames(), &detail))
            return copyFailed();
        for (qsizetype i = 0; i < devices.size(); ++i) {
            if (last.value(devices[i].id) != i || existing.contains(devices[i].id))
                continue;
            addDevice(copy, devices[i], updatedMsecs);
            if (!copy.endRow(&detail))
                return copyFailed();
        }
        if (!copy.finish(&detail))
            return copyFailed();
        m_devicesWritten += copy.rows();

        if (!copy.begin("asc_store.violations", {"device_id", "policy_id", "since_ms"}, &detail))
            return copyFailed();
        for (qsizetype i = 0; i < devices.size(); ++i) {
            if (last.value(devices[i].id) != i || existing.contains(devices[i].id))
                continue;
            for (const Violation &violation : devices[i].violations) {
                copy.addInt8(devices[i].id);
                copy.addInt8(violation.policyId);
                if (violation.since.isValid())
                    copy.addInt8(violation.since.toMSecsSinceEpoch());
                else
                    copy.addNull();
                if (!copy.endRow(&detail))
                    return copyFailed();
            }
        }
        if (!copy.finish(&detail))
            return copyFailed();
    }
    if (existing.isEmpty())
        return true;

    // Devices the store has: the page's rows go to one merge as arrays, without a staging
    // table (a temporary table emptied at every commit cost about 6 ms a page to truncate).
    PageArrays rows;
    PgBinaryArray storedIds(PgBinaryArray::Type::Int8);
    PgBinaryArray violationDevices(PgBinaryArray::Type::Int8);
    PgBinaryArray violationPolicies(PgBinaryArray::Type::Int8);
    PgBinaryArray violationSince(PgBinaryArray::Type::Int8);
    for (qsizetype i = 0; i < devices.size(); ++i) {
        if (last.value(devices[i].id) != i || !existing.contains(devices[i].id))
            continue;
        addDevice(rows, devices[i], updatedMsecs);
        rows.endRow();
        storedIds.addInt8(devices[i].id);
        for (const Violation &violation : devices[i].violations) {
            violationDevices.addInt8(devices[i].id);
            violationPolicies.addInt8(violation.policyId);
            if (violation.since.isValid())
                violationSince.addInt8(violation.since.toMSecsSinceEpoch());
            else
                violationSince.addNull();
        }
    }
    static const QByteArray mergeAll = mergeDevicesSql(Fields::Everything);
    static const QByteArray mergeInventory = mergeDevicesSql(Fields::InventoryOnly);
    const PgResult merged = m_connection.execBinary(fields == Fields::InventoryOnly ? mergeInventory : mergeAll,
                                                    rows.values(), rows.types());
    if (!merged.ok() || merged.rows() != 1)
        return refused(merged);
    m_devicesWritten += merged.integer(0, 0);
    const PgResult violations = m_connection.execBinary(
        kMergeViolations,
        {storedIds.value(), violationDevices.value(), violationPolicies.value(), violationSince.value()},
        {storedIds.arrayTypeOid(), violationDevices.arrayTypeOid(), violationPolicies.arrayTypeOid(),
         violationSince.arrayTypeOid()});
    if (!violations.ok())
        return refused(violations);
    m_violationsChanged = violations.affected();
    return true;
}
