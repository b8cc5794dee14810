#pragma once

#include <QJsonObject>

// What the emulator counted since it started or since POST /admin/reset-stats. The
// families add to it; GET /admin/stats shows it with the state they hold.
struct EmulatorStatistics
{
    qint64 requestsTotal = 0; // every request but /admin
    qint64 earlyRequests = 0; // repetitions of a 429'd request before its Retry-After
    qint64 tokensIssued = 0;
    qint64 userLookups = 0; // GET /v1.0/users(...) answered
    qint64 batchRequests = 0; // $batch requests answered (not refused)
    qint64 batchItems = 0; // the requests inside them
    qint64 provisionRequests = 0; // PartnerTenants PUTs
    qint64 provisionRefused = 0; // ... answered 400
    qint64 deprovisions = 0;
    qint64 heartbeats = 0;
    qint64 messagesReceived = 0; // upload messages stored
    qint64 duplicateMessages = 0; // PUTs of a stored message id
    qint64 uploadsRefused = 0; // upload PUTs answered 400
    qint64 uploadsRefusedInBand = 0; // upload PUTs answered 200 with an ErrorCode
    qint64 entitiesReceived = 0;
    qint64 messagesCompleted = 0;
    qint64 messagesFailed = 0;
    qint64 policyWrites = 0;
    qint64 devicesListed = 0; // device records served by the MDM device list

    // faultsInjected
    qint64 faults429 = 0;
    qint64 faults500 = 0;
    qint64 faults502 = 0;
    qint64 faults503 = 0;
    qint64 faults504 = 0;
    qint64 faultsReset = 0;
    qint64 faultsDelay = 0;
    qint64 faultsTimeout = 0;
    qint64 faultsMalformed = 0;
    qint64 faultsAsyncFailed = 0;
    qint64 faults401 = 0; // a token refused because expireTokensNow revoked it
    qint64 faults403 = 0; // role-based refusals
    qint64 faultsBatchItem429 = 0;
    qint64 faultsHugeBody = 0;
    qint64 faultsProvisionInBand = 0;
    qint64 faultsHeartbeatInBand = 0;
    qint64 faultsUploadInBand = 0;

    // The counters as GET /admin/stats names them, faultsInjected included.
    QJsonObject toJson() const;
};
