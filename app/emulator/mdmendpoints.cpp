#include "app/emulator/mdmendpoints.h"

#include "app/emulator/devicefilter.h"
#include "app/emulator/emulatorjson.h"
#include "app/emulator/emulatorsettings.h"
#include "app/emulator/emulatorstatistics.h"
#include "app/emulator/faultinjector.h"
#include "app/emulator/fleetstate.h"
#include "app/emulator/mdmdevicejson.h"
#include "app/emulator/mdmpolicyjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace {

constexpr size_t kPageChunk = 256;

EmulatorResponse methodNotAllowed(const EmulatorRequest &request, const QByteArray &allowed)
{
    EmulatorResponse response = MdmEndpoints::globalError(405, "MethodNotAllowed",
        QStringLiteral("%1 is not allowed on %2; use %3")
            .arg(QString::fromLatin1(request.method), request.path, QString::fromLatin1(allowed)));
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

// A query parameter whose value may be written form style ('+' for a space).
QString queryText(const EmulatorRequest &request, const QString &name, bool *present = nullptr)
{
    QString value = request.queryValue(name, present);
    value.replace(QLatin1Char('+'), QLatin1Char(' '));
    return value.trimmed();
}

// Form bodies spell a space '+'; QUrlQuery does not, so turn it into %20 before decoding.
QStringList formValues(const QByteArray &body, const QString &name)
{
    QByteArray raw = body;
    raw.replace('+', QByteArrayLiteral("%20"));
    return QUrlQuery(QString::fromUtf8(raw)).allQueryItemValues(name, QUrl::FullyDecoded);
}

} // namespace

MdmEndpoints::MdmEndpoints(const EmulatorSettings &settings, FleetState &fleet, const FaultInjector &faults,
    EmulatorStatistics &stats)
    : m_settings(settings)
    , m_fleet(fleet)
    , m_faults(faults)
    , m_stats(stats)
{
}

EmulatorResponse MdmEndpoints::result(int status, const QJsonValue &result)
{
    return EmulatorResponse::json(status,
        QJsonObject { { QStringLiteral("errors"), QJsonValue::Null }, { QStringLiteral("result"), result } });
}

EmulatorResponse MdmEndpoints::fieldError(
    int status, const QString &field, const char *code, const QString &message)
{
    const QJsonObject error { { QStringLiteral("code"), QLatin1String(code) },
        { QStringLiteral("message"), message }, { QStringLiteral("field"), field } };
    return EmulatorResponse::json(status,
        QJsonObject { { QStringLiteral("errors"),
                          QJsonObject { { QStringLiteral("globalErrors"), QJsonValue::Null },
                              { QStringLiteral("fieldErrors"), QJsonArray { error } } } },
            { QStringLiteral("result"), QJsonValue::Null } });
}

EmulatorResponse MdmEndpoints::globalError(int status, const char *code, const QString &message)
{
    const QJsonObject error { { QStringLiteral("code"), QLatin1String(code) },
        { QStringLiteral("message"), message } };
    return EmulatorResponse::json(status,
        QJsonObject { { QStringLiteral("errors"),
                          QJsonObject { { QStringLiteral("globalErrors"), QJsonArray { error } },
                              { QStringLiteral("fieldErrors"), QJsonValue::Null } } },
            { QStringLiteral("result"), QJsonValue::Null } });
}

std::optional<EmulatorResponse> MdmEndpoints::route(
    const EmulatorRequest &request, const QString &path, qint64 nowMs)
{
    if (!path.startsWith(QLatin1String("/api/v1/")))
        return std::nullopt;
    const bool get = request.method == "GET";
    const bool put = request.method == "PUT";
    if (path == QLatin1String("/api/v1/tenant/partition/device"))
        return get ? partitions(request) : methodNotAllowed(request, "GET");
    if (path == QLatin1String("/api/v1/device"))
        return get ? deviceList(request) : methodNotAllowed(request, "GET");
    if (path == QLatin1String("/api/v1/device/forceCheckin"))
        return put ? forceCheckin(request, nowMs) : methodNotAllowed(request, "PUT");
    if (path == QLatin1String("/api/v1/compliancepolicy"))
        return get ? policyList(request) : methodNotAllowed(request, "GET");
    if (path == QLatin1String("/api/v1/account/me"))
        return get ? account(request) : methodNotAllowed(request, "GET");
    static const QRegularExpression policyPath(QStringLiteral("^/api/v1/compliancepolicy/([^/]+)$"));
    if (const QRegularExpressionMatch match = policyPath.match(path); match.hasMatch())
        return put ? putPolicy(request, match.captured(1), nowMs) : methodNotAllowed(request, "PUT");
    static const QRegularExpression devicePath(QStringLiteral("^/api/v1/device/([^/]+)$"));
    if (const QRegularExpressionMatch match = devicePath.match(path); match.hasMatch())
        return get ? oneDevice(request, match.captured(1)) : methodNotAllowed(request, "GET");
    return globalError(404, "NotFound", QStringLiteral("no MDM endpoint at %1").arg(path));
}

QString MdmEndpoints::basicUser(const EmulatorRequest &request)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    return QString::fromUtf8(decoded.left(decoded.indexOf(':')));
}

bool MdmEndpoints::refuse(const EmulatorRequest &request, Need need, EmulatorResponse *refusal)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    QString user;
    QString password;
    bool parsed = false;
    if (authorization.size() > 6 && authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const auto decoded = QByteArray::fromBase64Encoding(
            authorization.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.decoded.indexOf(':');
        if (decoded && colon > 0) {
            user = QString::fromUtf8(decoded.decoded.left(colon));
            password = QString::fromUtf8(decoded.decoded.mid(colon + 1));
            parsed = true;
        }
    }
    const bool knownUser = user == m_settings.mdmUser
        || (!m_settings.mdmRestrictedUser.isEmpty() && user == m_settings.mdmRestrictedUser)
        || (!m_settings.mdmHelpdeskUser.isEmpty() && user == m_settings.mdmHelpdeskUser);
    if (!parsed || !knownUser || password != m_settings.mdmPassword) {
        *refusal = globalError(401, "Unauthorized",
            authorization.isEmpty() ? QStringLiteral("HTTP Basic credentials are missing")
                : parsed            ? QStringLiteral("wrong user name or password")
                                    : QStringLiteral("the Authorization header is not valid HTTP Basic"));
        refusal->setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"MDM\""));
        return true;
    }
    if (need == Need::DeviceRead && user == m_settings.mdmRestrictedUser) {
        ++m_stats.faults403;
        *refusal = globalError(403, "Forbidden",
            QStringLiteral("the user %1 lacks the Device Read Only role needed for %2")
                .arg(user, request.path));
        return true;
    }
    if (need == Need::PolicyWrite && user != m_settings.mdmUser) {
        ++m_stats.faults403;
        *refusal = globalError(403, "Forbidden",
            QStringLiteral("the user %1 may not change policies: only a policy author may").arg(user));
        return true;
    }
    return false;
}

bool MdmEndpoints::readPartition(
    const EmulatorRequest &request, qint64 *partition, EmulatorResponse *refusal) const
{
    bool present = false;
    const QString text = request.queryValue(QStringLiteral("dmPartitionId"), &present);
    if (!present) {
        *refusal = fieldError(400, QStringLiteral("dmPartitionId"), "Required",
            QStringLiteral("the query parameter is missing"));
        return false;
    }
    bool ok = false;
    *partition = text.toLongLong(&ok);
    if (!ok || (*partition != kDefaultPartitionId && *partition != kLabPartitionId)) {
        *refusal = fieldError(400, QStringLiteral("dmPartitionId"), "Invalid",
            QStringLiteral("'%1' is not a device space of this tenant (%2, %3)")
                .arg(text, QString::number(kDefaultPartitionId), QString::number(kLabPartitionId)));
        return false;
    }
    return true;
}

EmulatorResponse MdmEndpoints::partitions(const EmulatorRequest &request)
{
    EmulatorResponse refusal;
    if (refuse(request, Need::SignIn, &refusal))
        return refusal;
    const QJsonArray spaces {
        QJsonObject { { QStringLiteral("id"), kDefaultPartitionId },
            { QStringLiteral("name"), QStringLiteral("Default Space") },
            { QStringLiteral("defaultPartition"), true } },
        QJsonObject { { QStringLiteral("id"), kLabPartitionId },
            { QStringLiteral("name"), QStringLiteral("Lab") },
            { QStringLiteral("defaultPartition"), false } },
    };
    return result(200, QJsonObject { { QStringLiteral("searchResults"), spaces } });
}

EmulatorResponse MdmEndpoints::deviceList(const EmulatorRequest &request)
{
    EmulatorResponse refusal;
    if (refuse(request, Need::DeviceRead, &refusal))
        return refusal;
    qint64 partition = 0;
    if (!readPartition(request, &partition, &refusal))
        return refusal;

    bool present = false;
    int rows = kDefaultRows;
    const QString rowsText = request.queryValue(QStringLiteral("rows"), &present);
    if (present) {
        bool ok = false;
        rows = rowsText.toInt(&ok);
        if (!ok)
            return fieldError(
                400, QStringLiteral("rows"), "Invalid", QStringLiteral("'%1' is not a number").arg(rowsText));
        if (rows < 1 || rows > kMaxRows)
            return fieldError(400, QStringLiteral("rows"), "Range",
                QStringLiteral("must be between 1 and %1").arg(kMaxRows));
    }
    qint64 start = 0;
    const QString startText = request.queryValue(QStringLiteral("start"), &present);
    if (present) {
        bool ok = false;
        start = startText.toLongLong(&ok);
        if (!ok || start < 0)
            return fieldError(400, QStringLiteral("start"), "Range",
                QStringLiteral("must be a whole number of 0 or more, not '%1'").arg(startText));
    }
    const QString sortName = request.queryValue(QStringLiteral("sortFields[0].name"), &present);
    if (present && sortName.compare(QLatin1String("id"), Qt::CaseInsensitive) != 0)
        return fieldError(400, QStringLiteral("sortFields[0].name"), "Invalid",
            QStringLiteral("only id is sorted on here, not '%1'").arg(sortName));
    const QString sortOrder = request.queryValue(QStringLiteral("sortFields[0].order"), &present);
    if (present && sortOrder.compare(QLatin1String("ASC"), Qt::CaseInsensitive) != 0)
        return fieldError(400, QStringLiteral("sortFields[0].order"), "Invalid",
            QStringLiteral("only ASC is supported here, not '%1'").arg(sortOrder));
    const int cap = m_faults.faults().pageRowsCap;
    if (cap > 0)
        rows = std::min(rows, cap);
    const QString fq = queryText(request, QStringLiteral("fq")).simplified();
    DeviceFilter filter;
    QString error;
    if (!filter.parse(fq, &error))
        return fieldError(400, QStringLiteral("fq"), "Invalid", error);

    std::vector<qint64> ids;
    qint64 total = 0;
    if (partition == kDefaultPartitionId) {
        if (filter.isEmpty()) {
            total = m_fleet.count();
            for (qint64 index = start; index < std::min(total, start + rows); ++index)
                ids.push_back(index + 1);
        } else {
            const auto indexes = m_fleet.matching(filter, fq);
            total = qint64(indexes->size());
            for (qint64 i = start; i < std::min(total, start + rows); ++i)
                ids.push_back(qint64((*indexes)[size_t(i)]) + 1);
        }
    }

    MdmDeviceJson::Form form;
    form.checkin = m_faults.faults().checkinFormat;
    form.violations = m_faults.faults().violationsFormat;
    form.policies = &m_fleet.policiesById();
    form.partitionId = partition;
    // Generating devices is the cost of a page; large pages use every core.
    const auto render = [this, &ids, &form](std::pair<size_t, size_t> range) {
        // Each pooled thread keeps its buffer: no fresh pages to fault in per request.
        thread_local std::string json;
        json.clear();
        json.reserve((range.second - range.first) * 900);
        for (size_t i = range.first; i < range.second; ++i) {
            if (i > range.first)
                json.push_back(',');
            MdmDeviceJson::append(json, m_fleet.device(ids[i]), form);
        }
        return QByteArray(json.data(), qsizetype(json.size()));
    };
    QList<std::pair<size_t, size_t>> ranges;
    for (size_t first = 0; first < ids.size(); first += kPageChunk)
        ranges.append({ first, std::min(ids.size(), first + kPageChunk) });
    QList<QByteArray> parts;
    if (ranges.size() > 1)
        parts = QtConcurrent::blockingMapped<QList<QByteArray>>(ranges, render);
    else if (!ranges.isEmpty())
        parts.append(render(ranges.first()));

    QByteArray body;
    body.reserve(qsizetype(ids.size()) * 900 + 160);
    body.append(R"({"errors":null,"result":{"totalCount":)").append(QByteArray::number(total));
    body.append(",\"offset\":").append(QByteArray::number(start));
    body.append(",\"limit\":").append(QByteArray::number(rows));
    body.append(",\"searchResults\":[");
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i)
            body.append(',');
        body.append(parts.at(i));
    }
    body.append("]}}");
    // How far a client's pull has got, for drivers that watch it from outside.
    m_stats.devicesListed += qint64(ids.size());
    return EmulatorResponse::json(200, std::move(body));
}

EmulatorResponse MdmEndpoints::oneDevice(const EmulatorRequest &request, const QString &idText)
{
    EmulatorResponse refusal;
    if (refuse(request, Need::DeviceRead, &refusal))
        return refusal;
    qint64 partition = 0;
    if (!readPartition(request, &partition, &refusal))
        return refusal;
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok)
        return fieldError(
            400, QStringLiteral("id"), "Invalid", QStringLiteral("'%1' is not a device id").arg(idText));
    if (partition != kDefaultPartitionId || id < 1 || id > m_fleet.count())
        return globalError(404, "NotFound",
            QStringLiteral("no device with id %1 in device space %2")
                .arg(QString::number(id), QString::number(partition)));
    MdmDeviceJson::Form form;
    form.checkin = m_faults.faults().checkinFormat;
    form.violations = m_faults.faults().violationsFormat;
    form.policies = &m_fleet.policiesById();
    form.partitionId = partition;
    std::string json = R"({"errors":null,"result":)";
    MdmDeviceJson::append(json, m_fleet.device(id), form);
    json.push_back('}');
    return EmulatorResponse::json(200, QByteArray(json.data(), qsizetype(json.size())));
}

EmulatorResponse MdmEndpoints::forceCheckin(const EmulatorRequest &request, qint64 nowMs)
{
    EmulatorResponse refusal;
    if (refuse(request, Need::DeviceRead, &refusal))
        return refusal;
    const QStringList values = formValues(request.body, QStringLiteral("ids"));
    if (values.isEmpty())
        return fieldError(400, QStringLiteral("ids"), "Required",
            QStringLiteral("the form field is missing: one ids=<device id or GUID> per device"));
    QList<qint64> ids;
    QStringList unknown;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString text = part.trimmed();
            bool ok = false;
            qint64 id = text.toLongLong(&ok);
            if (!ok) {
                if (!EmulatorJson::isGuid(text))
                    return fieldError(400, QStringLiteral("ids"), "Invalid",
                        QStringLiteral("'%1' is neither a device id nor a device GUID").arg(text));
                id = m_fleet.idByGuid(QUuid::fromString(text));
            }
            if (id < 1 || id > m_fleet.count())
                unknown.append(text);
            else
                ids.append(id);
        }
    }
    if (ids.isEmpty() && unknown.isEmpty())
        return fieldError(
            400, QStringLiteral("ids"), "Required", QStringLiteral("no device id in the form field"));
    if (!unknown.isEmpty()) {
        // Ivanti's answer to a failed action: 200 with result 0 and the errors.
        const QJsonObject error { { QStringLiteral("code"), QStringLiteral("NotFound") },
            { QStringLiteral("message"),
                QStringLiteral("no device %1; no device was asked to check in")
                    .arg(unknown.join(QStringLiteral(", "))) },
            { QStringLiteral("field"), QStringLiteral("ids") } };
        return EmulatorResponse::json(200,
            QJsonObject { { QStringLiteral("errors"),
                              QJsonObject { { QStringLiteral("globalErrors"), QJsonValue::Null },
                                  { QStringLiteral("fieldErrors"), QJsonArray { error } } } },
                { QStringLiteral("result"), 0 } });
    }
    for (const qint64 id : std::as_const(ids))
        m_fleet.checkIn(id, nowMs);
    return result(200, 1);
}

EmulatorResponse MdmEndpoints::policyList(const EmulatorRequest &request)
{
    EmulatorResponse refusal;
    if (refuse(request, Need::DeviceRead, &refusal))
        return refusal;
    qint64 partition = 0;
    if (!readPartition(request, &partition, &refusal))
        return refusal;
    QJsonArray policies;
    if (partition == kDefaultPartitionId) {
        for (const EmulatorPolicy &policy : m_fleet.policies())
            policies.append(MdmPolicyJson::write(policy));
    }
    return result(200,
        QJsonObject { { QStringLiteral("totalCount"), policies.size() },
            { QStringLiteral("searchResults"), policies } });
}

EmulatorResponse MdmEndpoints::putPolicy(const EmulatorRequest &request, const QString &idText, qint64 nowMs)
{
    EmulatorResponse refusal;
    if (refuse(request, Need::PolicyWrite, &refusal))
        return refusal;
    qint64 partition = 0;
    if (!readPartition(request, &partition, &refusal))
        return refusal;
    if (partition != kDefaultPartitionId)
        return fieldError(400, QStringLiteral("dmPartitionId"), "Invalid",
            QStringLiteral("policies live in the default device space (%1)").arg(kDefaultPartitionId));
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return fieldError(400, QStringLiteral("id"), "Invalid",
            QStringLiteral("'%1' in the path is not a policy id (a whole number of 1 or more)").arg(idText));
    QJsonObject body;
    QString error;
    if (!EmulatorJson::parseObject(request.body, &body, &error))
        return globalError(400, "Invalid", error);
    EmulatorPolicy policy;
    MdmPolicyJson::Problem problem;
    if (!MdmPolicyJson::read(body, &policy, &problem))
        return fieldError(400, problem.field, "Invalid", problem.message);
    if (policy.id != id)
        return fieldError(400, QStringLiteral("id"), "Invalid",
            QStringLiteral("the body's id %1 differs from the path's id %2").arg(policy.id).arg(id));
    const bool created = m_fleet.putPolicy(policy, nowMs);
    ++m_stats.policyWrites;
    return result(created ? 201 : 200, MdmPolicyJson::write(policy));
}

// Our extension: the signed-in user's role, which decides whether the console lets them
// edit policies. The emulator enforces the same role on every policy write.
EmulatorResponse MdmEndpoints::account(const EmulatorRequest &request)
{
    EmulatorResponse refusal;
    if (refuse(request, Need::DeviceRead, &refusal))
        return refusal;
    const QString user = basicUser(request);
    const bool author = user == m_settings.mdmUser;
    return result(200,
        QJsonObject { { QStringLiteral("userName"), user },
            { QStringLiteral("role"), author ? QStringLiteral("policyAuthor") : QStringLiteral("helpdesk") },
            { QStringLiteral("canEditPolicies"), author } });
}
