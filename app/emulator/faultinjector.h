#pragma once

#include "app/emulator/emulatorfaults.h"
#include "app/emulator/emulatormessages.h"

#include <QHash>
#include <QRandomGenerator>

#include <optional>

struct EmulatorStatistics;

// The injected faults of docs/EMULATOR-CONTRACT.md: one draw per request decides its
// fault, so a seed replays the same faults for the same requests; a few faults of one
// family (asynchronous failures, in-band refusals, throttled $batch items) draw on their
// own. It also judges repetitions of a throttled request against their Retry-After.
class FaultInjector final
{
    Q_DISABLE_COPY_MOVE(FaultInjector)

public:
    FaultInjector(const EmulatorFaults &faults, EmulatorStatistics &stats);

    const EmulatorFaults &faults() const { return m_faults; }
    // A new seed restarts every draw.
    void setFaults(const EmulatorFaults &faults, bool reseed);

    // Before a request is handled: counts it when it repeats a request answered 429 before
    // that answer's Retry-After ended, then draws. An answer (429, 500, 502, 503, 504) is
    // given instead of handling the request.
    std::optional<EmulatorResponse> before(const EmulatorRequest &request, qint64 steadyNs);
    // After the request was handled, by the same draw: reset, delay, timeout or malformed,
    // as when a network fails after the server committed.
    void after(EmulatorResponse &response);

    // A GET under one of hugeBodyPaths: its answer's body never ends.
    bool wantsHugeBody(const EmulatorRequest &request) const;
    EmulatorResponse hugeBody();

    bool drawAsyncFailed();
    bool drawUploadRefusal();
    bool drawBatchItem429();
    // Shuffles $batch answers: deterministic for a seed, apart from the fault draws.
    QRandomGenerator &orderGenerator() { return m_orderRng; }
    // The Retry-After a throttled answer carries, as header text.
    QByteArray retryAfterText() const;

    // Forgets the Retry-After windows (POST /admin/reset-stats).
    void forgetWindows() { m_windows.clear(); }

    // What makes two requests "the same request" for Retry-After: client address, method,
    // path, query and body (a retry repeats all of them).
    static QByteArray throttleKey(const EmulatorRequest &request);

private:
    void seed();
    bool drawOwn(double rate);

    EmulatorFaults m_faults;
    EmulatorStatistics &m_stats;
    QRandomGenerator m_requestRng;
    QRandomGenerator m_orderRng;
    // A request answered 429: its repetition is early when it arrives before the moment
    // the 429 left plus Retry-After, on the monotonic clock. The client can only repeat it
    // after reading the 429, which left after that moment, so the check needs no grace and
    // no tolerance. Other requests that arrive meanwhile were possibly in flight before
    // the client could see the 429 and are not counted.
    QHash<QByteArray, qint64> m_windows; // throttleKey -> end, ns
    double m_draw = 1;
};
