#pragma once

#include <QString>

class PgConnection;

// An explicit transaction on a PgConnection that rolls back unless committed.
class PgTransaction final
{
    Q_DISABLE_COPY_MOVE(PgTransaction)

public:
    explicit PgTransaction(PgConnection &connection);
    ~PgTransaction();

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    PgConnection &m_connection;
    bool m_active = false;
};
