#pragma once

#include "app/settings/weeklyschedule.h"

#include <QUuid>

struct ReportingSettings
{
    bool enabled = true;  // off: nothing is queued or sent, and Report Time says so
    QUuid tenantId;
    int batchSize = 500;   // devices per DataUploadMessages message
    WeeklySchedule weekly; // when the weekly report is due (default: 7 days after the last)
    int maxInFlight = 4;   // messages being uploaded at once
    int maxAttempts = 8;   // uploads of one message before it is Failed
    int retryBaseSecs = 15; // the outbox's own backoff between failed uploads, doubling
    int retryCapSecs = 3600;
    int confirmPollMs = 300; // first status check after an upload; grows to confirmPollCapMs
    int confirmPollCapMs = 30000;
    int fleetStepDevices = 500; // devices read and queued per turn of the event loop in fleet-wide reports
};
