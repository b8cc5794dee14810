#include "app/storage/sqlite/sqlitetransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// The connections of this thread with a transaction open, and its mode. A connection is
// used by the thread that made it only, so this thread's table is the whole truth.
QHash<QString, SqliteTransaction::Mode> &openTransactions()
{
    thread_local QHash<QString, SqliteTransaction::Mode> open;
    return open;
}
} // namespace

SqliteTransaction::SqliteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_active)
        return;
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    openTransactions().remove(m_db.connectionName());
}

bool SqliteTransaction::begin(Mode mode, QString *detail)
{
    const auto open = openTransactions().constFind(m_db.connectionName());
    if (open != openTransactions().cend()) {
        // A read cannot become a write without risking a deadlock with another writer.
        Q_ASSERT(mode == Read || *open == Write);
        return true;
    }
    QSqlQuery query(m_db);
    if (!query.exec(mode == Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))) {
        *detail = errorText(query.lastError());
        return false;
    }
    m_active = true;
    openTransactions().insert(m_db.connectionName(), mode);
    return true;
}

bool SqliteTransaction::commit(QString *detail)
{
    if (!m_active)
        return true; // joined: the outer transaction commits
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        *detail = errorText(query.lastError());
        return false;
    }
    m_active = false;
    openTransactions().remove(m_db.connectionName());
    return true;
}
QString errorText(const QSqlError &error)
{
    // QSQLITE reports SQLite's result code as the native code.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return errorText(error.text(), ok ? code : -1);
}

QString errorText(const QString &message, int sqliteCode)
{
    const QString text = message.trimmed();
    // SQLite's primary result code: add what the user can do about it, since "database or
    // disk is full" alone does not say.
    if (sqliteCode < 0)
        return text;
    QString hint;
    switch (sqliteCode & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        hint = QCoreApplication::translate("DeviceStore",
            "Another program, or another console, is writing to the database: close it or wait, then try "
            "again.");
        break;
    case 8: // SQLITE_READONLY
        hint = QCoreApplication::translate("DeviceStore",
            "The database file or its folder is read-only: make both writable, or start with --db and "
            "another "
            "file.");
        break;
    case 10: // SQLITE_IOERR
        hint = QCoreApplication::translate(
            "DeviceStore", "The disk could not be read or written: check the disk and its free space.");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        hint = QCoreApplication::translate("DeviceStore",
            "The file is damaged: restore it from a backup, or start with --db and a new file (the next sync "
            "fills it again).");
        break;
    case 13: // SQLITE_FULL
        hint = QCoreApplication::translate("DeviceStore",
            "The disk is full (or the database reached its size limit): free some space, then try again.");
        break;
    case 14: // SQLITE_CANTOPEN
        hint = QCoreApplication::translate("DeviceStore",
            "The file cannot be opened: check that its folder exists and that you may write to it.");
        break;
    default:
        return text;
    }
    return text + QStringLiteral(". ") + hint;
}
