#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

// One thread for a service's store reads, run in the order they were asked, so that the
// window's thread never waits for SQLite. The DeviceStore gives the thread its own
// connection, which sees every committed write.
class StoreReader final
{
    Q_DISABLE_COPY_MOVE(StoreReader)

public:
    StoreReader();
    // Lets the read that runs finish, drops the others, and ends the thread.
    ~StoreReader();

    // Runs read on the reader thread after every read posted before it, then done on
    // context's thread. context must stop() the reader before it is destroyed (a member
    // does), so done never runs on a destroyed object.
    void post(std::function<void()> read, QObject *context, std::function<void()> done);
    // Reads posted whose done has not run yet (call from the posting thread).
    int pending() const { return m_pending; }
    void stop();

private:
    QThread m_thread;
    QObject *m_worker;
    std::shared_ptr<std::atomic<bool>> m_stopping;
    int m_pending = 0;
};
