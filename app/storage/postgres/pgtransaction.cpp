#include "app/storage/postgres/pgtransaction.h"

#include "app/storage/postgres/pgconnection.h"

PgTransaction::PgTransaction(PgConnection &connection)
    : m_connection(connection)
{
}

PgTransaction::~PgTransaction()
{
    rollback();
}

bool PgTransaction::begin(QString *error)
{
    switch (m_connection.transactionStatus()) {
    case PgConnection::TransactionStatus::InTransaction:
        m_joined = true;
        return true;
    case PgConnection::TransactionStatus::Failed:
        // A statement of the outer transaction failed: it can only roll back.
        if (error)
            *error = PgConnection::tr("the transaction was rolled back after an earlier error");
        return false;
    case PgConnection::TransactionStatus::Idle:
        break;
    }
    m_active = m_connection.run("BEGIN", error);
    return m_active;
}

bool PgTransaction::commit(QString *error)
{
    if (m_joined)
        return m_connection.transactionStatus() == PgConnection::TransactionStatus::InTransaction;
    if (!m_active)
        return false;
    m_active = false;
    const PgResult result = m_connection.exec("COMMIT");
    if (!result.ok()) {
        if (error)
            *error = result.errorText().isEmpty() ? m_connection.connectionError() : result.errorText();
        return false;
    }
    // COMMIT of a transaction a statement has failed in succeeds as a ROLLBACK.
    if (result.commandTag() != "COMMIT") {
        if (error)
            *error = PgConnection::tr("the transaction was rolled back after an earlier error");
        return false;
    }
    return true;
}

void PgTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_connection.run("ROLLBACK", nullptr);
}
