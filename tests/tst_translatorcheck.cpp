#include "app/console/consoleservices.h"
#include "app/i18n/languageswitcher.h"
#include "app/i18n/pseudotranslator.h"
#include "app/i18n/translationcatalog.h"
#include "app/i18n/translationcheck.h"
#include "app/inventory/deviceinventory.h"
#include "app/net/networkservices.h"
#include "app/policy/policyservice.h"
#include "app/reporting/reportingengine.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/tenant/demotenant.h"
#include "tests/democonsole.h"
#include "tests/emulatornetsettings.h"
#include "models/devicelistmodel.h"
#include "ui/mainwindow.h"
#include "ui/screenshotcatalog.h"
#include "ui/screenshotrunner.h"
#include "ui/shortcutclashes.h"
#include "ui/translatorcheck.h"
#include "ui/translatorcheckmodel.h"
#include "ui/translatorcheckview.h"

#include <QFile>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QMap>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// The translator check (text flags, measurement in place, jump to the widget), the
// pseudo-locale and screenshot mode. The language-dependent checks fail with the language,
// the context, the source text and the widget, so a translator can fix them at once.

namespace {
QStringList allLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ja"), QStringLiteral("es")};
}

TranslationMessage message(const QString &source, const QString &translation, const QString &type = QString())
{
    TranslationMessage m;
    m.context = QStringLiteral("Test");
    m.source = source;
    m.translation = translation;
    m.type = type;
    return m;
}

TranslationCheck::Flags flagsOf(const QList<TranslationCheck::Finding> &findings)
{
    TranslationCheck::Flags flags;
    for (const TranslationCheck::Finding &finding : findings)
        flags |= finding.flag;
    return flags;
}

QString describe(const CheckedString &string, TranslationCheck::Flag flag)
{
    QStringList details;
    for (const TranslationCheck::Finding &finding : string.findings) {
        if (finding.flag == flag)
            details.append(finding.detail);
    }
    return QStringLiteral("  [%1] \"%2\" -> \"%3\" (%4): %5")
        .arg(string.message.context, string.message.source, string.shownTranslation(),
             string.message.locations.join(QStringLiteral(", ")), details.join(QStringLiteral("; ")));
}
} // namespace

class TestTranslatorCheck final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void textChecks_data();
    void textChecks();
    void catalogLocations();
    void pseudoLocale_data();
    void pseudoLocale();
    void pseudoLocaleInTheMenu();
    void noTextFlags_data();
    void noTextFlags();
    void everyStringFitsAndHasGlyphs_data();
    void everyStringFitsAndHasGlyphs();
    void measurementFindsTruncation();
    void measurementFindsShortcutClashes();
    void noShortcutClash_data();
    void noShortcutClash();
    void checkViewFiltersAndJumpsToWidget();
    void reportTimeShowsTimeZone_data();
    void reportTimeShowsTimeZone();
    void screenshotsOnePerViewPerLanguage();
    void screenshotsRejectUnknownLanguage();

private:
    ScreenshotContext context() const { return m_console.context(); }

    DemoConsole m_console;
};

void TestTranslatorCheck::initTestCase()
{
    QString error;
    QVERIFY2(m_console.start(300, &error), qPrintable(error));
}

void TestTranslatorCheck::cleanupTestCase()
{
    // DemoConsole ends the window, the services and the emulator in order.
}

void TestTranslatorCheck::textChecks_data()
{
    QTest::addColumn<TranslationMessage>("message");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("expected");
    using C = TranslationCheck;
    QTest::addRow("clean") << message(QStringLiteral("Report now"), QStringLiteral("Signaler maintenant"))
                           << QStringLiteral("fr") << 0;
    QTest::addRow("unfinished") << message(QStringLiteral("Report now"), QString(), QStringLiteral("unfinished"))
                                << QStringLiteral("fr") << int(C::Unfinished);
    QTest::addRow("vanished") << message(QStringLiteral("Gone"), QStringLiteral("Parti"), QStringLiteral("vanished"))
                              << QStringLiteral("fr") << int(C::Unfinished);
    QTest::addRow("code translated")
        << message(QStringLiteral("Code %1 is User_Canceled."), QStringLiteral("Le code %1 est Annulé."))
        << QStringLiteral("fr") << int(C::ProtocolCode);
    QTest::addRow("code misspelled")
        << message(QStringLiteral("User_Canceled: retry."), QStringLiteral("User_Cancelled : réessayer."))
        << QStringLiteral("fr") << int(C::ProtocolCode);
    QTest::addRow("payload word") << message(QStringLiteral("Azure receives notCompliant."),
                                             QStringLiteral("Azure reçoit non conforme."))
                                  << QStringLiteral("fr") << int(C::ProtocolCode);
    QTest::addRow("Non-compliant is a word, not a code")
        << message(QStringLiteral("Device Non-compliant"), QStringLiteral("Appareil non conforme"))
        << QStringLiteral("fr") << 0;
    QTest::addRow("placeholder lost") << message(QStringLiteral("%1 of %2"), QStringLiteral("%1 sur"))
                                      << QStringLiteral("fr") << int(C::Placeholder);
    QTest::addRow("plain placeholder for a localized one")
        << message(QStringLiteral("%L1 devices"), QStringLiteral("%1 appareils")) << QStringLiteral("fr")
        << int(C::Placeholder);
    QTest::addRow("leading space") << message(QStringLiteral("  help"), QStringLiteral("aide"))
                                   << QStringLiteral("fr") << int(C::Whitespace);
    QTest::addRow("trailing space") << message(QStringLiteral("Name"), QStringLiteral("Nom "))
                                    << QStringLiteral("fr") << int(C::Whitespace);
    QTest::addRow("colon lost") << message(QStringLiteral("Name:"), QStringLiteral("Nom")) << QStringLiteral("fr")
                                << int(C::Punctuation);
    QTest::addRow("full stop added") << message(QStringLiteral("Name"), QStringLiteral("名前。"))
                                     << QStringLiteral("ja") << int(C::Punctuation);
    QTest::addRow("abbreviation dot") << message(QStringLiteral("Id"), QStringLiteral("Id.")) << QStringLiteral("es")
                                      << 0;
    QTest::addRow("sentence dot added") << message(QStringLiteral("Device removed"), QStringLiteral("Appareil retiré."))
                                        << QStringLiteral("fr") << int(C::Punctuation);
    QTest::addRow("Japanese full stop") << message(QStringLiteral("Done."), QStringLiteral("完了。"))
                                        << QStringLiteral("ja") << 0;
    QTest::addRow("ellipsis") << message(QStringLiteral("Save…"), QStringLiteral("Enregistrer..."))
                              << QStringLiteral("fr") << int(C::Punctuation);
    QTest::addRow("several") << message(QStringLiteral("%1: Internal_Error."), QStringLiteral("Erreur interne"))
                             << QStringLiteral("fr") << int(C::ProtocolCode | C::Placeholder | C::Punctuation);
    QTest::addRow("English shows the source") << message(QStringLiteral("Name:"), QString()) << QStringLiteral("en")
                                              << 0;
    TranslationMessage plural = message(QStringLiteral("%Ln device(s)"), QString());
    plural.numerus = true;
    plural.forms = {QStringLiteral("%Ln appareil"), QStringLiteral("%n appareils")};
    QTest::addRow("plural form with plain n for Ln") << plural << QStringLiteral("fr") << int(C::Placeholder);
    plural.forms = {QStringLiteral("%Ln appareil")};
    QTest::addRow("plural form missing") << plural << QStringLiteral("fr") << int(C::Unfinished);
    plural.forms = {QStringLiteral("%Ln 台")};
    QTest::addRow("Japanese has one form") << plural << QStringLiteral("ja") << 0;
}

void TestTranslatorCheck::textChecks()
{
    QFETCH(TranslationMessage, message);
    QFETCH(QString, language);
    QFETCH(int, expected);
    const QList<TranslationCheck::Finding> findings = TranslationCheck::check(message, language);
    QStringList details;
    for (const TranslationCheck::Finding &finding : findings)
        details.append(finding.detail);
    QVERIFY2(int(flagsOf(findings)) == expected,
             qPrintable(QStringLiteral("flags 0x%1, expected 0x%2: %3")
                            .arg(int(flagsOf(findings)), 0, 16)
                            .arg(expected, 0, 16)
                            .arg(details.join(QStringLiteral("; ")))));
}

void TestTranslatorCheck::catalogLocations()
{
    const QByteArray ts = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="fr_FR">
<context><name>A</name>
<message><location filename="../ui/a.cpp" line="+10"/><source>One</source><translation>Un</translation></message>
<message><location line="+5"/><location filename="../models/b.cpp" line="+7"/><source>Two</source>
<translation type="unfinished"></translation></message>
</context>
<context><name>B</name>
<message numerus="yes"><location filename="../ui/a.cpp" line="+2"/><source>%n x</source>
<translation><numerusform>%n x</numerusform><numerusform>%n xs</numerusform></translation></message>
</context></TS>)";
    const TranslationCatalog catalog = TranslationCatalog::parse(ts, QStringLiteral("test.ts"));
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(catalog.locale(), QStringLiteral("fr_FR"));
    QCOMPARE(catalog.messages().size(), 3);
    QCOMPARE(catalog.messages()[0].locations, QStringList{QStringLiteral("ui/a.cpp:10")});
    QCOMPARE(catalog.messages()[1].locations, (QStringList{QStringLiteral("ui/a.cpp:15"), QStringLiteral("models/b.cpp:7")}));
    QCOMPARE(catalog.messages()[1].type, QStringLiteral("unfinished"));
    QCOMPARE(catalog.messages()[2].context, QStringLiteral("B"));
    QCOMPARE(catalog.messages()[2].locations, QStringList{QStringLiteral("ui/a.cpp:17")});
    QCOMPARE(catalog.messages()[2].forms, (QStringList{QStringLiteral("%n x"), QStringLiteral("%n xs")}));

    const TranslationCatalog broken = TranslationCatalog::parse("<TS><context>", QStringLiteral("broken.ts"));
    QVERIFY(!broken.isValid());
    QVERIFY2(broken.error().contains(QStringLiteral("broken.ts")), qPrintable(broken.error()));
    QVERIFY(!TranslationCatalog::load(QStringLiteral("xx")).isValid());
    // The embedded .ts files the check view reads.
    for (const QString &language : allLanguages()) {
        const TranslationCatalog embedded = TranslationCatalog::load(language);
        QVERIFY2(embedded.isValid(), qPrintable(embedded.error()));
        QVERIFY(embedded.messages().size() > 100);
        QVERIFY2(!embedded.messages().first().locations.isEmpty(), qPrintable(language));
    }
}

void TestTranslatorCheck::pseudoLocale_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("kept");
    QTest::addRow("plain") << QStringLiteral("Report selected devices") << QStringList();
    QTest::addRow("accelerator and ellipsis") << QStringLiteral("&Export shown devices as CSV…")
                                              << QStringList{QStringLiteral("&E"), QStringLiteral("CSV")};
    QTest::addRow("placeholders") << QStringLiteral("%1 of %Ln device(s) shown")
                                  << QStringList{QStringLiteral("%1"), QStringLiteral("%Ln")};
    QTest::addRow("codes") << QStringLiteral("Blank because of an error: User_Canceled or Internal_Error.")
                           << QStringList{QStringLiteral("User_Canceled"), QStringLiteral("Internal_Error")};
    QTest::addRow("payload and html") << QStringLiteral("<b>Azure</b> receives \"notCompliant\" at %1.")
                                      << QStringList{QStringLiteral("<b>"), QStringLiteral("</b>"),
                                                     QStringLiteral("notCompliant"), QStringLiteral("%1")};
    QTest::addRow("option") << QStringLiteral("Use --db to pick another store")
                            << QStringList{QStringLiteral("--db")};
}

void TestTranslatorCheck::pseudoLocale()
{
    QFETCH(QString, source);
    QFETCH(QStringList, kept);
    const QString pseudo = PseudoTranslator::pseudo(source);
    QVERIFY2(pseudo.startsWith(QLatin1Char('[')), qPrintable(pseudo));
    QVERIFY2(pseudo.contains(QLatin1Char(']')), qPrintable(pseudo));
    // About 40% longer (30 to 60%).
    QVERIFY2(pseudo.size() >= source.size() * 13 / 10 && pseudo.size() <= source.size() * 16 / 10 + 3,
             qPrintable(QStringLiteral("%1 -> %2 characters: %3").arg(source.size()).arg(pseudo.size()).arg(pseudo)));
    for (const QString &part : kept)
        QVERIFY2(pseudo.contains(part), qPrintable(QStringLiteral("%1 lost in %2").arg(part, pseudo)));
    // No plain word of the source is left, apart from what must be kept.
    QString rest = pseudo;
    for (const QString &part : kept)
        rest.remove(part);
    static const QRegularExpression asciiWord(QStringLiteral("\\b[A-Za-z]{3,}\\b"));
    QVERIFY2(!asciiWord.match(rest).hasMatch(), qPrintable(QStringLiteral("plain text left: ") + pseudo));
    // The text checks see the same placeholders, codes and ending as the source.
    TranslationMessage m = message(source, pseudo);
    const QList<TranslationCheck::Finding> findings = TranslationCheck::check(m, QStringLiteral("fr"));
    QVERIFY2(findings.isEmpty(), qPrintable(findings.isEmpty() ? QString() : findings.first().detail));
}

void TestTranslatorCheck::pseudoLocaleInTheMenu()
{
    auto *action = m_console.window->findChild<QAction *>(QStringLiteral("language_pseudo"));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(m_console.languages->language(), LanguageSwitcher::pseudoLanguage());
    QCoreApplication::sendPostedEvents();
    const QString tab = m_console.window->tabs()->tabText(0);
    QVERIFY2(tab.startsWith(QLatin1Char('[')) && tab.contains(QLatin1Char('&')), qPrintable(tab));
    QString error;
    QVERIFY2(m_console.languages->setLanguage(QStringLiteral("en"), &error), qPrintable(error));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(m_console.window->tabs()->tabText(0), QStringLiteral("&Devices"));
}

// The check view's text flags are what a translator must fix: none may be left in the .ts.
void TestTranslatorCheck::noTextFlags_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : allLanguages())
        QTest::addRow("%s", qPrintable(language)) << language;
}

void TestTranslatorCheck::noTextFlags()
{
    QFETCH(QString, language);
    QString error;
    const QList<CheckedString> strings = TranslatorCheck::load(language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (int i = 0; i < TranslationCheck::FlagCount; ++i) {
        const TranslationCheck::Flag flag = TranslationCheck::flagAt(i);
        for (const CheckedString &string : strings) {
            if (string.flags.testFlag(flag))
                problems.append(TranslationCheck::flagName(flag) + describe(string, flag));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: %2 flagged string(s):\n%3")
                                                .arg(language)
                                                .arg(problems.size())
                                                .arg(problems.join(QLatin1Char('\n')))));
}

// No string of ours is cut off in any view in any language, measured in place like the
// check view does (not from pixels), and every character has a glyph.
void TestTranslatorCheck::everyStringFitsAndHasGlyphs_data()
{
    noTextFlags_data();
}

void TestTranslatorCheck::everyStringFitsAndHasGlyphs()
{
    QFETCH(QString, language);
    QString error;
    QVERIFY2(m_console.languages->setLanguage(language, &error), qPrintable(error));
    const auto restore = qScopeGuard([this] { m_console.languages->setLanguage(QStringLiteral("en")); });
    QList<CheckedString> strings = TranslatorCheck::load(language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<ShownText> shown = TranslatorCheck::measureViews(context());
    QVERIFY(shown.size() > 100);
    TranslatorCheck::attachShown(strings, shown);
    int onScreen = 0;
    QStringList problems;
    for (const CheckedString &string : std::as_const(strings)) {
        onScreen += string.shownIn.isEmpty() ? 0 : 1;
        for (TranslationCheck::Flag flag : {TranslationCheck::Truncated, TranslationCheck::MissingGlyph}) {
            if (string.flags.testFlag(flag))
                problems.append(TranslationCheck::flagName(flag) + describe(string, flag));
        }
    }
    int flagged = 0;
    for (const CheckedString &string : std::as_const(strings))
        flagged += string.flags ? 1 : 0;
    qInfo("%s: %d strings, %d on screen in %d shown texts, %d with any flag", qPrintable(language),
          int(strings.size()), onScreen, int(shown.size()), flagged);
    // The measurement found the strings of every view, not a handful.
    QVERIFY2(onScreen > 60, qPrintable(QStringLiteral("only %1 strings found on screen").arg(onScreen)));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: %2 string(s):\n%3")
                                                .arg(language)
                                                .arg(problems.size())
                                                .arg(problems.join(QLatin1Char('\n')))));
}

// The measurement itself: a label too narrow for its text is found, one wide enough is not.
void TestTranslatorCheck::measurementFindsTruncation()
{
    QWidget window;
    auto *narrow = new QLabel(QStringLiteral("Azure Device Compliance Report Time"), &window);
    narrow->setObjectName(QStringLiteral("narrow"));
    narrow->setGeometry(0, 0, 60, 20);
    auto *wide = new QLabel(QStringLiteral("Failed"), &window);
    wide->setObjectName(QStringLiteral("wide"));
    wide->setGeometry(0, 30, 300, 20);
    window.resize(320, 80);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<ShownText> shown = ShownTextScanner::scan(&window);
    const auto find = [&shown](const QString &name) {
        for (const ShownText &text : shown) {
            if (text.widget && text.widget->objectName() == name)
                return text;
        }
        return ShownText();
    };
    QVERIFY(find(QStringLiteral("narrow")).truncated());
    QVERIFY(find(QStringLiteral("narrow")).needed > 100);
    QVERIFY(!find(QStringLiteral("wide")).truncated());

    QList<CheckedString> strings(1);
    strings[0].message = message(QStringLiteral("Azure Device Compliance Report Time"), QString());
    TranslatorCheck::attachShown(strings, shown);
    QVERIFY(strings[0].flags.testFlag(TranslationCheck::Truncated));
    QVERIFY2(strings[0].findings.constLast().detail.contains(QStringLiteral("QLabel#narrow")),
             qPrintable(strings[0].findings.constLast().detail));

    QCOMPARE(ShownTextScanner::missingGlyphs(QStringLiteral("Azure デバイス"), window.font()), QString());
    QCOMPARE(ShownTextScanner::missingGlyphs(QString(QChar(0xE000)), window.font()), QString(QChar(0xE000)));
}

// The clash finder itself: keys shared in one window or one menu are found, keys that do not
// work at the same time (a label without a buddy, entries of different menus) are not.
void TestTranslatorCheck::measurementFindsShortcutClashes()
{
    QMainWindow window;
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Save"));
    file->addAction(QStringLiteral("&Settings"));
    window.menuBar()->addMenu(QStringLiteral("&View"))->addAction(QStringLiteral("&Save view"));
    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    auto *filterLabel = new QLabel(QStringLiteral("&Filter:"), central);
    filterLabel->setObjectName(QStringLiteral("filterLabel"));
    auto *filter = new QLineEdit(central);
    filterLabel->setBuddy(filter);
    auto *plain = new QLabel(QStringLiteral("&Viewed"), central); // no buddy: no accelerator
    auto *save = new QPushButton(QStringLiteral("&Save"), central);
    save->setObjectName(QStringLiteral("saveButton"));
    auto *send = new QCheckBox(QStringLiteral("&Send"), central);
    // Two labels without object names: one path, two widgets.
    auto *outcomeLabel = new QLabel(QStringLiteral("&Outcome:"), central);
    auto *originLabel = new QLabel(QStringLiteral("&Origin:"), central);
    auto *outcome = new QLineEdit(central);
    auto *origin = new QLineEdit(central);
    outcomeLabel->setBuddy(outcome);
    originLabel->setBuddy(origin);
    for (QWidget *widget : std::initializer_list<QWidget *>{filterLabel, filter, plain, save, send, outcomeLabel,
                                                            outcome, originLabel, origin})
        layout->addWidget(widget);
    window.setCentralWidget(central);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QList<ShownText> shown = ShownTextScanner::scan(&window);
    QCOMPARE(ShortcutClashes::mark(shown), 8); // File / Filter, Save / Send, Save / Settings, Outcome / Origin
    const auto clashesOf = [&shown](const QString &text, const QString &where = QString()) {
        for (const ShownText &t : shown) {
            if (t.text == text && t.where.contains(where))
                return t.clashes;
        }
        return QStringList{QStringLiteral("not shown")};
    };
    QCOMPARE(clashesOf(QStringLiteral("Filter:")).size(), 1);
    QVERIFY2(clashesOf(QStringLiteral("Filter:")).first().contains(QStringLiteral("\"File\"")),
             qPrintable(clashesOf(QStringLiteral("Filter:")).first()));
    QCOMPARE(clashesOf(QStringLiteral("Send")).size(), 1);
    QCOMPARE(clashesOf(QStringLiteral("Origin:")).size(), 1);
    QCOMPARE(clashesOf(QStringLiteral("Save"), QStringLiteral("saveButton")).size(), 1);
    QCOMPARE(clashesOf(QStringLiteral("Save"), QStringLiteral("> File >")).size(), 1); // with Settings, in its menu
    QCOMPARE(clashesOf(QStringLiteral("Save view")).size(), 0); // another menu
    QCOMPARE(clashesOf(QStringLiteral("View")).size(), 0); // the label "&Viewed" has no buddy
    QCOMPARE(clashesOf(QStringLiteral("&Viewed")).size(), 0); // shown with its "&"

    // The check view's flag, on the string of the clashing text.
    QList<CheckedString> strings(1);
    strings[0].message = message(QStringLiteral("&Filter:"), QString());
    TranslatorCheck::attachShown(strings, shown);
    QVERIFY(strings[0].flags.testFlag(TranslationCheck::ShortcutClash));
    QVERIFY2(strings[0].findings.constLast().detail.contains(QStringLiteral("Alt+F")),
             qPrintable(strings[0].findings.constLast().detail));
}

// Two items of one menu, menu bar, tab bar or dialog never share an accelerator key, in
// any view, in any language.
void TestTranslatorCheck::noShortcutClash_data()
{
    noTextFlags_data();
}

void TestTranslatorCheck::noShortcutClash()
{
    QFETCH(QString, language);
    QString error;
    QVERIFY2(m_console.languages->setLanguage(language, &error), qPrintable(error));
    const auto restore = qScopeGuard([this] { m_console.languages->setLanguage(QStringLiteral("en")); });
    QList<CheckedString> strings = TranslatorCheck::load(language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<ShownText> shown = TranslatorCheck::measureViews(context());
    int keys = 0;
    QMap<QString, int> scopes; // where the keys work -> how many
    QStringList clashes;
    for (const ShownText &text : shown) {
        keys += text.mnemonic.isEmpty() ? 0 : 1;
        if (!text.mnemonic.isEmpty())
            ++scopes[text.scope];
        for (const QString &clash : text.clashes)
            clashes.append(QStringLiteral("  \"%1\" (%2): %3").arg(text.text, text.where, clash));
    }
    TranslatorCheck::attachShown(strings, shown);
    QStringList flagged;
    for (const CheckedString &string : std::as_const(strings)) {
        if (string.flags.testFlag(TranslationCheck::ShortcutClash))
            flagged.append(describe(string, TranslationCheck::ShortcutClash));
    }
    QStringList perScope;
    for (auto it = scopes.cbegin(); it != scopes.cend(); ++it)
        perScope.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    qInfo("%s: %d accelerators shown (%s)", qPrintable(language), keys, qPrintable(perScope.join(QStringLiteral(", "))));
    // The menus, the tabs, the filters, the dialogs: found, not skipped.
    QVERIFY2(scopes.size() >= 6 && keys >= 35, qPrintable(perScope.join(QLatin1Char('\n'))));
    QVERIFY2(clashes.isEmpty() && flagged.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 clashing accelerator(s):\n%3\nflagged strings:\n%4")
                            .arg(language)
                            .arg(clashes.size())
                            .arg(clashes.join(QLatin1Char('\n')), flagged.join(QLatin1Char('\n')))));
}

void TestTranslatorCheck::checkViewFiltersAndJumpsToWidget()
{
    QString error;
    QVERIFY2(m_console.languages->setLanguage(QStringLiteral("en"), &error), qPrintable(error));
    m_console.window->tabs()->setCurrentIndex(0);
    m_console.window->showTranslatorCheck();
    TranslatorCheckView *view = m_console.window->translatorCheck();
    QVERIFY(view);
    TranslatorCheckModel *model = view->model();
    const TranslationCatalog catalog = TranslationCatalog::load(QStringLiteral("en"));
    QCOMPARE(model->rowCount(), catalog.messages().size());

    view->setFlagFilter(-1);
    QCOMPARE(view->shownRowCount(), model->rowCount());
    view->setFlagFilter(int(TranslationCheck::Unfinished));
    int unfinished = 0;
    for (const CheckedString &string : model->strings())
        unfinished += string.flags.testFlag(TranslationCheck::Unfinished) ? 1 : 0;
    QCOMPARE(view->shownRowCount(), unfinished);
    view->setFlagFilter(-1);

    // A string of the Partner health tab: the row jumps there and frames the widget.
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        const CheckedString &string = model->string(r);
        for (const ShownText &text : string.shownIn) {
            if (text.widget && text.view == QLatin1String("partner-health") && text.kind == ShownText::Kind::Label)
                row = r;
        }
        if (row >= 0)
            break;
    }
    QVERIFY2(row >= 0, "no label of the Partner health tab found");
    QVERIFY(m_console.window->tabs()->currentIndex() == 0);
    QVERIFY(view->revealRow(row));
    QWidget *health = m_console.window->tabs()->currentWidget();
    QCOMPARE(health->metaObject()->className(), "PartnerHealthPanel");
    QVERIFY(view->highlight());
    QVERIFY(view->highlight()->isVisible());
    QCOMPARE(view->highlight()->parentWidget(), static_cast<QWidget *>(m_console.window.get()));
    const ShownText &target = model->string(row).shownIn.first();
    const QRect frame = view->highlight()->geometry();
    const QPoint topLeft = target.widget->mapTo(m_console.window.get(), target.rect.topLeft());
    QVERIFY2(frame.contains(topLeft), qPrintable(target.where));

    // Switching the language re-reads and re-measures: the rows show Japanese.
    QVERIFY2(m_console.languages->setLanguage(QStringLiteral("ja"), &error), qPrintable(error));
    QTRY_VERIFY(std::any_of(model->strings().cbegin(), model->strings().cend(), [](const CheckedString &s) {
        return s.message.source == QLatin1String("Failed") && s.message.translation == QStringLiteral("失敗");
    }));
    QVERIFY2(m_console.languages->setLanguage(QStringLiteral("en"), &error), qPrintable(error));
    view->close();
}

void TestTranslatorCheck::reportTimeShowsTimeZone_data()
{
    noTextFlags_data();
}

void TestTranslatorCheck::reportTimeShowsTimeZone()
{
    QFETCH(QString, language);
    QString error;
    QVERIFY2(m_console.languages->setLanguage(language, &error), qPrintable(error));
    const auto restore = qScopeGuard([this] { m_console.languages->setLanguage(QStringLiteral("en")); });
    QCoreApplication::sendPostedEvents();
    const QAbstractItemModel *model = m_console.window->deviceModel();
    const QString zone = QDateTime::currentDateTime().timeZoneAbbreviation();
    int checked = 0;
    for (int row = 0; row < model->rowCount() && checked < 5; ++row) {
        const QModelIndex index = model->index(row, DeviceListModel::ReportTimeColumn);
        if (index.data(DeviceListModel::UnderlyingDataRole).toLongLong() <= 0)
            continue; // blank: the cell says why
        const QString text = index.data().toString();
        ++checked;
        QVERIFY2(text.contains(zone), qPrintable(QStringLiteral("%1: \"%2\" has no %3").arg(language, text, zone)));
    }
    QVERIFY2(checked > 0, "no device has a Report Time after the sync");
}

void TestTranslatorCheck::screenshotsOnePerViewPerLanguage()
{
    // The command of the README, on a small demo fleet.
    QTemporaryDir out;
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(ASC_CONSOLE_PATH),
                  {QStringLiteral("--screenshots"), out.path(), QStringLiteral("--lang"), QStringLiteral("en,fr,ja,es"),
                   QStringLiteral("--db"), m_console.dir.filePath(QStringLiteral("shots.sqlite")),
                   QStringLiteral("--demo-devices"), QStringLiteral("200"), QStringLiteral("--demo-churn"),
                   QStringLiteral("0")});
    QVERIFY(console.waitForFinished(300000));
    QVERIFY2(console.exitStatus() == QProcess::NormalExit && console.exitCode() == 0,
             qPrintable(QString::fromUtf8(console.readAllStandardError())));
    const QString html = QString::fromUtf8([&] {
        QFile index(out.filePath(QStringLiteral("index.html")));
        return index.open(QIODevice::ReadOnly) ? index.readAll() : QByteArray();
    }());
    QVERIFY2(!html.isEmpty(), "index.html missing");
    for (const QString &language : allLanguages()) {
        for (const ScreenshotView &view : ScreenshotCatalog::views()) {
            const QString relative = language + QLatin1Char('/') + view.id + QStringLiteral(".png");
            const QImage image(out.filePath(relative));
            QVERIFY2(!image.isNull(), qPrintable(relative + QStringLiteral(" missing")));
            // A view laid out with its content, not an unshown widget (the smallest, the store
            // problem dialog, is 640 x 280).
            QVERIFY2(image.width() >= 600 && image.height() >= 250, qPrintable(relative));
            QVERIFY2(html.contains(QStringLiteral("src=\"%1\"").arg(relative)), qPrintable(relative));
        }
    }
    const QDir dir(out.path());
    QCOMPARE(dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot), (QStringList{QStringLiteral("en"), QStringLiteral("es"),
                                                                            QStringLiteral("fr"), QStringLiteral("ja")}));
    for (const QString &language : allLanguages())
        QCOMPARE(QDir(out.filePath(language)).entryList(QDir::Files).size(), ScreenshotCatalog::views().size());
}

void TestTranslatorCheck::screenshotsRejectUnknownLanguage()
{
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("shots"));
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(ASC_CONSOLE_PATH),
                  {QStringLiteral("--screenshots"), folder, QStringLiteral("--lang"), QStringLiteral("en,xx"),
                   QStringLiteral("--db"), m_console.dir.filePath(QStringLiteral("never.sqlite"))});
    QVERIFY(console.waitForFinished(60000));
    QCOMPARE(console.exitCode(), 2);
    const QString message = QString::fromUtf8(console.readAllStandardError());
    QVERIFY2(message.contains(QStringLiteral("\"xx\"")), qPrintable(message));
    QVERIFY(!QFile::exists(folder));
    QVERIFY(!QFile::exists(m_console.dir.filePath(QStringLiteral("never.sqlite"))));
}

QTEST_MAIN(TestTranslatorCheck)
#include "tst_translatorcheck.moc"
