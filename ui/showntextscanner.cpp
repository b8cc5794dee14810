#include "ui/showntextscanner.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>

#include <algorithm>

namespace {
QString widgetName(const QWidget *widget)
{
    const QString cls = QString::fromLatin1(widget->metaObject()->className());
    return widget->objectName().isEmpty() ? cls : cls + QLatin1Char('#') + widget->objectName();
}

QString pathOf(const QWidget *widget, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        // Only the named and the custom (non-Q) widgets say where a text is.
        const bool custom = w->metaObject()->className()[0] != 'Q';
        const bool named = !w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_"));
        if (w == widget || custom || named)
            parts.prepend(widgetName(w));
        if (w == root)
            break;
    }
    return parts.join(QLatin1Char('/'));
}

// An accelerator works in the whole window of its widget: labels, buttons, tabs and the menu
// bar of one window share the keys.
void setWindowMnemonic(ShownText &shown, const QWidget *widget, const QString &text)
{
    shown.mnemonic = QKeySequence::mnemonic(text);
    if (!shown.mnemonic.isEmpty())
        shown.scope = QStringLiteral("window ") + widgetName(widget->window());
}

int textWidth(const QFontMetrics &metrics, const QString &text)
{
    int width = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        width = std::max(width, metrics.horizontalAdvance(line));
    return width;
}

bool isRich(const QLabel *label)
{
    return label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

void scanLabel(QLabel *label, const QWidget *root, QList<ShownText> &out)
{
    if (label->text().trimmed().isEmpty())
        return;
    ShownText shown;
    shown.widget = label;
    shown.kind = ShownText::Kind::Label;
    shown.where = pathOf(label, root);
    const QRect contents = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(),
                                                          -label->margin());
    shown.rect = label->rect();
    const int indent = label->indent() > 0 ? label->indent() : 0;
    if (isRich(label)) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setHtml(label->text());
        document.setDocumentMargin(0);
        shown.text = document.toPlainText();
        if (label->wordWrap()) {
            document.setTextWidth(contents.width() - indent);
            shown.vertical = true;
            shown.needed = int(std::ceil(document.size().height()));
            shown.available = contents.height();
        } else {
            shown.needed = int(std::ceil(document.idealWidth()));
            shown.available = contents.width() - indent;
        }
    } else {
        shown.text = label->buddy() ? ShownTextScanner::stripAccelerators(label->text()) : label->text();
        const QFontMetrics metrics(label->font());
        if (label->wordWrap()) {
            shown.vertical = true;
            const QRect bounds = metrics.boundingRect(QRect(0, 0, contents.width() - indent, 100000),
                                                      Qt::TextWordWrap | int(label->alignment()), shown.text);
            shown.needed = bounds.height();
            shown.available = contents.height();
        } else {
            shown.needed = textWidth(metrics, shown.text);
            shown.available = contents.width() - indent;
        }
    }
    // Only a label with a buddy has an accelerator; without one the "&" is shown as it is.
    if (label->buddy())
        setWindowMnemonic(shown, label, label->text());
    // A label in a scroll area can grow; it is cut off only by its own geometry.
    out.append(shown);
}

void scanButton(QAbstractButton *button, const QWidget *root, QList<ShownText> &out)
{
    if (button->text().trimmed().isEmpty())
        return;
    if (auto *tool = qobject_cast<QToolButton *>(button); tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
        return;
    // Buttons that belong to a tab bar or a header (scroll arrows, corner button) have no text of ours.
    ShownText shown;
    shown.widget = button;
    shown.kind = ShownText::Kind::Button;
    shown.text = ShownTextScanner::stripAccelerators(button->text());
    shown.where = pathOf(button, root);
    shown.rect = button->rect();
    shown.needed = button->sizeHint().width();
    shown.available = button->width();
    setWindowMnemonic(shown, button, button->text());
    out.append(shown);
}

void scanGroupBox(QGroupBox *box, const QWidget *root, QList<ShownText> &out)
{
    if (box->title().trimmed().isEmpty())
        return;
    ShownText shown;
    shown.widget = box;
    shown.kind = ShownText::Kind::GroupTitle;
    shown.text = ShownTextScanner::stripAccelerators(box->title());
    shown.where = pathOf(box, root);
    const QFontMetrics metrics(box->font());
    shown.rect = QRect(0, 0, box->width(), metrics.height() + 4);
    // The title needs its text, the frame's indent each side and the check box when it has one.
    const int indicator = box->isCheckable() ? box->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6 : 0;
    shown.needed = metrics.horizontalAdvance(shown.text) + indicator + 2 * metrics.averageCharWidth();
    shown.available = box->width();
    setWindowMnemonic(shown, box, box->title());
    out.append(shown);
}

void scanTabBar(QTabBar *bar, const QWidget *root, QList<ShownText> &out)
{
    const QFontMetrics metrics(bar->font());
    const int space = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i) || bar->tabText(i).trimmed().isEmpty())
            continue;
        ShownText shown;
        shown.widget = bar;
        shown.kind = ShownText::Kind::Tab;
        shown.index = i;
        shown.text = ShownTextScanner::stripAccelerators(bar->tabText(i));
        shown.where = pathOf(bar, root) + QStringLiteral("[tab %1]").arg(i);
        shown.rect = bar->tabRect(i);
        const int icon = bar->tabIcon(i).isNull() ? 0 : bar->iconSize().width() + 4;
        shown.needed = metrics.horizontalAdvance(shown.text) + space + icon;
        // A tab pushed out of the bar (behind the scroll arrows) cannot be read either.
        const QRect visible = shown.rect.intersected(bar->rect());
        shown.available = visible.width();
        setWindowMnemonic(shown, bar, bar->tabText(i));
        out.append(shown);
    }
}

void scanHeader(QHeaderView *header, const QWidget *root, QList<ShownText> &out)
{
    if (header->orientation() != Qt::Horizontal || !header->model())
        return;
    const QFontMetrics metrics(header->font());
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QString text = header->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
        if (text.trimmed().isEmpty())
            continue;
        ShownText shown;
        shown.widget = header;
        shown.kind = ShownText::Kind::Header;
        shown.index = logical;
        shown.text = text;
        shown.where = pathOf(header, root) + QStringLiteral("[column %1]").arg(logical);
        shown.rect = QRect(header->sectionViewportPosition(logical), 0, header->sectionSize(logical), header->height());
        const bool sorted = header->isSortIndicatorShown() && header->sortIndicatorSection() == logical;
        if ((header->defaultAlignment().toInt() & Qt::TextWordWrap) != 0) {
            // A wrapping header: the title takes more lines, cut off when the header is not
            // tall enough for them (the style keeps half its height beside it for the sort mark).
            const int width = header->sectionSize(logical) - 2 * margin - (sorted ? header->height() / 2 + margin : 0);
            shown.vertical = true;
            shown.needed = metrics.boundingRect(QRect(0, 0, std::max(1, width), 100000), Qt::TextWordWrap, text).height();
            shown.available = header->height() - 2 * margin;
        } else {
            shown.needed = textWidth(metrics, text) + 2 * margin + (sorted ? mark + margin : 0);
            shown.available = header->sectionSize(logical);
        }
        out.append(shown);
    }
}

// The cells of the rows on screen: status values and descriptions are our strings too.
void scanItemView(QAbstractItemView *view, const QWidget *root, QList<ShownText> &out)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const QFontMetrics metrics(view->font());
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const QModelIndex top = view->indexAt(QPoint(1, 1));
    int first = top.isValid() ? top.row() : 0;
    for (int row = first; row < model->rowCount() && row < first + 40; ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QRect rect = view->visualRect(index);
            if (!rect.isValid() || !rect.intersects(view->viewport()->rect()))
                continue;
            const QString text = index.data(Qt::DisplayRole).toString();
            if (text.trimmed().isEmpty())
                continue;
            ShownText shown;
            shown.widget = view->viewport();
            shown.kind = ShownText::Kind::Cell;
            shown.index = row * 1000 + column;
            shown.text = text;
            shown.where = pathOf(view, root) + QStringLiteral("[row %1, column %2]").arg(row).arg(column);
            shown.rect = rect;
            const bool icon = !index.data(Qt::DecorationRole).isNull();
            const int iconWidth = icon ? view->iconSize().width() + 4 : 0;
            if (view->property("wordWrap").toBool()) {
                // A wrapping view: the text may take more lines; it is cut off when the
                // row is not tall enough for them.
                shown.vertical = true;
                shown.needed = metrics.boundingRect(QRect(0, 0, rect.width() - 2 * margin - iconWidth, 100000),
                                                    Qt::TextWordWrap, text)
                                   .height();
                shown.available = rect.height();
            } else {
                shown.needed = textWidth(metrics, text) + 2 * margin + iconWidth;
                shown.available = rect.width();
            }
            out.append(shown);
        }
    }
}

void scanCombo(QComboBox *combo, const QWidget *root, QList<ShownText> &out)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    const QFontMetrics metrics(combo->font());
    for (int i = 0; i < combo->count(); ++i) {
        const QString text = combo->itemText(i);
        if (text.trimmed().isEmpty())
            continue;
        ShownText shown;
        shown.widget = combo;
        shown.kind = ShownText::Kind::ComboItem;
        shown.index = i;
        shown.text = text;
        shown.where = pathOf(combo, root) + QStringLiteral("[item %1]").arg(i);
        shown.rect = combo->rect();
        shown.needed = metrics.horizontalAdvance(text);
        // Only the current item is shown in the box; the list pops up as wide as it needs.
        const bool current = i == combo->currentIndex() && !combo->isEditable();
        const int icon = combo->itemIcon(i).isNull() ? 0 : combo->iconSize().width() + 4;
        shown.available = current ? field.width() - icon : -1;
        out.append(shown);
    }
}

void scanLineEdit(QLineEdit *edit, const QWidget *root, QList<ShownText> &out)
{
    if (edit->placeholderText().trimmed().isEmpty())
        return;
    ShownText shown;
    shown.widget = edit;
    shown.kind = ShownText::Kind::Placeholder;
    shown.text = edit->placeholderText();
    shown.where = pathOf(edit, root);
    shown.rect = edit->rect();
    const QFontMetrics metrics(edit->font());
    shown.needed = metrics.horizontalAdvance(shown.text);
    const QMargins margins = edit->textMargins();
    // QLineEdit's frame and its 2 px inner margin each side (QLineEditPrivate::horizontalMargin).
    const int frame = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit) : 0;
    shown.available = edit->text().isEmpty()
        ? edit->width() - 2 * frame - 4 - margins.left() - margins.right() - (edit->isClearButtonEnabled() ? 20 : 0)
        : -1;
    out.append(shown);
}

void scanMenu(QMenu *menu, QWidget *owner, const QWidget *root, const QString &path, QList<ShownText> &out)
{
    const QList<QAction *> actions = menu->actions();
    for (int i = 0; i < actions.size(); ++i) {
        QAction *action = actions[i];
        if (action->isSeparator() || action->text().trimmed().isEmpty() || !action->isVisible())
            continue;
        ShownText shown;
        shown.widget = owner;
        shown.kind = ShownText::Kind::Menu;
        shown.index = i;
        shown.text = ShownTextScanner::stripAccelerators(action->text());
        shown.where = path + QLatin1String(" > ") + shown.text;
        // In an open menu the letter alone chooses an entry: each menu is a scope of its own.
        shown.mnemonic = QKeySequence::mnemonic(action->text());
        if (!shown.mnemonic.isEmpty())
            shown.scope = QStringLiteral("menu ") + path;
        out.append(shown);
        if (QMenu *sub = action->menu())
            scanMenu(sub, owner, root, shown.where, out);
    }
}
} // namespace

QString ShownText::describe() const
{
    const QString unit = vertical ? QStringLiteral("px high") : QStringLiteral("px");
    QString text = ShownTextScanner::kindName(kind) + QLatin1Char(' ') + where;
    if (available >= 0)
        text += QStringLiteral(": needs %1 %3, has %2 %3").arg(needed).arg(available).arg(unit);
    return text;
}

QString ShownTextScanner::kindName(ShownText::Kind kind)
{
    switch (kind) {
    case ShownText::Kind::Label:
        return QStringLiteral("label");
    case ShownText::Kind::Button:
        return QStringLiteral("button");
    case ShownText::Kind::GroupTitle:
        return QStringLiteral("group title");
    case ShownText::Kind::Tab:
        return QStringLiteral("tab");
    case ShownText::Kind::Header:
        return QStringLiteral("column header");
    case ShownText::Kind::Cell:
        return QStringLiteral("cell");
    case ShownText::Kind::ComboItem:
        return QStringLiteral("combo box item");
    case ShownText::Kind::Placeholder:
        return QStringLiteral("placeholder");
    case ShownText::Kind::Menu:
        return QStringLiteral("menu");
    case ShownText::Kind::WindowTitle:
        return QStringLiteral("window title");
    }
    return QString();
}

QString ShownTextScanner::stripAccelerators(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i; // "&&" shows one "&"; "&F" shows "F"
            out.append(text.at(i));
            continue;
        }
        out.append(text.at(i));
    }
    return out;
}

QString ShownTextScanner::missingGlyphs(const QString &text, const QFont &font)
{
    // QTextLayout picks the fallback fonts Qt would draw with; glyph 0 is "no glyph".
    static QHash<QString, bool> cache; // family|char -> drawable
    QString missing;
    const QString family = font.family() + QLatin1Char('|');
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.isSurrogate() || missing.contains(c))
            continue;
        const QString key = family + c;
        auto it = cache.constFind(key);
        if (it == cache.constEnd()) {
            QTextLayout layout(QString(c), font);
            layout.beginLayout();
            layout.createLine();
            layout.endLayout();
            bool drawable = true;
            for (const QGlyphRun &run : layout.glyphRuns()) {
                const QList<quint32> glyphs = run.glyphIndexes();
                drawable = drawable && !glyphs.isEmpty()
                    && std::none_of(glyphs.cbegin(), glyphs.cend(), [](quint32 glyph) { return glyph == 0; });
            }
            it = cache.insert(key, drawable);
        }
        if (!*it)
            missing.append(c);
    }
    return missing;
}

QList<ShownText> ShownTextScanner::scan(QWidget *root)
{
    QList<ShownText> out;
    if (!root)
        return out;
    if (!root->windowTitle().isEmpty() && root->isWindow()) {
        ShownText title;
        title.widget = root;
        title.kind = ShownText::Kind::WindowTitle;
        title.text = root->windowTitle();
        title.where = widgetName(root);
        out.append(title);
    }
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || widget->window() != root->window())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            scanLabel(label, root, out);
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            scanButton(button, root, out);
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            scanGroupBox(box, root, out);
        else if (auto *bar = qobject_cast<QTabBar *>(widget))
            scanTabBar(bar, root, out);
        else if (auto *header = qobject_cast<QHeaderView *>(widget))
            scanHeader(header, root, out);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            scanCombo(combo, root, out);
        else if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && !qobject_cast<QComboBox *>(edit->parent()))
            scanLineEdit(edit, root, out);
        else if (auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : menuBar->actions()) {
                if (!action->isVisible() || action->text().isEmpty())
                    continue;
                ShownText shown;
                shown.widget = menuBar;
                shown.kind = ShownText::Kind::Menu;
                shown.text = stripAccelerators(action->text());
                shown.where = pathOf(menuBar, root) + QLatin1String(" > ") + shown.text;
                shown.rect = menuBar->actionGeometry(action);
                setWindowMnemonic(shown, menuBar, action->text());
                out.append(shown);
                if (QMenu *menu = action->menu())
                    scanMenu(menu, menuBar, root, shown.where, out);
            }
        }
        // Views that list texts as data (the check view's own table) are not UI strings.
        if (auto *view = qobject_cast<QAbstractItemView *>(widget);
            view && !qobject_cast<QHeaderView *>(widget) && !view->property(kTextsAreData).toBool())
            scanItemView(view, root, out);
    }
    return out;
}
