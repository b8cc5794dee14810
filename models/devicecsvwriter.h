#pragma once

#include "models/devicefiltermodel.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>

// Writes the rows a DeviceFilterModel shows, in its order, as RFC 4180 CSV (UTF-8 with
// a BOM so spreadsheet programs pick the encoding). The Azure fields are exported as
// data: codes verbatim, GUIDs, ISO 8601 UTC times, and why a Report Time is blank.
class DeviceCsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCsvWriter)

public:
    static bool write(QIODevice &out, const DeviceFilterModel &rows, const QList<int> &columns, QString *error);
    // Quotes a field; a leading = + - @ is neutralised so a spreadsheet never runs it.
    static QString field(const QString &text);
};
