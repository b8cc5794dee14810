#pragma once

// Reads one MDM device list page both ways, the fast DevicePageReader and the general
// DevicePageParser::parseDevicePage + parseDevice, and names the first difference. Used by
// tst_netparsing and the fuzz target fuzz_device_page.

#include "app/net/devicepageparser.h"
#include "app/net/devicepagereader.h"

#include <QString>

namespace DevicePageCheck {

// "" when a and b are the same record, down to whether each text is null.
inline QString difference(const DeviceRecord &a, const DeviceRecord &b)
{
    const auto text = [](const char *field, const QString &x, const QString &y) {
        if (x == y && x.isNull() == y.isNull())
            return QString();
        return QStringLiteral("%1: \"%2\"%3 vs \"%4\"%5")
            .arg(QLatin1String(field), x.left(80), x.isNull() ? QStringLiteral(" (null)") : QString(),
                y.left(80), y.isNull() ? QStringLiteral(" (null)") : QString());
    };
    const std::pair<const char *, std::pair<const QString *, const QString *>> texts[]
        = { { "name", { &a.name, &b.name } }, { "user", { &a.user, &b.user } },
              { "osVersion", { &a.osVersion, &b.osVersion } }, { "model", { &a.model, &b.model } },
              { "manufacturer", { &a.manufacturer, &b.manufacturer } },
              { "serialNumber", { &a.serialNumber, &b.serialNumber } }, { "imei", { &a.imei, &b.imei } },
              { "registrationState", { &a.registrationState, &b.registrationState } },
              { "userPrincipalName", { &a.userPrincipalName, &b.userPrincipalName } },
              { "reportError", { &a.reportError, &b.reportError } } };
    for (const auto &[field, pair] : texts) {
        const QString problem = text(field, *pair.first, *pair.second);
        if (!problem.isEmpty())
            return problem;
    }
    if (a.id != b.id)
        return QStringLiteral("id: %1 vs %2").arg(a.id).arg(b.id);
    if (a.guid != b.guid)
        return QStringLiteral("guid");
    if (a.platform != b.platform)
        return QStringLiteral("platform");
    if (a.lastCheckin != b.lastCheckin || a.lastCheckin.isValid() != b.lastCheckin.isValid())
        return QStringLiteral("lastCheckin");
    if (a.registeredAt != b.registeredAt || a.registeredAt.isValid() != b.registeredAt.isValid())
        return QStringLiteral("registeredAt");
    if (a.entraUserId != b.entraUserId || a.entraUserState != b.entraUserState)
        return QStringLiteral("entraUserId/entraUserState");
    if (a.easIds != b.easIds)
        return QStringLiteral("easIds");
    if (a.jailbroken != b.jailbroken || a.quarantined != b.quarantined)
        return QStringLiteral("jailbroken/quarantined");
    if (!(a.azureDeviceId == b.azureDeviceId))
        return QStringLiteral("azureDeviceId");
    if (a.clientStatus != b.clientStatus)
        return QStringLiteral("clientStatus");
    if (a.complianceStatus != b.complianceStatus || a.reportTime != b.reportTime)
        return QStringLiteral("reporting state");
    if (!(a.violations == b.violations))
        return QStringLiteral("violations");
    return {};
}

// "" when the fast reader declined the page (*fastRead false) or gave exactly what the
// general parser gives (*fastRead true); otherwise what differs.
inline QString compareReaders(const QByteArray &body, qint64 start, bool *fastRead)
{
    qint64 fastTotal = -1;
    QList<std::optional<DeviceRecord>> fast;
    *fastRead = DevicePageReader::read(body, start, &fastTotal, &fast);
    if (!*fastRead)
        return {};
    DevicePageParser::DevicePage page;
    QString error;
    if (!DevicePageParser::parseDevicePage(body, start, &page, &error))
        return QStringLiteral("the fast reader read a page the general parser refuses: %1").arg(error);
    if (page.repairedUtf8)
        return QStringLiteral("the fast reader read a page that needed its UTF-8 repaired");
    if (page.totalCount != fastTotal)
        return QStringLiteral("totalCount %1 vs %2").arg(fastTotal).arg(page.totalCount);
    if (page.rows.size() != fast.size())
        return QStringLiteral("%1 rows vs %2").arg(fast.size()).arg(page.rows.size());
    for (qsizetype i = 0; i < fast.size(); ++i) {
        QString recordError;
        const std::optional<DeviceRecord> general
            = DevicePageParser::parseDevice(page.rows.at(i), &recordError, start + i);
        if (!general)
            return QStringLiteral("row %1: the fast reader kept a record the general parser skips: %2")
                .arg(i)
                .arg(recordError);
        if (!fast.at(i))
            return QStringLiteral("row %1: no record from the fast reader").arg(i);
        const QString different = difference(*fast.at(i), *general);
        if (!different.isEmpty())
            return QStringLiteral("row %1: %2").arg(i).arg(different);
    }
    return {};
}

} // namespace DevicePageCheck
