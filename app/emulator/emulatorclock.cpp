#include "app/emulator/emulatorclock.h"

#include <QDateTime>

#include <chrono>

EmulatorClock::EmulatorClock()
    : m_manual(false)
    , m_startMs(0)
{
}

EmulatorClock::EmulatorClock(qint64 startMs)
    : m_manual(true)
    , m_startMs(startMs)
{
}

qint64 EmulatorClock::wallMs() const
{
    if (!m_manual)
        return QDateTime::currentMSecsSinceEpoch();
    return m_startMs + m_offsetMs.load();
}

qint64 EmulatorClock::steadyNs() const
{
    if (!m_manual)
        return std::chrono::duration_cast<std::chrono::nanoseconds>(
            std::chrono::steady_clock::now().time_since_epoch())
            .count();
    return m_offsetMs.load() * 1000000;
}

bool EmulatorClock::advance(qint64 ms)
{
    if (!m_manual || ms < 0)
        return false;
    m_offsetMs += ms;
    return true;
}
