#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlError;

// An explicit transaction that rolls back unless committed. Writers take the write lock
// up front (BEGIN IMMEDIATE) so that busy_timeout applies instead of a late SQLITE_BUSY.
// A transaction begun while another is open on the same connection joins it: it neither
// commits nor rolls back, the outer one decides for all (Store::commitTogether).
class SqliteTransaction final
{
    Q_DISABLE_COPY_MOVE(SqliteTransaction)

public:
    enum Mode
    {
        Read,
        Write
    };

    explicit SqliteTransaction(const QSqlDatabase &db);
    ~SqliteTransaction();

    bool begin(Mode mode, QString *detail);
    bool commit(QString *detail);

private:
    QSqlDatabase m_db;
    bool m_active = false; // began here, not committed yet
};

// The driver's message for an error, trimmed, for messages that name what failed.
QString errorText(const QSqlError &error);
// The same for a message and result code from SQLite's C API (-1: no code).
QString errorText(const QString &message, int sqliteCode);
