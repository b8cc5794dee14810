#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>

// The rules an upload message must meet before the emulator stores it (docs/PROTOCOL.md
// A7 and "Entities in Content"): the body's TenantId, UploadTime and Content, then every
// entity. The first broken rule is named as "Field: ..." or "Content[i].Field: ...".
class UploadContentRules final
{
public:
    // True with *entities (the parsed Content) when the body keeps every rule.
    static bool check(const QJsonObject &body, const QUuid &tenantId, QJsonArray *entities, QString *error);

private:
    static bool checkEntity(
        const QJsonValue &value, qsizetype index, const QString &tenantText, QString *error);
};
