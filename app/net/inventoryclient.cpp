#include "app/net/inventoryclient.h"

#include "app/net/devicepageparser.h"
#include "app/net/endpointurl.h"
#include "app/net/httptransport.h"
#include "app/net/jsonresponse.h"
#include "app/net/recordreader.h"
#include "app/threading/backgroundwork.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <deque>
#include <utility>

namespace {
constexpr int kMaxRowsPerPage = 500; // Ivanti answers 400 to larger pages
// Device list pages asked for and not yet taken, once the total is known: with Ivanti's
// 500-device pages, three keep the server busy while the console parses and stores.
constexpr size_t kPagesInFlight = 3;

QString basicAuthorization(const NetSettings &settings)
{
    return QStringLiteral("Basic ")
        + QString::fromLatin1((settings.mdmUser + u':' + settings.mdmPassword).toUtf8().toBase64());
}
} // namespace

InventoryClient::InventoryClient(HttpTransport *transport, const NetSettings &settings, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_settings(settings)
{
}

void InventoryClient::setSettings(const NetSettings &settings)
{
    m_settings = settings;
    m_defaultPartitionId = 0;
    ++m_generation;
}

HttpRequest InventoryClient::newRequest(
    const QString &path, const QList<QPair<QString, QString>> &query, const QString &what) const
{
    QUrlQuery urlQuery;
    // Encode everything but the separators: fq carries '=' and spaces, which QUrlQuery
    // would otherwise leave ambiguous.
    for (const auto &item : query) {
        urlQuery.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.first)),
            QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    }
    HttpRequest request;
    request.url = EndpointUrl::join(m_settings.mdmBaseUrl, path, urlQuery);
    request.what = what;
    request.maxAnswerBytes = AnswerLimit::MdmSmall; // the device list and policies ask for more
    request.setHeader("Authorization", basicAuthorization(m_settings).toLatin1());
    request.setHeader("Accept", "application/json");
    return request;
}

void InventoryClient::fetchPartitions(const QObject *context, PartitionsCallback callback)
{
    HttpRequest request = newRequest(QStringLiteral("/api/v1/tenant/partition/device"), {},
        tr("MDM partitions (/api/v1/tenant/partition/device)"));
    const QString what = request.what;
    m_transport->send(
        request, context ? context : this, [callback = std::move(callback), what](const HttpResult &result) {
            if (!result.ok()) {
                callback({}, result.error);
                return;
            }
            QJsonObject object;
            QJsonObject resultObject;
            QJsonArray rows;
            QString error;
            if (!JsonResponse::parseObject(result.body, what, &object, &error)
                || !JsonResponse::object(
                    object, QStringLiteral("result"), what, QStringLiteral("result"), &resultObject, &error)
                || !JsonResponse::array(resultObject, QStringLiteral("searchResults"), what,
                    QStringLiteral("result.searchResults"), &rows, &error)) {
                callback({}, error);
                return;
            }
            QList<Partition> partitions;
            for (const auto &row : rows) {
                const QJsonObject entry = row.toObject();
                Partition partition;
                if (!JsonResponse::toInteger(entry.value(QLatin1String("id")), &partition.id)
                    || partition.id <= 0) {
                    callback({}, tr("%1: a partition has no valid \"id\".").arg(what));
                    return;
                }
                partition.name = entry.value(QLatin1String("name")).toString();
                partition.isDefault = entry.value(QLatin1String("defaultPartition")).toBool();
                partitions.append(partition);
            }
            callback(partitions, QString());
        });
}

void InventoryClient::resolvePartition(const QObject *context, PartitionIdCallback callback)
{
    const qint64 known = m_settings.partitionId > 0 ? m_settings.partitionId : m_defaultPartitionId;
    if (known > 0) {
        QPointer<const QObject> guard(context ? context : this);
        QMetaObject::invokeMethod(
            this,
            [guard, callback = std::move(callback), known] {
                if (guard)
                    callback(known, QString());
            },
            Qt::QueuedConnection);
        return;
    }
    QPointer<InventoryClient> self(this);
    fetchPartitions(context,
        [self, callback = std::move(callback)](const QList<Partition> &partitions, const QString &error) {
            if (!self)
                return;
            if (!error.isEmpty()) {
                callback(0, error);
                return;
            }
            const auto found = std::find_if(partitions.cbegin(), partitions.cend(),
                [](const Partition &partition) { return partition.isDefault; });
            if (found == partitions.cend()) {
                callback(0,
                    tr("MDM partitions (/api/v1/tenant/partition/device): no partition is marked "
                       "defaultPartition; set the partition id in the settings."));
                return;
            }
            self->m_defaultPartitionId = found->id;
            callback(found->id, QString());
        });
}

// One page asked for; pages are taken in the order they were asked for, whatever order
// they arrive and are parsed in.
struct InventoryClient::Fetch
{
    qint64 offset = 0;
    int rows = 0; // asked for
    bool arrived = false; // answered and parsed (or failed)
    bool dropped = false; // no longer wanted: its answer is ignored
    bool failed = false; // the request failed, with error
    QString error;
    DevicePageParser::ParsedPage parsed;
};

struct InventoryClient::Pull
{
    QPointer<const QObject> context;
    PageCallback onPage;
    PullFinishedCallback onFinished;
    QString fq;
    quint64 generation = 0;
    qint64 partitionId = 0;
    qint64 start = 0; // records read so far, skipped ones included
    qint64 total = -1; // the server's totalCount, from the first page on
    qint64 rejected = 0;
    QStringList recordErrors;
    QSet<qint64> seenIds; // a device listed twice is kept once: the first record
    std::function<bool()> ready; // may the next page be requested now?
    std::deque<std::shared_ptr<Fetch>> fetches; // asked for, in order; the front is next
    qint64 nextOffset = 0; // where the next page asked for starts
    int rowsPerPage = 0; // rows asked per page; the server's own size once it sends another
    bool waiting = false; // in m_waiting
    bool delivering = false; // deliverPages() is running for it
    bool finished = false;
};

void InventoryClient::fetchAllDevices(const QObject *context, PageCallback onPage, PullFinishedCallback onFinished,
    const QString &fq, std::function<bool()> ready)
{
    auto pull = std::make_shared<Pull>();
    pull->ready = std::move(ready);
    pull->context = context ? context : this;
    pull->onPage = std::move(onPage);
    pull->onFinished = std::move(onFinished);
    pull->fq = fq;
    pull->generation = m_generation;
    resolvePartition(this, [this, pull](qint64 partitionId, const QString &error) {
        if (!pull->context)
            return;
        if (!error.isEmpty()) {
            finishPull(pull, error);
            return;
        }
        pull->partitionId = partitionId;
        pull->rowsPerPage = std::clamp(m_settings.pageSize, 1, kMaxRowsPerPage);
        deliverPages(pull);
    });
}

void InventoryClient::requestPages(const std::shared_ptr<Pull> &pull)
{
    // One page until the first tells the total; then the next ones are asked for ahead,
    // so that the server prepares one while the console parses and stores another.
    while (!pull->finished
        && (pull->total < 0 ? pull->fetches.empty()
                            : pull->fetches.size() < kPagesInFlight && pull->nextOffset < pull->total)) {
        // The first page is always asked for, as before pages were asked ahead.
        if (pull->total >= 0 && pull->ready && !pull->ready()) {
            if (!pull->waiting) {
                pull->waiting = true;
                m_waiting.append(pull);
            }
            return;
        }
        auto fetch = std::make_shared<Fetch>();
        fetch->offset = pull->nextOffset;
        fetch->rows = pull->rowsPerPage;
        pull->nextOffset += fetch->rows;
        pull->fetches.push_back(fetch);
        QList<QPair<QString, QString>> query { { QStringLiteral("dmPartitionId"),
            QString::number(pull->partitionId) } };
        if (!pull->fq.isEmpty())
            query.append({ QStringLiteral("fq"), pull->fq });
        query.append({ QStringLiteral("rows"), QString::number(fetch->rows) });
        query.append({ QStringLiteral("start"), QString::number(fetch->offset) });
        // Paged by id, so that devices added or removed during the pull do not shift
        // the pages after them.
        query.append({ QStringLiteral("sortFields[0].name"), QStringLiteral("id") });
        query.append({ QStringLiteral("sortFields[0].order"), QStringLiteral("ASC") });
        HttpRequest request
            = newRequest(QStringLiteral("/api/v1/device"), query, tr("MDM device list (/api/v1/device)"));
        request.maxAnswerBytes = AnswerLimit::DevicePage;
        m_transport->send(
            request, this, [this, pull, fetch](const HttpResult &result) { onPage(pull, fetch, result); });
    }
}

bool InventoryClient::stillWanted(const std::shared_ptr<Pull> &pull)
{
    if (pull->finished || !pull->context)
        return false;
    if (pull->generation != m_generation) {
        finishPull(pull,
            tr("%1: the settings changed during the pull; stopped after %2 devices.")
                .arg(tr("MDM device list (/api/v1/device)"))
                .arg(pull->start));
        return false;
    }
    return true;
}

void InventoryClient::onPage(
    const std::shared_ptr<Pull> &pull, const std::shared_ptr<Fetch> &fetch, const HttpResult &result)
{
    if (fetch->dropped || !stillWanted(pull))
        return;
    if (!result.ok()) {
        fetch->failed = true;
        fetch->error = result.error;
        fetch->arrived = true;
        deliverPages(pull);
        return;
    }
    // The JSON of a page (1,000 devices: tens of milliseconds) is read on a worker
    // thread, so the window keeps painting; the pull goes on when it is back. The watcher
    // is the client's child: nothing runs once the client is destroyed, even with the
    // parse still running (QFuture::then(context) asserts on a context already gone).
    auto *watcher = new QFutureWatcher<DevicePageParser::ParsedPage>(this);
    connect(
        watcher, &QFutureWatcher<DevicePageParser::ParsedPage>::finished, this, [this, watcher, pull, fetch] {
            watcher->deleteLater();
            if (fetch->dropped || !stillWanted(pull))
                return;
            fetch->parsed = watcher->future().takeResult();
            fetch->arrived = true;
            deliverPages(pull);
        });
    watcher->setFuture(QtConcurrent::run(BackgroundWork::pool(), [body = result.body, start = fetch->offset] {
        BackgroundWork::lowerCurrentThreadPriority();
        return DevicePageParser::parsePage(body, start);
    }));
}

void InventoryClient::deliverPages(const std::shared_ptr<Pull> &pull)
{
    // A page that arrives while this runs (a transport that answers at once) is taken by
    // the loop below, in order.
    if (pull->delivering)
        return;
    const std::shared_ptr<Pull> keep = pull;
    QPointer<InventoryClient> self(this);
    pull->delivering = true;
    while (stillWanted(pull)) {
        if (!pull->fetches.empty() && pull->fetches.front()->arrived) {
            const std::shared_ptr<Fetch> fetch = std::move(pull->fetches.front());
            pull->fetches.pop_front();
            takePage(pull, *fetch);
            if (!self)
                return; // a consumer destroyed the client
            continue;
        }
        requestPages(pull);
        if (pull->fetches.empty() || !pull->fetches.front()->arrived)
            break;
    }
    pull->delivering = false;
}

void InventoryClient::dropFetches(const std::shared_ptr<Pull> &pull)
{
    for (const std::shared_ptr<Fetch> &fetch : pull->fetches)
        fetch->dropped = true;
    pull->fetches.clear();
}

void InventoryClient::takePage(const std::shared_ptr<Pull> &pull, Fetch &fetch)
{
    const QString what = tr("MDM device list (/api/v1/device)");
    if (fetch.failed) {
        finishPull(pull, fetch.error);
        return;
    }
    DevicePageParser::ParsedPage &parsed = fetch.parsed;
    if (!parsed.ok) {
        finishPull(pull, parsed.error);
        return;
    }
    const qint64 totalCount = parsed.totalCount;
    // Paging by offset over a list that changes underneath skips or repeats devices: stop
    // rather than deliver a list that looks complete and is not.
    if (pull->total >= 0 && totalCount != pull->total) {
        finishPull(pull,
            tr("%1: the number of devices changed during the pull (from %2 to %3); stopped after "
               "%4 devices. Pull again for a consistent list.")
                .arg(what)
                .arg(pull->total)
                .arg(totalCount)
                .arg(pull->start));
        return;
    }
    pull->total = totalCount;
    if (parsed.rows == 0 && pull->start < pull->total) {
        finishPull(pull,
            tr("%1: the page at %2 came back empty although totalCount is %3; stopped after %4 "
               "devices.")
                .arg(what)
                .arg(pull->start)
                .arg(pull->total)
                .arg(pull->start));
        return;
    }

    const qint64 pageStart = pull->start;
    pull->start += parsed.rows;
    const bool more = pull->start < pull->total;
    if (more && parsed.rows != fetch.rows) {
        // The server sent another number of rows than asked (it pages by its own size):
        // the pages asked for ahead start at the wrong offsets. Ask again from here, by
        // the server's size, so that the pages asked ahead are right from now on.
        dropFetches(pull);
        pull->nextOffset = pull->start;
        pull->rowsPerPage = int(std::clamp<qsizetype>(parsed.rows, 1, kMaxRowsPerPage));
    }
    if (more) {
        // The next pages travel while this one is converted and stored, unless the
        // consumer is still busy with earlier ones.
        requestPages(pull);
    }

    QList<DeviceRecord> devices;
    devices.reserve(parsed.rows);
    for (qsizetype i = 0; i < parsed.rows; ++i) {
        QString recordError = std::move(parsed.recordErrors[i]);
        if (std::optional<DeviceRecord> &device = parsed.records[i]) {
            if (pull->seenIds.contains(device->id)) {
                recordError = tr("Device %1 (record %2) skipped: the id %1 is listed twice; the first record was "
                                 "kept.")
                                  .arg(device->id)
                                  .arg(pageStart + i + 1);
            } else {
                pull->seenIds.insert(device->id);
                if (parsed.repairedUtf8) {
                    QStringList fields;
                    const std::pair<const char *, const QString *> texts[] = { { "deviceName", &device->name },
                        { "uid/emailAddress", &device->user }, { "platformVersion", &device->osVersion },
                        { "deviceModel", &device->model }, { "manufacturer", &device->manufacturer },
                        { "serialNumber", &device->serialNumber }, { "imei", &device->imei },
                        { "registrationState", &device->registrationState } };
                    for (const auto &[field, text] : texts) {
                        if (text->contains(QChar::ReplacementCharacter))
                            fields.append(QLatin1String(field));
                    }
                    if (!fields.isEmpty() && pull->recordErrors.size() < kMaxRecordErrors) {
                        pull->recordErrors.append(tr("Device %1: the field(s) %2 had bytes that are not UTF-8; "
                                                     "they were replaced by U+FFFD and the device was imported.")
                                                      .arg(device->id)
                                                      .arg(fields.join(QLatin1String(", "))));
                    }
                }
                devices.append(std::move(*device));
                continue;
            }
        }
        ++pull->rejected;
        if (pull->recordErrors.size() < kMaxRecordErrors)
            pull->recordErrors.append(recordError);
        emit recordRejected(recordError);
    }
    parsed.records.clear();
    QPointer<InventoryClient> self(this);
    emit pullProgress(pull->start, pull->total);
    if (!self || !pull->context || pull->finished)
        return;
    if (pull->onPage && !pull->onPage(std::move(devices), pull->start, pull->total)) {
        if (self && !pull->finished)
            finishPull(pull, tr("%1: the pull was stopped after %2 devices.").arg(what).arg(pull->start));
        return;
    }
    if (self && !more && !pull->finished)
        finishPull(pull, QString());
}

void InventoryClient::resumePulls()
{
    const QList<std::shared_ptr<Pull>> waiting = std::exchange(m_waiting, {});
    QPointer<InventoryClient> self(this);
    for (const std::shared_ptr<Pull> &pull : waiting) {
        if (!self)
            return; // a consumer destroyed the client
        pull->waiting = false;
        deliverPages(pull);
    }
}

void InventoryClient::finishPull(const std::shared_ptr<Pull> &pull, const QString &error)
{
    pull->finished = true;
    dropFetches(pull);
    QStringList recordErrors = std::move(pull->recordErrors);
    if (pull->rejected > recordErrors.size()) {
        recordErrors.append(tr("... and %1 more records skipped.").arg(pull->rejected - recordErrors.size()));
    }
    const PullFinishedCallback onFinished = std::move(pull->onFinished);
    pull->onPage = nullptr;
    if (pull->context && onFinished)
        onFinished(error, recordErrors);
}

void InventoryClient::fetchDevice(qint64 id, const QObject *context, DeviceCallback callback)
{
    QPointer<InventoryClient> self(this);
    const QObject *owner = context ? context : this;
    QPointer<const QObject> guard(owner);
    resolvePartition(
        owner, [self, guard, id, callback = std::move(callback)](qint64 partitionId, const QString &error) {
            if (!self || !guard)
                return;
            if (!error.isEmpty()) {
                callback(std::nullopt, error);
                return;
            }
            HttpRequest request = self->newRequest(QStringLiteral("/api/v1/device/%1").arg(id),
                { { QStringLiteral("dmPartitionId"), QString::number(partitionId) } },
                tr("MDM device (/api/v1/device/%1)").arg(id));
            request.maxAnswerBytes = AnswerLimit::Device;
            const QString what = request.what;
            self->m_transport->send(request, guard, [callback, what, id](const HttpResult &result) {
                if (result.status == 404) {
                    callback(std::nullopt, tr("%1: the MDM has no device %2.").arg(what).arg(id));
                    return;
                }
                if (!result.ok()) {
                    callback(std::nullopt, result.error);
                    return;
                }
                QJsonObject object;
                QString error;
                if (!JsonResponse::parseObject(result.body, what, &object, &error)) {
                    callback(std::nullopt, error);
                    return;
                }
                if (!object.value(QLatin1String("result")).isObject()) {
                    callback(std::nullopt, tr("%1: the response has no \"result\" object.").arg(what));
                    return;
                }
                QString recordError;
                auto device
                    = DevicePageParser::parseDevice(object.value(QLatin1String("result")), &recordError);
                callback(device, device ? QString() : what + QStringLiteral(": ") + recordError);
            });
        });
}

void InventoryClient::forceCheckin(const QList<qint64> &ids, const QObject *context, CheckinCallback callback)
{
    QStringList idTexts;
    idTexts.reserve(ids.size());
    for (qint64 id : ids)
        idTexts.append(QString::number(id));
    HttpRequest request = newRequest(QStringLiteral("/api/v1/device/forceCheckin"), {},
        tr("MDM force check-in (/api/v1/device/forceCheckin)"));
    request.method = "PUT";
    request.retryable = true; // asking the same devices to check in twice is harmless
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    // One ids field per device, as Ivanti's device actions take them.
    QByteArrayList fields;
    fields.reserve(idTexts.size());
    for (const QString &id : std::as_const(idTexts))
        fields.append("ids=" + id.toLatin1());
    request.body = fields.join('&');
    const QString what = request.what;
    m_transport->send(request, context ? context : this,
        [callback = std::move(callback), what, asked = int(ids.size())](const HttpResult &result) {
            if (!result.ok()) {
                callback(0, result.error);
                return;
            }
            QJsonObject object;
            QString error;
            if (!JsonResponse::parseObject(result.body, what, &object, &error)) {
                callback(0, error);
                return;
            }
            // Ivanti answers {"errors":null,"result":1}, 0 for a failure; {"result":{"count":n}} is
            // read too.
            const QJsonValue errors = object.value(QLatin1String("errors"));
            const QJsonValue answer = object.value(QLatin1String("result"));
            qint64 count = 0;
            if (!errors.isNull() && !errors.isUndefined()) {
                callback(0, tr("%1: the MDM refused: %2").arg(what, JsonResponse::serverMessage(result.body)));
            } else if (answer.isDouble() && JsonResponse::toInteger(answer, &count) && (count == 0 || count == 1)) {
                if (count == 1)
                    callback(asked, QString());
                else
                    callback(0, tr("%1: the MDM answered that the check-in failed.").arg(what));
            } else if (answer.isObject()
                && JsonResponse::integer(answer.toObject(), QStringLiteral("count"), what,
                    QStringLiteral("result.count"), &count, &error)) {
                callback(int(count), QString());
            } else {
                callback(0,
                    error.isEmpty() ? tr("%1: the answer's \"result\" is neither 1, 0 nor a count.").arg(what)
                                    : error);
            }
        });
}

void InventoryClient::fetchPolicies(const QObject *context, PoliciesCallback callback)
{
    QPointer<InventoryClient> self(this);
    const QObject *owner = context ? context : this;
    QPointer<const QObject> guard(owner);
    resolvePartition(
        owner, [self, guard, callback = std::move(callback)](qint64 partitionId, const QString &error) {
            if (!self || !guard)
                return;
            if (!error.isEmpty()) {
                callback({}, error);
                return;
            }
            HttpRequest request = self->newRequest(QStringLiteral("/api/v1/compliancepolicy"),
                { { QStringLiteral("dmPartitionId"), QString::number(partitionId) } },
                tr("MDM compliance policies (/api/v1/compliancepolicy)"));
            request.maxAnswerBytes = AnswerLimit::Policies;
            const QString what = request.what;
            self->m_transport->send(request, guard, [self, callback, what](const HttpResult &result) {
                if (!result.ok()) {
                    callback({}, result.error);
                    return;
                }
                QJsonObject object;
                QJsonObject resultObject;
                QJsonArray rows;
                QString error;
                if (!JsonResponse::parseObject(result.body, what, &object, &error)
                    || !JsonResponse::object(object, QStringLiteral("result"), what, QStringLiteral("result"),
                        &resultObject, &error)
                    || !JsonResponse::array(resultObject, QStringLiteral("searchResults"), what,
                        QStringLiteral("result.searchResults"), &rows, &error)) {
                    callback({}, error);
                    return;
                }
                QList<CompliancePolicy> policies;
                for (const auto &row : std::as_const(rows)) {
                    QString recordError;
                    if (auto policy = parsePolicy(row, &recordError))
                        policies.append(*policy);
                    else if (self)
                        emit self->recordRejected(recordError);
                }
                callback(policies, QString());
            });
        });
}

std::optional<CompliancePolicy> InventoryClient::parsePolicy(const QJsonValue &json, QString *error)
{
    if (!json.isObject()) {
        *error
            = tr("A compliance policy skipped: it is %1, not an object.").arg(JsonResponse::typeName(json));
        return std::nullopt;
    }
    const QJsonObject object = json.toObject();
    CompliancePolicy policy;
    const QJsonValue idValue = object.value(QLatin1String("id"));
    if (!JsonResponse::toInteger(idValue, &policy.id) || policy.id <= 0) {
        *error
            = tr("A compliance policy skipped: the field \"id\" is missing or not a positive whole number.");
        return std::nullopt;
    }
    RecordReader reader(object, tr("Compliance policy %1").arg(policy.id));
    policy.name = reader.text(QStringLiteral("name"));
    const QString rule = reader.text(QStringLiteral("rule"));
    bool known = false;
    policy.rule = CompliancePolicy::ruleFromStorageName(rule, &known);
    if (!known && !reader.failed())
        reader.fail(QStringLiteral("rule"), tr("names an unknown rule \"%1\".").arg(rule.left(100)));
    policy.parameter = reader.text(QStringLiteral("parameter"));

    const QJsonValue actions = object.value(QLatin1String("actions"));
    if (!reader.failed() && !actions.isArray())
        reader.fail(
            QStringLiteral("actions"), tr("is %1, not an array.").arg(JsonResponse::typeName(actions)));
    const QJsonArray steps = actions.toArray();
    for (qsizetype i = 0; i < steps.size() && !reader.failed(); ++i) {
        const QString field = QStringLiteral("actions[%1]").arg(i);
        const QJsonObject stepObject = steps.at(i).toObject();
        const QJsonValue actionValue = stepObject.value(QLatin1String("action"));
        PolicyStep step;
        step.action = ComplianceActions::fromStorageName(actionValue.toString(), &known);
        if (!actionValue.isString() || !known) {
            reader.fail(field + QStringLiteral(".action"),
                tr("names an unknown action \"%1\".").arg(actionValue.toVariant().toString().left(100)));
            break;
        }
        qint64 waitDays = 0;
        const QJsonValue waitValue = stepObject.value(QLatin1String("waitDays"));
        if (!waitValue.isUndefined()
            && (!JsonResponse::toInteger(waitValue, &waitDays) || waitDays < 0 || waitDays > 36500)) {
            reader.fail(field + QStringLiteral(".waitDays"), tr("is not a number of days."));
            break;
        }
        step.waitDays = int(waitDays);
        policy.steps.append(step);
    }
    if (reader.failed()) {
        *error = reader.error();
        return std::nullopt;
    }
    return policy;
}
