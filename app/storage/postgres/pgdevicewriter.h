#pragma once

#include "app/storage/postgres/pgcopywriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class PgConnection;
struct DeviceRecord;

// Writes a page of devices and their violations into the PostgreSQL store. Devices the
// store does not have yet are copied straight into its tables (COPY, as a bulk load);
// those it has go to one merge as arrays, which updates only the rows that differ
// (violations: one merge of their own). A row that has not changed is not written again,
// so a sync in which few devices changed writes few rows, bumps the store's revision only
// when something changed, and leaves no dead rows behind. Runs inside the caller's
// transaction: on failure the caller rolls back and nothing of the page is kept.
class PgDeviceWriter final
{
    Q_DECLARE_TR_FUNCTIONS(PgDeviceWriter)
    Q_DISABLE_COPY_MOVE(PgDeviceWriter)

public:
    enum class Fields {
        Everything,   // import, demo fleet: every field as given
        InventoryOnly // MDM sync: keeps our reporting state (compliance status, Report Time, error)
    };

    explicit PgDeviceWriter(PgConnection &connection, PgCopyWriter::Format format = PgCopyWriter::Format::Binary);

    // When a device id appears twice in the page, the later record wins (as in the SQLite
    // store). *error names the stage that failed and the server's reason.
    bool write(const QList<DeviceRecord> &devices, Fields fields, qint64 updatedMsecs, QString *error);

    // What the last write changed.
    qint64 devicesWritten() const { return m_devicesWritten; }
    qint64 devicesWithNewViolations() const { return m_violationsChanged; }
    // The SQLSTATE of the statement the last write failed on (42501: the login may not
    // write devices) and the server's reason alone; empty when it succeeded or failed
    // outside a statement.
    QByteArray failedSqlState() const { return m_failedSqlState; }
    QString failedReason() const { return m_failedReason; }

private:
    PgConnection &m_connection;
    const PgCopyWriter::Format m_format;
    qint64 m_devicesWritten = 0;
    qint64 m_violationsChanged = 0;
    QByteArray m_failedSqlState;
    QString m_failedReason;
};
