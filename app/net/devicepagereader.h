#pragma once

#include "models/device.h"

#include <QByteArray>
#include <QList>

#include <optional>

// The fast path of reading an MDM device list page (GET /api/v1/device): one pass over the
// bytes straight into DeviceRecords, with no QJsonDocument in between. A page of 1,000
// devices took a third of the sync's CPU through QJsonDocument and QJsonObject lookups.
//
// It reads only what it is sure of: well-formed JSON, every record valid, the fields of the
// types DevicePageParser::parseDevice accepts. On anything else (a syntax error, a bad
// record, a number that is not a plain whole number, an escaped surrogate, a duplicate key,
// bytes that are not UTF-8, a field over the length limit) it answers false and the caller
// reads the page through DevicePageParser::parseDevicePage and parseDevice, which name what is
// wrong. When it answers true, the records are exactly the ones those would give; the
// fuzz target fuzz_device_page and tst_netparsing check that.
class DevicePageReader final
{
public:
    // expectedStart is the offset asked for; a page that names another one is left to the
    // general parser. On false, *totalCount and *records are unspecified.
    static bool read(const QByteArray &body, qint64 expectedStart, qint64 *totalCount,
        QList<std::optional<DeviceRecord>> *records);
};
