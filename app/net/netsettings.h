#pragma once

#include <QString>
#include <QUrl>

// Every URL and identity the network clients use (endpoints and tenant are
// settings). Secrets are filled in from the keychain by whoever builds this; it is never
// written anywhere by the network layer.
struct NetSettings
{
    // MDM inventory (Ivanti Neurons for MDM REST API v1, HTTP Basic auth).
    QUrl mdmBaseUrl;
    QString mdmUser;
    QString mdmPassword;
    qint64 partitionId = 0; // 0: use the partition the MDM marks defaultPartition

    // Entra and Graph.
    QUrl loginBaseUrl; // the token endpoint is {loginBaseUrl}/{tenantId}/oauth2/v2.0/token
    QUrl graphBaseUrl;
    QString tenantId; // a GUID
    QString clientId;
    QString clientSecret;

    // Partner compliance endpoints; empty: discovered through Graph.
    QUrl tenantSyncUrl;
    QUrl deviceSyncUrl;
    // Sent when the partner tenant is provisioned: where Intune sends a user whose device
    // is not enrolled, or not compliant. Either may be empty.
    QString partnerEnrollmentUrl;
    QString partnerRemediationUrl;

    // Transport security: https is required for every host but loopback. A PEM file of CA
    // certificates trusted besides the system's (a private CA); empty: the system's only.
    QString caFile;

    // Devices per inventory page: Ivanti answers 400 to more than 500.
    int pageSize = 500;
    int requestTimeoutMs = 30000;
    int maxAttempts = 6; // per request, the first one included
    int backoffBaseMs = 500;
    int backoffCapMs = 30000;
    // A Retry-After longer than this is not waited out in-process: the request fails and
    // the caller (the outbox) reschedules it.
    int maxRetryAfterSecs = 300;
    qint64 discoveryTtlSecs = qint64(24) * 60 * 60;

    // One base URL for everything: the tenant emulator serves the MDM, login and Graph
    // endpoints on one port.
    static NetSettings forSingleHost(const QUrl &baseUrl)
    {
        NetSettings settings;
        settings.mdmBaseUrl = baseUrl;
        settings.loginBaseUrl = baseUrl;
        settings.graphBaseUrl = baseUrl;
        return settings;
    }
};
