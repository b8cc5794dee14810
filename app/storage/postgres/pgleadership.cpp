#include "app/storage/postgres/pgleadership.h"

#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgschema.h"
#include "app/storage/postgres/pgtransaction.h"

namespace {
QByteArray lockArguments()
{
    return QByteArray::number(PgSchema::kLockSpace) + ", " + QByteArray::number(PgSchema::kLeaderLock);
}
} // namespace

PgLeadership::PgLeadership(PgConnection &connection)
    : m_connection(connection)
{
}

bool PgLeadership::tryTake(const QString &host, qint64 pid, bool *taken, QString *error)
{
    *taken = false;
    // Held already: a second pg_try_advisory_lock would stack a second hold on it.
    if (m_leader) {
        *taken = true;
        return true;
    }
    const PgResult lock = m_connection.exec("SELECT pg_try_advisory_lock(" + lockArguments() + ")");
    if (!lock.ok() || lock.rows() != 1) {
        *error = tr("Could not ask for the sync lead in the PostgreSQL %1: %2")
                     .arg(m_connection.displayName(),
                          lock.errorText().isEmpty() ? m_connection.connectionError() : lock.errorText());
        return false;
    }
    if (lock.bytes(0, 0) != "t")
        return true;
    // One transaction that first waits for the row: a leader's page in progress holds it
    // FOR SHARE (its fence, Store::commitAsLeader) and then bumps the store's revision. The
    // record's trigger bumps the revision too, so taking the revision first and the row
    // second would deadlock with that page.
    PgTransaction transaction(m_connection);
    QString detail;
    PgResult record;
    if (transaction.begin(&detail)) {
        const PgResult row = m_connection.exec("SELECT 1 FROM asc_store.leadership FOR UPDATE");
        if (row.ok()) {
            record = m_connection.exec(
                "INSERT INTO asc_store.leadership AS l (host, pid, backend_pid, holder, since, term)"
                " VALUES ($1, $2, pg_backend_pid(), session_user, clock_timestamp(), 1)"
                " ON CONFLICT (singleton) DO UPDATE SET host = excluded.host, pid = excluded.pid,"
                " backend_pid = excluded.backend_pid, holder = excluded.holder, since = excluded.since,"
                " term = l.term + 1 RETURNING term",
                {host.toUtf8(), QByteArray::number(pid)});
            detail = record.errorText();
        } else {
            detail = row.errorText();
        }
    }
    if (!record.ok() || record.rows() != 1 || !transaction.commit(&detail)) {
        transaction.rollback();
        *error = tr("Could not record the sync lead in the PostgreSQL %1: %2")
                     .arg(m_connection.displayName(), detail.isEmpty() ? m_connection.connectionError() : detail);
        // Not leading without a record that says so: the lock goes back.
        m_connection.exec("SELECT pg_advisory_unlock(" + lockArguments() + ")");
        return false;
    }
    m_leader = true;
    m_term = record.integer(0, 0);
    *taken = true;
    return true;
}

bool PgLeadership::release(QString *error)
{
    if (!m_leader)
        return true;
    m_leader = false;
    const PgResult result = m_connection.exec("SELECT pg_advisory_unlock(" + lockArguments() + ")");
    if (!result.ok()) {
        *error = tr("Could not give up the sync lead in the PostgreSQL %1: %2")
                     .arg(m_connection.displayName(),
                          result.errorText().isEmpty() ? m_connection.connectionError() : result.errorText());
        return false;
    }
    return true;
}

std::optional<PgLeadership::Leader> PgLeadership::current(PgConnection &connection, QString *error)
{
    const PgResult result = connection.exec(
        "SELECT host, pid, backend_pid, holder, (extract(epoch FROM since) * 1000)::bigint, term"
        " FROM asc_store.current_leader");
    if (!result.ok()) {
        *error = tr("Could not read the sync lead in the PostgreSQL %1: %2")
                     .arg(connection.displayName(),
                          result.errorText().isEmpty() ? connection.connectionError() : result.errorText());
        return std::nullopt;
    }
    if (result.rows() == 0)
        return std::nullopt;
    Leader leader;
    leader.host = result.text(0, 0);
    leader.pid = result.integer(0, 1);
    leader.backendPid = int(result.integer(0, 2));
    leader.holder = result.text(0, 3);
    leader.since = QDateTime::fromMSecsSinceEpoch(result.integer(0, 4), Qt::UTC);
    leader.term = result.integer(0, 5);
    return leader;
}

bool PgLeadership::isLeader() const
{
    return m_leader && m_connection.isOpen();
}
