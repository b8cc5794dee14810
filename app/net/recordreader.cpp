#include "app/net/recordreader.h"

#include "app/net/jsonresponse.h"
#include "models/azuredeviceid.h"

#include <QJsonValue>

RecordReader::RecordReader(const QJsonObject &object, QString label)
    : m_object(object)
    , m_label(std::move(label))
{
}

void RecordReader::fail(const QString &field, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = tr("%1 skipped: the field \"%2\" %3").arg(m_label, field, problem);
}

QString RecordReader::text(const QString &key)
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
    if (string.size() > kMaxFieldBytes / 3) {
        const qsizetype bytes = string.toUtf8().size();
        if (bytes > kMaxFieldBytes) {
            fail(key,
                tr("is %1 KiB long; the limit is %2 KiB.")
                    .arg((bytes + 1023) / 1024)
                    .arg(kMaxFieldBytes / 1024));
            return {};
        }
    }
    return string;
}

bool RecordReader::boolean(const QString &key, bool fallback)
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

QDateTime RecordReader::epochMs(const QJsonValue &value, const QString &key)
{
    if (value.isUndefined() || value.isNull())
        return {};
    qint64 ms = 0;
    if (!JsonResponse::toInteger(value, &ms)) {
        fail(key, tr("is %1, not a time in milliseconds since 1970.").arg(JsonResponse::typeName(value)));
        return {};
    }
    if (ms < 0 || ms > kMaxEpochMs) {
        fail(key, tr("is %1, not a plausible time in milliseconds since 1970.").arg(ms));
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QDateTime RecordReader::time(const QString &key)
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
    if (parsed.toMSecsSinceEpoch() < 0 || parsed.toMSecsSinceEpoch() > kMaxEpochMs) {
        fail(key, tr("is %1, not a plausible time.").arg(text));
        return {};
    }
    return parsed.toUTC();
}

QUuid RecordReader::guid(const QString &key)
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
