#include "models/devicecsvwriter.h"

namespace {
QString exportText(const DeviceListModel &model, int row, DeviceListModel::Column column)
{
    const DeviceTable &table = model.table();
    switch (column) {
    case DeviceListModel::LastCheckinColumn: {
        const QDateTime at = table.lastCheckin(row);
        return at.isValid() ? at.toString(Qt::ISODate) : QString();
    }
    case DeviceListModel::ReportTimeColumn: {
        const ReportTime time = table.reportTime(row, model.reportingEnabled());
        return time.isBlank() ? QString() : time.time().toString(Qt::ISODate);
    }
    default:
        return model.displayText(row, column);
    }
}
} // namespace

QString DeviceCsvWriter::field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\''))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

bool DeviceCsvWriter::write(QIODevice &out, const DeviceFilterModel &rows, const QList<int> &columns, QString *error)
{
    const auto *model = qobject_cast<const DeviceListModel *>(rows.sourceModel());
    if (!model) {
        *error = tr("There is no device list to export.");
        return false;
    }
    const bool withReason = columns.contains(DeviceListModel::ReportTimeColumn);
    QStringList header;
    for (int column : columns)
        header.append(field(DeviceListModel::columnName(DeviceListModel::Column(column))));
    if (withReason)
        header.append(field(tr("Why Report Time is blank")));

    QByteArray buffer("\xEF\xBB\xBF");
    buffer += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    const auto flush = [&]() {
        if (out.write(buffer) != buffer.size()) {
            *error = tr("Could not write the CSV file: %1").arg(out.errorString());
            return false;
        }
        buffer.clear();
        return true;
    };
    QStringList cells;
    for (int proxyRow = 0; proxyRow < rows.rowCount(); ++proxyRow) {
        const int row = rows.sourceRow(proxyRow);
        cells.clear();
        for (int column : columns)
            cells.append(field(exportText(*model, row, DeviceListModel::Column(column))));
        if (withReason)
            cells.append(field(model->table().reportTime(row, model->reportingEnabled()).blankExplanation()));
        buffer += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (buffer.size() > (1 << 20) && !flush())
            return false;
    }
    return flush();
}
