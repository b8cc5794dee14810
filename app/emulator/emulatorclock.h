#pragma once

#include <QtGlobal>

#include <atomic>

// The emulator's time: wall time (token expiry, message processing, churn, heartbeats,
// violation ages) and a monotonic time (Retry-After windows) from one source, so a test
// that moves the clock moves both. A real clock reads the system's; a manual one stands
// still until advance() is called, from a start the caller chooses.
class EmulatorClock final
{
    Q_DISABLE_COPY_MOVE(EmulatorClock)

public:
    // The system clocks.
    EmulatorClock();
    // A manual clock whose wall time starts at startMs (ms since the epoch, UTC).
    explicit EmulatorClock(qint64 startMs);

    bool isManual() const { return m_manual; }
    qint64 wallMs() const; // ms since the epoch, UTC
    qint64 steadyNs() const; // only differences mean something
    // Moves a manual clock forward; false (and no change) for a real clock or a negative step.
    bool advance(qint64 ms);

private:
    const bool m_manual;
    const qint64 m_startMs;
    std::atomic<qint64> m_offsetMs { 0 };
};
