#include "app/emulator/graphendpoints.h"

#include "app/demo/demofleetgenerator.h"
#include "app/emulator/emulatorjson.h"
#include "app/emulator/emulatorsettings.h"
#include "app/emulator/emulatorstatistics.h"
#include "app/emulator/entratokens.h"
#include "app/emulator/faultinjector.h"
#include "app/emulator/fleetstate.h"
#include "app/emulator/jsontext.h"
#include "app/emulator/partnertenantendpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <string>
#include <vector>

namespace {

const QLatin1String kIntuneAppId("0000000a-0000-0000-c000-000000000000");
const QLatin1String kIntuneServicePrincipalId("8e7d6c5b-4a39-4281-b0c9-d8e7f6a5b4c3");
const QLatin1String kPartnerId("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
constexpr int kMaxBatchRequests = 20;
constexpr qint64 kHeartbeatFreshMs = 24LL * 3600 * 1000;

EmulatorResponse methodNotAllowed(const EmulatorRequest &request, const QByteArray &allowed, qint64 nowMs)
{
    EmulatorResponse response = GraphEndpoints::graphError(405, "MethodNotAllowed",
        QStringLiteral("%1 is not allowed on %2; use %3")
            .arg(QString::fromLatin1(request.method), request.path, QString::fromLatin1(allowed)),
        nowMs);
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

QJsonObject errorBody(const char *code, const QString &message, qint64 nowMs)
{
    return QJsonObject { { QStringLiteral("error"),
        QJsonObject { { QStringLiteral("code"), QLatin1String(code) }, { QStringLiteral("message"), message },
            { QStringLiteral("innerError"),
                QJsonObject { { QStringLiteral("date"), EmulatorJson::isoUtc(nowMs) } } } } } };
}

// The key of users('...'): '' stands for one quote, a lone quote ends the key too early.
bool unquoteKey(const QString &quoted, QString *key)
{
    key->clear();
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        if (quoted.at(i) != QLatin1Char('\'')) {
            key->append(quoted.at(i));
            continue;
        }
        if (i + 1 >= quoted.size() || quoted.at(i + 1) != QLatin1Char('\''))
            return false;
        key->append(QLatin1Char('\''));
        ++i;
    }
    return true;
}

} // namespace

GraphEndpoints::GraphEndpoints(const EmulatorSettings &settings, const FleetState &fleet,
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

EmulatorResponse GraphEndpoints::graphError(
    int status, const char *code, const QString &message, qint64 nowMs)
{
    return EmulatorResponse::json(status, errorBody(code, message, nowMs));
}

QString GraphEndpoints::baseUrlFor(const EmulatorRequest &request) const
{
    const QByteArray host = request.header("Host");
    if (!host.isEmpty())
        return QUrl(m_settings.baseUrl).scheme() + QStringLiteral("://") + QString::fromLatin1(host);
    return m_settings.baseUrl;
}

std::optional<EmulatorResponse> GraphEndpoints::route(
    const EmulatorRequest &request, const QString &path, qint64 nowMs)
{
    const bool get = request.method == "GET";
    // Graph paths are case-insensitive.
    const auto is = [&path](const char *expected) {
        return path.compare(QLatin1String(expected), Qt::CaseInsensitive) == 0;
    };
    if (is("/v1.0/servicePrincipals"))
        return get ? servicePrincipals(request, nowMs) : methodNotAllowed(request, "GET", nowMs);
    static const QRegularExpression endPointsPath(
        QStringLiteral("^/v1\\.0/servicePrincipals/([^/]+)/endPoints$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = endPointsPath.match(path); match.hasMatch())
        return get ? endPoints(request, match.captured(1), nowMs) : methodNotAllowed(request, "GET", nowMs);
    if (is("/v1.0/$batch"))
        return request.method == "POST" ? batch(request, nowMs) : methodNotAllowed(request, "POST", nowMs);
    if (path.startsWith(QLatin1String("/v1.0/users"), Qt::CaseInsensitive))
        return get ? user(request, path, nowMs) : methodNotAllowed(request, "GET", nowMs);
    if (is("/beta/deviceManagement/complianceManagementPartners")
        || is("/v1.0/deviceManagement/complianceManagementPartners"))
        return get ? compliancePartners(request, nowMs) : methodNotAllowed(request, "GET", nowMs);
    if (path.startsWith(QLatin1String("/v1.0/"), Qt::CaseInsensitive)
        || path.startsWith(QLatin1String("/beta/"), Qt::CaseInsensitive))
        return graphError(
            404, "Request_ResourceNotFound", QStringLiteral("no Graph resource at %1").arg(path), nowMs);
    return std::nullopt;
}

EmulatorResponse GraphEndpoints::servicePrincipals(const EmulatorRequest &request, qint64 nowMs)
{
    EmulatorResponse refusal;
    if (m_tokens.refuse(request, EntraTokens::Scope::Graph, nowMs, &refusal))
        return refusal;
    QString filter = request.queryValue(QStringLiteral("$filter"));
    filter.replace(QLatin1Char('+'), QLatin1Char(' '));
    static const QRegularExpression intuneFilter(
        QStringLiteral("^\\s*appId\\s+eq\\s+'([^']*)'\\s*$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = intuneFilter.match(filter);
    if (!match.hasMatch() || match.captured(1).compare(kIntuneAppId, Qt::CaseInsensitive) != 0)
        return graphError(400, "BadRequest",
            QStringLiteral("$filter: only appId eq '%1' is supported here, not '%2'")
                .arg(kIntuneAppId, filter),
            nowMs);
    const QJsonArray value { QJsonObject { { QStringLiteral("id"), kIntuneServicePrincipalId },
        { QStringLiteral("appId"), kIntuneAppId },
        { QStringLiteral("displayName"), QStringLiteral("Microsoft Intune") } } };
    return EmulatorResponse::json(200, QJsonObject { { QStringLiteral("value"), value } });
}

EmulatorResponse GraphEndpoints::endPoints(
    const EmulatorRequest &request, const QString &principalId, qint64 nowMs)
{
    EmulatorResponse refusal;
    if (m_tokens.refuse(request, EntraTokens::Scope::Graph, nowMs, &refusal))
        return refusal;
    if (principalId.compare(kIntuneServicePrincipalId, Qt::CaseInsensitive) != 0)
        return graphError(404, "Request_ResourceNotFound",
            QStringLiteral("no service principal with id '%1'").arg(principalId), nowMs);
    const QString base = baseUrlFor(request);
    const auto entry = [](const char *id, const char *capability, const char *provider, const QString &uri) {
        return QJsonObject { { QStringLiteral("id"), QLatin1String(id) },
            { QStringLiteral("capability"), QLatin1String(capability) },
            { QStringLiteral("providerId"), QStringLiteral("00000000-0000-0000-0000-000000000000") },
            { QStringLiteral("providerName"), QLatin1String(provider) },
            { QStringLiteral("providerResourceId"), QString() }, { QStringLiteral("uri"), uri } };
    };
    // Two unrelated entries come first, so a client that takes the first entry is caught.
    const QJsonArray value {
        entry("3c2b1a09-8f7e-4d6c-9b5a-4a3b2c1d0e9f", "RemoteAssistancePartnerService",
            "RemoteAssistancePartnerService", base + QStringLiteral("/partner/remoteassistance")),
        entry("4d3c2b1a-0f9e-4e7d-8c6b-5b4c3d2e1f0a", "SCEPRequestValidationService",
            "SCEPRequestValidationFEService", base + QStringLiteral("/partner/scep")),
        entry("5e4d3c2b-1a0f-4f8e-9d7c-6c5d4e3f2a1b", "PartnerTenantDataSyncService",
            "PartnerTenantDataSyncService", base + QStringLiteral("/partner/tenant")),
        entry("6f5e4d3c-2b1a-4a9f-8e8d-7d6e5f4a3b2c", "PartnerDeviceDataSyncService",
            "PartnerDeviceDataSyncService", base + QStringLiteral("/partner/device")),
    };
    return EmulatorResponse::json(200, QJsonObject { { QStringLiteral("value"), value } });
}

std::optional<GraphEndpoints::Answer> GraphEndpoints::lookUpUser(
    const QString &path, const QUrlQuery &query, const QString &base, qint64 nowMs) const
{
    static const QRegularExpression quotedForm(
        QStringLiteral("^/users\\('(.*)'\\)$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression slashForm(
        QStringLiteral("^/users/([^/()]+)$"), QRegularExpression::CaseInsensitiveOption);
    QString key;
    if (const QRegularExpressionMatch match = quotedForm.match(path); match.hasMatch()) {
        if (!unquoteKey(match.captured(1), &key))
            return Answer { 400,
                errorBody("BadRequest",
                    QStringLiteral("the key of %1 has a single quote that is not doubled").arg(path),
                    nowMs) };
    } else if (const QRegularExpressionMatch match = slashForm.match(path); match.hasMatch()) {
        key = match.captured(1);
    } else {
        return std::nullopt;
    }

    QStringList selected;
    bool selectGiven = false;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name != QLatin1String("$select"))
            continue;
        selectGiven = true;
        for (const QString &property : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            selected.append(property.trimmed());
    }
    const auto hasId = std::any_of(selected.cbegin(), selected.cend(), [](const QString &property) {
        return property.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0;
    });
    if (selectGiven && !hasId)
        return Answer { 400,
            errorBody("BadRequest",
                QStringLiteral("$select: '%1' does not ask for id").arg(selected.join(QLatin1Char(','))),
                nowMs) };

    const std::optional<DemoFleetGenerator::User> user = m_fleet.generator().userByPrincipalName(key);
    if (!user || !user->knownToEntra)
        return Answer { 404,
            errorBody("Request_ResourceNotFound",
                QStringLiteral(
                    "Resource '%1' does not exist or one of its queried reference-property objects are not "
                    "present.")
                    .arg(key),
                nowMs) };
    QJsonObject body { { QStringLiteral("id"), EmulatorJson::guidText(user->objectId) } };
    const auto wants = [&](const char *property) {
        return !selectGiven || std::any_of(selected.cbegin(), selected.cend(), [property](const QString &p) {
            return p.compare(QLatin1String(property), Qt::CaseInsensitive) == 0;
        });
    };
    if (wants("userPrincipalName"))
        body.insert(QStringLiteral("userPrincipalName"), user->principalName);
    if (wants("mail"))
        body.insert(QStringLiteral("mail"), user->principalName);
    if (wants("displayName")) {
        const QString local = user->principalName.section(QLatin1Char('@'), 0, 0);
        QStringList words = local.split(QLatin1Char('.'));
        for (QString &word : words) {
            if (!word.isEmpty())
                word[0] = word.at(0).toUpper();
        }
        body.insert(QStringLiteral("displayName"), words.join(QLatin1Char(' ')));
    }
    body.insert(QStringLiteral("@odata.context"),
        QString(base
            + (selectGiven
                    ? QStringLiteral("/v1.0/$metadata#users(%1)/$entity").arg(selected.join(QLatin1Char(',')))
                    : QStringLiteral("/v1.0/$metadata#users/$entity"))));
    return Answer { 200, body };
}

EmulatorResponse GraphEndpoints::user(const EmulatorRequest &request, const QString &path, qint64 nowMs)
{
    EmulatorResponse refusal;
    if (m_tokens.refuse(request, EntraTokens::Scope::Graph, nowMs, &refusal))
        return refusal;
    const std::optional<Answer> answer = lookUpUser(path.mid(5), request.query, baseUrlFor(request), nowMs);
    if (!answer)
        return graphError(400, "BadRequest",
            QStringLiteral("%1 is not a user look-up: use /v1.0/users('{upn}') or /v1.0/users/{upn}")
                .arg(path),
            nowMs);
    ++m_stats.userLookups;
    return EmulatorResponse::json(answer->status, answer->body);
}

EmulatorResponse GraphEndpoints::batch(const EmulatorRequest &request, qint64 nowMs)
{
    EmulatorResponse refusal;
    if (m_tokens.refuse(request, EntraTokens::Scope::Graph, nowMs, &refusal))
        return refusal;
    const auto bad
        = [nowMs](const QString &message) { return graphError(400, "BadRequest", message, nowMs); };
    QJsonObject body;
    QString error;
    if (!EmulatorJson::parseObject(request.body, &body, &error))
        return bad(error);
    const QJsonValue requestsValue = body.value(QStringLiteral("requests"));
    if (!requestsValue.isArray())
        return bad(QStringLiteral("requests: must be an array of 1 to %1 requests, not %2")
                       .arg(kMaxBatchRequests)
                       .arg(EmulatorJson::describe(requestsValue)));
    const QJsonArray requests = requestsValue.toArray();
    if (requests.isEmpty() || requests.size() > kMaxBatchRequests)
        return bad(QStringLiteral("requests: a batch holds 1 to %1 requests, not %2")
                       .arg(kMaxBatchRequests)
                       .arg(requests.size()));

    const QString base = baseUrlFor(request);
    QSet<QString> ids;
    bool throttled = false;
    // Every item is checked before any is answered: a malformed batch answers nothing.
    QList<std::pair<QString, Answer>> answers;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QString at = QStringLiteral("requests[%1]").arg(i);
        if (!requests.at(i).isObject())
            return bad(QStringLiteral("%1: must be an object").arg(at));
        const QJsonObject item = requests.at(i).toObject();
        const QJsonValue id = item.value(QStringLiteral("id"));
        if (!id.isString() || id.toString().isEmpty())
            return bad(QStringLiteral("%1.id: must be a text that is not empty, not %2")
                           .arg(at, EmulatorJson::describe(id)));
        if (ids.contains(id.toString()))
            return bad(QStringLiteral("%1.id: '%2' is used twice in the batch").arg(at, id.toString()));
        ids.insert(id.toString());
        const QJsonValue method = item.value(QStringLiteral("method"));
        if (method.toString() != QLatin1String("GET"))
            return bad(QStringLiteral("%1.method: only GET is supported here, not %2")
                           .arg(at, EmulatorJson::describe(method)));
        const QJsonValue url = item.value(QStringLiteral("url"));
        if (!url.isString())
            return bad(QStringLiteral("%1.url: must be a text, not %2").arg(at, EmulatorJson::describe(url)));
        QString target = url.toString();
        if (!target.startsWith(QLatin1Char('/')))
            target.prepend(QLatin1Char('/'));
        const qsizetype question = target.indexOf(QLatin1Char('?'));
        const QString itemPath
            = QUrl::fromPercentEncoding(target.left(question < 0 ? target.size() : question).toUtf8());
        const QUrlQuery itemQuery(question < 0 ? QString() : target.mid(question + 1));
        std::optional<Answer> answer = lookUpUser(itemPath, itemQuery, base, nowMs);
        if (!answer)
            return bad(QStringLiteral("%1.url: '%2' is not a user look-up such as /users('{upn}')?$select=id")
                           .arg(at, url.toString()));
        answers.append({ id.toString(), *answer });
    }
    // The answer is written out as text: built as a QJsonObject it cost several times the
    // look-ups themselves, and a first sync of a large fleet asks for tens of thousands.
    std::vector<std::string> items;
    items.reserve(size_t(answers.size()));
    for (const auto &[id, answer] : std::as_const(answers)) {
        std::string item = "{\"id\":";
        JsonText::appendString(item, id);
        int status = answer.status;
        QByteArray headers = QByteArrayLiteral("{\"Content-Type\":\"application/json\"}");
        QJsonObject body = answer.body;
        if (m_faults.drawBatchItem429()) {
            throttled = true;
            status = 429;
            headers = "{\"Retry-After\":\"" + m_faults.retryAfterText() + "\"}";
            body = errorBody("TooManyRequests", QStringLiteral("Too many requests (injected fault)"), nowMs);
        }
        item += ",\"status\":";
        JsonText::appendNumber(item, status);
        item += ",\"headers\":";
        item.append(headers.constData(), size_t(headers.size()));
        item += ",\"body\":";
        const QByteArray bodyText = QJsonDocument(body).toJson(QJsonDocument::Compact);
        item.append(bodyText.constData(), size_t(bodyText.size()));
        item += '}';
        items.push_back(std::move(item));
    }
    // Graph answers in any order: a client must match by id.
    std::shuffle(items.begin(), items.end(), m_faults.orderGenerator());
    std::string text = "{\"responses\":[";
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += ',';
        text += items[i];
    }
    text += "]}";
    ++m_stats.batchRequests;
    m_stats.batchItems += requests.size();
    const int status = throttled && m_faults.faults().batch424 ? 424 : 200;
    return EmulatorResponse::json(status, QByteArray(text.data(), qsizetype(text.size())));
}

EmulatorResponse GraphEndpoints::compliancePartners(const EmulatorRequest &request, qint64 nowMs)
{
    EmulatorResponse refusal;
    if (m_tokens.refuse(request, EntraTokens::Scope::Graph, nowMs, &refusal))
        return refusal;
    QString state = QStringLiteral("unknown");
    if (m_tenant.lastProvisioned() == 2) {
        state = QStringLiteral("terminated");
    } else if (m_tenant.provisioned()) {
        const bool recent
            = m_tenant.lastHeartbeatMs() > 0 && m_tenant.lastHeartbeatMs() > nowMs - kHeartbeatFreshMs;
        state = recent ? QStringLiteral("enabled") : QStringLiteral("unresponsive");
    }
    const bool onboarded = m_tenant.provisioned();
    const QJsonObject partner { { QStringLiteral("id"), kPartnerId },
        { QStringLiteral("displayName"), QStringLiteral("MobileIron Device Compliance Cloud") },
        { QStringLiteral("partnerState"), state },
        { QStringLiteral("lastHeartbeatDateTime"),
            m_tenant.lastHeartbeatMs() > 0 ? EmulatorJson::isoUtc(m_tenant.lastHeartbeatMs())
                                           : QStringLiteral("0001-01-01T00:00:00Z") },
        { QStringLiteral("macOsOnboarded"), false }, { QStringLiteral("androidOnboarded"), onboarded },
        { QStringLiteral("iosOnboarded"), onboarded },
        { QStringLiteral("macOsEnrollmentAssignments"), QJsonArray() },
        { QStringLiteral("androidEnrollmentAssignments"), QJsonArray() },
        { QStringLiteral("iosEnrollmentAssignments"), QJsonArray() } };
    return EmulatorResponse::json(200, QJsonObject { { QStringLiteral("value"), QJsonArray { partner } } });
}
