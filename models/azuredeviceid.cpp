#include "models/azuredeviceid.h"

#include <QCoreApplication>

bool AzureDeviceId::parse(const QString &text, AzureDeviceId *out, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *out = AzureDeviceId();
        return true;
    }
    QStringView view(trimmed);
    if (view.startsWith(u'{') && view.endsWith(u'}'))
        view = view.mid(1, view.size() - 2);
    const QUuid uuid = QUuid::fromString(view);
    if (view.size() != 36 || uuid.isNull()) {
        if (error) {
            *error = QCoreApplication::translate(
                         "AzureDeviceId", "\"%1\" is not a GUID (expected the form "
                                          "007c8232-9489-4074-9b35-345b16f0a72d).")
                         .arg(trimmed.left(64));
        }
        return false;
    }
    out->m_uuid = uuid;
    return true;
}

AzureDeviceId AzureDeviceId::fromUuid(const QUuid &uuid)
{
    AzureDeviceId id;
    id.m_uuid = uuid;
    return id;
}

QString AzureDeviceId::toString() const
{
    return isBlank() ? QString() : m_uuid.toString(QUuid::WithoutBraces);
}
