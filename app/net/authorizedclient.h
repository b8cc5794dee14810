#pragma once

#include "app/net/httptransport.h"

#include <QObject>
#include <QString>

class TokenProvider;

// Sends a request with "Authorization: Bearer" for a scope; when the service answers 401
// (an expired or revoked token), drops that token and tries exactly once more with a
// fresh one.
class AuthorizedClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorizedClient)

public:
    explicit AuthorizedClient(HttpTransport *transport, TokenProvider *tokens, QObject *parent = nullptr);

    // As HttpTransport::send. A token failure arrives as a result with status 0 and the
    // token endpoint's error.
    void send(const QString &scope, const HttpRequest &request, const QObject *context,
        HttpTransport::Callback callback);

    HttpTransport *transport() const { return m_transport; }
    TokenProvider *tokens() const { return m_tokens; }
    int reauthorizations() const { return m_reauthorizations; } // 401s answered with a fresh token

private:
    void sendWithToken(const QString &scope, const HttpRequest &request, const QObject *context,
        HttpTransport::Callback callback, bool firstTry, int attemptsBefore);

    HttpTransport *m_transport;
    TokenProvider *m_tokens;
    int m_reauthorizations = 0;
};
