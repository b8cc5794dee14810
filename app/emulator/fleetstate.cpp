#include "app/emulator/fleetstate.h"

#include "app/demo/demofleetgenerator.h"
#include "app/emulator/devicefilter.h"
#include "app/emulator/emulatorcompliance.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace {

// The demo fleet's policy ids (DemoFleetGenerator) that churn adds and clears.
constexpr qint64 kJailbreakPolicy = 1;
constexpr qint64 kMinimumIosPolicy = 2;
constexpr qint64 kPasscodePolicy = 3;
constexpr qint64 kEncryptionPolicy = 4;
constexpr qint64 kBlockedAppPolicy = 5;

constexpr int kChunk = 8192;
constexpr int kMaxCachedFilters = 16;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// The MSAL results a device can report, and one the console does not know.
const char *const kClientCodes[] = { "Success", "Internal_Error", "Workplace_Join_Required",
    "Interaction_Required", "Server_Declined_Scopes", "Server_Protection_Policies_Required", "User_Canceled",
    "Account_logged_out" };
const char kUnknownClientCode[] = "Broker_Timeout"; // the demo fleet's only unknown code

quint64 mix(quint64 value)
{
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

QRandomGenerator seededGenerator(quint64 seed, quint32 salt)
{
    const quint32 words[3] = { quint32(seed), quint32(seed >> 32), salt };
    return { words, words + 3 };
}

QList<int> chunkStarts(int count)
{
    QList<int> starts;
    for (int first = 0; first < count; first += kChunk)
        starts.append(first);
    return starts;
}

QUuid randomUuid(QRandomGenerator &rng)
{
    quint32 words[4];
    rng.fillRange(words);
    return QUuid(words[0], quint16(words[1]), quint16((words[1] >> 16 & 0x0fff) | 0x4000),
        uchar((words[2] & 0x3f) | 0x80), uchar(words[2] >> 8), uchar(words[2] >> 16), uchar(words[2] >> 24),
        uchar(words[3]), uchar(words[3] >> 8), uchar(words[3] >> 16), uchar(words[3] >> 24));
}

struct BuiltEntry
{
    Platform platform = Platform::Unknown;
    QLatin1String clientCode;
    QString registration;
    bool compliant = true;
    bool quarantined = false;
    bool jailbroken = false;
    QUuid azureId;
};

} // namespace

FleetState::FleetState(int devices, quint64 seed, qint64 nowMs)
    : m_generator(std::make_unique<DemoFleetGenerator>(seed))
    , m_size(std::max(devices, 0))
    , m_fleetTimeMs(nowMs)
    , m_churnRng(seededGenerator(seed, 0xC4u))
{
    for (const CompliancePolicy &policy : m_generator->policies()) {
        m_policies.append(EmulatorPolicy::fromDemo(policy));
        m_policiesById.insert(policy.id, m_policies.constLast());
    }
    m_codeNames.append(QString());
    m_registrationNames = { QStringLiteral("ACTIVE"), QStringLiteral("RETIRED") };
    build();
}

FleetState::~FleetState() = default;

QLatin1String FleetState::clientCodeOf(const DeviceRecord &record)
{
    switch (record.clientStatus.code()) {
    case AzureClientStatus::Code::None:
        return QLatin1String("");
    case AzureClientStatus::Code::Success:
        return QLatin1String(kClientCodes[0]);
    case AzureClientStatus::Code::InternalError:
        return QLatin1String(kClientCodes[1]);
    case AzureClientStatus::Code::WorkplaceJoinRequired:
        return QLatin1String(kClientCodes[2]);
    case AzureClientStatus::Code::InteractionRequired:
        return QLatin1String(kClientCodes[3]);
    case AzureClientStatus::Code::ServerDeclinedScopes:
        return QLatin1String(kClientCodes[4]);
    case AzureClientStatus::Code::ServerProtectionPoliciesRequired:
        return QLatin1String(kClientCodes[5]);
    case AzureClientStatus::Code::UserCanceled:
        return QLatin1String(kClientCodes[6]);
    case AzureClientStatus::Code::AccountLoggedOut:
        return QLatin1String(kClientCodes[7]);
    case AzureClientStatus::Code::Unknown:
        return QLatin1String(kUnknownClientCode);
    }
    return QLatin1String("");
}

bool FleetState::quarantinedAt(const QList<Violation> &violations, qint64 nowMs) const
{
    return !violations.isEmpty()
        && EmulatorCompliance::evaluate(violations, m_policiesById, nowMs).quarantined;
}

qint64 FleetState::registrationOf(const DeviceRecord &record) const
{
    // Enrolled between 30 days and two years before the fleet's moment, never after the
    // last check-in.
    const qint64 daysBefore = 30 + qint64(mix(quint64(record.id) ^ (m_generator->seed() << 20)) % 700);
    return std::min(record.lastCheckin.toMSecsSinceEpoch(), m_fleetTimeMs - daysBefore * kDayMs);
}

quint16 FleetState::intern(QStringList &names, const QString &name)
{
    qsizetype index = names.indexOf(name);
    if (index < 0) {
        names.append(name);
        index = names.size() - 1;
    }
    return quint16(index);
}

void FleetState::build()
{
    const DemoFleetGenerator &generator = *m_generator;
    const QDateTime fleetTime = QDateTime::fromMSecsSinceEpoch(m_fleetTimeMs, Qt::UTC);
    const int count = m_size;
    // Every device is generated once to learn its keys and Azure id; the records are not
    // kept, they are generated again when served.
    const auto makeChunk = [this, &generator, fleetTime, count](int first) {
        std::vector<BuiltEntry> entries;
        const int last = std::min(count, first + kChunk);
        entries.reserve(size_t(last - first));
        for (int index = first; index < last; ++index) {
            const DeviceRecord device = generator.device(index, fleetTime);
            BuiltEntry entry;
            entry.platform = device.platform;
            entry.clientCode = clientCodeOf(device);
            entry.registration = device.registrationState;
            entry.compliant = device.violations.isEmpty();
            entry.quarantined = quarantinedAt(device.violations, m_fleetTimeMs);
            entry.jailbroken = device.jailbroken;
            entry.azureId = device.azureDeviceId.uuid();
            entries.push_back(std::move(entry));
        }
        return entries;
    };
    const auto chunks
        = QtConcurrent::blockingMapped<QList<std::vector<BuiltEntry>>>(chunkStarts(count), makeChunk);

    m_keys.clear();
    m_keys.reserve(size_t(count));
    m_idsByAzureId.reserve(count);
    qint64 id = 0;
    for (const std::vector<BuiltEntry> &chunk : chunks) {
        for (const BuiltEntry &entry : chunk) {
            ++id;
            Keys keys;
            keys.platform = entry.platform;
            keys.clientCode = intern(m_codeNames, QString(entry.clientCode));
            keys.registration = quint8(intern(m_registrationNames, entry.registration));
            keys.compliant = entry.compliant;
            keys.quarantined = entry.quarantined;
            keys.jailbroken = entry.jailbroken;
            m_keys.push_back(keys);
            if (!entry.azureId.isNull())
                m_idsByAzureId.insert(entry.azureId, id);
        }
    }
}

FleetDevice FleetState::device(qint64 id) const
{
    if (id < 1 || id > qint64(m_keys.size()))
        return {};
    const auto changed = m_changed.constFind(id);
    if (changed != m_changed.cend())
        return changed.value();
    FleetDevice device;
    device.record = m_generator->device(int(id - 1), QDateTime::fromMSecsSinceEpoch(m_fleetTimeMs, Qt::UTC));
    device.clientCode = clientCodeOf(device.record);
    device.quarantined = m_keys[size_t(id - 1)].quarantined;
    device.registeredMs = registrationOf(device.record);
    return device;
}

void FleetState::store(const FleetDevice &device, qint64 nowMs)
{
    const qint64 id = device.record.id;
    Q_ASSERT(id >= 1 && id <= qint64(m_keys.size()));
    FleetDevice stored = device;
    stored.quarantined = quarantinedAt(stored.record.violations, nowMs);
    Keys &keys = m_keys[size_t(id - 1)];
    keys.platform = stored.record.platform;
    keys.clientCode = intern(m_codeNames, QString(stored.clientCode));
    keys.registration = quint8(intern(m_registrationNames, stored.record.registrationState));
    keys.compliant = stored.record.violations.isEmpty();
    keys.quarantined = stored.quarantined;
    keys.jailbroken = stored.record.jailbroken;
    if (!stored.record.azureDeviceId.isBlank())
        m_idsByAzureId.insert(stored.record.azureDeviceId.uuid(), id);
    m_changed.insert(id, stored);
    ++m_revision;
}

void FleetState::checkIn(qint64 id, qint64 nowMs)
{
    FleetDevice changed = device(id);
    if (changed.record.id == 0)
        return;
    changed.record.lastCheckin = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    store(changed, nowMs);
}

bool FleetState::putPolicy(const EmulatorPolicy &policy, qint64 nowMs)
{
    const bool created = !m_policiesById.contains(policy.id);
    if (created) {
        m_policies.append(policy);
    } else {
        for (EmulatorPolicy &existing : m_policies) {
            if (existing.id == policy.id)
                existing = policy;
        }
    }
    m_policiesById.insert(policy.id, policy);
    evaluateAll(nowMs);
    return created;
}

void FleetState::evaluateAll(qint64 nowMs)
{
    for (FleetDevice &changed : m_changed)
        changed.quarantined = quarantinedAt(changed.record.violations, nowMs);
    // Every generated device again, on all cores as build() does.
    const DemoFleetGenerator &generator = *m_generator;
    const QDateTime fleetTime = QDateTime::fromMSecsSinceEpoch(m_fleetTimeMs, Qt::UTC);
    const int count = int(m_keys.size());
    const auto flagsOf = [this, &generator, fleetTime, nowMs, count](int first) {
        std::vector<char> flags;
        const int last = std::min(count, first + kChunk);
        flags.reserve(size_t(last - first));
        for (int index = first; index < last; ++index) {
            const auto changed = m_changed.constFind(index + 1);
            flags.push_back(changed != m_changed.cend()
                    ? changed->quarantined
                    : quarantinedAt(generator.device(index, fleetTime).violations, nowMs));
        }
        return flags;
    };
    const auto chunks = QtConcurrent::blockingMapped<QList<std::vector<char>>>(chunkStarts(count), flagsOf);
    size_t index = 0;
    for (const std::vector<char> &chunk : chunks) {
        for (const char flag : chunk)
            m_keys[index++].quarantined = flag != 0;
    }
    ++m_revision;
}

QList<qint64> FleetState::churn(int changes, qint64 nowMs)
{
    QList<qint64> changedIds;
    if (m_keys.empty())
        return changedIds;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    static const char *const kNewIos[] = { "17.5", "17.5.1", "17.6" };
    static const char *const kNewAndroid[] = { "14", "15" };
    for (int n = 0; n < changes; ++n) {
        const qint64 id = qint64(m_churnRng.bounded(quint64(m_keys.size()))) + 1;
        FleetDevice changed = device(id);
        DeviceRecord &record = changed.record;
        const auto violates = [&record](qint64 policy) {
            return std::any_of(record.violations.cbegin(), record.violations.cend(),
                [policy](const Violation &v) { return v.policyId == policy; });
        };
        switch (m_churnRng.bounded(3)) {
        case 0: { // compliance: a new violation, or every violation fixed
            QList<qint64> candidates;
            for (const qint64 policy :
                { kJailbreakPolicy, kPasscodePolicy, kEncryptionPolicy, kBlockedAppPolicy }) {
                if (!violates(policy))
                    candidates.append(policy);
            }
            if (!record.violations.isEmpty() && (candidates.isEmpty() || m_churnRng.bounded(2) == 0)) {
                const bool hadOldIos = violates(kMinimumIosPolicy);
                record.violations.clear();
                if (hadOldIos)
                    record.osVersion = QStringLiteral("17.4");
            } else if (!candidates.isEmpty()) {
                const qint64 policy = candidates.at(m_churnRng.bounded(int(candidates.size())));
                record.violations.append(Violation { policy, now });
                std::sort(record.violations.begin(), record.violations.end(),
                    [](const Violation &a, const Violation &b) { return a.policyId < b.policyId; });
            }
            record.jailbroken = violates(kJailbreakPolicy);
            break;
        }
        case 1: // inventory: an OS update
            if (record.platform == Platform::iOS)
                record.osVersion = QLatin1String(kNewIos[m_churnRng.bounded(int(std::size(kNewIos)))]);
            else
                record.osVersion
                    = QLatin1String(kNewAndroid[m_churnRng.bounded(int(std::size(kNewAndroid)))]);
            break;
        default: { // the device's MSAL result changed
            QList<QLatin1String> codes { QLatin1String(""), QLatin1String(kUnknownClientCode) };
            for (const char *code : kClientCodes)
                codes.append(QLatin1String(code));
            codes.removeAll(changed.clientCode);
            changed.clientCode = codes.at(m_churnRng.bounded(int(codes.size())));
            // The id can only be retrieved with Success; once known, Azure keeps it.
            if (changed.clientCode == QLatin1String(kClientCodes[0]) && record.azureDeviceId.isBlank())
                record.azureDeviceId = AzureDeviceId::fromUuid(randomUuid(m_churnRng));
            break;
        }
        }
        record.lastCheckin = now; // the device checked in to tell the MDM
        store(changed, nowMs);
        changedIds.append(id);
    }
    return changedIds;
}

qint64 FleetState::idByAzureId(const QUuid &azureId) const
{
    return m_idsByAzureId.value(azureId, 0);
}

qint64 FleetState::idByGuid(const QUuid &guid)
{
    if (m_idsByGuid.isEmpty() && !m_keys.empty()) {
        const DemoFleetGenerator &generator = *m_generator;
        const QDateTime fleetTime = QDateTime::fromMSecsSinceEpoch(m_fleetTimeMs, Qt::UTC);
        const int count = int(m_keys.size());
        const auto guidsOf = [&generator, fleetTime, count](int first) {
            std::vector<QUuid> guids;
            for (int index = first; index < std::min(count, first + kChunk); ++index)
                guids.push_back(generator.device(index, fleetTime).guid);
            return guids;
        };
        const auto chunks
            = QtConcurrent::blockingMapped<QList<std::vector<QUuid>>>(chunkStarts(count), guidsOf);
        qint64 id = 0;
        m_idsByGuid.reserve(count);
        for (const std::vector<QUuid> &chunk : chunks) {
            for (const QUuid &each : chunk)
                m_idsByGuid.insert(each, ++id);
        }
    }
    return m_idsByGuid.value(guid, 0);
}

std::shared_ptr<const std::vector<qint32>> FleetState::matching(
    const DeviceFilter &filter, const QString &cacheKey)
{
    if (m_filterCacheRevision != m_revision || m_filterCache.size() >= kMaxCachedFilters) {
        m_filterCache.clear();
        m_filterCacheRevision = m_revision;
    }
    if (const auto cached = m_filterCache.constFind(cacheKey); cached != m_filterCache.cend())
        return cached.value();

    // Interned fields compare indexes; -1 matches nothing.
    DeviceFilter resolved = filter;
    const auto indexIn = [](const QStringList &names, const QString &value) {
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names.at(i).compare(value, Qt::CaseInsensitive) == 0)
                return int(i);
        }
        return -1;
    };
    for (DeviceFilter::Term &term : resolved.terms()) {
        if (term.field == DeviceFilter::Field::RegistrationState)
            term.resolved = indexIn(m_registrationNames, term.value);
        else if (term.field == DeviceFilter::Field::AzureClientStatusCode)
            term.resolved = indexIn(m_codeNames, term.value);
        else if (term.field == DeviceFilter::Field::PlatformType)
            term.resolved = term.value.compare(QLatin1String("IOS"), Qt::CaseInsensitive) == 0
                ? int(Platform::iOS)
                : term.value.compare(QLatin1String("ANDROID"), Qt::CaseInsensitive) == 0
                ? int(Platform::Android)
                : -1;
    }
    const bool needsRecord = resolved.needsRecord();
    const int count = int(m_keys.size());
    const auto scan = [this, &resolved, count](int first) {
        std::vector<qint32> found;
        for (int index = first; index < std::min(count, first + kChunk); ++index) {
            const Keys &keys = m_keys[size_t(index)];
            FleetDevice device;
            const auto record = [&]() -> const DeviceRecord & {
                if (device.record.id == 0)
                    device = this->device(index + 1);
                return device.record;
            };
            const bool match = resolved.matches([&](const DeviceFilter::Term &term) {
                switch (term.field) {
                case DeviceFilter::Field::RegistrationState:
                    return int(keys.registration) == term.resolved;
                case DeviceFilter::Field::AzureClientStatusCode:
                    return int(keys.clientCode) == term.resolved;
                case DeviceFilter::Field::PlatformType:
                    return int(keys.platform) == term.resolved;
                case DeviceFilter::Field::ComplianceState:
                    return keys.compliant == term.boolean;
                case DeviceFilter::Field::Quarantined:
                    return keys.quarantined == term.boolean;
                case DeviceFilter::Field::Jailbroken:
                    return keys.jailbroken == term.boolean;
                case DeviceFilter::Field::EmailAddress:
                case DeviceFilter::Field::Uid:
                    return record().user.compare(term.value, Qt::CaseInsensitive) == 0;
                case DeviceFilter::Field::SerialNumber:
                    return record().serialNumber.compare(term.value, Qt::CaseInsensitive) == 0;
                }
                return false;
            });
            if (match)
                found.push_back(qint32(index));
        }
        return found;
    };
    auto indexes = std::make_shared<std::vector<qint32>>();
    if (needsRecord) {
        // Generating records is the cost: every core.
        const auto chunks
            = QtConcurrent::blockingMapped<QList<std::vector<qint32>>>(chunkStarts(count), scan);
        for (const std::vector<qint32> &chunk : chunks)
            indexes->insert(indexes->end(), chunk.cbegin(), chunk.cend());
    } else {
        for (int first = 0; first < count; first += kChunk) {
            const std::vector<qint32> chunk = scan(first);
            indexes->insert(indexes->end(), chunk.cbegin(), chunk.cend());
        }
    }
    m_filterCache.insert(cacheKey, indexes);
    return indexes;
}
