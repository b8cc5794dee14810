#pragma once

#include <QObject>
#include <QThread>

#include <functional>

// One thread that does a component's store writes, in the order they were posted, so
// that the thread that posts them (the UI thread) never waits for SQLite: a commit with
// synchronous=FULL, or a WAL checkpoint, takes tens to hundreds of milliseconds. The
// DeviceStore gives the thread its own connection (the write connection).
class StoreWriter final
{
    Q_DISABLE_COPY_MOVE(StoreWriter)

public:
    StoreWriter();
    // Runs what is still queued, then ends the thread.
    ~StoreWriter();

    // Runs work on the writer thread after everything posted before it; then done on
    // context's thread. context must stop() the writer before it is destroyed.
    void post(std::function<void()> work, QObject *context, std::function<void()> done);
    // Posted jobs whose done has not run yet (call from the posting thread).
    int pending() const { return m_pending; }
    // Runs what is queued and ends the thread; post() must not be called afterwards.
    void stop();

private:
    QThread m_thread;
    QObject *m_worker;
    int m_pending = 0;
};
