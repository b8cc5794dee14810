#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUuid>

// The emulator's own reading of request JSON and of the value forms docs/PROTOCOL.md
// defines ("GUID", "ISO time"), written for clear refusals rather than speed. Writing the
// device list is JsonText's.
namespace EmulatorJson {

// The body as one JSON object; false with *error saying why not.
bool parseObject(const QByteArray &body, QJsonObject *object, QString *error);

// PROTOCOL.md's GUID: 36 characters, 8-4-4-4-12 hexadecimal digits, lower case, no braces.
bool isGuid(const QString &text);
bool isGuid(const QJsonValue &value);

// PROTOCOL.md's ISO time as clients send it: yyyy-MM-ddTHH:mm:ss, an optional fraction of
// one to seven digits, then Z; the date and time must exist.
bool isIsoUtc(const QString &text);
bool isIsoUtc(const QJsonValue &value);

// A JSON number with no fraction between lowest and highest ("1" and true are not numbers).
bool isWholeNumber(const QJsonValue &value, qint64 lowest, qint64 highest);

// The value as a refusal quotes it: 'text', 12, true, null, an array, an object, missing.
QString describe(const QJsonValue &value);

// ms since the epoch as ISO 8601 UTC with milliseconds: 2025-05-14T10:00:00.123Z.
QString isoUtc(qint64 ms);
// Lower case, no braces.
QString guidText(const QUuid &uuid);

} // namespace EmulatorJson
