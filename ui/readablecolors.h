#pragma once

#include <QColor>

class QWidget;

// The colours that carry a meaning (an error, a warning, a success, a greyed value), kept
// readable on whatever palette they are drawn on. Each tone is designed for a light window;
// on a dark or high-contrast one the same hue is lightened until the text reaches the WCAG
// AA contrast of 4.5:1 with its background, so a dark desktop does not get dark red on
// dark grey.
class ReadableColors final
{
public:
    enum class Tone { Error, Warning, Success, Muted };

    static constexpr double kMinimumContrast = 4.5;

    // WCAG 2 contrast ratio of two colours, 1 (same) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);
    // `wanted` when it is readable on `background`; else the same hue lightened (on a dark
    // background) or darkened (on a light one) until it is, and black or white at worst.
    static QColor readable(const QColor &wanted, const QColor &background);
    static QColor color(Tone tone, const QColor &background);

    // Draws the widget's text (WindowText) in the tone, readable on its window colour, now
    // and after every palette change (a dark theme chosen while the console runs).
    static void setTone(QWidget *widget, Tone tone);
    // Back to the palette's own text colour.
    static void clearTone(QWidget *widget);
};
