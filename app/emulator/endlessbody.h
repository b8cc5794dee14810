#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QPointer>

class QTcpSocket;

// The body of a "huge body" fault: a JSON start, then spaces, read by QtHttpServer as a
// sequential device and written to the socket as the client takes it, until the client
// disconnects or the limit is sent. Data is offered only while the socket's send buffer
// is short, so a client that stops reading costs the emulator no memory.
class EndlessBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndlessBody)

public:
    EndlessBody(QTcpSocket *socket, const QByteArray &start, qint64 limit);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override { return m_sent >= m_limit; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool socketHasRoom() const;

    QPointer<QTcpSocket> m_socket;
    QByteArray m_start;
    qint64 m_sent = 0;
    const qint64 m_limit;
};
