#include "app/net/devicepageparser.h"

#include "app/net/devicepagereader.h"
#include "app/net/jsonresponse.h"
#include "app/net/recordreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {
constexpr qsizetype kMaxEasIds = 100;
constexpr qsizetype kMaxEasIdLength = 256;
constexpr qsizetype kMaxPolicyNameLength = 1024;
} // namespace

bool DevicePageParser::parseDevicePage(
    const QByteArray &body, qint64 expectedStart, DevicePage *out, QString *error)
{
    const QString what = tr("MDM device list (/api/v1/device)");
    QJsonObject object;
    QJsonObject page;
    if (!JsonResponse::parseObject(body, what, &object, error)) {
        // One record with bytes that are not UTF-8 would make the whole page unreadable:
        // replace them (QString::fromUtf8 does) and read the page again.
        QJsonParseError parseError;
        QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::IllegalUTF8String || out->repairedUtf8)
            return false;
        out->repairedUtf8 = true;
        error->clear();
        return parseDevicePage(QString::fromUtf8(body).toUtf8(), expectedStart, out, error);
    }
    if (!JsonResponse::object(object, QStringLiteral("result"), what, QStringLiteral("result"), &page, error)
        || !JsonResponse::integer(page, QStringLiteral("totalCount"), what,
            QStringLiteral("result.totalCount"), &out->totalCount, error)
        || !JsonResponse::array(page, QStringLiteral("searchResults"), what,
            QStringLiteral("result.searchResults"), &out->rows, error))
        return false;
    const QJsonValue offsetValue = page.value(QLatin1String("offset"));
    qint64 offset = expectedStart;
    if (!offsetValue.isUndefined()
        && (!JsonResponse::toInteger(offsetValue, &offset) || offset != expectedStart)) {
        *error = tr("%1: asked for the page at %2, the server sent the one at %3.")
                     .arg(what)
                     .arg(expectedStart)
                     .arg(offsetValue.toVariant().toString().left(40));
        return false;
    }
    if (out->totalCount < 0) {
        *error = tr("%1: totalCount is negative (%2).").arg(what).arg(out->totalCount);
        return false;
    }
    return true;
}

DevicePageParser::ParsedPage DevicePageParser::parsePage(const QByteArray &body, qint64 start)
{
    ParsedPage out;
    // The usual page, well-formed with every record valid, in one pass over its bytes; any
    // page the fast reader is not sure of is read again below, where errors are named.
    if (DevicePageReader::read(body, start, &out.totalCount, &out.records)) {
        out.ok = true;
        out.rows = out.records.size();
        out.recordErrors.resize(out.rows);
        return out;
    }
    out.records.clear();
    out.totalCount = 0;
    DevicePage page;
    if (!parseDevicePage(body, start, &page, &out.error))
        return out;
    out.ok = true;
    out.totalCount = page.totalCount;
    out.repairedUtf8 = page.repairedUtf8;
    out.rows = page.rows.size();
    out.records.reserve(out.rows);
    out.recordErrors.reserve(out.rows);
    for (qsizetype i = 0; i < out.rows; ++i) {
        QString recordError;
        out.records.append(parseDevice(page.rows.at(i), &recordError, start + i));
        out.recordErrors.append(recordError);
    }
    return out;
}

QString DevicePageParser::principalNameOf(const QString &upn, const QString &uid, const QString &email)
{
    if (!upn.trimmed().isEmpty())
        return upn.trimmed();
    if (uid.contains(QLatin1Char('@')))
        return uid.trimmed();
    return email.trimmed();
}

EntraUserState DevicePageParser::entraUserStateOf(const DeviceRecord &device)
{
    if (!device.entraUserId.isNull())
        return EntraUserState::Known;
    return device.userPrincipalName.isEmpty() ? EntraUserState::NoUser : EntraUserState::NotLookedUp;
}

std::optional<DeviceRecord> DevicePageParser::parseDevice(
    const QJsonValue &json, QString *error, qint64 position)
{
    const QString where = position >= 0 ? tr("Device record %1").arg(position + 1) : tr("A device record");
    if (!json.isObject()) {
        *error = tr("%1 skipped: it is %2, not an object.").arg(where, JsonResponse::typeName(json));
        return std::nullopt;
    }
    const QJsonObject object = json.toObject();
    DeviceRecord device;
    const QJsonValue idValue = object.value(QLatin1String("id"));
    if (!JsonResponse::toInteger(idValue, &device.id) || device.id <= 0) {
        *error = idValue.isUndefined() || idValue.isNull()
            ? tr("%1 skipped: the field \"id\" is missing.").arg(where)
            : tr("%1 skipped: the field \"id\" is %2, not a positive whole number.")
                  .arg(where,
                      idValue.isDouble() ? QString::number(idValue.toDouble(), 'g', 17)
                                         : JsonResponse::typeName(idValue));
        return std::nullopt;
    }

    RecordReader reader(object, tr("Device %1").arg(device.id));
    device.guid = reader.guid(QStringLiteral("guid"));
    device.name = reader.text(QStringLiteral("deviceName"));
    device.model = reader.text(QStringLiteral("deviceModel"));
    device.manufacturer = reader.text(QStringLiteral("manufacturer"));
    device.platform = Platforms::fromWire(reader.text(QStringLiteral("platformType")));
    device.osVersion = reader.text(QStringLiteral("platformVersion"));
    device.serialNumber = reader.text(QStringLiteral("serialNumber"));
    device.imei = reader.text(QStringLiteral("imei"));
    device.lastCheckin = reader.time(QStringLiteral("lastCheckin"));
    device.registeredAt = reader.time(QStringLiteral("lastRegistrationTime"));
    const QString registrationState = reader.text(QStringLiteral("registrationState"));
    if (!registrationState.isEmpty())
        device.registrationState = registrationState;
    reader.boolean(
        QStringLiteral("complianceState")); // the MDM's own verdict; we compute ours from the policies
    device.quarantined = reader.boolean(QStringLiteral("quarantined"));
    device.jailbroken = reader.boolean(QStringLiteral("jailbroken"));
    const QString email = reader.text(QStringLiteral("emailAddress"));
    const QString uid = reader.text(QStringLiteral("uid"));
    device.user = email.isEmpty() ? uid : email;
    device.userPrincipalName = principalNameOf(reader.text(QStringLiteral("azureUserUpn")), uid, email);
    device.entraUserId = reader.guid(QStringLiteral("azureUserId"));
    device.entraUserState = entraUserStateOf(device);

    // Ivanti names the Azure device id azureDeviceId; aadDeviceId is read too, as other
    // Microsoft-facing records call it.
    const QString azureId = reader.text(QStringLiteral("azureDeviceId"));
    const QString aadId = reader.text(QStringLiteral("aadDeviceId"));
    QString idProblem;
    if (!reader.failed()
        && !AzureDeviceId::parse(azureId.isEmpty() ? aadId : azureId, &device.azureDeviceId, &idProblem)) {
        reader.fail(azureId.isEmpty() ? QStringLiteral("aadDeviceId") : QStringLiteral("azureDeviceId"),
            tr("is not valid: %1").arg(idProblem));
    }
    AzureDeviceId other;
    if (!reader.failed() && !azureId.isEmpty() && !aadId.isEmpty()
        && (!AzureDeviceId::parse(aadId, &other) || !(other == device.azureDeviceId))) {
        reader.fail(QStringLiteral("aadDeviceId"),
            tr("is \"%1\" while azureDeviceId is \"%2\"; the record names two Azure device ids.")
                .arg(aadId.left(40), azureId.left(40)));
    }
    const QJsonValue easIds = object.value(QLatin1String("easDeviceIdentifiers"));
    if (!reader.failed() && !easIds.isUndefined() && !easIds.isNull()) {
        if (!easIds.isArray()) {
            reader.fail(QStringLiteral("easDeviceIdentifiers"),
                tr("is %1, not an array.").arg(JsonResponse::typeName(easIds)));
        } else if (easIds.toArray().size() > kMaxEasIds) {
            reader.fail(QStringLiteral("easDeviceIdentifiers"),
                tr("has %1 entries; the limit is %2.").arg(easIds.toArray().size()).arg(kMaxEasIds));
        } else {
            const QJsonArray ids = easIds.toArray();
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const QJsonValue id = ids.at(i);
                if (!id.isString() || id.toString().size() > kMaxEasIdLength) {
                    reader.fail(QStringLiteral("easDeviceIdentifiers[%1]").arg(i),
                        id.isString() ? tr("is longer than %1 characters.").arg(kMaxEasIdLength)
                                      : tr("is %1, not a string.").arg(JsonResponse::typeName(id)));
                    break;
                }
                device.easIds.append(id.toString());
            }
        }
    }
    // Unknown codes are kept raw (and flagged by AzureClientStatus), never dropped.
    device.clientStatus = AzureClientStatus::fromWire(reader.text(QStringLiteral("azureClientStatusCode")));

    const QJsonValue violations = object.value(QLatin1String("violatedPolicies"));
    if (!violations.isUndefined() && !violations.isNull() && !reader.failed()) {
        if (!violations.isArray()) {
            reader.fail(QStringLiteral("violatedPolicies"),
                tr("is %1, not an array.").arg(JsonResponse::typeName(violations)));
        } else if (violations.toArray().size() > kMaxViolations) {
            reader.fail(QStringLiteral("violatedPolicies"),
                tr("has %1 entries; the limit is %2.").arg(violations.toArray().size()).arg(kMaxViolations));
        } else {
            const QJsonArray entries = violations.toArray();
            for (qsizetype i = 0; i < entries.size() && !reader.failed(); ++i) {
                const QString field = QStringLiteral("violatedPolicies[%1]").arg(i);
                const QJsonValue entry = entries.at(i);
                // Ivanti lists the names of the violated policies; the start of each
                // violation is then the time the console first saw it.
                if (entry.isString()) {
                    const QString name = entry.toString();
                    if (name.trimmed().isEmpty() || name.size() > kMaxPolicyNameLength) {
                        reader.fail(field, tr("is not a policy name."));
                        break;
                    }
                    Violation violation;
                    violation.policyName = name;
                    device.violations.append(violation);
                    continue;
                }
                if (!entry.isObject()) {
                    reader.fail(field,
                        tr("is %1, not a policy name or an object.").arg(JsonResponse::typeName(entry)));
                    break;
                }
                const QJsonObject violationObject = entry.toObject();
                Violation violation;
                if (!JsonResponse::toInteger(
                        violationObject.value(QLatin1String("policyId")), &violation.policyId)
                    || violation.policyId <= 0) {
                    reader.fail(field + QStringLiteral(".policyId"),
                        tr("is missing or not a positive whole number."));
                    break;
                }
                const QJsonValue since = violationObject.value(QLatin1String("since"));
                if (since.isUndefined() || since.isNull()) {
                    reader.fail(field + QStringLiteral(".since"), tr("is missing."));
                    break;
                }
                violation.since = reader.epochMs(since, field + QStringLiteral(".since"));
                device.violations.append(violation);
            }
        }
    }
    if (reader.failed()) {
        *error = reader.error();
        return std::nullopt;
    }
    return device;
}
