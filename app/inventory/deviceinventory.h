#pragma once

#include "models/complianceevaluator.h"
#include "models/device.h"
#include "models/devicetable.h"
#include "app/storage/reportoutbox.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

class Store;

// One device as Device Details shows it: the stored record evaluated with the policies
// the list was evaluated with, and its report timeline (newest first).
struct DeviceDetails
{
    qint64 id = 0;
    std::optional<DeviceRecord> device; // none: error says why
    DeviceEvaluation evaluation;
    QHash<qint64, CompliancePolicy> policies;
    bool reportingEnabled = true;
    QDateTime evaluatedAt;
    QList<ReportEvent> timeline;
    QString error;
};

// The service the views ask for devices: it loads the device list from the store on a
// worker thread, reads one device for Device Details, and evaluates policies. Views
// never touch SQL; they call this and listen to its signals.
class DeviceInventory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceInventory)

public:
    explicit DeviceInventory(std::shared_ptr<Store> store, QObject *parent = nullptr);
    ~DeviceInventory() override;

    // With no tenant configured the console runs on a generated demo fleet: when the
    // store is empty, load() first writes this many demo devices (0: never).
    void setDemoFleetSize(int devices) { m_demoFleetSize = devices; }

    // Starts loading on a worker thread; tableLoaded or loadFailed follows. A load
    // already running is left to finish.
    void load();
    bool isLoading() const { return m_watcher.isRunning(); }

    QHash<qint64, CompliancePolicy> policies() const { return m_policies; }
    bool reportingEnabled() const { return m_reportingEnabled; }
    void setReportingEnabled(bool enabled) { m_reportingEnabled = enabled; }
    DeviceEvaluation evaluate(const DeviceRecord &device, const QDateTime &now) const;
    // Reads one device and its report timeline (queued, sent, completed, failed) on a
    // worker thread and evaluates it; deviceRead follows. Asked again while a read runs,
    // only the last device asked for is read next.
    void readDevice(qint64 id);
    // Re-reads these devices and evaluates them on a worker thread; devicesUpdated
    // follows, in slices of at most 1,000 devices on separate turns of the event loop.
    // Requests that come close together (a sync, a stream of confirmations) are read once.
    void refreshDevices(const QList<qint64> &ids);
    QString storePath() const;

signals:
    void loadProgress(int done, int total, const QString &stage);
    void tableLoaded(const DeviceTable &table);
    void loadFailed(const QString &error);
    void devicesUpdated(const QList<DeviceRecord> &devices, const QList<DeviceEvaluation> &evaluations);
    void deviceRead(const DeviceDetails &details);

private:
    struct LoadResult
    {
        DeviceTable table;
        QHash<qint64, CompliancePolicy> policies;
        bool reportingEnabled = true;
        QString error;
    };
    struct RefreshResult
    {
        QList<DeviceRecord> devices;
        QList<DeviceEvaluation> evaluations;
        QHash<qint64, CompliancePolicy> policies;
        QString error;
    };
    LoadResult loadOnWorker();
    void onRefreshFinished();
    void emitPendingUpdates();
    void onLoadFinished();
    void reportProgress(int done, int total, const QString &stage);
    void flushRefresh();
    void startDeviceRead();

    std::shared_ptr<Store> m_store;
    QThreadPool m_workers; // not the global pool: see load()
    QFutureWatcher<LoadResult> m_watcher;
    std::atomic<bool> m_cancel{false};
    int m_demoFleetSize = 0;
    QHash<qint64, CompliancePolicy> m_policies;
    bool m_reportingEnabled = true;
    QSet<qint64> m_refreshIds;
    QTimer m_refreshTimer;
    QFutureWatcher<RefreshResult> m_refreshWatcher;
    RefreshResult m_pendingUpdates; // read, not yet emitted
    bool m_refreshReading = false;  // from the start of a read until onRefreshFinished
    QFutureWatcher<DeviceDetails> m_detailsWatcher;
    qint64 m_nextDetails = 0; // the device to read once the running read is done
    bool m_detailsReading = false;
};
