#include "models/azurepayload.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace AzurePayload {

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
        {QStringLiteral("LastCheckInTime"),
         device.lastCheckin.isValid() ? device.lastCheckin.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("LastUpdateTime"), updated},
        {QStringLiteral("Os"), Platforms::displayName(device.platform)},
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
