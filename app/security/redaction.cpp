#include "app/security/redaction.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#include <cstdio>
#include <cstdlib>

namespace {
QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &secrets()
{
    static QSet<QString> values;
    return values;
}

QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

bool &handlerInstalled()
{
    static bool installed = false;
    return installed;
}

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = Redaction::redact(message);
    if (QtMessageHandler previous = previousHandler()) {
        previous(type, context, clean);
        return;
    }
    std::fprintf(stderr, "%s\n", qUtf8Printable(clean));
    if (type == QtFatalMsg)
        std::abort();
}

struct Pattern
{
    QRegularExpression expression;
    QString replacement;
};

const QList<Pattern> &patterns()
{
    static const QString names = QStringLiteral("access_token|refresh_token|id_token|client_secret|"
                                                "clientSecret|password|mdmPassword|secret|assertion");
    static const QList<Pattern> list {
        // "Authorization: Bearer abc", "authorization=Basic abc"
        { QRegularExpression(
              QStringLiteral("(Authorization[\"']?\\s*[:=,]\\s*[\"']?)(?:Bearer|Basic)?\\s*[^\\s\"',;]+"),
              QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("\\1") + Redaction::mask() },
        { QRegularExpression(QStringLiteral("\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]{4,}"),
              QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("\\1 ") + Redaction::mask() },
        // JSON: "client_secret": "value"
        { QRegularExpression(QStringLiteral("(\"(?:%1)\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(\")").arg(names),
              QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("\\1") + Redaction::mask() + QStringLiteral("\\2") },
        // Form or query: client_secret=value&...
        { QRegularExpression(QStringLiteral("\\b((?:%1)=)[^&\\s\"']+").arg(names),
              QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("\\1") + Redaction::mask() },
    };
    return list;
}
} // namespace

QString Redaction::redact(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString result = text;
    {
        QMutexLocker locker(&secretsMutex());
        // Longest first, so a secret containing another is masked whole.
        QList<QString> values(secrets().cbegin(), secrets().cend());
        std::sort(values.begin(), values.end(),
            [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &value : std::as_const(values))
            result.replace(value, mask());
    }
    for (const Pattern &pattern : patterns())
        result.replace(pattern.expression, pattern.replacement);
    return result;
}

QByteArray Redaction::redact(const QByteArray &text)
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

void Redaction::registerSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker locker(&secretsMutex());
    if (secrets().contains(secret))
        return; // the transport registers every Authorization header it sends: keep that cheap
    secrets().insert(secret);
    // The forms a secret takes on the wire or in a URL.
    const QByteArray utf8 = secret.toUtf8();
    secrets().insert(QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    secrets().insert(QString::fromLatin1(utf8.toBase64()));
}

void Redaction::clearRegisteredSecrets()
{
    QMutexLocker locker(&secretsMutex());
    secrets().clear();
}

void Redaction::installMessageHandler()
{
    if (handlerInstalled())
        return;
    handlerInstalled() = true;
    previousHandler() = qInstallMessageHandler(redactingHandler);
}

void Redaction::disableCoreDumps()
{
#ifdef Q_OS_UNIX
    if (qEnvironmentVariableIntValue("ASC_ALLOW_CORE_DUMPS") == 1)
        return;
    const rlimit none{ 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
#endif
}
