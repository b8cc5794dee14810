#pragma once

#include <QString>
#include <QUuid>

// "Azure Device Identifier": a GUID, or blank when the device could not retrieve it.
class AzureDeviceId final
{
public:
    AzureDeviceId() = default;

    // Accepts the canonical 8-4-4-4-12 form, with or without braces, any case.
    // Returns false (and leaves *out untouched) for anything else; empty text is a
    // valid blank id.
    static bool parse(const QString &text, AzureDeviceId *out, QString *error = nullptr);
    static AzureDeviceId fromUuid(const QUuid &uuid);

    bool isBlank() const { return m_uuid.isNull(); }
    QUuid uuid() const { return m_uuid; }
    QString toString() const; // lower-case, no braces; empty when blank

    friend bool operator==(const AzureDeviceId &a, const AzureDeviceId &b) { return a.m_uuid == b.m_uuid; }

private:
    QUuid m_uuid;
};
