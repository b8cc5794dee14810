#include "app/storage/postgres/pgstore.h"

#include "app/storage/postgres/pgauditlog.h"
#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgdevicestore.h"
#include "app/storage/postgres/pgentrausercache.h"
#include "app/storage/postgres/pgpolicystore.h"
#include "app/storage/postgres/pgreportoutbox.h"
#include "app/storage/postgres/pgstoresettings.h"
#include "app/storage/postgres/pgtransaction.h"

#include <QSet>

#include <algorithm>

PgStore::PgStore(const PgConnectionSettings &settings, const QString &uri)
    : m_connections(settings, uri)
    , m_devices(std::make_unique<PgDeviceStore>(m_connections))
    , m_policies(std::make_unique<PgPolicyStore>(m_connections))
    , m_settings(std::make_unique<PgStoreSettings>(m_connections))
    , m_auditLog(std::make_unique<PgAuditLog>(m_connections))
    , m_outbox(std::make_unique<PgReportOutbox>(m_connections))
    , m_entraUsers(std::make_unique<PgEntraUserCache>(m_connections))
{
    // How long a sender holds a message before another process may send it again under
    // the same id; shorter than the default only to make a crashed sender's messages come
    // back sooner (the team crash test does).
    bool ok = false;
    const int leaseMs = qEnvironmentVariableIntValue("ASC_PG_OUTBOX_LEASE_MS", &ok);
    if (ok && leaseMs >= 1000)
        m_outbox->setLeaseMsecs(leaseMs);
}

PgStore::~PgStore() = default;

DeviceStore &PgStore::devices() const
{
    return *m_devices;
}

PolicyStore &PgStore::policies() const
{
    return *m_policies;
}

StoreSettings &PgStore::settings() const
{
    return *m_settings;
}

AuditLog &PgStore::auditLog() const
{
    return *m_auditLog;
}

ReportOutbox &PgStore::outbox() const
{
    return *m_outbox;
}

EntraUserCache &PgStore::entraUsers() const
{
    return *m_entraUsers;
}

bool PgStore::open(QString *error)
{
    m_connections.setUsable(false);
    PgConnection *connection = nullptr;
    if (!m_connections.rawConnection(&connection, error))
        return false;
    PgSchema::State state = PgSchema::State::Current;
    QString message;
    if (!PgSchema::check(*connection, m_connections.uri(), &state, &message)) {
        *error = tr("Could not read the PostgreSQL store %1: %2").arg(location(), message);
        return false;
    }
    if (state != PgSchema::State::Current) {
        *error = message;
        return false;
    }
    QString reason;
    if (!PgSchema::privileges(*connection, &m_privileges, &reason)) {
        *error = tr("Could not read what %1 may do in the PostgreSQL store: %2").arg(location(), reason);
        return false;
    }
    if (!m_privileges.readStore) {
        *error = tr("%1 may not read the PostgreSQL store. The database owner grants one of the roles %2.")
                     .arg(location(), PgSchema::roles().join(QStringLiteral(", ")));
        return false;
    }
    m_writeProblem.clear();
    if (!m_privileges.writeDevices && !m_privileges.writePolicies && !m_privileges.writeOutbox) {
        //: %1 names the database, host and login
        m_writeProblem = m_privileges.queueReportNow
            ? tr("%1 is a helpdesk login: it reads the store and asks for Report now; the reporter syncs and "
                 "sends.")
                  .arg(location())
            : tr("%1 may only read the store.").arg(location());
    }
    m_connections.setUsable(true);
    return true;
}

int PgStore::schemaVersion() const
{
    PgConnection *connection = nullptr;
    int version = 0;
    QString error;
    if (!m_connections.connection(&connection, &error) || !PgSchema::version(*connection, &version, &error))
        return 0;
    return version;
}

bool PgStore::commitTogether(const std::function<bool(QString *error)> &work, QString *error)
{
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return false;
    PgTransaction transaction(*connection);
    if (!transaction.begin(error))
        return false;
    if (!work(error))
        return false;
    return transaction.commit(error);
}

bool PgStore::readLeaderToken(QString *token, QString *error)
{
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return false;
    const PgResult result = connection->exec("SELECT term FROM asc_store.leadership FOR SHARE");
    if (!result.ok()) {
        if (error)
            *error = tr("Could not read the sync lead in the PostgreSQL store %1: %2")
                         .arg(location(), result.errorText().isEmpty() ? connection->connectionError()
                                                                       : result.errorText());
        return false;
    }
    *token = result.rows() == 1 ? result.text(0, 0) : QString();
    return true;
}

bool PgStore::requestReportNow(const QList<qint64> &deviceIds, const QString &mdmUser, QString *error)
{
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return false;
    QByteArray ids = "{";
    for (qsizetype i = 0; i < deviceIds.size(); ++i) {
        if (i > 0)
            ids += ',';
        ids += QByteArray::number(deviceIds[i]);
    }
    ids += '}';
    const PgResult result = connection->exec("SELECT asc_store.report_now($1::bigint[], $2)",
                                             {ids, mdmUser.isEmpty() ? QByteArray() : mdmUser.toUtf8()});
    if (!result.ok()) {
        const QString reason = result.errorText().isEmpty() ? connection->connectionError() : result.errorText();
        *error = result.sqlState() == "42501"
            ? tr("%1 may not ask for Report now: the database refused it (%2).").arg(location(), reason)
            : tr("Report now was not asked for in the PostgreSQL store %1: %2").arg(location(), reason);
        return false;
    }
    return true;
}

bool PgStore::takeReportRequests(QList<qint64> *deviceIds, QString *error)
{
    deviceIds->clear();
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return false;
    const PgResult result = connection->exec(
        "DELETE FROM asc_store.report_requests WHERE id IN"
        " (SELECT id FROM asc_store.report_requests ORDER BY id LIMIT 100000)"
        " RETURNING device_id");
    if (!result.ok()) {
        *error = tr("Could not read the Report now requests of the PostgreSQL store %1: %2")
                     .arg(location(), result.errorText().isEmpty() ? connection->connectionError()
                                                                   : result.errorText());
        return false;
    }
    QSet<qint64> seen;
    for (int row = 0; row < result.rows(); ++row) {
        const qint64 id = result.integer(row, 0);
        if (!seen.contains(id)) {
            seen.insert(id);
            deviceIds->append(id);
        }
    }
    std::sort(deviceIds->begin(), deviceIds->end());
    return true;
}
