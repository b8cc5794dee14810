#include "app/net/inventoryclient.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include "app/net/devicepagereader.h"
#include "app/net/endpointurl.h"
#include "app/net/httptransport.h"
#include "app/net/jsonresponse.h"
#include "app/threading/backgroundwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonObject>
#include <QFutureWatcher>
#include <QPointer>
#include <QSet>
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

// Reads the fields of one record, stopping at the first problem; the message names the
// record and the field.
class RecordReader final
{
    Q_DECLARE_TR_FUNCTIONS(InventoryClient)

public:
    RecordReader(const QJsonObject &object, QString label)
        : m_object(object)
        , m_label(std::move(label))
    {
    }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &field, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = tr("%1 skipped: the field \"%2\" %3").arg(m_label, field, problem);
    }

    // null and a missing field read as empty.
    QString text(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            fail(key, tr("is %1, not a string.").arg(JsonResponse::typeName(value)));
            return {};
        }
        QString string = value.toString();
        // Cheap test first: a UTF-16 string can't exceed the limit in UTF-8 under a third of it.
        if (string.size() > InventoryClient::kMaxFieldBytes / 3) {
            const qsizetype bytes = string.toUtf8().size();
            if (bytes > InventoryClient::kMaxFieldBytes) {
                fail(key,
                    tr("is %1 KiB long; the limit is %2 KiB.")
                        .arg((bytes + 1023) / 1024)
                        .arg(InventoryClient::kMaxFieldBytes / 1024));
                return {};
            }
        }
        return string;
    }

    bool boolean(const QString &key, bool fallback = false)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool()) {
            fail(key, tr("is %1, not true or false.").arg(JsonResponse::typeName(value)));
            return fallback;
        }
        return value.toBool();
    }

    QDateTime epochMs(const QJsonValue &value, const QString &key)
    {
        if (value.isUndefined() || value.isNull())
            return {};
        qint64 ms = 0;
        if (!JsonResponse::toInteger(value, &ms)) {
            fail(key, tr("is %1, not a time in milliseconds since 1970.").arg(JsonResponse::typeName(value)));
            return {};
        }
        if (ms < 0 || ms > InventoryClient::kMaxEpochMs) {
            fail(key, tr("is %1, not a plausible time in milliseconds since 1970.").arg(ms));
            return {};
        }
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }

    // Ivanti's times are epoch milliseconds; ISO 8601 text is read too, as some records
    // (and tools that convert them) carry it.
    QDateTime time(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isString())
            return epochMs(value, key);
        const QString text = value.toString();
        QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!parsed.isValid() || text.size() > 40) {
            fail(key, tr("is \"%1\", neither milliseconds since 1970 nor an ISO 8601 time.").arg(text.left(40)));
            return {};
        }
        if (parsed.toMSecsSinceEpoch() < 0 || parsed.toMSecsSinceEpoch() > InventoryClient::kMaxEpochMs) {
            fail(key, tr("is %1, not a plausible time.").arg(text));
            return {};
        }
        return parsed.toUTC();
    }

    QUuid guid(const QString &key)
    {
        const QString string = text(key);
        AzureDeviceId parsed;
        QString problem;
        if (!AzureDeviceId::parse(string, &parsed, &problem)) {
            fail(key, tr("is not valid: %1").arg(problem));
            return {};
        }
        return parsed.uuid();
    }

    const QJsonObject &object() const { return m_object; }

private:
    const QJsonObject &m_object;
    QString m_label;
    QString m_error;
};

constexpr qsizetype kMaxEasIds = 100;
constexpr qsizetype kMaxEasIdLength = 256;
constexpr qsizetype kMaxPolicyNameLength = 1024;

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
    ParsedPage parsed;
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

bool InventoryClient::parseDevicePage(
    const QByteArray &body, qint64 expectedStart, DevicePage *out, QString *error)
{
    const QString what = tr("MDM device list (/api/v1/device)");
    QJsonObject object;
    QJsonObject page;
    if (!JsonResponse::parseObject(body, what, &object, error)) {
        // One record with bytes that are not UTF-8 would make the whole page unreadable:
        // replace them (QString::fromUtf8 does) and read the page again.
        QJsonParseError parseError;
        QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::IllegalUTF8String || out->repairedUtf8)
            return false;
        out->repairedUtf8 = true;
        error->clear();
        return parseDevicePage(QString::fromUtf8(body).toUtf8(), expectedStart, out, error);
    }
    if (!JsonResponse::object(object, QStringLiteral("result"), what, QStringLiteral("result"), &page, error)
        || !JsonResponse::integer(page, QStringLiteral("totalCount"), what, QStringLiteral("result.totalCount"),
            &out->totalCount, error)
        || !JsonResponse::array(page, QStringLiteral("searchResults"), what, QStringLiteral("result.searchResults"),
            &out->rows, error))
        return false;
    const QJsonValue offsetValue = page.value(QLatin1String("offset"));
    qint64 offset = expectedStart;
    if (!offsetValue.isUndefined()
        && (!JsonResponse::toInteger(offsetValue, &offset) || offset != expectedStart)) {
        *error = tr("%1: asked for the page at %2, the server sent the one at %3.")
                     .arg(what)
                     .arg(expectedStart)
                     .arg(offsetValue.toVariant().toString().left(40));
        return false;
    }
    if (out->totalCount < 0) {
        *error = tr("%1: totalCount is negative (%2).").arg(what).arg(out->totalCount);
        return false;
    }
    return true;
}

InventoryClient::ParsedPage InventoryClient::parsePage(const QByteArray &body, qint64 start)
{
    ParsedPage out;
    // The usual page, well-formed with every record valid, in one pass over its bytes; any
    // page the fast reader is not sure of is read again below, where errors are named.
    if (DevicePageReader::read(body, start, &out.totalCount, &out.records)) {
        out.ok = true;
        out.rows = out.records.size();
        out.recordErrors.resize(out.rows);
        return out;
    }
    out.records.clear();
    out.totalCount = 0;
    DevicePage page;
    if (!parseDevicePage(body, start, &page, &out.error))
        return out;
    out.ok = true;
    out.totalCount = page.totalCount;
    out.repairedUtf8 = page.repairedUtf8;
    out.rows = page.rows.size();
    out.records.reserve(out.rows);
    out.recordErrors.reserve(out.rows);
    for (qsizetype i = 0; i < out.rows; ++i) {
        QString recordError;
        out.records.append(parseDevice(page.rows.at(i), &recordError, start + i));
        out.recordErrors.append(recordError);
    }
    return out;
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
    auto *watcher = new QFutureWatcher<ParsedPage>(this);
    connect(watcher, &QFutureWatcher<ParsedPage>::finished, this, [this, watcher, pull, fetch] {
        watcher->deleteLater();
        if (fetch->dropped || !stillWanted(pull))
            return;
        fetch->parsed = watcher->future().takeResult();
        fetch->arrived = true;
        deliverPages(pull);
    });
    watcher->setFuture(QtConcurrent::run(BackgroundWork::pool(), [body = result.body, start = fetch->offset] {
        BackgroundWork::lowerCurrentThreadPriority();
        return parsePage(body, start);
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
    ParsedPage &parsed = fetch.parsed;
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
                auto device = parseDevice(object.value(QLatin1String("result")), &recordError);
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

QString InventoryClient::principalNameOf(const QString &upn, const QString &uid, const QString &email)
{
    if (!upn.trimmed().isEmpty())
        return upn.trimmed();
    if (uid.contains(QLatin1Char('@')))
        return uid.trimmed();
    return email.trimmed();
}

EntraUserState InventoryClient::entraUserStateOf(const DeviceRecord &device)
{
    if (!device.entraUserId.isNull())
        return EntraUserState::Known;
    return device.userPrincipalName.isEmpty() ? EntraUserState::NoUser : EntraUserState::NotLookedUp;
}

std::optional<DeviceRecord> InventoryClient::parseDevice(
    const QJsonValue &json, QString *error, qint64 position)
{
    const QString where = position >= 0 ? tr("Device record %1").arg(position + 1) : tr("A device record");
    if (!json.isObject()) {
        *error = tr("%1 skipped: it is %2, not an object.").arg(where, JsonResponse::typeName(json));
        return std::nullopt;
    }
    const QJsonObject object = json.toObject();
    DeviceRecord device;
    const QJsonValue idValue = object.value(QLatin1String("id"));
    if (!JsonResponse::toInteger(idValue, &device.id) || device.id <= 0) {
        *error = idValue.isUndefined() || idValue.isNull()
            ? tr("%1 skipped: the field \"id\" is missing.").arg(where)
            : tr("%1 skipped: the field \"id\" is %2, not a positive whole number.")
                  .arg(where,
                      idValue.isDouble() ? QString::number(idValue.toDouble(), 'g', 17)
                                         : JsonResponse::typeName(idValue));
        return std::nullopt;
    }

    RecordReader reader(object, tr("Device %1").arg(device.id));
    device.guid = reader.guid(QStringLiteral("guid"));
    device.name = reader.text(QStringLiteral("deviceName"));
    device.model = reader.text(QStringLiteral("deviceModel"));
    device.manufacturer = reader.text(QStringLiteral("manufacturer"));
    device.platform = Platforms::fromWire(reader.text(QStringLiteral("platformType")));
    device.osVersion = reader.text(QStringLiteral("platformVersion"));
    device.serialNumber = reader.text(QStringLiteral("serialNumber"));
    device.imei = reader.text(QStringLiteral("imei"));
    device.lastCheckin = reader.time(QStringLiteral("lastCheckin"));
    device.registeredAt = reader.time(QStringLiteral("lastRegistrationTime"));
    const QString registrationState = reader.text(QStringLiteral("registrationState"));
    if (!registrationState.isEmpty())
        device.registrationState = registrationState;
    reader.boolean(
        QStringLiteral("complianceState")); // the MDM's own verdict; we compute ours from the policies
    device.quarantined = reader.boolean(QStringLiteral("quarantined"));
    device.jailbroken = reader.boolean(QStringLiteral("jailbroken"));
    const QString email = reader.text(QStringLiteral("emailAddress"));
    const QString uid = reader.text(QStringLiteral("uid"));
    device.user = email.isEmpty() ? uid : email;
    device.userPrincipalName
        = principalNameOf(reader.text(QStringLiteral("azureUserUpn")), uid, email);
    device.entraUserId = reader.guid(QStringLiteral("azureUserId"));
    device.entraUserState = entraUserStateOf(device);

    // Ivanti names the Azure device id azureDeviceId; aadDeviceId is read too, as other
    // Microsoft-facing records call it.
    const QString azureId = reader.text(QStringLiteral("azureDeviceId"));
    const QString aadId = reader.text(QStringLiteral("aadDeviceId"));
    QString idProblem;
    if (!reader.failed() && !AzureDeviceId::parse(azureId.isEmpty() ? aadId : azureId, &device.azureDeviceId,
                                &idProblem)) {
        reader.fail(azureId.isEmpty() ? QStringLiteral("aadDeviceId") : QStringLiteral("azureDeviceId"),
            tr("is not valid: %1").arg(idProblem));
    }
    AzureDeviceId other;
    if (!reader.failed() && !azureId.isEmpty() && !aadId.isEmpty()
        && (!AzureDeviceId::parse(aadId, &other) || !(other == device.azureDeviceId))) {
        reader.fail(QStringLiteral("aadDeviceId"),
            tr("is \"%1\" while azureDeviceId is \"%2\"; the record names two Azure device ids.")
                .arg(aadId.left(40), azureId.left(40)));
    }
    const QJsonValue easIds = object.value(QLatin1String("easDeviceIdentifiers"));
    if (!reader.failed() && !easIds.isUndefined() && !easIds.isNull()) {
        if (!easIds.isArray()) {
            reader.fail(QStringLiteral("easDeviceIdentifiers"),
                tr("is %1, not an array.").arg(JsonResponse::typeName(easIds)));
        } else if (easIds.toArray().size() > kMaxEasIds) {
            reader.fail(QStringLiteral("easDeviceIdentifiers"),
                tr("has %1 entries; the limit is %2.").arg(easIds.toArray().size()).arg(kMaxEasIds));
        } else {
            const QJsonArray ids = easIds.toArray();
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const QJsonValue id = ids.at(i);
                if (!id.isString() || id.toString().size() > kMaxEasIdLength) {
                    reader.fail(QStringLiteral("easDeviceIdentifiers[%1]").arg(i),
                        id.isString() ? tr("is longer than %1 characters.").arg(kMaxEasIdLength)
                                      : tr("is %1, not a string.").arg(JsonResponse::typeName(id)));
                    break;
                }
                device.easIds.append(id.toString());
            }
        }
    }
    // Unknown codes are kept raw (and flagged by AzureClientStatus), never dropped.
    device.clientStatus = AzureClientStatus::fromWire(reader.text(QStringLiteral("azureClientStatusCode")));

    const QJsonValue violations = object.value(QLatin1String("violatedPolicies"));
    if (!violations.isUndefined() && !violations.isNull() && !reader.failed()) {
        if (!violations.isArray()) {
            reader.fail(QStringLiteral("violatedPolicies"),
                tr("is %1, not an array.").arg(JsonResponse::typeName(violations)));
        } else if (violations.toArray().size() > kMaxViolations) {
            reader.fail(QStringLiteral("violatedPolicies"),
                tr("has %1 entries; the limit is %2.").arg(violations.toArray().size()).arg(kMaxViolations));
        } else {
            const QJsonArray entries = violations.toArray();
            for (qsizetype i = 0; i < entries.size() && !reader.failed(); ++i) {
                const QString field = QStringLiteral("violatedPolicies[%1]").arg(i);
                const QJsonValue entry = entries.at(i);
                // Ivanti lists the names of the violated policies; the start of each
                // violation is then the time the console first saw it.
                if (entry.isString()) {
                    const QString name = entry.toString();
                    if (name.trimmed().isEmpty() || name.size() > kMaxPolicyNameLength) {
                        reader.fail(field, tr("is not a policy name."));
                        break;
                    }
                    Violation violation;
                    violation.policyName = name;
                    device.violations.append(violation);
                    continue;
                }
                if (!entry.isObject()) {
                    reader.fail(field, tr("is %1, not a policy name or an object.").arg(JsonResponse::typeName(entry)));
                    break;
                }
                const QJsonObject violationObject = entry.toObject();
                Violation violation;
                if (!JsonResponse::toInteger(
                        violationObject.value(QLatin1String("policyId")), &violation.policyId)
                    || violation.policyId <= 0) {
                    reader.fail(field + QStringLiteral(".policyId"),
                        tr("is missing or not a positive whole number."));
                    break;
                }
                const QJsonValue since = violationObject.value(QLatin1String("since"));
                if (since.isUndefined() || since.isNull()) {
                    reader.fail(field + QStringLiteral(".since"), tr("is missing."));
                    break;
                }
                violation.since = reader.epochMs(since, field + QStringLiteral(".since"));
                device.violations.append(violation);
            }
        }
    }
    if (reader.failed()) {
        *error = reader.error();
        return std::nullopt;
    }
    return device;
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
