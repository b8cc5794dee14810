#include "app/threading/backgroundwork.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {

class LowPriorityPool final : public QThreadPool
{
public:
    LowPriorityPool();
};

Q_GLOBAL_STATIC(LowPriorityPool, lowPriorityPool)

// Run by QCoreApplication's destructor, as Qt does for its global pool: no work of this
// pool outlives the application object.
void waitForBackgroundWork()
{
    if (lowPriorityPool.exists())
        lowPriorityPool->waitForDone();
}

LowPriorityPool::LowPriorityPool()
{
    setObjectName(QStringLiteral("BackgroundWork"));
    setMaxThreadCount(QThread::idealThreadCount());
    qAddPostRoutine(waitForBackgroundWork);
}

} // namespace

namespace BackgroundWork {

void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    constexpr int kNice = 5;
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), kNice);
#endif
}

QThreadPool *pool()
{
    return lowPriorityPool();
}

} // namespace BackgroundWork
