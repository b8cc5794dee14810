#include "app/emulator/emulatorhttpserver.h"

#include "app/emulator/endlessbody.h"
#include "app/emulator/tenantemulator.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

// A huge body stops here if the client never does.
constexpr qint64 kEndlessBodyLimit = qint64(4) << 30;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    case QHttpServerRequest::Method::Unknown:
    case QHttpServerRequest::Method::AnyKnown:
        break;
    }
    return QByteArrayLiteral("UNKNOWN");
}

} // namespace

EmulatorHttpServer::EmulatorHttpServer(TenantEmulator &emulator, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_emulator(emulator)
{
}

EmulatorHttpServer::~EmulatorHttpServer() = default;

bool EmulatorHttpServer::useTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("--tls-cert %1: no PEM certificate could be read").arg(certificateFile);
        return false;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--tls-key %1: %2").arg(keyFile, file.errorString());
        return false;
    }
    const QByteArray pem = file.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("--tls-key %1: no unencrypted PEM private key (RSA, EC or DSA) could be read")
                     .arg(keyFile);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    sslSetup(configuration);
    m_tls = true;
    return true;
}

quint16 EmulatorHttpServer::listenOnLoopback(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

bool EmulatorHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    EmulatorRequest emulatorRequest;
    emulatorRequest.method = methodName(request.method());
    const QUrl url = request.url();
    emulatorRequest.path = url.path(QUrl::FullyDecoded);
    emulatorRequest.query = request.query();
    for (const auto &[name, value] : request.headers())
        emulatorRequest.headers.append({ name, value });
    emulatorRequest.body = request.body();
    emulatorRequest.peer = request.remoteAddress().toString();

    EmulatorResponse response = m_emulator.handle(emulatorRequest);
    // QtHttpServer 6.4 keeps every connection open; close it when the client asked to.
    const bool closeAfterResponse = emulatorRequest.header("Connection").toLower().contains("close");
    if (closeAfterResponse)
        response.setHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    if (m_logRequests) {
        std::fprintf(stderr, "%s %s -> %d%s\n", emulatorRequest.method.constData(),
            url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority).toUtf8().constData(), response.status,
            response.action == EmulatorResponse::Action::Reset         ? " (reset)"
                : response.action == EmulatorResponse::Action::Delay   ? " (delayed)"
                : response.action == EmulatorResponse::Action::Endless ? " (endless body)"
                                                                       : "");
    }

    switch (response.action) {
    case EmulatorResponse::Action::Respond: {
        QHttpServerResponder responder = makeResponder(request, socket);
        write(responder, response);
        if (closeAfterResponse)
            socket->disconnectFromHost();
        break;
    }
    case EmulatorResponse::Action::Delay: {
        // The responder is kept until the timer fires; the socket may be gone by then.
        const quint64 id = ++m_nextDelayed;
        m_delayed.emplace(id,
            DelayedResponse { std::make_unique<QHttpServerResponder>(makeResponder(request, socket)),
                QPointer<QTcpSocket>(socket), response, closeAfterResponse });
        QTimer::singleShot(response.delayMs, this, [this, id] { sendDelayed(id); });
        break;
    }
    case EmulatorResponse::Action::Reset:
        reset(socket);
        break;
    case EmulatorResponse::Action::Endless: {
        // Sequential: QtHttpServer 6.4 sends no Content-Length and copies the device to the
        // socket as it drains; the client reads until the connection closes.
        auto *body = new EndlessBody(socket, response.body, kEndlessBodyLimit);
        body->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.write(body,
            { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
                { QByteArrayLiteral("Connection"), QByteArrayLiteral("close") } },
            QHttpServerResponder::StatusCode(response.status));
        break;
    }
    }
    return true;
}

void EmulatorHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() takes every request; this answers only if that ever changes.
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder,
        EmulatorResponse::error(404, QStringLiteral("no endpoint at %1").arg(request.url().path())));
}

void EmulatorHttpServer::write(QHttpServerResponder &responder, const EmulatorResponse &response)
{
    // QHttpServerResponder::write() takes headers only as an initializer list, so the
    // response is written in parts.
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    // A 204 has no body and, by RFC 9110, no Content-Length.
    if (response.status != 204)
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

void EmulatorHttpServer::reset(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    // Linger 0 makes close() send RST, a real "connection reset by peer", not an orderly FIN.
    const struct linger noLinger = { 1, 0 };
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
#endif
    socket->abort();
}

void EmulatorHttpServer::sendDelayed(quint64 id)
{
    const auto found = m_delayed.find(id);
    if (found == m_delayed.end())
        return;
    DelayedResponse &delayed = found->second;
    if (delayed.socket && delayed.socket->state() == QAbstractSocket::ConnectedState) {
        write(*delayed.responder, delayed.response);
        if (delayed.closeAfterResponse)
            delayed.socket->disconnectFromHost();
    }
    m_delayed.erase(found);
}
