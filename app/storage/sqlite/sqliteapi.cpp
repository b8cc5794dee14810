#include "app/storage/sqlite/sqliteapi.h"

#include "app/storage/sqlite/sqlitetransaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

namespace SqliteApi {

sqlite3 *handle(const QSqlDatabase &db, QString *problem)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    *problem = QCoreApplication::translate("DeviceStore", "the database driver gives no SQLite handle");
    return nullptr;
}

QString errorText(sqlite3 *sqlite)
{
    return ::errorText(QString::fromUtf8(sqlite3_errmsg(sqlite)), sqlite3_errcode(sqlite));
}

} // namespace SqliteApi
