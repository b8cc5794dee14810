#include "app/i18n/translationcatalog.h"
#include "app/i18n/translationcheck.h"

#include <algorithm>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// Checks the .ts sources themselves: every message translated, protocol codes
// and placeholders kept verbatim, the official seed terms used, and every tr() text of the code
// present in them. ASC_TRANSLATIONS_DIR in the environment overrides the source folder, so a
// deliberately broken copy can be checked.

namespace {
using Message = TranslationMessage;

QString translationsDir()
{
    return qEnvironmentVariable("ASC_TRANSLATIONS_DIR", QStringLiteral(ASC_TRANSLATIONS_DIR));
}

int numerusFormCount(const QString &language)
{
    return language == QLatin1String("ja") ? 1 : 2; // fr, es, en: singular and plural
}

// Identifiers, command names, options and API paths in the source (snake_case, camelCase, PascalCase,
// --options, /api/...): protocol and command-line words, never translated.
QSet<QString> identifiers(const QString &text)
{
    static const QRegularExpression identifier(
        QStringLiteral("(?<![\\w-])(?:[A-Za-z]+_[A-Za-z0-9_]+|[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+"
                       "|--[a-z][a-z-]*|generate-demo|/api/[\\w/%.-]+)(?![\\w-])"));
    QSet<QString> found;
    for (auto it = identifier.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("<[^<>]+>"));
    QStringList found;
    for (auto it = tag.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    return found;
}

// The accelerator markers of a string: "&&" is a literal ampersand.
int acceleratorCount(QString text)
{
    text.remove(QStringLiteral("&&"));
    return int(text.count(QLatin1Char('&')));
}

QString leadingSpace(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    return text.left(i);
}

QString trailingSpace(const QString &text)
{
    qsizetype i = text.size();
    while (i > 0 && text.at(i - 1).isSpace())
        --i;
    return text.mid(i);
}

// Sources that stay the same in a language: product names, codes, commands, formats.
bool mayEqualSource(const QString &language, const QString &source)
{
    static const QSet<QString> everywhere{QStringLiteral("Azure Status Console"), QStringLiteral("IMEI"),
        QStringLiteral("GUID"), QStringLiteral("%1 %2"), QStringLiteral("  help"), QStringLiteral("null"),
        QStringLiteral("Ivanti Neurons for MDM"), QStringLiteral("  store-secret mdm-password|client-secret")};
    if (everywhere.contains(source))
        return true;
    // Pure layout ("%1 → %2", "%1 (%2)"): nothing in it to translate.
    QString words = source;
    words.remove(QRegularExpression(QStringLiteral("%L?[0-9n]")));
    if (!words.contains(QRegularExpression(QStringLiteral("\\p{L}"))))
        return true;
    if (language == QLatin1String("fr") && source == QLatin1String("Action"))
        return true;
    if (language == QLatin1String("ja") && source == QLatin1String("%p%"))
        return true;
    if (language == QLatin1String("es") && source == QLatin1String("No"))
        return true;
    return false;
}

// Wrong renderings found in the seed translations; none may come back.
const QStringList &seedMistakes()
{
    static const QStringList mistakes{QStringLiteral("User_Cancelled"), QStringLiteral("user_Cancelled"),
        QStringLiteral("Internal Error"), QStringLiteral("Erreur interne"), QStringLiteral("Error interno"),
        QStringLiteral("Espace de travail"), QStringLiteral("Interaction requise"), QStringLiteral("exclure"),
        QStringLiteral("périphérique"), QStringLiteral("回復可能な"), QStringLiteral("メールとAppConnectアプリをブロックして検疫"),
        QStringLiteral("Correcto:")};
    return mistakes;
}

QString shortTag(const QString &text)
{
    QString tag = text.simplified();
    if (tag.size() > 60)
        tag = tag.left(57) + QStringLiteral("...");
    return tag;
}
} // namespace

Q_DECLARE_METATYPE(TranslationMessage)

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filesAreValid_data();
    void filesAreValid();
    void sameMessagesInEveryLanguage();
    void messages_data();
    void messages();
    void englishPlurals();
    void sameSourceSameTranslation_data();
    void sameSourceSameTranslation();
    void officialTerms_data();
    void officialTerms();
    void noUnfinishedOrVanished_data();
    void noUnfinishedOrVanished();
    void sourcesMatchTheTsFiles();

private:
    QMap<QString, TranslationCatalog> m_files;
};

void TestTranslations::initTestCase()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ja"), QStringLiteral("es")})
        m_files.insert(language, TranslationCatalog::load(language, translationsDir()));
}

void TestTranslations::filesAreValid_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expectedLocale");
    QTest::addRow("en") << QStringLiteral("en") << QStringLiteral("en_US");
    QTest::addRow("fr") << QStringLiteral("fr") << QStringLiteral("fr_FR");
    QTest::addRow("ja") << QStringLiteral("ja") << QStringLiteral("ja_JP");
    QTest::addRow("es") << QStringLiteral("es") << QStringLiteral("es_ES");
}

void TestTranslations::filesAreValid()
{
    QFETCH(QString, language);
    QFETCH(QString, expectedLocale);
    const TranslationCatalog &ts = m_files[language];
    QVERIFY2(ts.isValid(), qPrintable(ts.error()));
    QCOMPARE(ts.locale(), expectedLocale);
    QVERIFY(ts.messages().size() > 100);
}

void TestTranslations::sameMessagesInEveryLanguage()
{
    const auto keys = [](const TranslationCatalog &ts) {
        QStringList list;
        for (const Message &m : ts.messages())
            list.append(m.context + QLatin1Char('|') + m.source + QLatin1Char('|') + m.comment);
        return list;
    };
    const QStringList english = keys(m_files[QStringLiteral("en")]);
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("ja"), QStringLiteral("es")}) {
        const QStringList other = keys(m_files[language]);
        QVERIFY2(other == english,
            qPrintable(QStringLiteral("%1 has other messages than en: run the update_translations target").arg(language)));
    }
}

void TestTranslations::messages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Message>("message");
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("ja"), QStringLiteral("es")}) {
        const QList<Message> &list = m_files[language].messages();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QTest::addRow("%s %03d %s: %s", qPrintable(language), int(i), qPrintable(list[i].context),
                qPrintable(shortTag(list[i].source)))
                << language << list[i];
        }
    }
}

void TestTranslations::messages()
{
    QFETCH(QString, language);
    QFETCH(Message, message);
    const QString &source = message.source;

    QVERIFY2(message.type.isEmpty(), qPrintable(QStringLiteral("translation type is \"%1\"").arg(message.type)));
    QStringList texts;
    if (message.numerus) {
        QCOMPARE(message.forms.size(), numerusFormCount(language));
        texts = message.forms;
    } else {
        QVERIFY(message.forms.isEmpty());
        texts = {message.translation};
    }

    for (const QString &text : std::as_const(texts)) {
        QVERIFY2(!text.trimmed().isEmpty(), "empty translation");
        if (!mayEqualSource(language, source))
            QVERIFY2(text != source, qPrintable(QStringLiteral("left in English: %1").arg(text)));

        QCOMPARE(TranslationCheck::placeholders(text), TranslationCheck::placeholders(source));

        for (const QString &code : TranslationCheck::protocolCodes()) {
            QVERIFY2(TranslationCheck::countCode(text, code) == TranslationCheck::countCode(source, code),
                qPrintable(QStringLiteral("protocol value %1 not kept verbatim: %2").arg(code, text)));
        }
        const QSet<QString> identifiersInText = identifiers(text);
        for (const QString &identifier : identifiers(source)) {
            QVERIFY2(identifiersInText.contains(identifier),
                qPrintable(QStringLiteral("identifier %1 missing: %2").arg(identifier, text)));
        }
        for (const QString &mistake : seedMistakes()) {
            QVERIFY2(!text.contains(mistake),
                qPrintable(QStringLiteral("seed mistake \"%1\" in: %2").arg(mistake, text)));
        }

        QCOMPARE(acceleratorCount(text), acceleratorCount(source));
        if (language == QLatin1String("ja") && acceleratorCount(source) == 1) {
            static const QRegularExpression japanese(QStringLiteral("\\(&[A-Z]\\)(\\x{2026}|\\x{FF1A})?$"));
            QVERIFY2(japanese.match(text).hasMatch(),
                qPrintable(QStringLiteral("Japanese accelerator should read \"…(&X)\": %1").arg(text)));
        }

        QCOMPARE(htmlTags(text), htmlTags(source));
        QCOMPARE(text.count(QLatin1Char('\n')), source.count(QLatin1Char('\n')));
        QCOMPARE(leadingSpace(text), leadingSpace(source));
        QCOMPARE(trailingSpace(text), trailingSpace(source));

        const QStringList endings = TranslationCheck::allowedEndings(source);
        if (!endings.isEmpty()) {
            const QString trimmed = text.trimmed();
            const bool ok = std::any_of(endings.cbegin(), endings.cend(),
                [&trimmed](const QString &ending) { return trimmed.endsWith(ending); });
            QVERIFY2(ok, qPrintable(QStringLiteral("should end with %1: %2").arg(endings.join(QLatin1String(" or ")), text)));
        }
    }
}

// English is the source language: only plurals are translated; everything else uses the source.
void TestTranslations::englishPlurals()
{
    int plurals = 0;
    for (const Message &m : m_files[QStringLiteral("en")].messages()) {
        if (m.numerus) {
            ++plurals;
            QVERIFY2(m.type.isEmpty(), qPrintable(m.source));
            QCOMPARE(m.forms.size(), 2);
            for (const QString &form : std::as_const(m.forms)) {
                QVERIFY2(!form.isEmpty(), qPrintable(m.source));
                QCOMPARE(TranslationCheck::placeholders(form), TranslationCheck::placeholders(m.source));
            }
            // A source with "(s)" has a real singular; "Queue (%n)" has the same form twice.
            if (m.source.contains(QLatin1String("(s)")))
                QVERIFY2(m.forms[0] != m.forms[1], qPrintable(m.source));
            QVERIFY2(!m.forms[1].contains(QLatin1String("(s)")), qPrintable(m.forms[1]));
        } else if (!m.translation.isEmpty()) {
            QCOMPARE(m.translation, m.source);
        }
    }
    QVERIFY(plurals > 0);
}

// One concept, one term: a source text used in several places reads the same everywhere.
void TestTranslations::sameSourceSameTranslation_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("fr") << QStringLiteral("fr");
    QTest::addRow("ja") << QStringLiteral("ja");
    QTest::addRow("es") << QStringLiteral("es");
}

void TestTranslations::sameSourceSameTranslation()
{
    QFETCH(QString, language);
    QHash<QString, Message> first;
    for (const Message &m : m_files[language].messages()) {
        if (m.numerus || !m.comment.isEmpty())
            continue;
        const auto it = first.constFind(m.source);
        if (it == first.constEnd()) {
            first.insert(m.source, m);
            continue;
        }
        QVERIFY2(it->translation == m.translation,
            qPrintable(QStringLiteral("\"%1\" is \"%2\" in %3 but \"%4\" in %5")
                           .arg(m.source, it->translation, it->context, m.translation, m.context)));
    }
}

// The seeds' official wording of the Azure fields and client status codes, corrected where NOTES.md says why.
void TestTranslations::officialTerms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    struct Term
    {
        const char *context;
        const char *source;
        const char *fr;
        const char *ja;
        const char *es;
    };
    static const Term terms[] = {
        {"DeviceDetailsView", "Azure Device Identifier", "Identifiant de l'appareil Azure", "Azure デバイス識別子",
            "Identificador del dispositivo Azure"},
        {"DeviceDetailsView", "Azure Device Compliance Status", "État de conformité de l'appareil Azure",
            "Azure デバイスのコンプライアンス状態", "Estado de cumplimiento del dispositivo Azure"},
        {"DeviceDetailsView", "Azure Client Status Code", "Code d'état du client Azure",
            "Azure クライアント ステータス コード", "Código de estado del cliente de Azure"},
        {"DeviceDetailsView", "Azure Device Compliance Report Time", "Heure du rapport de conformité des appareils Azure",
            "Azure デバイスのコンプライアンスレポート時刻", "Hora del informe de cumplimiento del dispositivo Azure"},
        {"DeviceListModel", "Azure Device Identifier", "Identifiant de l'appareil Azure", "Azure デバイス識別子",
            "Identificador del dispositivo Azure"},
        {"DeviceListModel", "Azure Device Compliance Status", "État de conformité de l'appareil Azure",
            "Azure デバイスのコンプライアンス状態", "Estado de cumplimiento del dispositivo Azure"},
        {"DeviceListModel", "Azure Client Status Code", "Code d'état du client Azure",
            "Azure クライアント ステータス コード", "Código de estado del cliente de Azure"},
        {"DeviceListModel", "Azure Device Compliance Report Time", "Heure du rapport de conformité des appareils Azure",
            "Azure デバイスのコンプライアンスレポート時刻", "Hora del informe de cumplimiento del dispositivo Azure"},
        {"AzureComplianceStatus", "In-progress", "En cours", "進行中", "En curso"},
        {"AzureComplianceStatus", "Successful", "Réussite", "成功", "Correcto"},
        {"AzureComplianceStatus", "Failed", "Échec", "失敗", "Error"},
        {"ComplianceActions", "Send Alert", "Envoyer une alerte", "アラートを送信", "Enviar alerta"},
        {"ComplianceActions", "Block Email", "Bloquer l'accès à la messagerie", "メールをブロック",
            "Bloquear correo electrónico"},
        {"ComplianceActions", "Block AppConnect Apps", "Bloquer les applis AppConnect", "AppConnectアプリをブロック",
            "Bloquear aplicaciones de AppConnect"},
        {"ComplianceActions", "Quarantine", "Mettre en quarantaine", "検疫", "Cuarentena"},
        {"ComplianceActions", "Retire device", "Retirer l'appareil", "デバイスの撤去", "Retirar un dispositivo"},
        {"ComplianceActions", "Compliant", "Conforme", "コンプライアンス適合", "Compatible"},
        {"ComplianceActions", "Device Non-compliant", "Appareil non conforme", "コンプライアンス違反デバイス",
            "Dispositivo no compatible"},
        {"ComplianceActions", "Device data removed from Azure platform",
            "Données d'appareil supprimées de la plateforme Azure", "Azureプラットフォームからデバイスデータを削除",
            "Datos del dispositivo eliminados de la plataforma de Azure"},
        {"AzureClientStatus", "An unrecoverable error occurred either within the client or on server side.",
            "Une erreur irrécupérable est survenue dans le client ou côté serveur.",
            "クライアント内またはサーバー側に回復不能なエラーが発生。",
            "Se produjo un error irrecuperable por parte del cliente o del servidor."},
    };
    for (const Term &term : terms) {
        const QString context = QString::fromUtf8(term.context);
        const QString source = QString::fromUtf8(term.source);
        QTest::addRow("fr %s: %s", term.context, term.source)
            << QStringLiteral("fr") << context << source << QString::fromUtf8(term.fr);
        QTest::addRow("ja %s: %s", term.context, term.source)
            << QStringLiteral("ja") << context << source << QString::fromUtf8(term.ja);
        QTest::addRow("es %s: %s", term.context, term.source)
            << QStringLiteral("es") << context << source << QString::fromUtf8(term.es);
    }
}

void TestTranslations::officialTerms()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const QList<Message> &list = m_files[language].messages();
    const auto it = std::find_if(list.cbegin(), list.cend(),
        [&](const Message &m) { return m.context == context && m.source == source; });
    QVERIFY2(it != list.cend(), qPrintable(QStringLiteral("no message \"%1\" in %2").arg(source, context)));
    QCOMPARE(it->translation, expected);
}

// One list per language of every entry a translator still has to do.
void TestTranslations::noUnfinishedOrVanished_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("fr") << QStringLiteral("fr");
    QTest::addRow("ja") << QStringLiteral("ja");
    QTest::addRow("es") << QStringLiteral("es");
}

void TestTranslations::noUnfinishedOrVanished()
{
    QFETCH(QString, language);
    QStringList open;
    for (const Message &m : m_files[language].messages()) {
        const bool empty = m.numerus ? std::all_of(m.forms.cbegin(), m.forms.cend(), [](const QString &f) { return f.isEmpty(); })
                                     : m.translation.isEmpty();
        if (!m.type.isEmpty() || empty)
            open.append(QStringLiteral("  %1 [%2] \"%3\"").arg(m.type.isEmpty() ? QStringLiteral("empty") : m.type, m.context, m.source));
    }
    QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("%1: %2 entries not finished:\n%3")
                                            .arg(language)
                                            .arg(open.size())
                                            .arg(open.join(QLatin1Char('\n')))));
}

// The comparisons above only check the .ts files against each other: a tr() text added to the
// code without running the update_translations target would go unnoticed, and the console would
// show it in English in every language. So lupdate runs here over the same sources as the
// update_translations target (translations/CMakeLists.txt: models, app and ui, *.cpp *.h *.ui,
// -no-obsolete -locations relative), into a temporary copy of the English .ts, and what it finds
// must be exactly the committed messages, none of them vanished or obsolete.
void TestTranslations::sourcesMatchTheTsFiles()
{
    const QString root = QDir::cleanPath(QStringLiteral(ASC_SOURCE_DIR));
    QStringList sources;
    for (const QString &folder : {QStringLiteral("models"), QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(root + QLatin1Char('/') + folder,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            sources.append(it.next());
    }
    sources.sort();
    QVERIFY2(sources.size() > 50, qPrintable(QStringLiteral("only %1 source files under %2").arg(sources.size()).arg(root)));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("azure-status-console_en.ts"));
    QVERIFY(QFile::copy(QDir(translationsDir()).filePath(QStringLiteral("azure-status-console_en.ts")), copy));
    QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(ASC_LUPDATE),
                  QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("relative"),
                              QStringLiteral("-I"), root}
                      + sources + QStringList{QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(QStringLiteral("lupdate did not finish: ") + lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

    const TranslationCatalog fromCode = TranslationCatalog::load(QStringLiteral("en"), dir.path());
    QVERIFY2(fromCode.isValid(), qPrintable(fromCode.error()));
    QVERIFY2(fromCode.messages().size() > 100, qPrintable(output));
    const auto key = [](const Message &m) -> QString {
        return m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment;
    };
    const auto describe = [](const Message &m) {
        return QStringLiteral("  [%1] \"%2\"%3").arg(m.context, m.source,
            m.comment.isEmpty() ? QString() : QStringLiteral(" (disambiguation \"%1\")").arg(m.comment));
    };
    QSet<QString> committed;
    for (const Message &m : m_files[QStringLiteral("en")].messages()) {
        if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
            committed.insert(key(m));
    }
    // The temporary file's locations are relative to the temporary folder: name them from the
    // repository root, as the committed files do.
    const auto where = [&](const Message &m) {
        QStringList places;
        for (const QString &location : m.locations) {
            const qsizetype colon = location.lastIndexOf(QLatin1Char(':'));
            // TranslationCatalog drops one leading "../" of lupdate's relative path.
            const QString absolute = QDir::cleanPath(dir.path() + QStringLiteral("/../") + location.left(colon));
            places.append(QDir(root).relativeFilePath(absolute) + location.mid(colon));
        }
        return places.join(QStringLiteral(", "));
    };
    QStringList missing;
    QSet<QString> inCode;
    for (const Message &m : fromCode.messages()) {
        inCode.insert(key(m));
        if (!committed.contains(key(m)))
            missing.append(describe(m) + QStringLiteral(" at ") + where(m));
    }
    QStringList stale;
    for (const Message &m : m_files[QStringLiteral("en")].messages()) {
        if (committed.contains(key(m)) && !inCode.contains(key(m)))
            stale.append(describe(m) + QStringLiteral(" (was at ") + m.locations.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    QStringList problems;
    if (!missing.isEmpty())
        problems << QStringLiteral("%1 text(s) of the code missing from the .ts files: run the update_translations "
                                   "target, then translate them:")
                        .arg(missing.size())
                 << missing;
    if (!stale.isEmpty())
        problems << QStringLiteral("%1 message(s) of the .ts files no longer in the code: run the "
                                   "update_translations target:")
                        .arg(stale.size())
                 << stale;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
