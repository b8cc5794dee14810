#include "ui/readablecolors.h"

#include <QEvent>
#include <QPalette>
#include <QWidget>

#include <cmath>

namespace {
constexpr const char *kToneProperty = "ascReadableTone";

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

QColor designed(ReadableColors::Tone tone)
{
    switch (tone) {
    case ReadableColors::Tone::Error:
        return QColor(0xb0, 0x00, 0x20);
    case ReadableColors::Tone::Warning:
        return QColor(0x8a, 0x5a, 0x00);
    case ReadableColors::Tone::Success:
        return QColor(0x1b, 0x5e, 0x20);
    case ReadableColors::Tone::Muted:
        return QColor(0x6b, 0x6b, 0x6b);
    }
    return {};
}

void applyTone(QWidget *widget)
{
    const QVariant tone = widget->property(kToneProperty);
    if (!tone.isValid())
        return;
    const QColor wanted = ReadableColors::color(ReadableColors::Tone(tone.toInt()), widget->palette().color(QPalette::Window));
    // Setting the palette sends another PaletteChange: stop once the colour is right.
    if (widget->palette().color(QPalette::WindowText) == wanted)
        return;
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, wanted);
    widget->setPalette(palette);
}

// Re-applies the tone when the palette the widget inherits changes.
class ToneKeeper final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange && watched->isWidgetType())
            applyTone(static_cast<QWidget *>(watched));
        return false;
    }
};

ToneKeeper *keeper()
{
    static ToneKeeper instance;
    return &instance;
}
} // namespace

double ReadableColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ReadableColors::readable(const QColor &wanted, const QColor &background)
{
    if (contrast(wanted, background) >= kMinimumContrast)
        return wanted;
    const bool darkBackground = luminance(background) < 0.18;
    int hue = 0;
    int saturation = 0;
    int lightness = 0;
    wanted.getHsl(&hue, &saturation, &lightness);
    for (int step = 0; step <= 255; step += 5) {
        const int l = darkBackground ? std::min(255, lightness + step) : std::max(0, lightness - step);
        const QColor candidate = QColor::fromHsl(hue, saturation, l);
        if (contrast(candidate, background) >= kMinimumContrast)
            return candidate;
    }
    return darkBackground ? QColor(Qt::white) : QColor(Qt::black);
}

QColor ReadableColors::color(Tone tone, const QColor &background)
{
    return readable(designed(tone), background);
}

void ReadableColors::setTone(QWidget *widget, Tone tone)
{
    widget->setProperty(kToneProperty, int(tone));
    widget->removeEventFilter(keeper());
    widget->installEventFilter(keeper());
    applyTone(widget);
}

void ReadableColors::clearTone(QWidget *widget)
{
    if (!widget->property(kToneProperty).isValid())
        return;
    widget->setProperty(kToneProperty, QVariant());
    widget->removeEventFilter(keeper());
    widget->setPalette(QPalette());
}
