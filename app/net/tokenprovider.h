#pragma once

#include "app/net/netsettings.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class HttpTransport;

// OAuth2 client credentials against {loginBaseUrl}/{tenantId}/oauth2/v2.0/token, one
// token per scope, cached until shortly before it expires. Callers asking for the same
// scope while a token request runs share that request.
class TokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    using Callback = std::function<void(const QString &accessToken, const QString &error)>;
    using Clock = std::function<QDateTime()>;

    static QString graphScope(); // https://graph.microsoft.com/.default
    static QString managementScope(); // https://api.manage.microsoft.com//.default (the double slash is real)
    // Tokens are replaced this long before they expire (or at half their life when that
    // is shorter, so a short-lived token is still reused).
    static constexpr qint64 kRefreshMarginSecs = qint64(5) * 60;

    explicit TokenProvider(HttpTransport *transport, const NetSettings &settings, QObject *parent = nullptr);

    // Drops every cached token: the tenant or the credentials may have changed.
    void setSettings(const NetSettings &settings);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QUrl tokenUrl() const;

    // Calls back once, later (never from within token()); not at all when `context` is
    // destroyed first. Exactly one of accessToken and error is empty.
    void token(const QString &scope, const QObject *context, Callback callback);
    // The 401 path. With rejectedToken, only that token is dropped: another caller may
    // already have replaced it.
    void invalidate(const QString &scope, const QString &rejectedToken = {});
    // When the cached token of the scope will be replaced; invalid when none is cached.
    QDateTime refreshTime(const QString &scope) const;
    int tokenRequestCount() const { return m_tokenRequests; }

    // An OAuth client-credentials answer, read without side effects (also the fuzz target's
    // entry point): the access token and its lifetime, or the error naming what was wrong.
    struct TokenResponse
    {
        QString accessToken;
        qint64 expiresInSecs = 0;
    };
    static QString parseToken(const QByteArray &body, const QString &what, TokenResponse *out);

signals:
    void tokenIssued(const QString &scope, const QDateTime &expiresAt);

private:
    struct CachedToken
    {
        QString accessToken;
        QDateTime refreshAt;
    };
    struct Waiter
    {
        QPointer<const QObject> context;
        Callback callback;
    };
    void requestToken(const QString &scope);
    void finish(const QString &scope, const QString &accessToken, const QString &error);
    QString parseTokenResponse(const QByteArray &body, const QString &what, const QString &scope);
    QString what() const;
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    HttpTransport *m_transport;
    NetSettings m_settings;
    Clock m_clock;
    QHash<QString, CachedToken> m_cache;
    QHash<QString, QList<Waiter>> m_waiting; // a scope is here while its token request runs
    quint64 m_generation = 0; // bumped by setSettings: late answers are not cached
    int m_tokenRequests = 0;
};
