#pragma once

#include <QString>

// Keeps secrets out of every log line and every error text. Two layers:
// - patterns: Authorization headers, "Bearer"/"Basic" credentials, and JSON or form fields
//   named like a secret (access_token, client_secret, password, ...) lose their values;
// - known values: every secret the process reads (keychain, environment) and every token
//   it receives is registered here, and any text containing one has it replaced.
// installMessageHandler() routes qDebug/qWarning/qCritical/qFatal through redact().
class Redaction final
{
public:
    static QString redact(const QString &text);
    static QByteArray redact(const QByteArray &text);
    // Values shorter than 4 characters are ignored (they would mask ordinary words).
    static void registerSecret(const QString &secret);
    static void clearRegisteredSecrets(); // for tests
    static void installMessageHandler();
    // Crash output: a core dump would hold the secrets in memory, so none is written
    // (RLIMIT_CORE = 0) unless ASC_ALLOW_CORE_DUMPS=1 is set for debugging.
    static void disableCoreDumps();
    static QString mask() { return QStringLiteral("[redacted]"); }
};
