#include "app/emulator/uploadcontentrules.h"

#include "app/emulator/emulatorjson.h"

#include <QJsonDocument>

namespace {

const char *const kOptionalTexts[] = { "DeviceName", "Os", "OsVersion", "SerialNumber", "Model", "Vendor" };

bool refuse(QString *error, const QString &field, const QString &message)
{
    *error = field + QStringLiteral(": ") + message;
    return false;
}

QString notIso(const QJsonValue &value)
{
    return QStringLiteral("must be an ISO 8601 UTC time ending in Z, not %1")
        .arg(EmulatorJson::describe(value));
}

QString notGuid(const QJsonValue &value)
{
    return QStringLiteral("must be a GUID (36 characters, lower case, no braces), not %1")
        .arg(EmulatorJson::describe(value));
}

} // namespace

bool UploadContentRules::check(
    const QJsonObject &body, const QUuid &tenantId, QJsonArray *entities, QString *error)
{
    const QString tenantText = EmulatorJson::guidText(tenantId);
    const QJsonValue tenant = body.value(QStringLiteral("TenantId"));
    if (!EmulatorJson::isGuid(tenant))
        return refuse(error, QStringLiteral("TenantId"), notGuid(tenant));
    if (tenant.toString() != tenantText)
        return refuse(error, QStringLiteral("TenantId"),
            QStringLiteral("'%1' is not this tenant (%2)").arg(tenant.toString(), tenantText));
    const QJsonValue uploadTime = body.value(QStringLiteral("UploadTime"));
    if (!EmulatorJson::isIsoUtc(uploadTime))
        return refuse(error, QStringLiteral("UploadTime"), notIso(uploadTime));
    const QJsonValue content = body.value(QStringLiteral("Content"));
    if (!content.isString())
        return refuse(error, QStringLiteral("Content"),
            QStringLiteral("must be a string holding a JSON array, not %1")
                .arg(EmulatorJson::describe(content)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content.toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(error, QStringLiteral("Content"),
            QStringLiteral("the string is not valid JSON: %1 at offset %2")
                .arg(parseError.errorString(), QString::number(parseError.offset)));
    if (!document.isArray())
        return refuse(
            error, QStringLiteral("Content"), QStringLiteral("the string holds JSON that is not an array"));
    const QJsonArray parsed = document.array();
    if (parsed.isEmpty())
        return refuse(error, QStringLiteral("Content"),
            QStringLiteral("the array is empty; a message carries at least one entity"));
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        if (!checkEntity(parsed.at(i), i, tenantText, error))
            return false;
    }
    *entities = parsed;
    return true;
}

bool UploadContentRules::checkEntity(
    const QJsonValue &value, qsizetype index, const QString &tenantText, QString *error)
{
    const QString at = QStringLiteral("Content[%1]").arg(index);
    if (!value.isObject())
        return refuse(
            error, at, QStringLiteral("must be an object, not %1").arg(EmulatorJson::describe(value)));
    const QJsonObject entity = value.toObject();
    const auto field
        = [&at](const char *name) -> QString { return at + QLatin1Char('.') + QLatin1String(name); };

    const QJsonValue type = entity.value(QStringLiteral("EntityType"));
    const bool inventory = EmulatorJson::isWholeNumber(type, 1, 1);
    if (!inventory && !EmulatorJson::isWholeNumber(type, 4, 4))
        return refuse(error, field("EntityType"),
            QStringLiteral("must be the number 1 (inventory) or 4 (compliance), not %1")
                .arg(EmulatorJson::describe(type)));
    const QJsonValue tenant = entity.value(QStringLiteral("TenantId"));
    if (!tenant.isString() || tenant.toString() != tenantText)
        return refuse(error, field("TenantId"),
            QStringLiteral("must equal the body's TenantId (%1), not %2")
                .arg(tenantText, EmulatorJson::describe(tenant)));
    for (const char *name : { "DeviceId", "UserId" }) {
        const QJsonValue guid = entity.value(QLatin1String(name));
        if (!EmulatorJson::isGuid(guid))
            return refuse(error, field(name), notGuid(guid));
    }
    const QJsonValue updated = entity.value(QStringLiteral("LastUpdateTime"));
    if (!EmulatorJson::isIsoUtc(updated))
        return refuse(error, field("LastUpdateTime"), notIso(updated));

    if (!inventory) {
        const QJsonValue status = entity.value(QStringLiteral("complianceStatus"));
        if (status.toString() != QLatin1String("compliant")
            && status.toString() != QLatin1String("notCompliant"))
            return refuse(error, field("complianceStatus"),
                QStringLiteral("must be compliant or notCompliant, not %1")
                    .arg(EmulatorJson::describe(status)));
        return true;
    }
    const QJsonValue management = entity.value(QStringLiteral("DeviceManagementState"));
    if (management.toString() != QLatin1String("managed")
        && management.toString() != QLatin1String("notManaged"))
        return refuse(error, field("DeviceManagementState"),
            QStringLiteral("must be managed or notManaged, not %1").arg(EmulatorJson::describe(management)));
    const QJsonValue checkIn = entity.value(QStringLiteral("LastCheckInTime"));
    if (!EmulatorJson::isIsoUtc(checkIn))
        return refuse(error, field("LastCheckInTime"), notIso(checkIn));
    const QJsonValue easIds = entity.value(QStringLiteral("EasIds"));
    if (!easIds.isArray())
        return refuse(error, field("EasIds"),
            QStringLiteral("must be an array of strings (it may be empty), not %1")
                .arg(EmulatorJson::describe(easIds)));
    const QJsonArray ids = easIds.toArray();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!ids.at(i).isString())
            return refuse(error, at + QStringLiteral(".EasIds[%1]").arg(i),
                QStringLiteral("must be a string, not %1").arg(EmulatorJson::describe(ids.at(i))));
    }
    const QJsonValue state = entity.value(QStringLiteral("State"));
    if (!EmulatorJson::isWholeNumber(state, 0, 2))
        return refuse(error, field("State"),
            QStringLiteral("must be the number 0 (active), 1 (deactivated) or 2 (unresponsive), not %1")
                .arg(EmulatorJson::describe(state)));
    for (const char *name : kOptionalTexts) {
        const QJsonValue text = entity.value(QLatin1String(name));
        if (!text.isUndefined() && !text.isString())
            return refuse(error, field(name),
                QStringLiteral("must be a string, not %1").arg(EmulatorJson::describe(text)));
    }
    return true;
}
