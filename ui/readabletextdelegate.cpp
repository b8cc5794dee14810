#include "ui/readabletextdelegate.h"

#include "ui/readablecolors.h"

#include <QBrush>

void ReadableTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant foreground = index.data(Qt::ForegroundRole);
    if (!foreground.isValid())
        return;
    // A selected row is drawn in the palette's highlighted text colour, whatever the model says.
    QColor background = option->palette.color(
        option->features.testFlag(QStyleOptionViewItem::Alternate) ? QPalette::AlternateBase : QPalette::Base);
    if (option->backgroundBrush.style() != Qt::NoBrush)
        background = option->backgroundBrush.color();
    option->palette.setColor(QPalette::Text, ReadableColors::readable(qvariant_cast<QBrush>(foreground).color(), background));
}
