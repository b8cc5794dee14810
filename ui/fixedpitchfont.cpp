#include "ui/fixedpitchfont.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QStringList>

#include <cmath>

bool FixedPitchFont::looksFixedPitch(const QFont &font)
{
    const QFontMetricsF metrics(font);
    static const QString sample = QStringLiteral(" iIlWMm0.,:;{}[]\"'-_|/@#");
    const qreal advance = metrics.horizontalAdvance(sample.at(0));
    for (const QChar c : sample) {
        if (std::abs(metrics.horizontalAdvance(c) - advance) > 0.01)
            return false;
    }
    return advance > 0;
}

QFont FixedPitchFont::from(const QFont &preferred)
{
    if (looksFixedPitch(preferred))
        return preferred;
    static const QStringList families { QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Mono"),
        QStringLiteral("Noto Sans Mono"), QStringLiteral("Liberation Mono"), QStringLiteral("Ubuntu Mono"),
        QStringLiteral("Source Code Pro"), QStringLiteral("Cousine"), QStringLiteral("Nimbus Mono PS"),
        QStringLiteral("Courier New") };
    for (const QString &family : families) {
        QFont candidate = preferred;
        candidate.setFamilies({ family });
        if (QFontInfo(candidate).family() == family && looksFixedPitch(candidate))
            return candidate;
    }
    QFont hinted = preferred;
    hinted.setStyleHint(QFont::Monospace);
    hinted.setFixedPitch(true);
    return hinted;
}

QFont FixedPitchFont::font()
{
    return from(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}
