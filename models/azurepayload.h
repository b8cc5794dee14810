#pragma once

#include "models/complianceaction.h"
#include "models/device.h"

#include <QJsonArray>

// What Azure receives for one device (SPEC 2.1): an inventory entity (EntityType 1) and a
// compliance entity (EntityType 4), as carried in a DataUploadMessages Content array.
namespace AzurePayload {
QJsonArray entitiesFor(const DeviceRecord &device, AzureOutcome outcome, const QDateTime &now);
// The words Azure receives for an outcome: "compliant" / "notCompliant".
QString complianceStatus(AzureOutcome outcome);
// "managed", or "notManaged" once the device is retired.
QString managementState(AzureOutcome outcome);
// The DataUploadMessages request body: {"TenantId","UploadTime","Content": the array as a string}.
QByteArray uploadBody(const QString &tenantId, const QDateTime &uploadTime, const QJsonArray &content);
// A digest of the inventory fields Azure receives, to tell when they changed.
QString inventoryFingerprint(const DeviceRecord &device);
} // namespace AzurePayload
