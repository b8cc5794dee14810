#pragma once

#include "models/complianceevaluator.h"
#include "models/compliancepolicy.h"
#include "models/device.h"

#include <QDateTime>
#include <QHash>

// What Device Details shows: a device as the caller read and evaluated it. Kept by the page
// so that a language or locale change renders every section again.
struct ShownDevice
{
    DeviceRecord device;
    DeviceEvaluation evaluation;
    QHash<qint64, CompliancePolicy> policies;
    bool reportingEnabled = true;
    QDateTime now;
};
