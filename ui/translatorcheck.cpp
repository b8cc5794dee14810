#include "ui/translatorcheck.h"

#include "app/i18n/languageswitcher.h"
#include "app/i18n/pseudotranslator.h"
#include "ui/mainwindow.h"
#include "ui/screenshotcatalog.h"
#include "ui/shortcutclashes.h"

#include <QApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>

#include <algorithm>

QString CheckedString::shownTranslation() const
{
    if (message.numerus)
        return message.forms.join(QStringLiteral(" | "));
    return message.translation.isEmpty() ? message.source : message.translation;
}

QList<CheckedString> TranslatorCheck::load(const QString &language, QString *error, const QString &tsFolder)
{
    const bool pseudo = language == LanguageSwitcher::pseudoLanguage();
    const TranslationCatalog catalog = TranslationCatalog::load(pseudo ? QStringLiteral("en") : language, tsFolder);
    QList<CheckedString> strings;
    if (!catalog.isValid()) {
        if (error)
            *error = catalog.error();
        return strings;
    }
    strings.reserve(catalog.messages().size());
    for (const TranslationMessage &message : catalog.messages()) {
        CheckedString string;
        string.message = message;
        if (pseudo) {
            string.message.type.clear();
            if (message.numerus)
                string.message.forms = {PseudoTranslator::pseudo(message.source), PseudoTranslator::pseudo(message.source)};
            else
                string.message.translation = PseudoTranslator::pseudo(message.source);
        }
        string.findings = TranslationCheck::check(string.message, language);
        for (const TranslationCheck::Finding &finding : std::as_const(string.findings))
            string.flags |= finding.flag;
        strings.append(string);
    }
    return strings;
}

namespace {
struct Pattern
{
    QRegularExpression regex;
    int string;
};

QString shownKey(const QString &text)
{
    return ShownTextScanner::stripAccelerators(text).trimmed();
}
} // namespace

void TranslatorCheck::attachShown(QList<CheckedString> &strings, const QList<ShownText> &shown)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?[1-9]|%n"));
    QHash<QString, QList<int>> exact;
    QList<Pattern> patterns;
    for (int i = 0; i < strings.size(); ++i) {
        strings[i].shownIn.clear();
        for (const QString &text : strings[i].message.shownTexts()) {
            const QString key = shownKey(text);
            if (key.isEmpty())
                continue;
            if (!placeholder.match(key).hasMatch()) {
                exact[key].append(i);
                continue;
            }
            // Too little fixed text ("%1 %2") would match anything.
            QString literal = key;
            literal.remove(placeholder);
            if (literal.simplified().size() < 4)
                continue;
            QString pattern;
            qsizetype pos = 0;
            for (auto it = placeholder.globalMatch(key); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                pattern += QRegularExpression::escape(key.mid(pos, match.capturedStart() - pos))
                    + QStringLiteral("(.+?)");
                pos = match.capturedEnd();
            }
            pattern += QRegularExpression::escape(key.mid(pos));
            patterns.append({QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'),
                                                QRegularExpression::DotMatchesEverythingOption),
                             i});
        }
    }

    QHash<QString, QList<int>> cache;
    const auto matches = [&](const QString &text) -> QList<int> {
        const QString key = shownKey(text);
        auto it = cache.constFind(key);
        if (it != cache.constEnd())
            return *it;
        QList<int> found = exact.value(key);
        if (found.isEmpty()) {
            for (const Pattern &p : std::as_const(patterns)) {
                if (p.regex.match(key).hasMatch() && !found.contains(p.string))
                    found.append(p.string);
            }
        }
        cache.insert(key, found);
        return found;
    };

    for (const ShownText &text : shown) {
        QList<int> found = matches(text.text);
        if (found.isEmpty() && text.text.contains(QLatin1Char('\n'))) {
            for (const QString &line : text.text.split(QLatin1Char('\n')))
                for (int i : matches(line))
                    if (!found.contains(i))
                        found.append(i);
        }
        for (int i : std::as_const(found))
            strings[i].shownIn.append(text);
    }

    for (CheckedString &string : strings) {
        const TranslationCheck::Flags live = TranslationCheck::Truncated | TranslationCheck::MissingGlyph
            | TranslationCheck::ShortcutClash;
        string.findings.removeIf(
            [live](const TranslationCheck::Finding &finding) { return live.testFlag(finding.flag); });
        string.flags &= ~live;
        QSet<QString> reported;
        QSet<QString> clashes;
        for (const ShownText &text : std::as_const(string.shownIn)) {
            const QString view = text.view.isEmpty() ? QString() : text.view + QStringLiteral(": ");
            if (text.truncated() && !reported.contains(text.where)) {
                reported.insert(text.where);
                string.findings.append({TranslationCheck::Truncated, view + text.describe()});
                string.flags |= TranslationCheck::Truncated;
            }
            for (const QString &clash : text.clashes) {
                if (!clashes.contains(clash)) {
                    clashes.insert(clash);
                    string.findings.append({TranslationCheck::ShortcutClash, clash});
                    string.flags |= TranslationCheck::ShortcutClash;
                }
            }
        }
        const QFont font = !string.shownIn.isEmpty() && string.shownIn.first().widget
            ? string.shownIn.first().widget->font()
            : QApplication::font();
        QString missing;
        for (const QString &text : string.message.shownTexts()) {
            for (const QChar c : ShownTextScanner::missingGlyphs(text, font))
                if (!missing.contains(c))
                    missing.append(c);
        }
        if (!missing.isEmpty()) {
            QStringList codes;
            for (const QChar c : std::as_const(missing))
                codes.append(QStringLiteral("U+%1 %2").arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(c).toUpper());
            string.findings.append({TranslationCheck::MissingGlyph,
                                    tr("%1 cannot draw %2").arg(font.family(), codes.join(QStringLiteral(", ")))});
            string.flags |= TranslationCheck::MissingGlyph;
        }
    }
}

QList<ShownText> TranslatorCheck::measureViews(const ScreenshotContext &context, const QString &skipId)
{
    QList<ShownText> all;
    QHash<QString, qsizetype> seen; // where + text -> its place in `all`
    QWidget *restoreTab = context.window->tabs()->currentWidget();
    for (const ScreenshotView &view : ScreenshotCatalog::views()) {
        if (view.id == skipId)
            continue;
        ScreenshotTarget target = view.show(context);
        if (!target.widget)
            continue;
        ScreenshotCatalog::settle(target.owned ? 300 : 150);
        // A word-wrapped label in a scroll area takes several layout passes to get its height,
        // and on a busy machine the time above may not be enough for them all: measured then,
        // a text that fits is reported cut off. Measure again until two measurements agree.
        QList<ShownText> texts = ShownTextScanner::scan(target.widget);
        for (int pass = 0; pass < 40 && target.widget; ++pass) {
            ScreenshotCatalog::settle(50);
            QList<ShownText> again = ShownTextScanner::scan(target.widget);
            const bool same = std::equal(texts.cbegin(), texts.cend(), again.cbegin(), again.cend(),
                                         [](const ShownText &a, const ShownText &b) {
                                             return a.widget == b.widget && a.index == b.index && a.text == b.text
                                                 && a.rect == b.rect && a.needed == b.needed
                                                 && a.available == b.available;
                                         });
            texts = std::move(again);
            if (same)
                break;
        }
        // A dialog's widgets die with it: its texts are still listed, but cannot be highlighted.
        // The main window is scanned once per view: keep each widget's text once, with the
        // shortcut clashes of every view it was shown in (the menu bar's Alt+F clashes only
        // on the tab whose label takes F too).
        ShortcutClashes::mark(texts);
        for (ShownText &text : texts) {
            for (QString &clash : text.clashes)
                clash = view.id + QStringLiteral(": ") + clash;
            const QString key = text.where + QLatin1Char('\x1f') + text.text;
            const auto it = seen.constFind(key);
            if (it != seen.constEnd()) {
                all[*it].clashes.append(text.clashes);
                continue;
            }
            seen.insert(key, all.size());
            text.view = view.id;
            all.append(text);
        }
    }
    context.window->tabs()->setCurrentWidget(restoreTab);
    return all;
}
