#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

class DemoFleetGenerator;
class Store;

// Fills a store with the demo fleet, as the MDM of the demo tenant would describe it.
class DemoFleetWriter final
{
    Q_DECLARE_TR_FUNCTIONS(DemoFleetWriter)

public:
    // Writes the generator's policies and devices 0..count-1 in chunks, each device's
    // quarantined flag following the policies at `now`. progress(done, total) is called
    // after each chunk; returning false stops (chunks already written stay written).
    static bool write(const DemoFleetGenerator &generator, Store &store, int count, const QDateTime &now,
        QString *error, const std::function<bool(int done, int total)> &progress = {});
};
