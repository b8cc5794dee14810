#pragma once

#include "models/compliancepolicy.h"
#include "models/device.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class DeviceStore;

// A realistic demo fleet for the console, the emulator and the benchmarks. Each device
// depends only on (seed, index), so fleets of any size are generated streaming and the
// same index always gives the same device.
class DemoFleetGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoFleetGenerator)
    Q_DISABLE_COPY_MOVE(DemoFleetGenerator)

public:
    explicit DemoFleetGenerator(quint64 seed);

    quint64 seed() const { return m_seed; }

    // Every rule of PolicyRule, with tiered steps; ids 1..policies().size().
    QList<CompliancePolicy> policies() const;
    // The device with id index + 1, as of `now`.
    DeviceRecord device(int index, const QDateTime &now) const;

    // Writes the policies and devices 0..count-1 in chunks. progress(done, total) is called
    // after each chunk; returning false stops (chunks already written stay written).
    bool writeFleet(DeviceStore &store, int count, const QDateTime &now, QString *error,
        const std::function<bool(int done, int total)> &progress = {});

private:
    const quint64 m_seed;
    QHash<qint64, CompliancePolicy> m_policies;
};
