#pragma once

#include <QDateTime>
#include <QString>

#include <initializer_list>

class QFormLayout;
class QLabel;
class QTableWidgetItem;
class QWidget;

// The parts every section of Device Details is made of, so that the sections look alike:
// labels for field names and for values (plain text, selectable: helpdesk staff copy
// them), reasons in italics, a warning icon, forms and table cells.
namespace DetailsWidgets {

QLabel *fieldLabel(QWidget *parent, const char *objectName);
// Values are data, not markup (a device name may contain '<').
QLabel *valueLabel(QWidget *parent, const char *objectName);
QLabel *emphasisedValueLabel(QWidget *parent, const char *objectName, bool fixedPitch = false);
QLabel *reasonLabel(QWidget *parent, const char *objectName);
QLabel *warningIcon(QWidget *parent, const char *objectName);
// The value cell of a form row: the value with its explanations beneath it.
QWidget *valueColumn(QWidget *parent, std::initializer_list<QWidget *> parts);
QFormLayout *form(QWidget *parent);
QTableWidgetItem *cell(const QString &text);
// Shows the label only when there is text.
void setTextShown(QLabel *label, const QString &text);

QString dash();
QString orDash(const QString &text);
// Dates follow the language the user picked, so the locale is read at render time.
QString longDateTime(const QDateTime &time);
QString shortDateTime(const QDateTime &time);

} // namespace DetailsWidgets
