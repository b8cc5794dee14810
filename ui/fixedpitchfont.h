#pragma once

#include <QFont>

// The font of JSON payloads, message ids and other text that is read in columns. The
// system's fixed font (fontconfig's "monospace") is used when it draws every character of
// such text with one advance. That is checked on the glyphs, not with QFontInfo::fixedPitch():
// Noto Sans Mono, fontconfig's "monospace" once fonts-noto-mono is installed, has one
// advance for every Latin character but is not marked monospaced (it has glyphs of other
// widths), so fixedPitch() says false. Should the system's fixed font draw proportionally,
// known monospaced families are tried, then Qt's monospace style hint.
class FixedPitchFont final
{
public:
    static QFont font(); // from the system's fixed font
    static QFont from(const QFont &preferred);
    // Whether ASCII letters, digits, spaces and JSON punctuation all have one advance.
    static bool looksFixedPitch(const QFont &font);
};
