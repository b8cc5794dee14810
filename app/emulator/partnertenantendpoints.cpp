#include "app/emulator/partnertenantendpoints.h"

#include "app/emulator/emulatorjson.h"
#include "app/emulator/emulatorsettings.h"
#include "app/emulator/emulatorstatistics.h"
#include "app/emulator/entratokens.h"
#include "app/emulator/faultinjector.h"

#include <QRegularExpression>

namespace {

const QLatin1String kApiVersion("1.6");

EmulatorResponse methodNotAllowed(const EmulatorRequest &request, const QByteArray &allowed)
{
    EmulatorResponse response = EmulatorResponse::error(405,
        QStringLiteral("%1 is not allowed on %2; use %3")
            .arg(QString::fromLatin1(request.method), request.path, QString::fromLatin1(allowed)));
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

} // namespace

PartnerTenantEndpoints::PartnerTenantEndpoints(
    const EmulatorSettings &settings, FaultInjector &faults, EntraTokens &tokens, EmulatorStatistics &stats)
    : m_settings(settings)
    , m_faults(faults)
    , m_tokens(tokens)
    , m_stats(stats)
{
}

bool PartnerTenantEndpoints::refuseApiVersion(
    const EmulatorRequest &request, QLatin1String version, EmulatorResponse *refusal)
{
    bool present = false;
    const QString value = request.queryValue(QStringLiteral("api-version"), &present);
    if (present && value == version)
        return false;
    *refusal = EmulatorResponse::error(400,
        present
            ? QStringLiteral("api-version: %1 is not supported here; use api-version=%2").arg(value, version)
            : QStringLiteral("api-version: the query parameter is missing; use api-version=%1").arg(version));
    return true;
}

std::optional<EmulatorResponse> PartnerTenantEndpoints::route(
    const EmulatorRequest &request, const QString &path, qint64 nowMs)
{
    static const QRegularExpression tenantPath(
        QStringLiteral("^/partner/tenant/PartnerTenants\\(guid'([^']*)'\\)$"));
    static const QRegularExpression heartbeatPath(
        QStringLiteral("^/partner/tenant/PartnerTenantHeartbeat\\(guid'([^']*)'\\)$"));
    if (const QRegularExpressionMatch match = tenantPath.match(path); match.hasMatch())
        return request.method == "PUT" ? putTenant(request, match.captured(1), nowMs)
                                       : methodNotAllowed(request, "PUT");
    if (const QRegularExpressionMatch match = heartbeatPath.match(path); match.hasMatch())
        return request.method == "PUT" ? putHeartbeat(request, match.captured(1), nowMs)
                                       : methodNotAllowed(request, "PUT");
    return std::nullopt;
}

bool PartnerTenantEndpoints::refuseTenantKey(const QString &key, EmulatorResponse *refusal) const
{
    if (!EmulatorJson::isGuid(key)) {
        *refusal = EmulatorResponse::error(400,
            QStringLiteral("guid'%1' in the path is not a GUID (36 characters, lower case, no braces)")
                .arg(key));
        return true;
    }
    if (QUuid::fromString(key) != m_settings.tenantId) {
        *refusal = EmulatorResponse::error(404, QStringLiteral("tenant %1 is not known here").arg(key));
        return true;
    }
    return false;
}

QString PartnerTenantEndpoints::partnerKey() const
{
    return EmulatorJson::guidText(QUuid::createUuidV5(m_settings.tenantId, QStringLiteral("partner tenant")));
}

EmulatorResponse PartnerTenantEndpoints::putTenant(
    const EmulatorRequest &request, const QString &key, qint64 nowMs)
{
    EmulatorResponse refusal;
    if (m_tokens.refuse(request, EntraTokens::Scope::Manage, nowMs, &refusal))
        return refusal;
    ++m_stats.provisionRequests;
    const auto refused = [this](EmulatorResponse response) {
        if (response.status == 400)
            ++m_stats.provisionRefused;
        return response;
    };
    if (refuseTenantKey(key, &refusal) || refuseApiVersion(request, kApiVersion, &refusal))
        return refused(refusal);
    QJsonObject body;
    QString error;
    if (!EmulatorJson::parseObject(request.body, &body, &error))
        return refused(EmulatorResponse::error(400, error));
    const QJsonValue provisioned = body.value(QStringLiteral("Provisioned"));
    if (!EmulatorJson::isWholeNumber(provisioned, 1, 2))
        return refused(EmulatorResponse::error(400,
            QStringLiteral("Provisioned: must be the number 1 (provision) or 2 (deprovision), not %1")
                .arg(EmulatorJson::describe(provisioned))));
    for (const char *name : { "PartnerEnrollmentUrl", "PartnerRemediationUrl" }) {
        const QJsonValue url = body.value(QLatin1String(name));
        if (!url.isUndefined() && !url.isString())
            return refused(EmulatorResponse::error(400,
                QStringLiteral("%1: must be a text (an https URL, or empty), not %2")
                    .arg(QLatin1String(name), EmulatorJson::describe(url))));
    }
    const int value = provisioned.toInt();
    QJsonObject answer { { QStringLiteral("Key"), partnerKey() },
        { QStringLiteral("ContextId"), EmulatorJson::guidText(m_settings.tenantId) },
        { QStringLiteral("Provisioned"), value }, { QStringLiteral("HttpStatusCode"), 200 },
        { QStringLiteral("ErrorDetail"), QJsonValue::Null } };
    if (m_faults.faults().provisionInBandFailure) {
        ++m_stats.faultsProvisionInBand;
        answer.insert(QStringLiteral("Provisioned"), 0);
        answer.insert(QStringLiteral("ErrorDetail"),
            QStringLiteral("InternalServerError: the partner tenant could not be updated (injected fault)"));
        return EmulatorResponse::json(200, answer);
    }
    m_lastProvisioned = value;
    if (value == 2)
        ++m_stats.deprovisions;
    return EmulatorResponse::json(200, answer);
}

EmulatorResponse PartnerTenantEndpoints::putHeartbeat(
    const EmulatorRequest &request, const QString &key, qint64 nowMs)
{
    EmulatorResponse refusal;
    if (m_tokens.refuse(request, EntraTokens::Scope::Manage, nowMs, &refusal)
        || refuseTenantKey(key, &refusal) || refuseApiVersion(request, kApiVersion, &refusal))
        return refusal;
    QJsonObject body;
    QString error;
    if (!EmulatorJson::parseObject(request.body, &body, &error))
        return EmulatorResponse::error(400, error);
    const QJsonValue timestamp = body.value(QStringLiteral("Timestamp"));
    if (!EmulatorJson::isIsoUtc(timestamp))
        return EmulatorResponse::error(400,
            QStringLiteral("Timestamp: must be an ISO 8601 UTC time ending in Z, not %1")
                .arg(EmulatorJson::describe(timestamp)));
    QJsonObject answer { { QStringLiteral("TenantId"), EmulatorJson::guidText(m_settings.tenantId) },
        { QStringLiteral("Timestamp"), timestamp }, { QStringLiteral("ResyncTimestamp"), m_resync },
        { QStringLiteral("HttpStatusCode"), 200 }, { QStringLiteral("ErrorDetail"), QJsonValue::Null } };
    if (m_faults.faults().heartbeatInBandFailure) {
        // A failure needs a body to say so, whatever Prefer asked.
        ++m_stats.faultsHeartbeatInBand;
        answer.insert(QStringLiteral("HttpStatusCode"), 500);
        answer.insert(QStringLiteral("ErrorDetail"),
            QStringLiteral("InternalServerError: the heartbeat could not be recorded (injected fault)"));
        return EmulatorResponse::json(200, answer);
    }
    ++m_stats.heartbeats;
    m_lastHeartbeatMs = nowMs;
    if (!request.header("Prefer").toLower().contains("return-content"))
        return EmulatorResponse::empty(204);
    return EmulatorResponse::json(200, answer);
}
