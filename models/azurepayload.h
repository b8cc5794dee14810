#pragma once

#include "models/complianceaction.h"
#include "models/device.h"

#include <QJsonArray>

// What Azure receives for one device, as docs/PROTOCOL.md gives it: an inventory entity
// (EntityType 1) and a compliance entity (EntityType 4), as carried in a
// DataUploadMessages Content array.
namespace AzurePayload {
// tenantId: the Entra tenant id as a GUID without braces; every entity carries it.
QJsonArray entitiesFor(
    const DeviceRecord &device, AzureOutcome outcome, const QDateTime &now, const QString &tenantId);
// The words Azure receives for an outcome: "compliant" / "notCompliant".
QString complianceStatus(AzureOutcome outcome);
// "managed", or "notManaged" once the device is retired.
QString managementState(AzureOutcome outcome);
// The inventory State: 0 active, 1 deactivated (retired, wiped), 2 unresponsive (active
// but not seen by the MDM for more than 24 hours).
int inventoryState(const DeviceRecord &device, const QDateTime &now);
// LastCheckInTime, never null: the MDM's last check-in, else its registration time, else
// `now` (the moment the console learned of the device).
QDateTime lastCheckInTime(const DeviceRecord &device, const QDateTime &now);
// The DataUploadMessages request body: {"TenantId","UploadTime","Content": the array as a string}.
QByteArray uploadBody(const QString &tenantId, const QDateTime &uploadTime, const QJsonArray &content);
// A digest of the inventory fields Azure receives, to tell when they changed.
QString inventoryFingerprint(const DeviceRecord &device);
} // namespace AzurePayload
