#include "app/lifecycle/shutdownsignals.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {
Q_LOGGING_CATEGORY(lcLifecycle, "asc.lifecycle", QtInfoMsg)

constexpr int kSignals[] = { SIGTERM, SIGINT, SIGHUP };

int g_pipe[2] = { -1, -1 };
// Lock-free, so the handler may touch it.
std::atomic<int> g_received { 0 };
static_assert(std::atomic<int>::is_always_lock_free);

void onSignal(int signal)
{
    const int savedErrno = errno;
    int none = 0;
    g_received.compare_exchange_strong(none, signal);
    const auto byte = static_cast<unsigned char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    errno = savedErrno;
}

void setHandler(void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : kSignals)
        ::sigaction(signal, &action, nullptr);
}
} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
    Q_ASSERT(g_pipe[0] < 0);
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        qCWarning(lcLifecycle) << "no pipe for the stop signals, they keep their default action:"
                               << qt_error_string(errno);
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownSignals::readPipe);
    setHandler(onSignal);
}

ShutdownSignals::~ShutdownSignals()
{
    if (!m_notifier)
        return;
    setHandler(SIG_DFL);
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

int ShutdownSignals::received()
{
    return g_received.load();
}

void ShutdownSignals::readPipe()
{
    unsigned char bytes[16];
    while (::read(g_pipe[0], bytes, sizeof bytes) > 0) { }
    m_notifier->setEnabled(false); // once: a second signal takes its default action

    setHandler(SIG_DFL);
    const int signal = received();
    qCInfo(lcLifecycle) << "stopping on signal" << signal;
    emit stopRequested(signal);
}
