#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QRect>
#include <QString>
#include <QWidget>

// One text the user sees in the live UI, measured where it is shown with the widget's own
// font (issue 6): how wide (or, for wrapped labels, how tall) it needs to be, and how much
// room the widget gives it.
struct ShownText
{
    enum class Kind : quint8 { Label, Button, GroupTitle, Tab, Header, Cell, ComboItem, Placeholder, Menu, WindowTitle };

    QPointer<QWidget> widget;
    Kind kind = Kind::Label;
    int index = -1; // tab, header section, combo item or row*1000+column of a cell
    QString text; // as shown, with the accelerator markers removed
    QString where; // "mainWindow/DeviceListPanel/QLabel#rowCount"
    QRect rect; // where in the widget (for the highlight)
    int needed = 0; // pixels the text needs
    int available = -1; // pixels the widget gives it; -1: not limited (menus, titles, popups)
    bool vertical = false; // a wrapped label: needed/available are heights
    QString view; // the screenshot catalog view it was measured in
    // The accelerator of a label with a buddy, a button, a group title, a tab or a menu entry
    // ("&File": Alt+F), where that key works (its window, or its menu), and the other texts
    // shown with it that answer the same key there (ShortcutClashes::mark).
    QKeySequence mnemonic;
    QString scope;
    QStringList clashes;

    bool truncated() const { return available >= 0 && needed > available; }
    QString describe() const; // "QLabel#rowCount in mainWindow/…: needs 212 px, has 180 px"
};

class ShownTextScanner final
{
    Q_DECLARE_TR_FUNCTIONS(ShownTextScanner)

public:
    // A dynamic property: an item view whose cells are texts as data (not measured).
    static constexpr const char *kTextsAreData = "ascTextsAreData";

    // Every text shown by the visible widgets under root, its menu bar and its menus.
    static QList<ShownText> scan(QWidget *root);
    // The characters of text that neither the font nor Qt's fallback fonts can draw.
    static QString missingGlyphs(const QString &text, const QFont &font);
    // "&File" -> "File", "&&" -> "&": what a label or button shows.
    static QString stripAccelerators(const QString &text);
    static QString kindName(ShownText::Kind kind);
};
