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

ReportingEngine::~ReportingEngine()
{
    // What the writer still holds is written (as a crash would leave it, or better);
    // its answers to this engine are dropped with it.
    m_writer.stop();
}

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

bool ReportingEngine::writeReports(ReportOutbox &outbox, const ReportingSettings &settings, ReportTrigger trigger,
                                   const QList<OutboxDevice> &devices, const QDateTime &at, QString *error)
{
    if (devices.isEmpty())
        return true;
    return outbox.enqueue(ReportPlanner::triggerStorageName(trigger), devices, settings.tenantId, settings.batchSize,
                          at, nullptr, error);
}

void ReportingEngine::announceQueued(ReportTrigger trigger, const QList<qint64> &deviceIds)
{
    if (deviceIds.isEmpty())
        return;
    m_summary.queued[trigger] += int(deviceIds.size());
    emit reportsQueued(int(deviceIds.size()), ReportPlanner::triggerStorageName(trigger));
    emit devicesChanged(deviceIds);
    // One pump for all the reports queued in this turn of the event loop (a sync page
    // queues up to two triggers; each pump reads the outbox on this thread).
    if (!m_pumpScheduled) {
        m_pumpScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pumpScheduled = false;
                pump();
            },
            Qt::QueuedConnection);
    }
}

bool ReportingEngine::enqueue(ReportTrigger trigger, const QList<OutboxDevice> &devices, QString *error)
{
    if (!writeReports(m_outbox, m_settings, trigger, devices, now(), error))
        return false;
    QList<qint64> ids;
    ids.reserve(devices.size());
    for (const OutboxDevice &device : devices)
        ids.append(device.deviceId);
    announceQueued(trigger, ids);
    return true;
}

std::function<void()> ReportingEngine::afterMark(const std::shared_ptr<QString> &storeError)
{
    return [this, storeError] {
        if (!storeError->isEmpty())
            emit problem(*storeError);
        pump();
    };
}

void ReportingEngine::write(std::function<void()> work, std::function<void()> done, const QUuid &settling)
{
    if (!settling.isNull())
        m_settling.insert(settling);
    m_writer.post(std::move(work), this, [this, done = std::move(done), settling] {
        if (!settling.isNull())
            m_settling.remove(settling);
        done();
    });
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
        // Messages being uploaded, or whose new state is being written, are still pending
        // in the store: skip them.
        // Ids first; the payload only of the messages sent now.
        const QList<QUuid> due
            = m_outbox.due(now(), free + int(m_uploading.size() + m_settling.size()), &error);
        int started = 0;
        for (const QUuid &id : due) {
            if (started >= free)
                break;
            if (m_uploading.contains(id) || m_settling.contains(id))
                continue;
            const std::optional<OutboxMessage> message = m_outbox.message(id, &error);
            if (!message)
                break;
            upload(*message);
            ++started;
        }
    }
    // Sent messages not being confirmed yet (for instance left by a previous run).
    const QList<QUuid> sent = m_outbox.awaitingConfirmation(1000, &error);
    for (const QUuid &id : sent) {
        if (!m_confirmDelay.contains(id) && !m_settling.contains(id))
            scheduleConfirm(id, m_settings.confirmPollMs);
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
    const QUuid id = message.id;
    const QDateTime at = now();
    auto storeError = std::make_shared<QString>();
    if (ok) {
        write([outbox = &m_outbox, id, at, storeError] { outbox->markSent(id, at, storeError.get()); },
              [this, id, storeError] {
                  if (!storeError->isEmpty())
                      emit problem(*storeError);
                  emit messageSent(id);
                  scheduleConfirm(id, m_settings.confirmPollMs);
                  pump();
              },
              id);
    } else if (permanent || message.attempts + 1 >= m_settings.maxAttempts) {
        finishMessage(id, false, error);
    } else {
        const qint64 delaySecs = std::min<qint64>(m_settings.retryCapSecs,
                                                  qint64(m_settings.retryBaseSecs) << std::min(message.attempts, 20));
        write([outbox = &m_outbox, id, at, delaySecs, error, storeError] {
                  outbox->markRetry(id, at.addSecs(delaySecs), error, at, storeError.get());
              },
              afterMark(storeError),
              id);
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
            const QDateTime at = now();
            auto storeError = std::make_shared<QString>();
            write([outbox = &m_outbox, id, at, reason = status.error, storeError] {
                      outbox->markRetry(id, at, reason, at, storeError.get());
                  },
                  afterMark(storeError),
                  id);
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
    struct Finished
    {
        bool stored = false;
        QString error;
        QList<qint64> ids;
    };
    auto result = std::make_shared<Finished>();
    const QDateTime at = now();
    write(
        [outbox = &m_outbox, id, completed, detail, at, result] {
            result->stored = completed ? outbox->markCompleted(id, at, &result->error)
                                       : outbox->markFailed(id, detail, at, &result->error);
            if (result->stored)
                result->ids = outbox->deviceIds(id, &result->error);
        },
        [this, id, completed, detail, result] {
            if (!result->stored) {
                emit problem(result->error);
                return; // still Sent in the store: the pump confirms it again
            }
            emit messageFinished(id, completed, detail);
            if (!result->ids.isEmpty())
                emit devicesChanged(result->ids);
            checkIdle();
        },
        id);
}

bool ReportingEngine::isIdle() const
{
    if (m_syncing || !m_uploading.isEmpty() || !m_fleetJobs.isEmpty() || m_writer.pending() > 0)
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
    m_pagesInWriter = 0;
    m_syncError.clear();
    m_syncFailed = std::make_shared<std::atomic<bool>>(false);
    m_inventory->fetchAllDevices(
        this,
        [this](const QList<DeviceRecord> &page, qint64 done, qint64 total) {
            if (!m_syncError.isEmpty())
                return false; // a page could not be stored: stop pulling
            storePage(page, done, total);
            return true;
        },
        [this](const QString &error, const QStringList &recordErrors) {
            // Finished once the pages still on the writer thread are stored.
            write([] {},
                  [this, error, recordErrors] {
                      m_syncing = false;
                      m_summary.skippedRecords = int(recordErrors.size());
                      m_summary.recordErrors = recordErrors;
                      const QString failure = m_syncError.isEmpty() ? error : m_syncError;
                      emit syncFinished(failure.isEmpty(), failure, m_summary);
                      pump();
                  });
        },
        {},
        // Two pages stored or waiting on the writer, the next one on the wire: the pull
        // keeps the writer busy without piling pages up in memory.
        [this] { return m_pagesInWriter < 2; });
}

void ReportingEngine::storePage(const QList<DeviceRecord> &page, qint64 done, qint64 total)
{
    ++m_pagesInWriter;
    auto result = std::make_shared<PageResult>();
    write(
        [store = m_store, outbox = &m_outbox, settings = m_settings, policies = m_policies, page, at = now(),
         failed = m_syncFailed, result] {
            if (failed->load()) {
                result->skipped = true; // nothing after a page that failed
                return;
            }
            if (!processPage(store, *outbox, settings, policies, page, at, result.get()))
                failed->store(true);
        },
        [this, result, done, total, size = page.size()] {
            --m_pagesInWriter;
            if (!result->skipped) {
                if (!result->ok) {
                    if (m_syncError.isEmpty())
                        m_syncError = result->error;
                    emit problem(result->error);
                } else {
                    m_summary.devices += int(size);
                    emit devicesChanged(result->ids);
                    for (auto it = result->queued.cbegin(); it != result->queued.cend(); ++it)
                        announceQueued(it.key(), it.value());
                    emit syncProgress(int(done), int(total));
                }
            }
            m_inventory->resumePulls();
        });
}

bool ReportingEngine::processPage(DeviceStore *store, ReportOutbox &outbox, const ReportingSettings &settings,
                                  const QHash<qint64, CompliancePolicy> &policies, const QList<DeviceRecord> &page,
                                  const QDateTime &at, PageResult *result)
{
    QList<qint64> &ids = result->ids;
    ids.reserve(page.size());
    for (const DeviceRecord &device : page)
        ids.append(device.id);
    struct Previous
    {
        QList<Violation> violations;
        DeviceStore::ReportState state;
    };
    // The previous state decides what to report; with reporting off nothing is.
    QHash<qint64, Previous> previous;
    if (settings.enabled) {
        previous.reserve(page.size());
        if (!store->forEachDevice(ids,
                                  [&previous](const DeviceRecord &device, const DeviceStore::ReportState &state) {
                                      previous.insert(device.id, Previous{device.violations, state});
                                      return true;
                                  },
                                  &result->error))
            return false;
    }
    if (!store->upsertDevices(page, &result->error, DeviceStore::UpsertMode::InventoryOnly))
        return false;
    if (!settings.enabled) {
        result->ok = true;
        return true;
    }

    QHash<ReportTrigger, QList<OutboxDevice>> reports;
    for (const DeviceRecord &device : page) {
        const AzureOutcome outcome = ComplianceEvaluator::evaluate(device.violations, policies, at).outcome;
        const auto it = previous.constFind(device.id);
        const std::optional<QList<Violation>> before = it == previous.constEnd()
            ? std::nullopt
            : std::optional<QList<Violation>>(it->violations);
        const DeviceStore::ReportState state = it == previous.constEnd() ? DeviceStore::ReportState() : it->state;
        if (const auto trigger = ReportPlanner::triggerAfterSync(device, before, state, outcome))
            reports[*trigger].append(ReportPlanner::reportFor(device, outcome, at));
    }
    for (auto it = reports.cbegin(); it != reports.cend(); ++it) {
        if (!writeReports(outbox, settings, it.key(), it.value(), at, &result->error))
            return false;
        QList<qint64> &queued = result->queued[it.key()];
        for (const OutboxDevice &device : it.value())
            queued.append(device.deviceId);
    }
    result->ok = true;
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
    // Who asked is the MDM user signed in (its role allows Report now), as for policy changes.
    const QString actor = m_inventory && !m_inventory->settings().mdmUser.isEmpty()
        ? m_inventory->settings().mdmUser
        : qEnvironmentVariable("USER", QStringLiteral("console"));
    // No unaudited Report now: when the audit row cannot be written, nothing is queued.
    if (!m_store->appendAudit(actor, QStringLiteral("report-now"), idTexts.join(QLatin1Char(',')), QString(),
            &auditError)) {
        *error = tr("Report now was not queued: the audit log could not be written: %1").arg(auditError);
        return false;
    }
    return enqueue(ReportTrigger::Manual, reports, error);
}

bool ReportingEngine::reportFleet(ReportTrigger trigger,
                                  const std::function<bool(const DeviceStore::ReportState &, AzureOutcome)> &wanted,
                                  QString *error, bool weekly, bool synchronous)
{
    FleetJob job{trigger, wanted, {}, 0, now(), weekly};
    if (synchronous) {
        QString readError;
        job.ids = m_store->deviceIds(&readError);
        job.listed = true;
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        const int step = std::max(1, m_settings.fleetStepDevices);
        for (; job.next < job.ids.size(); job.next += step) {
            QList<qint64> queued;
            const bool last = job.next + step >= job.ids.size();
            if (!fleetChunk(m_store, m_outbox, m_settings, m_policies, job, job.ids.mid(job.next, step), last,
                            &queued, error))
                return false;
            announceQueued(job.trigger, queued);
        }
        return true;
    }
    // Listed, read and queued in steps on the writer thread (a fleet of 100,000 took
    // seconds in one go); isIdle() is false until the last step.
    m_fleetJobs.append(job);
    if (m_fleetJobs.size() == 1)
        QMetaObject::invokeMethod(this, &ReportingEngine::fleetStep, Qt::QueuedConnection);
    return true;
}

bool ReportingEngine::fleetChunk(DeviceStore *store, ReportOutbox &outbox, const ReportingSettings &settings,
                                 const QHash<qint64, CompliancePolicy> &policies, const FleetJob &job,
                                 const QList<qint64> &ids, bool last, QList<qint64> *queued, QString *error)
{
    QList<OutboxDevice> reports;
    // Chunks of ids, so no read transaction is open while the outbox writes (no ids:
    // nothing to read; forEachDevice would read every device).
    bool ok = ids.isEmpty() || store->forEachDevice(
        ids,
        [&](const DeviceRecord &device, const DeviceStore::ReportState &state) {
            if (!ReportPlanner::canReport(device))
                return true;
            const AzureOutcome outcome = ComplianceEvaluator::evaluate(device.violations, policies, job.at).outcome;
            if (job.wanted(state, outcome))
                reports.append(ReportPlanner::reportFor(device, outcome, job.at));
            return true;
        },
        error);
    ok = ok && writeReports(outbox, settings, job.trigger, reports, job.at, error);
    if (ok) {
        for (const OutboxDevice &device : std::as_const(reports))
            queued->append(device.deviceId);
    }
    if (ok && last && job.weekly)
        ok = store->setSetting(kWeeklyKey, job.at.toString(Qt::ISODateWithMs), error);
    return ok;
}

void ReportingEngine::fleetStep()
{
    if (m_fleetJobs.isEmpty())
        return;
    const FleetJob &job = m_fleetJobs.first();
    const int step = std::max(1, m_settings.fleetStepDevices);
    struct Step
    {
        bool ok = false;
        bool last = false;
        QString error;
        QList<qint64> ids; // every device id, read by the first step
        QList<qint64> queued;
    };
    auto result = std::make_shared<Step>();
    // The job's wanted() is one of the engine's stateless tests (weekly, escalation):
    // it may run on the writer thread.
    write(
        [store = m_store, outbox = &m_outbox, settings = m_settings, policies = m_policies, job, step, result] {
            if (!job.listed) {
                result->ids = store->deviceIds(&result->error);
                if (!result->error.isEmpty())
                    return;
            }
            const QList<qint64> &ids = job.listed ? job.ids : result->ids;
            result->last = job.next + step >= ids.size();
            result->ok = fleetChunk(store, *outbox, settings, policies, job, ids.mid(job.next, step), result->last,
                                    &result->queued, &result->error);
        },
        [this, result, step] {
            FleetJob &job = m_fleetJobs.first();
            if (!job.listed) {
                job.ids = std::move(result->ids);
                job.listed = true;
            }
            if (!result->ok) {
                emit problem(result->error);
                m_fleetJobs.removeFirst();
            } else {
                announceQueued(job.trigger, result->queued);
                job.next += step;
                if (result->last)
                    m_fleetJobs.removeFirst();
            }
            if (!m_fleetJobs.isEmpty())
                fleetStep();
            else
                checkIdle();
        });
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
