#include "app/storage/postgres/pgconnections.h"

#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pglogin.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostInfo>
#include <QThread>

#include <libpq-fe.h>

PgConnections::PgConnections(const PgConnectionSettings &settings, const QString &uri)
    : m_settings(settings)
    , m_uri(uri)
    , m_context(std::make_unique<QObject>())
{
}

PgConnections::~PgConnections()
{
    if (m_reconnector)
        m_reconnector->wait();
    m_context.reset();
    QMutexLocker locker(&m_mutex);
    m_connections.clear();
}

bool PgConnections::connection(PgConnection **connection, QString *error) const
{
    if (!m_usable.load()) {
        if (error)
            *error = tr("The PostgreSQL store %1 is not open.").arg(displayName());
        return false;
    }
    return rawConnection(connection, error);
}

bool PgConnections::rawConnection(PgConnection **connection, QString *error) const
{
    QThread *thread = QThread::currentThread();
    std::shared_ptr<PgConnection> mine;
    {
        QMutexLocker locker(&m_mutex);
        auto found = m_connections.constFind(thread);
        if (found != m_connections.constEnd()) {
            mine = *found;
        } else {
            mine = std::make_shared<PgConnection>();
            m_connections.insert(thread, mine);
            const QCoreApplication *app = QCoreApplication::instance();
            if (!app || thread != app->thread()) {
                // Closed on the thread's way out; DirectConnection: the thread is still there.
                QObject::connect(thread, &QThread::finished, m_context.get(), [this, thread] { forget(thread); },
                                 Qt::DirectConnection);
            }
        }
    }
    if (mine->isOpen()) {
        *connection = mine.get();
        return true;
    }
    if (thread == m_responsive.load() && m_usable.load()) {
        QMutexLocker locker(&m_mutex);
        if (m_reconnected) {
            // Adopted on its own thread: nothing else ever uses this thread's connection.
            mine = std::move(m_reconnected);
            m_connections.insert(thread, mine);
            *connection = mine.get();
            return true;
        }
        const QString problem = m_reconnectProblem;
        locker.unlock();
        reconnectInBackground();
        if (error) {
            //: %1 names the database, host, port and login; %2 why the last attempt failed, or nothing
            *error = tr("The connection to the PostgreSQL %1 was lost and is being opened again; the console "
                        "goes on when the server answers.%2")
                         .arg(displayName(), problem.isEmpty() ? QString() : QLatin1Char(' ') + problem);
        }
        return false;
    }
    QString reason;
    if (!PgLogin::open(*mine, m_settings, m_uri, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    *connection = mine.get();
    return true;
}

void PgConnections::reconnectInBackground() const
{
    QMutexLocker locker(&m_mutex);
    if (m_reconnector && !m_reconnector->isFinished())
        return;
    if (m_reconnector)
        m_reconnector->wait();
    m_reconnector.reset(QThread::create([this] {
        auto fresh = std::make_shared<PgConnection>();
        QString reason;
        const bool opened = PgLogin::open(*fresh, m_settings, m_uri, &reason);
        QMutexLocker done(&m_mutex);
        if (opened) {
            m_reconnected = std::move(fresh);
            m_reconnectProblem.clear();
        } else {
            m_reconnectProblem = reason;
        }
    }));
    m_reconnector->setObjectName(QStringLiteral("store reconnect"));
    m_reconnector->start();
}

void PgConnections::forget(QThread *thread) const
{
    QMutexLocker locker(&m_mutex);
    m_connections.remove(thread);
}

QString PgConnections::processOwner()
{
    static const QString owner = QStringLiteral("%1:%2:%3")
                                     .arg(QHostInfo::localHostName())
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(QDateTime::currentMSecsSinceEpoch());
    return owner;
}
