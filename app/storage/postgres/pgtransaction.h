#pragma once

#include <QString>

class PgConnection;

// An explicit transaction on a PgConnection that rolls back unless committed. One begun
// while another is open on the same connection joins it: it neither commits nor rolls
// back, the outer one decides for all (Store::commitTogether), as in the SQLite store.
class PgTransaction final
{
    Q_DISABLE_COPY_MOVE(PgTransaction)

public:
    explicit PgTransaction(PgConnection &connection);
    ~PgTransaction();

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();
    // Began inside another transaction, which decides.
    bool joined() const { return m_joined; }

private:
    PgConnection &m_connection;
    bool m_active = false;
    bool m_joined = false;
};
