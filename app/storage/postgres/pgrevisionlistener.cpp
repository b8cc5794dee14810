#include "app/storage/postgres/pgrevisionlistener.h"

#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgschema.h"

#include <QSocketNotifier>

#include <libpq-fe.h>

PgRevisionListener::PgRevisionListener(QObject *parent)
    : QObject(parent)
{
}

PgRevisionListener::~PgRevisionListener()
{
    stop();
}

bool PgRevisionListener::start(const PgConnectionSettings &settings, const QString &password, QString *error)
{
    stop();
    auto connection = std::make_unique<PgConnection>();
    if (!connection->open(settings, password, error))
        return false;
    return start(std::move(connection), error);
}

bool PgRevisionListener::start(std::unique_ptr<PgConnection> connection, QString *error)
{
    stop();
    // LISTEN before reading the revision: a commit in between is then notified, not lost.
    if (!connection->run(QByteArray("LISTEN ") + PgSchema::kChannel, error)
        || !currentRevision(*connection, &m_lastRevision, error))
        return false;
    m_connection = std::move(connection);
    m_notifier = std::make_unique<QSocketNotifier>(m_connection->socket(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &PgRevisionListener::readNotifications);
    return true;
}

void PgRevisionListener::stop()
{
    m_notifier.reset();
    m_connection.reset();
}

bool PgRevisionListener::isListening() const
{
    return m_connection && m_connection->isOpen();
}

bool PgRevisionListener::currentRevision(PgConnection &connection, qint64 *revision, QString *error)
{
    const PgResult result = connection.exec("SELECT revision FROM asc_store.store_revision");
    if (!result.ok() || result.rows() != 1) {
        *error = result.errorText().isEmpty() ? connection.connectionError() : result.errorText();
        return false;
    }
    *revision = result.integer(0, 0);
    return true;
}

void PgRevisionListener::readNotifications()
{
    PGconn *conn = m_connection ? m_connection->handle() : nullptr;
    if (!conn)
        return;
    if (!PQconsumeInput(conn) || PQstatus(conn) != CONNECTION_OK) {
        const QString reason = m_connection->connectionError();
        // Deleted later: this runs inside the notifier's own signal.
        m_notifier->setEnabled(false);
        m_notifier.release()->deleteLater();
        m_connection.reset();
        Q_EMIT connectionLost(reason);
        return;
    }
    while (PGnotify *notification = PQnotifies(conn)) {
        const QByteArray payload(notification->extra);
        PQfreemem(notification);
        bool ok = false;
        const qint64 revision = payload.toLongLong(&ok);
        if (!ok || payload.isEmpty() || payload.startsWith('+') || payload.startsWith('-')) {
            Q_EMIT unexpectedPayload(QString::fromUtf8(payload));
            continue;
        }
        m_lastRevision = std::max(m_lastRevision, revision);
        Q_EMIT revisionChanged(revision);
    }
}
