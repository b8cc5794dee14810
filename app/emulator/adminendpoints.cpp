#include "app/emulator/adminendpoints.h"

#include "app/demo/demofleetgenerator.h"
#include "app/emulator/emulatorclock.h"
#include "app/emulator/emulatorcompliance.h"
#include "app/emulator/emulatorjson.h"
#include "app/emulator/emulatorstatistics.h"
#include "app/emulator/entratokens.h"
#include "app/emulator/faultinjector.h"
#include "app/emulator/fleetstate.h"
#include "app/emulator/partnerdeviceendpoints.h"
#include "app/emulator/partnertenantendpoints.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace {

constexpr int kMaxChurnPerRequest = 100000;
constexpr int kMaxExpectedIds = 10000;
constexpr qint64 kMaxAdvanceMs = 10LL * 366 * 24 * 3600 * 1000;

EmulatorResponse methodNotAllowed(const EmulatorRequest &request, const QByteArray &allowed)
{
    EmulatorResponse response = EmulatorResponse::error(405,
        QStringLiteral("%1 is not allowed on %2; use %3")
            .arg(QString::fromLatin1(request.method), request.path, QString::fromLatin1(allowed)));
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

} // namespace

AdminEndpoints::AdminEndpoints(EmulatorClock &clock, FleetState &fleet, FaultInjector &faults,
    EntraTokens &tokens, PartnerTenantEndpoints &tenant, PartnerDeviceEndpoints &device,
    EmulatorStatistics &stats)
    : m_clock(clock)
    , m_fleet(fleet)
    , m_faults(faults)
    , m_tokens(tokens)
    , m_tenant(tenant)
    , m_device(device)
    , m_stats(stats)
{
}

EmulatorResponse AdminEndpoints::route(const EmulatorRequest &request, const QString &path, qint64 nowMs)
{
    const QByteArray &method = request.method;
    const bool get = method == "GET";
    if (path == QLatin1String("/admin/stats"))
        return get ? EmulatorResponse::json(200, statisticsJson()) : methodNotAllowed(request, "GET");
    if (path == QLatin1String("/admin/faults")) {
        if (get)
            return EmulatorResponse::json(200, m_faults.faults().toJson());
        return method == "PUT" ? putFaults(request, nowMs) : methodNotAllowed(request, "GET, PUT");
    }
    if (path == QLatin1String("/admin/churn"))
        return method == "POST" ? postChurn(request, nowMs) : methodNotAllowed(request, "POST");
    if (path == QLatin1String("/admin/reset-stats"))
        return method == "POST" ? resetStatistics() : methodNotAllowed(request, "POST");
    if (path == QLatin1String("/admin/reports"))
        return get ? reports(request) : methodNotAllowed(request, "GET");
    if (path == QLatin1String("/admin/expected"))
        return get ? expectedList(request, nowMs) : methodNotAllowed(request, "GET");
    if (path == QLatin1String("/admin/clock")) {
        if (get)
            return clockAnswer();
        return method == "POST" ? advanceClock(request) : methodNotAllowed(request, "GET, POST");
    }
    if (path == QLatin1String("/admin/resync"))
        return method == "PUT" ? putResync(request) : methodNotAllowed(request, "PUT");
    if (path.startsWith(QLatin1String("/admin/devices/")))
        return get ? deviceReports(path.mid(int(qstrlen("/admin/devices/"))), nowMs)
                   : methodNotAllowed(request, "GET");
    if (path.startsWith(QLatin1String("/admin/messages/")))
        return get ? message(path.mid(int(qstrlen("/admin/messages/")))) : methodNotAllowed(request, "GET");
    return EmulatorResponse::error(404, QStringLiteral("no admin endpoint at %1").arg(request.path));
}

QJsonObject AdminEndpoints::statisticsJson() const
{
    qint64 devicesInSeveralMessages = 0;
    for (const PartnerDeviceEndpoints::DeviceReports &reports : m_device.deviceReports()) {
        if (reports.messageIds.size() > 1)
            ++devicesInSeveralMessages;
    }
    QJsonObject stats = m_stats.toJson();
    stats.insert(QStringLiteral("messagesInProgress"), m_device.messagesInProgress());
    stats.insert(QStringLiteral("provisioned"), m_tenant.provisioned());
    stats.insert(QStringLiteral("lastProvisioned"),
        m_tenant.lastProvisioned() == 0 ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(m_tenant.lastProvisioned()));
    stats.insert(QStringLiteral("devicesReported"), qint64(m_device.deviceReports().size()));
    stats.insert(QStringLiteral("devicesInSeveralMessages"), devicesInSeveralMessages);
    stats.insert(QStringLiteral("devices"), qint64(m_fleet.count()));
    return stats;
}

EmulatorResponse AdminEndpoints::putFaults(const EmulatorRequest &request, qint64 nowMs)
{
    QJsonObject body;
    QString error;
    if (!EmulatorJson::parseObject(request.body, &body, &error))
        return EmulatorResponse::error(400, error);
    EmulatorFaults faults = m_faults.faults();
    bool reseed = false;
    bool expireTokens = false;
    if (!faults.apply(body, &reseed, &expireTokens, &error))
        return EmulatorResponse::error(400, error);
    m_faults.setFaults(faults, reseed);
    if (expireTokens)
        m_tokens.revokeAll(nowMs);
    return EmulatorResponse::json(200, faults.toJson());
}

EmulatorResponse AdminEndpoints::postChurn(const EmulatorRequest &request, qint64 nowMs)
{
    QJsonObject body;
    QString error;
    if (!EmulatorJson::parseObject(request.body, &body, &error))
        return EmulatorResponse::error(400, error);
    const QJsonValue changes = body.value(QStringLiteral("changes"));
    if (!EmulatorJson::isWholeNumber(changes, 0, kMaxChurnPerRequest))
        return EmulatorResponse::error(
            400, QStringLiteral("changes: must be a whole number from 0 to %1").arg(kMaxChurnPerRequest));
    QJsonArray ids;
    for (const qint64 id : m_fleet.churn(changes.toInt(), nowMs))
        ids.append(id);
    return EmulatorResponse::json(200, QJsonObject { { QStringLiteral("changed"), ids } });
}

EmulatorResponse AdminEndpoints::resetStatistics()
{
    m_stats = EmulatorStatistics();
    m_device.forgetDeviceReports();
    m_faults.forgetWindows();
    return EmulatorResponse::json(200, QJsonObject());
}

EmulatorResponse AdminEndpoints::reports(const EmulatorRequest &request) const
{
    // Every message received and the devices in it, for checkers that compare it with the
    // console's outbox (exactly once per message id, no device under two ids). ids=a,b,c:
    // only those messages (the ones it holds), for a driver that looks often.
    bool filtered = false;
    const QString idsText = request.queryValue(QStringLiteral("ids"), &filtered);
    QSet<QUuid> wanted;
    if (filtered) {
        const QStringList parts = idsText.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (parts.size() > kMaxExpectedIds)
            return EmulatorResponse::error(
                400, QStringLiteral("ids: give at most %1 message ids").arg(kMaxExpectedIds));
        for (const QString &part : parts) {
            const QUuid id = QUuid::fromString(part.trimmed());
            if (id.isNull())
                return EmulatorResponse::error(
                    400, QStringLiteral("ids: '%1' is not a message id (a GUID)").arg(part.trimmed()));
            wanted.insert(id);
        }
    }
    const auto &stored = m_device.messages();
    QHash<QUuid, QJsonArray> devicesByMessage;
    const auto &deviceReports = m_device.deviceReports();
    for (auto it = deviceReports.cbegin(); it != deviceReports.cend(); ++it) {
        for (const QUuid &messageId : it->messageIds) {
            if (!filtered || wanted.contains(messageId))
                devicesByMessage[messageId].append(EmulatorJson::guidText(it.key()));
        }
    }
    QJsonObject messages;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (filtered && !wanted.contains(it.key()))
            continue;
        QJsonObject entry { { QStringLiteral("status"), PartnerDeviceEndpoints::statusWord(it->status) },
            { QStringLiteral("received"), it->receivedCount },
            { QStringLiteral("devices"), devicesByMessage.value(it.key()) } };
        if (it->status == PartnerDeviceEndpoints::Status::Failed)
            entry.insert(QStringLiteral("errorDetail"), it->errorDetail);
        messages.insert(EmulatorJson::guidText(it.key()), entry);
    }
    return EmulatorResponse::json(200, QJsonObject { { QStringLiteral("messages"), messages } });
}

QJsonObject AdminEndpoints::expected(qint64 mdmId, qint64 nowMs) const
{
    const FleetDevice device = m_fleet.device(mdmId);
    const DeviceRecord &record = device.record;
    const EmulatorCompliance::Verdict verdict
        = EmulatorCompliance::evaluate(record.violations, m_fleet.policiesById(), nowMs);
    QJsonValue userId = QJsonValue::Null;
    if (!record.entraUserId.isNull()) {
        userId = EmulatorJson::guidText(record.entraUserId);
    } else {
        const auto user = m_fleet.generator().userByPrincipalName(record.userPrincipalName);
        if (user && user->knownToEntra)
            userId = EmulatorJson::guidText(user->objectId);
    }
    const QUuid azureId = record.azureDeviceId.uuid();
    return QJsonObject { { QStringLiteral("mdmId"), mdmId },
        { QStringLiteral("azureDeviceId"),
            azureId.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(EmulatorJson::guidText(azureId)) },
        { QStringLiteral("action"), EmulatorPolicy::actionWord(verdict.action) },
        { QStringLiteral("complianceStatus"), EmulatorCompliance::complianceStatusWord(verdict) },
        { QStringLiteral("managementState"), EmulatorCompliance::managementStateWord(verdict) },
        { QStringLiteral("userId"), userId } };
}

EmulatorResponse AdminEndpoints::deviceReports(const QString &idText, qint64 nowMs) const
{
    const QUuid deviceId = QUuid::fromString(idText);
    if (deviceId.isNull())
        return EmulatorResponse::error(
            400, QStringLiteral("'%1' is not an Azure device id (a GUID)").arg(idText));
    const qint64 mdmId = m_fleet.idByAzureId(deviceId);
    const auto reports = m_device.deviceReports().constFind(deviceId);
    const bool reported = reports != m_device.deviceReports().cend();
    if (!reported && mdmId == 0)
        return EmulatorResponse::error(
            404, QStringLiteral("no device has the Azure device id %1 and no report named it").arg(idText));
    QJsonObject last;
    QJsonArray messageIds;
    if (reported) {
        if (!reports->lastInventory.isEmpty())
            last.insert(QStringLiteral("inventory"), reports->lastInventory);
        if (!reports->lastCompliance.isEmpty())
            last.insert(QStringLiteral("compliance"), reports->lastCompliance);
        for (const QUuid &id : reports->messageIds)
            messageIds.append(EmulatorJson::guidText(id));
    }
    QJsonObject answer { { QStringLiteral("last"), last }, { QStringLiteral("messageIds"), messageIds },
        { QStringLiteral("reports"), messageIds.size() }, { QStringLiteral("knownDevice"), mdmId != 0 } };
    answer.insert(QStringLiteral("expected"),
        mdmId != 0 ? QJsonValue(expected(mdmId, nowMs)) : QJsonValue(QJsonValue::Null));
    return EmulatorResponse::json(200, answer);
}

EmulatorResponse AdminEndpoints::expectedList(const EmulatorRequest &request, qint64 nowMs) const
{
    bool present = false;
    const QString text = request.queryValue(QStringLiteral("ids"), &present);
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!present || parts.isEmpty() || parts.size() > kMaxExpectedIds)
        return EmulatorResponse::error(
            400, QStringLiteral("ids: give 1 to %1 MDM ids, as ids=1,2,3").arg(kMaxExpectedIds));
    // at: the outcome the fleet's violations give at another moment (escalation by time
    // alone), without moving the clock.
    bool hasAt = false;
    const QString atText = request.queryValue(QStringLiteral("at"), &hasAt);
    if (hasAt) {
        const QDateTime at = QDateTime::fromString(atText, Qt::ISODateWithMs);
        if (!at.isValid())
            return EmulatorResponse::error(400, QStringLiteral("at: '%1' is not an ISO 8601 time").arg(atText));
        nowMs = at.toMSecsSinceEpoch();
    }
    QJsonArray devices;
    for (const QString &part : parts) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok)
            return EmulatorResponse::error(
                400, QStringLiteral("ids: '%1' is not an MDM id").arg(part.trimmed()));
        if (id < 1 || id > m_fleet.count())
            devices.append(
                QJsonObject { { QStringLiteral("mdmId"), id }, { QStringLiteral("known"), false } });
        else
            devices.append(expected(id, nowMs));
    }
    return EmulatorResponse::json(200, QJsonObject { { QStringLiteral("devices"), devices } });
}

EmulatorResponse AdminEndpoints::message(const QString &idText) const
{
    const QUuid messageId = QUuid::fromString(idText);
    if (messageId.isNull())
        return EmulatorResponse::error(400, QStringLiteral("'%1' is not a message id (a GUID)").arg(idText));
    const auto found = m_device.messages().constFind(messageId);
    if (found == m_device.messages().cend())
        return EmulatorResponse::error(404, QStringLiteral("no DataUploadMessage with id %1").arg(idText));
    QJsonObject answer { { QStringLiteral("status"), PartnerDeviceEndpoints::statusWord(found->status) },
        { QStringLiteral("entities"), found->entities },
        { QStringLiteral("receivedCount"), found->receivedCount },
        { QStringLiteral("receivedAt"), EmulatorJson::isoUtc(found->receivedAt) } };
    if (found->status == PartnerDeviceEndpoints::Status::Failed)
        answer.insert(QStringLiteral("errorDetail"), found->errorDetail);
    return EmulatorResponse::json(200, answer);
}

EmulatorResponse AdminEndpoints::clockAnswer() const
{
    const qint64 now = m_clock.wallMs();
    return EmulatorResponse::json(200,
        QJsonObject { { QStringLiteral("nowMs"), now }, { QStringLiteral("now"), EmulatorJson::isoUtc(now) },
            { QStringLiteral("manual"), m_clock.isManual() } });
}

EmulatorResponse AdminEndpoints::advanceClock(const EmulatorRequest &request)
{
    if (!m_clock.isManual())
        return EmulatorResponse::error(409,
            QStringLiteral("the clock is the system's; start the emulator with --manual-clock to move it"));
    QJsonObject body;
    QString error;
    if (!EmulatorJson::parseObject(request.body, &body, &error))
        return EmulatorResponse::error(400, error);
    const QJsonValue advance = body.value(QStringLiteral("advanceMs"));
    if (!EmulatorJson::isWholeNumber(advance, 0, kMaxAdvanceMs))
        return EmulatorResponse::error(400,
            QStringLiteral("advanceMs: must be a whole number of ms from 0 to %1, not %2")
                .arg(kMaxAdvanceMs)
                .arg(EmulatorJson::describe(advance)));
    m_clock.advance(qint64(advance.toDouble()));
    // What changes with time alone changes now: due messages and the MDM's quarantines.
    const qint64 now = m_clock.wallMs();
    m_device.settle(now);
    m_fleet.evaluateAll(now);
    return clockAnswer();
}

EmulatorResponse AdminEndpoints::putResync(const EmulatorRequest &request)
{
    QJsonObject body;
    QString error;
    if (!EmulatorJson::parseObject(request.body, &body, &error))
        return EmulatorResponse::error(400, error);
    const QJsonValue at = body.value(QStringLiteral("at"));
    if (!at.isNull() && !EmulatorJson::isIsoUtc(at))
        return EmulatorResponse::error(400,
            QStringLiteral("at: must be an ISO 8601 UTC time ending in Z, or null, not %1")
                .arg(EmulatorJson::describe(at)));
    m_tenant.setResync(at);
    return EmulatorResponse::json(200, QJsonObject { { QStringLiteral("at"), at } });
}
