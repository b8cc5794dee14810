#pragma once

#include <QLabel>
#include <QRegularExpression>
#include <QString>

// Item views (lists and tables) do not take their name from a buddy label, as line edits and
// combo boxes do: a screen reader would announce them as "table" alone. They are named here
// by the caption shown above them, without its accelerator and its final colon.
inline void nameAfterCaption(QWidget *view, const QLabel *caption)
{
    QString name = caption->text();
    const qsizetype amp = name.indexOf(QLatin1Char('&'));
    if (amp >= 0 && amp + 1 < name.size())
        name.remove(amp, 1);
    // Japanese accelerators are written after the text: "ファイル(F)" keeps no "(F)".
    static const QRegularExpression suffix(QStringLiteral("\\([A-Za-z]\\)$"));
    name = name.trimmed();
    for (const QChar colon : {QChar(u':'), QChar(u'\uFF1A')}) {
        if (name.endsWith(colon))
            name.chop(1);
    }
    name.remove(suffix);
    view->setAccessibleName(name.trimmed());
}
