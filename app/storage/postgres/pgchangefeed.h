#pragma once

#include "app/storage/postgres/pgconnectionsettings.h"
#include "app/storage/storechangefeed.h"

#include <QPointer>
#include <QString>

class PgChangeFeedWorker;
class QThread;

// The PostgreSQL store's change feed. On a thread of its own (connecting blocks, and the
// window must never wait) it LISTENs for the store's revision notifications on one
// connection and reads what changed on a second: a burst of commits is read once,
// kCoalesceMs after its first notification, in one snapshot, as everything whose revision
// is above the last one reported. A lost connection is reported and retried (1 s, 2 s, 4 s
// … at most 30 s apart); once back, what was committed meanwhile is read the same way, so
// no change is lost. The first revision is the one the store is at when the feed first
// connects: start it before the console first reads the store.
class PgChangeFeed final : public StoreChangeFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgChangeFeed)

public:
    static constexpr int kCoalesceMs = 50;
    static constexpr int kFirstRetryMs = 1000;
    static constexpr int kMaxRetryMs = 30000;
    // How long stop() waits for a connect in progress; then the thread ends by itself.
    static constexpr int kStopWaitMs = 1000;

    // uri: the store's address as given, for messages that name a command to run.
    PgChangeFeed(const PgConnectionSettings &settings, const QString &uri, QObject *parent = nullptr);
    ~PgChangeFeed() override;

    void start() override;
    void stop() override;
    bool isLive() const override { return m_live; }
    // The feed's thread is still running (after stop(): a connect that had not returned).
    bool isRunning() const;
    // The revision the last changed() brought, or the one found on first connecting.
    qint64 revision() const { return m_revision; }

private:
    const PgConnectionSettings m_settings;
    const QString m_uri;
    QPointer<QThread> m_thread;
    PgChangeFeedWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    quint64 m_generation = 0; // what the worker of an earlier start() sends is dropped
    bool m_live = false;
    qint64 m_revision = 0;
};
