#include "ui/devicedetails/detailswidgets.h"

#include "ui/fixedpitchfont.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTableWidgetItem>
#include <QVBoxLayout>

namespace DetailsWidgets {

QLabel *fieldLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    return label;
}

QLabel *valueLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *emphasisedValueLabel(QWidget *parent, const char *objectName, bool fixedPitch)
{
    QLabel *label = valueLabel(parent, objectName);
    QFont font = fixedPitch ? FixedPitchFont::font() : label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *reasonLabel(QWidget *parent, const char *objectName)
{
    QLabel *label = valueLabel(parent, objectName);
    QFont font = label->font();
    font.setItalic(true);
    label->setFont(font);
    return label;
}

QLabel *warningIcon(QWidget *parent, const char *objectName)
{
    auto *icon = new QLabel(parent);
    icon->setObjectName(QLatin1String(objectName));
    const QStyle *style = parent->style();
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, parent);
    icon->setPixmap(style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, parent).pixmap(size, size));
    return icon;
}

QWidget *valueColumn(QWidget *parent, std::initializer_list<QWidget *> parts)
{
    auto *column = new QWidget(parent);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QWidget *part : parts)
        layout->addWidget(part);
    return column;
}

QFormLayout *form(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(10);
    return form;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

void setTextShown(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString dash()
{
    return { QChar(0x2014) };
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? dash() : text;
}

QString longDateTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

QString shortDateTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace DetailsWidgets
