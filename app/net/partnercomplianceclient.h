#pragma once

#include "app/net/netsettings.h"
#include "models/complianceaction.h"
#include "models/device.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>

class AuthorizedClient;
class EndpointDiscovery;
struct HttpRequest;
struct HttpResult;
struct PartnerEndpoints;

// What Intune receives from a compliance partner: tenant provisioning, the
// heartbeat, DataUploadMessages (the message id is the idempotency key) and their
// asynchronous result, and the read-only partner health through Graph. The two partner
// base URLs come from EndpointDiscovery.
class PartnerComplianceClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerComplianceClient)

public:
    struct MessageStatus
    {
        enum State : quint8
        {
            InProgress, // accepted, not processed yet (any Status but Completed and Failed)
            Completed,
            Failed, // processed and refused: errorDetail says why
            Unknown, // the service does not know the message id (404): send it again
            Error // the status could not be read: error says why; ask again later
        };
        State state = Error;
        QString errorDetail; // the service's ErrorDetail of a Failed message
        QString error; // Unknown and Error: names the endpoint and what went wrong
        QString rawStatus; // the Status as the service spelled it, for an in-progress one
        bool unreadable = false; // Error: the service answered, but not with a status we can read
    };
    struct UploadResult
    {
        // Sent: the service took the message (any 2xx but an in-band refusal). Its outcome
        // comes from messageStatus(); status holds a Status the answer carried, if any.
        MessageStatus status;
        int httpStatus = 0;
        // Resending the same body cannot succeed (the service refused it as malformed, or
        // refused it in-band with an ErrorCode): the report must be rebuilt, not retried.
        bool permanent = false;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };
    // PartnerTenants(guid'...') Provisioned: 1 to provision, 2 to deprovision.
    enum class Provisioning : int
    {
        Provision = 1,
        Deprovision = 2
    };
    struct HeartbeatResult
    {
        QString error;
        // The service's ResyncTimestamp: it asks for every device again when it is later
        // than the last full report. Invalid when absent or null.
        QDateTime resyncTimestamp;
    };
    struct PartnerHealth
    {
        QString id;
        QString displayName;
        QString partnerState; // "enabled", "unresponsive", "unknown", ... as Graph says it
        QDateTime lastHeartbeat; // invalid when never
        bool androidOnboarded = false;
        bool iosOnboarded = false;
    };
    using DoneCallback = std::function<void(const QString &error)>;
    using HeartbeatCallback = std::function<void(const HeartbeatResult &result)>;
    using UploadCallback = std::function<void(const UploadResult &result)>;
    using StatusCallback = std::function<void(const MessageStatus &status)>;
    using HealthCallback = std::function<void(const QList<PartnerHealth> &partners, const QString &error)>;

    explicit PartnerComplianceClient(AuthorizedClient *client, EndpointDiscovery *discovery,
        const NetSettings &settings, QObject *parent = nullptr);

    void setSettings(const NetSettings &settings) { m_settings = settings; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Every method calls back once, later; not at all when `context` is destroyed first.
    // Provisioning or deprovisioning the partner tenant: done when the service's answer
    // says it is in the state asked for.
    void setProvisioning(Provisioning value, const QObject *context, DoneCallback callback);
    void heartbeat(const QObject *context, HeartbeatCallback callback);
    // PUT DataUploadMessages(guid'messageId') with {"TenantId","UploadTime","Content"}; the
    // content is a JSON array of entities (AzurePayload::entitiesFor()). Retried on transient failures
    // under the same id: the service counts a message once.
    void uploadMessage(const QUuid &messageId, const QByteArray &contentJsonArray, const QObject *context,
        UploadCallback callback);
    // The same with a complete request body built earlier (AzurePayload::uploadBody()), e.g. kept in the
    // outbox so a resend after a restart is byte for byte the same.
    void uploadMessageBody(
        const QUuid &messageId, const QByteArray &body, const QObject *context, UploadCallback callback);
    void messageStatus(const QUuid &messageId, const QObject *context, StatusCallback callback);
    // Graph /beta/deviceManagement/complianceManagementPartners: every partner of the tenant.
    void partnerHealth(const QObject *context, HealthCallback callback);

    static QString stateName(MessageStatus::State state); // the wire name: "InProgress", ...
    // A DataUploadMessages status answer (also the fuzz target's entry point).
    static bool parseStatus(const QByteArray &body, const QString &what, MessageStatus *status);
    // The 2xx answer of a DataUploadMessages PUT: empty when the service took the message;
    // else the in-band refusal (an ErrorCode other than 0 or 202) with its ErrorDetail.
    // *status: a Status the answer carried, if any.
    static QString uploadAnswerProblem(const QByteArray &body, const QString &what, MessageStatus *status);
    // The 2xx answer of PartnerTenants or PartnerTenantHeartbeat: empty when it says done;
    // else its in-band refusal (HttpStatusCode >= 400, an ErrorDetail, or for provisioning a
    // Provisioned other than `expectedProvisioned`; 0 skips that check).
    static QString tenantAnswerProblem(
        const QByteArray &body, const QString &what, int expectedProvisioned, QDateTime *resyncTimestamp = nullptr);

    // The requests, exactly as sent; also what a dry run writes and the wire tests compare.
    static HttpRequest provisioningRequest(const PartnerEndpoints &endpoints, const QString &tenantGuid,
        Provisioning value, const QString &enrollmentUrl, const QString &remediationUrl);
    static HttpRequest heartbeatRequest(
        const PartnerEndpoints &endpoints, const QString &tenantGuid, const QDateTime &now);
    static HttpRequest uploadRequest(const PartnerEndpoints &endpoints, const QUuid &messageId, const QByteArray &body);
    static HttpRequest statusRequest(const PartnerEndpoints &endpoints, const QUuid &messageId);
    // The tenant id of the settings as the wire writes it, or false with *error naming `what`.
    bool tenantGuid(QString *guid, QString *error, const QString &what) const;
    const NetSettings &settings() const { return m_settings; }

private:
    using EndpointRequest = std::function<HttpRequest(const PartnerEndpoints &endpoints)>;
    using ResultCallback = std::function<void(const HttpResult &result)>;
    // Discovers the partner endpoints, then sends what `build` makes of them with a
    // management-scope token. A 404 of a partner endpoint drops the discovered URLs.
    void sendToPartner(
        const QObject *context, const QString &what, EndpointRequest build, ResultCallback callback);
    void failLater(const QObject *context, DoneCallback callback, const QString &error);
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    AuthorizedClient *m_client;
    EndpointDiscovery *m_discovery;
    NetSettings m_settings;
    std::function<QDateTime()> m_clock;
};
