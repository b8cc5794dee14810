#include "app/net/authorizedclient.h"

#include "app/net/tokenprovider.h"

#include <QPointer>

AuthorizedClient::AuthorizedClient(HttpTransport *transport, TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_tokens(tokens)
{
}

void AuthorizedClient::send(const QString &scope, const HttpRequest &request, const QObject *context,
    HttpTransport::Callback callback)
{
    sendWithToken(scope, request, context ? context : this, std::move(callback), true, 0);
}

void AuthorizedClient::sendWithToken(const QString &scope, const HttpRequest &request, const QObject *context,
    HttpTransport::Callback callback, bool firstTry, int attemptsBefore)
{
    QPointer<const QObject> guard(context);
    QPointer<AuthorizedClient> self(this);
    m_tokens->token(scope, context,
        [this, self, scope, request, guard, callback = std::move(callback), firstTry, attemptsBefore](
            const QString &accessToken, const QString &error) {
            if (!guard || !self)
                return;
            if (!error.isEmpty()) {
                HttpResult result;
                result.error = error;
                result.attempts = attemptsBefore;
                callback(result);
                return;
            }
            HttpRequest authorized = request;
            authorized.setHeader("Authorization", "Bearer " + accessToken.toUtf8());
            m_transport->send(authorized, guard,
                [this, self, scope, request, guard, callback, firstTry, attemptsBefore, accessToken](
                    const HttpResult &result) {
                    if (!guard || !self)
                        return;
                    if (result.status == 401 && firstTry) {
                        ++m_reauthorizations;
                        m_tokens->invalidate(scope, accessToken);
                        sendWithToken(
                            scope, request, guard, callback, false, attemptsBefore + result.attempts);
                        return;
                    }
                    HttpResult total = result;
                    total.attempts += attemptsBefore;
                    callback(total);
                });
        });
}
