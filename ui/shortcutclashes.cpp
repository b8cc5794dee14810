#include "ui/shortcutclashes.h"

#include <QHash>

int ShortcutClashes::mark(QList<ShownText> &texts)
{
    QHash<QString, QList<int>> byKey; // scope + key -> texts
    for (int i = 0; i < texts.size(); ++i) {
        const ShownText &text = texts.at(i);
        if (text.mnemonic.isEmpty() || text.scope.isEmpty())
            continue;
        byKey[text.scope + QLatin1Char('\x1f') + text.mnemonic.toString(QKeySequence::PortableText)].append(i);
    }
    int clashing = 0;
    for (const QList<int> &same : std::as_const(byKey)) {
        for (int i : same) {
            for (int j : same) {
                // One widget listed twice (a text that is also a cell) is not a clash; two
                // unnamed labels side by side have one path but are two widgets.
                const ShownText &a = texts.at(i);
                const ShownText &b = texts.at(j);
                if (i != j && (a.where != b.where || a.widget.data() != b.widget.data()))
                    texts[i].clashes.append(describe(texts.at(i), texts.at(j)));
            }
            clashing += texts.at(i).clashes.isEmpty() ? 0 : 1;
        }
    }
    return clashing;
}

QString ShortcutClashes::describe(const ShownText &text, const ShownText &other)
{
    // In an open menu the letter is pressed alone.
    const QKeySequence key = text.scope.startsWith(QLatin1String("menu "))
        ? QKeySequence(text.mnemonic[0].key())
        : text.mnemonic;
    //: %1 is a key such as Alt+F, %2 another text of the window with the same key, %3 where it is.
    return tr("%1 is also \"%2\" (%3)")
        .arg(key.toString(QKeySequence::NativeText), other.text,
             ShownTextScanner::kindName(other.kind) + QLatin1Char(' ') + other.where);
}
