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
    case Platform::macOS:
        return QStringLiteral("macOS");
    case Platform::Windows:
        return QStringLiteral("Windows");
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
    case Platform::macOS:
        return QStringLiteral("OSX");
    case Platform::Windows:
        return QStringLiteral("WINDOWS");
    }
    return {};
}

Platform Platforms::fromWire(const QString &text)
{
    if (text.compare(QLatin1String("IOS"), Qt::CaseInsensitive) == 0)
        return Platform::iOS;
    if (text.compare(QLatin1String("ANDROID"), Qt::CaseInsensitive) == 0)
        return Platform::Android;
    // Ivanti calls macOS "OSX".
    if (text.compare(QLatin1String("OSX"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("MACOS"), Qt::CaseInsensitive) == 0)
        return Platform::macOS;
    if (text.compare(QLatin1String("WINDOWS"), Qt::CaseInsensitive) == 0)
        return Platform::Windows;
    return Platform::Unknown;
}
