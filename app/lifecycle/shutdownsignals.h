#pragma once

#include <QObject>

class QSocketNotifier;

// SIGTERM, SIGINT and SIGHUP as a Qt signal, so the program ends through its event loop and
// its destructors run: the reporting engine's writer commits what it holds and the demo
// tenant stops its emulator. The handler only records the signal and writes its number to a
// pipe (async-signal-safe); stopRequested() is emitted from the event loop. A second signal
// while stopping takes its default action, so a stuck stop can still be cut short.
// One object per process, made on the main thread once the application object exists.
class ShutdownSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownSignals)

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

    // The first of the signals received, 0 while none was.
    static int received();
    // The exit status of a program stopped by signal, as a shell reports it: 128 + signal.
    static int exitCode(int signal) { return 128 + signal; }

signals:
    void stopRequested(int signal);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
};
