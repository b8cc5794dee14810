#pragma once

#include "models/compliancepolicy.h"

#include <QJsonObject>

// A compliance policy as the MDM's policy endpoints carry it (docs/EMULATOR-CONTRACT.md):
// {"id","name","rule","parameter","actions":[{"action","waitDays"}]}. Reading goes through
// InventoryClient::parsePolicy, which names the bad field.
namespace PolicyJson {
QJsonObject toJson(const CompliancePolicy &policy);
} // namespace PolicyJson
