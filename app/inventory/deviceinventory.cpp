#include "app/inventory/deviceinventory.h"

#include "app/demo/demofleetgenerator.h"
#include "app/storage/devicestore.h"

#include <QtConcurrent/QtConcurrentRun>

DeviceInventory::DeviceInventory(std::shared_ptr<DeviceStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    connect(&m_watcher, &QFutureWatcher<LoadResult>::finished, this, &DeviceInventory::onLoadFinished);
}

DeviceInventory::~DeviceInventory()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void DeviceInventory::load()
{
    if (m_watcher.isRunning())
        return;
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run([this] { return loadOnWorker(); }));
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
        const int count = m_store->deviceCount(&result.error);
        if (count < 0)
            return result;
        if (count == 0) {
            DemoFleetGenerator generator(m_store->setting(QStringLiteral("demoSeed"), QStringLiteral("1")).toULongLong());
            if (!generator.writeFleet(*m_store, m_demoFleetSize, now, &result.error,
                                      progress(tr("Generating demo fleet"))))
                return result;
        }
    }
    result.policies = m_store->loadPolicies(&result.error);
    if (!result.error.isEmpty())
        return result;
    result.reportingEnabled = m_store->setting(QStringLiteral("reportingEnabled"), QStringLiteral("1"))
        != QLatin1String("0");
    m_store->loadTable(&result.table, result.policies, now, &result.error, progress(tr("Loading devices")));
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

std::optional<DeviceRecord> DeviceInventory::device(qint64 id, QString *error) const
{
    return m_store->loadDevice(id, error);
}

DeviceEvaluation DeviceInventory::evaluate(const DeviceRecord &device, const QDateTime &now) const
{
    return ComplianceEvaluator::evaluate(device.violations, m_policies, now);
}

QString DeviceInventory::storePath() const
{
    return m_store->path();
}
