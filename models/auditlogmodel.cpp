#include "models/auditlogmodel.h"

#include "models/devicecsvwriter.h"

#include <QLocale>

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionName(const QString &action)
{
    if (action == QLatin1String("policy-change"))
        return tr("Policy changed");
    if (action == QLatin1String("policy-create"))
        return tr("Policy created");
    if (action == QLatin1String("report-now"))
        //: An audit log action: someone pressed "Report now" for devices.
        return tr("Report now");
    if (action == QLatin1String("azure-deprovision"))
        //: An audit log action: someone disconnected the console from Azure (deprovisioned the partner tenant).
        return tr("Disconnected from Azure");
    return action;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == UnderlyingDataRole) {
        switch (Column(index.column())) {
        case When:
            return entry.at.toMSecsSinceEpoch();
        case Who:
            return entry.actor;
        case Action:
            return entry.action;
        case Target:
            return entry.target;
        case Detail:
            return entry.detail;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return entry.actor;
    case Action:
        return actionName(entry.action);
    case Target:
        if (entry.action == QLatin1String("report-now"))
            //: The devices of a Report now in the audit log: their MDM ids.
            return tr("Devices %1").arg(QString(entry.target).replace(QLatin1Char(','), QStringLiteral(", ")));
        if (entry.action == QLatin1String("azure-deprovision"))
            //: %1 is the Entra tenant id
            return tr("Tenant %1").arg(entry.target);
        return entry.target;
    case Detail:
        return entry.detail;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case Target:
        //: The policy or devices an audit log entry is about.
        return tr("Target");
    case Detail:
        return tr("What changed");
    case ColumnCount:
        break;
    }
    return {};
}

bool AuditLogModel::writeCsv(QIODevice &out, const QList<AuditEntry> &entries, QString *error)
{
    QByteArray text("\xEF\xBB\xBF");
    const auto line = [&text](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(DeviceCsvWriter::field(field));
        text += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    line({QStringLiteral("time"), QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("target"),
          QStringLiteral("detail")});
    for (const AuditEntry &entry : entries)
        line({entry.at.toUTC().toString(Qt::ISODateWithMs), entry.actor, entry.action, entry.target, entry.detail});
    if (out.write(text) != text.size()) {
        *error = tr("The audit log could not be written: %1").arg(out.errorString());
        return false;
    }
    return true;
}
