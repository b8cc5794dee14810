#pragma once

#include <QStyledItemDelegate>

// Draws the cells whose model gives a text colour (Qt::ForegroundRole: a flagged status, a
// greyed blank field) in that colour made readable on the row's own background, so a model's
// colours, chosen for a light theme, stay legible on a dark or high-contrast one.
class ReadableTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadableTextDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
