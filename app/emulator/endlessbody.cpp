#include "app/emulator/endlessbody.h"

#include <QTcpSocket>

#include <algorithm>
#include <cstring>

namespace {

constexpr qint64 kSendBufferLimit = 1 << 20;
constexpr qint64 kOffered = 1 << 16;

} // namespace

EndlessBody::EndlessBody(QTcpSocket *socket, const QByteArray &start, qint64 limit)
    : m_socket(socket)
    , m_start(start)
    , m_limit(limit)
{
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (!atEnd() && socketHasRoom())
            emit readyRead();
    });
}

bool EndlessBody::socketHasRoom() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState
        && m_socket->bytesToWrite() < kSendBufferLimit;
}

qint64 EndlessBody::bytesAvailable() const
{
    if (atEnd() || !socketHasRoom())
        return QIODevice::bytesAvailable();
    return QIODevice::bytesAvailable() + std::min(kOffered, m_limit - m_sent);
}

qint64 EndlessBody::readData(char *data, qint64 maxSize)
{
    qint64 size = std::min(maxSize, m_limit - m_sent);
    if (size <= 0)
        return 0;
    qint64 written = 0;
    if (m_sent < m_start.size()) {
        written = std::min(size, qint64(m_start.size()) - m_sent);
        std::memcpy(data, m_start.constData() + m_sent, size_t(written));
    }
    std::memset(data + written, ' ', size_t(size - written));
    m_sent += size;
    if (atEnd() && m_socket)
        QMetaObject::invokeMethod(
            m_socket.data(), &QAbstractSocket::disconnectFromHost, Qt::QueuedConnection);
    return size;
}

qint64 EndlessBody::writeData(const char *, qint64)
{
    return -1;
}
