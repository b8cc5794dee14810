#include "app/storage/postgres/pgsyncleadership.h"

#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgleadership.h"
#include "app/storage/postgres/pglogin.h"

#include <QHostInfo>

namespace {
LeaderInfo toInfo(const PgLeadership::Leader &leader)
{
    LeaderInfo info;
    // The backend's pid tells two terms of one process apart (a reconnect is a new term).
    info.owner = QStringLiteral("%1:%2:%3").arg(leader.host).arg(leader.pid).arg(leader.backendPid);
    info.host = leader.host;
    info.pid = leader.pid;
    info.role = leader.holder;
    info.since = leader.since;
    return info;
}
} // namespace

PgSyncLeadership::PgSyncLeadership(const PgConnectionSettings &settings, const QString &uri, bool mayLead,
                                   QObject *parent)
    : PgSyncLeadership(settings, uri, mayLead, Timing{}, parent)
{
}

PgSyncLeadership::PgSyncLeadership(const PgConnectionSettings &settings, const QString &uri, bool mayLead,
                                   Timing timing, QObject *parent)
    : SyncLeadership(timing.checkMs, parent)
    , m_settings(settings)
    , m_uri(uri)
    , m_mayLead(mayLead)
    , m_host(QHostInfo::localHostName())
{
}

PgSyncLeadership::~PgSyncLeadership()
{
    stop();
}

LeaderInfo PgSyncLeadership::leader() const
{
    QMutexLocker lock(&m_mutex);
    return m_leader;
}

qint64 PgSyncLeadership::term() const
{
    QMutexLocker lock(&m_mutex);
    return m_lock && m_leads.load() ? m_lock->term() : 0;
}

bool PgSyncLeadership::connect(QString *error)
{
    if (m_connection && m_connection->isOpen())
        return true;
    // A lost connection took the lock with it: a new connection starts a new term.
    m_lock.reset();
    m_connection = std::make_unique<PgConnection>();
    if (!PgLogin::open(*m_connection, m_settings, m_uri, error)) {
        m_connection.reset();
        return false;
    }
    m_lock = std::make_unique<PgLeadership>(*m_connection);
    return true;
}

bool PgSyncLeadership::attempt(QString *error)
{
    QMutexLocker lock(&m_mutex);
    const bool before = m_leads.load();
    // Leading only as long as the connection that holds the lock answers: a server that
    // terminated the backend, or a network that dropped it, ended the lead.
    if (m_connection && !m_connection->run("SELECT 1", nullptr))
        m_connection->close();
    if (!connect(error)) {
        m_leads = false;
        if (before)
            qCInfo(lcLeader) << "lost the sync of" << m_settings.displayName() << "with its connection";
        return false;
    }
    bool taken = m_lock->isLeader();
    if (!taken && m_mayLead && !m_lock->tryTake(m_host, QCoreApplication::applicationPid(), &taken, error)) {
        m_leads = false;
        return false;
    }
    if (taken)
        recordLead(QString::number(m_lock->term()));
    m_leads = taken;
    QString reason;
    const std::optional<PgLeadership::Leader> current = PgLeadership::current(*m_connection, &reason);
    if (!reason.isEmpty()) {
        *error = reason;
        return false;
    }
    m_leader = current ? toInfo(*current) : LeaderInfo();
    if (taken && !before)
        qCInfo(lcLeader).noquote() << "leads the sync of" << m_settings.displayName() << "in term"
                                     << m_lock->term() << "from" << m_leader.since.toString(Qt::ISODateWithMs);
    else if (!taken && before)
        qCInfo(lcLeader).noquote() << "lost the sync of" << m_settings.displayName() << "to"
                                     << m_leader.describe();
    return true;
}

bool PgSyncLeadership::readLeader(QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!connect(error))
        return false;
    QString reason;
    const std::optional<PgLeadership::Leader> current = PgLeadership::current(*m_connection, &reason);
    if (!reason.isEmpty()) {
        *error = reason;
        return false;
    }
    m_leader = current ? toInfo(*current) : LeaderInfo();
    return true;
}

void PgSyncLeadership::release()
{
    QMutexLocker lock(&m_mutex);
    if (m_lock && m_leads.load()) {
        QString error;
        if (!m_lock->release(&error))
            qCWarning(lcLeader).noquote() << error << "; the lock ends with the connection";
        else
            qCInfo(lcLeader).noquote() << "gave up the sync of" << m_settings.displayName();
    }
    m_leads = false;
    m_leader = {};
    m_lock.reset();
    m_connection.reset();
}

