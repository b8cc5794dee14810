#include "app/emulator/emulatorjson.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTime>

#include <cmath>

namespace EmulatorJson {

bool parseObject(const QByteArray &body, QJsonObject *object, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("the body is not valid JSON: %1 at offset %2")
                     .arg(parseError.errorString(), QString::number(parseError.offset));
        return false;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("the body must be a JSON object");
        return false;
    }
    *object = document.object();
    return true;
}

bool isGuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

bool isGuid(const QJsonValue &value)
{
    return value.isString() && isGuid(value.toString());
}

bool isIsoUtc(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d{1,7})?Z$"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return false;
    const auto part = [&match](int n) { return match.capturedView(n).toInt(); };
    return QDate(part(1), part(2), part(3)).isValid() && QTime(part(4), part(5), part(6)).isValid();
}

bool isIsoUtc(const QJsonValue &value)
{
    return value.isString() && isIsoUtc(value.toString());
}

bool isWholeNumber(const QJsonValue &value, qint64 lowest, qint64 highest)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::floor(number) == number && number >= double(lowest) && number <= double(highest);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QStringLiteral("missing");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String: {
        constexpr int kShown = 80;
        const QString text = value.toString();
        return QLatin1Char('\'') + (text.size() > kShown ? text.left(kShown) + QStringLiteral("...") : text)
            + QLatin1Char('\'');
    }
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    }
    return {};
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString guidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace EmulatorJson
