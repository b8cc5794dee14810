#include "ui/translatorcheckmodel.h"

#include <QColor>

TranslatorCheckModel::TranslatorCheckModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TranslatorCheckModel::setStrings(const QList<CheckedString> &strings)
{
    beginResetModel();
    m_strings = strings;
    endResetModel();
}

int TranslatorCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_strings.size());
}

int TranslatorCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TranslatorCheckModel::flagsText(TranslationCheck::Flags flags)
{
    QStringList names;
    for (int i = 0; i < TranslationCheck::FlagCount; ++i) {
        if (flags.testFlag(TranslationCheck::flagAt(i)))
            names.append(TranslationCheck::flagName(TranslationCheck::flagAt(i)));
    }
    return names.join(QStringLiteral(", "));
}

QVariant TranslatorCheckModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const CheckedString &string = m_strings.at(index.row());
    if (role == FlagsRole)
        return int(string.flags);
    if (role == Qt::ForegroundRole && index.column() == FlagsColumn && string.flags)
        return QColor(0xb0, 0x20, 0x20);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (Column(index.column())) {
    case ContextColumn:
        return string.message.context;
    case SourceColumn:
        return string.message.source;
    case TranslationColumn:
        return string.shownTranslation();
    case FlagsColumn:
        return flagsText(string.flags);
    case LocationColumn:
        return string.message.locations.join(QStringLiteral(", "));
    case ShownInColumn: {
        if (string.shownIn.isEmpty())
            return tr("not on screen");
        QStringList where;
        for (const ShownText &text : string.shownIn)
            where.append(text.where);
        where.removeDuplicates();
        return role == Qt::ToolTipRole ? where.join(QLatin1Char('\n')) : where.join(QStringLiteral("; "));
    }
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant TranslatorCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ContextColumn:
        return tr("Context");
    case SourceColumn:
        return tr("Source text");
    case TranslationColumn:
        return tr("Translation");
    case FlagsColumn:
        return tr("Flags");
    case LocationColumn:
        return tr("Where in the source");
    case ShownInColumn:
        return tr("Shown in");
    case ColumnCount:
        break;
    }
    return QVariant();
}
