#include "app/storage/sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

SqlTransaction::SqlTransaction(const QSqlDatabase &db)
    : m_db(db)
{
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

bool SqlTransaction::begin(Mode mode, QString *detail)
{
    QSqlQuery query(m_db);
    if (!query.exec(mode == Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))) {
        *detail = errorText(query.lastError());
        return false;
    }
    m_active = true;
    return true;
}

bool SqlTransaction::commit(QString *detail)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        *detail = errorText(query.lastError());
        return false;
    }
    m_active = false;
    return true;
}

QString errorText(const QSqlError &error)
{
    return error.text().trimmed();
}
