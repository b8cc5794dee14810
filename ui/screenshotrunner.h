#pragma once

#include "ui/screenshotcatalog.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

// Screenshot mode (issue 6): renders every view of the ScreenshotCatalog in each language
// to DIR/<language>/<view>.png and writes DIR/index.html, a contact sheet with the views as
// rows and the languages as columns. Each cell also says how many of our strings do not
// fit their widget there (the translator check's measurement).
class ScreenshotRunner final
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotRunner)

public:
    struct Result
    {
        QStringList files; // every PNG written, and index.html last
        QStringList unavailable; // "reports-queue": views this console has not got (no tenant)
        int truncated = 0; // strings that do not fit, over all views and languages
    };

    // "en,fr,ja,es" -> list; false with an error naming the unknown language.
    static bool parseLanguages(const QString &list, QStringList *languages, QString *error);
    // Called with each view on screen, before its picture is taken.
    using Shown = std::function<void(const ScreenshotView &view, const QString &language)>;

    // Leaves the UI in the language it had before. False with an error naming the file that
    // could not be written; files already written stay.
    static bool run(const ScreenshotContext &context, const QString &folder, const QStringList &languages,
                    Result *result, QString *error, const Shown &shown = {});
    // For --step: writes "view <language> <id>" on standard output and waits, with the event
    // loop running (an accessibility client reads the window meanwhile), for a line on
    // standard input. Returns at once when standard input is closed.
    static void announceAndWait(const ScreenshotView &view, const QString &language);
};
