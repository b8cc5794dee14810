#include "app/reporting/reportingengine.h"
#include "app/logging/logcategories.h"

#include "app/net/inventoryclient.h"
#include "app/net/partnercomplianceclient.h"
#include "app/storage/devicestore.h"

namespace {
const QString kProvisionedKey = QStringLiteral("azure/provisionedTenant");
const QString kWeeklyKey = QStringLiteral("reporting/lastWeekly");
constexpr int kHeartbeatMs = 60 * 60 * 1000;
} // namespace

ReportingEngine::ReportingEngine(DeviceStore *store, InventoryClient *inventory, PartnerComplianceClient *partner,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_inventory(inventory)
    , m_partner(partner)
    , m_outbox(*store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_pumpTimer.setInterval(1000);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ReportingEngine::pump);
    m_heartbeatTimer.setInterval(kHeartbeatMs);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &ReportingEngine::heartbeat);
    connect(this, &ReportingEngine::problem, this, [](const QString &message) { qCInfo(lcReporting).noquote() << message; });
}

ReportingEngine::~ReportingEngine() = default;

void ReportingEngine::setSettings(const ReportingSettings &settings)
{
    m_settings = settings;
}

bool ReportingEngine::setReportingEnabled(bool enabled, QString *error)
{
    if (!m_store->setSetting(QStringLiteral("reportingEnabled"), enabled ? QStringLiteral("1") : QStringLiteral("0"),
                             error))
        return false;
    m_settings.enabled = enabled;
    emit reportingEnabledChanged(enabled);
    if (enabled)
        pump();
    return true;
}

void ReportingEngine::forgetProvisioning()
{
    m_provisioned = false;
    m_store->setSetting(kProvisionedKey, QString());
}

void ReportingEngine::start()
{
    m_running = true;
    m_pumpTimer.start();
    m_heartbeatTimer.start();
    QString error;
    m_policies = m_store->loadPolicies(&error);
    pump();
}

void ReportingEngine::stop()
{
    m_running = false;
    m_pumpTimer.stop();
    m_heartbeatTimer.stop();
}

bool ReportingEngine::enqueue(ReportTrigger trigger, const QList<OutboxDevice> &devices, QString *error)
{
    if (devices.isEmpty())
        return true;
    const QString name = ReportPlanner::triggerStorageName(trigger);
    if (!m_outbox.enqueue(name, devices, m_settings.tenantId, m_settings.batchSize, now(), nullptr, error))
        return false;
    m_summary.queued[trigger] += int(devices.size());
    emit reportsQueued(int(devices.size()), name);
    QList<qint64> ids;
    ids.reserve(devices.size());
    for (const OutboxDevice &device : devices)
        ids.append(device.deviceId);
    emit devicesChanged(ids);
    QMetaObject::invokeMethod(this, &ReportingEngine::pump, Qt::QueuedConnection);
    return true;
}

// ---- sending

void ReportingEngine::pump()
{
    if (!m_running || !m_settings.enabled)
        return;
    ensureProvisioned();
    if (!m_provisioned)
        return;
    QString error;
    const int free = m_settings.maxInFlight - int(m_uploading.size());
    if (free > 0) {
        const QList<OutboxMessage> due = m_outbox.due(now(), free + int(m_uploading.size()), &error);
        int started = 0;
        for (const OutboxMessage &message : due) {
            if (started >= free)
                break;
            if (m_uploading.contains(message.id))
                continue;
            upload(message);
            ++started;
        }
    }
    // Sent messages not being confirmed yet (for instance left by a previous run).
    const QList<OutboxMessage> sent = m_outbox.awaitingConfirmation(1000, &error);
    for (const OutboxMessage &message : sent) {
        if (!m_confirmDelay.contains(message.id))
            scheduleConfirm(message.id, m_settings.confirmPollMs);
    }
    if (!error.isEmpty())
        emit problem(error);
    checkIdle();
}

void ReportingEngine::ensureProvisioned()
{
    if (m_provisioned || m_provisioning)
        return;
    const QString tenant = m_settings.tenantId.toString(QUuid::WithoutBraces);
    if (m_store->setting(kProvisionedKey) == tenant) {
        m_provisioned = true;
        return;
    }
    m_provisioning = true;
    m_partner->provisionTenant(true, this, [this, tenant](const QString &error) {
        m_provisioning = false;
        if (!error.isEmpty()) {
            emit problem(error);
            return; // the pump timer tries again
        }
        m_store->setSetting(kProvisionedKey, tenant);
        m_provisioned = true;
        heartbeat();
        pump();
    });
}

void ReportingEngine::heartbeat()
{
    if (!m_running || !m_provisioned)
        return;
    m_partner->heartbeat(this, [this](const QString &error) {
        if (!error.isEmpty())
            emit problem(error);
    });
}

void ReportingEngine::upload(const OutboxMessage &message)
{
    m_uploading.insert(message.id);
    m_partner->uploadMessageBody(message.id, message.body, this,
                                 [this, message](const PartnerComplianceClient::UploadResult &result) {
                                     if (result.httpStatus == 409) {
                                         // Azure no longer knows the tenant (deprovisioned,
                                         // or a new demo tenant): provision again, then resend.
                                         forgetProvisioning();
                                         onUploaded(message, false, false, result.error);
                                         return;
                                     }
                                     onUploaded(message, result.ok(), result.permanent, result.error);
                                 });
}

void ReportingEngine::onUploaded(const OutboxMessage &message, bool ok, bool permanent, const QString &error)
{
    m_uploading.remove(message.id);
    QString storeError;
    if (ok) {
        if (!m_outbox.markSent(message.id, now(), &storeError))
            emit problem(storeError);
        emit messageSent(message.id);
        scheduleConfirm(message.id, m_settings.confirmPollMs);
    } else if (permanent || message.attempts + 1 >= m_settings.maxAttempts) {
        finishMessage(message.id, false, error);
    } else {
        const qint64 delaySecs = std::min<qint64>(m_settings.retryCapSecs,
                                                  qint64(m_settings.retryBaseSecs) << std::min(message.attempts, 20));
        if (!m_outbox.markRetry(message.id, now().addSecs(delaySecs), error, now(), &storeError))
            emit problem(storeError);
    }
    pump();
}

void ReportingEngine::scheduleConfirm(const QUuid &id, int delayMs)
{
    m_confirmDelay.insert(id, delayMs);
    QTimer::singleShot(delayMs, this, [this, id] { confirm(id); });
}

void ReportingEngine::confirm(const QUuid &id)
{
    if (!m_running)
        return;
    m_partner->messageStatus(id, this, [this, id](const PartnerComplianceClient::MessageStatus &status) {
        const int delay = std::min(m_settings.confirmPollCapMs, m_confirmDelay.value(id, m_settings.confirmPollMs) * 2);
        switch (status.state) {
        case PartnerComplianceClient::MessageStatus::Completed:
            finishMessage(id, true, {});
            return;
        case PartnerComplianceClient::MessageStatus::Failed:
            finishMessage(id, false, status.errorDetail);
            return;
        case PartnerComplianceClient::MessageStatus::Unknown: {
            // Azure does not know the message (lost after it was accepted): send it
            // again under the same id.
            m_confirmDelay.remove(id);
            QString error;
            if (!m_outbox.markRetry(id, now(), status.error, now(), &error))
                emit problem(error);
            pump();
            return;
        }
        case PartnerComplianceClient::MessageStatus::InProgress:
            scheduleConfirm(id, delay);
            return;
        case PartnerComplianceClient::MessageStatus::Error:
            emit problem(status.error);
            scheduleConfirm(id, delay);
            return;
        }
    });
}

void ReportingEngine::finishMessage(const QUuid &id, bool completed, const QString &detail)
{
    m_confirmDelay.remove(id);
    QString error;
    const bool stored = completed ? m_outbox.markCompleted(id, now(), &error)
                                  : m_outbox.markFailed(id, detail, now(), &error);
    if (!stored) {
        emit problem(error);
        return;
    }
    emit messageFinished(id, completed, detail);
    const QList<qint64> ids = m_outbox.deviceIds(id, &error);
    if (!ids.isEmpty())
        emit devicesChanged(ids);
    checkIdle();
}

bool ReportingEngine::isIdle() const
{
    if (m_syncing || !m_uploading.isEmpty() || !m_fleetJobs.isEmpty())
        return false;
    QString error;
    const OutboxCounts counts = m_outbox.counts(&error);
    return counts.pending == 0 && counts.sent == 0;
}

void ReportingEngine::checkIdle()
{
    if (isIdle())
        emit idle();
}

// ---- deciding what to report

void ReportingEngine::sync()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_summary = SyncSummary();
    syncPolicies();
}

void ReportingEngine::syncPolicies()
{
    m_inventory->fetchPolicies(this, [this](const QList<CompliancePolicy> &policies, const QString &error) {
        QString storeError;
        if (!error.isEmpty()) {
            // Evaluate with the policies we have rather than not at all.
            emit problem(error);
        } else if (!m_store->upsertPolicies(policies, &storeError)) {
            m_syncing = false;
            emit syncFinished(false, storeError, m_summary);
            return;
        }
        m_policies = m_store->loadPolicies(&storeError);
        syncDevices();
    });
}

void ReportingEngine::syncDevices()
{
    m_inventory->fetchAllDevices(
        this,
        [this](const QList<DeviceRecord> &page, qint64 done, qint64 total) {
            QString error;
            if (!processPage(page, &error)) {
                emit problem(error);
                return false;
            }
            m_summary.devices += int(page.size());
            emit syncProgress(int(done), int(total));
            return true;
        },
        [this](const QString &error, const QStringList &recordErrors) {
            m_syncing = false;
            m_summary.skippedRecords = int(recordErrors.size());
            m_summary.recordErrors = recordErrors;
            emit syncFinished(error.isEmpty(), error, m_summary);
            pump();
        });
}

bool ReportingEngine::processPage(const QList<DeviceRecord> &page, QString *error)
{
    QList<qint64> ids;
    ids.reserve(page.size());
    for (const DeviceRecord &device : page)
        ids.append(device.id);
    struct Previous
    {
        QList<Violation> violations;
        DeviceStore::ReportState state;
    };
    QHash<qint64, Previous> previous;
    previous.reserve(page.size());
    if (!m_store->forEachDevice(ids,
                                [&previous](const DeviceRecord &device, const DeviceStore::ReportState &state) {
                                    previous.insert(device.id, Previous{device.violations, state});
                                    return true;
                                },
                                error))
        return false;
    if (!m_store->upsertDevices(page, error, DeviceStore::UpsertMode::InventoryOnly))
        return false;
    emit devicesChanged(ids);
    if (!m_settings.enabled)
        return true;

    const QDateTime at = now();
    QHash<ReportTrigger, QList<OutboxDevice>> reports;
    for (const DeviceRecord &device : page) {
        const AzureOutcome outcome = ComplianceEvaluator::evaluate(device.violations, m_policies, at).outcome;
        const auto it = previous.constFind(device.id);
        const std::optional<QList<Violation>> before = it == previous.constEnd()
            ? std::nullopt
            : std::optional<QList<Violation>>(it->violations);
        const DeviceStore::ReportState state = it == previous.constEnd() ? DeviceStore::ReportState() : it->state;
        if (const auto trigger = ReportPlanner::triggerAfterSync(device, before, state, outcome))
            reports[*trigger].append(ReportPlanner::reportFor(device, outcome, at));
    }
    for (auto it = reports.cbegin(); it != reports.cend(); ++it) {
        if (!enqueue(it.key(), it.value(), error))
            return false;
    }
    return true;
}

bool ReportingEngine::reportNow(const QList<qint64> &deviceIds, QList<qint64> *skipped, QString *error)
{
    if (!m_settings.enabled) {
        *error = tr("Reporting to Azure is switched off in the settings.");
        return false;
    }
    const QDateTime at = now();
    QList<OutboxDevice> reports;
    QSet<qint64> found;
    if (!m_store->forEachDevice(deviceIds,
                                [&](const DeviceRecord &device, const DeviceStore::ReportState &) {
                                    found.insert(device.id);
                                    if (!ReportPlanner::canReport(device)) {
                                        if (skipped)
                                            skipped->append(device.id);
                                        return true;
                                    }
                                    const AzureOutcome outcome
                                        = ComplianceEvaluator::evaluate(device.violations, m_policies, at).outcome;
                                    reports.append(ReportPlanner::reportFor(device, outcome, at));
                                    return true;
                                },
                                error))
        return false;
    for (qint64 id : deviceIds) {
        if (!found.contains(id)) {
            *error = tr("There is no device with id %1.").arg(id);
            return false;
        }
    }
    QStringList idTexts;
    for (qint64 id : deviceIds)
        idTexts.append(QString::number(id));
    QString auditError;
    m_store->appendAudit(qEnvironmentVariable("USER", QStringLiteral("console")), QStringLiteral("report-now"),
                         idTexts.join(QLatin1Char(',')), QString(), &auditError);
    return enqueue(ReportTrigger::Manual, reports, error);
}

bool ReportingEngine::reportFleet(ReportTrigger trigger,
                                  const std::function<bool(const DeviceStore::ReportState &, AzureOutcome)> &wanted,
                                  QString *error, bool weekly, bool synchronous)
{
    QString readError;
    const QList<qint64> all = m_store->deviceIds(&readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    FleetJob job{trigger, wanted, all, 0, now(), weekly};
    if (synchronous) {
        while (job.next < job.ids.size()) {
            if (!fleetChunk(job, error))
                return false;
        }
        return true;
    }
    // Read and queued in steps on later turns of the event loop (a fleet of 100,000 took
    // seconds in one go); isIdle() is false until the last step.
    m_fleetJobs.append(job);
    if (m_fleetJobs.size() == 1)
        QMetaObject::invokeMethod(this, &ReportingEngine::fleetStep, Qt::QueuedConnection);
    return true;
}

bool ReportingEngine::fleetChunk(FleetJob &job, QString *error)
{
    // One step takes a few tens of milliseconds, so the window stays responsive.
    const int step = std::max(1, m_settings.fleetStepDevices);
    QList<OutboxDevice> reports;
    // Chunks of ids, so no read transaction is open while the outbox writes.
    bool ok = m_store->forEachDevice(
        job.ids.mid(job.next, step),
        [&](const DeviceRecord &device, const DeviceStore::ReportState &state) {
            if (!ReportPlanner::canReport(device))
                return true;
            const AzureOutcome outcome = ComplianceEvaluator::evaluate(device.violations, m_policies, job.at).outcome;
            if (job.wanted(state, outcome))
                reports.append(ReportPlanner::reportFor(device, outcome, job.at));
            return true;
        },
        error);
    ok = ok && enqueue(job.trigger, reports, error);
    job.next += step;
    if (ok && job.next >= job.ids.size() && job.weekly)
        ok = m_store->setSetting(kWeeklyKey, job.at.toString(Qt::ISODateWithMs), error);
    return ok;
}

void ReportingEngine::fleetStep()
{
    if (m_fleetJobs.isEmpty())
        return;
    FleetJob &job = m_fleetJobs.first();
    QString error;
    if (!fleetChunk(job, &error)) {
        emit problem(error);
        m_fleetJobs.removeFirst();
    } else if (job.next >= job.ids.size()) {
        m_fleetJobs.removeFirst();
    }
    if (!m_fleetJobs.isEmpty())
        QMetaObject::invokeMethod(this, &ReportingEngine::fleetStep, Qt::QueuedConnection);
    else
        checkIdle();
}

bool ReportingEngine::reportWeekly(QString *error)
{
    if (!m_settings.enabled) {
        *error = tr("Reporting to Azure is switched off in the settings.");
        return false;
    }
    // The date of this weekly report is stored once all of it is queued.
    return reportFleet(ReportTrigger::Weekly, [](const DeviceStore::ReportState &, AzureOutcome) { return true; },
                       error, true);
}

QDateTime ReportingEngine::lastWeeklyReport() const
{
    return QDateTime::fromString(m_store->setting(kWeeklyKey), Qt::ISODateWithMs);
}

bool ReportingEngine::catchUpWeekly(QString *error)
{
    const QDateTime last = lastWeeklyReport();
    if (!last.isValid()) {
        // The schedule starts with the first run; the first sync reports every device.
        m_store->setSetting(kWeeklyKey, now().toString(Qt::ISODateWithMs), error);
        return false;
    }
    if (!m_settings.weekly.isDue(last, now()))
        return false;
    return reportWeekly(error);
}

bool ReportingEngine::reportEscalations(QString *error)
{
    if (!m_settings.enabled)
        return true;
    return reportFleet(ReportTrigger::Escalation, &ReportPlanner::escalated, error);
}

bool ReportingEngine::reportPolicyChange(int *devices, QString *error)
{
    QString loadError;
    const QHash<qint64, CompliancePolicy> policies = m_store->loadPolicies(&loadError);
    if (!loadError.isEmpty()) {
        *error = loadError;
        return false;
    }
    m_policies = policies;
    int queued = 0;
    if (devices)
        *devices = 0;
    if (!m_settings.enabled)
        return true;
    const bool ok = reportFleet(
        ReportTrigger::ComplianceChange,
        [&queued](const DeviceStore::ReportState &state, AzureOutcome outcome) {
            const bool changed = ReportPlanner::escalated(state, outcome);
            queued += changed ? 1 : 0;
            return changed;
        },
        error, false, true); // synchronous: the caller reads the count, and `queued` lives here
    if (devices)
        *devices = queued;
    return ok;
}
