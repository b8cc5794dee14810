#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>
#include <QtEndian>

#include <cstring>

// One value in PostgreSQL's binary wire format, as both a binary COPY row's field and a
// binary array's element are written: a 32-bit big-endian length (-1 for NULL), then the
// type's send format. The COPY writer and the array parameter share these, so the format
// is written in one place. Each appends to buffer without building a QByteArray of its
// own: a page holds some hundred thousand of them.
namespace PgBinaryField {

// Room for size more bytes at the end of buffer. QByteArray::append goes through the
// general insert(), which costs more than a field's few bytes themselves.
inline char *extend(QByteArray &buffer, qsizetype size)
{
    const qsizetype at = buffer.size();
    buffer.resize(at + size);
    return buffer.data() + at;
}

inline void appendBigEndian16(QByteArray &buffer, quint16 value)
{
    qToBigEndian(value, extend(buffer, 2));
}

inline void appendBigEndian32(QByteArray &buffer, quint32 value)
{
    qToBigEndian(value, extend(buffer, 4));
}

inline void appendNull(QByteArray &buffer)
{
    appendBigEndian32(buffer, quint32(-1));
}

inline void appendInt8(QByteArray &buffer, qint64 value)
{
    char *out = extend(buffer, 4 + 8);
    qToBigEndian(quint32(8), out);
    qToBigEndian(quint64(value), out + 4);
}

inline void appendInt4(QByteArray &buffer, qint32 value)
{
    char *out = extend(buffer, 4 + 4);
    qToBigEndian(quint32(4), out);
    qToBigEndian(quint32(value), out + 4);
}

inline void appendBool(QByteArray &buffer, bool value)
{
    char *out = extend(buffer, 4 + 1);
    qToBigEndian(quint32(1), out);
    out[4] = value ? 1 : 0;
}

// text's send format is its UTF-8 bytes.
inline void appendUtf8(QByteArray &buffer, const QByteArray &utf8)
{
    appendBigEndian32(buffer, quint32(utf8.size()));
    buffer.append(utf8);
}

// Whether value is ASCII only; most are, and those are copied character by character.
inline bool isAscii(const QString &value)
{
    const QChar *in = value.constData();
    for (qsizetype i = 0, size = value.size(); i < size; ++i) {
        if (in[i].unicode() >= 0x80)
            return false;
    }
    return true;
}

// value must be ASCII only (isAscii).
inline void appendAsciiText(QByteArray &buffer, const QString &value)
{
    const qsizetype size = value.size();
    const QChar *in = value.constData();
    char *out = extend(buffer, 4 + size);
    qToBigEndian(quint32(size), out);
    for (qsizetype i = 0; i < size; ++i)
        out[4 + i] = char(in[i].unicode());
}

inline void appendText(QByteArray &buffer, const QString &value)
{
    if (isAscii(value))
        appendAsciiText(buffer, value);
    else
        appendUtf8(buffer, value.toUtf8());
}

// uuid's send format: the 16 bytes in RFC 4122 order, as QUuid::toRfc4122() writes them.
inline void appendUuid(QByteArray &buffer, const QUuid &value)
{
    char *out = extend(buffer, 4 + 16);
    qToBigEndian(quint32(16), out);
    qToBigEndian(value.data1, out + 4);
    qToBigEndian(value.data2, out + 8);
    qToBigEndian(value.data3, out + 10);
    memcpy(out + 12, value.data4, 8);
}

} // namespace PgBinaryField
