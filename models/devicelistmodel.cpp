#include "models/devicelistmodel.h"

#include <QBrush>
#include <QLocale>

DeviceListModel::DeviceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DeviceListModel::setTable(DeviceTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
    emit tableReplaced();
}

void DeviceListModel::updateDevice(const DeviceRecord &device, const DeviceEvaluation &evaluation)
{
    const int row = m_table.rowOfId(device.id);
    if (row < 0) {
        const int newRow = m_table.size();
        beginInsertRows({}, newRow, newRow);
        m_table.append(device, evaluation);
        endInsertRows();
        return;
    }
    m_table.replace(row, device, evaluation);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DeviceListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_table.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

void DeviceListModel::setReportingEnabled(bool enabled)
{
    if (m_reportingEnabled == enabled)
        return;
    m_reportingEnabled = enabled;
    if (!m_table.isEmpty())
        emit dataChanged(index(0, ReportTimeColumn), index(rowCount() - 1, ReportTimeColumn));
}

QString DeviceListModel::columnName(Column column)
{
    switch (column) {
    case NameColumn:
        return tr("Device name");
    case UserColumn:
        return tr("User");
    case PlatformColumn:
        return tr("Platform");
    case OsVersionColumn:
        return tr("OS version");
    case ModelColumn:
        return tr("Model");
    case SerialColumn:
        return tr("Serial number");
    case LastCheckinColumn:
        return tr("Last check-in");
    case OutcomeColumn:
        return tr("Azure outcome");
    case EffectiveActionColumn:
        return tr("Effective action");
    case AzureDeviceIdColumn:
        return tr("Azure Device Identifier");
    case ComplianceStatusColumn:
        return tr("Azure Device Compliance Status");
    case ClientStatusCodeColumn:
        return tr("Azure Client Status Code");
    case ReportTimeColumn:
        return tr("Azure Device Compliance Report Time");
    case ColumnCount:
        break;
    }
    return {};
}

QString DeviceListModel::columnKey(Column column)
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("deviceName");
    case UserColumn:
        return QStringLiteral("user");
    case PlatformColumn:
        return QStringLiteral("platform");
    case OsVersionColumn:
        return QStringLiteral("osVersion");
    case ModelColumn:
        return QStringLiteral("model");
    case SerialColumn:
        return QStringLiteral("serialNumber");
    case LastCheckinColumn:
        return QStringLiteral("lastCheckin");
    case OutcomeColumn:
        return QStringLiteral("azureOutcome");
    case EffectiveActionColumn:
        return QStringLiteral("effectiveAction");
    case AzureDeviceIdColumn:
        return QStringLiteral("azureDeviceId");
    case ComplianceStatusColumn:
        return QStringLiteral("azureComplianceStatus");
    case ClientStatusCodeColumn:
        return QStringLiteral("azureClientStatusCode");
    case ReportTimeColumn:
        return QStringLiteral("azureReportTime");
    case ColumnCount:
        break;
    }
    return {};
}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.size();
}

int DeviceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeviceListModel::displayText(int row, Column column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return m_table.name(row);
    case UserColumn:
        return m_table.user(row);
    case PlatformColumn:
        return Platforms::displayName(m_table.platform(row));
    case OsVersionColumn:
        return m_table.osVersion(row);
    case ModelColumn:
        return m_table.model(row);
    case SerialColumn:
        return m_table.serialNumber(row);
    case LastCheckinColumn: {
        const QDateTime at = m_table.lastCheckin(row);
        return at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    case OutcomeColumn:
        return ComplianceActions::outcomeName(m_table.outcome(row));
    case EffectiveActionColumn:
        return ComplianceActions::displayName(m_table.effectiveAction(row));
    case AzureDeviceIdColumn:
        return m_table.azureDeviceId(row).toString();
    case ComplianceStatusColumn:
        return AzureComplianceStatus::displayName(m_table.complianceStatus(row));
    case ClientStatusCodeColumn:
        return m_table.clientStatus(row).wireName(); // protocol value: never translated
    case ReportTimeColumn: {
        const ReportTime time = m_table.reportTime(row, m_reportingEnabled);
        if (time.isBlank())
            return QString();
        // Report Time says its time zone, so readers in several zones agree: the short form of the language plus the zone.
        return locale.toString(time.time().toLocalTime(), locale.dateTimeFormat(QLocale::ShortFormat)
                                   + QStringLiteral(" t"));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeviceListModel::underlyingData(int row, Column column) const
{
    switch (column) {
    case NameColumn:
    case UserColumn:
    case OsVersionColumn:
    case ModelColumn:
    case SerialColumn:
    case AzureDeviceIdColumn:
    case ClientStatusCodeColumn:
        return displayText(row, column);
    case PlatformColumn:
        return int(m_table.platform(row));
    case LastCheckinColumn:
        return m_table.lastCheckinMsecs(row);
    case OutcomeColumn:
        return int(m_table.outcome(row));
    case EffectiveActionColumn:
        return int(m_table.effectiveAction(row));
    case ComplianceStatusColumn:
        return int(m_table.complianceStatus(row));
    case ReportTimeColumn:
        return m_table.reportTime(row, m_reportingEnabled).isBlank() ? qint64(0) : m_table.reportTimeMsecs(row);
    case ColumnCount:
        break;
    }
    return {};
}

QString DeviceListModel::toolTip(int row, Column column) const
{
    switch (column) {
    case ClientStatusCodeColumn:
        return m_table.clientStatus(row).description();
    case ComplianceStatusColumn: {
        const auto status = m_table.complianceStatus(row);
        QString tip = AzureComplianceStatus::description(status);
        if (status == AzureComplianceStatus::Failed && !m_table.reportError(row).isEmpty())
            tip += QLatin1Char('\n') + m_table.reportError(row);
        return tip;
    }
    case ReportTimeColumn:
        return m_table.reportTime(row, m_reportingEnabled).blankExplanation();
    case AzureDeviceIdColumn:
        if (m_table.azureDeviceId(row).isBlank())
            return tr("Blank: the Azure device ID could not be retrieved. The device user must register "
                      "in Microsoft Authenticator.");
        return {};
    case OutcomeColumn:
        return ComplianceActions::outcomeDescription(m_table.outcome(row));
    case NameColumn:
    case UserColumn:
    case PlatformColumn:
    case OsVersionColumn:
    case ModelColumn:
    case SerialColumn:
    case LastCheckinColumn:
    case EffectiveActionColumn:
    case ColumnCount:
        break;
    }
    return {};
}

bool DeviceListModel::isFlagged(int row, Column column) const
{
    switch (column) {
    case ClientStatusCodeColumn:
        return !m_table.clientStatus(row).isKnown();
    case AzureDeviceIdColumn:
        return m_table.azureDeviceId(row).isBlank();
    case ReportTimeColumn:
        return m_table.reportTime(row, m_reportingEnabled).isBlank();
    case ComplianceStatusColumn:
        return m_table.complianceStatus(row) == AzureComplianceStatus::Failed;
    default:
        return false;
    }
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const int row = index.row();
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = displayText(row, column);
        // A blank Azure field still says why in the list, briefly.
        if (text.isEmpty() && column == ReportTimeColumn) {
            switch (m_table.reportTime(row, m_reportingEnabled).blankReason()) {
            case ReportTime::BlankReason::FeatureDisabled:
                return tr("(blank: disabled)");
            case ReportTime::BlankReason::AwaitingMicrosoftApi:
                return tr("(blank: not sent yet)");
            case ReportTime::BlankReason::Error:
                return tr("(blank: error)");
            case ReportTime::BlankReason::UserNotInEntra:
                return tr("(blank: user not in Entra)");
            case ReportTime::BlankReason::NotBlank:
                break;
            }
        }
        if (text.isEmpty() && column == AzureDeviceIdColumn)
            return tr("(blank)");
        if (column == ClientStatusCodeColumn && isFlagged(row, column))
            return tr("%1 (unknown)").arg(text);
        return text;
    }
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::ForegroundRole:
        if (isFlagged(row, column)) {
            if (column == ClientStatusCodeColumn || column == ComplianceStatusColumn)
                return QBrush(QColor(0xb0, 0x20, 0x20));
            return QBrush(QColor(0x70, 0x70, 0x70));
        }
        return {};
    case UnderlyingDataRole:
        return underlyingData(row, column);
    case DeviceIdRole:
        return m_table.id(row);
    case FlaggedRole:
        return isFlagged(row, column);
    default:
        return {};
    }
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnName(Column(section));
    if (role == UnderlyingDataRole)
        return columnKey(Column(section));
    return {};
}
