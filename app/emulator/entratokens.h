#pragma once

#include "app/emulator/emulatormessages.h"

#include <QHash>
#include <QRandomGenerator>

struct EmulatorSettings;
struct EmulatorStatistics;

// The Microsoft identity platform's client credentials grant (docs/PROTOCOL.md A1) and the
// check of the bearer tokens it issued, which every Graph and partner request passes.
// A token is good for one scope: Graph or the Intune partner services.
class EntraTokens final
{
    Q_DISABLE_COPY_MOVE(EntraTokens)

public:
    enum class Scope : quint8
    {
        Graph,
        Manage
    };

    EntraTokens(const EmulatorSettings &settings, EmulatorStatistics &stats);

    // POST /{tenant}/oauth2/v2.0/token
    EmulatorResponse issue(const EmulatorRequest &request, const QString &tenant, qint64 nowMs);
    // True with *refusal (401 and a WWW-Authenticate challenge) when the request carries no
    // bearer token good for the scope at nowMs.
    bool refuse(const EmulatorRequest &request, Scope scope, qint64 nowMs, EmulatorResponse *refusal);
    // Every token issued so far expires now (expireTokensNow).
    void revokeAll(qint64 nowMs);

    static QString scopeText(Scope scope);

private:
    struct Token
    {
        Scope scope = Scope::Graph;
        qint64 expiresAt = 0;
        bool revoked = false;
    };

    const EmulatorSettings &m_settings;
    EmulatorStatistics &m_stats;
    QHash<QByteArray, Token> m_tokens;
    QRandomGenerator m_rng;
};
