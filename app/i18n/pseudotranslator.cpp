#include "app/i18n/pseudotranslator.h"

#include "app/i18n/translationcheck.h"

#include <QRegularExpression>

#include <algorithm>

PseudoTranslator::PseudoTranslator(QObject *parent)
    : QTranslator(parent)
{
}

QString PseudoTranslator::translate(const char *context, const char *sourceText, const char *, int) const
{
    if (!sourceText || !*sourceText || (context && context[0] == 'Q'))
        return QString();
    return pseudo(QString::fromUtf8(sourceText));
}

namespace {
QChar accented(QChar c)
{
    static const QString plain = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    static const QString marked = QStringLiteral("àƀçđéƒĝĥîĵķĺɱñöƥǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖƤǪŔŠŢÛṼŴẊÝŽ");
    const qsizetype i = plain.indexOf(c);
    return i < 0 ? c : marked.at(i);
}

// The parts that must come out unchanged: placeholders, accelerators, entities, tags,
// protocol codes, identifiers (snake_case, camelCase, --options, paths, URLs) and
// abbreviations (CSV, GUID, IDs).
const QRegularExpression &keptParts()
{
    static const QRegularExpression kept = [] {
        QStringList codes;
        for (const QString &code : TranslationCheck::protocolCodes())
            codes.append(QRegularExpression::escape(code));
        const QString pattern = QStringLiteral("%L?[1-9]|%L?n|%p%|&&|&[#\\w]+;|&\\w|<[^<>]*>|https?://\\S+|/[\\w/{}.$-]+|"
                                               "--[a-z][\\w-]*|(?<![\\w-])(?:%1)(?![\\w-])|"
                                               "\\b[A-Za-z]+_[A-Za-z0-9_]+\\b|\\b[a-z]+[A-Z]\\w*\\b|\\b[A-Z]{2,}[a-z]?\\b")
                                    .arg(codes.join(QLatin1Char('|')));
        return QRegularExpression(pattern);
    }();
    return kept;
}
} // namespace

QString PseudoTranslator::pseudo(const QString &source)
{
    // Leading whitespace and the final punctuation and whitespace stay outside the brackets,
    // so the translation checks find the same ending as in the source.
    qsizetype begin = 0;
    while (begin < source.size() && source.at(begin).isSpace())
        ++begin;
    qsizetype end = source.size();
    static const QString closing = QStringLiteral(" \t\n.:?!\u2026");
    while (end > begin && closing.contains(source.at(end - 1)))
        --end;
    const QString body = source.mid(begin, end - begin);
    if (body.isEmpty())
        return source;

    QString out;
    qsizetype pos = 0;
    for (auto it = keptParts().globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        for (qsizetype i = pos; i < match.capturedStart(); ++i)
            out.append(accented(body.at(i)));
        out.append(match.captured());
        pos = match.capturedEnd();
    }
    for (qsizetype i = pos; i < body.size(); ++i)
        out.append(accented(body.at(i)));
    // About 40% longer than the source, as German or French often are.
    static const QString filler = QStringLiteral("ĺöŕéɱ îƥšûɱ ðöĺöŕ šîţ àɱéţ çöñšéçţéţûŕ ");
    const qsizetype extra = std::max<qsizetype>(2, (body.size() * 2 + 4) / 5 - 1);
    QString padding;
    while (padding.size() < extra)
        padding += filler;
    padding.truncate(extra - 1);
    return source.left(begin) + QLatin1Char('[') + out + QLatin1Char(' ') + padding + QLatin1Char(']')
        + source.mid(end);
}
