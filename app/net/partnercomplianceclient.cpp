#include "app/net/partnercomplianceclient.h"

#include "models/azurepayload.h"

#include "app/net/authorizedclient.h"
#include "app/net/endpointdiscovery.h"
#include "app/net/endpointurl.h"
#include "app/net/httptransport.h"
#include "app/net/jsonresponse.h"
#include "app/net/tokenprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

namespace {
const char kTenantApiVersion[] = "1.6";
const char kUploadApiVersion[] = "1.2";

QUrlQuery apiVersion(const char *version)
{
    return QUrlQuery { { QStringLiteral("api-version"), QLatin1String(version) } };
}

QString guidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// A number or a string of digits (Microsoft's answers carry ErrorCode as "202" and as 404).
bool errorCodeOf(const QJsonValue &value, qint64 *code)
{
    if (value.isString()) {
        bool ok = false;
        *code = value.toString().trimmed().toLongLong(&ok);
        return ok;
    }
    return JsonResponse::toInteger(value, code);
}

QString detailOf(const QJsonObject &object)
{
    const QJsonValue detail = object.value(QLatin1String("ErrorDetail"));
    return detail.isString() ? detail.toString().left(1000) : QString();
}
} // namespace

PartnerComplianceClient::PartnerComplianceClient(
    AuthorizedClient *client, EndpointDiscovery *discovery, const NetSettings &settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_discovery(discovery)
    , m_settings(settings)
{
}

QString PartnerComplianceClient::stateName(MessageStatus::State state)
{
    switch (state) {
    case MessageStatus::InProgress:
        return QStringLiteral("InProgress");
    case MessageStatus::Completed:
        return QStringLiteral("Completed");
    case MessageStatus::Failed:
        return QStringLiteral("Failed");
    case MessageStatus::Unknown:
        return QStringLiteral("Unknown");
    case MessageStatus::Error:
        return QStringLiteral("Error");
    }
    return {};
}

bool PartnerComplianceClient::tenantGuid(QString *guid, QString *error, const QString &what) const
{
    const QUuid tenant = QUuid::fromString(m_settings.tenantId.trimmed());
    if (tenant.isNull()) {
        *error = m_settings.tenantId.trimmed().isEmpty()
            ? tr("%1: no tenant id is set; check the settings.").arg(what)
            : tr("%1: the tenant id \"%2\" is not a GUID; check the settings.")
                  .arg(what, m_settings.tenantId);
        return false;
    }
    *guid = guidText(tenant);
    return true;
}

void PartnerComplianceClient::sendToPartner(
    const QObject *context, const QString &what, EndpointRequest build, ResultCallback callback)
{
    QPointer<PartnerComplianceClient> self(this);
    const QObject *owner = context ? context : this;
    QPointer<const QObject> guard(owner);
    m_discovery->endpoints(owner,
        [self, guard, what, build = std::move(build), callback = std::move(callback)](
            const PartnerEndpoints &endpoints, const QString &error) {
            if (!self || !guard)
                return;
            if (!error.isEmpty()) {
                HttpResult result;
                result.error = tr("%1: the partner endpoints are not known: %2").arg(what, error);
                callback(result);
                return;
            }
            self->m_client->send(TokenProvider::managementScope(), build(endpoints), guard,
                [self, callback](const HttpResult &result) {
                    // A partner URL that answers 404 may have moved: look it up again next time.
                    if (self && result.status == 404)
                        self->m_discovery->invalidate();
                    callback(result);
                });
        });
}

void PartnerComplianceClient::failLater(const QObject *context, DoneCallback callback, const QString &error)
{
    // Never call back from within the call: callers may not be ready for it.
    QPointer<const QObject> guard(context ? context : this);
    QMetaObject::invokeMethod(
        this,
        [guard, callback = std::move(callback), error] {
            if (guard)
                callback(error);
        },
        Qt::QueuedConnection);
}

HttpRequest PartnerComplianceClient::provisioningRequest(const PartnerEndpoints &endpoints, const QString &tenantGuid,
    Provisioning value, const QString &enrollmentUrl, const QString &remediationUrl)
{
    HttpRequest request;
    request.method = "PUT";
    request.url = EndpointUrl::join(endpoints.tenantSync, QStringLiteral("/PartnerTenants(guid'%1')").arg(tenantGuid),
        apiVersion(kTenantApiVersion));
    request.what = tr("Partner tenant sync (PartnerTenants)");
    request.maxAnswerBytes = AnswerLimit::PartnerWrite;
    request.retryable = true; // sets a state: the same PUT twice is the same state
    // The tenant is in the path only; Provisioned is an integer enum, not a boolean.
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("Provisioned"), int(value) },
                                     { QStringLiteral("PartnerEnrollmentUrl"), enrollmentUrl },
                                     { QStringLiteral("PartnerRemediationUrl"), remediationUrl } })
                       .toJson(QJsonDocument::Compact);
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    request.setHeader("Prefer", "return-content");
    return request;
}

HttpRequest PartnerComplianceClient::heartbeatRequest(
    const PartnerEndpoints &endpoints, const QString &tenantGuid, const QDateTime &now)
{
    HttpRequest request;
    request.method = "PUT";
    request.url = EndpointUrl::join(endpoints.tenantSync,
        QStringLiteral("/PartnerTenantHeartbeat(guid'%1')").arg(tenantGuid), apiVersion(kTenantApiVersion));
    request.what = tr("Partner tenant sync (PartnerTenantHeartbeat)");
    request.maxAnswerBytes = AnswerLimit::PartnerWrite;
    request.retryable = true;
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("Timestamp"), now.toUTC().toString(Qt::ISODateWithMs) } })
                       .toJson(QJsonDocument::Compact);
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    // Asks for the answer body, which carries ResyncTimestamp.
    request.setHeader("Prefer", "return-content");
    return request;
}

HttpRequest PartnerComplianceClient::uploadRequest(
    const PartnerEndpoints &endpoints, const QUuid &messageId, const QByteArray &body)
{
    HttpRequest request;
    request.method = "PUT";
    request.url = EndpointUrl::join(endpoints.deviceSync,
        QStringLiteral("/DataUploadMessages(guid'%1')").arg(guidText(messageId)), apiVersion(kUploadApiVersion));
    request.what = tr("Partner device sync (DataUploadMessages)");
    request.maxAnswerBytes = AnswerLimit::PartnerWrite;
    // The message id is the idempotency key: a repeat is counted once.
    request.retryable = true;
    request.body = body;
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    // Asks for the answer body that carries ErrorCode, the in-band refusal.
    request.setHeader("Prefer", "return-content");
    return request;
}

HttpRequest PartnerComplianceClient::statusRequest(const PartnerEndpoints &endpoints, const QUuid &messageId)
{
    HttpRequest request;
    request.url = EndpointUrl::join(endpoints.deviceSync,
        QStringLiteral("/DataUploadMessages(guid'%1')").arg(guidText(messageId)), apiVersion(kUploadApiVersion));
    request.what = tr("Partner device sync (DataUploadMessages)");
    request.maxAnswerBytes = AnswerLimit::UploadStatus;
    request.setHeader("Accept", "application/json");
    return request;
}

QString PartnerComplianceClient::tenantAnswerProblem(
    const QByteArray &body, const QString &what, int expectedProvisioned, QDateTime *resyncTimestamp)
{
    if (body.trimmed().isEmpty())
        return {};
    QJsonObject object;
    QString error;
    if (!JsonResponse::parseObject(body, what, &object, &error))
        return error;
    // The service may answer 200 and report its own failure in the body.
    qint64 status = 0;
    const QJsonValue statusValue = object.value(QLatin1String("HttpStatusCode"));
    const QString detail = detailOf(object);
    if (!statusValue.isUndefined() && !statusValue.isNull() && errorCodeOf(statusValue, &status) && status >= 400)
        return tr("%1: the service answered with HttpStatusCode %2: %3")
            .arg(what)
            .arg(status)
            .arg(detail.isEmpty() ? tr("no detail") : detail);
    if (!detail.isEmpty())
        return tr("%1: the service reported an error: %2").arg(what, detail);
    if (expectedProvisioned != 0) {
        const QJsonValue provisioned = object.value(QLatin1String("Provisioned"));
        qint64 value = 0;
        if (!provisioned.isUndefined() && !provisioned.isNull()
            && (!errorCodeOf(provisioned, &value) || value != expectedProvisioned))
            return tr("%1: asked for Provisioned %2, the service answered %3.")
                .arg(what)
                .arg(expectedProvisioned)
                .arg(provisioned.toVariant().toString().left(40));
    }
    if (resyncTimestamp) {
        const QJsonValue resync = object.value(QLatin1String("ResyncTimestamp"));
        *resyncTimestamp = QDateTime();
        if (resync.isString()) {
            const QDateTime at = QDateTime::fromString(resync.toString(), Qt::ISODateWithMs);
            if (!at.isValid())
                return tr("%1: ResyncTimestamp \"%2\" is not an ISO 8601 time.").arg(what, resync.toString().left(60));
            // Graph's minimum time stands for "none".
            if (at.date().year() > 1)
                *resyncTimestamp = at.toUTC();
        } else if (!resync.isUndefined() && !resync.isNull()) {
            return tr("%1: ResyncTimestamp is %2, not a time.").arg(what, JsonResponse::typeName(resync));
        }
    }
    return {};
}

void PartnerComplianceClient::setProvisioning(Provisioning value, const QObject *context, DoneCallback callback)
{
    const QString what = tr("Partner tenant sync (PartnerTenants)");
    QString tenant;
    QString error;
    if (!tenantGuid(&tenant, &error, what)) {
        failLater(context, std::move(callback), error);
        return;
    }
    sendToPartner(
        context, what,
        [tenant, value, enrollment = m_settings.partnerEnrollmentUrl, remediation = m_settings.partnerRemediationUrl](
            const PartnerEndpoints &endpoints) {
            return provisioningRequest(endpoints, tenant, value, enrollment, remediation);
        },
        [callback = std::move(callback), what, value](const HttpResult &result) {
            callback(result.ok() ? tenantAnswerProblem(result.body, what, int(value)) : result.error);
        });
}

void PartnerComplianceClient::heartbeat(const QObject *context, HeartbeatCallback callback)
{
    const QString what = tr("Partner tenant sync (PartnerTenantHeartbeat)");
    QString tenant;
    QString error;
    if (!tenantGuid(&tenant, &error, what)) {
        failLater(context, [callback = std::move(callback)](const QString &error) { callback({ error, {} }); }, error);
        return;
    }
    sendToPartner(
        context, what,
        [tenant, at = now()](const PartnerEndpoints &endpoints) { return heartbeatRequest(endpoints, tenant, at); },
        [callback = std::move(callback), what](const HttpResult &result) {
            HeartbeatResult heartbeat;
            heartbeat.error = result.ok() ? tenantAnswerProblem(result.body, what, 0, &heartbeat.resyncTimestamp)
                                          : result.error;
            callback(heartbeat);
        });
}

void PartnerComplianceClient::uploadMessage(const QUuid &messageId, const QByteArray &contentJsonArray,
    const QObject *context, UploadCallback callback)
{
    const QString what = tr("Partner device sync (DataUploadMessages)");
    QString tenant;
    QString error;
    QJsonParseError parseError;
    const QJsonDocument content = QJsonDocument::fromJson(contentJsonArray, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        error = tr("%1: the content to upload is not JSON (%2 at offset %3); nothing was sent.")
                    .arg(what, parseError.errorString())
                    .arg(parseError.offset);
    else if (!content.isArray())
        error = tr("%1: the content to upload is not a JSON array; nothing was sent.").arg(what);
    else
        tenantGuid(&tenant, &error, what);
    if (!error.isEmpty()) {
        UploadResult result;
        result.error = error;
        result.permanent = true;
        QPointer<const QObject> guard(context ? context : this);
        QMetaObject::invokeMethod(
            this,
            [guard, callback = std::move(callback), result] {
                if (guard)
                    callback(result);
            },
            Qt::QueuedConnection);
        return;
    }
    uploadMessageBody(messageId, AzurePayload::uploadBody(tenant, now(), content.array()), context, std::move(callback));
}

void PartnerComplianceClient::uploadMessageBody(
    const QUuid &messageId, const QByteArray &body, const QObject *context, UploadCallback callback)
{
    const QString what = tr("Partner device sync (DataUploadMessages)");
    sendToPartner(
        context, what,
        [messageId, body](const PartnerEndpoints &endpoints) { return uploadRequest(endpoints, messageId, body); },
        [callback = std::move(callback), what](const HttpResult &result) {
            UploadResult upload;
            upload.httpStatus = result.status;
            // Sent, until the answer says otherwise; the outcome comes from the status GET.
            upload.status.state = MessageStatus::InProgress;
            if (!result.ok()) {
                upload.error = result.error;
                // The service read the body and refused it: the same bytes will be refused again.
                upload.permanent = result.status == 400 || result.status == 413 || result.status == 422;
                callback(upload);
                return;
            }
            upload.error = uploadAnswerProblem(result.body, what, &upload.status);
            upload.permanent = !upload.error.isEmpty();
            callback(upload);
        });
}

QString PartnerComplianceClient::uploadAnswerProblem(const QByteArray &body, const QString &what, MessageStatus *status)
{
    status->state = MessageStatus::InProgress;
    // Any 2xx is "sent": an empty body, a body that is not JSON, or one without ErrorCode.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (body.trimmed().isEmpty() || parseError.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const QJsonObject object = document.object();
    const QJsonValue code = object.value(QLatin1String("ErrorCode"));
    if (!code.isUndefined() && !code.isNull()) {
        qint64 value = 0;
        // 0 (Jamf's answers) and 202 "accepted" (FleetDM's) take the message.
        if (!errorCodeOf(code, &value) || (value != 0 && value != 202)) {
            const QString detail = detailOf(object);
            return tr("%1: the service refused the message with ErrorCode %2: %3")
                .arg(what, code.toVariant().toString().left(40), detail.isEmpty() ? tr("no detail") : detail);
        }
    }
    if (object.value(QLatin1String("Status")).isString()) {
        MessageStatus carried;
        if (parseStatus(body, what, &carried) && carried.state != MessageStatus::Error)
            *status = carried;
    }
    return {};
}

void PartnerComplianceClient::messageStatus(
    const QUuid &messageId, const QObject *context, StatusCallback callback)
{
    const QString what = tr("Partner device sync (DataUploadMessages)");
    QPointer<PartnerComplianceClient> self(this);
    const QObject *owner = context ? context : this;
    QPointer<const QObject> guard(owner);
    // Not sendToPartner: here a 404 means an unknown message id, not a moved endpoint.
    m_discovery->endpoints(owner,
        [self, guard, what, messageId, callback = std::move(callback)](
            const PartnerEndpoints &endpoints, const QString &error) {
            if (!self || !guard)
                return;
            if (!error.isEmpty()) {
                MessageStatus status;
                status.error = tr("%1: the partner endpoints are not known: %2").arg(what, error);
                callback(status);
                return;
            }
            const HttpRequest request = statusRequest(endpoints, messageId);
            self->m_client->send(TokenProvider::managementScope(), request, guard,
                [callback, what, messageId](const HttpResult &result) {
                    MessageStatus status;
                    if (result.status == 404) {
                        status.state = MessageStatus::Unknown;
                        status.error = tr("%1: the service does not know the message %2.")
                                           .arg(what, guidText(messageId));
                    } else if (!result.ok()) {
                        status.error = result.error;
                    } else if (!parseStatus(result.body, what, &status)) {
                        status.unreadable = true;
                    }
                    callback(status);
                });
        });
}

bool PartnerComplianceClient::parseStatus(const QByteArray &body, const QString &what, MessageStatus *status)
{
    status->state = MessageStatus::Error;
    QJsonObject object;
    QString statusText;
    QString error;
    if (!JsonResponse::parseObject(body, what, &object, &error)
        || !JsonResponse::string(
            object, QStringLiteral("Status"), what, QStringLiteral("Status"), &statusText, &error)) {
        status->error = error;
        return false;
    }
    if (statusText == QLatin1String("InProgress")) {
        status->state = MessageStatus::InProgress;
    } else if (statusText == QLatin1String("Completed")) {
        status->state = MessageStatus::Completed;
    } else if (statusText == QLatin1String("Failed")) {
        status->state = MessageStatus::Failed;
        const QJsonValue detail = object.value(QLatin1String("ErrorDetail"));
        if (!detail.isUndefined() && !detail.isNull() && !detail.isString()) {
            status->state = MessageStatus::Error;
            status->error = tr("%1: ErrorDetail in the response is %2, not a string.")
                                .arg(what, JsonResponse::typeName(detail));
            return false;
        }
        status->errorDetail = detail.toString();
    } else if (statusText.trimmed().isEmpty()) {
        status->error = tr("%1: the response has an empty Status.").arg(what);
        return false;
    } else {
        // Only Completed and Failed are known spellings; anything else means "still running".
        status->state = MessageStatus::InProgress;
    }
    status->rawStatus = statusText.left(100);
    return true;
}

void PartnerComplianceClient::partnerHealth(const QObject *context, HealthCallback callback)
{
    const QString what = tr("Graph partner health (complianceManagementPartners)");
    HttpRequest request;
    request.url = EndpointUrl::join(
        m_settings.graphBaseUrl, QStringLiteral("/beta/deviceManagement/complianceManagementPartners"));
    request.what = what;
    request.maxAnswerBytes = AnswerLimit::PartnerHealth;
    request.setHeader("Accept", "application/json");
    m_client->send(TokenProvider::graphScope(), request, context ? context : this,
        [callback = std::move(callback), what](const HttpResult &result) {
            if (!result.ok()) {
                callback({}, result.error);
                return;
            }
            QJsonObject object;
            QJsonArray value;
            QString error;
            if (!JsonResponse::parseObject(result.body, what, &object, &error)
                || !JsonResponse::array(
                    object, QStringLiteral("value"), what, QStringLiteral("value"), &value, &error)) {
                callback({}, error);
                return;
            }
            QList<PartnerHealth> partners;
            for (qsizetype i = 0; i < value.size(); ++i) {
                const QString path = QStringLiteral("value[%1]").arg(i);
                if (!value.at(i).isObject()) {
                    callback({},
                        tr("%1: \"%2\" in the response is %3, not an object.")
                            .arg(what, path, JsonResponse::typeName(value.at(i))));
                    return;
                }
                const QJsonObject entry = value.at(i).toObject();
                PartnerHealth partner;
                if (!JsonResponse::string(entry, QStringLiteral("partnerState"), what,
                        path + QStringLiteral(".partnerState"), &partner.partnerState, &error)) {
                    callback({}, error);
                    return;
                }
                partner.id = entry.value(QLatin1String("id")).toString();
                partner.displayName = entry.value(QLatin1String("displayName")).toString();
                const QJsonValue heartbeat = entry.value(QLatin1String("lastHeartbeatDateTime"));
                if (!heartbeat.isUndefined() && !heartbeat.isNull()) {
                    partner.lastHeartbeat = QDateTime::fromString(heartbeat.toString(), Qt::ISODateWithMs);
                    if (!heartbeat.isString() || !partner.lastHeartbeat.isValid()) {
                        callback({},
                            tr("%1: \"%2.lastHeartbeatDateTime\" is not an ISO 8601 time.").arg(what, path));
                        return;
                    }
                    // Graph's 0001-01-01 stands for "never".
                    if (partner.lastHeartbeat.date().year() <= 1)
                        partner.lastHeartbeat = QDateTime();
                }
                partner.androidOnboarded = entry.value(QLatin1String("androidOnboarded")).toBool();
                partner.iosOnboarded = entry.value(QLatin1String("iosOnboarded")).toBool();
                partners.append(partner);
            }
            callback(partners, QString());
        });
}

