#include "app/storage/postgres/pgbinaryarray.h"

#include "app/storage/postgres/pgbinaryfield.h"

namespace {

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
    PgBinaryField::appendNull(m_elements);
    m_hasNull = true;
    ++m_count;
}

void PgBinaryArray::addInt8(qint64 value)
{
    Q_ASSERT(m_type == Type::Int8);
    PgBinaryField::appendInt8(m_elements, value);
    ++m_count;
}

void PgBinaryArray::addInt4(qint32 value)
{
    Q_ASSERT(m_type == Type::Int4);
    PgBinaryField::appendInt4(m_elements, value);
    ++m_count;
}

void PgBinaryArray::addBool(bool value)
{
    Q_ASSERT(m_type == Type::Bool);
    PgBinaryField::appendBool(m_elements, value);
    ++m_count;
}

void PgBinaryArray::addText(const QString &value)
{
    Q_ASSERT(m_type == Type::Text);
    if (value.isNull()) {
        addNull();
        return;
    }
    PgBinaryField::appendText(m_elements, value);
    ++m_count;
}

void PgBinaryArray::addUuid(const QUuid &value)
{
    Q_ASSERT(m_type == Type::Uuid);
    if (value.isNull()) {
        addNull();
        return;
    }
    PgBinaryField::appendUuid(m_elements, value);
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
    using PgBinaryField::appendBigEndian32;
    appendBigEndian32(header, m_count > 0 ? 1 : 0);
    appendBigEndian32(header, m_hasNull ? 1 : 0);
    appendBigEndian32(header, oids(m_type).element);
    if (m_count > 0) {
        appendBigEndian32(header, quint32(m_count));
        appendBigEndian32(header, 1);
    }
    return header + m_elements;
}
