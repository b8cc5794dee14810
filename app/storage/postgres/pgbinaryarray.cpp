#include "app/storage/postgres/pgbinaryarray.h"

#include <QUuid>
#include <QtEndian>

#include <cstring>

namespace {

// Room for size more bytes at the end of buffer. QByteArray::append goes through the
// general insert(), which costs more than an element's few bytes themselves.
char *extend(QByteArray &buffer, qsizetype size)
{
    const qsizetype at = buffer.size();
    buffer.resize(at + size);
    return buffer.data() + at;
}

void appendBigEndian32(QByteArray &buffer, quint32 value)
{
    qToBigEndian(value, extend(buffer, 4));
}

void appendBigEndian64(QByteArray &buffer, quint64 value)
{
    qToBigEndian(value, extend(buffer, 8));
}

// The element type's OID and its array type's, as in pg_type.
struct TypeOids
{
    quint32 element;
    quint32 array;
};

TypeOids oids(PgBinaryArray::Type type)
{
    switch (type) {
    case PgBinaryArray::Type::Int8:
        return {20, 1016};
    case PgBinaryArray::Type::Int4:
        return {23, 1007};
    case PgBinaryArray::Type::Bool:
        return {16, 1000};
    case PgBinaryArray::Type::Text:
        return {25, 1009};
    case PgBinaryArray::Type::Uuid:
        return {2950, 2951};
    }
    return {0, 0};
}

} // namespace

PgBinaryArray::PgBinaryArray(Type type)
    : m_type(type)
{
}

void PgBinaryArray::addNull()
{
    appendBigEndian32(m_elements, quint32(-1));
    m_hasNull = true;
    ++m_count;
}

void PgBinaryArray::addInt8(qint64 value)
{
    Q_ASSERT(m_type == Type::Int8);
    appendBigEndian32(m_elements, 8);
    appendBigEndian64(m_elements, quint64(value));
    ++m_count;
}

void PgBinaryArray::addInt4(qint32 value)
{
    Q_ASSERT(m_type == Type::Int4);
    appendBigEndian32(m_elements, 4);
    appendBigEndian32(m_elements, quint32(value));
    ++m_count;
}

void PgBinaryArray::addBool(bool value)
{
    Q_ASSERT(m_type == Type::Bool);
    char *out = extend(m_elements, 5);
    qToBigEndian(quint32(1), out);
    out[4] = value ? 1 : 0;
    ++m_count;
}

void PgBinaryArray::addText(const QString &value)
{
    Q_ASSERT(m_type == Type::Text);
    if (value.isNull()) {
        addNull();
        return;
    }
    // Most values are ASCII: copied character by character without building a QByteArray.
    const qsizetype size = value.size();
    const QChar *in = value.constData();
    qsizetype ascii = 0;
    while (ascii < size && in[ascii].unicode() < 0x80)
        ++ascii;
    if (ascii == size) {
        char *out = extend(m_elements, 4 + size);
        qToBigEndian(quint32(size), out);
        for (qsizetype i = 0; i < size; ++i)
            out[4 + i] = char(in[i].unicode());
    } else {
        const QByteArray utf8 = value.toUtf8();
        appendBigEndian32(m_elements, quint32(utf8.size()));
        m_elements.append(utf8);
    }
    ++m_count;
}

void PgBinaryArray::addUuid(const QUuid &value)
{
    Q_ASSERT(m_type == Type::Uuid);
    if (value.isNull()) {
        addNull();
        return;
    }
    char *out = extend(m_elements, 4 + 16);
    qToBigEndian(quint32(16), out);
    // RFC 4122 order, as QUuid::toRfc4122() writes it, without a QByteArray of its own.
    qToBigEndian(value.data1, out + 4);
    qToBigEndian(value.data2, out + 8);
    qToBigEndian(value.data3, out + 10);
    memcpy(out + 12, value.data4, 8);
    ++m_count;
}

unsigned int PgBinaryArray::arrayTypeOid() const
{
    return oids(m_type).array;
}

QByteArray PgBinaryArray::value() const
{
    QByteArray header;
    // Dimensions, whether any element is NULL, the element type; then the one dimension's
    // length and lower bound. An empty array has no dimension.
    appendBigEndian32(header, m_count > 0 ? 1 : 0);
    appendBigEndian32(header, m_hasNull ? 1 : 0);
    appendBigEndian32(header, oids(m_type).element);
    if (m_count > 0) {
        appendBigEndian32(header, quint32(m_count));
        appendBigEndian32(header, 1);
    }
    return header + m_elements;
}
