#pragma once

#include "app/i18n/translationcatalog.h"

#include <QFlags>
#include <QString>
#include <QStringList>

// The text checks of a translation against its source (issue 6): what a translator must fix.
// The checks that need the live UI (text that does not fit, glyphs missing from the font) are
// measured in ui/showntextscanner.* (and the shortcut clashes in ui/shortcutclashes.*); their
// flags are defined here so one filter covers all.
class TranslationCheck final
{
    Q_DECLARE_TR_FUNCTIONS(TranslationCheck)

public:
    enum Flag : quint16 {
        Unfinished = 0x01, // marked unfinished, vanished or obsolete, or empty
        ProtocolCode = 0x02, // a protocol code (client status code, payload word...) altered or translated
        Placeholder = 0x04, // %1..%9 / %n not the same set as the source
        Whitespace = 0x08, // leading or trailing whitespace differs
        Punctuation = 0x10, // final punctuation differs (…, :, ., ?, in the language's form)
        Truncated = 0x20, // does not fit its widget in the live UI
        MissingGlyph = 0x40, // a character the widget's font (and its fallbacks) cannot draw
        ShortcutClash = 0x80, // its accelerator key is also another one's, in the window or menu it is shown in
    };
    Q_DECLARE_FLAGS(Flags, Flag)
    static constexpr int FlagCount = 8;
    static Flag flagAt(int index) { return Flag(1 << index); }
    static QString flagName(Flag flag); // translated, for the filter and the table

    struct Finding
    {
        Flag flag;
        QString detail; // what exactly: "Internal_Error missing", "%2 missing", ...
    };

    // Checks one message of the .ts of `language` ("fr", "ja", "es"; "en" only checks plurals).
    static QList<Finding> check(const TranslationMessage &message, const QString &language);

    // The protocol values of SPEC 1.3 and 2.1 that appear verbatim in every language.
    static const QStringList &protocolCodes();
    // How often `code` occurs as a whole word ("Non-compliant" is not the code "compliant").
    static int countCode(const QString &text, const QString &code);
    static QStringList placeholders(const QString &text); // sorted, unique: "%1", "%L2", "%n"
    // The form a source's final punctuation takes in a translation; empty: no final punctuation.
    static QStringList allowedEndings(const QString &source);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(TranslationCheck::Flags)
