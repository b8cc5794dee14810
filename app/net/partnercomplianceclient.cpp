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

// provisionTenant and heartbeat answer {} (or nothing): anything else is not the service.
QString checkEmptyAnswer(const HttpResult &result, const QString &what)
{
    if (!result.ok())
        return result.error;
    if (result.body.trimmed().isEmpty())
        return {};
    QJsonObject ignored;
    QString error;
    JsonResponse::parseObject(result.body, what, &ignored, &error);
    return error;
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

void PartnerComplianceClient::provisionTenant(bool provisioned, const QObject *context, DoneCallback callback)
{
    const QString what = tr("Partner tenant sync (PartnerTenants)");
    QString tenant;
    QString error;
    if (!tenantGuid(&tenant, &error, what)) {
        failLater(context, std::move(callback), error);
        return;
    }
    const QByteArray body = QJsonDocument(
        QJsonObject { { QStringLiteral("TenantId"), tenant },
            { QStringLiteral("Provisioned"),
                provisioned } }).toJson(QJsonDocument::Compact);
    sendToPartner(
        context, what,
        [what, tenant, body](const PartnerEndpoints &endpoints) {
            HttpRequest request;
            request.method = "PUT";
            request.url = EndpointUrl::join(endpoints.tenantSync,
                QStringLiteral("/PartnerTenants(guid'%1')").arg(tenant), apiVersion(kTenantApiVersion));
            request.what = what;
            request.retryable = true; // sets a state: the same PUT twice is the same state
            request.body = body;
            request.setHeader("Content-Type", "application/json");
            request.setHeader("Accept", "application/json");
            return request;
        },
        [callback = std::move(callback), what](
            const HttpResult &result) { callback(checkEmptyAnswer(result, what)); });
}

void PartnerComplianceClient::heartbeat(const QObject *context, DoneCallback callback)
{
    const QString what = tr("Partner tenant sync (PartnerTenantHeartbeat)");
    QString tenant;
    QString error;
    if (!tenantGuid(&tenant, &error, what)) {
        failLater(context, std::move(callback), error);
        return;
    }
    const QByteArray body = QJsonDocument(
        QJsonObject { { QStringLiteral("Timestamp"), now().toUTC().toString(Qt::ISODateWithMs) } })
                                .toJson(QJsonDocument::Compact);
    sendToPartner(
        context, what,
        [what, tenant, body](const PartnerEndpoints &endpoints) {
            HttpRequest request;
            request.method = "PUT";
            request.url = EndpointUrl::join(endpoints.tenantSync,
                QStringLiteral("/PartnerTenantHeartbeat(guid'%1')").arg(tenant),
                apiVersion(kTenantApiVersion));
            request.what = what;
            request.retryable = true;
            request.body = body;
            request.setHeader("Content-Type", "application/json");
            request.setHeader("Accept", "application/json");
            return request;
        },
        [callback = std::move(callback), what](
            const HttpResult &result) { callback(checkEmptyAnswer(result, what)); });
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
        [what, messageId, body](const PartnerEndpoints &endpoints) {
            HttpRequest request;
            request.method = "PUT";
            request.url = EndpointUrl::join(endpoints.deviceSync,
                QStringLiteral("/DataUploadMessages(guid'%1')").arg(guidText(messageId)),
                apiVersion(kUploadApiVersion));
            request.what = what;
            // The message id is the idempotency key: a repeat is counted once.
            request.retryable = true;
            request.body = body;
            request.setHeader("Content-Type", "application/json");
            request.setHeader("Accept", "application/json");
            return request;
        },
        [callback = std::move(callback), what](const HttpResult &result) {
            UploadResult upload;
            upload.httpStatus = result.status;
            if (!result.ok()) {
                upload.error = result.error;
                // The service read the body and refused it: the same bytes will be refused again.
                upload.permanent = result.status == 400 || result.status == 413 || result.status == 422;
                callback(upload);
                return;
            }
            if (!parseStatus(result.body, what, &upload.status))
                upload.error = upload.status.error;
            callback(upload);
        });
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
            HttpRequest request;
            request.url = EndpointUrl::join(endpoints.deviceSync,
                QStringLiteral("/DataUploadMessages(guid'%1')").arg(guidText(messageId)),
                apiVersion(kUploadApiVersion));
            request.what = what;
            request.setHeader("Accept", "application/json");
            self->m_client->send(TokenProvider::managementScope(), request, guard,
                [callback, what, messageId](const HttpResult &result) {
                    MessageStatus status;
                    if (result.status == 404) {
                        status.state = MessageStatus::Unknown;
                        status.error = tr("%1: the service does not know the message %2.")
                                           .arg(what, guidText(messageId));
                    } else if (!result.ok()) {
                        status.error = result.error;
                    } else {
                        parseStatus(result.body, what, &status);
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
    } else {
        status->error = tr("%1: the response has an unknown Status \"%2\".").arg(what, statusText.left(100));
        return false;
    }
    return true;
}

void PartnerComplianceClient::partnerHealth(const QObject *context, HealthCallback callback)
{
    const QString what = tr("Graph partner health (complianceManagementPartners)");
    HttpRequest request;
    request.url = EndpointUrl::join(
        m_settings.graphBaseUrl, QStringLiteral("/beta/deviceManagement/complianceManagementPartners"));
    request.what = what;
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

