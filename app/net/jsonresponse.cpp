#include "app/net/jsonresponse.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace {
constexpr int kExcerptChars = 300;

QString excerpt(const QString &text)
{
    const QString simplified = text.simplified();
    return simplified.size() > kExcerptChars ? simplified.left(kExcerptChars) + QStringLiteral("...")
                                             : simplified;
}
} // namespace

bool JsonResponse::parseObject(const QByteArray &body, const QString &what, QJsonObject *out, QString *error)
{
    if (body.trimmed().isEmpty()) {
        *error = tr("%1: the response is empty; a JSON object was expected.").arg(what);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1: the response is not JSON (%2 at offset %3).")
                     .arg(what, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = tr("%1: the response is JSON but not an object.").arg(what);
        return false;
    }
    *out = document.object();
    return true;
}

bool JsonResponse::object(const QJsonObject &parent, const QString &key, const QString &what,
    const QString &path, QJsonObject *out, QString *error)
{
    const QJsonValue value = parent.value(key);
    if (!value.isObject()) {
        *error = value.isUndefined()
            ? tr("%1: the response has no \"%2\".").arg(what, path)
            : tr("%1: \"%2\" in the response is %3, not an object.").arg(what, path, typeName(value));
        return false;
    }
    *out = value.toObject();
    return true;
}

bool JsonResponse::array(const QJsonObject &parent, const QString &key, const QString &what,
    const QString &path, QJsonArray *out, QString *error)
{
    const QJsonValue value = parent.value(key);
    if (!value.isArray()) {
        *error = value.isUndefined()
            ? tr("%1: the response has no \"%2\".").arg(what, path)
            : tr("%1: \"%2\" in the response is %3, not an array.").arg(what, path, typeName(value));
        return false;
    }
    *out = value.toArray();
    return true;
}

bool JsonResponse::string(const QJsonObject &parent, const QString &key, const QString &what,
    const QString &path, QString *out, QString *error)
{
    const QJsonValue value = parent.value(key);
    if (!value.isString()) {
        *error = value.isUndefined()
            ? tr("%1: the response has no \"%2\".").arg(what, path)
            : tr("%1: \"%2\" in the response is %3, not a string.").arg(what, path, typeName(value));
        return false;
    }
    *out = value.toString();
    return true;
}

bool JsonResponse::integer(const QJsonObject &parent, const QString &key, const QString &what,
    const QString &path, qint64 *out, QString *error)
{
    const QJsonValue value = parent.value(key);
    if (!toInteger(value, out)) {
        *error = value.isUndefined()
            ? tr("%1: the response has no \"%2\".").arg(what, path)
            : tr("%1: \"%2\" in the response is %3, not a whole number.").arg(what, path, typeName(value));
        return false;
    }
    return true;
}

bool JsonResponse::toInteger(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    // 2^53: beyond it a double no longer holds every whole number exactly.
    constexpr double kMaxExact = 9007199254740992.0;
    if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) > kMaxExact)
        return false;
    *out = static_cast<qint64>(number);
    return true;
}

QString JsonResponse::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        return tr("missing");
    }
    return {};
}

QString JsonResponse::serverMessage(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue error = object.value(QLatin1String("error"));
        const QString description = object.value(QLatin1String("error_description")).toString();
        if (error.isString() && !description.isEmpty())
            return excerpt(error.toString() + QStringLiteral(": ") + description);
        if (error.isString())
            return excerpt(error.toString());
        if (error.isObject()) {
            const QJsonObject graphError = error.toObject();
            const QString code = graphError.value(QLatin1String("code")).toString();
            const QString message = graphError.value(QLatin1String("message")).toString();
            return excerpt(code.isEmpty() ? message : code + QStringLiteral(": ") + message);
        }
        if (!description.isEmpty())
            return excerpt(description);
        // Ivanti: {"errors":{"globalErrors":[...],"fieldErrors":[{"code","message","field"}]},"result":null}.
        const QJsonValue errors = object.value(QLatin1String("errors"));
        if (errors.isObject()) {
            QStringList parts;
            const QJsonObject errorsObject = errors.toObject();
            for (const QJsonValue &global : errorsObject.value(QLatin1String("globalErrors")).toArray()) {
                const QString text = global.isObject() ? global.toObject().value(QLatin1String("message")).toString()
                                                       : global.toString();
                if (!text.isEmpty())
                    parts.append(text);
            }
            for (const QJsonValue &fieldError : errorsObject.value(QLatin1String("fieldErrors")).toArray()) {
                const QJsonObject entry = fieldError.toObject();
                const QString field = entry.value(QLatin1String("field")).toString();
                const QString message = entry.value(QLatin1String("message")).toString();
                if (!message.isEmpty() || !field.isEmpty())
                    parts.append(field.isEmpty() ? message : field + QStringLiteral(": ") + message);
            }
            if (!parts.isEmpty())
                return excerpt(parts.join(QStringLiteral("; ")));
        }
        // The partner services: {"ErrorDetail": "..."} (with ErrorCode or HttpStatusCode).
        const QString errorDetail = object.value(QLatin1String("ErrorDetail")).toString();
        if (!errorDetail.isEmpty())
            return excerpt(errorDetail);
        return excerpt(QString::fromUtf8(body));
    }
    const QString text = QString::fromUtf8(body);
    // Binary or HTML error pages say nothing useful in a message box.
    if (text.contains(QChar::ReplacementCharacter)
        || text.contains(QLatin1String("<html"), Qt::CaseInsensitive))
        return {};
    return excerpt(text);
}
