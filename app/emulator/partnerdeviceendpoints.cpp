#include "app/emulator/partnerdeviceendpoints.h"

#include "app/emulator/emulatorjson.h"
#include "app/emulator/emulatorsettings.h"
#include "app/emulator/emulatorstatistics.h"
#include "app/emulator/entratokens.h"
#include "app/emulator/faultinjector.h"
#include "app/emulator/fleetstate.h"
#include "app/emulator/partnertenantendpoints.h"
#include "app/emulator/uploadcontentrules.h"

#include <QRegularExpression>

namespace {

const QLatin1String kApiVersion("1.2");
constexpr int kMaxNamedDevicesInError = 5;

EmulatorResponse methodNotAllowed(const EmulatorRequest &request, const QByteArray &allowed)
{
    EmulatorResponse response = EmulatorResponse::error(405,
        QStringLiteral("%1 is not allowed on %2; use %3")
            .arg(QString::fromLatin1(request.method), request.path, QString::fromLatin1(allowed)));
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

} // namespace

PartnerDeviceEndpoints::PartnerDeviceEndpoints(const EmulatorSettings &settings, const FleetState &fleet,
    const PartnerTenantEndpoints &tenant, FaultInjector &faults, EntraTokens &tokens,
    EmulatorStatistics &stats)
    : m_settings(settings)
    , m_fleet(fleet)
    , m_tenant(tenant)
    , m_faults(faults)
    , m_tokens(tokens)
    , m_stats(stats)
{
}

QString PartnerDeviceEndpoints::statusWord(Status status)
{
    switch (status) {
    case Status::InProgress:
        return QStringLiteral("InProgress");
    case Status::Completed:
        return QStringLiteral("Completed");
    case Status::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

std::optional<EmulatorResponse> PartnerDeviceEndpoints::route(
    const EmulatorRequest &request, const QString &path, qint64 nowMs)
{
    static const QRegularExpression messagePath(
        QStringLiteral("^/partner/device/DataUploadMessages\\(guid'([^']*)'\\)$"));
    const QRegularExpressionMatch match = messagePath.match(path);
    if (!match.hasMatch())
        return std::nullopt;
    if (request.method == "PUT")
        return put(request, match.captured(1), nowMs);
    if (request.method == "GET")
        return get(request, match.captured(1), nowMs);
    return methodNotAllowed(request, "GET, PUT");
}

void PartnerDeviceEndpoints::settle(qint64 nowMs)
{
    while (!m_processing.empty()) {
        const auto message = m_messages.find(m_processing.front());
        if (message == m_messages.end()) {
            m_processing.pop_front();
            continue;
        }
        if (message->dueAt > nowMs)
            break;
        message->status = message->outcome;
        if (message->status == Status::Completed)
            ++m_stats.messagesCompleted;
        else
            ++m_stats.messagesFailed;
        m_processing.pop_front();
    }
}

EmulatorResponse PartnerDeviceEndpoints::accepted(const QString &messageId, Status status) const
{
    const QString tenant = EmulatorJson::guidText(m_settings.tenantId);
    switch (m_faults.faults().uploadAnswer) {
    case EmulatorFaults::UploadAnswer::Empty:
        return EmulatorResponse::empty(200);
    case EmulatorFaults::UploadAnswer::Field:
        return EmulatorResponse::json(200,
            QJsonObject { { QStringLiteral("TenantId"), tenant },
                { QStringLiteral("ErrorCode"), QStringLiteral("202") },
                { QStringLiteral("ErrorDetail"), QJsonValue::Null },
                { QStringLiteral("MessageId"), messageId } });
    case EmulatorFaults::UploadAnswer::Field0:
        return EmulatorResponse::json(200,
            QJsonObject { { QStringLiteral("TenantId"), tenant }, { QStringLiteral("ErrorCode"), 0 },
                { QStringLiteral("ErrorDetail"), QJsonValue::Null },
                { QStringLiteral("MessageId"), messageId } });
    case EmulatorFaults::UploadAnswer::Status:
        return EmulatorResponse::json(202, QJsonObject { { QStringLiteral("Status"), statusWord(status) } });
    }
    return EmulatorResponse::empty(200);
}

EmulatorResponse PartnerDeviceEndpoints::put(const EmulatorRequest &request, const QString &key, qint64 nowMs)
{
    EmulatorResponse refusal;
    if (m_tokens.refuse(request, EntraTokens::Scope::Manage, nowMs, &refusal))
        return refusal;
    const auto refused = [this](const QString &message) {
        ++m_stats.uploadsRefused;
        return EmulatorResponse::error(400, message);
    };
    if (!EmulatorJson::isGuid(key))
        return refused(
            QStringLiteral("guid'%1' in the path is not a GUID (36 characters, lower case, no braces)")
                .arg(key));
    if (PartnerTenantEndpoints::refuseApiVersion(request, kApiVersion, &refusal)) {
        ++m_stats.uploadsRefused;
        return refusal;
    }
    const QUuid messageId = QUuid::fromString(key);

    // The message id is the idempotency key: a retry is answered, never processed again.
    const auto known = m_messages.find(messageId);
    if (known != m_messages.end()) {
        ++m_stats.duplicateMessages;
        ++known->receivedCount;
        return accepted(key, known->status);
    }
    if (!m_tenant.provisioned())
        return EmulatorResponse::error(409,
            QStringLiteral(
                "the partner tenant is not provisioned: PUT PartnerTenants with \"Provisioned\":1 first"));

    QJsonObject body;
    QString error;
    if (!EmulatorJson::parseObject(request.body, &body, &error))
        return refused(error);
    QJsonArray entities;
    if (!UploadContentRules::check(body, m_settings.tenantId, &entities, &error))
        return refused(error);

    if (m_faults.drawUploadRefusal()) {
        ++m_stats.uploadsRefusedInBand;
        return EmulatorResponse::json(200,
            QJsonObject { { QStringLiteral("TenantId"), EmulatorJson::guidText(m_settings.tenantId) },
                { QStringLiteral("ErrorCode"), 400 },
                { QStringLiteral("ErrorDetail"),
                    QStringLiteral(
                        "BadRequest: the message was refused (injected fault); the same bytes will be "
                        "refused again") },
                { QStringLiteral("MessageId"), key } });
    }
    store(messageId, entities, nowMs);
    return accepted(key, Status::InProgress);
}

void PartnerDeviceEndpoints::store(const QUuid &messageId, const QJsonArray &entities, qint64 nowMs)
{
    QStringList unknownDevices;
    int unknownCount = 0;
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const QJsonObject entity = entities.at(i).toObject();
        const QString deviceId = entity.value(QStringLiteral("DeviceId")).toString();
        if (m_fleet.idByAzureId(QUuid::fromString(deviceId)) != 0)
            continue;
        ++unknownCount;
        if (unknownDevices.size() < kMaxNamedDevicesInError) {
            const QString name = entity.value(QStringLiteral("DeviceName")).toString();
            unknownDevices.append(
                QStringLiteral("Content[%1] DeviceId '%2'%3")
                    .arg(QString::number(i), deviceId,
                        name.isEmpty() ? QString() : QStringLiteral(" (DeviceName '%1')").arg(name)));
        }
    }

    Message message;
    message.receivedAt = nowMs;
    message.dueAt = nowMs + m_settings.processingMs;
    message.entities = int(entities.size());
    if (m_faults.drawAsyncFailed()) {
        message.outcome = Status::Failed;
        message.errorDetail = QStringLiteral("InternalServerError: the message could not be processed "
                                             "(injected fault); send it again with a new "
                                             "message id");
    } else if (unknownCount > 0) {
        message.outcome = Status::Failed;
        message.errorDetail
            = QStringLiteral("DeviceNotFound: %1 of %2 entities name a device that is not registered "
                             "in the tenant: %3%4")
                  .arg(QString::number(unknownCount), QString::number(entities.size()),
                      unknownDevices.join(QStringLiteral(", ")),
                      unknownCount > unknownDevices.size() ? QStringLiteral(", ...") : QString());
    }
    m_messages.insert(messageId, message);
    m_processing.push_back(messageId);
    ++m_stats.messagesReceived;
    m_stats.entitiesReceived += entities.size();
    for (const QJsonValue &value : entities) {
        const QJsonObject entity = value.toObject();
        DeviceReports &reports
            = m_deviceReports[QUuid::fromString(entity.value(QStringLiteral("DeviceId")).toString())];
        if (entity.value(QStringLiteral("EntityType")).toInt() == 1)
            reports.lastInventory = entity;
        else
            reports.lastCompliance = entity;
        if (reports.messageIds.isEmpty() || reports.messageIds.constLast() != messageId)
            reports.messageIds.append(messageId);
    }
}

EmulatorResponse PartnerDeviceEndpoints::get(const EmulatorRequest &request, const QString &key, qint64 nowMs)
{
    EmulatorResponse refusal;
    if (m_tokens.refuse(request, EntraTokens::Scope::Manage, nowMs, &refusal))
        return refusal;
    if (!EmulatorJson::isGuid(key))
        return EmulatorResponse::error(400,
            QStringLiteral("guid'%1' in the path is not a GUID (36 characters, lower case, no braces)")
                .arg(key));
    if (PartnerTenantEndpoints::refuseApiVersion(request, kApiVersion, &refusal))
        return refusal;
    const auto message = m_messages.constFind(QUuid::fromString(key));
    if (message == m_messages.cend())
        return EmulatorResponse::error(404, QStringLiteral("no DataUploadMessage with id %1").arg(key));
    return EmulatorResponse::json(200,
        QJsonObject { { QStringLiteral("Status"), statusWord(message->status) },
            { QStringLiteral("ErrorDetail"),
                message->status == Status::Failed ? QJsonValue(message->errorDetail)
                                                  : QJsonValue(QJsonValue::Null) } });
}
