#include "app/emulator/entratokens.h"

#include "app/emulator/emulatorjson.h"
#include "app/emulator/emulatorsettings.h"
#include "app/emulator/emulatorstatistics.h"

#include <QUrlQuery>

namespace {

const QLatin1String kGraphScope("https://graph.microsoft.com/.default");
const QLatin1String kManageScope("https://api.manage.microsoft.com//.default");
constexpr int kPruneAbove = 4096;

EmulatorResponse oauthError(int status, const char *error, const QString &description)
{
    EmulatorResponse response = EmulatorResponse::json(status,
        QJsonObject { { QStringLiteral("error"), QLatin1String(error) },
            { QStringLiteral("error_description"), description } });
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

// Form bodies spell a space '+'; QUrlQuery does not, so turn it into %20 before decoding.
QUrlQuery formQuery(const QByteArray &body)
{
    QByteArray raw = body;
    raw.replace('+', QByteArrayLiteral("%20"));
    return QUrlQuery(QString::fromUtf8(raw));
}

} // namespace

EntraTokens::EntraTokens(const EmulatorSettings &settings, EmulatorStatistics &stats)
    : m_settings(settings)
    , m_stats(stats)
    , m_rng(QRandomGenerator::securelySeeded())
{
}

QString EntraTokens::scopeText(Scope scope)
{
    return scope == Scope::Graph ? QString(kGraphScope) : QString(kManageScope);
}

EmulatorResponse EntraTokens::issue(const EmulatorRequest &request, const QString &tenant, qint64 nowMs)
{
    if (QUuid::fromString(tenant) != m_settings.tenantId)
        return oauthError(
            400, "invalid_client", QStringLiteral("AADSTS90002: Tenant '%1' not found.").arg(tenant));
    const QUrlQuery form = formQuery(request.body);
    const auto field
        = [&form](const char *name) { return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    QString clientId = field("client_id");
    QString clientSecret = field("client_secret");
    // Client credentials may also come as HTTP Basic (RFC 6749 2.3.1).
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (clientId.isEmpty() && authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }
    const QString grantType = field("grant_type");
    if (grantType != QLatin1String("client_credentials"))
        return oauthError(400, "unsupported_grant_type",
            grantType.isEmpty()
                ? QStringLiteral("AADSTS900144: The request body must contain grant_type.")
                : QStringLiteral("AADSTS70003: grant_type '%1' is not supported; use client_credentials.")
                      .arg(grantType));
    if (clientId.isEmpty())
        return oauthError(
            400, "invalid_client", QStringLiteral("AADSTS900144: The request body must contain client_id."));
    if (clientId.compare(m_settings.clientId, Qt::CaseInsensitive) != 0)
        return oauthError(400, "invalid_client",
            QStringLiteral(
                "AADSTS700016: Application with identifier '%1' was not found in the directory '%2'.")
                .arg(clientId, EmulatorJson::guidText(m_settings.tenantId)));
    if (clientSecret != m_settings.clientSecret)
        return oauthError(401, "invalid_client",
            QStringLiteral("AADSTS7000215: Invalid client secret provided for application '%1'.")
                .arg(clientId));
    const QString scopeValue = field("scope").trimmed();
    Scope scope = Scope::Graph;
    if (scopeValue == kGraphScope)
        scope = Scope::Graph;
    else if (scopeValue == kManageScope)
        scope = Scope::Manage;
    else
        return oauthError(400, "invalid_scope",
            QStringLiteral("AADSTS70011: The provided value for scope '%1' is not valid; use %2 or %3.")
                .arg(scopeValue, kGraphScope, kManageScope));

    if (m_tokens.size() > kPruneAbove) {
        for (auto it = m_tokens.begin(); it != m_tokens.end();)
            it = it->expiresAt <= nowMs ? m_tokens.erase(it) : std::next(it);
    }
    quint32 words[8];
    m_rng.fillRange(words);
    const QByteArray token = QByteArray(reinterpret_cast<const char *>(words), sizeof words)
                                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tokens.insert(token, Token { scope, nowMs + qint64(m_settings.tokenLifetimeSeconds) * 1000, false });
    ++m_stats.tokensIssued;
    EmulatorResponse response = EmulatorResponse::json(200,
        QJsonObject { { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("expires_in"), m_settings.tokenLifetimeSeconds },
            { QStringLiteral("ext_expires_in"), m_settings.tokenLifetimeSeconds },
            { QStringLiteral("access_token"), QString::fromLatin1(token) } });
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

bool EntraTokens::refuse(const EmulatorRequest &request, Scope scope, qint64 nowMs, EmulatorResponse *refusal)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    const auto challenge = [refusal](const QString &message, const QByteArray &header) {
        *refusal = EmulatorResponse::json(401,
            QJsonObject { { QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), QStringLiteral("InvalidAuthenticationToken") },
                    { QStringLiteral("message"), message } } } });
        refusal->setHeader(QByteArrayLiteral("WWW-Authenticate"), header);
        return true;
    };
    const auto invalid = [&challenge](const QString &description) {
        return challenge(description,
            QByteArrayLiteral("Bearer error=\"invalid_token\", error_description=\"") + description.toUtf8()
                + '"');
    };
    if (authorization.size() <= 7 || authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return challenge(QStringLiteral("the Authorization header with a Bearer token is missing"), "Bearer");
    const auto token = m_tokens.constFind(authorization.mid(7).trimmed());
    if (token == m_tokens.cend())
        return invalid(QStringLiteral("the access token is not known"));
    if (token->revoked) {
        ++m_stats.faults401;
        return invalid(QStringLiteral("the access token has expired"));
    }
    if (token->expiresAt <= nowMs)
        return invalid(QStringLiteral("the access token has expired"));
    if (token->scope != scope)
        return invalid(QStringLiteral("the access token is for %1; this endpoint needs a token for %2")
                           .arg(scopeText(token->scope), scopeText(scope)));
    return false;
}

void EntraTokens::revokeAll(qint64 nowMs)
{
    for (Token &token : m_tokens) {
        token.revoked = true;
        token.expiresAt = std::min(token.expiresAt, nowMs);
    }
}
