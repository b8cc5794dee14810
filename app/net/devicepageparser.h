#pragma once

#include "models/device.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonValue;

// The MDM's device list pages (GET /api/v1/device) and device records, read into
// DeviceRecords. A page goes through DevicePageReader's one pass over its bytes first;
// any page that reader is not sure of is read here through QJsonDocument, strictly, and
// a bad record is skipped with an error naming the device and the field. Without side
// effects: pages are read on worker threads. Its texts keep the InventoryClient
// translation context, where their translations are.
class DevicePageParser final
{
    Q_DECLARE_TR_FUNCTIONS(InventoryClient)

public:
    static constexpr qsizetype kMaxViolations = 10000;

    // One MDM device record; std::nullopt with *error naming the device and the field.
    // position (the record's index in the list, or -1) names a record that has no id.
    static std::optional<DeviceRecord> parseDevice(
        const QJsonValue &json, QString *error, qint64 position = -1);
    // The user principal name to look up in Entra: Ivanti's azureUserUpn, else the uid when
    // it looks like one (Ivanti's uid is "the same as the email address"), else the e-mail.
    static QString principalNameOf(const QString &upn, const QString &uid, const QString &email);
    // Known with an object id from the record, NoUser without any name, else NotLookedUp.
    static EntraUserState entraUserStateOf(const DeviceRecord &device);

    // One page before its records are read: the total and the rows. expectedStart is the
    // offset asked for; a page for another offset is an error. The fuzz target's entry point.
    struct DevicePage
    {
        qint64 totalCount = 0;
        QJsonArray rows;
        // The body had bytes that are not UTF-8; they were replaced by U+FFFD so that the
        // good records are still read. Records with a replaced character are named.
        bool repairedUtf8 = false;
    };
    static bool parseDevicePage(
        const QByteArray &body, qint64 expectedStart, DevicePage *page, QString *error);

    // A whole page read: the page, then each record or why it was skipped.
    struct ParsedPage
    {
        bool ok = false;
        QString error;
        qint64 totalCount = 0;
        bool repairedUtf8 = false;
        qsizetype rows = 0;
        QList<std::optional<DeviceRecord>> records;
        QStringList recordErrors; // one per row, empty when the record was read
    };
    static ParsedPage parsePage(const QByteArray &body, qint64 start);
};
