#include "app/reporting/inventorysync.h"

#include "app/net/entrauserdirectory.h"
#include "app/net/inventoryclient.h"
#include "app/storage/store.h"
#include "app/storage/storewriter.h"
#include "models/complianceevaluator.h"

InventorySync::InventorySync(Store *store, ReportOutbox *outbox, InventoryClient *inventory,
    EntraUserDirectory *users, StoreWriter *writer, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_outbox(outbox)
    , m_inventory(inventory)
    , m_users(users)
    , m_writer(writer)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

bool InventorySync::writeReports(ReportOutbox &outbox, const ReportingSettings &settings, ReportTrigger trigger,
    const QList<OutboxDevice> &devices, const QDateTime &at, QString *error)
{
    if (devices.isEmpty())
        return true;
    return outbox.enqueue(ReportPlanner::triggerStorageName(trigger), devices, settings.tenantId, settings.batchSize,
        at, nullptr, error);
}

void InventorySync::sync()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_finishing = false;
    m_summary = SyncSummary();
    m_lookupFailures.clear();
    m_pagesInWriter = 0;
    m_syncError.clear();
    m_syncFailed = std::make_shared<std::atomic<bool>>(false);
    m_pullFinished = false;
    m_pending.clear();
    m_parked.clear();
    m_policiesReady = false;
    m_usersReady = false;
    // The policies, the users the store knows and the first device pages travel at the
    // same time: a page waits (parked, then pending) for what it needs. Every store read
    // and write runs on the writer thread, never on the window's.
    auto users = std::make_shared<std::pair<QHash<QString, EntraUserCache::Entry>, QString>>();
    m_writer->post(
        [store = m_store, users] {
            if (!store->entraUsers().load(&users->first, &users->second))
                users->first.clear();
        },
        this,
        [this, users] {
            if (!users->second.isEmpty())
                emit problem(users->second);
            m_knownUsers = std::move(users->first);
            m_usersReady = true;
            std::deque<PendingPage> parked = std::exchange(m_parked, {});
            for (PendingPage &page : parked)
                onPage(std::move(page.devices), page.done, page.total);
            storeResolvedPages();
        });
    m_inventory->fetchPolicies(this, [this](const QList<CompliancePolicy> &fetched, const QString &error) {
        if (!error.isEmpty()) {
            // Evaluate with the policies we have rather than not at all (a real Ivanti
            // tenant may not serve them at all).
            emit problem(error);
        }
        auto read = std::make_shared<std::pair<QHash<qint64, CompliancePolicy>, QString>>();
        m_writer->post(
            [store = m_store, fetched, write = error.isEmpty() && !m_dryRun, read] {
                if (write && !store->policies().upsertPolicies(fetched, &read->second))
                    return;
                read->first = store->policies().loadPolicies(&read->second);
            },
            this,
            [this, read, fetched, fetchedOk = error.isEmpty()] {
                if (!read->second.isEmpty() && m_syncError.isEmpty()) {
                    // Nothing of this sync is stored: the pull stops at its next page.
                    m_syncError = read->second;
                    m_syncFailed->store(true);
                }
                m_policies = std::move(read->first);
                if (m_dryRun && fetchedOk) {
                    for (const CompliancePolicy &policy : fetched)
                        m_policies.insert(policy.id, policy);
                }
                m_policyIdsByName.clear();
                for (const CompliancePolicy &policy : std::as_const(m_policies))
                    m_policyIdsByName.insert(policy.name.toLower(), policy.id);
                emit policiesLoaded(m_policies);
                m_policiesReady = true;
                storeResolvedPages();
            });
    });
    syncDevices();
}

void InventorySync::syncDevices()
{
    m_inventory->fetchAllDevices(
        this,
        [this](QList<DeviceRecord> page, qint64 done, qint64 total) {
            if (!m_syncError.isEmpty())
                return false; // a page could not be stored: stop pulling
            onPage(std::move(page), done, total);
            return true;
        },
        [this](const QString &error, const QStringList &recordErrors) {
            m_pullFinished = true;
            m_pullError = error;
            m_pullRecordErrors = recordErrors;
            storeResolvedPages();
        },
        {},
        // Up to eight pages (4,000 devices, a few megabytes) on the writer or waiting for
        // their users or the policies, the next ones on the wire: the pull keeps the writer
        // busy while a page waits for Graph, without piling pages up in memory.
        [this] { return m_pagesInWriter + int(m_pending.size() + m_parked.size()) < 8; });
}

void InventorySync::onPage(QList<DeviceRecord> page, qint64 done, qint64 total)
{
    PendingPage pending{ std::move(page), done, total, {} };
    if (!m_usersReady) {
        // Which users to ask Graph for depends on the ones the store knows.
        m_parked.push_back(std::move(pending));
        return;
    }
    QStringList toAsk;
    const QDateTime at = now();
    // Graph is asked only while reporting is on: only a report carries the UserId, and with
    // reporting off (or Azure disconnected) the app may have no Graph access at all. The
    // users the store already knows are still filled in; the others stay "not looked up"
    // until the first sync with reporting on.
    const bool lookUp = m_settings.enabled;
    for (const DeviceRecord &device : std::as_const(pending.devices)) {
        if (!lookUp)
            break;
        if (device.entraUserState != EntraUserState::NotLookedUp || device.userPrincipalName.isEmpty())
            continue;
        const QString key = device.userPrincipalName.toLower();
        const auto known = m_knownUsers.constFind(key);
        if ((known != m_knownUsers.cend() && EntraUserCache::isFresh(*known, at)) || m_lookupFailures.contains(key))
            continue;
        pending.waitingFor.insert(key);
        if (!m_lookingUp.contains(key)) {
            m_lookingUp.insert(key);
            toAsk.append(device.userPrincipalName);
        }
    }
    m_pending.push_back(std::move(pending));
    if (!toAsk.isEmpty())
        lookUpUsers(toAsk);
    storeResolvedPages();
}

void InventorySync::lookUpUsers(const QStringList &names)
{
    m_summary.usersLookedUp += int(names.size());
    m_users->lookUp(names, this, [this](const QList<EntraUserDirectory::Lookup> &lookups) {
        const QDateTime at = now();
        for (const EntraUserDirectory::Lookup &lookup : lookups) {
            const QString key = lookup.principalName.toLower();
            m_lookingUp.remove(key);
            if (lookup.result == EntraUserDirectory::Lookup::Failed) {
                // Not kept: asked again by the next sync.
                if (m_lookupFailures.isEmpty())
                    emit problem(lookup.error);
                m_lookupFailures.insert(key, lookup.error);
                continue;
            }
            const EntraUserCache::Entry entry{ lookup.principalName,
                lookup.result == EntraUserDirectory::Lookup::Found ? lookup.objectId : QUuid(), at };
            m_knownUsers.insert(key, entry);
            m_unsavedUsers.append(entry);
        }
        storeResolvedPages();
    });
}

void InventorySync::fillUsers(QList<DeviceRecord> *devices)
{
    const QDateTime at = now();
    for (DeviceRecord &device : *devices) {
        if (device.entraUserState != EntraUserState::NotLookedUp || device.userPrincipalName.isEmpty())
            continue;
        const auto known = m_knownUsers.constFind(device.userPrincipalName.toLower());
        if (known == m_knownUsers.cend() || !EntraUserCache::isFresh(*known, at))
            continue; // Graph could not answer: not looked up, asked again next sync
        if (known->objectId.isNull()) {
            device.entraUserState = EntraUserState::NotInEntra;
            ++m_summary.usersNotInEntra;
        } else {
            device.entraUserId = known->objectId;
            device.entraUserState = EntraUserState::Known;
        }
    }
}

void InventorySync::storeResolvedPages()
{
    // A page is stored with the policies it is evaluated against, and with its users.
    if (!m_policiesReady || !m_usersReady)
        return;
    while (!m_pending.empty()) {
        PendingPage &front = m_pending.front();
        for (auto it = front.waitingFor.begin(); it != front.waitingFor.end();) {
            if (m_lookingUp.contains(*it))
                ++it;
            else
                it = front.waitingFor.erase(it);
        }
        if (!front.waitingFor.isEmpty())
            break;
        PendingPage page = std::move(front);
        m_pending.pop_front();
        fillUsers(&page.devices);
        storePage(std::move(page.devices), page.done, page.total);
    }
    if (m_pending.empty() && m_pullFinished && m_syncing && !m_finishing) {
        m_finishing = true;
        finish(m_pullError, m_pullRecordErrors);
    }
}

void InventorySync::storePage(QList<DeviceRecord> page, qint64 done, qint64 total)
{
    const qsizetype size = page.size();
    ++m_pagesInWriter;
    auto result = std::make_shared<PageResult>();
    m_writer->post(
        [store = m_store, outbox = m_outbox, settings = m_settings, policies = m_policies,
            byName = m_policyIdsByName, page = std::move(page), users = std::exchange(m_unsavedUsers, {}),
            dryRun = m_dryRun, at = now(), failed = m_syncFailed, result]() mutable {
            if (failed->load()) {
                result->skipped = true; // nothing after a page that failed
                return;
            }
            // Moved: the writer changes the page's records, and a shared list would be copied.
            if (!processPage(
                    store, *outbox, settings, policies, byName, std::move(page), users, dryRun, at, result.get()))
                failed->store(true);
        },
        this,
        [this, result, done, total, size] {
            --m_pagesInWriter;
            if (!result->skipped) {
                if (!result->ok) {
                    if (m_syncError.isEmpty())
                        m_syncError = result->error;
                    emit problem(result->error);
                } else {
                    m_summary.devices += int(size);
                    for (const QString &note : std::as_const(result->notes)) {
                        if (m_summary.recordErrors.size() < InventoryClient::kMaxRecordErrors)
                            m_summary.recordErrors.append(note);
                    }
                    for (auto it = result->planned.cbegin(); it != result->planned.cend(); ++it)
                        emit reportsPlanned(it.key(), it.value());
                    for (auto it = result->queued.cbegin(); it != result->queued.cend(); ++it)
                        m_summary.queued[it.key()] += int(it.value().size());
                    emit pageStored(result->ids, result->queued);
                    emit syncProgress(int(done), int(total));
                }
            }
            m_inventory->resumePulls();
        });
}

void InventorySync::finish(const QString &pullError, const QStringList &recordErrors)
{
    // Finished once the pages still on the writer thread are stored.
    m_writer->post([] {}, this, [this, pullError, recordErrors] {
        if (!m_syncing)
            return;
        m_syncing = false;
        m_summary.skippedRecords = int(recordErrors.size());
        m_summary.recordErrors = recordErrors + m_summary.recordErrors;
        if (!m_lookupFailures.isEmpty()) {
            emit problem(tr("%n user(s) could not be looked up in Entra ID this sync; their devices are not "
                            "reported until they are.",
                nullptr, int(m_lookupFailures.size())));
        }
        const QString failure = m_syncError.isEmpty() ? pullError : m_syncError;
        emit syncFinished(failure.isEmpty(), failure, m_summary);
    });
}

bool InventorySync::processPage(Store *store, ReportOutbox &outbox, const ReportingSettings &settings,
    const QHash<qint64, CompliancePolicy> &policies, const QHash<QString, qint64> &policyIdsByName,
    QList<DeviceRecord> page, const QList<EntraUserCache::Entry> &users, bool dryRun, const QDateTime &at,
    PageResult *result)
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
    // The previous state decides what to report, and when a violation named by its policy
    // only began.
    QHash<qint64, Previous> previous;
    previous.reserve(page.size());
    if (!store->devices().forEachReportState(ids,
            [&previous](const DeviceRecord &device, const DeviceStore::ReportState &state) {
                previous.insert(device.id, Previous { device.violations, state });
                return true;
            },
            &result->error))
        return false;

    // Ivanti names the violated policies: the policy by its name, and the violation's
    // start from the last sync that saw it, else now.
    for (DeviceRecord &device : page) {
        const auto before = previous.constFind(device.id);
        for (qsizetype i = 0; i < device.violations.size();) {
            Violation &violation = device.violations[i];
            if (violation.policyName.isEmpty()) {
                ++i;
                continue;
            }
            const qint64 id = policyIdsByName.value(violation.policyName.toLower());
            if (id == 0) {
                result->notes.append(tr("Device %1: it violates the policy \"%2\", which the console does not know; "
                                        "that violation is left out.")
                                         .arg(device.id)
                                         .arg(violation.policyName.left(200)));
                device.violations.removeAt(i);
                continue;
            }
            violation.policyId = id;
            violation.since = at;
            violation.policyName.clear();
            if (before != previous.cend()) {
                for (const Violation &known : before->violations) {
                    if (known.policyId == id && known.since.isValid())
                        violation.since = known.since;
                }
            }
            ++i;
        }
        std::sort(device.violations.begin(), device.violations.end(),
            [](const Violation &a, const Violation &b) { return a.policyId < b.policyId; });
        // A policy named twice is one violation.
        device.violations.erase(std::unique(device.violations.begin(), device.violations.end(),
                                    [](const Violation &a, const Violation &b) { return a.policyId == b.policyId; }),
            device.violations.end());
    }

    if (!dryRun) {
        // The users looked up for this page are kept with it, in one transaction, which the
        // store refuses once another process leads the sync.
        if (!store->commitAsLeader(
                [&](QString *error) {
                    return store->devices().upsertDevices(page, error, DeviceStore::UpsertMode::InventoryOnly)
                        && store->entraUsers().save(users, error);
                },
                &result->error))
            return false;
    }
    if (!settings.enabled) {
        result->ok = true;
        return true;
    }

    QHash<ReportTrigger, QList<OutboxDevice>> reports;
    for (const DeviceRecord &device : page) {
        const AzureOutcome outcome = ComplianceEvaluator::evaluate(device.violations, policies, at).outcome;
        const auto it = previous.constFind(device.id);
        const std::optional<QList<Violation>> before
            = it == previous.constEnd() ? std::nullopt : std::optional<QList<Violation>>(it->violations);
        const DeviceStore::ReportState state = it == previous.constEnd() ? DeviceStore::ReportState() : it->state;
        if (const auto trigger = ReportPlanner::triggerAfterSync(device, before, state, outcome))
            reports[*trigger].append(ReportPlanner::reportFor(device, outcome, at, settings.tenantId));
    }
    if (dryRun) {
        result->planned = reports;
        result->ok = true;
        return true;
    }
    // Planned by the leader and queued only while it still leads: a process that lost the
    // lead without noticing must not queue what its successor plans as well.
    const bool queued = store->commitAsLeader(
        [&](QString *error) {
            for (auto it = reports.cbegin(); it != reports.cend(); ++it) {
                if (!writeReports(outbox, settings, it.key(), it.value(), at, error))
                    return false;
            }
            return true;
        },
        &result->error);
    if (!queued)
        return false;
    for (auto it = reports.cbegin(); it != reports.cend(); ++it) {
        QList<qint64> &ids = result->queued[it.key()];
        for (const OutboxDevice &device : it.value())
            ids.append(device.deviceId);
    }
    result->ok = true;
    return true;
}
