#include "app/threading/backgroundwork.h"

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
    LowPriorityPool()
    {
        setObjectName(QStringLiteral("BackgroundWork"));
        setMaxThreadCount(QThread::idealThreadCount());
    }
};

Q_GLOBAL_STATIC(LowPriorityPool, lowPriorityPool)

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
