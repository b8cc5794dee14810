#include "app/storage/storewriter.h"

#include "app/threading/backgroundwork.h"

StoreWriter::StoreWriter()
    : m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("StoreWriter"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    // The window's thread goes first when the cores are busy.
    QMetaObject::invokeMethod(m_worker, &BackgroundWork::lowerCurrentThreadPriority, Qt::QueuedConnection);
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
