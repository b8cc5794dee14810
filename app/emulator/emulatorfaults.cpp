#include "app/emulator/emulatorfaults.h"

#include <QJsonArray>

#include <cmath>
#include <utility>

namespace {

template <typename Enum> struct EnumWord
{
    Enum value;
    const char *word;
};

constexpr EnumWord<EmulatorFaults::UploadAnswer> kUploadAnswers[] = {
    { EmulatorFaults::UploadAnswer::Empty, "empty" },
    { EmulatorFaults::UploadAnswer::Field, "field" },
    { EmulatorFaults::UploadAnswer::Field0, "field0" },
    { EmulatorFaults::UploadAnswer::Status, "status" },
};
constexpr EnumWord<EmulatorFaults::CheckinFormat> kCheckinFormats[] = {
    { EmulatorFaults::CheckinFormat::EpochMs, "ms" },
    { EmulatorFaults::CheckinFormat::Iso, "iso" },
};
constexpr EnumWord<EmulatorFaults::ViolationsFormat> kViolationsFormats[] = {
    { EmulatorFaults::ViolationsFormat::Objects, "objects" },
    { EmulatorFaults::ViolationsFormat::Names, "names" },
};

template <typename Enum, size_t N> QString wordOf(const EnumWord<Enum> (&words)[N], Enum value)
{
    for (const auto &entry : words) {
        if (entry.value == value)
            return QLatin1String(entry.word);
    }
    return {};
}

template <typename Enum, size_t N>
bool valueOf(const EnumWord<Enum> (&words)[N], const QString &word, Enum *value)
{
    for (const auto &entry : words) {
        if (word == QLatin1String(entry.word)) {
            *value = entry.value;
            return true;
        }
    }
    return false;
}

template <typename Enum, size_t N> QString wordList(const EnumWord<Enum> (&words)[N])
{
    QStringList list;
    for (const auto &entry : words)
        list.append(QLatin1String(entry.word));
    return list.join(QLatin1Char('|'));
}

} // namespace

QString EmulatorFaults::word(UploadAnswer answer)
{
    return wordOf(kUploadAnswers, answer);
}

QString EmulatorFaults::word(CheckinFormat format)
{
    return wordOf(kCheckinFormats, format);
}

QString EmulatorFaults::word(ViolationsFormat format)
{
    return wordOf(kViolationsFormats, format);
}

bool EmulatorFaults::fromWord(const QString &word, UploadAnswer *answer)
{
    return valueOf(kUploadAnswers, word, answer);
}

bool EmulatorFaults::fromWord(const QString &word, CheckinFormat *format)
{
    return valueOf(kCheckinFormats, word, format);
}

bool EmulatorFaults::fromWord(const QString &word, ViolationsFormat *format)
{
    return valueOf(kViolationsFormats, word, format);
}

QString EmulatorFaults::validate() const
{
    const std::pair<const char *, double> rates[] = { { "rate429", rate429 }, { "rate500", rate500 },
        { "rate502", rate502 }, { "rate503", rate503 }, { "rate504", rate504 }, { "rateReset", rateReset },
        { "rateDelay", rateDelay }, { "rateTimeout", rateTimeout }, { "rateMalformed", rateMalformed },
        { "rateAsyncFailed", rateAsyncFailed }, { "rateBatchItem429", rateBatchItem429 },
        { "rateUploadInBandRefusal", rateUploadInBandRefusal } };
    for (const auto &[name, rate] : rates) {
        if (!(rate >= 0.0 && rate <= 1.0))
            return QStringLiteral("%1 must be between 0 and 1, not %2")
                .arg(QLatin1String(name), QString::number(rate));
    }
    if (retryAfterSeconds < 0 || retryAfterSeconds > 3600)
        return QStringLiteral("retryAfterSeconds must be between 0 and 3600, not %1").arg(retryAfterSeconds);
    if (!(retryAfterDecimal >= 0 && retryAfterDecimal <= 3600))
        return QStringLiteral("retryAfterDecimal must be between 0 and 3600, not %1").arg(retryAfterDecimal);
    if (delayMs < 0 || delayMs > 600000)
        return QStringLiteral("delayMs must be between 0 and 600000, not %1").arg(delayMs);
    if (timeoutMs < 0 || timeoutMs > 600000)
        return QStringLiteral("timeoutMs must be between 0 and 600000, not %1").arg(timeoutMs);
    if (pageRowsCap < 0 || pageRowsCap > kMaxPageRows)
        return QStringLiteral("pageRowsCap must be between 0 and %1, not %2")
            .arg(kMaxPageRows)
            .arg(pageRowsCap);
    for (const QString &path : hugeBodyPaths) {
        if (!path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1String("/admin")))
            return QStringLiteral("hugeBodyPaths: '%1' must start with / and not be an admin path").arg(path);
    }
    return {};
}

QJsonObject EmulatorFaults::toJson() const
{
    return QJsonObject { { QStringLiteral("rate429"), rate429 },
        { QStringLiteral("retryAfterSeconds"), retryAfterSeconds },
        { QStringLiteral("retryAfterDecimal"), retryAfterDecimal }, { QStringLiteral("rate500"), rate500 },
        { QStringLiteral("rate502"), rate502 }, { QStringLiteral("rate503"), rate503 },
        { QStringLiteral("rate504"), rate504 }, { QStringLiteral("rateReset"), rateReset },
        { QStringLiteral("rateDelay"), rateDelay }, { QStringLiteral("delayMs"), delayMs },
        { QStringLiteral("rateMalformed"), rateMalformed }, { QStringLiteral("rateTimeout"), rateTimeout },
        { QStringLiteral("timeoutMs"), timeoutMs }, { QStringLiteral("rateAsyncFailed"), rateAsyncFailed },
        { QStringLiteral("pageRowsCap"), pageRowsCap }, { QStringLiteral("seed"), QJsonValue(qint64(seed)) },
        { QStringLiteral("rateBatchItem429"), rateBatchItem429 }, { QStringLiteral("batch424"), batch424 },
        { QStringLiteral("provisionInBandFailure"), provisionInBandFailure },
        { QStringLiteral("heartbeatInBandFailure"), heartbeatInBandFailure },
        { QStringLiteral("rateUploadInBandRefusal"), rateUploadInBandRefusal },
        { QStringLiteral("hugeBodyPaths"), QJsonArray::fromStringList(hugeBodyPaths) },
        { QStringLiteral("uploadAnswer"), word(uploadAnswer) },
        { QStringLiteral("checkinFormat"), word(checkinFormat) },
        { QStringLiteral("violationsFormat"), word(violationsFormat) } };
}

bool EmulatorFaults::apply(const QJsonObject &body, bool *reseed, bool *expireTokens, QString *error)
{
    const std::pair<const char *, double *> rates[] = { { "rate429", &rate429 }, { "rate500", &rate500 },
        { "rate502", &rate502 }, { "rate503", &rate503 }, { "rate504", &rate504 },
        { "rateReset", &rateReset }, { "rateDelay", &rateDelay }, { "rateTimeout", &rateTimeout },
        { "rateMalformed", &rateMalformed }, { "rateAsyncFailed", &rateAsyncFailed },
        { "rateBatchItem429", &rateBatchItem429 }, { "rateUploadInBandRefusal", &rateUploadInBandRefusal },
        { "retryAfterDecimal", &retryAfterDecimal } };
    const std::pair<const char *, int *> integers[] = { { "retryAfterSeconds", &retryAfterSeconds },
        { "delayMs", &delayMs }, { "timeoutMs", &timeoutMs }, { "pageRowsCap", &pageRowsCap } };
    const std::pair<const char *, bool *> switches[]
        = { { "batch424", &batch424 }, { "provisionInBandFailure", &provisionInBandFailure },
              { "heartbeatInBandFailure", &heartbeatInBandFailure } };
    *reseed = false;
    *expireTokens = false;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        bool known = false;
        for (const auto &[name, target] : rates) {
            if (key != QLatin1String(name))
                continue;
            known = true;
            if (!value.isDouble()) {
                *error = QStringLiteral("%1 must be a number").arg(key);
                return false;
            }
            *target = value.toDouble();
        }
        for (const auto &[name, target] : integers) {
            if (key != QLatin1String(name))
                continue;
            known = true;
            const double number = value.toDouble(-1);
            if (!value.isDouble() || number != std::floor(number) || number < 0 || number > 1e9) {
                *error = QStringLiteral("%1 must be a whole number of 0 or more").arg(key);
                return false;
            }
            *target = int(number);
        }
        for (const auto &[name, target] : switches) {
            if (key != QLatin1String(name))
                continue;
            known = true;
            if (!value.isBool()) {
                *error = QStringLiteral("%1 must be true or false").arg(key);
                return false;
            }
            *target = value.toBool();
        }
        if (known)
            continue;
        if (key == QLatin1String("seed")) {
            const double number = value.toDouble(-1);
            if (!value.isDouble() || number < 0 || number != std::floor(number)
                || number > 9007199254740992.0) {
                *error = QStringLiteral("seed must be a whole number of 0 or more");
                return false;
            }
            seed = quint64(number);
            *reseed = true;
        } else if (key == QLatin1String("expireTokensNow")) {
            if (!value.isBool()) {
                *error = QStringLiteral("expireTokensNow must be true or false");
                return false;
            }
            *expireTokens = value.toBool();
        } else if (key == QLatin1String("hugeBodyPaths")) {
            if (!value.isArray()) {
                *error = QStringLiteral("hugeBodyPaths must be an array of path prefixes");
                return false;
            }
            QStringList paths;
            for (const QJsonValue &path : value.toArray()) {
                if (!path.isString()) {
                    *error = QStringLiteral("hugeBodyPaths must be an array of path prefixes");
                    return false;
                }
                paths.append(path.toString());
            }
            hugeBodyPaths = paths;
        } else if (key == QLatin1String("uploadAnswer")) {
            if (!fromWord(value.toString(), &uploadAnswer)) {
                *error = QStringLiteral("uploadAnswer must be %1").arg(wordList(kUploadAnswers));
                return false;
            }
        } else if (key == QLatin1String("checkinFormat")) {
            if (!fromWord(value.toString(), &checkinFormat)) {
                *error = QStringLiteral("checkinFormat must be %1").arg(wordList(kCheckinFormats));
                return false;
            }
        } else if (key == QLatin1String("violationsFormat")) {
            if (!fromWord(value.toString(), &violationsFormat)) {
                *error = QStringLiteral("violationsFormat must be %1").arg(wordList(kViolationsFormats));
                return false;
            }
        } else {
            *error = QStringLiteral("unknown field '%1'").arg(key);
            return false;
        }
    }
    *error = validate();
    return error->isEmpty();
}
