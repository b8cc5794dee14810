#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The messages of one Qt Linguist .ts file, with where each appears in the sources. The
// translator check view and the translation tests read the .ts (not the .qm): only the .ts
// keeps the source locations and says which entries are unfinished, vanished or obsolete.
struct TranslationMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation
    QString extraComment; // the "//: " note for translators
    QStringList locations; // "ui/mainwindow.cpp:212", relative to the repository root
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete", or empty when finished
    QString translation; // non-numerus messages
    QStringList forms; // numerus messages

    bool isFinished() const { return type.isEmpty(); }
    // The texts a user may see: the forms of a plural, else the translation; the source where
    // nothing is translated (English, which only translates plurals).
    QStringList shownTexts() const;
};

class TranslationCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(TranslationCatalog)

public:
    // "en", "fr", "ja" or "es": the .ts embedded under :/i18n/ts, or the folder given.
    static TranslationCatalog load(const QString &language, const QString &folder = QString());
    static TranslationCatalog parse(const QByteArray &ts, const QString &fileName);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString locale() const { return m_locale; } // the TS language attribute, "fr_FR"
    const QList<TranslationMessage> &messages() const { return m_messages; }

private:
    QString m_error;
    QString m_locale;
    QList<TranslationMessage> m_messages;
};
