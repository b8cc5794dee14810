#pragma once

#include "ui/showntextscanner.h"

#include <QCoreApplication>

// Two accelerators with the same key where both work at once (one window: its labels,
// buttons, group titles, tabs and menu bar; or one menu) make the key ambiguous: Alt+F then
// only cycles the focus between them, and a user of the keyboard alone cannot tell which
// one it reaches. Found among the texts shown together, as ShownTextScanner lists them.
class ShortcutClashes final
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutClashes)

public:
    // Fills each text's `clashes` with the other texts of its scope that use its key;
    // returns how many texts clash.
    static int mark(QList<ShownText> &texts);
    // "Alt+F is also "File" (menu MainWindow#mainWindow/QMenuBar > File)"
    static QString describe(const ShownText &text, const ShownText &other);
};
