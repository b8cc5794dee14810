#include "app/demo/demofleetgenerator.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace {

// Policy ids of the demo fleet.
enum DemoPolicy : qint64
{
    JailbreakPolicy = 1,
    MinimumIosPolicy,
    PasscodePolicy,
    EncryptionPolicy,
    BlockedAppPolicy,
    OutOfContactPolicy
};

constexpr int kOutOfContactDays = 30;
constexpr qint64 kHourMsecs = 3600 * 1000;
constexpr qint64 kDayMsecs = 24 * kHourMsecs;
// Streams of draws kept apart from the device's main one, so that fields added later do
// not change the fields every earlier fleet of the same seed had.
constexpr quint64 kUserStream = 0x5553455253ULL; // "USERS"
constexpr quint64 kDeviceExtraStream = 0x4558545241ULL; // "EXTRA"
constexpr char kUserDomain[] = "@contoso.com";

struct DemoModel
{
    const char *name;
    const char *shortName; // as in "Alice's iPhone"
    const char *manufacturer;
    const char *tagPrefix; // asset tag style names: "IPH-000123"
    bool tablet;
    int minimumMajorOs; // the first OS major version the model shipped with
    int weight;
};

constexpr DemoModel kIosModels[] = {
    { "iPhone 12", "iPhone", "Apple", "IPH", false, 14, 8 },
    { "iPhone 13", "iPhone", "Apple", "IPH", false, 15, 14 },
    { "iPhone SE (3rd generation)", "iPhone", "Apple", "IPH", false, 15, 6 },
    { "iPhone 14", "iPhone", "Apple", "IPH", false, 16, 16 },
    { "iPhone 14 Pro", "iPhone", "Apple", "IPH", false, 16, 8 },
    { "iPhone 15", "iPhone", "Apple", "IPH", false, 17, 14 },
    { "iPhone 15 Pro", "iPhone", "Apple", "IPH", false, 17, 10 },
    { "iPad (10th generation)", "iPad", "Apple", "IPD", true, 16, 8 },
    { "iPad Air (5th generation)", "iPad", "Apple", "IPD", true, 15, 5 },
    { "iPad Pro 11-inch (4th generation)", "iPad", "Apple", "IPD", true, 16, 4 },
};

constexpr DemoModel kAndroidModels[] = {
    { "Galaxy S23", "Galaxy S23", "Samsung", "AND", false, 13, 16 },
    { "Galaxy S22", "Galaxy S22", "Samsung", "AND", false, 12, 12 },
    { "Galaxy A54 5G", "Galaxy A54", "Samsung", "AND", false, 13, 14 },
    { "Galaxy XCover6 Pro", "XCover", "Samsung", "AND", false, 12, 6 },
    { "Galaxy Tab S8", "Galaxy Tab", "Samsung", "TAB", true, 12, 6 },
    { "Pixel 7", "Pixel 7", "Google", "AND", false, 13, 10 },
    { "Pixel 8", "Pixel 8", "Google", "AND", false, 14, 12 },
    { "Pixel 8 Pro", "Pixel 8 Pro", "Google", "AND", false, 14, 6 },
    { "moto g84 5G", "moto g84", "Motorola", "AND", false, 13, 6 },
};

struct DemoOsVersion
{
    const char *version;
    int major;
    int weight;
};

// iOS below the demo policy's minimum (16.0) only appears on devices that violate it.
constexpr DemoOsVersion kOldIosVersions[] = { { "15.7.9", 15, 3 }, { "15.8", 15, 2 } };
constexpr DemoOsVersion kIosVersions[] = { { "16.6.1", 16, 4 }, { "16.7.2", 16, 4 }, { "16.7.5", 16, 3 },
    { "17.1.2", 17, 5 }, { "17.2.1", 17, 7 }, { "17.3.1", 17, 9 }, { "17.4", 17, 6 } };
constexpr DemoOsVersion kAndroidVersions[] = { { "12", 12, 3 }, { "13", 13, 6 }, { "14", 14, 8 } };

constexpr const char *kFirstNames[] = { "Alice", "Bob", "Carlos", "Diana", "Emma", "Farid", "Grace", "Hiro",
    "Isabel", "Jamal", "Karin", "Liam", "Maria", "Noah", "Olivia", "Pierre", "Quinn", "Rosa", "Sven", "Tara",
    "Umar", "Valentina", "William", "Xin", "Yuki", "Zoe", "Ahmed", "Beatriz", "Chen", "Daniel", "Elena",
    "Felix", "Giulia", "Hannah", "Ivan", "Julia", "Kenji", "Laura", "Mateo", "Nina", "Oscar", "Priya",
    "Rafael", "Sofia", "Thomas", "Ursula", "Victor", "Wei", "Yasmin", "Zain", "Amelie", "Bruno", "Camille",
    "Dmitri", "Esther", "Fatima", "Gabriel", "Helena", "Igor", "Jonas" };

constexpr const char *kLastNames[] = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
    "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
    "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
    "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen",
    "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Tanaka", "Dubois", "Schmidt",
    "Rossi", "Kowalski", "Yamamoto", "Novak", "Silva", "Haddad", "Larsen", "Okafor", "Moreau", "Sato",
    "Jensen" };

constexpr int kFirstNameCount = int(std::size(kFirstNames));
constexpr int kLastNameCount = int(std::size(kLastNames));

// Per mille of devices for each client status; the rest of the fleet reports Success.
struct ClientStatusShare
{
    AzureClientStatus::Code code;
    int perMille;
};

constexpr ClientStatusShare kClientStatusShares[] = {
    { AzureClientStatus::Code::Success, 800 },
    { AzureClientStatus::Code::None, 20 },
    { AzureClientStatus::Code::InternalError, 25 },
    { AzureClientStatus::Code::WorkplaceJoinRequired, 50 },
    { AzureClientStatus::Code::InteractionRequired, 40 },
    { AzureClientStatus::Code::ServerDeclinedScopes, 12 },
    { AzureClientStatus::Code::ServerProtectionPoliciesRequired, 15 },
    { AzureClientStatus::Code::UserCanceled, 18 },
    { AzureClientStatus::Code::AccountLoggedOut, 15 },
    { AzureClientStatus::Code::Unknown, 5 },
};

// What Azure answers in ErrorDetail when it rejects a report.
constexpr const char *kAzureErrorDetails[] = {
    "DeviceNotFound: no device with this id is registered in the tenant",
    "InvalidEntity: LastCheckInTime is later than UploadTime",
    "PartnerNotEnabled: the compliance partner is not enabled for this platform",
    "Throttled: 429 Too Many Requests, retries exhausted",
};

quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// A generator that depends on (seed, index) alone, so devices can be made in any order.
// xoshiro256** seeded through SplitMix64: a QRandomGenerator seeded from words runs
// std::seed_seq over the whole Mersenne Twister state, which was most of the emulator's
// time for a page of devices.
class DemoRandom final
{
public:
    DemoRandom(quint64 seed, int index)
    {
        quint64 state = seed;
        state = splitMix64(state) ^ (quint64(index) * 0xD1B54A32D192ED03ULL);
        for (quint64 &word : m_state)
            word = splitMix64(state);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    // [0, bound): the high bits of a 64x64 product (Lemire); the bias is below 2^-32.
    qint64 bounded(qint64 bound)
    {
        Q_ASSERT(bound > 0);
        return qint64((unsigned __int128)next() * quint64(bound) >> 64);
    }
    int bounded(int bound) { return int(bounded(qint64(bound))); }
    qint64 bounded(qint64 lowest, qint64 highest) { return lowest + bounded(highest - lowest); }
    int bounded(int lowest, int highest) { return int(bounded(qint64(lowest), qint64(highest))); }
    double generateDouble() { return double(next() >> 11) * 0x1.0p-53; }
    void fillRange(quint32 (&words)[4])
    {
        const quint64 a = next();
        const quint64 b = next();
        words[0] = quint32(a);
        words[1] = quint32(a >> 32);
        words[2] = quint32(b);
        words[3] = quint32(b >> 32);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4];
};

int percent(DemoRandom &rng)
{
    return rng.bounded(100);
}

template <typename T, std::size_t N, typename Allowed>
const T &weighted(DemoRandom &rng, const T (&items)[N], Allowed allowed)
{
    int total = 0;
    for (const T &item : items)
        total += allowed(item) ? item.weight : 0;
    Q_ASSERT(total > 0);
    int pick = rng.bounded(total);
    for (const T &item : items) {
        if (!allowed(item))
            continue;
        pick -= item.weight;
        if (pick < 0)
            return item;
    }
    return items[N - 1];
}

constexpr auto anyItem = [](const auto &) { return true; };

QString randomText(DemoRandom &rng, const char *alphabet, int length)
{
    const int size = int(qstrlen(alphabet));
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char(alphabet[rng.bounded(size)]));
    return text;
}

QString serialNumber(DemoRandom &rng, const DemoModel &model)
{
    // Apple leaves out O and I; the others use their usual prefixes.
    static const char kApple[] = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static const char kAlnum[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const QLatin1String manufacturer(model.manufacturer);
    if (manufacturer == QLatin1String("Apple"))
        return randomText(rng, kApple, 12);
    if (manufacturer == QLatin1String("Samsung"))
        return QLatin1String("R5") + randomText(rng, kAlnum, 9);
    if (manufacturer == QLatin1String("Motorola"))
        return QLatin1String("ZY") + randomText(rng, kAlnum, 8);
    return randomText(rng, "0123456789", 2) + QLatin1Char('1') + randomText(rng, kAlnum, 9);
}

// 15 digits: a type allocation code, a serial and the Luhn check digit.
QString imei(DemoRandom &rng)
{
    int digits[15] = { 3, 5 };
    for (int i = 2; i < 14; ++i)
        digits[i] = rng.bounded(10);
    int sum = 0;
    for (int i = 0; i < 14; ++i) {
        int digit = digits[i];
        if (i % 2 == 1) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    digits[14] = (10 - sum % 10) % 10;
    QString text;
    text.reserve(15);
    for (int digit : digits)
        text.append(QLatin1Char(char('0' + digit)));
    return text;
}

QUuid randomUuid(DemoRandom &rng)
{
    quint32 words[4];
    rng.fillRange(words);
    // Version 4 (random), RFC 4122 variant.
    return QUuid(words[0], quint16(words[1]), quint16((words[1] >> 16 & 0x0fff) | 0x4000),
        uchar((words[2] & 0x3f) | 0x80), uchar(words[2] >> 8), uchar(words[2] >> 16), uchar(words[2] >> 24),
        uchar(words[3]), uchar(words[3] >> 8), uchar(words[3] >> 16), uchar(words[3] >> 24));
}

QString lowerAscii(const char *text)
{
    return QLatin1String(text).toString().toLower();
}

QList<CompliancePolicy> demoPolicies()
{
    const auto policy = [](qint64 id, const char *name, PolicyRule rule, const char *parameter,
                            std::initializer_list<PolicyStep> steps) {
        CompliancePolicy result;
        result.id = id;
        result.name = QLatin1String(name);
        result.rule = rule;
        result.parameter = QLatin1String(parameter);
        result.steps = steps;
        return result;
    };
    // Policy names are demo data, like device names: stored once, not translated.
    return {
        policy(JailbreakPolicy, "Jailbroken or rooted devices", PolicyRule::Jailbroken, "",
            { { ComplianceAction::SendAlert, 0 }, { ComplianceAction::Quarantine, 1 },
                { ComplianceAction::Retire, 30 } }),
        policy(MinimumIosPolicy, "iOS 16 or later", PolicyRule::OsBelowMinimum, "16.0",
            { { ComplianceAction::SendAlert, 0 }, { ComplianceAction::BlockEmail, 3 },
                { ComplianceAction::Quarantine, 7 } }),
        policy(PasscodePolicy, "Passcode required", PolicyRule::NoPasscode, "",
            { { ComplianceAction::SendAlert, 0 }, { ComplianceAction::BlockEmail, 3 },
                { ComplianceAction::Quarantine, 7 } }),
        policy(EncryptionPolicy, "Storage encryption", PolicyRule::NotEncrypted, "",
            { { ComplianceAction::SendAlert, 0 }, { ComplianceAction::BlockAppConnectApps, 2 } }),
        policy(BlockedAppPolicy, "No unapproved file sharing apps", PolicyRule::BlockedAppPresent,
            "com.example.filedrop",
            { { ComplianceAction::SendAlert, 0 }, { ComplianceAction::BlockAppConnectApps, 1 },
                { ComplianceAction::Quarantine, 14 } }),
        policy(OutOfContactPolicy, "Out of contact for 30 days", PolicyRule::OutOfContact, "30",
            { { ComplianceAction::SendAlert, 0 }, { ComplianceAction::BlockEmail, 7 },
                { ComplianceAction::Retire, 30 } }),
    };
}

// A moment between one hour and 60 days before now, spread evenly on a log scale so that
// every escalation tier (now, 1, 2, 3, 7, 14, 30 days) has devices.
QDateTime violationSince(DemoRandom &rng, const QDateTime &now)
{
    const double hours = std::exp(rng.generateDouble() * std::log(60.0 * 24.0));
    return now.addMSecs(-qint64(hours * double(kHourMsecs)));
}

} // namespace

DemoFleetGenerator::DemoFleetGenerator(quint64 seed)
    : m_seed(seed)
{
}

DemoFleetGenerator::User DemoFleetGenerator::user(quint64 number) const
{
    // Lower-cased once: every device and every Graph look-up names a user.
    static const auto lowered = [](const char *const *names, int count) {
        QStringList out;
        out.reserve(count);
        for (int i = 0; i < count; ++i)
            out.append(lowerAscii(names[i]));
        return out;
    };
    static const QStringList firstNames = lowered(kFirstNames, kFirstNameCount);
    static const QStringList lastNames = lowered(kLastNames, kLastNameCount);
    const quint64 clash = number / (kFirstNameCount * kLastNameCount);
    User user;
    user.number = number;
    user.principalName = firstNames.at(qsizetype(number % kFirstNameCount)) + QLatin1Char('.')
        + lastNames.at(qsizetype((number / kFirstNameCount) % kLastNameCount))
        + (clash ? QString::number(clash) : QString()) + QLatin1String(kUserDomain);
    DemoRandom rng(m_seed ^ kUserStream, int(number % 0x7fffffff));
    user.objectId = randomUuid(rng);
    user.knownToEntra = rng.bounded(1000) >= 15; // 1.5 % left the directory or never joined it
    return user;
}

std::optional<DemoFleetGenerator::User> DemoFleetGenerator::userByPrincipalName(const QString &principalName) const
{
    static const auto indexes = [](const char *const *names, int count) {
        QHash<QString, int> byName;
        for (int i = 0; i < count; ++i)
            byName.insert(lowerAscii(names[i]), i);
        return byName;
    };
    static const QHash<QString, int> firstIndexes = indexes(kFirstNames, kFirstNameCount);
    static const QHash<QString, int> lastIndexes = indexes(kLastNames, kLastNameCount);

    const QString name = principalName.toLower();
    if (!name.endsWith(QLatin1String(kUserDomain)))
        return std::nullopt;
    const QString local = name.chopped(int(qstrlen(kUserDomain)));
    const qsizetype dot = local.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return std::nullopt;
    QString last = local.mid(dot + 1);
    qsizetype digits = last.size();
    while (digits > 0 && last.at(digits - 1).isDigit())
        --digits;
    const QString clashText = last.mid(digits);
    last.truncate(digits);
    const auto first = firstIndexes.constFind(local.left(dot));
    const auto lastIndex = lastIndexes.constFind(last);
    if (first == firstIndexes.constEnd() || lastIndex == lastIndexes.constEnd()
        || clashText.startsWith(QLatin1Char('0')) || clashText.size() > 12)
        return std::nullopt;
    const quint64 clash = clashText.isEmpty() ? 0 : clashText.toULongLong();
    const quint64 number = clash * quint64(kFirstNameCount * kLastNameCount) + quint64(*lastIndex) * kFirstNameCount
        + quint64(*first);
    return user(number);
}

QList<CompliancePolicy> DemoFleetGenerator::policies() const
{
    return demoPolicies();
}

DeviceRecord DemoFleetGenerator::device(int index, const QDateTime &now) const
{
    DemoRandom rng(m_seed, index);
    DeviceRecord device;
    device.id = qint64(index) + 1;
    device.guid = randomUuid(rng);

    const bool ios = percent(rng) < 55;
    device.platform = ios ? Platform::iOS : Platform::Android;
    const DemoModel &model
        = ios ? weighted(rng, kIosModels, anyItem) : weighted(rng, kAndroidModels, anyItem);
    device.model = QLatin1String(model.name);
    device.manufacturer = QLatin1String(model.manufacturer);
    device.serialNumber = serialNumber(rng, model);
    if (!model.tablet)
        device.imei = imei(rng);

    // Neighbouring devices often share a user (a phone and a tablet); a few users, such as
    // a shared kiosk account or IT staff, have many devices.
    const quint64 userNumber = percent(rng) < 3 ? quint64(rng.bounded(40)) : quint64(index) * 7 / 10;
    const char *firstName = kFirstNames[userNumber % kFirstNameCount];
    const User owner = user(userNumber);
    device.user = owner.principalName;
    device.userPrincipalName = owner.principalName;
    DemoRandom extra(m_seed ^ kDeviceExtraStream, index);
    // Most MDM records carry the user's Entra object id (a user source synced from Entra);
    // the rest name the user only, and the console looks the id up.
    if (owner.knownToEntra && extra.bounded(100) < 90)
        device.entraUserId = owner.objectId;
    device.entraUserState = device.entraUserId.isNull() ? EntraUserState::NotLookedUp : EntraUserState::Known;
    if (percent(rng) < 60) {
        device.name = QLatin1String(firstName) + QLatin1String("'s ") + QLatin1String(model.shortName);
    } else {
        device.name = QLatin1String(model.tagPrefix) + QLatin1Char('-')
            + QStringLiteral("%1").arg(device.id, 6, 10, QLatin1Char('0'));
    }

    // Most devices checked in today; a tail has been away for weeks.
    const int recency = percent(rng);
    const qint64 sinceCheckin = recency < 70 ? rng.bounded(kDayMsecs)
        : recency < 90                       ? rng.bounded(kDayMsecs, 7 * kDayMsecs)
                                             : rng.bounded(7 * kDayMsecs, 40 * kDayMsecs);
    device.lastCheckin = now.addMSecs(-sinceCheckin);

    // Violations: out of contact follows from the check-in; the others are drawn.
    struct Candidate
    {
        qint64 policyId;
        int weight;
    };
    QList<Candidate> candidates { { JailbreakPolicy, 1 }, { PasscodePolicy, 3 }, { EncryptionPolicy, 2 },
        { BlockedAppPolicy, 2 } };
    if (ios && model.minimumMajorOs < 16)
        candidates.append({ MinimumIosPolicy, 3 });
    const bool outOfContact = sinceCheckin > qint64(kOutOfContactDays) * kDayMsecs;
    if (percent(rng) < 28) {
        // Mostly one, sometimes two or three; at most three in all.
        const int draw = percent(rng);
        const int wanted = std::min(draw < 65 ? 1 : draw < 91 ? 2 : 3, outOfContact ? 2 : 3);
        for (int n = 0; n < wanted && !candidates.isEmpty(); ++n) {
            int total = 0;
            for (const Candidate &candidate : std::as_const(candidates))
                total += candidate.weight;
            int pick = rng.bounded(total);
            int chosen = 0;
            while (pick >= candidates.at(chosen).weight)
                pick -= candidates.at(chosen++).weight;
            device.violations.append(Violation { candidates.at(chosen).policyId, violationSince(rng, now) });
            candidates.removeAt(chosen);
        }
    }
    if (outOfContact)
        device.violations.append(
            Violation { OutOfContactPolicy, device.lastCheckin.addDays(kOutOfContactDays) });
    std::sort(device.violations.begin(), device.violations.end(),
        [](const Violation &a, const Violation &b) { return a.policyId < b.policyId; });

    bool belowMinimumOs = false;
    for (const Violation &violation : std::as_const(device.violations)) {
        if (violation.policyId == JailbreakPolicy)
            device.jailbroken = true;
        if (violation.policyId == MinimumIosPolicy)
            belowMinimumOs = true;
    }
    const auto runsOnModel = [&model](const DemoOsVersion &os) { return os.major >= model.minimumMajorOs; };
    if (belowMinimumOs)
        device.osVersion = QLatin1String(weighted(rng, kOldIosVersions, anyItem).version);
    else if (ios)
        device.osVersion = QLatin1String(weighted(rng, kIosVersions, runsOnModel).version);
    else
        device.osVersion = QLatin1String(weighted(rng, kAndroidVersions, runsOnModel).version);
    // Exchange ActiveSync ids as the devices' mail apps registered them: usually one,
    // sometimes none (no mail) or two (a second mail app).
    const int easDraw = extra.bounded(100);
    const int easCount = easDraw < 20 ? 0 : easDraw < 90 ? 1 : 2;
    for (int i = 0; i < easCount; ++i) {
        static const char kHex[] = "0123456789ABCDEF";
        device.easIds.append(ios ? QLatin1String("Appl") + (i == 0 ? device.serialNumber : randomText(extra, kHex, 12))
                                 : QLatin1String("androidc") + randomText(extra, "0123456789", 10));
    }

    // Azure fields, as Device Details shows them.
    int share = rng.bounded(1000);
    AzureClientStatus::Code code = AzureClientStatus::Code::Success;
    for (const ClientStatusShare &entry : kClientStatusShares) {
        if (share < entry.perMille) {
            code = entry.code;
            break;
        }
        share -= entry.perMille;
    }
    if (code == AzureClientStatus::Code::Unknown)
        device.clientStatus = AzureClientStatus::fromWire(QStringLiteral("Broker_Timeout"));
    else
        device.clientStatus = AzureClientStatus(code);

    const int roll = percent(rng);
    if (code == AzureClientStatus::Code::Success) {
        // The id can be retrieved only with Success, and a few such devices still lack it.
        if (percent(rng) >= 3) {
            device.azureDeviceId = AzureDeviceId::fromUuid(randomUuid(rng));
            device.complianceStatus = roll < 85 ? AzureComplianceStatus::Successful
                : roll < 92                     ? AzureComplianceStatus::InProgress
                : roll < 96                     ? AzureComplianceStatus::Failed
                                                : AzureComplianceStatus::None;
        } else {
            device.complianceStatus
                = roll < 40 ? AzureComplianceStatus::InProgress : AzureComplianceStatus::None;
        }
    } else if (code != AzureClientStatus::Code::None && roll < 45) {
        device.complianceStatus = AzureComplianceStatus::Failed;
    }

    switch (device.complianceStatus) {
    case AzureComplianceStatus::Successful:
        device.reportTime = std::min(now, device.lastCheckin.addMSecs(rng.bounded(1000, 15 * 60 * 1000)));
        break;
    case AzureComplianceStatus::InProgress:
        // Confirmed once before, now waiting for Azure to confirm the next report.
        if (!device.azureDeviceId.isBlank() && percent(rng) < 60)
            device.reportTime = device.lastCheckin.addMSecs(-rng.bounded(kHourMsecs, 7 * kDayMsecs));
        break;
    case AzureComplianceStatus::Failed:
        if (device.azureDeviceId.isBlank()) {
            device.reportError = QStringLiteral("No Azure device id: the device reported client status %1")
                                     .arg(device.clientStatus.wireName());
        } else {
            device.reportError
                = QLatin1String(kAzureErrorDetails[rng.bounded(int(std::size(kAzureErrorDetails)))]);
        }
        break;
    case AzureComplianceStatus::None:
        break;
    }
    return device;
}
