#pragma once

#include "app/emulator/emulatormessages.h"

#include <QAbstractHttpServer>
#include <QPointer>

#include <map>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;
class TenantEmulator;

// The HTTP transport of the tenant emulator and the only class that uses QtHttpServer, whose
// API changed in Qt 6.8. It hands every request, whatever its path, to TenantEmulator and
// carries out the answer: respond, respond later (a slow server), or reset the connection.
class EmulatorHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorHttpServer)

public:
    explicit EmulatorHttpServer(TenantEmulator &emulator, QObject *parent = nullptr);
    ~EmulatorHttpServer() override;

    // Listens on 127.0.0.1 only (port 0 = any free port); returns the port, 0 on failure.
    quint16 listenOnLoopback(quint16 port);
    // Serves HTTPS with this PEM certificate (chain) and private key; call before listening.
    // False with *error naming the file and the problem.
    bool useTls(const QString &certificateFile, const QString &keyFile, QString *error);
    bool usesTls() const { return m_tls; }
    // One line per request on stderr.
    void setLogRequests(bool log) { m_logRequests = log; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct DelayedResponse
    {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        EmulatorResponse response;
        bool closeAfterResponse = false;
    };

    static void write(QHttpServerResponder &responder, const EmulatorResponse &response);
    static void reset(QTcpSocket *socket);
    void sendDelayed(quint64 id);

    TenantEmulator &m_emulator;
    std::map<quint64, DelayedResponse> m_delayed;
    quint64 m_nextDelayed = 0;
    bool m_logRequests = false;
    bool m_tls = false;
};
