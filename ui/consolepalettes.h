#pragma once

#include <QPalette>

// A dark palette and a high-contrast (white on black) palette, as a desktop theme gives them
// to Qt. The screenshot catalog renders views with them, so that the console's own colours
// (status texts, flagged cells, banners) can be seen to stay legible on either.
class ConsolePalettes final
{
public:
    static QPalette dark();
    static QPalette highContrast();
};
