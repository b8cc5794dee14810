#include "models/azurepayload.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace AzurePayload {

namespace {
// Protocol words, never translated: an unknown platform is sent empty.
QString osName(Platform platform)
{
    switch (platform) {
    case Platform::iOS:
        return QStringLiteral("iOS");
    case Platform::Android:
        return QStringLiteral("Android");
    case Platform::Unknown:
        break;
    }
    return {};
}
} // namespace

QString complianceStatus(AzureOutcome outcome)
{
    return outcome == AzureOutcome::Compliant ? QStringLiteral("compliant") : QStringLiteral("notCompliant");
}

QString managementState(AzureOutcome outcome)
{
    return outcome == AzureOutcome::RemovedFromAzure ? QStringLiteral("notManaged") : QStringLiteral("managed");
}

QJsonArray entitiesFor(const DeviceRecord &device, AzureOutcome outcome, const QDateTime &now)
{
    const QString deviceId = device.azureDeviceId.toString();
    const QString updated = now.toUTC().toString(Qt::ISODate);
    QJsonObject inventory{
        {QStringLiteral("EntityType"), 1},
        {QStringLiteral("DeviceManagementState"), managementState(outcome)},
        {QStringLiteral("DeviceId"), deviceId},
        {QStringLiteral("DeviceName"), device.name},
        {QStringLiteral("UserId"), device.user},
        {QStringLiteral("LastCheckInTime"), device.lastCheckin.isValid()
             ? QJsonValue(device.lastCheckin.toUTC().toString(Qt::ISODate))
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("LastUpdateTime"), updated},
        {QStringLiteral("Os"), osName(device.platform)},
        {QStringLiteral("OsVersion"), device.osVersion},
        {QStringLiteral("EasIds"), QJsonArray()},
        {QStringLiteral("State"), device.registrationState},
    };
    // Serial, model and vendor only where known.
    if (!device.serialNumber.isEmpty())
        inventory.insert(QStringLiteral("SerialNumber"), device.serialNumber);
    if (!device.model.isEmpty())
        inventory.insert(QStringLiteral("Model"), device.model);
    if (!device.manufacturer.isEmpty())
        inventory.insert(QStringLiteral("Manufacturer"), device.manufacturer);
    const QJsonObject compliance{
        {QStringLiteral("EntityType"), 4},
        {QStringLiteral("DeviceId"), deviceId},
        {QStringLiteral("UserId"), device.user},
        {QStringLiteral("LastUpdateTime"), updated},
        {QStringLiteral("complianceStatus"), complianceStatus(outcome)},
    };
    return QJsonArray{inventory, compliance};
}

QByteArray uploadBody(const QString &tenantId, const QDateTime &uploadTime, const QJsonArray &content)
{
    const QString contentText = QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact));
    return QJsonDocument(QJsonObject{{QStringLiteral("TenantId"), tenantId},
                                     {QStringLiteral("UploadTime"), uploadTime.toUTC().toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("Content"), contentText}})
        .toJson(QJsonDocument::Compact);
}

QString inventoryFingerprint(const DeviceRecord &device)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &field : {device.name, device.user, Platforms::wireName(device.platform), device.osVersion,
                                 device.model, device.manufacturer, device.serialNumber, device.registrationState,
                                 device.azureDeviceId.toString()}) {
        hash.addData(field.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace AzurePayload
