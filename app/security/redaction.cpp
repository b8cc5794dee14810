#include "app/security/redaction.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {
// The values redact() masks. Changed only under the mutex; `forms` is replaced, never
// changed in place, so a log line can walk the list it took without holding the lock.
struct Registry
{
    QHash<QString, quint64> secrets; // value -> order of registration, kept for the process
    QHash<QString, quint64> tokens; // value -> last registration, the oldest dropped first
    quint64 sequence = 0;
    std::shared_ptr<const QStringList> forms = std::make_shared<const QStringList>(); // longest first

    // Drops the oldest of `values` beyond `limit`.
    static void bound(QHash<QString, quint64> &values, int limit)
    {
        while (values.size() > limit) {
            auto oldest = values.begin();
            for (auto it = values.begin(); it != values.end(); ++it) {
                if (it.value() < oldest.value())
                    oldest = it;
            }
            values.erase(oldest);
        }
    }

    // The forms a value takes on the wire or in a URL, longest first, so that a secret
    // containing another is masked whole.
    void rebuild()
    {
        QSet<QString> unique;
        for (const auto *values : { &secrets, &tokens }) {
            for (auto it = values->cbegin(); it != values->cend(); ++it) {
                unique.insert(it.key());
                unique.insert(QString::fromLatin1(QUrl::toPercentEncoding(it.key())));
                unique.insert(QString::fromLatin1(it.key().toUtf8().toBase64()));
            }
        }
        QStringList list(unique.cbegin(), unique.cend());
        std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() > b.size() : a < b;
        });
        forms = std::make_shared<const QStringList>(std::move(list));
    }
};

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

Registry &registry()
{
    static Registry values;
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
    std::shared_ptr<const QStringList> forms;
    {
        QMutexLocker locker(&registryMutex());
        forms = registry().forms;
    }
    QString result = text;
    for (const QString &value : *forms)
        result.replace(value, mask());
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
    QMutexLocker locker(&registryMutex());
    Registry &values = registry();
    if (values.secrets.contains(secret))
        return;
    values.tokens.remove(secret);
    values.secrets.insert(secret, ++values.sequence);
    Registry::bound(values.secrets, kMaxSecrets);
    values.rebuild();
}

void Redaction::registerToken(const QString &token)
{
    if (token.size() < 4)
        return;
    QMutexLocker locker(&registryMutex());
    Registry &values = registry();
    if (values.secrets.contains(token))
        return;
    // The transport registers every credential it sends: one already known only moves to
    // the newest place, without a rebuild.
    const auto known = values.tokens.find(token);
    if (known != values.tokens.end()) {
        known.value() = ++values.sequence;
        return;
    }
    values.tokens.insert(token, ++values.sequence);
    Registry::bound(values.tokens, kMaxTokens);
    values.rebuild();
}

void Redaction::clearRegisteredSecrets()
{
    QMutexLocker locker(&registryMutex());
    registry().secrets.clear();
    registry().tokens.clear();
    registry().rebuild();
}

int Redaction::registeredCount()
{
    QMutexLocker locker(&registryMutex());
    return int(registry().secrets.size() + registry().tokens.size());
}

void Redaction::installMessageHandler()
{
    if (handlerInstalled())
        return;
    handlerInstalled() = true;
    previousHandler() = qInstallMessageHandler(redactingHandler);
}
