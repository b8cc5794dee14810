#include "app/i18n/translationcheck.h"

#include "models/azureclientstatus.h"

#include <QRegularExpression>

#include <algorithm>

QString TranslationCheck::flagName(Flag flag)
{
    switch (flag) {
    case Unfinished:
        return tr("Unfinished");
    case ProtocolCode:
        return tr("Protocol code altered");
    case Placeholder:
        return tr("Placeholder mismatch");
    case Whitespace:
        return tr("Whitespace mismatch");
    case Punctuation:
        return tr("Final punctuation mismatch");
    case Truncated:
        return tr("Does not fit its widget");
    case MissingGlyph:
        return tr("Glyph missing from the font");
    case ShortcutClash:
        return tr("Shortcut clash");
    }
    return QString();
}

const QStringList &TranslationCheck::protocolCodes()
{
    static const QStringList codes = [] {
        QStringList list;
        for (AzureClientStatus::Code code : AzureClientStatus::knownCodes())
            list.append(AzureClientStatus::wireName(code));
        list << QStringLiteral("compliant") << QStringLiteral("notCompliant") << QStringLiteral("notManaged")
             << QStringLiteral("managed") << QStringLiteral("complianceStatus") << QStringLiteral("access_token")
             << QStringLiteral("expires_in") << QStringLiteral("Bearer") << QStringLiteral("HTTP")
             << QStringLiteral("ErrorDetail") << QStringLiteral("DataUploadMessages")
             << QStringLiteral("PartnerTenantDataSyncService") << QStringLiteral("PartnerDeviceDataSyncService")
             << QStringLiteral("Retry-After") << QStringLiteral("defaultPartition") << QStringLiteral("totalCount");
        return list;
    }();
    return codes;
}

int TranslationCheck::countCode(const QString &text, const QString &code)
{
    const QRegularExpression word(QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(QRegularExpression::escape(code)));
    int count = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QStringList TranslationCheck::placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:[1-9]|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList TranslationCheck::allowedEndings(const QString &source)
{
    const QString trimmed = source.trimmed();
    if (trimmed.endsWith(QChar(0x2026)))
        return {QString(QChar(0x2026))};
    if (trimmed.endsWith(QLatin1Char(':')))
        return {QStringLiteral(":"), QString(QChar(0xFF1A))};
    if (trimmed.endsWith(QLatin1Char('?')))
        return {QStringLiteral("?"), QString(QChar(0xFF1F))};
    if (trimmed.endsWith(QLatin1Char('!')))
        return {QStringLiteral("!"), QString(QChar(0xFF01))};
    if (trimmed.endsWith(QLatin1Char('.')) && !trimmed.endsWith(QLatin1String("..")))
        return {QStringLiteral("."), QString(QChar(0x3002))};
    return {};
}

namespace {
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

// A final punctuation mark a translation added although the source has none. The dot of
// an abbreviation ending the text (es "Id.", fr "env.") is not punctuation.
bool endsWithSentencePunctuation(const QString &text)
{
    static const QString marks = QStringLiteral(".:?!\u2026\u3002\uFF1A\uFF1F\uFF01");
    static const QRegularExpression abbreviation(QStringLiteral("(?:^|\\s)\\p{L}{1,4}\\.$"));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || !marks.contains(trimmed.back()) || trimmed.endsWith(QLatin1String("...")))
        return false;
    return !abbreviation.match(trimmed).hasMatch();
}

QString visible(const QString &space)
{
    QString shown = space;
    shown.replace(QLatin1Char('\n'), QStringLiteral("\\n")).replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    shown.replace(QChar(0x00A0), QStringLiteral("<nbsp>")).replace(QLatin1Char(' '), QStringLiteral("<space>"));
    return shown.isEmpty() ? QStringLiteral("nothing") : shown;
}
} // namespace

QList<TranslationCheck::Finding> TranslationCheck::check(const TranslationMessage &message, const QString &language)
{
    QList<Finding> findings;
    // English is the source language: it only translates plurals, the rest shows the source.
    if (language == QLatin1String("en") && !message.numerus)
        return findings;
    if (!message.isFinished())
        findings.append({Unfinished, tr("marked \"%1\" in the .ts file").arg(message.type)});
    const QStringList texts = message.numerus ? message.forms : QStringList{message.translation};
    const int expectedForms = !message.numerus ? 1 : language == QLatin1String("ja") ? 1 : 2;
    if (message.isFinished() && texts.size() != expectedForms)
        findings.append({Unfinished, tr("%1 plural forms, %2 expected").arg(texts.size()).arg(expectedForms)});

    for (int form = 0; form < texts.size(); ++form) {
        const QString &text = texts[form];
        const QString which = texts.size() > 1 ? tr("form %1").arg(form + 1) + QStringLiteral(": ") : QString();
        if (text.trimmed().isEmpty()) {
            if (message.isFinished())
                findings.append({Unfinished, which + tr("empty translation")});
            continue;
        }
        for (const QString &code : protocolCodes()) {
            const int inSource = countCode(message.source, code);
            const int inText = countCode(text, code);
            if (inSource != inText)
                findings.append({ProtocolCode, which + tr("%1: %2 times in the source, %3 in the translation")
                                                           .arg(code)
                                                           .arg(inSource)
                                                           .arg(inText)});
        }
        const QStringList sourcePlaceholders = placeholders(message.source);
        const QStringList textPlaceholders = placeholders(text);
        // Every plural form keeps %n: French uses its first form for 0 and 1 alike.
        if (sourcePlaceholders != textPlaceholders)
            findings.append({Placeholder, which + tr("source has %1, translation has %2")
                                                      .arg(sourcePlaceholders.join(QLatin1Char(' ')),
                                                           textPlaceholders.join(QLatin1Char(' ')))});
        if (leadingSpace(text) != leadingSpace(message.source) || trailingSpace(text) != trailingSpace(message.source))
            findings.append({Whitespace, which + tr("source starts with %1 and ends with %2; translation starts with "
                                                    "%3 and ends with %4")
                                                     .arg(visible(leadingSpace(message.source)),
                                                          visible(trailingSpace(message.source)),
                                                          visible(leadingSpace(text)), visible(trailingSpace(text)))});
        const QStringList endings = allowedEndings(message.source);
        const QString trimmed = text.trimmed();
        if (!endings.isEmpty()) {
            const bool ok = std::any_of(endings.cbegin(), endings.cend(),
                                        [&trimmed](const QString &ending) { return trimmed.endsWith(ending); });
            if (!ok)
                findings.append({Punctuation, which + tr("should end with %1").arg(endings.join(QStringLiteral(" | ")))});
        } else if (endsWithSentencePunctuation(text) && !endsWithSentencePunctuation(message.source)) {
            findings.append({Punctuation, which + tr("ends with \"%1\" but the source has no final punctuation")
                                                      .arg(trimmed.back())});
        }
    }
    return findings;
}
