#include "app/storage/postgres/pgsyncleadership.h"

#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgleadership.h"
#include "app/storage/postgres/pglogin.h"

#include <QHostInfo>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPgLeader, "asc.store.leader")

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
    : SyncLeadership(parent)
    , m_settings(settings)
    , m_uri(uri)
    , m_mayLead(mayLead)
    , m_timing(timing)
    , m_host(QHostInfo::localHostName())
{
    m_thread.setObjectName(QStringLiteral("sync leadership"));
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
            qCInfo(lcPgLeader) << "lost the sync of" << m_settings.displayName() << "with its connection";
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
        qCInfo(lcPgLeader).noquote() << "leads the sync of" << m_settings.displayName() << "in term"
                                     << m_lock->term() << "from" << m_leader.since.toString(Qt::ISODateWithMs);
    else if (!taken && before)
        qCInfo(lcPgLeader).noquote() << "lost the sync of" << m_settings.displayName() << "to"
                                     << m_leader.describe();
    return true;
}

bool PgSyncLeadership::tryLead(QString *error)
{
    const bool before = m_leads.load();
    if (!attempt(error))
        return false;
    if (before != m_leads.load())
        emit leadershipChanged(m_leads.load());
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

void PgSyncLeadership::tick()
{
    const bool before = m_leads.load();
    QString error;
    if (!attempt(&error)) {
        if (error != m_lastProblem) {
            m_lastProblem = error;
            qCWarning(lcPgLeader).noquote() << error;
            emit problem(error);
        }
    } else {
        m_lastProblem.clear();
    }
    if (before != m_leads.load())
        emit leadershipChanged(m_leads.load());
}

void PgSyncLeadership::start()
{
    if (m_thread.isRunning())
        return;
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [this] {
        auto *timer = new QTimer(m_worker);
        timer->setInterval(m_timing.checkMs);
        QObject::connect(timer, &QTimer::timeout, m_worker, [this] { tick(); });
        timer->start();
        tick();
    });
}

void PgSyncLeadership::release()
{
    QMutexLocker lock(&m_mutex);
    if (m_lock && m_leads.load()) {
        QString error;
        if (!m_lock->release(&error))
            qCWarning(lcPgLeader).noquote() << error << "; the lock ends with the connection";
        else
            qCInfo(lcPgLeader).noquote() << "gave up the sync of" << m_settings.displayName();
    }
    m_leads = false;
    m_leader = {};
    m_lock.reset();
    m_connection.reset();
}

void PgSyncLeadership::stop()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
        m_worker = nullptr;
    }
    const bool before = m_leads.load();
    release();
    if (before)
        emit leadershipChanged(false);
}
