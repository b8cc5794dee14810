#include "app/demo/demofleetwriter.h"

#include "app/demo/demofleetgenerator.h"
#include "app/storage/store.h"
#include "models/complianceevaluator.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {
constexpr int kChunkSize = 20000;
}

bool DemoFleetWriter::write(const DemoFleetGenerator &generator, Store &store, int count, const QDateTime &now,
    QString *error, const std::function<bool(int done, int total)> &progress)
{
    count = std::max(count, 0);
    const QList<CompliancePolicy> policies = generator.policies();
    if (!store.policies().upsertPolicies(policies, error))
        return false;
    QHash<qint64, CompliancePolicy> byId;
    for (const CompliancePolicy &policy : policies)
        byId.insert(policy.id, policy);
    const auto makeChunk = [&generator, &byId, count, now](int first) {
        QList<DeviceRecord> chunk;
        const int last = std::min(count, first + kChunkSize);
        chunk.reserve(last - first);
        for (int index = first; index < last; ++index) {
            DeviceRecord device = generator.device(index, now);
            // The MDM quarantines a device while a Quarantine step is in effect.
            if (!device.violations.isEmpty())
                device.quarantined = ComplianceEvaluator::evaluate(device.violations, byId, now).action
                    == ComplianceAction::Quarantine;
            chunk.append(device);
        }
        return chunk;
    };
    // Generating the next chunk on another core while this one is written roughly halves
    // the time of a large fleet.
    QList<DeviceRecord> chunk = makeChunk(0);
    for (int first = 0; first < count; first += kChunkSize) {
        const int next = first + kChunkSize;
        QFuture<QList<DeviceRecord>> upcoming;
        if (next < count)
            upcoming = QtConcurrent::run(makeChunk, next);
        const bool written = store.devices().upsertDevices(chunk, error);
        if (upcoming.isValid())
            chunk = upcoming.result();
        if (!written)
            return false;
        const int done = std::min(count, next);
        if (progress && !progress(done, count)) {
            if (error)
                *error = tr("Writing the demo fleet was cancelled after %1 of %2 devices.")
                             .arg(QString::number(done), QString::number(count));
            return false;
        }
    }
    return true;
}
