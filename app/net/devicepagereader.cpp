#include "app/net/devicepagereader.h"

#include "app/net/devicepageparser.h"
#include "app/net/recordreader.h"

#include <QHash>

#include <cstring>
#include <iterator>
#include <string_view>
#include <unordered_map>
#include <vector>
#include <utility>

namespace {
constexpr int kMaxDepth = 64; // deeper unknown values are left to the general parser
// A plain whole number of at most 15 digits is exact in a double, as QJsonValue holds it.
constexpr int kMaxDigits = 15;

// The record fields it reads; a key seen twice in a record sends the page to the general
// parser (QJsonObject keeps the last value, this reader would not know which).
enum Field : int
{
    FId,
    FGuid,
    FDeviceName,
    FDeviceModel,
    FManufacturer,
    FPlatformType,
    FPlatformVersion,
    FSerialNumber,
    FImei,
    FLastCheckin,
    FRegistrationState,
    FComplianceState,
    FQuarantined,
    FJailbroken,
    FEmailAddress,
    FUid,
    FAzureDeviceId,
    FAzureClientStatusCode,
    FViolatedPolicies,
    FLastRegistrationTime,
    FAadDeviceId,
    FAzureUserUpn,
    FAzureUserId,
    FEasDeviceIdentifiers,
    FieldCount,
    FUnknown = FieldCount
};

struct FieldName
{
    std::string_view name;
    Field field;
};

constexpr FieldName kFields[] = { { "id", FId }, { "guid", FGuid }, { "deviceName", FDeviceName },
    { "deviceModel", FDeviceModel }, { "manufacturer", FManufacturer }, { "platformType", FPlatformType },
    { "platformVersion", FPlatformVersion }, { "serialNumber", FSerialNumber }, { "imei", FImei },
    { "lastCheckin", FLastCheckin }, { "registrationState", FRegistrationState },
    { "complianceState", FComplianceState }, { "quarantined", FQuarantined }, { "jailbroken", FJailbroken },
    { "emailAddress", FEmailAddress }, { "uid", FUid }, { "azureDeviceId", FAzureDeviceId },
    { "azureClientStatusCode", FAzureClientStatusCode }, { "violatedPolicies", FViolatedPolicies },
    { "lastRegistrationTime", FLastRegistrationTime }, { "aadDeviceId", FAadDeviceId },
    { "azureUserUpn", FAzureUserUpn }, { "azureUserId", FAzureUserId },
    { "easDeviceIdentifiers", FEasDeviceIdentifiers } };
constexpr int kFieldNameCount = int(std::size(kFields));

bool keyIs(QByteArrayView key, std::string_view name)
{
    return std::string_view(key.data(), size_t(key.size())) == name;
}

// The field a member's key names. A server writes its records' members in one order, so
// the entry that matched at this position in the record before is tried first: one
// comparison per member instead of a walk of the table. guess is that entry's index, and
// is set to the one that matched (-1: none).
Field fieldOf(QByteArrayView key, int *guess)
{
    if (*guess >= 0 && keyIs(key, kFields[*guess].name))
        return kFields[*guess].field;
    for (int i = 0; i < kFieldNameCount; ++i) {
        if (keyIs(key, kFields[i].name)) {
            *guess = i;
            return kFields[i].field;
        }
    }
    *guess = -1;
    return FUnknown;
}

// A JSON string as it stands in the body, between its quotes.
struct RawString
{
    QByteArrayView bytes;
    bool plainAscii = true; // no escape, no byte above 0x7f
};

class Reader final
{
public:
    explicit Reader(const QByteArray &body)
        : m_at(body.constData())
        , m_end(body.constData() + body.size())
    {
    }

    bool atEnd()
    {
        skipSpace();
        return m_at == m_end;
    }

    void skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_at < m_end && *m_at == c) {
            ++m_at;
            return true;
        }
        return false;
    }

    char peek()
    {
        skipSpace();
        return m_at < m_end ? *m_at : '\0';
    }

    bool takeWord(const char *word)
    {
        skipSpace();
        const size_t length = std::strlen(word);
        if (size_t(m_end - m_at) < length || std::memcmp(m_at, word, length) != 0)
            return false;
        m_at += length;
        return true;
    }

    // An object whose keys are plain ASCII (a key with an escape or a non-ASCII byte could
    // still spell a known field: left to the general parser), each member's value read by
    // member(key).
    template<typename Member>
    bool members(Member member)
    {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            RawString key;
            if (!string(&key) || !key.plainAscii || !take(':') || !member(key.bytes))
                return false;
        } while (take(','));
        return take('}');
    }

    // An array, each element read by element().
    template<typename Element>
    bool elements(Element element)
    {
        if (!take('['))
            return false;
        if (take(']'))
            return true;
        do {
            if (!element())
                return false;
        } while (take(','));
        return take(']');
    }

    bool string(RawString *out)
    {
        if (!take('"'))
            return false;
        const char *begin = m_at;
        bool plain = true;
        while (m_at < m_end) {
            const uchar c = uchar(*m_at);
            if (c == '"') {
                out->bytes = QByteArrayView(begin, m_at - begin);
                out->plainAscii = plain;
                ++m_at;
                return true;
            }
            if (c < 0x20)
                return false; // a raw control character: not JSON
            if (c == '\\') {
                plain = false;
                if (++m_at == m_end)
                    return false;
            } else if (c >= 0x80) {
                plain = false;
            }
            ++m_at;
        }
        return false;
    }

    // A plain whole number 0 <= n < 10^15; anything else (sign, fraction, exponent,
    // leading zero) is left to the general parser.
    bool wholeNumber(qint64 *out)
    {
        skipSpace();
        const char *begin = m_at;
        qint64 value = 0;
        while (m_at < m_end && *m_at >= '0' && *m_at <= '9') {
            if (m_at - begin < kMaxDigits) // the digits past the limit refuse the number below
                value = value * 10 + (*m_at - '0');
            ++m_at;
        }
        const qsizetype digits = m_at - begin;
        if (digits == 0 || digits > kMaxDigits || (digits > 1 && *begin == '0'))
            return false;
        if (m_at < m_end && (*m_at == '.' || *m_at == 'e' || *m_at == 'E'))
            return false;
        *out = value;
        return true;
    }

    // Any JSON value, read over.
    bool skipValue(int depth = 0)
    {
        if (depth > kMaxDepth)
            return false;
        switch (peek()) {
        case '"': {
            RawString ignored;
            return string(&ignored) && (ignored.plainAscii || decode(ignored, nullptr));
        }
        case '{':
            ++m_at;
            if (take('}'))
                return true;
            do {
                RawString key;
                if (!string(&key) || !(key.plainAscii || decode(key, nullptr)) || !take(':')
                    || !skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take('}');
        case '[':
            return elements([&] { return skipValue(depth + 1); });
        case 't':
            return takeWord("true");
        case 'f':
            return takeWord("false");
        case 'n':
            return takeWord("null");
        default:
            return number();
        }
    }

    // The text of a string as QJsonValue::toString gives it. False for what this reader
    // leaves to the general parser: bytes that are not UTF-8, an escaped surrogate, a
    // noncharacter. out may be null (checked only).
    static bool decode(const RawString &raw, QString *out)
    {
        if (raw.plainAscii) {
            if (out)
                *out = QString::fromLatin1(raw.bytes);
            return true;
        }
        // Strict UTF-8 (no overlong form, no surrogate, at most U+10FFFF); the escapes are
        // ASCII, so checking the raw bytes is checking the text.
        if (!raw.bytes.isValidUtf8())
            return false;
        const char *at = raw.bytes.data();
        const char *end = at + raw.bytes.size();
        const auto nextEscape = [&end](const char *from) {
            return static_cast<const char *>(std::memchr(from, '\\', size_t(end - from)));
        };
        const char *escape = nextEscape(at);
        QString text;
        if (!escape) {
            text = QString::fromUtf8(raw.bytes);
        } else {
            text.reserve(raw.bytes.size());
            while (true) {
                const char *runEnd = escape ? escape : end;
                if (runEnd > at)
                    text.append(QString::fromUtf8(at, runEnd - at));
                if (!escape)
                    break;
                at = escape + 1; // string() saw a character after every backslash
                char16_t code = 0;
                switch (*at++) {
                case '"': code = '"'; break;
                case '\\': code = '\\'; break;
                case '/': code = '/'; break;
                case 'b': code = '\b'; break;
                case 'f': code = '\f'; break;
                case 'n': code = '\n'; break;
                case 'r': code = '\r'; break;
                case 't': code = '\t'; break;
                case 'u': {
                    if (end - at < 4)
                        return false;
                    for (int i = 0; i < 4; ++i) {
                        const char digit = at[i];
                        if (digit >= '0' && digit <= '9')
                            code = char16_t(code * 16 + (digit - '0'));
                        else if ((digit | 0x20) >= 'a' && (digit | 0x20) <= 'f')
                            code = char16_t(code * 16 + ((digit | 0x20) - 'a' + 10));
                        else
                            return false;
                    }
                    at += 4;
                    if (QChar::isSurrogate(code))
                        return false;
                    break;
                }
                default:
                    return false;
                }
                text.append(QChar(code));
                escape = nextEscape(at);
            }
        }
        // A noncharacter, written or escaped, is left to the general parser too.
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t unit = text.at(i).unicode();
            char32_t code = unit;
            if (QChar::isHighSurrogate(unit) && i + 1 < text.size())
                code = QChar::surrogateToUcs4(unit, text.at(++i).unicode());
            if (QChar::isNonCharacter(code))
                return false;
        }
        if (out)
            *out = std::move(text);
        return true;
    }

    // A JSON number, read over (for values this reader does not use); one with an
    // exponent or more than 15 digits before the point is left to the general parser.
    bool number()
    {
        skipSpace();
        const char *begin = m_at;
        if (m_at < m_end && *m_at == '-')
            ++m_at;
        const char *digits = m_at;
        while (m_at < m_end && *m_at >= '0' && *m_at <= '9')
            ++m_at;
        // Long whole parts and exponents could overflow a double, which QJsonDocument refuses:
        // left to it.
        if (m_at == digits || m_at - digits > kMaxDigits || (m_at - digits > 1 && *digits == '0'))
            return false;
        if (m_at < m_end && *m_at == '.') {
            const char *fraction = ++m_at;
            while (m_at < m_end && *m_at >= '0' && *m_at <= '9')
                ++m_at;
            if (m_at == fraction)
                return false;
        }
        if (m_at < m_end && (*m_at == 'e' || *m_at == 'E'))
            return false;
        return m_at > begin;
    }

private:
    const char *m_at;
    const char *m_end;
};

// Texts that repeat from device to device (models, versions, states) are made once per
// page and shared.
class TextCache final
{
public:
    bool text(const RawString &raw, QString *out)
    {
        if (!raw.plainAscii || raw.bytes.size() > 64)
            return Reader::decode(raw, out);
        const std::string_view key(raw.bytes.data(), size_t(raw.bytes.size()));
        const auto found = m_texts.find(key);
        if (found != m_texts.end()) {
            *out = found->second;
            return true;
        }
        Reader::decode(raw, out);
        m_texts.emplace(key, *out);
        return true;
    }

private:
    // Views into the page's body. std::hash rather than QHash: Qt's seeded hash of a byte
    // string is SipHash on CPUs it was not built for with AES, and it was a tenth of a
    // sync's CPU time.
    std::unordered_map<std::string_view, QString> m_texts;
};

class PageReader final
{
public:
    explicit PageReader(const QByteArray &body)
        : m_reader(body)
    {
    }

    bool page(qint64 expectedStart, qint64 *totalCount, QList<std::optional<DeviceRecord>> *records)
    {
        // {"result": {"totalCount": n, "offset": n, "searchResults": [...], ...}, ...}
        bool sawResult = false;
        const bool read = m_reader.members([&](QByteArrayView key) {
            if (!keyIs(key, "result"))
                return m_reader.skipValue(1);
            if (sawResult)
                return false;
            sawResult = true;
            return result(expectedStart, totalCount, records);
        });
        return read && sawResult && m_reader.atEnd();
    }

private:
    bool result(qint64 expectedStart, qint64 *totalCount, QList<std::optional<DeviceRecord>> *records)
    {
        bool sawTotal = false;
        bool sawOffset = false;
        bool sawRows = false;
        // A key seen twice is refused: QJsonObject keeps the last value.
        const auto once = [](bool *seen) { return !std::exchange(*seen, true); };
        const bool read = m_reader.members([&](QByteArrayView key) {
            if (keyIs(key, "totalCount"))
                return once(&sawTotal) && m_reader.wholeNumber(totalCount);
            if (keyIs(key, "offset")) {
                qint64 offset = -1;
                return once(&sawOffset) && m_reader.wholeNumber(&offset) && offset == expectedStart;
            }
            if (keyIs(key, "searchResults"))
                return once(&sawRows) && rows(records);
            return m_reader.skipValue(2);
        });
        return read && sawTotal && sawRows;
    }

    bool rows(QList<std::optional<DeviceRecord>> *records)
    {
        return m_reader.elements([&] {
            DeviceRecord device;
            if (!record(&device))
                return false;
            records->append(std::move(device));
            return true;
        });
    }

    // A text field: a string, null or missing (empty). shared: a text that repeats from
    // device to device.
    bool text(Field field, QString *out, bool shared = false)
    {
        const RawString &raw = m_raw[field];
        if (m_kind[field] != Kind::String)
            return true; // null or missing: a null QString, as RecordReader::text gives
        const bool decoded = shared ? m_cache.text(raw, out) : Reader::decode(raw, out);
        // RecordReader's limit is in UTF-8 bytes; a text near it is left to the general parser.
        return decoded && out->size() <= RecordReader::kMaxFieldBytes / 3;
    }

    bool record(DeviceRecord *device)
    {
        for (Kind &kind : m_kind)
            kind = Kind::Missing;
        device->violations.clear();
        device->easIds.clear();
        size_t position = 0;
        const bool read = m_reader.members([&](QByteArrayView key) {
            if (position == m_keyOrder.size())
                m_keyOrder.push_back(-1);
            const Field field = fieldOf(key, &m_keyOrder[position++]);
            if (field == FUnknown)
                return m_reader.skipValue(3);
            // A key seen twice is refused: QJsonObject keeps the last value.
            return m_kind[field] == Kind::Missing && value(field, device);
        });
        if (!read)
            return false;
        // As DevicePageParser::parseDevice, for a record it would accept.
        if (m_kind[FId] != Kind::Number || m_number[FId] <= 0)
            return false;
        device->id = m_number[FId];
        QString guidText;
        AzureDeviceId guid;
        if (!text(FGuid, &guidText) || !AzureDeviceId::parse(guidText, &guid))
            return false;
        device->guid = guid.uuid();
        QString platform;
        QString registrationState;
        QString email;
        QString uid;
        QString azureId;
        QString aadId;
        QString upn;
        QString userIdText;
        QString clientStatus;
        if (!text(FDeviceName, &device->name) || !text(FDeviceModel, &device->model, true)
            || !text(FManufacturer, &device->manufacturer, true) || !text(FPlatformType, &platform, true)
            || !text(FPlatformVersion, &device->osVersion, true) || !text(FSerialNumber, &device->serialNumber)
            || !text(FImei, &device->imei) || !text(FRegistrationState, &registrationState, true)
            || !text(FEmailAddress, &email) || !text(FUid, &uid) || !text(FAzureDeviceId, &azureId)
            || !text(FAadDeviceId, &aadId) || !text(FAzureUserUpn, &upn) || !text(FAzureUserId, &userIdText)
            || !text(FAzureClientStatusCode, &clientStatus, true))
            return false;
        device->platform = Platforms::fromWire(platform);
        if (!time(FLastCheckin, &device->lastCheckin) || !time(FLastRegistrationTime, &device->registeredAt))
            return false;
        if (!registrationState.isEmpty())
            device->registrationState = registrationState;
        device->quarantined = m_kind[FQuarantined] == Kind::True;
        device->jailbroken = m_kind[FJailbroken] == Kind::True;
        device->user = email.isEmpty() ? uid : email;
        device->userPrincipalName = DevicePageParser::principalNameOf(upn, uid, email);
        AzureDeviceId userId;
        if (!AzureDeviceId::parse(userIdText, &userId))
            return false;
        device->entraUserId = userId.uuid();
        device->entraUserState = DevicePageParser::entraUserStateOf(*device);
        // Two ids for one device are named by the general parser.
        if (!azureId.isEmpty() && !aadId.isEmpty())
            return false;
        if (!AzureDeviceId::parse(azureId.isEmpty() ? aadId : azureId, &device->azureDeviceId))
            return false;
        device->clientStatus = AzureClientStatus::fromWire(clientStatus);
        return true;
    }

    // A time in epoch milliseconds, null or missing; ISO text is left to the general parser.
    bool time(Field field, QDateTime *out)
    {
        if (m_kind[field] == Kind::String)
            return false;
        if (m_kind[field] != Kind::Number)
            return true;
        if (m_number[field] > RecordReader::kMaxEpochMs)
            return false;
        *out = QDateTime::fromMSecsSinceEpoch(m_number[field], Qt::UTC);
        return true;
    }

    // One field's value, checked for the type parseDevice accepts.
    bool value(Field field, DeviceRecord *device)
    {
        if (m_reader.peek() == 'n') {
            m_kind[field] = Kind::Null;
            return m_reader.takeWord("null");
        }
        switch (field) {
        case FId:
            m_kind[field] = Kind::Number;
            return m_reader.wholeNumber(&m_number[field]);
        case FLastCheckin:
        case FLastRegistrationTime:
            if (m_reader.peek() == '"') {
                m_kind[field] = Kind::String;
                return m_reader.string(&m_raw[field]);
            }
            m_kind[field] = Kind::Number;
            return m_reader.wholeNumber(&m_number[field]);
        case FEasDeviceIdentifiers:
            m_kind[field] = Kind::Array;
            return easIds(device);
        case FComplianceState:
        case FQuarantined:
        case FJailbroken:
            if (m_reader.takeWord("true")) {
                m_kind[field] = Kind::True;
                return true;
            }
            m_kind[field] = Kind::False;
            return m_reader.takeWord("false");
        case FViolatedPolicies:
            m_kind[field] = Kind::Array;
            return violations(device);
        default:
            m_kind[field] = Kind::String;
            return m_reader.string(&m_raw[field]);
        }
    }

    bool easIds(DeviceRecord *device)
    {
        return m_reader.elements([&] {
            RawString raw;
            QString id;
            // The general parser's limits: 100 ids of at most 256 characters.
            // Not through the cache: an EAS id belongs to one device, so caching it only
            // fills the cache.
            if (device->easIds.size() >= 100 || !m_reader.string(&raw) || !Reader::decode(raw, &id) || id.size() > 256)
                return false;
            device->easIds.append(id);
            return true;
        });
    }

    bool violations(DeviceRecord *device)
    {
        return m_reader.elements([&] {
            if (device->violations.size() >= DevicePageParser::kMaxViolations)
                return false;
            // Ivanti's form: the names of the violated policies.
            if (m_reader.peek() == '"') {
                RawString raw;
                Violation violation;
                if (!m_reader.string(&raw) || !m_cache.text(raw, &violation.policyName)
                    || violation.policyName.trimmed().isEmpty() || violation.policyName.size() > 1024)
                    return false;
                device->violations.append(violation);
                return true;
            }
            qint64 policyId = -1;
            qint64 since = -1;
            const bool read = m_reader.members([&](QByteArrayView key) {
                // -1 until read: a key seen twice is refused.
                if (keyIs(key, "policyId"))
                    return policyId < 0 && m_reader.wholeNumber(&policyId);
                if (keyIs(key, "since"))
                    return since < 0 && m_reader.wholeNumber(&since);
                return m_reader.skipValue(5);
            });
            if (!read || policyId <= 0 || since < 0 || since > RecordReader::kMaxEpochMs)
                return false;
            device->violations.append(Violation { policyId, QDateTime::fromMSecsSinceEpoch(since, Qt::UTC) });
            return true;
        });
    }

    enum class Kind : quint8 { Missing, Null, String, Number, True, False, Array };

    Reader m_reader;
    TextCache m_cache;
    std::vector<int> m_keyOrder; // by member position: the kFields entry that matched there last
    Kind m_kind[FieldCount] = {};
    RawString m_raw[FieldCount];
    qint64 m_number[FieldCount] = {};
};
} // namespace

bool DevicePageReader::read(const QByteArray &body, qint64 expectedStart, qint64 *totalCount,
    QList<std::optional<DeviceRecord>> *records)
{
    records->clear();
    PageReader reader(body);
    return reader.page(expectedStart, totalCount, records);
}
