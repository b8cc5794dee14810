#pragma once

#include "app/i18n/translationcheck.h"
#include "ui/showntextscanner.h"

#include <QCoreApplication>

struct ScreenshotContext;

// One source string of the .ts with its translation in the checked language, what is wrong
// with it, and where the live UI shows it.
struct CheckedString
{
    TranslationMessage message;
    QList<TranslationCheck::Finding> findings;
    TranslationCheck::Flags flags;
    QList<ShownText> shownIn;

    QString shownTranslation() const; // the forms joined by " | "
};

// The translator check: the .ts text checks plus the checks measured in the live UI.
class TranslatorCheck final
{
    Q_DECLARE_TR_FUNCTIONS(TranslatorCheck)

public:
    // The strings of `language` ("en", "fr", "ja", "es" or the pseudo-locale) with their
    // text findings; an empty list and an error naming the file when it cannot be read.
    static QList<CheckedString> load(const QString &language, QString *error, const QString &tsFolder = QString());
    // Finds each shown text's string by its translation (placeholders match any value) and
    // adds "does not fit" and "glyph missing" findings measured with the widget's font.
    static void attachShown(QList<CheckedString> &strings, const QList<ShownText> &shown);
    // Shows every view of the screenshot catalog (but skipId) in turn and measures its texts;
    // the main window's tab is restored afterwards.
    static QList<ShownText> measureViews(const ScreenshotContext &context, const QString &skipId = QString());
};
