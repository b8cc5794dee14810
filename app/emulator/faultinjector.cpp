#include "app/emulator/faultinjector.h"

#include "app/emulator/emulatorstatistics.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>

namespace {

QRandomGenerator seededGenerator(quint64 seed, quint32 salt)
{
    const quint32 words[3] = { quint32(seed), quint32(seed >> 32), salt };
    return { words, words + 3 };
}

} // namespace

FaultInjector::FaultInjector(const EmulatorFaults &faults, EmulatorStatistics &stats)
    : m_faults(faults)
    , m_stats(stats)
{
    seed();
}

void FaultInjector::seed()
{
    m_requestRng = seededGenerator(m_faults.seed, 0xFAu);
    m_orderRng = seededGenerator(m_faults.seed, 0xB7u);
}

void FaultInjector::setFaults(const EmulatorFaults &faults, bool reseed)
{
    m_faults = faults;
    if (reseed)
        seed();
}

QByteArray FaultInjector::throttleKey(const EmulatorRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.peer.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(request.method);
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(request.path.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(request.query.toString(QUrl::FullyEncoded).toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(request.body);
    return hash.result();
}

QByteArray FaultInjector::retryAfterText() const
{
    if (m_faults.retryAfterDecimal > 0)
        return QByteArray::number(m_faults.retryAfterDecimal, 'g', 10);
    return QByteArray::number(m_faults.retryAfterSeconds);
}

std::optional<EmulatorResponse> FaultInjector::before(const EmulatorRequest &request, qint64 steadyNs)
{
    const QByteArray identity = throttleKey(request);
    if (const auto window = m_windows.constFind(identity); window != m_windows.cend()) {
        if (steadyNs < *window)
            ++m_stats.earlyRequests;
        else
            m_windows.erase(window);
    }

    m_draw = m_requestRng.generateDouble();
    const double draw = m_draw;
    double edge = m_faults.rate429;
    if (draw < edge) {
        ++m_stats.faults429;
        const double seconds = m_faults.retryAfterDecimal > 0 ? m_faults.retryAfterDecimal
                                                              : double(m_faults.retryAfterSeconds);
        qint64 &end = m_windows[identity];
        end = std::max(end, steadyNs + qint64(std::ceil(seconds * 1e9)));
        const QByteArray retryAfter = retryAfterText();
        EmulatorResponse response = EmulatorResponse::error(429,
            QStringLiteral("Too many requests: retry after %1 seconds").arg(QString::fromLatin1(retryAfter)));
        response.setHeader(QByteArrayLiteral("Retry-After"), retryAfter);
        return response;
    }
    const std::pair<double, int> unhandled[] = { { m_faults.rate500, 500 }, { m_faults.rate502, 502 },
        { m_faults.rate503, 503 }, { m_faults.rate504, 504 } };
    for (const auto &[rate, status] : unhandled) {
        if (draw < (edge += rate)) {
            switch (status) {
            case 500:
                ++m_stats.faults500;
                return EmulatorResponse::error(500, QStringLiteral("Internal server error (injected fault)"));
            case 502:
                ++m_stats.faults502;
                return EmulatorResponse::error(502, QStringLiteral("Bad gateway (injected fault)"));
            case 503:
                ++m_stats.faults503;
                return EmulatorResponse::error(503, QStringLiteral("Service unavailable (injected fault)"));
            default:
                ++m_stats.faults504;
                return EmulatorResponse::error(504, QStringLiteral("Gateway timeout (injected fault)"));
            }
        }
    }
    return std::nullopt;
}

void FaultInjector::after(EmulatorResponse &response)
{
    const double draw = m_draw;
    double edge
        = m_faults.rate429 + m_faults.rate500 + m_faults.rate502 + m_faults.rate503 + m_faults.rate504;
    if (draw < (edge += m_faults.rateReset)) {
        ++m_stats.faultsReset;
        response.action = EmulatorResponse::Action::Reset;
    } else if (draw < (edge += m_faults.rateDelay)) {
        ++m_stats.faultsDelay;
        response.action = EmulatorResponse::Action::Delay;
        response.delayMs = m_faults.delayMs;
    } else if (draw < (edge += m_faults.rateTimeout)) {
        ++m_stats.faultsTimeout;
        response.action = EmulatorResponse::Action::Delay;
        response.delayMs = m_faults.timeoutMs;
    } else if (draw < (edge += m_faults.rateMalformed)) {
        ++m_stats.faultsMalformed;
        response.body.truncate(std::max<qsizetype>(1, response.body.size() / 2));
        if (response.body.isEmpty())
            response.body = QByteArrayLiteral("{");
    }
}

bool FaultInjector::wantsHugeBody(const EmulatorRequest &request) const
{
    if (request.method != "GET")
        return false;
    return std::any_of(m_faults.hugeBodyPaths.cbegin(), m_faults.hugeBodyPaths.cend(),
        [&request](const QString &prefix) { return request.path.startsWith(prefix); });
}

EmulatorResponse FaultInjector::hugeBody()
{
    ++m_stats.faultsHugeBody;
    // The start of a device list page; the transport then sends spaces until the client
    // gives up or 4 GiB went out.
    EmulatorResponse response
        = EmulatorResponse::json(200, QByteArrayLiteral("{\"result\":{\"searchResults\":["));
    response.action = EmulatorResponse::Action::Endless;
    return response;
}

bool FaultInjector::drawOwn(double rate)
{
    // No draw at a rate of 0, so the request faults of a seed stay the same.
    return rate > 0 && m_requestRng.generateDouble() < rate;
}

bool FaultInjector::drawAsyncFailed()
{
    if (!drawOwn(m_faults.rateAsyncFailed))
        return false;
    ++m_stats.faultsAsyncFailed;
    return true;
}

bool FaultInjector::drawUploadRefusal()
{
    if (!drawOwn(m_faults.rateUploadInBandRefusal))
        return false;
    ++m_stats.faultsUploadInBand;
    return true;
}

bool FaultInjector::drawBatchItem429()
{
    if (!drawOwn(m_faults.rateBatchItem429))
        return false;
    ++m_stats.faultsBatchItem429;
    return true;
}
