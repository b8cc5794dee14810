#pragma once

#include <QObject>
#include <QString>

#include <memory>

class PgConnection;
class PgConnectionSettings;
class QSocketNotifier;

// Listens, on a connection of its own, for the store's revision notifications: one per
// write transaction, carrying the new revision and nothing else. A console re-reads what
// changed since the last revision it saw; after a reconnect it compares with
// currentRevision(), since notifications sent while it was away are not replayed.
class PgRevisionListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgRevisionListener)

public:
    explicit PgRevisionListener(QObject *parent = nullptr);
    ~PgRevisionListener() override;

    // Connects (blocking, like PgConnection::open), LISTENs and reads the current revision.
    bool start(const PgConnectionSettings &settings, const QString &password, QString *error);
    // The same on a connection opened already (e.g. through PgLogin, which may need the
    // keychain); the listener takes it over, also when it fails.
    bool start(std::unique_ptr<PgConnection> connection, QString *error);
    void stop();
    bool isListening() const;

    // The revision the store was at when start() read it, then the last one notified.
    qint64 lastRevision() const { return m_lastRevision; }
    // Reads the store's revision now (also what catching up after a reconnect needs).
    static bool currentRevision(PgConnection &connection, qint64 *revision, QString *error);

Q_SIGNALS:
    // Once per notification, in commit order.
    void revisionChanged(qint64 revision);
    // A notification whose payload is not a revision: ignored, reported for the log.
    void unexpectedPayload(const QString &payload);
    // The connection was lost; nothing more arrives until start() is called again.
    void connectionLost(const QString &reason);

private:
    void readNotifications();

    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<QSocketNotifier> m_notifier;
    qint64 m_lastRevision = 0;
};
