#include "models/device.h"

QString Platforms::displayName(Platform platform)
{
    switch (platform) {
    case Platform::Unknown:
        return tr("Unknown");
    case Platform::iOS:
        return QStringLiteral("iOS");
    case Platform::Android:
        return QStringLiteral("Android");
    }
    return {};
}

QString Platforms::wireName(Platform platform)
{
    switch (platform) {
    case Platform::Unknown:
        return {};
    case Platform::iOS:
        return QStringLiteral("IOS");
    case Platform::Android:
        return QStringLiteral("ANDROID");
    }
    return {};
}

Platform Platforms::fromWire(const QString &text)
{
    if (text.compare(QLatin1String("IOS"), Qt::CaseInsensitive) == 0)
        return Platform::iOS;
    if (text.compare(QLatin1String("ANDROID"), Qt::CaseInsensitive) == 0)
        return Platform::Android;
    return Platform::Unknown;
}
