#include "app/storage/postgres/pgdevicewriter.h"

#include "app/storage/postgres/pgconnection.h"
#include "models/device.h"

#include <QHash>

namespace {

// The staging tables live as long as the session, emptied at every commit; their columns
// are in the order the rows are written.
const char kCreateStaging[] =
    "CREATE TEMP TABLE IF NOT EXISTS asc_stage_devices ("
    " id bigint, guid uuid, name text, \"user\" text, platform text, os_version text, model text,"
    " manufacturer text, serial text, imei text, last_checkin_ms bigint, registration_state text,"
    " jailbroken boolean, quarantined boolean, azure_device_id uuid, client_status text, compliance_status text,"
    " report_time_ms bigint, report_error text, user_principal_name text, entra_user_id uuid,"
    " entra_user_state integer, eas_ids text, registered_ms bigint, updated_ms bigint) ON COMMIT DELETE ROWS;"
    "CREATE TEMP TABLE IF NOT EXISTS asc_stage_violations (device_id bigint, policy_id bigint, since_ms bigint)"
    " ON COMMIT DELETE ROWS;"
    // A page written before in the same transaction is not merged twice.
    "DELETE FROM pg_temp.asc_stage_devices; DELETE FROM pg_temp.asc_stage_violations";

const QList<QByteArray> &deviceColumns()
{
    static const QList<QByteArray> columns{
        "id", "guid", "name", "\"user\"", "platform", "os_version", "model", "manufacturer", "serial", "imei",
        "last_checkin_ms", "registration_state", "jailbroken", "quarantined", "azure_device_id", "client_status",
        "compliance_status", "report_time_ms", "report_error", "user_principal_name", "entra_user_id",
        "entra_user_state", "eas_ids", "registered_ms", "updated_ms"};
    return columns;
}

// Our own reporting state: a sync from the MDM leaves it as it is.
bool isReportingState(const QByteArray &column)
{
    return column == "compliance_status" || column == "report_time_ms" || column == "report_error";
}

// Two statements rather than INSERT … ON CONFLICT: BEFORE INSERT triggers fire for every
// proposed row, also one that then conflicts and changes nothing, and the revision trigger
// would give a page without changes a revision and a notification of its own. Only the
// leader writes devices, so nothing inserts the same id between the two.
QByteArray updateDevicesSql(PgDeviceWriter::Fields fields)
{
    QList<QByteArray> assignments;
    QList<QByteArray> ours;
    QList<QByteArray> theirs;
    for (const QByteArray &column : deviceColumns()) {
        if (column == "id")
            continue;
        if (fields == PgDeviceWriter::Fields::InventoryOnly && isReportingState(column))
            continue;
        assignments.append(column + " = s." + column);
        // updated_ms says when the row last changed: a row equal in all else is left alone.
        if (column != "updated_ms") {
            ours.append("d." + column);
            theirs.append("s." + column);
        }
    }
    return "UPDATE asc_store.devices AS d SET " + assignments.join(", ")
        + " FROM pg_temp.asc_stage_devices AS s WHERE d.id = s.id AND (" + ours.join(", ")
        + ") IS DISTINCT FROM (" + theirs.join(", ") + ")";
}

QByteArray insertDevicesSql()
{
    const QByteArray columns = deviceColumns().join(", ");
    return "INSERT INTO asc_store.devices (" + columns + ") SELECT " + columns
        + " FROM pg_temp.asc_stage_devices AS s WHERE NOT EXISTS (SELECT 1 FROM asc_store.devices d"
          " WHERE d.id = s.id)";
}

// Violations the page no longer has are deleted, new ones inserted, changed start times
// updated; the devices concerned take this transaction's revision (unless the device
// merge already gave it to them), so that a console re-reads them.
// The page's ids go in as arrays (= ANY (ARRAY(...))) so that both look-ups are index scans
// of the page's rows: as joins, the staging tables having no statistics, the planner
// scanned every violation and every device of the store for each page (300 ms a page at
// 150,000 devices, a sync growing with the square of the fleet).
const char kMergeViolations[] =
    "WITH gone AS ("
    " DELETE FROM asc_store.violations v"
    " WHERE v.device_id = ANY (ARRAY(SELECT id FROM pg_temp.asc_stage_devices))"
    " AND NOT EXISTS (SELECT 1 FROM pg_temp.asc_stage_violations n"
    "  WHERE n.device_id = v.device_id AND n.policy_id = v.policy_id)"
    " RETURNING v.device_id),"
    " put AS ("
    " INSERT INTO asc_store.violations AS v (device_id, policy_id, since_ms)"
    " SELECT device_id, policy_id, since_ms FROM pg_temp.asc_stage_violations"
    " ON CONFLICT (device_id, policy_id) DO UPDATE SET since_ms = excluded.since_ms"
    " WHERE v.since_ms IS DISTINCT FROM excluded.since_ms"
    " RETURNING v.device_id)"
    " UPDATE asc_store.devices d SET revision = d.revision"
    " WHERE d.id = ANY (ARRAY(SELECT device_id FROM gone UNION SELECT device_id FROM put))"
    " AND d.revision IS DISTINCT FROM nullif(current_setting('asc_store.revision', true), '')::bigint";

// EAS ids are kept as one text, separated by a character no id holds (as in SQLite).
constexpr QChar kEasIdSeparator = QChar(0x1e);

QString textOrNull(const QString &text)
{
    return text.isEmpty() ? QString() : text;
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
    if (devices.isEmpty())
        return true;
    QString detail;
    if (!m_connection.run(kCreateStaging, &detail))
        return fail(detail);

    // The last record of each id, in page order.
    QHash<qint64, qsizetype> last;
    last.reserve(devices.size());
    for (qsizetype i = 0; i < devices.size(); ++i)
        last.insert(devices[i].id, i);

    PgCopyWriter copy(m_connection, m_format);
    if (!copy.begin("pg_temp.asc_stage_devices", deviceColumns(), &detail))
        return fail(detail);
    const auto time = [&](const QDateTime &value) {
        if (value.isValid())
            copy.addInt8(value.toMSecsSinceEpoch());
        else
            copy.addNull();
    };
    for (qsizetype i = 0; i < devices.size(); ++i) {
        if (last.value(devices[i].id) != i)
            continue;
        const DeviceRecord &device = devices[i];
        copy.addInt8(device.id);
        copy.addUuid(device.guid);
        copy.addText(device.name);
        copy.addText(device.user);
        copy.addText(textOrNull(Platforms::wireName(device.platform)));
        copy.addText(device.osVersion);
        copy.addText(device.model);
        copy.addText(device.manufacturer);
        copy.addText(device.serialNumber);
        copy.addText(device.imei);
        time(device.lastCheckin);
        copy.addText(device.registrationState);
        copy.addBool(device.jailbroken);
        copy.addBool(device.quarantined);
        copy.addUuid(device.azureDeviceId.uuid());
        // The raw wire text, so that a code this build does not know survives a round trip.
        copy.addText(textOrNull(device.clientStatus.wireName()));
        copy.addText(textOrNull(AzureComplianceStatus::storageName(device.complianceStatus)));
        time(device.reportTime);
        copy.addText(device.reportError);
        copy.addText(textOrNull(device.userPrincipalName));
        copy.addUuid(device.entraUserId);
        copy.addInt4(int(device.entraUserState));
        copy.addText(textOrNull(device.easIds.join(kEasIdSeparator)));
        time(device.registeredAt);
        copy.addInt8(updatedMsecs);
        if (!copy.endRow(&detail))
            return fail(detail);
    }
    if (!copy.finish(&detail))
        return fail(detail);

    if (!copy.begin("pg_temp.asc_stage_violations", {"device_id", "policy_id", "since_ms"}, &detail))
        return fail(detail);
    for (qsizetype i = 0; i < devices.size(); ++i) {
        if (last.value(devices[i].id) != i)
            continue;
        for (const Violation &violation : devices[i].violations) {
            copy.addInt8(devices[i].id);
            copy.addInt8(violation.policyId);
            time(violation.since);
            if (!copy.endRow(&detail))
                return fail(detail);
        }
    }
    if (!copy.finish(&detail))
        return fail(detail);

    static const QByteArray updateAll = updateDevicesSql(Fields::Everything);
    static const QByteArray updateInventory = updateDevicesSql(Fields::InventoryOnly);
    static const QByteArray insert = insertDevicesSql();
    for (const QByteArray &statement : {fields == Fields::InventoryOnly ? updateInventory : updateAll, insert}) {
        const PgResult merged = m_connection.exec(statement);
        if (!merged.ok()) {
            m_failedSqlState = merged.sqlState();
            m_failedReason = merged.errorText().isEmpty() ? m_connection.connectionError() : merged.errorText();
            return fail(m_failedReason);
        }
        m_devicesWritten += merged.affected();
    }
    const PgResult violations = m_connection.exec(kMergeViolations);
    if (!violations.ok()) {
        m_failedSqlState = violations.sqlState();
        m_failedReason = violations.errorText().isEmpty() ? m_connection.connectionError() : violations.errorText();
        return fail(m_failedReason);
    }
    m_violationsChanged = violations.affected();
    return true;
}
