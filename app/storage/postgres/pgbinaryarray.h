#pragma once

#include <QByteArray>
#include <QString>

class QUuid;

// A one-dimensional array parameter in PostgreSQL's binary format (what array_recv
// reads): a page's column as one value, so that a statement takes a whole page through
// unnest() without a staging table, and the server neither parses text nor escapes.
// Elements must match the type exactly: int8, int4, bool, text or uuid.
class PgBinaryArray final
{
public:
    enum class Type { Int8, Int4, Bool, Text, Uuid };

    explicit PgBinaryArray(Type type);

    void addNull();
    void addInt8(qint64 value);
    void addInt4(qint32 value);
    void addBool(bool value);
    // A null QString is NULL, an empty one ''.
    void addText(const QString &value);
    // A null QUuid is NULL.
    void addUuid(const QUuid &value);

    int size() const { return m_count; }
    // The array's type OID (e.g. 1016, int8[]), for PQexecParams.
    unsigned int arrayTypeOid() const;
    // The whole value: header, then every element.
    QByteArray value() const;

private:
    Type m_type;
    QByteArray m_elements;
    int m_count = 0;
    bool m_hasNull = false;
};
