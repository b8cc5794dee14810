#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Strict reading of JSON response bodies: every failure is one message that names the
// endpoint ("what") and what was wrong, e.g. "Partner device sync (DataUploadMessages):
// the response is not JSON (illegal value at offset 0)".
class JsonResponse final
{
    Q_DECLARE_TR_FUNCTIONS(JsonResponse)

public:
    static bool parseObject(const QByteArray &body, const QString &what, QJsonObject *out, QString *error);
    // A member that must be an object / array / string / number; error when missing or of
    // another type. `path` is how the message names it, e.g. "result.searchResults".
    static bool object(const QJsonObject &parent, const QString &key, const QString &what,
        const QString &path, QJsonObject *out, QString *error);
    static bool array(const QJsonObject &parent, const QString &key, const QString &what, const QString &path,
        QJsonArray *out, QString *error);
    static bool string(const QJsonObject &parent, const QString &key, const QString &what,
        const QString &path, QString *out, QString *error);
    // A whole number (JSON numbers are doubles; 12.5 or 1e300 are refused).
    static bool integer(const QJsonObject &parent, const QString &key, const QString &what,
        const QString &path, qint64 *out, QString *error);

    static bool toInteger(const QJsonValue &value, qint64 *out);
    // "a string", "a number", ... for messages about wrong types.
    static QString typeName(const QJsonValue &value);
    // The server's own explanation from an error body ({"error":"..."}, OAuth's
    // error_description, Graph's {"error":{"message":...}}), or a short excerpt of text.
    static QString serverMessage(const QByteArray &body);
};
