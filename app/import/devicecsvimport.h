#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

class DeviceStore;

// A list of devices from a spreadsheet: a CSV file whose header names the columns that
// identify each device (MDM id, serial number, Azure device id, device name). An admin
// uses it to report those devices now (`--headless report-now --csv FILE`).
//
// Reading is strict and says where: every problem names the row (the file's line where
// the record starts) and the column. Bad rows are skipped; the others are used.
// Accepts RFC 4180 quoting (fields with the delimiter, quotes doubled, line breaks),
// CRLF or LF, a UTF-8 byte-order mark, and comma, semicolon or tab as the delimiter
// (spreadsheets in locales with a decimal comma write semicolons).
class DeviceCsvImport final
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCsvImport)

public:
    static constexpr qsizetype kMaxFileBytes = qsizetype(64) * 1024 * 1024;
    static constexpr qsizetype kMaxRows = 1000000;
    static constexpr qsizetype kMaxFieldChars = 1024;
    static constexpr qsizetype kMaxMessages = 1000; // then one line with how many more

    struct Row
    {
        int line = 0; // where the record starts in the file, from 1
        qint64 id = 0; // 0: not given
        QString serialNumber;
        QUuid azureDeviceId;
        QString name;
    };

    struct Result
    {
        QList<Row> rows; // the rows that were read, in file order
        QStringList errors; // rows skipped, or the whole file refused (then rows is empty)
        QStringList warnings; // read, but worth saying (ignored columns, repeated rows)
        int skippedRows = 0;
        bool fileRefused = false; // nothing could be read: errors says why
    };

    // Pure: no store, no files. The fuzz target's entry point.
    static Result parse(const QByteArray &data);
    // The file at path, parsed. A file that cannot be opened, or is larger than
    // kMaxFileBytes (then not read), is refused with the reason.
    static Result readFile(const QString &path);

    struct Match
    {
        QList<qint64> deviceIds; // matched devices, in file order, each once
        QStringList errors; // rows that match no device, or several
    };
    // Finds each row's device in the store: by id, else by Azure device id, else by
    // serial number, else by name. A serial or name shared by several devices is an error
    // naming the row (never a guess).
    static bool match(const QList<Row> &rows, const DeviceStore &store, Match *match, QString *error);

private:
    static Result refused(const QString &error);
    static Result tooLarge(qint64 bytes);
};
