#include "app/reporting/reportingengine.h"
#include "app/logging/logcategories.h"

#include "app/net/entrauserdirectory.h"
#include "app/net/inventoryclient.h"
#include "app/net/networkservices.h"
#include "app/net/partnercomplianceclient.h"
#include "app/reporting/reportdelivery.h"
#include "app/storage/store.h"
#include "app/storage/syncleadership.h"

namespace {
const QString kWeeklyKey = QStringLiteral("reporting/lastWeekly");
} // namespace

ReportingEngine::ReportingEngine(Store *store, NetworkServices *network, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_inventory(network->inventory())
    , m_outbox(store->outbox())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_sync(new InventorySync(store, &m_outbox, network->inventory(), network->users(), &m_writer, this))
    , m_delivery(new ReportDelivery(&store->settings(), &m_outbox, network->partner(), &m_writer, this))
{
    connect(this, &ReportingEngine::problem, this, [](const QString &message) { qCInfo(lcReporting).noquote() << message; });

    connect(m_sync, &InventorySync::problem, this, &ReportingEngine::problem);
    connect(m_sync, &InventorySync::syncProgress, this, &ReportingEngine::syncProgress);
    connect(m_sync, &InventorySync::reportsPlanned, this, &ReportingEngine::reportsPlanned);
    connect(m_sync, &InventorySync::policiesLoaded, this,
        [this](const QHash<qint64, CompliancePolicy> &policies) { m_policies = policies; });
    connect(m_sync, &InventorySync::pageStored, this,
        [this](const QList<qint64> &ids, const QHash<ReportTrigger, QList<qint64>> &queued) {
            emit devicesChanged(ids);
            for (auto it = queued.cbegin(); it != queued.cend(); ++it)
                announceQueued(it.key(), it.value());
        });
    connect(m_sync, &InventorySync::syncFinished, this,
        [this](bool ok, const QString &error, const SyncSummary &summary) {
            emit syncFinished(ok, error, summary);
            m_delivery->pump();
            checkIdle();
        });

    connect(&m_requestTimer, &QTimer::timeout, this, &ReportingEngine::takeReportRequests);
    connect(m_delivery, &ReportDelivery::problem, this, &ReportingEngine::problem);
    connect(m_delivery, &ReportDelivery::messageSent, this, &ReportingEngine::messageSent);
    connect(m_delivery, &ReportDelivery::messageFinished, this, &ReportingEngine::messageFinished);
    connect(m_delivery, &ReportDelivery::devicesChanged, this, &ReportingEngine::devicesChanged);
    connect(m_delivery, &ReportDelivery::heartbeatAnswered, this, &ReportingEngine::heartbeatAnswered);
    connect(m_delivery, &ReportDelivery::settled, this, &ReportingEngine::checkIdle);
    connect(m_delivery, &ReportDelivery::resyncRequested, this, [this](const QDateTime &at) {
        emit problem(tr("Azure asked for every device again (resync requested for %1): a full report is queued.")
                         .arg(at.toString(Qt::ISODate)));
        QString error;
        if (!reportWeekly(&error))
            emit problem(error);
    });
}

ReportingEngine::~ReportingEngine()
{
    // What the writer still holds is written (as a crash would leave it, or better);
    // its answers to the engine's parts are dropped with it. The parts go first, while
    // the writer and the outbox they point to still exist.
    m_writer.stop();
    delete m_delivery;
    delete m_sync;
}

void ReportingEngine::setSettings(const ReportingSettings &settings)
{
    m_settings = settings;
    m_sync->setSettings(settings);
    m_delivery->setSettings(settings);
}

void ReportingEngine::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock;
    m_sync->setClock(clock);
    m_delivery->setClock(std::move(clock));
}

bool ReportingEngine::setReportingEnabled(bool enabled, QString *error)
{
    if (!m_store->settings().setSetting(QStringLiteral("reportingEnabled"), enabled ? QStringLiteral("1") : QStringLiteral("0"),
            error))
        return false;
    m_settings.enabled = enabled;
    m_sync->setSettings(m_settings);
    m_delivery->setSettings(m_settings);
    emit reportingEnabledChanged(enabled);
    if (enabled)
        m_delivery->pump();
    return true;
}

void ReportingEngine::forgetProvisioning()
{
    m_delivery->forgetProvisioning();
}

void ReportingEngine::disconnectFromAzure(const QString &actor, std::function<void(const QString &error)> done)
{
    QString error;
    // No unaudited disconnect: when the audit row cannot be written, nothing is asked.
    const QString tenant = m_settings.tenantId.toString(QUuid::WithoutBraces);
    const QString action = QStringLiteral("azure-deprovision");
    if (!m_store->auditLog().appendAudit(actor, action, tenant, QStringLiteral("requested"), &error)) {
        const QString message = tr("Nothing was sent to Azure: the audit log could not be written: %1").arg(error);
        QMetaObject::invokeMethod(this, [done = std::move(done), message] { done(message); }, Qt::QueuedConnection);
        return;
    }
    m_delivery->deprovision([this, done = std::move(done), actor, action, tenant](const QString &error) {
        // The outcome goes into the audit log too: "requested" alone does not say it happened.
        QString auditError;
        m_store->auditLog().appendAudit(actor, action, tenant,
            error.isEmpty() ? QStringLiteral("done") : QStringLiteral("failed: ") + error, &auditError);
        if (!error.isEmpty()) {
            done(error);
            return;
        }
        QString storeError;
        // Off, so that the next pump does not provision the tenant again.
        if (!setReportingEnabled(false, &storeError)) {
            done(tr("Azure deprovisioned the tenant, but reporting could not be switched off: %1").arg(storeError));
            return;
        }
        done(QString());
    });
}

QDateTime ReportingEngine::lastHeartbeat() const
{
    return m_delivery->lastHeartbeat();
}

QDateTime ReportingEngine::resyncTimestamp() const
{
    return m_delivery->resyncTimestamp();
}

void ReportingEngine::setLeadership(SyncLeadership *leadership)
{
    m_leadership = leadership;
    connect(leadership, &SyncLeadership::leadershipChanged, this, [this](bool leads) {
        // Sending follows the leadership: a process that lost it must not send what the
        // new leader sends too.
        if (m_running) {
            if (leads)
                m_delivery->start();
            else
                m_delivery->stop();
        }
        emit leadershipChanged(leads);
    });
}

bool ReportingEngine::leads() const
{
    return !m_leadership || m_leadership->leads();
}

LeaderInfo ReportingEngine::leader() const
{
    return m_leadership ? m_leadership->leader() : LeaderInfo();
}

void ReportingEngine::start()
{
    m_running = true;
    QString error;
    m_policies = m_store->policies().loadPolicies(&error);
    if (leads())
        m_delivery->start();
    if (m_store->queuesReportNowByRequest()) {
        // Another console's Report now reaches the leader as a request: taken within a
        // second, so that it shows In-progress everywhere as fast as a local one.
        m_requestTimer.setInterval(kRequestPollMs);
        m_requestTimer.start();
        takeReportRequests();
    }
}

void ReportingEngine::stop()
{
    m_running = false;
    m_requestTimer.stop();
    m_delivery->stop();
}

void ReportingEngine::announceQueued(ReportTrigger trigger, const QList<qint64> &deviceIds)
{
    if (deviceIds.isEmpty())
        return;
    emit reportsQueued(int(deviceIds.size()), ReportPlanner::triggerStorageName(trigger));
    emit devicesChanged(deviceIds);
    if (!leads())
        return; // the leader's delivery finds them in the shared outbox
    // One pump for all the reports queued in this turn of the event loop (a sync page
    // queues up to two triggers; each pump reads the outbox on this thread).
    if (!m_pumpScheduled) {
        m_pumpScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pumpScheduled = false;
                m_delivery->pump();
            },
            Qt::QueuedConnection);
    }
}

bool ReportingEngine::enqueue(ReportTrigger trigger, const QList<OutboxDevice> &devices, QString *error)
{
    if (!InventorySync::writeReports(m_outbox, m_settings, trigger, devices, now(), error))
        return false;
    QList<qint64> ids;
    ids.reserve(devices.size());
    for (const OutboxDevice &device : devices)
        ids.append(device.deviceId);
    announceQueued(trigger, ids);
    return true;
}

void ReportingEngine::write(std::function<void()> work, std::function<void()> done)
{
    m_writer.post(std::move(work), this, std::move(done));
}

bool ReportingEngine::isIdle() const
{
    if (m_sync->isSyncing() || m_delivery->isBusy() || !m_fleetJobs.isEmpty() || m_writer.pending() > 0)
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

void ReportingEngine::sync()
{
    if (m_sync->isSyncing())
        return;
    if (!leads()) {
        // Another process syncs this store; its changes reach this one through the store.
        SyncSummary summary;
        summary.ledBy = m_leadership->leader();
        summary.notLeading = true;
        QMetaObject::invokeMethod(
            this, [this, summary] { emit syncFinished(true, QString(), summary); }, Qt::QueuedConnection);
        return;
    }
    m_delivery->beginSync();
    m_sync->sync();
}

bool ReportingEngine::planManual(const QList<qint64> &deviceIds, const QDateTime &at, QList<OutboxDevice> *reports,
                                 QList<qint64> *skipped, QList<qint64> *missing, QString *error) const
{
    QSet<qint64> found;
    if (!m_store->devices().forEachDevice(deviceIds,
                                [&](const DeviceRecord &device, const DeviceStore::ReportState &) {
                                    found.insert(device.id);
                                    if (!ReportPlanner::canReport(device)) {
                                        if (skipped)
                                            skipped->append(device.id);
                                        return true;
                                    }
                                    const AzureOutcome outcome
                                        = ComplianceEvaluator::evaluate(device.violations, m_policies, at).outcome;
                                    reports->append(ReportPlanner::reportFor(device, outcome, at, m_settings.tenantId));
                                    return true;
                                },
                                error))
        return false;
    for (qint64 id : deviceIds) {
        if (!found.contains(id))
            missing->append(id);
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
    QList<qint64> missing;
    if (!planManual(deviceIds, at, &reports, skipped, &missing, error))
        return false;
    if (!missing.isEmpty()) {
        *error = tr("There is no device with id %1.").arg(missing.constFirst());
        return false;
    }
    // Who asked is the MDM user signed in (its role allows Report now), as for policy changes.
    const QString actor = m_inventory && !m_inventory->settings().mdmUser.isEmpty()
        ? m_inventory->settings().mdmUser
        : qEnvironmentVariable("USER", QStringLiteral("console"));
    if (m_store->queuesReportNowByRequest()) {
        // The store audits the request as the login that made it; the sync leader queues
        // the reports, built from the store as it is then.
        QList<qint64> wanted;
        for (const OutboxDevice &report : std::as_const(reports))
            wanted.append(report.deviceId);
        if (wanted.isEmpty())
            return true;
        if (!m_store->requestReportNow(wanted, actor, error))
            return false;
        emit reportsQueued(int(wanted.size()), ReportPlanner::triggerStorageName(ReportTrigger::Manual));
        if (leads())
            QMetaObject::invokeMethod(this, &ReportingEngine::takeReportRequests, Qt::QueuedConnection);
        return true;
    }
    QStringList idTexts;
    for (qint64 id : deviceIds)
        idTexts.append(QString::number(id));
    QString auditError;
    // No unaudited Report now: when the audit row cannot be written, nothing is queued.
    if (!m_store->auditLog().appendAudit(actor, QStringLiteral("report-now"), idTexts.join(QLatin1Char(',')), QString(),
            &auditError)) {
        *error = tr("Report now was not queued: the audit log could not be written: %1").arg(auditError);
        return false;
    }
    return enqueue(ReportTrigger::Manual, reports, error);
}

void ReportingEngine::takeReportRequests()
{
    if (!m_running || !leads() || !m_settings.enabled || !m_store->queuesReportNowByRequest())
        return;
    const QDateTime at = now();
    QList<qint64> taken;
    QList<OutboxDevice> reports;
    QString error;
    // Taken and queued in one transaction: requests come back when queuing fails.
    const bool ok = m_store->commitTogether(
        [&](QString *problem) {
            if (!m_store->takeReportRequests(&taken, problem))
                return false;
            if (taken.isEmpty())
                return true;
            // A device removed since it was asked for, or no longer reportable, is left out.
            QList<qint64> skipped;
            QList<qint64> missing;
            if (!planManual(taken, at, &reports, &skipped, &missing, problem))
                return false;
            return reports.isEmpty()
                || InventorySync::writeReports(m_outbox, m_settings, ReportTrigger::Manual, reports, at, problem);
        },
        &error);
    if (!ok) {
        emit problem(tr("Report now requests could not be queued: %1").arg(error));
        return;
    }
    QList<qint64> ids;
    for (const OutboxDevice &report : std::as_const(reports))
        ids.append(report.deviceId);
    announceQueued(ReportTrigger::Manual, ids);
}

bool ReportingEngine::reportFleet(ReportTrigger trigger,
                                  const std::function<bool(const DeviceStore::ReportState &, AzureOutcome)> &wanted,
                                  QString *error, bool weekly, bool synchronous)
{
    FleetJob job{trigger, wanted, {}, 0, now(), weekly};
    if (synchronous) {
        QString readError;
        job.ids = m_store->devices().deviceIds(&readError);
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

bool ReportingEngine::fleetChunk(Store *store, ReportOutbox &outbox, const ReportingSettings &settings,
                                 const QHash<qint64, CompliancePolicy> &policies, const FleetJob &job,
                                 const QList<qint64> &ids, bool last, QList<qint64> *queued, QString *error)
{
    QList<OutboxDevice> reports;
    // Chunks of ids, so no read transaction is open while the outbox writes (no ids:
    // nothing to read; forEachDevice would read every device).
    bool ok = ids.isEmpty() || store->devices().forEachDevice(
        ids,
        [&](const DeviceRecord &device, const DeviceStore::ReportState &state) {
            if (!ReportPlanner::canReport(device))
                return true;
            const AzureOutcome outcome = ComplianceEvaluator::evaluate(device.violations, policies, job.at).outcome;
            if (job.wanted(state, outcome))
                reports.append(ReportPlanner::reportFor(device, outcome, job.at, settings.tenantId));
            return true;
        },
        error);
    const auto write = [&](QString *problem) {
        return InventorySync::writeReports(outbox, settings, job.trigger, reports, job.at, problem)
            && (!last || !job.weekly
                || store->settings().setSetting(kWeeklyKey, job.at.toString(Qt::ISODateWithMs), problem));
    };
    // The schedule's reports are the leader's: refused once another process has taken over,
    // so a shared store never gets one weekly report from each of two leaders. A policy
    // change is reported by whoever saved it.
    const bool leaderWork = job.trigger == ReportTrigger::Weekly || job.trigger == ReportTrigger::Escalation;
    ok = ok && (leaderWork ? store->commitAsLeader(write, error) : store->commitTogether(write, error));
    if (ok) {
        for (const OutboxDevice &device : std::as_const(reports))
            queued->append(device.deviceId);
    }
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
                result->ids = store->devices().deviceIds(&result->error);
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
    return QDateTime::fromString(m_store->settings().setting(kWeeklyKey), Qt::ISODateWithMs);
}

bool ReportingEngine::catchUpWeekly(QString *error)
{
    // The leader runs the schedule, so a shared store gets one weekly report, not one per process.
    if (!leads())
        return false;
    const QDateTime last = lastWeeklyReport();
    if (!last.isValid()) {
        // The schedule starts with the first run; the first sync reports every device.
        m_store->settings().setSetting(kWeeklyKey, now().toString(Qt::ISODateWithMs), error);
        return false;
    }
    if (!m_settings.weekly.isDue(last, now()))
        return false;
    return reportWeekly(error);
}

bool ReportingEngine::reportEscalations(QString *error)
{
    if (!m_settings.enabled || !leads())
        return true;
    return reportFleet(ReportTrigger::Escalation, &ReportPlanner::escalated, error);
}

bool ReportingEngine::reportPolicyChange(int *devices, QString *error)
{
    QString loadError;
    const QHash<qint64, CompliancePolicy> policies = m_store->policies().loadPolicies(&loadError);
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
    // On a store whose roles keep consoles out of the outbox, the sync leader reports the
    // devices whose outcome the change moved: its next sync compares each device's outcome
    // with what Azure last received, as this would.
    if (m_store->queuesReportNowByRequest() && !leads())
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
