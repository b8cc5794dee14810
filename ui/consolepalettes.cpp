#include "ui/consolepalettes.h"

namespace {
void setDisabled(QPalette &palette, const QColor &text)
{
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, text);
}
} // namespace

QPalette ConsolePalettes::dark()
{
    // Close to the dark themes of KDE Breeze and GNOME Adwaita.
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x30));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1f));
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x29));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa4));
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x55, 0x55, 0x5a));
    palette.setColor(QPalette::Midlight, QColor(0x46, 0x46, 0x4a));
    palette.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2d));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
    palette.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    setDisabled(palette, QColor(0x8c, 0x8c, 0x90));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x54));
    return palette;
}

QPalette ConsolePalettes::highContrast()
{
    // As the high-contrast black themes of Windows and GNOME: white text on black, bright
    // selection, lines in white so that fields and frames stay visible.
    QPalette palette;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::ToolTipBase})
        palette.setColor(role, Qt::black);
    palette.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                                     QPalette::BrightText, QPalette::Light, QPalette::Midlight, QPalette::Dark,
                                     QPalette::Shadow})
        palette.setColor(role, Qt::white);
    palette.setColor(QPalette::Mid, QColor(0xc0, 0xc0, 0xc0));
    palette.setColor(QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8));
    palette.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Link, QColor(0xff, 0xff, 0x00));
    palette.setColor(QPalette::LinkVisited, QColor(0xff, 0xff, 0x00));
    setDisabled(palette, QColor(0x3f, 0xf2, 0x3f));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x60, 0x60, 0x60));
    return palette;
}
