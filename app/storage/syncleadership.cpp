#include "app/storage/syncleadership.h"

#include "app/storage/store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

Q_LOGGING_CATEGORY(lcLeader, "asc.store.leader")

QString LeaderInfo::describe() const
{
    if (!isValid())
        return QCoreApplication::translate("LeaderInfo", "nobody");
    //: %1 host name, %2 process id, %3 time the leadership began
    return QCoreApplication::translate("LeaderInfo", "%1, process %2, since %3")
        .arg(host)
        .arg(pid)
        .arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat));
}

void SyncLeadership::recordLead(const QString &token)
{
    if (m_fenced)
        m_fenced->setLeaderToken(token);
}

SyncLeadership::SyncLeadership(int checkMs, QObject *parent)
    : QObject(parent)
    , m_checkMs(checkMs)
{
    m_thread.setObjectName(QStringLiteral("sync leadership"));
}

SyncLeadership::~SyncLeadership()
{
    Q_ASSERT(!m_thread.isRunning());
}

bool SyncLeadership::tryLead(QString *error)
{
    const bool before = m_leads.load();
    if (!attempt(error))
        return false;
    if (before != m_leads.load())
        emit leadershipChanged(m_leads.load());
    return true;
}

void SyncLeadership::tick()
{
    const bool before = m_leads.load();
    QString error;
    if (!attempt(&error)) {
        if (error != m_lastProblem) {
            m_lastProblem = error;
            qCWarning(lcLeader).noquote() << error;
            emit problem(error);
        }
    } else {
        m_lastProblem.clear();
    }
    if (before != m_leads.load())
        emit leadershipChanged(m_leads.load());
}

void SyncLeadership::start()
{
    if (m_thread.isRunning())
        return;
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [this] {
        auto *timer = new QTimer(m_worker);
        timer->setInterval(m_checkMs);
        connect(timer, &QTimer::timeout, m_worker, [this] { tick(); });
        timer->start();
        tick();
    });
}

void SyncLeadership::stop()
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
