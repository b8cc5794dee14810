#include "app/emulator/emulatormessages.h"

#include <QJsonDocument>

QByteArray EmulatorRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString EmulatorRequest::queryValue(const QString &name, bool *present) const
{
    // Clients may percent-encode '$' ("%24filter"), so compare decoded names, not raw ones.
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == name) {
            if (present)
                *present = true;
            return value;
        }
    }
    if (present)
        *present = false;
    return {};
}

EmulatorResponse EmulatorResponse::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

EmulatorResponse EmulatorResponse::json(int status, QByteArray compactJson)
{
    EmulatorResponse response;
    response.status = status;
    response.body = std::move(compactJson);
    response.headers.append(
        { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8") });
    return response;
}

EmulatorResponse EmulatorResponse::error(int status, const QString &message)
{
    return json(status, QJsonObject { { QStringLiteral("error"), message } });
}

EmulatorResponse EmulatorResponse::empty(int status)
{
    EmulatorResponse response;
    response.status = status;
    return response;
}

QByteArray EmulatorResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void EmulatorResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            entry.second = value;
            return;
        }
    }
    headers.append({ name, value });
}
