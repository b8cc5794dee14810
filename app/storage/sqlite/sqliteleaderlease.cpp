#include "app/storage/sqlite/sqliteleaderlease.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QUuid>

#include <sqlite3.h>

#include <cerrno>
#include <csignal>

#include <unistd.h>

namespace {

// A process of this host that no longer exists cannot renew its lease: no need to wait
// for the lease to run out. EPERM means it exists under another user. Assumes one host
// name is one pid namespace: containers that share a store file under one host name
// would defeat this shortcut, and then the lease still runs out on its own.
bool processGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
}

} // namespace

SqliteLeaderLease::SqliteLeaderLease(const QString &path, QObject *parent)
    : SqliteLeaderLease(path, Timing{}, parent)
{
}

SqliteLeaderLease::SqliteLeaderLease(const QString &path, Timing timing, QObject *parent)
    : SyncLeadership(timing.renewMs, parent)
    , m_path(path)
    , m_timing(timing)
{
    m_self.owner = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_self.host = QHostInfo::localHostName();
    m_self.pid = QCoreApplication::applicationPid();
}

SqliteLeaderLease::~SqliteLeaderLease()
{
    stop();
    QMutexLocker lock(&m_mutex);
    if (m_db)
        sqlite3_close(m_db);
}

LeaderInfo SqliteLeaderLease::leader() const
{
    QMutexLocker lock(&m_mutex);
    return m_leader;
}

bool SqliteLeaderLease::openConnection(QString *error)
{
    if (m_db)
        return true;
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr)
        != SQLITE_OK) {
        *error = tr("The sync leadership of %1 cannot be read: %2").arg(m_path, sqliteError(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    // A writer holds the file for tens of milliseconds per sync page; waiting a little is
    // cheaper than losing a renewal.
    sqlite3_busy_timeout(m_db, 2000);
    // The store's migration 7 makes the table; this also serves a file no store has opened
    // yet (the lease may start first). A read-only store fails here.
    if (sqlite3_exec(m_db,
                     "CREATE TABLE IF NOT EXISTS sync_leader (slot INTEGER PRIMARY KEY CHECK (slot = 1), "
                     "owner TEXT NOT NULL, host TEXT NOT NULL, pid INTEGER NOT NULL, since_ms INTEGER NOT NULL, "
                     "until_ms INTEGER NOT NULL)",
                     nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        *error = tr("The sync leadership of %1 cannot be written: %2").arg(m_path, sqliteError(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    return true;
}

bool SqliteLeaderLease::attempt(QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!openConnection(error))
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto fail = [&](const QString &what) {
        *error = what.arg(m_path, sqliteError(m_db));
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        // Unsure whether the lease still holds: stop leading before it can have run out.
        if (now + m_timing.renewMs >= m_leaseUntilMs)
            m_leads = false;
        return false;
    };
    if (sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(tr("The sync leadership of %1 cannot be renewed: %2"));

    LeaderInfo current;
    qint64 currentUntil = 0;
    if (!readRow(m_db, &current, &currentUntil, error))
        return fail(tr("The sync leadership of %1 cannot be read: %2"));

    const bool mine = current.owner == m_self.owner;
    const bool free = !current.isValid() || currentUntil < now
        || (current.host == m_self.host && current.pid != m_self.pid && processGone(current.pid));
    if (mine || free) {
        LeaderInfo next = m_self;
        next.since = mine ? current.since : QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        const qint64 until = now + m_timing.leaseMs;
        next.until = QDateTime::fromMSecsSinceEpoch(until, Qt::UTC);
        sqlite3_stmt *write = nullptr;
        if (sqlite3_prepare_v2(m_db,
                               "INSERT OR REPLACE INTO sync_leader (slot, owner, host, pid, since_ms, until_ms) "
                               "VALUES (1, ?, ?, ?, ?, ?)",
                               -1, &write, nullptr)
            != SQLITE_OK)
            return fail(tr("The sync leadership of %1 cannot be written: %2"));
        const QByteArray owner = next.owner.toUtf8();
        const QByteArray host = next.host.toUtf8();
        sqlite3_bind_text(write, 1, owner.constData(), int(owner.size()), SQLITE_STATIC);
        sqlite3_bind_text(write, 2, host.constData(), int(host.size()), SQLITE_STATIC);
        sqlite3_bind_int64(write, 3, next.pid);
        sqlite3_bind_int64(write, 4, next.since.toMSecsSinceEpoch());
        sqlite3_bind_int64(write, 5, until);
        const int written = sqlite3_step(write);
        sqlite3_finalize(write);
        if (written != SQLITE_DONE)
            return fail(tr("The sync leadership of %1 cannot be written: %2"));
        if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(tr("The sync leadership of %1 cannot be written: %2"));
        if (!mine)
            qCInfo(lcLeader) << "leads the sync of" << m_path << "from" << next.since.toString(Qt::ISODateWithMs)
                            << "(was:" << (current.isValid() ? current.describe() : QStringLiteral("nobody")) << ")";
        m_leader = next;
        m_leaseUntilMs = until;
        recordLead(next.owner);
        m_leads = true;
        return true;
    }
    sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    if (m_leads.load())
        qCInfo(lcLeader) << "lost the sync of" << m_path << "to" << current.describe();
    m_leader = current;
    m_leads = false;
    return true;
}

bool SqliteLeaderLease::readRow(sqlite3 *db, LeaderInfo *row, qint64 *untilMs, QString *error)
{
    sqlite3_stmt *read = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT owner, host, pid, since_ms, until_ms FROM sync_leader WHERE slot = 1", -1,
                           &read, nullptr)
        != SQLITE_OK) {
        *error = sqliteError(db);
        return false;
    }
    const int step = sqlite3_step(read);
    if (step == SQLITE_ROW) {
        row->owner = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read, 0)));
        row->host = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read, 1)));
        row->pid = sqlite3_column_int64(read, 2);
        row->since = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(read, 3), Qt::UTC);
        *untilMs = sqlite3_column_int64(read, 4);
        row->until = QDateTime::fromMSecsSinceEpoch(*untilMs, Qt::UTC);
    }
    sqlite3_finalize(read);
    if (step != SQLITE_ROW && step != SQLITE_DONE) {
        *error = sqliteError(db);
        return false;
    }
    return true;
}

bool SqliteLeaderLease::readLeader(QString *error)
{
    // Read-only, on a connection of its own: a status report must work on a store this
    // process may not write, and on one no process has led yet (no table: nobody).
    sqlite3 *handle = nullptr;
    QString problem;
    LeaderInfo current;
    qint64 untilMs = 0;
    bool ok = sqlite3_open_v2(m_path.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK;
    if (ok) {
        sqlite3_busy_timeout(handle, 2000);
        sqlite3_stmt *exists = nullptr;
        ok = sqlite3_prepare_v2(handle, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_leader'",
                 -1, &exists, nullptr)
            == SQLITE_OK;
        const int step = ok ? sqlite3_step(exists) : SQLITE_ERROR;
        sqlite3_finalize(exists);
        ok = step == SQLITE_ROW || step == SQLITE_DONE;
        if (ok && step == SQLITE_ROW) {
            ok = readRow(handle, &current, &untilMs, &problem);
        }
    }
    if (!ok) {
        if (problem.isEmpty())
            problem = sqliteError(handle);
        sqlite3_close(handle);
        *error = tr("The sync leadership of %1 cannot be read: %2").arg(m_path, problem);
        return false;
    }
    sqlite3_close(handle);
    QMutexLocker lock(&m_mutex);
    m_leader = current.isValid() && untilMs >= QDateTime::currentMSecsSinceEpoch() ? current : LeaderInfo();
    return true;
}

void SqliteLeaderLease::release()
{
    QMutexLocker lock(&m_mutex);
    if (!m_db || !m_leads.load())
        return;
    sqlite3_stmt *remove = nullptr;
    if (sqlite3_prepare_v2(m_db, "DELETE FROM sync_leader WHERE slot = 1 AND owner = ?", -1, &remove, nullptr)
        == SQLITE_OK) {
        const QByteArray owner = m_self.owner.toUtf8();
        sqlite3_bind_text(remove, 1, owner.constData(), int(owner.size()), SQLITE_STATIC);
        if (sqlite3_step(remove) != SQLITE_DONE)
            qCWarning(lcLeader) << "could not give up the sync of" << m_path << ":" << sqliteError(m_db)
                               << "; the lease runs out on its own";
    }
    sqlite3_finalize(remove);
    m_leads = false;
    m_leader = {};
    qCInfo(lcLeader) << "gave up the sync of" << m_path;
}

