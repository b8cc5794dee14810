#include "app/storage/storewriter.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {
constexpr int kNice = 5;
}
#endif

StoreWriter::StoreWriter()
    : m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("StoreWriter"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
#ifdef Q_OS_LINUX
    // The window's thread goes first when the cores are busy: the writer is niced a little
    // (per thread on Linux). Qt's thread priorities do nothing under SCHED_OTHER.
    QMetaObject::invokeMethod(
        m_worker, [] { setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), kNice); }, Qt::QueuedConnection);
#endif
}

StoreWriter::~StoreWriter()
{
    stop();
    delete m_worker;
}

void StoreWriter::post(std::function<void()> work, QObject *context, std::function<void()> done)
{
    Q_ASSERT(m_thread.isRunning());
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker,
        [this, context, work = std::move(work), done = std::move(done)]() mutable {
            work();
            // context stops the writer before it goes (see post()), so it is alive here;
            // a call still queued when it is destroyed is dropped with it.
            QMetaObject::invokeMethod(
                context,
                [this, done = std::move(done)] {
                    --m_pending;
                    done();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void StoreWriter::stop()
{
    if (!m_thread.isRunning())
        return;
    // After every job posted so far.
    QMetaObject::invokeMethod(m_worker, [this] { m_thread.quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}
