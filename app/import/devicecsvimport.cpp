#include "app/import/devicecsvimport.h"

#include "app/storage/devicestore.h"
#include "models/azuredeviceid.h"

#include <QFile>
#include <QMultiHash>
#include <QSet>

#include <array>
#include <optional>

namespace {

enum class Column { Id, Serial, Azure, Name, Ignored };

struct RawRecord
{
    int line = 0;
    QList<QByteArray> fields;
    QString problem; // the record could not be split into fields
};

char detectDelimiter(const QByteArray &data, qsizetype start)
{
    std::array<int, 3> counts {};
    const std::array<char, 3> candidates { ',', ';', '\t' };
    bool quoted = false;
    for (qsizetype i = start; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted) {
            for (size_t k = 0; k < candidates.size(); ++k)
                counts[k] += c == candidates[k] ? 1 : 0;
        }
    }
    size_t best = 0;
    for (size_t k = 1; k < candidates.size(); ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

// Splits the bytes into records (RFC 4180). Fields longer than the limit are cut to it
// plus one byte, so the caller can tell them apart without holding a megabyte each.
class Tokenizer
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCsvImport)

public:
    Tokenizer(const QByteArray &data, qsizetype start, char delimiter)
        : m_data(data)
        , m_pos(start)
        , m_delimiter(delimiter)
    {
    }

    bool atEnd() const { return m_pos >= m_data.size(); }

    RawRecord next()
    {
        RawRecord record;
        record.line = m_line;
        QByteArray field;
        bool fieldStarted = false;
        const qsizetype size = m_data.size();
        const qsizetype limit = DeviceCsvImport::kMaxFieldChars * 4; // UTF-8: up to 4 bytes a character
        const auto append = [&](const char *from, qsizetype count) {
            const qsizetype room = limit + 1 - field.size();
            if (room > 0)
                field.append(from, std::min(count, room));
        };
        while (m_pos < size) {
            const char c = m_data.at(m_pos);
            if (c == '"' && !fieldStarted) {
                const int quoteLine = m_line;
                ++m_pos;
                bool closed = false;
                while (m_pos < size) {
                    const qsizetype quote = m_data.indexOf('"', m_pos);
                    const qsizetype end = quote < 0 ? size : quote;
                    for (qsizetype k = m_pos; k < end; ++k)
                        m_line += m_data.at(k) == '\n' ? 1 : 0;
                    append(m_data.constData() + m_pos, end - m_pos);
                    if (quote < 0) {
                        m_pos = size;
                        break;
                    }
                    if (quote + 1 < size && m_data.at(quote + 1) == '"') {
                        append("\"", 1);
                        m_pos = quote + 2;
                        continue;
                    }
                    m_pos = quote + 1;
                    closed = true;
                    break;
                }
                if (!closed) {
                    record.problem
                        = tr("a quoted field opened on line %1 is not closed before the end of the file").arg(quoteLine);
                    return record;
                }
                fieldStarted = true;
                // After the closing quote only a delimiter or the end of the record may follow.
                if (m_pos < size && m_data.at(m_pos) != m_delimiter && m_data.at(m_pos) != '\n'
                    && m_data.at(m_pos) != '\r') {
                    record.problem = tr("text follows a closing quote; a quote inside a quoted field must be doubled "
                                        "(\"\")");
                    skipLine();
                    return record;
                }
                continue;
            }
            if (c == m_delimiter) {
                record.fields.append(field);
                field.clear();
                fieldStarted = false;
                ++m_pos;
                continue;
            }
            if (c == '\n' || c == '\r') {
                ++m_pos;
                if (c == '\r' && m_pos < size && m_data.at(m_pos) == '\n')
                    ++m_pos;
                ++m_line;
                record.fields.append(field);
                return record;
            }
            fieldStarted = true;
            // Take the run of ordinary bytes at once.
            qsizetype end = m_pos;
            while (end < size) {
                const char d = m_data.at(end);
                if (d == m_delimiter || d == '\n' || d == '\r')
                    break;
                ++end;
            }
            append(m_data.constData() + m_pos, end - m_pos);
            m_pos = end;
        }
        record.fields.append(field);
        return record;
    }

private:
    void skipLine()
    {
        while (m_pos < m_data.size() && m_data.at(m_pos) != '\n')
            ++m_pos;
        if (m_pos < m_data.size()) {
            ++m_pos;
            ++m_line;
        }
    }

    const QByteArray &m_data;
    qsizetype m_pos;
    char m_delimiter;
    int m_line = 1;
};

Column columnFor(const QString &header)
{
    QString key = header.trimmed().toLower();
    key.remove(QLatin1Char(' '));
    key.remove(QLatin1Char('_'));
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('.'));
    if (key == QLatin1String("id") || key == QLatin1String("deviceid") || key == QLatin1String("mdmid")
        || key == QLatin1String("mdmdeviceid"))
        return Column::Id;
    if (key == QLatin1String("serial") || key == QLatin1String("serialnumber") || key == QLatin1String("serialno"))
        return Column::Serial;
    if (key == QLatin1String("azuredeviceid") || key == QLatin1String("azuredeviceidentifier")
        || key == QLatin1String("azureid") || key == QLatin1String("entradeviceid"))
        return Column::Azure;
    if (key == QLatin1String("name") || key == QLatin1String("devicename"))
        return Column::Name;
    return Column::Ignored;
}

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCsvImport)

public:
    explicit Messages(QStringList *list)
        : m_list(list)
    {
    }
    void add(const QString &message)
    {
        if (m_list->size() < DeviceCsvImport::kMaxMessages)
            m_list->append(message);
        else
            ++m_more;
    }
    // Appends how many more there were; once.
    void close()
    {
        if (m_more > 0)
            m_list->append(tr("... and %n more.", nullptr, m_more));
        m_more = 0;
    }
    ~Messages() { close(); }

private:
    QStringList *m_list;
    int m_more = 0;
};

} // namespace

DeviceCsvImport::Result DeviceCsvImport::refused(const QString &error)
{
    Result result;
    result.fileRefused = true;
    result.errors.append(error);
    return result;
}

DeviceCsvImport::Result DeviceCsvImport::tooLarge(qint64 bytes)
{
    return refused(tr("The file is %1 MB; at most %2 MB are read. Split it into smaller files.")
                       .arg(bytes / (1024 * 1024))
                       .arg(kMaxFileBytes / (1024 * 1024)));
}

DeviceCsvImport::Result DeviceCsvImport::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(tr("The file cannot be read: %1.").arg(file.errorString()));
    // Refused before reading: a file of gigabytes is not held in memory to be refused.
    if (file.size() > kMaxFileBytes)
        return tooLarge(file.size());
    return parse(file.readAll());
}

DeviceCsvImport::Result DeviceCsvImport::parse(const QByteArray &data)
{
    if (data.size() > kMaxFileBytes)
        return tooLarge(data.size());
    Result result;
    qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (data.mid(start).trimmed().isEmpty()) {
        result.fileRefused = true;
        result.errors.append(tr("The file is empty; a header line such as \"id,serial number\" was expected."));
        return result;
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        result.fileRefused = true;
        result.errors.append(tr("The file is in UTF-16; save it as CSV in UTF-8."));
        return result;
    }
    const char delimiter = detectDelimiter(data, start);
    Tokenizer tokenizer(data, start, delimiter);

    // The header.
    const RawRecord header = tokenizer.next();
    if (!header.problem.isEmpty()) {
        result.fileRefused = true;
        result.errors.append(tr("The header (line 1) cannot be read: %1.").arg(header.problem));
        return result;
    }
    QList<Column> columns;
    QStringList names;
    QStringList ignored;
    std::array<int, 4> seen { -1, -1, -1, -1 };
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QByteArray &raw = header.fields.at(i);
        const QString name
            = raw.isValidUtf8() ? QString::fromUtf8(raw).trimmed().left(80) : QStringLiteral("?");
        const Column column = columnFor(name);
        if (column != Column::Ignored) {
            int &first = seen[size_t(column)];
            if (first >= 0) {
                result.fileRefused = true;
                result.errors.append(tr("The header (line 1) has the column \"%1\" twice (columns %2 and %3).")
                                         .arg(name)
                                         .arg(first + 1)
                                         .arg(i + 1));
                return result;
            }
            first = int(i);
        } else if (!name.isEmpty()) {
            ignored.append(name);
        }
        columns.append(column);
        names.append(name);
    }
    if (seen[0] < 0 && seen[1] < 0 && seen[2] < 0 && seen[3] < 0) {
        result.fileRefused = true;
        result.errors.append(tr("The header (line 1) names no column that identifies a device. Name at least one "
                                "of: id, serial number, Azure device id, name. The header has: %1.")
                                 .arg(names.join(QLatin1String(", ")).left(300)));
        return result;
    }
    if (!ignored.isEmpty())
        result.warnings.append(tr("Columns not used: %1.").arg(ignored.join(QLatin1String(", ")).left(300)));

    Messages errors(&result.errors);
    Messages warnings(&result.warnings);
    QHash<QString, int> firstLineOf; // a row's identity -> the line it was first seen on
    while (!tokenizer.atEnd()) {
        RawRecord record = tokenizer.next();
        if (!record.problem.isEmpty()) {
            errors.add(tr("Row %1: %2.").arg(record.line).arg(record.problem));
            ++result.skippedRows;
            continue;
        }
        bool blank = true;
        for (const QByteArray &field : std::as_const(record.fields))
            blank = blank && field.trimmed().isEmpty();
        if (blank)
            continue;
        if (result.rows.size() >= kMaxRows) {
            errors.add(tr("The file has more than %1 rows; only the first %1 were read.").arg(kMaxRows));
            break;
        }
        if (record.fields.size() > columns.size()) {
            bool extraBlank = true;
            for (qsizetype i = columns.size(); i < record.fields.size(); ++i)
                extraBlank = extraBlank && record.fields.at(i).trimmed().isEmpty();
            if (!extraBlank) {
                errors.add(tr("Row %1 has %2 fields; the header has %3.")
                               .arg(record.line)
                               .arg(record.fields.size())
                               .arg(columns.size()));
                ++result.skippedRows;
                continue;
            }
        }
        Row row;
        row.line = record.line;
        QString problem;
        for (qsizetype i = 0; i < columns.size() && i < record.fields.size() && problem.isEmpty(); ++i) {
            const Column column = columns.at(i);
            if (column == Column::Ignored)
                continue;
            const QByteArray &raw = record.fields.at(i);
            if (!raw.isValidUtf8()) {
                problem = tr("Row %1, column \"%2\": the text is not valid UTF-8; save the file as CSV in UTF-8.")
                              .arg(row.line)
                              .arg(names.at(i));
                break;
            }
            const QString value = QString::fromUtf8(raw).trimmed();
            if (value.size() > kMaxFieldChars || raw.size() > kMaxFieldChars * 4) {
                problem = tr("Row %1, column \"%2\": the value is longer than %3 characters.")
                              .arg(row.line)
                              .arg(names.at(i))
                              .arg(kMaxFieldChars);
                break;
            }
            if (value.isEmpty())
                continue;
            switch (column) {
            case Column::Id: {
                bool ok = false;
                const qint64 id = value.toLongLong(&ok);
                if (!ok || id <= 0) {
                    problem = tr("Row %1, column \"%2\": \"%3\" is not an MDM device id (a whole number above 0).")
                                  .arg(row.line)
                                  .arg(names.at(i), value.left(60));
                } else {
                    row.id = id;
                }
                break;
            }
            case Column::Azure: {
                AzureDeviceId azureId;
                if (!AzureDeviceId::parse(value, &azureId) || azureId.isBlank()) {
                    problem = tr("Row %1, column \"%2\": \"%3\" is not an Azure device id (a GUID such as "
                                 "6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c).")
                                  .arg(row.line)
                                  .arg(names.at(i), value.left(60));
                } else {
                    row.azureDeviceId = azureId.uuid();
                }
                break;
            }
            case Column::Serial:
                row.serialNumber = value;
                break;
            case Column::Name:
                row.name = value;
                break;
            case Column::Ignored:
                break;
            }
        }
        if (problem.isEmpty() && row.id == 0 && row.azureDeviceId.isNull() && row.serialNumber.isEmpty()
            && row.name.isEmpty()) {
            problem = tr("Row %1 names no device: its id, serial number, Azure device id and name columns are empty.")
                          .arg(row.line);
        }
        if (!problem.isEmpty()) {
            errors.add(problem);
            ++result.skippedRows;
            continue;
        }
        const QString identity = QString::number(row.id) + QLatin1Char('\x1f') + row.azureDeviceId.toString()
            + QLatin1Char('\x1f') + row.serialNumber.toLower() + QLatin1Char('\x1f') + row.name.toLower();
        const auto earlier = firstLineOf.constFind(identity);
        if (earlier != firstLineOf.cend()) {
            warnings.add(tr("Row %1 repeats row %2; it is read once.").arg(row.line).arg(*earlier));
            continue;
        }
        firstLineOf.insert(identity, row.line);
        result.rows.append(row);
    }
    // Before the result is returned: it may be moved out before the destructors run.
    errors.close();
    warnings.close();
    return result;
}

bool DeviceCsvImport::match(const QList<Row> &rows, const DeviceStore &store, Match *match, QString *error)
{
    struct Known
    {
        QString serial;
        QUuid azure;
        QString name;
    };
    QHash<qint64, Known> byId;
    QHash<QUuid, qint64> byAzure;
    QMultiHash<QString, qint64> bySerial;
    QMultiHash<QString, qint64> byName;
    const bool read = store.forEachDevice(
        {},
        [&](const DeviceRecord &device, const DeviceStore::ReportState &) {
            byId.insert(device.id, Known { device.serialNumber, device.azureDeviceId.uuid(), device.name });
            if (!device.azureDeviceId.isBlank())
                byAzure.insert(device.azureDeviceId.uuid(), device.id);
            if (!device.serialNumber.isEmpty())
                bySerial.insert(device.serialNumber.toLower(), device.id);
            if (!device.name.isEmpty())
                byName.insert(device.name.toLower(), device.id);
            return true;
        },
        error);
    if (!read)
        return false;

    Messages errors(&match->errors);
    QSet<qint64> taken;
    for (const Row &row : rows) {
        std::optional<qint64> found;
        QString problem;
        const auto unique = [&](const QMultiHash<QString, qint64> &index, const QString &value,
                                const QString &what) -> std::optional<qint64> {
            const QList<qint64> ids = index.values(value.toLower());
            if (ids.size() == 1)
                return ids.constFirst();
            problem = ids.isEmpty() ? tr("Row %1: no device has the %2 \"%3\".").arg(row.line).arg(what, value.left(60))
                                    : tr("Row %1: %n devices have the %2 \"%3\"; give the id to choose one.", nullptr,
                                          int(ids.size()))
                                          .arg(row.line)
                                          .arg(what, value.left(60));
            return std::nullopt;
        };
        if (row.id > 0) {
            if (byId.contains(row.id))
                found = row.id;
            else
                problem = tr("Row %1: no device has the id %2.").arg(row.line).arg(row.id);
        } else if (!row.azureDeviceId.isNull()) {
            const auto it = byAzure.constFind(row.azureDeviceId);
            if (it != byAzure.cend())
                found = *it;
            else
                problem = tr("Row %1: no device has the Azure device id %2.")
                              .arg(row.line)
                              .arg(row.azureDeviceId.toString(QUuid::WithoutBraces));
        } else if (!row.serialNumber.isEmpty()) {
            found = unique(bySerial, row.serialNumber, tr("serial number"));
        } else {
            found = unique(byName, row.name, tr("name"));
        }
        // Every other column given must agree with the device found: a mismatch means
        // the spreadsheet and the fleet disagree, and guessing would report the wrong one.
        if (found) {
            const Known &known = byId.value(*found);
            if (!row.azureDeviceId.isNull() && row.azureDeviceId != known.azure)
                problem = tr("Row %1: device %2 has another Azure device id than the file says.").arg(row.line).arg(*found);
            else if (!row.serialNumber.isEmpty() && row.serialNumber.compare(known.serial, Qt::CaseInsensitive) != 0)
                problem = tr("Row %1: device %2 has the serial number \"%3\", not \"%4\".")
                              .arg(row.line)
                              .arg(*found)
                              .arg(known.serial, row.serialNumber.left(60));
            else if (!row.name.isEmpty() && row.name.compare(known.name, Qt::CaseInsensitive) != 0)
                problem = tr("Row %1: device %2 is named \"%3\", not \"%4\".")
                              .arg(row.line)
                              .arg(*found)
                              .arg(known.name, row.name.left(60));
        }
        if (!problem.isEmpty()) {
            errors.add(problem);
            continue;
        }
        if (found && !taken.contains(*found)) {
            taken.insert(*found);
            match->deviceIds.append(*found);
        }
    }
    return true;
}
