#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlError;

// An explicit transaction that rolls back unless committed. Writers take the write lock
// up front (BEGIN IMMEDIATE) so that busy_timeout applies instead of a late SQLITE_BUSY.
class SqlTransaction final
{
    Q_DISABLE_COPY_MOVE(SqlTransaction)

public:
    enum Mode { Read, Write };

    explicit SqlTransaction(const QSqlDatabase &db);
    ~SqlTransaction();

    bool begin(Mode mode, QString *detail);
    bool commit(QString *detail);

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// The driver's message for an error, trimmed, for messages that name what failed.
QString errorText(const QSqlError &error);
// The same for a message and result code from SQLite's C API (-1: no code).
QString errorText(const QString &message, int sqliteCode);
