#pragma once

#include <QString>

// Keeps secrets out of every log line and every error text. Two layers:
// - patterns: Authorization headers, "Bearer"/"Basic" credentials, and JSON or form fields
//   named like a secret (access_token, client_secret, password, ...) lose their values;
// - known values: every secret the process reads (keychain, environment) and every token
//   it receives is registered here, and any text containing one has it replaced.
// installMessageHandler() routes qDebug/qWarning/qCritical/qFatal through redact().
//
// The known values are bounded: the secrets of the configuration (registerSecret) are kept
// for the life of the process, up to kMaxSecrets; tokens and credentials seen on the wire
// (registerToken) up to kMaxTokens, the one registered longest ago dropped first (the
// transport registers every credential again each time it sends it, so one in use is never
// the oldest). The list redact() walks is built, longest first, when a value is added or
// dropped; a log line takes a reference to it, never a copy, and never sorts.
class Redaction final
{
public:
    static constexpr int kMaxSecrets = 64;
    static constexpr int kMaxTokens = 256;

    static QString redact(const QString &text);
    static QByteArray redact(const QByteArray &text);
    // Values shorter than 4 characters are ignored (they would mask ordinary words).
    static void registerSecret(const QString &secret);
    static void registerToken(const QString &token);
    static void clearRegisteredSecrets(); // for tests
    static int registeredCount(); // values registered (each masked in 3 forms); for tests
    static void installMessageHandler();
    static QString mask() { return QStringLiteral("[redacted]"); }
};
