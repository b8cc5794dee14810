#include "ui/screenshotrunner.h"

#include "app/i18n/languageswitcher.h"
#include "ui/mainwindow.h"
#include "ui/showntextscanner.h"
#include "ui/translatorcheck.h"

#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QSaveFile>
#include <QSet>
#include <QSocketNotifier>
#include <QTabWidget>
#include <QTextStream>
#include <QWidget>

#include <unistd.h>

bool ScreenshotRunner::parseLanguages(const QString &list, QStringList *languages, QString *error)
{
    QStringList known = LanguageSwitcher::availableLanguages();
    known.append(LanguageSwitcher::pseudoLanguage());
    languages->clear();
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString language = part.trimmed();
        if (!known.contains(language)) {
            *error = tr("Unknown language \"%1\" in \"%2\"; available: %3.")
                         .arg(language, list, known.join(QStringLiteral(", ")));
            return false;
        }
        if (!languages->contains(language))
            languages->append(language);
    }
    if (languages->isEmpty()) {
        *error = tr("No language given in \"%1\"; available: %2.").arg(list, known.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

namespace {
struct Cell
{
    QString file; // relative to the folder; empty: view not available
    int truncated = 0;
    QStringList details;
};

QString indexHtml(const QStringList &languages, const QMap<QString, QMap<QString, Cell>> &cells)
{
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
        "<style>body{font-family:sans-serif;margin:16px}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:6px;vertical-align:top}img{width:420px;display:block}"
        "th.view{text-align:left;max-width:140px}.bad{color:#b02020}.ok{color:#207020}"
        "details{font-size:smaller;max-width:420px}</style></head><body>\n"
        "<h1>%2</h1>\n<table>\n<tr><th></th>")
        .arg(ScreenshotRunner::tr("Azure Status Console: screenshots").toHtmlEscaped(),
            ScreenshotRunner::tr("Azure Status Console: every view in every language").toHtmlEscaped());
    for (const QString &language : languages)
        html += QStringLiteral("<th>%1 (%2)</th>").arg(LanguageSwitcher::nativeName(language).toHtmlEscaped(), language);
    html += QStringLiteral("</tr>\n");
    for (const ScreenshotView &view : ScreenshotCatalog::views()) {
        html += QStringLiteral("<tr><th class=\"view\">%1<br><code>%2</code></th>")
                    .arg(QCoreApplication::translate("ScreenshotCatalog", view.title.toUtf8().constData()).toHtmlEscaped(),
                        view.id.toHtmlEscaped());
        for (const QString &language : languages) {
            const Cell cell = cells.value(view.id).value(language);
            if (cell.file.isEmpty()) {
                html += QStringLiteral("<td>%1</td>").arg(ScreenshotRunner::tr("not available in this run").toHtmlEscaped());
                continue;
            }
            html += QStringLiteral("<td><a href=\"%1\"><img src=\"%1\" alt=\"%2 %3\"></a>")
                        .arg(cell.file.toHtmlEscaped(), view.id.toHtmlEscaped(), language);
            if (cell.truncated == 0) {
                html += QStringLiteral("<span class=\"ok\">%1</span>").arg(ScreenshotRunner::tr("every string fits").toHtmlEscaped());
            } else {
                html += QStringLiteral("<details><summary class=\"bad\">%1</summary>%2</details>")
                            .arg(ScreenshotRunner::tr("Strings that do not fit: %n", nullptr, cell.truncated).toHtmlEscaped(),
                                cell.details.join(QStringLiteral("<br>")));
            }
            html += QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n</body></html>\n");
    return html;
}
} // namespace

bool ScreenshotRunner::run(const ScreenshotContext &context, const QString &folder, const QStringList &languages,
                           Result *result, QString *error, const Shown &shown)
{
    const QDir root(folder);
    if (!root.mkpath(QStringLiteral("."))) {
        *error = tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(root.absolutePath()));
        return false;
    }
    const QString startLanguage = context.languages->language();
    QWidget *startTab = context.window->tabs()->currentWidget();
    QMap<QString, QMap<QString, Cell>> cells; // view -> language -> cell
    const auto finish = [&](bool ok) {
        context.languages->setLanguage(startLanguage);
        context.window->tabs()->setCurrentWidget(startTab);
        return ok;
    };
    for (const QString &language : languages) {
        if (!context.languages->setLanguage(language, error))
            return finish(false);
        if (!root.mkpath(language)) {
            *error = tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(root.filePath(language)));
            return finish(false);
        }
        ScreenshotCatalog::settle(300);
        QString loadError;
        QList<CheckedString> strings = TranslatorCheck::load(language, &loadError);
        for (const ScreenshotView &view : ScreenshotCatalog::views()) {
            ScreenshotTarget target = view.show(context);
            if (!target.widget) {
                if (!result->unavailable.contains(view.id))
                    result->unavailable.append(view.id);
                continue;
            }
            ScreenshotCatalog::settle();
            if (shown)
                shown(view, language);
            const QString relative = language + QLatin1Char('/') + view.id + QStringLiteral(".png");
            const QString path = root.filePath(relative);
            if (!target.widget->grab().save(path, "PNG")) {
                *error = tr("The screenshot %1 could not be written.").arg(QDir::toNativeSeparators(path));
                return finish(false);
            }
            result->files.append(path);
            Cell cell;
            cell.file = relative;
            QList<ShownText> shown = ShownTextScanner::scan(target.widget);
            QList<CheckedString> checked = strings;
            TranslatorCheck::attachShown(checked, shown);
            QSet<QString> counted; // one text in one place, even when two contexts share its source
            for (const CheckedString &string : std::as_const(checked)) {
                for (const ShownText &text : string.shownIn) {
                    if (text.truncated() && !counted.contains(text.where)) {
                        counted.insert(text.where);
                        ++cell.truncated;
                        cell.details.append(QString(text.text + QStringLiteral(" — ") + text.describe()).toHtmlEscaped());
                    }
                }
            }
            result->truncated += cell.truncated;
            cells[view.id].insert(language, cell);
        }
    }
    // The sheet is for the person who ran the command: in the language the console started in.
    context.languages->setLanguage(startLanguage);
    QSaveFile index(root.filePath(QStringLiteral("index.html")));
    if (!index.open(QIODevice::WriteOnly) || index.write(indexHtml(languages, cells).toUtf8()) < 0 || !index.commit()) {
        *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(index.fileName()), index.errorString());
        return finish(false);
    }
    result->files.append(index.fileName());
    return finish(true);
}

void ScreenshotRunner::announceAndWait(const ScreenshotView &view, const QString &language)
{
    QTextStream(stdout) << "view " << language << ' ' << view.id << Qt::endl;
    QEventLoop loop;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &loop, [&loop, &input] {
        char c = 0;
        // One byte at a time, so nothing after the line is taken from the next wait.
        const ssize_t got = ::read(STDIN_FILENO, &c, 1);
        if (got <= 0) {
            input.setEnabled(false); // closed: nobody to wait for
            loop.quit();
        } else if (c == '\n') {
            loop.quit();
        }
    });
    loop.exec();
}
