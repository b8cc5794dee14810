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
    case Platform::macOS:
        return QStringLiteral("macOS");
    case Platform::Windows:
        return QStringLiteral("Windows");
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

int inventoryState(const DeviceRecord &device, const QDateTime &now)
{
    const QString state = device.registrationState.toUpper();
    for (const char *word : { "RETIRE", "WIPE", "DELETE", "DEACTIVATE" }) {
        if (state.contains(QLatin1String(word)))
            return 1;
    }
    constexpr qint64 kUnresponsiveMs = qint64(24) * 60 * 60 * 1000;
    if (state == QLatin1String("ACTIVE") && device.lastCheckin.isValid()
        && device.lastCheckin.msecsTo(now) > kUnresponsiveMs)
        return 2;
    return 0;
}

QDateTime lastCheckInTime(const DeviceRecord &device, const QDateTime &now)
{
    if (device.lastCheckin.isValid())
        return device.lastCheckin;
    if (device.registeredAt.isValid())
        return device.registeredAt;
    return now;
}

QJsonArray entitiesFor(const DeviceRecord &device, AzureOutcome outcome, const QDateTime &now, const QString &tenantId)
{
    const QString deviceId = device.azureDeviceId.toString();
    const QString userId = device.entraUserId.isNull() ? QString() : device.entraUserId.toString(QUuid::WithoutBraces);
    const QString updated = now.toUTC().toString(Qt::ISODateWithMs);
    QJsonArray easIds;
    for (const QString &id : device.easIds)
        easIds.append(id);
    QJsonObject inventory{
        {QStringLiteral("EntityType"), 1},
        {QStringLiteral("TenantId"), tenantId},
        {QStringLiteral("DeviceManagementState"), managementState(outcome)},
        {QStringLiteral("DeviceId"), deviceId},
        {QStringLiteral("DeviceName"), device.name},
        {QStringLiteral("UserId"), userId},
        {QStringLiteral("LastCheckInTime"), lastCheckInTime(device, now).toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("LastUpdateTime"), updated},
        {QStringLiteral("Os"), osName(device.platform)},
        {QStringLiteral("OsVersion"), device.osVersion},
        {QStringLiteral("EasIds"), easIds},
        {QStringLiteral("State"), inventoryState(device, now)},
    };
    // Serial, model and vendor only where known, under the names Jamf sends.
    if (!device.serialNumber.isEmpty())
        inventory.insert(QStringLiteral("SerialNumber"), device.serialNumber);
    if (!device.model.isEmpty())
        inventory.insert(QStringLiteral("Model"), device.model);
    if (!device.manufacturer.isEmpty())
        inventory.insert(QStringLiteral("Vendor"), device.manufacturer);
    const QJsonObject compliance{
        {QStringLiteral("EntityType"), 4},
        {QStringLiteral("TenantId"), tenantId},
        {QStringLiteral("DeviceId"), deviceId},
        {QStringLiteral("UserId"), userId},
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
    // Everything of the inventory entity but the times; LastCheckInTime changes with every
    // check-in and would make every sync an inventory change. An unresponsive device's
    // State changes with time alone and is reported by the next full report.
    const QString userId = device.entraUserId.isNull() ? QString() : device.entraUserId.toString(QUuid::WithoutBraces);
    for (const QString &field : {device.name, userId, Platforms::wireName(device.platform), device.osVersion,
                                 device.model, device.manufacturer, device.serialNumber, device.registrationState,
                                 device.azureDeviceId.toString(), device.easIds.join(QLatin1Char('\x1e'))}) {
        hash.addData(field.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace AzurePayload
