#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

// Switches the UI language at run time: swaps our translator and Qt's own qtbase one,
// and sets the default QLocale so dates and numbers follow. Installing a translator
// sends QEvent::LanguageChange to every widget, which re-applies its strings.
class LanguageSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSwitcher)

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    static QStringList availableLanguages(); // "en", "fr", "ja", "es"
    // The pseudo-locale for translators: accented, longer, bracketed (see PseudoTranslator).
    static QString pseudoLanguage() { return QStringLiteral("pseudo"); }
    // The language's own name for itself ("Français"), never translated.
    static QString nativeName(const QString &language);
    // The UI language to start with: the saved choice, else the system's if we have it.
    static QString initialLanguage(const QString &saved);

    QString language() const { return m_language; }
    // A language of availableLanguages() or pseudoLanguage().
    // Returns false with an error naming what failed; the current language stays.
    bool setLanguage(const QString &language, QString *error = nullptr);

signals:
    void languageChanged(const QString &language);

private:
    void installTranslators(std::unique_ptr<QTranslator> app, std::unique_ptr<QTranslator> qt, const QLocale &locale);

    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};
