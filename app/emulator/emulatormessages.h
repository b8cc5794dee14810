#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

// One HTTP request as the tenant emulator sees it: no socket, no HTTP library types, so
// TenantEmulator can be tested by calling handle() directly.
struct EmulatorRequest
{
    QByteArray method; // upper case: "GET", "PUT", "POST", ...
    QString path; // fully decoded, without the query: "/partner/device/DataUploadMessages(guid'...')"
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers; // as received
    QByteArray body;
    QString peer; // the client's address, e.g. "127.0.0.1"

    // The first header with this name (case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    // A query parameter, fully decoded; '$' and the name are compared after decoding.
    QString queryValue(const QString &name, bool *present = nullptr) const;
};

// What the transport does with a response: send it, send it later, abort the connection
// without a response (a simulated network failure), or send the status, the headers and
// the start of the body and then never end the body (a test of answer size limits).
struct EmulatorResponse
{
    enum class Action : quint8
    {
        Respond,
        Delay,
        Reset,
        Endless
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Length, which the transport adds
    QByteArray body;
    Action action = Action::Respond;
    int delayMs = 0; // for Action::Delay

    static EmulatorResponse json(int status, const QJsonObject &object);
    static EmulatorResponse json(int status, QByteArray compactJson);
    // {"error": message}: the partner services' and the admin API's error body, and the
    // body of injected 5xx and 429 answers.
    static EmulatorResponse error(int status, const QString &message);
    static EmulatorResponse empty(int status);

    QByteArray header(QByteArrayView name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
};
