#include "app/inventory/deviceinventory.h"

#include "app/demo/demofleetgenerator.h"
#include "app/demo/demofleetwriter.h"
#include "app/storage/store.h"

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

DeviceInventory::DeviceInventory(std::shared_ptr<Store> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    connect(&m_watcher, &QFutureWatcher<LoadResult>::finished, this, &DeviceInventory::onLoadFinished);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(250);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DeviceInventory::flushRefresh);
    connect(&m_refreshWatcher, &QFutureWatcher<RefreshResult>::finished, this, &DeviceInventory::onRefreshFinished);
    connect(&m_detailsWatcher, &QFutureWatcher<DeviceDetails>::finished, this, [this] {
        m_detailsReading = false;
        emit deviceRead(m_detailsWatcher.result());
        if (m_nextDetails != 0)
            startDeviceRead();
    });
}

DeviceInventory::~DeviceInventory()
{
    m_cancel = true;
    m_watcher.waitForFinished();
    m_refreshWatcher.waitForFinished();
    m_detailsWatcher.waitForFinished();
}

void DeviceInventory::load()
{
    if (m_watcher.isRunning())
        return;
    m_cancel = false;
    // On a pool of our own: Qt's raster paint engine hands work to the global pool and
    // waits for it, so a load there held the first paint until the load ended (13-30 s
    // at 1,000,000 devices).
    m_watcher.setFuture(QtConcurrent::run(&m_workers, [this] { return loadOnWorker(); }));
}

DeviceInventory::LoadResult DeviceInventory::loadOnWorker()
{
    LoadResult result;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto progress = [this](const QString &stage) {
        return [this, stage](int done, int total) {
            reportProgress(done, total, stage);
            return !m_cancel.load();
        };
    };
    if (m_demoFleetSize > 0) {
        const int count = m_store->devices().deviceCount(&result.error);
        if (count < 0)
            return result;
        if (count == 0) {
            DemoFleetGenerator generator(m_store->settings().setting(QStringLiteral("demoSeed"), QStringLiteral("1")).toULongLong());
            if (!DemoFleetWriter::write(generator, *m_store, m_demoFleetSize, now, &result.error,
                                      progress(tr("Generating demo fleet"))))
                return result;
        }
    }
    result.policies = m_store->policies().loadPolicies(&result.error);
    if (!result.error.isEmpty())
        return result;
    result.reportingEnabled = m_store->settings().setting(QStringLiteral("reportingEnabled"), QStringLiteral("1"))
        != QLatin1String("0");
    m_store->devices().loadTable(&result.table, result.policies, now, &result.error, progress(tr("Loading devices")));
    return result;
}

void DeviceInventory::reportProgress(int done, int total, const QString &stage)
{
    QMetaObject::invokeMethod(
        this, [this, done, total, stage] { emit loadProgress(done, total, stage); }, Qt::QueuedConnection);
}

void DeviceInventory::onLoadFinished()
{
    const LoadResult result = m_watcher.result();
    if (!result.error.isEmpty()) {
        emit loadFailed(result.error);
        return;
    }
    m_policies = result.policies;
    m_reportingEnabled = result.reportingEnabled;
    emit tableLoaded(result.table);
}

DeviceEvaluation DeviceInventory::evaluate(const DeviceRecord &device, const QDateTime &now) const
{
    return ComplianceEvaluator::evaluate(device.violations, m_policies, now);
}

void DeviceInventory::readDevice(qint64 id)
{
    m_nextDetails = id;
    if (!m_detailsReading)
        startDeviceRead();
}

void DeviceInventory::startDeviceRead()
{
    DeviceDetails details;
    details.id = std::exchange(m_nextDetails, 0);
    details.policies = m_policies;
    details.reportingEnabled = m_reportingEnabled;
    details.evaluatedAt = QDateTime::currentDateTimeUtc();
    // On a worker: the window's thread never waits for SQLite, also while a sync writes.
    std::shared_ptr<Store> store = m_store;
    m_detailsReading = true;
    m_detailsWatcher.setFuture(QtConcurrent::run(&m_workers, [store, details]() mutable {
        details.device = store->devices().loadDevice(details.id, &details.error);
        if (!details.device)
            return details;
        details.evaluation
            = ComplianceEvaluator::evaluate(details.device->violations, details.policies, details.evaluatedAt);
        details.timeline = store->outbox().history(details.id, 200, &details.error);
        return details;
    }));
}

void DeviceInventory::refreshDevices(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        m_refreshIds.insert(id);
    if (!m_refreshIds.isEmpty() && !m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void DeviceInventory::flushRefresh()
{
    // While the list loads, the loaded table will hold the new state anyway.
    if (m_watcher.isRunning() || m_refreshIds.isEmpty())
        return;
    // One read at a time; what came in meanwhile is read next. (Not isRunning(): that is
    // false before finished() is delivered, and a new future would swallow it.)
    if (m_refreshReading || !m_pendingUpdates.devices.isEmpty()) {
        m_refreshTimer.start();
        return;
    }
    QList<qint64> ids(m_refreshIds.cbegin(), m_refreshIds.cend());
    m_refreshIds.clear();
    std::sort(ids.begin(), ids.end());
    // Read and evaluated on a worker (the store gives each thread its own connection):
    // a sync or a fleet report changes thousands of devices at once, and reading them
    // held the window for hundreds of milliseconds.
    std::shared_ptr<Store> store = m_store;
    m_refreshReading = true;
    m_refreshWatcher.setFuture(QtConcurrent::run(&m_workers, [store, ids] {
        RefreshResult result;
        result.policies = store->policies().loadPolicies(&result.error);
        if (!result.error.isEmpty())
            return result;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        result.devices.reserve(ids.size());
        result.evaluations.reserve(ids.size());
        store->devices().forEachDevice(ids, [&](const DeviceRecord &device, const DeviceStore::ReportState &) {
            result.devices.append(device);
            result.evaluations.append(ComplianceEvaluator::evaluate(device.violations, result.policies, now));
            return true;
        }, &result.error);
        return result;
    }));
}

void DeviceInventory::onRefreshFinished()
{
    m_refreshReading = false;
    RefreshResult result = m_refreshWatcher.result();
    if (!result.error.isEmpty()) {
        emit loadFailed(result.error);
        return;
    }
    m_policies = result.policies;
    m_pendingUpdates = std::move(result);
    emitPendingUpdates();
}

void DeviceInventory::emitPendingUpdates()
{
    // In slices, one per turn of the event loop, so the views' updates of thousands of
    // rows do not hold the window either.
    constexpr qsizetype kSlice = 1000;
    RefreshResult &pending = m_pendingUpdates;
    if (pending.devices.isEmpty())
        return;
    if (pending.devices.size() <= kSlice) {
        const QList<DeviceRecord> devices = std::exchange(pending.devices, {});
        const QList<DeviceEvaluation> evaluations = std::exchange(pending.evaluations, {});
        emit devicesUpdated(devices, evaluations);
        return;
    }
    const QList<DeviceRecord> devices = pending.devices.first(kSlice);
    const QList<DeviceEvaluation> evaluations = pending.evaluations.first(kSlice);
    pending.devices.remove(0, kSlice);
    pending.evaluations.remove(0, kSlice);
    emit devicesUpdated(devices, evaluations);
    QMetaObject::invokeMethod(this, &DeviceInventory::emitPendingUpdates, Qt::QueuedConnection);
}

QString DeviceInventory::storePath() const
{
    return m_store->location();
}
