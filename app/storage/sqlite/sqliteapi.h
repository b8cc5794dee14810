#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <sqlite3.h>

class QSqlDatabase;

// SQLite's own C API on a QSQLITE connection's handle, for the hot paths (every sync page,
// the million-row device list) where QSqlQuery's QVariants and named placeholders cost
// more than the work itself. Linked against the system libsqlite3 that Qt's driver uses.
namespace SqliteApi {

// A statement on SQLite's own handle, finalized when it goes out of scope.
struct Statement
{
    sqlite3_stmt *handle = nullptr;
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() { sqlite3_finalize(handle); }
    // Compiled once, run for every row. False: errorText says why.
    bool prepare(sqlite3 *sqlite, const QString &sql)
    {
        return sqlite3_prepare_v2(sqlite, sql.toUtf8().constData(), -1, &handle, nullptr) == SQLITE_OK;
    }
};

// The connection's own SQLite handle; null with *problem set when the driver gives none.
sqlite3 *handle(const QSqlDatabase &db, QString *problem);
// SQLite's last error on the handle, with what the user can do about it.
QString errorText(sqlite3 *sqlite);
// A text column's bytes, without a copy (valid until the next step). Inline, as the next
// one: the device list calls them a dozen times per row.
inline QByteArrayView columnBytes(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(statement, column)) : QByteArrayView();
}
// A time column in epoch milliseconds as the QtSql path reads it: 0 for NULL.
inline qint64 msecsFrom(sqlite3_stmt *statement, int column)
{
    if (sqlite3_column_type(statement, column) == SQLITE_NULL)
        return 0;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(statement, column), Qt::UTC);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

} // namespace SqliteApi
