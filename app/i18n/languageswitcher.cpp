#include "app/i18n/languageswitcher.h"

#include "app/i18n/pseudotranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
    , m_language(QStringLiteral("en"))
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList LanguageSwitcher::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ja"), QStringLiteral("es")};
}

QString LanguageSwitcher::nativeName(const QString &language)
{
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (language == QLatin1String("ja"))
        return QStringLiteral("日本語");
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    if (language == pseudoLanguage())
        return QStringLiteral("[Ƥšéûðö-ĺöçàĺé]");
    return QStringLiteral("English");
}

QString LanguageSwitcher::initialLanguage(const QString &saved)
{
    if (availableLanguages().contains(saved) || saved == pseudoLanguage())
        return saved;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return availableLanguages().contains(system) ? system : QStringLiteral("en");
}

bool LanguageSwitcher::setLanguage(const QString &language, QString *error)
{
    if (language == pseudoLanguage()) {
        // Qt's own strings stay English; numbers and dates follow English too.
        installTranslators(std::make_unique<PseudoTranslator>(), nullptr, QLocale(QLocale::English, QLocale::UnitedStates));
        m_language = language;
        emit languageChanged(language);
        return true;
    }
    if (!availableLanguages().contains(language)) {
        if (error)
            *error = tr("Unknown language \"%1\"; available: %2.")
                         .arg(language, availableLanguages().join(QStringLiteral(", ")));
        return false;
    }
    auto appTranslator = std::make_unique<QTranslator>();
    const QString appFile = QStringLiteral(":/i18n/azure-status-console_%1.qm").arg(language);
    if (!appTranslator->load(appFile)) {
        if (error)
            *error = tr("The translation file %1 could not be loaded.").arg(appFile);
        return false;
    }
    // Qt's own strings (standard dialogs, context menus); English needs none.
    auto qtTranslator = std::make_unique<QTranslator>();
    const bool haveQt = language != QLatin1String("en")
        && qtTranslator->load(QStringLiteral("qtbase_") + language,
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    installTranslators(std::move(appTranslator), haveQt ? std::move(qtTranslator) : nullptr, QLocale(language));
    m_language = language;
    emit languageChanged(language);
    return true;
}

void LanguageSwitcher::installTranslators(std::unique_ptr<QTranslator> app, std::unique_ptr<QTranslator> qt,
                                          const QLocale &locale)
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator = std::move(app);
    m_qtTranslator = std::move(qt);
    // Before the translators: LanguageChange handlers format dates and numbers with it.
    QLocale::setDefault(locale);
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    QCoreApplication::installTranslator(m_appTranslator.get());
}
