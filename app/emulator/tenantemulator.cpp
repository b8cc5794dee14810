#include "app/emulator/tenantemulator.h"

#include "app/emulator/jsontext.h"

#include "app/demo/demofleetgenerator.h"
#include "app/net/inventoryclient.h"
#include "app/policy/policyjson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace {

// The demo fleet's policy ids (DemoFleetGenerator) that churn adds and clears.
constexpr qint64 kJailbreakPolicy = 1;
constexpr qint64 kMinimumIosPolicy = 2;
constexpr qint64 kPasscodePolicy = 3;
constexpr qint64 kEncryptionPolicy = 4;
constexpr qint64 kBlockedAppPolicy = 5;

constexpr int kDefaultRows = 50;
constexpr int kFleetChunk = 8192;
constexpr int kPageChunk = 256;
constexpr int kMaxChurnPerRequest = 100000;
constexpr int kMaxCachedFilters = 16;
constexpr int kMaxNamedDevicesInError = 5;

const QLatin1String kGraphScope("https://graph.microsoft.com/.default");
const QLatin1String kManageScope("https://api.manage.microsoft.com//.default");
const QLatin1String kIntuneAppId("0000000a-0000-0000-c000-000000000000");
const QLatin1String kIntuneServicePrincipalId("8e7d6c5b-4a39-4281-b0c9-d8e7f6a5b4c3");
const QLatin1String kPartnerId("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
const QLatin1String kTenantApiVersion("1.6");
const QLatin1String kUploadApiVersion("1.2");

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

bool isIsoDateTime(const QString &text)
{
    return !text.isEmpty() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

QString guidString(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QRandomGenerator seededGenerator(quint64 seed, quint32 salt)
{
    const quint32 words[3] = { quint32(seed), quint32(seed >> 32), salt };
    return { words, words + 3 };
}

EmulatorResponse methodNotAllowed(const EmulatorRequest &request, const QByteArray &allowed)
{
    EmulatorResponse response = EmulatorResponse::error(405,
        QStringLiteral("%1 is not allowed on %2; use %3")
            .arg(QString::fromLatin1(request.method), request.path, QString::fromLatin1(allowed)));
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

EmulatorResponse oauthError(int status, const char *error, const QString &description)
{
    EmulatorResponse response = EmulatorResponse::json(status,
        QJsonObject { { QStringLiteral("error"), QLatin1String(error) },
            { QStringLiteral("error_description"), description } });
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

// Form bodies spell a space '+'; QUrlQuery does not, so turn it into %20 before decoding.
QUrlQuery formQuery(const QByteArray &body)
{
    QByteArray raw = body;
    raw.replace('+', QByteArrayLiteral("%20"));
    return QUrlQuery(QString::fromUtf8(raw));
}

QString formValue(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

// A query parameter whose value may be written form style ('+' for a space).
QString queryText(const EmulatorRequest &request, const QString &name, bool *present = nullptr)
{
    QString value = request.queryValue(name, present);
    value.replace(QLatin1Char('+'), QLatin1Char(' '));
    return value.trimmed();
}

bool parseJsonObject(const QByteArray &body, QJsonObject *object, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("the body is not valid JSON: %1 at offset %2")
                     .arg(parseError.errorString(), QString::number(parseError.offset));
        return false;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("the body must be a JSON object");
        return false;
    }
    *object = document.object();
    return true;
}

bool checkApiVersion(const EmulatorRequest &request, QLatin1String version, EmulatorResponse *refusal)
{
    bool present = false;
    const QString value = request.queryValue(QStringLiteral("api-version"), &present);
    if (present && value == version)
        return true;
    *refusal = EmulatorResponse::error(400,
        present
            ? QStringLiteral("api-version %1 is not supported here; use api-version=%2").arg(value, version)
            : QStringLiteral("the query parameter api-version is missing; use api-version=%1").arg(version));
    return false;
}

struct FleetEntry
{
    Platform platform = Platform::Unknown;
    QString clientCode;
    QString registration;
    bool compliant = true;
    bool quarantined = false;
    bool jailbroken = false;
    QUuid azureId;
};

// The MDM quarantines a device while Quarantine is the action in effect for it.
bool quarantinedUnder(const QList<Violation> &violations, const QHash<qint64, CompliancePolicy> &policies,
    const QDateTime &at)
{
    return !violations.isEmpty()
        && ComplianceEvaluator::evaluate(violations, policies, at).action == ComplianceAction::Quarantine;
}

} // namespace

TenantEmulator::TenantEmulator(const Settings &settings)
    : m_settings(settings)
    , m_generator(std::make_unique<DemoFleetGenerator>(settings.seed))
    , m_fleetTime(QDateTime::currentDateTimeUtc())
    , m_tokenRng(QRandomGenerator::securelySeeded())
    , m_churnRng(seededGenerator(settings.seed, 0xC4u))
{
    m_settings.devices = std::clamp(m_settings.devices, 0, kMaxDevices);
    m_policies = m_generator->policies();
    for (const CompliancePolicy &policy : std::as_const(m_policies))
        m_policiesById.insert(policy.id, policy);
    m_codeNames.append(QString());
    m_codeIndexes.insert(QString(), 0);
    m_registrationNames = { QStringLiteral("ACTIVE"), QStringLiteral("RETIRED") };
    seedFaults();
    buildFleet();
    m_churnStartedAt = QDateTime::currentMSecsSinceEpoch();
}

TenantEmulator::~TenantEmulator() = default;

QUuid TenantEmulator::defaultTenantId()
{
    return QUuid(QStringLiteral("6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c"));
}

QString TenantEmulator::defaultClientId()
{
    return QStringLiteral("2b3c4d5e-6f70-4a81-92b3-c4d5e6f7a8b9");
}

QString TenantEmulator::validateFaults(const Faults &faults)
{
    const std::pair<const char *, double> rates[]
        = { { "rate429", faults.rate429 }, { "rate500", faults.rate500 }, { "rate503", faults.rate503 },
              { "rateReset", faults.rateReset }, { "rateDelay", faults.rateDelay },
              { "rateMalformed", faults.rateMalformed }, { "rateTimeout", faults.rateTimeout },
              { "rateAsyncFailed", faults.rateAsyncFailed } };
    for (const auto &[name, rate] : rates) {
        if (!(rate >= 0.0 && rate <= 1.0))
            return QStringLiteral("%1 must be between 0 and 1, not %2")
                .arg(QLatin1String(name), QString::number(rate));
    }
    if (faults.retryAfterSeconds < 0 || faults.retryAfterSeconds > 3600)
        return QStringLiteral("retryAfterSeconds must be between 0 and 3600, not %1")
            .arg(faults.retryAfterSeconds);
    if (faults.delayMs < 0 || faults.delayMs > 600000)
        return QStringLiteral("delayMs must be between 0 and 600000, not %1").arg(faults.delayMs);
    if (faults.timeoutMs < 0 || faults.timeoutMs > 600000)
        return QStringLiteral("timeoutMs must be between 0 and 600000, not %1").arg(faults.timeoutMs);
    if (faults.pageRowsCap < 0 || faults.pageRowsCap > kMaxRows)
        return QStringLiteral("pageRowsCap must be between 0 and %1, not %2").arg(kMaxRows).arg(faults.pageRowsCap);
    return {};
}

void TenantEmulator::seedFaults()
{
    m_faultRng = seededGenerator(m_settings.faults.seed, 0xFAu);
}

void TenantEmulator::buildFleet()
{
    const int count = m_settings.devices;
    QList<int> starts;
    for (int first = 0; first < count; first += kFleetChunk)
        starts.append(first);
    const DemoFleetGenerator &generator = *m_generator;
    const QDateTime fleetTime = m_fleetTime;
    // Every device is generated once to learn its filter keys and Azure id; the records
    // themselves are not kept, they are generated again when served.
    const QHash<qint64, CompliancePolicy> &policies = m_policiesById;
    const auto makeChunk = [&generator, &policies, fleetTime, count](int first) {
        std::vector<FleetEntry> entries;
        const int last = std::min(count, first + kFleetChunk);
        entries.reserve(size_t(last - first));
        for (int index = first; index < last; ++index) {
            const DeviceRecord device = generator.device(index, fleetTime);
            FleetEntry entry;
            entry.platform = device.platform;
            entry.clientCode = device.clientStatus.wireName();
            entry.registration = device.registrationState;
            entry.compliant = device.violations.isEmpty();
            entry.quarantined = quarantinedUnder(device.violations, policies, fleetTime);
            entry.jailbroken = device.jailbroken;
            entry.azureId = device.azureDeviceId.uuid();
            entries.push_back(std::move(entry));
        }
        return entries;
    };
    const auto chunks = QtConcurrent::blockingMapped<QList<std::vector<FleetEntry>>>(starts, makeChunk);

    m_keys.clear();
    m_keys.reserve(size_t(count));
    m_idsByAzureId.reserve(count);
    qint64 id = 0;
    for (const std::vector<FleetEntry> &chunk : chunks) {
        for (const FleetEntry &entry : chunk) {
            ++id;
            DeviceKeys keys;
            keys.platform = entry.platform;
            keys.clientCode = internCode(entry.clientCode);
            int registration = int(m_registrationNames.indexOf(entry.registration));
            if (registration < 0) {
                m_registrationNames.append(entry.registration);
                registration = int(m_registrationNames.size() - 1);
            }
            keys.registration = quint8(registration);
            keys.compliant = entry.compliant;
            keys.quarantined = entry.quarantined;
            keys.jailbroken = entry.jailbroken;
            m_keys.push_back(keys);
            if (!entry.azureId.isNull())
                m_idsByAzureId.insert(entry.azureId, id);
        }
    }
}

quint16 TenantEmulator::internCode(const QString &code)
{
    const auto found = m_codeIndexes.constFind(code);
    if (found != m_codeIndexes.cend())
        return found.value();
    m_codeNames.append(code);
    const auto index = quint16(m_codeNames.size() - 1);
    m_codeIndexes.insert(code, index);
    return index;
}

TenantEmulator::DeviceKeys TenantEmulator::keysOf(const DeviceRecord &device)
{
    DeviceKeys keys;
    keys.platform = device.platform;
    keys.clientCode = internCode(device.clientStatus.wireName());
    int registration = int(m_registrationNames.indexOf(device.registrationState));
    if (registration < 0) {
        m_registrationNames.append(device.registrationState);
        registration = int(m_registrationNames.size() - 1);
    }
    keys.registration = quint8(registration);
    keys.compliant = device.violations.isEmpty();
    keys.quarantined = device.quarantined;
    keys.jailbroken = device.jailbroken;
    return keys;
}

DeviceRecord TenantEmulator::device(qint64 id) const
{
    if (id < 1 || id > qint64(m_keys.size()))
        return {};
    const auto changed = m_changed.constFind(id);
    if (changed != m_changed.cend())
        return changed.value();
    DeviceRecord record = m_generator->device(int(id - 1), m_fleetTime);
    // Quarantined by the policies in effect: those it started with, or a policy write's.
    record.quarantined = quarantinedUnder(record.violations, m_policiesById,
        m_policiesAppliedAt.isValid() ? m_policiesAppliedAt : m_fleetTime);
    return record;
}

void TenantEmulator::applyPolicies(qint64 now)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    m_policiesAppliedAt = at;
    for (DeviceRecord &record : m_changed)
        record.quarantined = quarantinedUnder(record.violations, m_policiesById, at);
    // Every generated device again, on all cores as buildFleet does, so the quarantined
    // filter of the device list agrees with the records served.
    const int count = int(m_keys.size());
    QList<int> starts;
    for (int first = 0; first < count; first += kFleetChunk)
        starts.append(first);
    const DemoFleetGenerator &generator = *m_generator;
    const QDateTime fleetTime = m_fleetTime;
    const QHash<qint64, CompliancePolicy> &policies = m_policiesById;
    const QHash<qint64, DeviceRecord> &changed = m_changed;
    const auto flagsOf = [&generator, &policies, &changed, fleetTime, at, count](int first) {
        std::vector<char> flags;
        const int last = std::min(count, first + kFleetChunk);
        flags.reserve(size_t(last - first));
        for (int index = first; index < last; ++index) {
            const auto edited = changed.constFind(index + 1);
            flags.push_back(edited != changed.cend()
                    ? edited->quarantined
                    : quarantinedUnder(generator.device(index, fleetTime).violations, policies, at));
        }
        return flags;
    };
    const auto chunks = QtConcurrent::blockingMapped<QList<std::vector<char>>>(starts, flagsOf);
    size_t index = 0;
    for (const std::vector<char> &chunk : chunks) {
        for (const char flag : chunk)
            m_keys[index++].quarantined = flag != 0;
    }
    ++m_fleetRevision;
}

void TenantEmulator::setDevice(const DeviceRecord &device)
{
    Q_ASSERT(device.id >= 1 && device.id <= qint64(m_keys.size()));
    m_keys[size_t(device.id - 1)] = keysOf(device);
    if (!device.azureDeviceId.isBlank())
        m_idsByAzureId.insert(device.azureDeviceId.uuid(), device.id);
    m_changed.insert(device.id, device);
    ++m_fleetRevision;
}

QList<qint64> TenantEmulator::churn(int changes)
{
    QList<qint64> changed;
    if (m_keys.empty())
        return changed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    static const char *const kNewIos[] = { "17.5", "17.5.1", "17.6" };
    static const char *const kNewAndroid[] = { "14", "15" };
    for (int n = 0; n < changes; ++n) {
        const qint64 id = qint64(m_churnRng.bounded(quint64(m_keys.size()))) + 1;
        DeviceRecord record = device(id);
        switch (m_churnRng.bounded(3)) {
        case 0: { // compliance: a new violation, or every violation fixed
            QList<qint64> candidates;
            for (const qint64 policy :
                { kJailbreakPolicy, kPasscodePolicy, kEncryptionPolicy, kBlockedAppPolicy }) {
                const bool violated = std::any_of(record.violations.cbegin(), record.violations.cend(),
                    [policy](const Violation &v) { return v.policyId == policy; });
                if (!violated)
                    candidates.append(policy);
            }
            if (!record.violations.isEmpty() && (candidates.isEmpty() || m_churnRng.bounded(2) == 0)) {
                const bool hadOldIos = std::any_of(record.violations.cbegin(), record.violations.cend(),
                    [](const Violation &v) { return v.policyId == kMinimumIosPolicy; });
                record.violations.clear();
                if (hadOldIos)
                    record.osVersion = QStringLiteral("17.4");
            } else if (!candidates.isEmpty()) {
                const qint64 policy = candidates.at(m_churnRng.bounded(int(candidates.size())));
                record.violations.append(Violation { policy, now });
                std::sort(record.violations.begin(), record.violations.end(),
                    [](const Violation &a, const Violation &b) { return a.policyId < b.policyId; });
            }
            record.jailbroken = std::any_of(record.violations.cbegin(), record.violations.cend(),
                [](const Violation &v) { return v.policyId == kJailbreakPolicy; });
            record.quarantined = !record.violations.isEmpty()
                && ComplianceEvaluator::evaluate(record.violations, m_policiesById, now).action
                    == ComplianceAction::Quarantine;
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
            QList<AzureClientStatus> statuses;
            statuses.append(AzureClientStatus());
            for (const AzureClientStatus::Code code : AzureClientStatus::knownCodes())
                statuses.append(AzureClientStatus(code));
            statuses.append(AzureClientStatus::fromWire(QStringLiteral("Broker_Timeout")));
            statuses.removeAll(record.clientStatus);
            record.clientStatus = statuses.at(m_churnRng.bounded(int(statuses.size())));
            // The id can only be retrieved with Success; once known, Azure keeps it.
            if (record.clientStatus.allowsDeviceId() && record.azureDeviceId.isBlank()) {
                quint32 words[4];
                m_churnRng.fillRange(words);
                record.azureDeviceId = AzureDeviceId::fromUuid(QUuid(words[0], quint16(words[1]),
                    quint16((words[1] >> 16 & 0x0fff) | 0x4000), uchar((words[2] & 0x3f) | 0x80),
                    uchar(words[2] >> 8), uchar(words[2] >> 16), uchar(words[2] >> 24), uchar(words[3]),
                    uchar(words[3] >> 8), uchar(words[3] >> 16), uchar(words[3] >> 24)));
            }
            break;
        }
        }
        record.lastCheckin = now; // the device checked in to tell the MDM
        setDevice(record);
        changed.append(id);
    }
    return changed;
}

void TenantEmulator::settle(qint64 now)
{
    while (!m_processing.empty()) {
        const auto message = m_messages.find(m_processing.front());
        if (message == m_messages.end()) {
            m_processing.pop_front();
            continue;
        }
        if (message->dueAt > now)
            break;
        message->status = message->outcome;
        if (message->status == MessageStatus::Completed)
            ++m_stats.messagesCompleted;
        else
            ++m_stats.messagesFailed;
        m_processing.pop_front();
    }
    if (m_settings.churnPerMinute > 0) {
        const qint64 due = (now - m_churnStartedAt) * m_settings.churnPerMinute / 60000;
        if (due > m_churnApplied) {
            const int changes = int(std::min<qint64>(due - m_churnApplied, kMaxChurnPerRequest));
            churn(changes);
            m_churnApplied = due;
        }
    }
}

QByteArray TenantEmulator::throttleKey(const EmulatorRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.peer.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(request.method);
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(request.path.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(request.query.toString(QUrl::FullyEncoded).toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(request.body);
    return hash.result();
}

EmulatorResponse TenantEmulator::handle(const EmulatorRequest &request)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    settle(now);
    if (request.path == QLatin1String("/admin") || request.path.startsWith(QLatin1String("/admin/")))
        return routeAdmin(request, now);

    ++m_stats.requestsTotal;
    // Retries are judged on the monotonic clock (a wall-clock step cannot make one early or
    // late), at the moment the request is handled, which is never before it was sent.
    const qint64 steadyNow = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
                                 .count();
    const QByteArray identity = throttleKey(request);
    if (const auto throttle = m_throttles.constFind(identity); throttle != m_throttles.cend()) {
        if (steadyNow < throttle->until)
            ++m_stats.earlyRequests;
        else
            m_throttles.erase(throttle);
    }

    // One draw per request decides its fault, so a seed replays the same faults in order.
    const Faults &faults = m_settings.faults;
    const double draw = m_faultRng.generateDouble();
    double edge = faults.rate429;
    if (draw < edge) {
        ++m_stats.faults429;
        Throttle &entry = m_throttles[identity];
        entry.until = std::max(entry.until, steadyNow + qint64(faults.retryAfterSeconds) * 1000000000);
        EmulatorResponse response = EmulatorResponse::error(
            429, QStringLiteral("Too many requests: retry after %1 seconds").arg(faults.retryAfterSeconds));
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(faults.retryAfterSeconds));
        return response;
    }
    if (draw < (edge += faults.rate500)) {
        ++m_stats.faults500;
        return EmulatorResponse::error(500, QStringLiteral("Internal server error (injected fault)"));
    }
    if (draw < (edge += faults.rate503)) {
        ++m_stats.faults503;
        return EmulatorResponse::error(503, QStringLiteral("Service unavailable (injected fault)"));
    }
    // The faults below happen after the request was handled, as when a network fails
    // after the server committed: the client cannot tell whether it was accepted.
    EmulatorResponse response = route(request, now);
    if (draw < (edge += faults.rateReset)) {
        ++m_stats.faultsReset;
        response.action = EmulatorResponse::Action::Reset;
    } else if (draw < (edge += faults.rateDelay)) {
        ++m_stats.faultsDelay;
        response.action = EmulatorResponse::Action::Delay;
        response.delayMs = faults.delayMs;
    } else if (draw < (edge += faults.rateTimeout)) {
        ++m_stats.faultsTimeout;
        response.action = EmulatorResponse::Action::Delay;
        response.delayMs = faults.timeoutMs;
    } else if (draw < (edge += faults.rateMalformed)) {
        ++m_stats.faultsMalformed;
        response.body.truncate(std::max<qsizetype>(1, response.body.size() / 2));
        if (response.body.isEmpty())
            response.body = QByteArrayLiteral("{");
    }
    return response;
}

EmulatorResponse TenantEmulator::route(const EmulatorRequest &request, qint64 now)
{
    QString path = request.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QByteArray &method = request.method;
    const bool get = method == "GET";
    const bool put = method == "PUT";

    if (path.startsWith(QLatin1String("/api/v1/"))) {
        if (path == QLatin1String("/api/v1/tenant/partition/device"))
            return get ? partitions(request) : methodNotAllowed(request, "GET");
        if (path == QLatin1String("/api/v1/device"))
            return get ? deviceList(request) : methodNotAllowed(request, "GET");
        if (path == QLatin1String("/api/v1/device/forceCheckin"))
            return put ? forceCheckin(request, now) : methodNotAllowed(request, "PUT");
        if (path == QLatin1String("/api/v1/compliancepolicy"))
            return get ? policyList(request) : methodNotAllowed(request, "GET");
        static const QRegularExpression policyRe(QStringLiteral("^/api/v1/compliancepolicy/([^/]+)$"));
        if (const QRegularExpressionMatch match = policyRe.match(path); match.hasMatch())
            return put ? putPolicy(request, match.captured(1), now) : methodNotAllowed(request, "PUT");
        if (path == QLatin1String("/api/v1/account/me"))
            return get ? account(request) : methodNotAllowed(request, "GET");
        static const QRegularExpression deviceRe(QStringLiteral("^/api/v1/device/([^/]+)$"));
        const QRegularExpressionMatch match = deviceRe.match(path);
        if (match.hasMatch())
            return get ? oneDevice(request, match.captured(1)) : methodNotAllowed(request, "GET");
    }

    static const QRegularExpression tokenRe(QStringLiteral("^/([^/]+)/oauth2/v2\\.0/token$"));
    if (const QRegularExpressionMatch match = tokenRe.match(path); match.hasMatch())
        return method == "POST" ? issueToken(request, match.captured(1), now)
                                : methodNotAllowed(request, "POST");

    // Graph paths are case-insensitive.
    if (path.compare(QLatin1String("/v1.0/servicePrincipals"), Qt::CaseInsensitive) == 0)
        return get ? servicePrincipals(request, now) : methodNotAllowed(request, "GET");
    static const QRegularExpression endPointsRe(
        QStringLiteral("^/v1\\.0/servicePrincipals/([^/]+)/endPoints$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = endPointsRe.match(path); match.hasMatch())
        return get ? endPoints(request, match.captured(1), now) : methodNotAllowed(request, "GET");
    if (path.compare(
            QLatin1String("/beta/deviceManagement/complianceManagementPartners"), Qt::CaseInsensitive)
            == 0
        || path.compare(
               QLatin1String("/v1.0/deviceManagement/complianceManagementPartners"), Qt::CaseInsensitive)
            == 0)
        return get ? compliancePartners(request, now) : methodNotAllowed(request, "GET");

    static const QRegularExpression tenantRe(
        QStringLiteral("^/partner/tenant/PartnerTenants\\(guid'([^']*)'\\)$"));
    if (const QRegularExpressionMatch match = tenantRe.match(path); match.hasMatch())
        return put ? putPartnerTenant(request, match.captured(1), now) : methodNotAllowed(request, "PUT");
    static const QRegularExpression heartbeatRe(
        QStringLiteral("^/partner/tenant/PartnerTenantHeartbeat\\(guid'([^']*)'\\)$"));
    if (const QRegularExpressionMatch match = heartbeatRe.match(path); match.hasMatch())
        return put ? putHeartbeat(request, match.captured(1), now) : methodNotAllowed(request, "PUT");
    static const QRegularExpression messageRe(
        QStringLiteral("^/partner/device/DataUploadMessages\\(guid'([^']*)'\\)$"));
    if (const QRegularExpressionMatch match = messageRe.match(path); match.hasMatch()) {
        if (put)
            return putUploadMessage(request, match.captured(1), now);
        if (get)
            return getUploadMessage(request, match.captured(1), now);
        return methodNotAllowed(request, "GET, PUT");
    }
    return EmulatorResponse::error(404, QStringLiteral("no endpoint at %1").arg(request.path));
}

// MDM inventory ---------------------------------------------------------------------------

bool TenantEmulator::refuseMdm(const EmulatorRequest &request, bool needsApiRole, EmulatorResponse *refusal)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    QString user;
    QString password;
    bool parsed = false;
    if (authorization.size() > 6 && authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const auto decoded = QByteArray::fromBase64Encoding(
            authorization.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.decoded.indexOf(':');
        if (decoded && colon > 0) {
            user = QString::fromUtf8(decoded.decoded.left(colon));
            password = QString::fromUtf8(decoded.decoded.mid(colon + 1));
            parsed = true;
        }
    }
    const bool knownUser = user == m_settings.mdmUser
        || (!m_settings.mdmRestrictedUser.isEmpty() && user == m_settings.mdmRestrictedUser)
        || (!m_settings.mdmHelpdeskUser.isEmpty() && user == m_settings.mdmHelpdeskUser);
    if (!parsed || !knownUser || password != m_settings.mdmPassword) {
        *refusal = EmulatorResponse::error(401,
            authorization.isEmpty() ? QStringLiteral("HTTP Basic credentials are missing")
                : parsed            ? QStringLiteral("wrong user name or password")
                                    : QStringLiteral("the Authorization header is not valid HTTP Basic"));
        refusal->setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"MDM\""));
        return true;
    }
    if (needsApiRole && user != m_settings.mdmUser && user != m_settings.mdmHelpdeskUser) {
        ++m_stats.faults403;
        *refusal = EmulatorResponse::error(
            403, QStringLiteral("the user %1 lacks the API role needed for %2").arg(user, request.path));
        return true;
    }
    return false;
}

bool TenantEmulator::checkPartition(
    const EmulatorRequest &request, qint64 *partition, EmulatorResponse *refusal) const
{
    bool present = false;
    const QString text = request.queryValue(QStringLiteral("dmPartitionId"), &present);
    if (!present) {
        *refusal
            = EmulatorResponse::error(400, QStringLiteral("the query parameter dmPartitionId is missing"));
        return false;
    }
    bool ok = false;
    *partition = text.toLongLong(&ok);
    if (!ok || (*partition != kDefaultPartitionId && *partition != kLabPartitionId)) {
        *refusal = EmulatorResponse::error(400,
            QStringLiteral("dmPartitionId '%1' is not a device space of this tenant (%2, %3)")
                .arg(text, QString::number(kDefaultPartitionId), QString::number(kLabPartitionId)));
        return false;
    }
    return true;
}

EmulatorResponse TenantEmulator::partitions(const EmulatorRequest &request)
{
    EmulatorResponse refusal;
    if (refuseMdm(request, false, &refusal))
        return refusal;
    const QJsonArray spaces {
        QJsonObject { { QStringLiteral("id"), kDefaultPartitionId },
            { QStringLiteral("name"), QStringLiteral("Default") },
            { QStringLiteral("defaultPartition"), true } },
        QJsonObject { { QStringLiteral("id"), kLabPartitionId },
            { QStringLiteral("name"), QStringLiteral("Lab") },
            { QStringLiteral("defaultPartition"), false } },
    };
    return EmulatorResponse::json(200,
        QJsonObject {
            { QStringLiteral("result"), QJsonObject { { QStringLiteral("searchResults"), spaces } } } });
}

bool TenantEmulator::parseFilter(const QString &fq, Filter *filter, QString *error) const
{
    filter->clear();
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList tokens = fq.split(spaces, Qt::SkipEmptyParts);
    // Terms may be written "a=b" or "a = b": glue the tokens between connectors.
    QList<QList<QString>> groups { {} };
    QString term;
    QString lastConnector;
    const auto closeTerm = [&](const QString &connector) {
        if (term.isEmpty()) {
            *error = connector.isEmpty()
                ? QStringLiteral("fq ends with '%1' and no term after it").arg(lastConnector)
                : QStringLiteral("fq has '%1' without a term before it").arg(connector);
            return false;
        }
        groups.last().append(term);
        term.clear();
        return true;
    };
    for (const QString &token : tokens) {
        const QString lower = token.toLower();
        if (lower == QLatin1String("and") || lower == QLatin1String("or")) {
            if (!closeTerm(lower))
                return false;
            if (lower == QLatin1String("or"))
                groups.append(QList<QString>());
            lastConnector = lower;
        } else {
            term += token;
        }
    }
    if (!closeTerm(QString()))
        return false;

    for (const QList<QString> &group : std::as_const(groups)) {
        QList<FilterTerm> terms;
        for (const QString &text : group) {
            const qsizetype equals = text.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                *error = QStringLiteral("fq term '%1' is not field=value").arg(text);
                return false;
            }
            const QString field = text.left(equals);
            const QString value = text.mid(equals + 1);
            FilterTerm filterTerm;
            const auto boolValue = [&](FilterTerm::Field which) {
                filterTerm.field = which;
                if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                    filterTerm.value = 1;
                else if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
                    filterTerm.value = 0;
                else {
                    *error = QStringLiteral("fq: %1 must be true or false, not '%2'").arg(field, value);
                    return false;
                }
                return true;
            };
            const auto internedValue = [&](const QStringList &names) {
                filterTerm.value = -1;
                for (qsizetype i = 0; i < names.size(); ++i) {
                    if (names.at(i).compare(value, Qt::CaseInsensitive) == 0) {
                        filterTerm.value = int(i);
                        break;
                    }
                }
            };
            if (field.compare(QLatin1String("registrationState"), Qt::CaseInsensitive) == 0) {
                if (value.isEmpty()) {
                    *error = QStringLiteral("fq: registrationState needs a value, such as ACTIVE");
                    return false;
                }
                filterTerm.field = FilterTerm::Field::RegistrationState;
                internedValue(m_registrationNames);
            } else if (field.compare(QLatin1String("complianceState"), Qt::CaseInsensitive) == 0) {
                if (!boolValue(FilterTerm::Field::ComplianceState))
                    return false;
            } else if (field.compare(QLatin1String("quarantined"), Qt::CaseInsensitive) == 0) {
                if (!boolValue(FilterTerm::Field::Quarantined))
                    return false;
            } else if (field.compare(QLatin1String("jailbroken"), Qt::CaseInsensitive) == 0) {
                if (!boolValue(FilterTerm::Field::Jailbroken))
                    return false;
            } else if (field.compare(QLatin1String("platformType"), Qt::CaseInsensitive) == 0) {
                filterTerm.field = FilterTerm::Field::PlatformType;
                const Platform platform = Platforms::fromWire(value);
                if (platform == Platform::Unknown) {
                    *error = QStringLiteral("fq: platformType must be IOS or ANDROID, not '%1'").arg(value);
                    return false;
                }
                filterTerm.value = int(platform);
            } else if (field.compare(QLatin1String("azureClientStatusCode"), Qt::CaseInsensitive) == 0) {
                // An empty value selects devices that reported no code yet.
                filterTerm.field = FilterTerm::Field::AzureClientStatusCode;
                internedValue(m_codeNames);
            } else {
                *error = QStringLiteral("fq: unknown field '%1'; use registrationState, complianceState, "
                                        "platformType, quarantined, jailbroken or azureClientStatusCode")
                             .arg(field);
                return false;
            }
            terms.append(filterTerm);
        }
        filter->append(terms);
    }
    return true;
}

bool TenantEmulator::matches(const DeviceKeys &keys, const Filter &filter) const
{
    for (const QList<FilterTerm> &group : filter) {
        bool all = true;
        for (const FilterTerm &term : group) {
            bool match = false;
            switch (term.field) {
            case FilterTerm::Field::RegistrationState:
                match = int(keys.registration) == term.value;
                break;
            case FilterTerm::Field::ComplianceState:
                match = int(keys.compliant) == term.value;
                break;
            case FilterTerm::Field::PlatformType:
                match = int(keys.platform) == term.value;
                break;
            case FilterTerm::Field::Quarantined:
                match = int(keys.quarantined) == term.value;
                break;
            case FilterTerm::Field::Jailbroken:
                match = int(keys.jailbroken) == term.value;
                break;
            case FilterTerm::Field::AzureClientStatusCode:
                match = int(keys.clientCode) == term.value;
                break;
            }
            if (!match) {
                all = false;
                break;
            }
        }
        if (all)
            return true;
    }
    return false;
}

std::shared_ptr<const std::vector<qint32>> TenantEmulator::filteredIndexes(
    const QString &fq, const Filter &filter)
{
    // Paging through a filtered list asks the same fq again and again: scan once per
    // fleet revision, then serve each page from the cached index list.
    if (m_filterCacheRevision != m_fleetRevision || m_filterCache.size() >= kMaxCachedFilters) {
        m_filterCache.clear();
        m_filterCacheRevision = m_fleetRevision;
    }
    const auto cached = m_filterCache.constFind(fq);
    if (cached != m_filterCache.cend())
        return cached.value();
    auto indexes = std::make_shared<std::vector<qint32>>();
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (matches(m_keys[i], filter))
            indexes->push_back(qint32(i));
    }
    m_filterCache.insert(fq, indexes);
    return indexes;
}

void TenantEmulator::appendDeviceJson(std::string &out, const DeviceRecord &device) const
{
    out.push_back('{');
    JsonText::appendField(out, "id", device.id);
    JsonText::appendField(out, "guid", device.guid.toByteArray(QUuid::WithoutBraces));
    JsonText::appendField(out, "deviceName", device.name);
    JsonText::appendField(out, "deviceModel", device.model);
    JsonText::appendField(out, "manufacturer", device.manufacturer);
    JsonText::appendField(out, "platformType", Platforms::wireName(device.platform));
    JsonText::appendField(out, "platformVersion", device.osVersion);
    JsonText::appendField(out, "serialNumber", device.serialNumber);
    JsonText::appendField(out, "imei", device.imei);
    JsonText::appendField(out, "lastCheckin", device.lastCheckin.toMSecsSinceEpoch());
    JsonText::appendField(out, "registrationState", device.registrationState);
    JsonText::appendField(out, "complianceState", device.violations.isEmpty());
    JsonText::appendField(out, "quarantined", device.quarantined);
    JsonText::appendField(out, "jailbroken", device.jailbroken);
    out.append("\"violatedPolicies\":[");
    for (qsizetype i = 0; i < device.violations.size(); ++i) {
        const Violation &violation = device.violations.at(i);
        out.append(i ? ",{" : "{");
        JsonText::appendField(out, "policyId", violation.policyId);
        JsonText::appendKey(out, "since");
        JsonText::appendNumber(out, violation.since.toMSecsSinceEpoch());
        out.push_back('}');
    }
    out.append("],");
    JsonText::appendField(out, "emailAddress", device.user);
    JsonText::appendField(out, "uid", device.user);
    JsonText::appendField(out, "azureDeviceId", device.azureDeviceId.toString());
    out.append("\"azureClientStatusCode\":");
    JsonText::appendString(out, device.clientStatus.wireName());
    out.push_back('}');
}

EmulatorResponse TenantEmulator::deviceList(const EmulatorRequest &request)
{
    EmulatorResponse refusal;
    if (refuseMdm(request, true, &refusal))
        return refusal;
    qint64 partition = 0;
    if (!checkPartition(request, &partition, &refusal))
        return refusal;

    bool present = false;
    int rows = kDefaultRows;
    const QString rowsText = request.queryValue(QStringLiteral("rows"), &present);
    if (present) {
        bool ok = false;
        rows = rowsText.toInt(&ok);
        if (!ok || rows < 1 || rows > kMaxRows)
            return EmulatorResponse::error(400,
                QStringLiteral("rows must be a number from 1 to %1, not '%2'")
                    .arg(QString::number(kMaxRows), rowsText));
    }
    qint64 start = 0;
    const QString startText = request.queryValue(QStringLiteral("start"), &present);
    if (present) {
        bool ok = false;
        start = startText.toLongLong(&ok);
        if (!ok || start < 0)
            return EmulatorResponse::error(
                400, QStringLiteral("start must be a number of 0 or more, not '%1'").arg(startText));
    }
    if (m_settings.faults.pageRowsCap > 0)
        rows = std::min(rows, m_settings.faults.pageRowsCap);
    const QString fq = queryText(request, QStringLiteral("fq")).simplified();
    Filter filter;
    QString error;
    if (!fq.isEmpty() && !parseFilter(fq, &filter, &error))
        return EmulatorResponse::error(400, error);

    std::vector<qint64> ids;
    qint64 total = 0;
    if (partition == kDefaultPartitionId) {
        if (fq.isEmpty()) {
            total = qint64(m_keys.size());
            for (qint64 index = start; index < std::min(total, start + rows); ++index)
                ids.push_back(index + 1);
        } else {
            const auto indexes = filteredIndexes(fq, filter);
            total = qint64(indexes->size());
            for (qint64 i = start; i < std::min(total, start + rows); ++i)
                ids.push_back(qint64((*indexes)[size_t(i)]) + 1);
        }
    }

    // Generating devices is the cost of a page; large pages use every core.
    const auto render = [this, &ids](std::pair<size_t, size_t> range) {
        // Each pooled thread keeps its buffer: no fresh pages to fault in per request.
        thread_local std::string json;
        json.clear();
        json.reserve((range.second - range.first) * 700);
        for (size_t i = range.first; i < range.second; ++i) {
            if (i > range.first)
                json.push_back(',');
            appendDeviceJson(json, device(ids[i]));
        }
        return QByteArray(json.data(), qsizetype(json.size()));
    };
    QList<std::pair<size_t, size_t>> ranges;
    for (size_t first = 0; first < ids.size(); first += kPageChunk)
        ranges.append({ first, std::min(ids.size(), first + kPageChunk) });
    QList<QByteArray> parts;
    if (ranges.size() > 1)
        parts = QtConcurrent::blockingMapped<QList<QByteArray>>(ranges, render);
    else if (!ranges.isEmpty())
        parts.append(render(ranges.first()));

    QByteArray body;
    body.reserve(qsizetype(ids.size()) * 700 + 128);
    body.append(R"({"result":{"totalCount":)").append(QByteArray::number(total));
    body.append(",\"offset\":").append(QByteArray::number(start));
    body.append(",\"limit\":").append(QByteArray::number(rows));
    body.append(",\"searchResults\":[");
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i)
            body.append(',');
        body.append(parts.at(i));
    }
    body.append("]}}");
    return EmulatorResponse::json(200, std::move(body));
}

EmulatorResponse TenantEmulator::oneDevice(const EmulatorRequest &request, const QString &idText)
{
    EmulatorResponse refusal;
    if (refuseMdm(request, true, &refusal))
        return refusal;
    qint64 partition = 0;
    if (!checkPartition(request, &partition, &refusal))
        return refusal;
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok)
        return EmulatorResponse::error(400, QStringLiteral("device id '%1' is not a number").arg(idText));
    if (partition != kDefaultPartitionId || id < 1 || id > qint64(m_keys.size()))
        return EmulatorResponse::error(404,
            QStringLiteral("no device with id %1 in device space %2")
                .arg(QString::number(id), QString::number(partition)));
    std::string json = "{\"result\":";
    appendDeviceJson(json, device(id));
    json.push_back('}');
    QByteArray body(json.data(), qsizetype(json.size()));
    return EmulatorResponse::json(200, std::move(body));
}

EmulatorResponse TenantEmulator::forceCheckin(const EmulatorRequest &request, qint64 now)
{
    EmulatorResponse refusal;
    if (refuseMdm(request, true, &refusal))
        return refusal;
    const QUrlQuery form = formQuery(request.body);
    QStringList values = form.allQueryItemValues(QStringLiteral("ids"), QUrl::FullyDecoded);
    if (values.isEmpty())
        values = request.query.allQueryItemValues(QStringLiteral("ids"), QUrl::FullyDecoded);
    if (values.isEmpty())
        return EmulatorResponse::error(400, QStringLiteral("the form field ids is missing (ids=1,2,3)"));
    QList<qint64> ids;
    for (const QString &value : std::as_const(values)) {
        const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok)
                return EmulatorResponse::error(
                    400, QStringLiteral("ids: '%1' is not a device id").arg(part.trimmed()));
            ids.append(id);
        }
    }
    const QDateTime checkin = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    qint64 count = 0;
    for (const qint64 id : std::as_const(ids)) {
        if (id < 1 || id > qint64(m_keys.size()))
            continue;
        DeviceRecord record = device(id);
        record.lastCheckin = checkin;
        setDevice(record);
        ++count;
    }
    return EmulatorResponse::json(200,
        QJsonObject { { QStringLiteral("result"), QJsonObject { { QStringLiteral("count"), count } } } });
}

EmulatorResponse TenantEmulator::policyList(const EmulatorRequest &request)
{
    EmulatorResponse refusal;
    if (refuseMdm(request, true, &refusal))
        return refusal;
    qint64 partition = 0;
    if (!checkPartition(request, &partition, &refusal))
        return refusal;
    QJsonArray policies;
    if (partition == kDefaultPartitionId) {
        for (const CompliancePolicy &policy : std::as_const(m_policies)) {
            QJsonArray actions;
            for (const PolicyStep &step : policy.steps)
                actions.append(
                    QJsonObject { { QStringLiteral("action"), ComplianceActions::storageName(step.action) },
                        { QStringLiteral("waitDays"), step.waitDays } });
            policies.append(QJsonObject { { QStringLiteral("id"), policy.id },
                { QStringLiteral("name"), policy.name },
                { QStringLiteral("rule"), CompliancePolicy::ruleStorageName(policy.rule) },
                { QStringLiteral("parameter"), policy.parameter }, { QStringLiteral("actions"), actions } });
        }
    }
    return EmulatorResponse::json(200,
        QJsonObject { { QStringLiteral("result"),
            QJsonObject { { QStringLiteral("totalCount"), policies.size() },
                { QStringLiteral("searchResults"), policies } } } });
}

QString TenantEmulator::basicUser(const EmulatorRequest &request)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    return QString::fromUtf8(decoded.left(decoded.indexOf(':')));
}

// Our extension: the signed-in user's role, which decides whether the console lets them
// edit policies. The emulator enforces the same role on every policy write.
EmulatorResponse TenantEmulator::account(const EmulatorRequest &request)
{
    EmulatorResponse refusal;
    if (refuseMdm(request, true, &refusal))
        return refusal;
    const QString user = basicUser(request);
    const bool author = user == m_settings.mdmUser;
    return EmulatorResponse::json(200,
        QJsonObject { { QStringLiteral("result"),
            QJsonObject { { QStringLiteral("userName"), user },
                { QStringLiteral("role"), author ? QStringLiteral("policyAuthor") : QStringLiteral("helpdesk") },
                { QStringLiteral("canEditPolicies"), author } } } });
}

EmulatorResponse TenantEmulator::putPolicy(const EmulatorRequest &request, const QString &idText, qint64 now)
{
    EmulatorResponse refusal;
    if (refuseMdm(request, true, &refusal))
        return refusal;
    const QString user = basicUser(request);
    if (user != m_settings.mdmUser) {
        ++m_stats.faults403;
        return EmulatorResponse::error(403,
            QStringLiteral("the user %1 has the helpdesk role: policies are read-only for it; a policy author "
                           "may change them")
                .arg(user));
    }
    qint64 partition = 0;
    if (!checkPartition(request, &partition, &refusal))
        return refusal;
    if (partition != kDefaultPartitionId)
        return EmulatorResponse::error(
            400, QStringLiteral("policies live in the default device space (%1)").arg(kDefaultPartitionId));
    bool idOk = false;
    const qint64 id = idText.toLongLong(&idOk);
    if (!idOk || id <= 0)
        return EmulatorResponse::error(
            400, QStringLiteral("'%1' in the path is not a policy id (a positive whole number)").arg(idText));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return EmulatorResponse::error(400,
            QStringLiteral("the body is not JSON: %1 at offset %2")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    QString error;
    const std::optional<CompliancePolicy> parsed = InventoryClient::parsePolicy(document.object(), &error);
    if (!document.isObject() || !parsed)
        return EmulatorResponse::error(400, document.isObject() ? error : QStringLiteral("the body is not an object"));
    if (parsed->id != id)
        return EmulatorResponse::error(400,
            QStringLiteral("the body's id %1 differs from the path's id %2").arg(parsed->id).arg(id));
    if (const QString problem = parsed->validate(); !problem.isEmpty())
        return EmulatorResponse::error(400, problem);
    const bool created = !m_policiesById.contains(id);
    if (created) {
        m_policies.append(*parsed);
    } else {
        for (CompliancePolicy &policy : m_policies) {
            if (policy.id == id)
                policy = *parsed;
        }
    }
    m_policiesById.insert(id, *parsed);
    ++m_stats.policyWrites;
    // As the MDM does: devices whose action in effect became (or stopped being) Quarantine
    // are quarantined (or released) now. Violations are the devices' own and stay.
    applyPolicies(now);
    return EmulatorResponse::json(created ? 201 : 200, PolicyJson::toJson(*parsed));
}

// Entra and Graph --------------------------------------------------------------------------

EmulatorResponse TenantEmulator::issueToken(const EmulatorRequest &request, const QString &tenant, qint64 now)
{
    if (QUuid::fromString(tenant) != m_settings.tenantId)
        return oauthError(
            400, "invalid_client", QStringLiteral("AADSTS90002: Tenant '%1' not found.").arg(tenant));
    const QUrlQuery form = formQuery(request.body);
    QString clientId = formValue(form, QStringLiteral("client_id"));
    QString clientSecret = formValue(form, QStringLiteral("client_secret"));
    // Client credentials may also come as HTTP Basic (RFC 6749 2.3.1).
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (clientId.isEmpty() && authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }
    const QString grantType = formValue(form, QStringLiteral("grant_type"));
    if (grantType != QLatin1String("client_credentials"))
        return oauthError(400, "unsupported_grant_type",
            grantType.isEmpty() ? QStringLiteral("AADSTS900144: The request body must contain grant_type.")
                                : QStringLiteral("AADSTS70003: grant_type '%1' is not supported; use "
                                                 "client_credentials.")
                                      .arg(grantType));
    if (clientId.isEmpty())
        return oauthError(
            400, "invalid_client", QStringLiteral("AADSTS900144: The request body must contain client_id."));
    if (clientId.compare(m_settings.clientId, Qt::CaseInsensitive) != 0)
        return oauthError(400, "invalid_client",
            QStringLiteral(
                "AADSTS700016: Application with identifier '%1' was not found in the directory '%2'.")
                .arg(clientId, guidString(m_settings.tenantId)));
    if (clientSecret != m_settings.clientSecret)
        return oauthError(401, "invalid_client",
            QStringLiteral("AADSTS7000215: Invalid client secret provided for application '%1'.")
                .arg(clientId));
    const QString scopeText = formValue(form, QStringLiteral("scope")).trimmed();
    Scope scope = Scope::Graph;
    if (scopeText == kGraphScope)
        scope = Scope::Graph;
    else if (scopeText == kManageScope)
        scope = Scope::Manage;
    else
        return oauthError(400, "invalid_scope",
            QStringLiteral("AADSTS70011: The provided value for scope '%1' is not valid; use %2 or %3.")
                .arg(scopeText, kGraphScope, kManageScope));

    if (m_tokens.size() > 4096) {
        for (auto it = m_tokens.begin(); it != m_tokens.end();)
            it = it->expiresAt <= now ? m_tokens.erase(it) : std::next(it);
    }
    quint32 words[8];
    m_tokenRng.fillRange(words);
    const QByteArray token = QByteArray(reinterpret_cast<const char *>(words), sizeof words)
                                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tokens.insert(token, Token { scope, now + qint64(m_settings.tokenLifetimeSeconds) * 1000, false });
    ++m_stats.tokensIssued;
    EmulatorResponse response = EmulatorResponse::json(200,
        QJsonObject { { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("expires_in"), m_settings.tokenLifetimeSeconds },
            { QStringLiteral("ext_expires_in"), m_settings.tokenLifetimeSeconds },
            { QStringLiteral("access_token"), QString::fromLatin1(token) } });
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

bool TenantEmulator::refuseBearer(
    const EmulatorRequest &request, Scope scope, qint64 now, EmulatorResponse *refusal)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    const auto refuse = [refusal](const QString &message, const QByteArray &challenge) {
        *refusal = EmulatorResponse::error(401, message);
        refusal->setHeader(QByteArrayLiteral("WWW-Authenticate"), challenge);
        return true;
    };
    const auto invalid = [&refuse](const QString &description) {
        return refuse(description,
            QByteArrayLiteral("Bearer error=\"invalid_token\", error_description=\"") + description.toUtf8()
                + '"');
    };
    if (authorization.size() <= 7 || authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return refuse(QStringLiteral("the Authorization header with a Bearer token is missing"), "Bearer");
    const auto token = m_tokens.constFind(authorization.mid(7).trimmed());
    if (token == m_tokens.cend())
        return invalid(QStringLiteral("the access token is not known"));
    if (token->revoked) {
        ++m_stats.faults401;
        return invalid(QStringLiteral("the access token has expired"));
    }
    if (token->expiresAt <= now)
        return invalid(QStringLiteral("the access token has expired"));
    if (token->scope != scope) {
        return invalid(QStringLiteral("the access token is for %1; this endpoint needs a token for %2")
                           .arg(token->scope == Scope::Graph ? kGraphScope : kManageScope,
                               scope == Scope::Graph ? kGraphScope : kManageScope));
    }
    return false;
}

QString TenantEmulator::baseUrlFor(const EmulatorRequest &request) const
{
    const QByteArray host = request.header("Host");
    if (!host.isEmpty())
        return QUrl(m_settings.baseUrl).scheme() + QStringLiteral("://") + QString::fromLatin1(host); // http or https
    return m_settings.baseUrl;
}

EmulatorResponse TenantEmulator::servicePrincipals(const EmulatorRequest &request, qint64 now)
{
    EmulatorResponse refusal;
    if (refuseBearer(request, Scope::Graph, now, &refusal))
        return refusal;
    bool present = false;
    const QString filter = queryText(request, QStringLiteral("$filter"), &present);
    bool intune = true;
    if (present) {
        static const QRegularExpression appIdRe(
            QStringLiteral("^appId\\s+eq\\s+'([^']*)'$"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = appIdRe.match(filter);
        if (!match.hasMatch())
            return EmulatorResponse::error(400,
                QStringLiteral("unsupported $filter '%1': only appId eq '<guid>' is supported").arg(filter));
        intune = match.captured(1).compare(kIntuneAppId, Qt::CaseInsensitive) == 0;
    }
    QJsonArray value;
    if (intune)
        value.append(QJsonObject { { QStringLiteral("id"), kIntuneServicePrincipalId },
            { QStringLiteral("appId"), kIntuneAppId },
            { QStringLiteral("displayName"), QStringLiteral("Microsoft Intune") } });
    return EmulatorResponse::json(200, QJsonObject { { QStringLiteral("value"), value } });
}

EmulatorResponse TenantEmulator::endPoints(
    const EmulatorRequest &request, const QString &principalId, qint64 now)
{
    EmulatorResponse refusal;
    if (refuseBearer(request, Scope::Graph, now, &refusal))
        return refusal;
    if (principalId.compare(kIntuneServicePrincipalId, Qt::CaseInsensitive) != 0)
        return EmulatorResponse::error(
            404, QStringLiteral("no service principal with id '%1'").arg(principalId));
    const QString base = baseUrlFor(request);
    const auto entry = [](const char *id, const char *capability, const char *provider, const QString &uri) {
        return QJsonObject { { QStringLiteral("id"), QLatin1String(id) },
            { QStringLiteral("capability"), QLatin1String(capability) },
            { QStringLiteral("providerName"), QLatin1String(provider) }, { QStringLiteral("uri"), uri } };
    };
    // Two unrelated entries come first, so a client that takes the first entry is caught.
    const QJsonArray value {
        entry("3c2b1a09-8f7e-4d6c-9b5a-4a3b2c1d0e9f", "RemoteAssistancePartnerService",
            "RemoteAssistancePartnerService", base + QStringLiteral("/partner/remoteassistance")),
        entry("4d3c2b1a-0f9e-4e7d-8c6b-5b4c3d2e1f0a", "SCEPRequestValidationService",
            "SCEPRequestValidationFEService", base + QStringLiteral("/partner/scep")),
        entry("5e4d3c2b-1a0f-4f8e-9d7c-6c5d4e3f2a1b", "PartnerTenantDataSyncService",
            "PartnerTenantDataSyncService", base + QStringLiteral("/partner/tenant")),
        entry("6f5e4d3c-2b1a-4a9f-8e8d-7d6e5f4a3b2c", "PartnerDeviceDataSyncService",
            "PartnerDeviceDataSyncService", base + QStringLiteral("/partner/device")),
    };
    return EmulatorResponse::json(200, QJsonObject { { QStringLiteral("value"), value } });
}

EmulatorResponse TenantEmulator::compliancePartners(const EmulatorRequest &request, qint64 now)
{
    EmulatorResponse refusal;
    if (refuseBearer(request, Scope::Graph, now, &refusal))
        return refusal;
    QString state = QStringLiteral("unknown");
    if (m_provisioned) {
        const bool recent
            = m_lastHeartbeat.isValid() && m_lastHeartbeat.toMSecsSinceEpoch() > now - 24LL * 3600 * 1000;
        state = recent ? QStringLiteral("enabled") : QStringLiteral("unresponsive");
    }
    const QJsonObject partner { { QStringLiteral("id"), kPartnerId },
        { QStringLiteral("displayName"), QStringLiteral("Ivanti Neurons for MDM") },
        { QStringLiteral("partnerState"), state },
        { QStringLiteral("lastHeartbeatDateTime"),
            m_lastHeartbeat.isValid() ? QJsonValue(isoUtc(m_lastHeartbeat)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("androidOnboarded"), m_provisioned },
        { QStringLiteral("iosOnboarded"), m_provisioned } };
    return EmulatorResponse::json(200, QJsonObject { { QStringLiteral("value"), QJsonArray { partner } } });
}

// Partner compliance -------------------------------------------------------------------------

bool TenantEmulator::refuseTenantPath(const QString &guidText, EmulatorResponse *refusal) const
{
    const QUuid tenant = QUuid::fromString(guidText);
    if (tenant.isNull()) {
        *refusal = EmulatorResponse::error(
            400, QStringLiteral("'%1' in the path is not a tenant GUID").arg(guidText));
        return true;
    }
    if (tenant != m_settings.tenantId) {
        *refusal = EmulatorResponse::error(404, QStringLiteral("tenant %1 is not known here").arg(guidText));
        return true;
    }
    return false;
}

EmulatorResponse TenantEmulator::putPartnerTenant(
    const EmulatorRequest &request, const QString &guidText, qint64 now)
{
    EmulatorResponse refusal;
    if (refuseBearer(request, Scope::Manage, now, &refusal) || refuseTenantPath(guidText, &refusal)
        || !checkApiVersion(request, kTenantApiVersion, &refusal))
        return refusal;
    QJsonObject body;
    QString error;
    if (!parseJsonObject(request.body, &body, &error))
        return EmulatorResponse::error(400, error);
    const QJsonValue tenantId = body.value(QStringLiteral("TenantId"));
    if (!tenantId.isString() || QUuid::fromString(tenantId.toString()) != m_settings.tenantId)
        return EmulatorResponse::error(400,
            tenantId.isUndefined() ? QStringLiteral("TenantId is missing")
                                   : QStringLiteral("TenantId '%1' does not match the tenant in the path")
                                         .arg(tenantId.toVariant().toString()));
    const QJsonValue provisioned = body.value(QStringLiteral("Provisioned"));
    if (!provisioned.isBool())
        return EmulatorResponse::error(400, QStringLiteral("Provisioned is missing or not true/false"));
    m_provisioned = provisioned.toBool();
    return EmulatorResponse::json(200, QJsonObject());
}

EmulatorResponse TenantEmulator::putHeartbeat(
    const EmulatorRequest &request, const QString &guidText, qint64 now)
{
    EmulatorResponse refusal;
    if (refuseBearer(request, Scope::Manage, now, &refusal) || refuseTenantPath(guidText, &refusal)
        || !checkApiVersion(request, kTenantApiVersion, &refusal))
        return refusal;
    QJsonObject body;
    QString error;
    if (!parseJsonObject(request.body, &body, &error))
        return EmulatorResponse::error(400, error);
    const QJsonValue timestamp = body.value(QStringLiteral("Timestamp"));
    if (!timestamp.isString() || !isIsoDateTime(timestamp.toString()))
        return EmulatorResponse::error(400,
            timestamp.isUndefined() ? QStringLiteral("Timestamp is missing")
                                    : QStringLiteral("Timestamp '%1' is not an ISO 8601 date-time")
                                          .arg(timestamp.toVariant().toString()));
    ++m_stats.heartbeats;
    m_lastHeartbeat = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return EmulatorResponse::json(200, QJsonObject());
}

QString TenantEmulator::statusName(MessageStatus status)
{
    switch (status) {
    case MessageStatus::InProgress:
        return QStringLiteral("InProgress");
    case MessageStatus::Completed:
        return QStringLiteral("Completed");
    case MessageStatus::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

EmulatorResponse TenantEmulator::putUploadMessage(
    const EmulatorRequest &request, const QString &guidText, qint64 now)
{
    EmulatorResponse refusal;
    if (refuseBearer(request, Scope::Manage, now, &refusal))
        return refusal;
    const QUuid messageId = QUuid::fromString(guidText);
    if (messageId.isNull())
        return EmulatorResponse::error(
            400, QStringLiteral("message id '%1' in the path is not a GUID").arg(guidText));
    if (!checkApiVersion(request, kUploadApiVersion, &refusal))
        return refusal;

    // The message id is the idempotency key: a retry is answered, never processed again.
    const auto known = m_messages.find(messageId);
    if (known != m_messages.end()) {
        ++m_stats.duplicateMessages;
        ++known->receivedCount;
        QJsonObject answer { { QStringLiteral("Status"), statusName(known->status) } };
        if (known->status == MessageStatus::Failed)
            answer.insert(QStringLiteral("ErrorDetail"), known->errorDetail);
        return EmulatorResponse::json(202, answer);
    }
    if (!m_provisioned)
        return EmulatorResponse::error(409,
            QStringLiteral("the tenant is not provisioned: PUT PartnerTenants with Provisioned true first"));

    QJsonObject body;
    QString error;
    if (!parseJsonObject(request.body, &body, &error))
        return EmulatorResponse::error(400, error);
    const QJsonValue tenantId = body.value(QStringLiteral("TenantId"));
    if (!tenantId.isString())
        return EmulatorResponse::error(400, QStringLiteral("TenantId is missing or not a string"));
    if (QUuid::fromString(tenantId.toString()) != m_settings.tenantId)
        return EmulatorResponse::error(400,
            QStringLiteral("TenantId '%1' is not this tenant (%2)")
                .arg(tenantId.toString(), guidString(m_settings.tenantId)));
    const QJsonValue uploadTime = body.value(QStringLiteral("UploadTime"));
    if (!uploadTime.isString() || !isIsoDateTime(uploadTime.toString()))
        return EmulatorResponse::error(400,
            uploadTime.isUndefined() ? QStringLiteral("UploadTime is missing")
                                     : QStringLiteral("UploadTime '%1' is not an ISO 8601 date-time")
                                           .arg(uploadTime.toVariant().toString()));
    const QJsonValue content = body.value(QStringLiteral("Content"));
    if (content.isUndefined())
        return EmulatorResponse::error(400, QStringLiteral("Content is missing"));
    if (!content.isString())
        return EmulatorResponse::error(400, QStringLiteral("Content must be a string holding a JSON array"));
    QJsonParseError parseError;
    const QJsonDocument entitiesDocument = QJsonDocument::fromJson(content.toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return EmulatorResponse::error(400,
            QStringLiteral("Content is not valid JSON: %1 at offset %2")
                .arg(parseError.errorString(), QString::number(parseError.offset)));
    if (!entitiesDocument.isArray())
        return EmulatorResponse::error(400, QStringLiteral("Content is not a JSON array"));
    const QJsonArray entities = entitiesDocument.array();
    if (entities.isEmpty())
        return EmulatorResponse::error(
            400, QStringLiteral("Content is an empty array: a message carries at least one entity"));

    // Validate every entity before keeping anything: a bad message changes nothing.
    QStringList unknownDevices;
    int unknownCount = 0;
    QList<QUuid> deviceIds;
    deviceIds.reserve(entities.size());
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const QJsonValue value = entities.at(i);
        if (!value.isObject())
            return EmulatorResponse::error(400, QStringLiteral("Content[%1] is not an object").arg(i));
        const QJsonObject entity = value.toObject();
        const QJsonValue type = entity.value(QStringLiteral("EntityType"));
        if (type.isUndefined())
            return EmulatorResponse::error(400, QStringLiteral("Content[%1]: EntityType is missing").arg(i));
        const int entityType = type.toInt(-1);
        if (entityType != 1 && entityType != 4)
            return EmulatorResponse::error(400,
                QStringLiteral("Content[%1]: EntityType %2 is neither 1 (inventory) nor 4 (compliance)")
                    .arg(QString::number(i), type.toVariant().toString()));
        const QJsonValue deviceIdValue = entity.value(QStringLiteral("DeviceId"));
        if (deviceIdValue.isUndefined())
            return EmulatorResponse::error(400, QStringLiteral("Content[%1]: DeviceId is missing").arg(i));
        if (!deviceIdValue.isString())
            return EmulatorResponse::error(
                400, QStringLiteral("Content[%1]: DeviceId is not a string").arg(i));
        const QString deviceIdText = deviceIdValue.toString().trimmed();
        const QUuid deviceId = QUuid::fromString(deviceIdText);
        if (!deviceIdText.isEmpty() && deviceId.isNull())
            return EmulatorResponse::error(400,
                QStringLiteral("Content[%1]: DeviceId '%2' is not a GUID")
                    .arg(QString::number(i), deviceIdText));
        if (entityType == 1) {
            const QString state = entity.value(QStringLiteral("DeviceManagementState")).toString();
            if (state != QLatin1String("managed") && state != QLatin1String("notManaged"))
                return EmulatorResponse::error(400,
                    QStringLiteral(
                        "Content[%1]: DeviceManagementState must be managed or notManaged, not '%2'")
                        .arg(QString::number(i),
                            entity.value(QStringLiteral("DeviceManagementState")).toVariant().toString()));
        } else {
            const QString status = entity.value(QStringLiteral("complianceStatus")).toString();
            if (status != QLatin1String("compliant") && status != QLatin1String("notCompliant"))
                return EmulatorResponse::error(400,
                    QStringLiteral(
                        "Content[%1]: complianceStatus must be compliant or notCompliant, not '%2'")
                        .arg(QString::number(i),
                            entity.value(QStringLiteral("complianceStatus")).toVariant().toString()));
        }
        for (const char *timeField : { "LastUpdateTime", "LastCheckInTime" }) {
            const QJsonValue time = entity.value(QLatin1String(timeField));
            if (!time.isUndefined() && !time.isNull() && !(time.isString() && isIsoDateTime(time.toString())))
                return EmulatorResponse::error(400,
                    QStringLiteral("Content[%1]: %2 '%3' is not an ISO 8601 date-time")
                        .arg(QString::number(i), QLatin1String(timeField), time.toVariant().toString()));
        }
        deviceIds.append(deviceId);
        if (deviceId.isNull() || !m_idsByAzureId.contains(deviceId)) {
            ++unknownCount;
            if (unknownDevices.size() < kMaxNamedDevicesInError) {
                const QString name = entity.value(QStringLiteral("DeviceName")).toString();
                unknownDevices.append(
                    QStringLiteral("Content[%1] DeviceId '%2'%3")
                        .arg(QString::number(i), deviceIdText,
                            name.isEmpty() ? QString() : QStringLiteral(" (DeviceName '%1')").arg(name)));
            }
        }
    }

    UploadMessage message;
    message.receivedAt = now;
    message.dueAt = now + m_settings.processingMs;
    message.entities = int(entities.size());
    if (m_faultRng.generateDouble() < m_settings.faults.rateAsyncFailed) {
        ++m_stats.faultsAsyncFailed;
        message.outcome = MessageStatus::Failed;
        message.errorDetail
            = QStringLiteral("InternalServerError: the message could not be processed (injected "
                             "fault); send it again with a new message id");
    } else if (unknownCount > 0) {
        message.outcome = MessageStatus::Failed;
        message.errorDetail
            = QStringLiteral("DeviceNotFound: %1 of %2 entities name a device that is not "
                             "registered in the tenant: %3%4")
                  .arg(QString::number(unknownCount), QString::number(entities.size()),
                      unknownDevices.join(QStringLiteral(", ")),
                      unknownCount > unknownDevices.size() ? QStringLiteral(", ...") : QString());
    }
    m_messages.insert(messageId, message);
    m_processing.push_back(messageId);
    ++m_stats.messagesReceived;
    m_stats.entitiesReceived += entities.size();
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const QUuid &deviceId = deviceIds.at(i);
        if (deviceId.isNull())
            continue;
        DeviceReports &reports = m_deviceReports[deviceId];
        const QJsonObject entity = entities.at(i).toObject();
        if (entity.value(QStringLiteral("EntityType")).toInt() == 1)
            reports.lastInventory = entity;
        else
            reports.lastCompliance = entity;
        if (reports.messageIds.isEmpty() || reports.messageIds.constLast() != messageId)
            reports.messageIds.append(messageId);
    }
    return EmulatorResponse::json(
        202, QJsonObject { { QStringLiteral("Status"), statusName(message.status) } });
}

EmulatorResponse TenantEmulator::getUploadMessage(
    const EmulatorRequest &request, const QString &guidText, qint64 now)
{
    EmulatorResponse refusal;
    if (refuseBearer(request, Scope::Manage, now, &refusal))
        return refusal;
    const QUuid messageId = QUuid::fromString(guidText);
    if (messageId.isNull())
        return EmulatorResponse::error(
            400, QStringLiteral("message id '%1' in the path is not a GUID").arg(guidText));
    if (!checkApiVersion(request, kUploadApiVersion, &refusal))
        return refusal;
    const auto message = m_messages.constFind(messageId);
    if (message == m_messages.cend())
        return EmulatorResponse::error(404, QStringLiteral("no DataUploadMessage with id %1").arg(guidText));
    QJsonObject answer { { QStringLiteral("Status"), statusName(message->status) } };
    if (message->status == MessageStatus::Failed)
        answer.insert(QStringLiteral("ErrorDetail"), message->errorDetail);
    return EmulatorResponse::json(200, answer);
}

// Admin ------------------------------------------------------------------------------------

QJsonObject TenantEmulator::statisticsJson() const
{
    qint64 devicesInSeveralMessages = 0;
    for (const DeviceReports &reports : m_deviceReports) {
        if (reports.messageIds.size() > 1)
            ++devicesInSeveralMessages;
    }
    const QJsonObject faults { { QStringLiteral("429"), m_stats.faults429 },
        { QStringLiteral("500"), m_stats.faults500 }, { QStringLiteral("503"), m_stats.faults503 },
        { QStringLiteral("reset"), m_stats.faultsReset }, { QStringLiteral("delay"), m_stats.faultsDelay },
        { QStringLiteral("malformed"), m_stats.faultsMalformed },
        { QStringLiteral("timeout"), m_stats.faultsTimeout },
        { QStringLiteral("asyncFailed"), m_stats.faultsAsyncFailed },
        { QStringLiteral("401"), m_stats.faults401 }, { QStringLiteral("403"), m_stats.faults403 } };
    return QJsonObject { { QStringLiteral("messagesReceived"), m_stats.messagesReceived },
        { QStringLiteral("duplicateMessages"), m_stats.duplicateMessages },
        { QStringLiteral("entitiesReceived"), m_stats.entitiesReceived },
        { QStringLiteral("messagesCompleted"), m_stats.messagesCompleted },
        { QStringLiteral("messagesFailed"), m_stats.messagesFailed },
        { QStringLiteral("messagesInProgress"), qint64(m_processing.size()) },
        { QStringLiteral("earlyRequests"), m_stats.earlyRequests },
        { QStringLiteral("requestsTotal"), m_stats.requestsTotal },
        { QStringLiteral("faultsInjected"), faults },
        { QStringLiteral("tokensIssued"), m_stats.tokensIssued },
        { QStringLiteral("heartbeats"), m_stats.heartbeats },
        { QStringLiteral("policyWrites"), m_stats.policyWrites },
        { QStringLiteral("provisioned"), m_provisioned },
        { QStringLiteral("devicesReported"), qint64(m_deviceReports.size()) },
        { QStringLiteral("devicesInSeveralMessages"), devicesInSeveralMessages },
        { QStringLiteral("devices"), qint64(m_keys.size()) } };
}

QJsonObject TenantEmulator::faultsJson() const
{
    const Faults &faults = m_settings.faults;
    return QJsonObject { { QStringLiteral("rate429"), faults.rate429 },
        { QStringLiteral("retryAfterSeconds"), faults.retryAfterSeconds },
        { QStringLiteral("rate500"), faults.rate500 }, { QStringLiteral("rate503"), faults.rate503 },
        { QStringLiteral("rateReset"), faults.rateReset }, { QStringLiteral("rateDelay"), faults.rateDelay },
        { QStringLiteral("delayMs"), faults.delayMs },
        { QStringLiteral("rateMalformed"), faults.rateMalformed },
        { QStringLiteral("rateTimeout"), faults.rateTimeout }, { QStringLiteral("timeoutMs"), faults.timeoutMs },
        { QStringLiteral("rateAsyncFailed"), faults.rateAsyncFailed },
        { QStringLiteral("pageRowsCap"), faults.pageRowsCap },
        { QStringLiteral("seed"), QJsonValue(qint64(faults.seed)) } };
}

EmulatorResponse TenantEmulator::putFaults(const EmulatorRequest &request, qint64 now)
{
    QJsonObject body;
    QString error;
    if (!parseJsonObject(request.body, &body, &error))
        return EmulatorResponse::error(400, error);
    Faults faults = m_settings.faults;
    bool reseed = false;
    bool expireTokens = false;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        const auto number = [&](double *target) {
            if (!value.isDouble()) {
                error = QStringLiteral("%1 must be a number").arg(key);
                return;
            }
            *target = value.toDouble();
        };
        const auto integer = [&](int *target) {
            const double number = value.toDouble(-1);
            if (!value.isDouble() || number != std::floor(number) || number < 0 || number > 1e9) {
                error = QStringLiteral("%1 must be a whole number of 0 or more").arg(key);
                return;
            }
            *target = int(number);
        };
        if (key == QLatin1String("rate429"))
            number(&faults.rate429);
        else if (key == QLatin1String("retryAfterSeconds"))
            integer(&faults.retryAfterSeconds);
        else if (key == QLatin1String("rate500"))
            number(&faults.rate500);
        else if (key == QLatin1String("rate503"))
            number(&faults.rate503);
        else if (key == QLatin1String("rateReset"))
            number(&faults.rateReset);
        else if (key == QLatin1String("rateDelay"))
            number(&faults.rateDelay);
        else if (key == QLatin1String("delayMs"))
            integer(&faults.delayMs);
        else if (key == QLatin1String("rateMalformed"))
            number(&faults.rateMalformed);
        else if (key == QLatin1String("rateTimeout"))
            number(&faults.rateTimeout);
        else if (key == QLatin1String("timeoutMs"))
            integer(&faults.timeoutMs);
        else if (key == QLatin1String("rateAsyncFailed"))
            number(&faults.rateAsyncFailed);
        else if (key == QLatin1String("pageRowsCap"))
            integer(&faults.pageRowsCap);
        else if (key == QLatin1String("seed")) {
            const double seed = value.toDouble(-1);
            if (!value.isDouble() || seed < 0 || seed != std::floor(seed))
                error = QStringLiteral("seed must be a whole number of 0 or more");
            faults.seed = quint64(seed);
            reseed = true;
        } else if (key == QLatin1String("expireTokensNow")) {
            if (!value.isBool())
                error = QStringLiteral("expireTokensNow must be true or false");
            expireTokens = value.toBool();
        } else {
            error = QStringLiteral("unknown field '%1'").arg(key);
        }
        if (!error.isEmpty())
            return EmulatorResponse::error(400, error);
    }
    error = validateFaults(faults);
    if (!error.isEmpty())
        return EmulatorResponse::error(400, error);
    m_settings.faults = faults;
    if (reseed)
        seedFaults();
    if (expireTokens) {
        for (Token &token : m_tokens) {
            token.revoked = true;
            token.expiresAt = std::min(token.expiresAt, now);
        }
    }
    return EmulatorResponse::json(200, faultsJson());
}

EmulatorResponse TenantEmulator::postChurn(const EmulatorRequest &request)
{
    QJsonObject body;
    QString error;
    if (!parseJsonObject(request.body, &body, &error))
        return EmulatorResponse::error(400, error);
    const QJsonValue changes = body.value(QStringLiteral("changes"));
    const double count = changes.toDouble(-1);
    if (!changes.isDouble() || count < 0 || count > kMaxChurnPerRequest || count != std::floor(count))
        return EmulatorResponse::error(
            400, QStringLiteral("changes must be a whole number from 0 to %1").arg(kMaxChurnPerRequest));
    const QList<qint64> changed = churn(int(count));
    QJsonArray ids;
    for (const qint64 id : changed)
        ids.append(id);
    return EmulatorResponse::json(200, QJsonObject { { QStringLiteral("changed"), ids } });
}

EmulatorResponse TenantEmulator::routeAdmin(const EmulatorRequest &request, qint64 now)
{
    QString path = request.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QByteArray &method = request.method;
    if (path == QLatin1String("/admin/stats"))
        return method == "GET" ? EmulatorResponse::json(200, statisticsJson())
                               : methodNotAllowed(request, "GET");
    if (path == QLatin1String("/admin/faults")) {
        if (method == "GET")
            return EmulatorResponse::json(200, faultsJson());
        return method == "PUT" ? putFaults(request, now) : methodNotAllowed(request, "GET, PUT");
    }
    if (path == QLatin1String("/admin/churn"))
        return method == "POST" ? postChurn(request) : methodNotAllowed(request, "POST");
    if (path == QLatin1String("/admin/reset-stats")) {
        if (method != "POST")
            return methodNotAllowed(request, "POST");
        m_stats = Statistics();
        m_deviceReports.clear();
        m_throttles.clear();
        return EmulatorResponse::json(200, QJsonObject());
    }
    if (path == QLatin1String("/admin/reports")) {
        // Every message received and the devices in it, for checkers that compare it with
        // the console's outbox (exactly once per message id, no device under two ids).
        if (method != "GET")
            return methodNotAllowed(request, "GET");
        QHash<QUuid, QJsonArray> devicesByMessage;
        for (auto it = m_deviceReports.cbegin(); it != m_deviceReports.cend(); ++it) {
            for (const QUuid &messageId : it->messageIds)
                devicesByMessage[messageId].append(guidString(it.key()));
        }
        QJsonObject messages;
        for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
            QJsonObject entry { { QStringLiteral("status"), statusName(it->status) },
                { QStringLiteral("received"), it->receivedCount },
                { QStringLiteral("devices"), devicesByMessage.value(it.key()) } };
            if (it->status == MessageStatus::Failed)
                entry.insert(QStringLiteral("errorDetail"), it->errorDetail);
            messages.insert(guidString(it.key()), entry);
        }
        return EmulatorResponse::json(200, QJsonObject { { QStringLiteral("messages"), messages } });
    }
    if (path.startsWith(QLatin1String("/admin/devices/"))) {
        if (method != "GET")
            return methodNotAllowed(request, "GET");
        const QString text = path.mid(int(qstrlen("/admin/devices/")));
        const QUuid deviceId = QUuid::fromString(text);
        if (deviceId.isNull())
            return EmulatorResponse::error(
                400, QStringLiteral("'%1' is not an Azure device id (a GUID)").arg(text));
        const auto reports = m_deviceReports.constFind(deviceId);
        if (reports == m_deviceReports.cend())
            return EmulatorResponse::error(404, QStringLiteral("no report received for device %1").arg(text));
        QJsonObject last;
        if (!reports->lastInventory.isEmpty())
            last.insert(QStringLiteral("inventory"), reports->lastInventory);
        if (!reports->lastCompliance.isEmpty())
            last.insert(QStringLiteral("compliance"), reports->lastCompliance);
        QJsonArray messageIds;
        for (const QUuid &id : reports->messageIds)
            messageIds.append(guidString(id));
        return EmulatorResponse::json(200,
            QJsonObject { { QStringLiteral("last"), last }, { QStringLiteral("messageIds"), messageIds },
                { QStringLiteral("reports"), messageIds.size() },
                { QStringLiteral("knownDevice"), m_idsByAzureId.contains(deviceId) } });
    }
    if (path.startsWith(QLatin1String("/admin/messages/"))) {
        if (method != "GET")
            return methodNotAllowed(request, "GET");
        const QString text = path.mid(int(qstrlen("/admin/messages/")));
        const QUuid messageId = QUuid::fromString(text);
        if (messageId.isNull())
            return EmulatorResponse::error(
                400, QStringLiteral("'%1' is not a message id (a GUID)").arg(text));
        const auto message = m_messages.constFind(messageId);
        if (message == m_messages.cend())
            return EmulatorResponse::error(404, QStringLiteral("no DataUploadMessage with id %1").arg(text));
        QJsonObject answer { { QStringLiteral("status"), statusName(message->status) },
            { QStringLiteral("entities"), message->entities },
            { QStringLiteral("receivedCount"), message->receivedCount },
            { QStringLiteral("receivedAt"),
                isoUtc(QDateTime::fromMSecsSinceEpoch(message->receivedAt, Qt::UTC)) } };
        if (message->status == MessageStatus::Failed)
            answer.insert(QStringLiteral("errorDetail"), message->errorDetail);
        return EmulatorResponse::json(200, answer);
    }
    return EmulatorResponse::error(404, QStringLiteral("no admin endpoint at %1").arg(request.path));
}
