#include "app/threading/storereader.h"

#include "app/threading/backgroundwork.h"

StoreReader::StoreReader()
    : m_worker(new QObject)
    , m_stopping(std::make_shared<std::atomic<bool>>(false))
{
    m_thread.setObjectName(QStringLiteral("StoreReader"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    // The window's thread goes first when the cores are busy (a sync keeps both busy).
    QMetaObject::invokeMethod(m_worker, &BackgroundWork::lowerCurrentThreadPriority, Qt::QueuedConnection);
}

StoreReader::~StoreReader()
{
    stop();
    delete m_worker;
}

void StoreReader::post(std::function<void()> read, QObject *context, std::function<void()> done)
{
    Q_ASSERT(m_thread.isRunning());
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker,
        [this, context, stopping = m_stopping, read = std::move(read), done = std::move(done)]() mutable {
            // What is read for a view that is going away is not worth the wait.
            if (stopping->load())
                return;
            read();
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

void StoreReader::stop()
{
    if (!m_thread.isRunning())
        return;
    m_stopping->store(true);
    m_thread.quit();
    m_thread.wait();
}
