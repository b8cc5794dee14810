#include "app/storage/sqlite/sqliteconnections.h"

#include "app/storage/sqlite/sqlitetransaction.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QThreadStorage>

namespace {
// Connections made on threads other than the main one are removed when their thread
// finishes, since only the thread that made a connection may remove it cleanly.
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};

QThreadStorage<ThreadConnections *> &threadConnections()
{
    static QThreadStorage<ThreadConnections *> storage;
    return storage;
}

std::atomic<quint64> s_nextInstance { 1 };
} // namespace

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

SqliteConnections::SqliteConnections(const QString &path)
    : m_path(path)
    , m_instance(s_nextInstance.fetch_add(1))
    , m_ownerThread(QThread::currentThread())
{
}

SqliteConnections::~SqliteConnections()
{
    // Best effort: only the owning thread's connection can be removed here; those of
    // worker threads go when their thread finishes.
    if (QThread::currentThread() != m_ownerThread)
        return;
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

QString SqliteConnections::nativePath() const
{
    return QDir::toNativeSeparators(m_path);
}

QString SqliteConnections::connectionName() const
{
    const auto thread = reinterpret_cast<quintptr>(QThread::currentThreadId());
    return QStringLiteral("DeviceStore/%1/%2/%3")
        .arg(QString::number(m_instance), QString::number(thread, 16), m_path);
}

QSqlDatabase SqliteConnections::database() const
{
    const QString name = connectionName();
    QSqlDatabase db;
    if (QSqlDatabase::contains(name)) {
        db = QSqlDatabase::database(name, false);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        const QCoreApplication *app = QCoreApplication::instance();
        if (!app || QThread::currentThread() != app->thread()) {
            QThreadStorage<ThreadConnections *> &storage = threadConnections();
            if (!storage.hasLocalData())
                storage.setLocalData(new ThreadConnections);
            storage.localData()->names.append(name);
        }
    }
    if (db.isOpen() || !db.open())
        return db;
    // Per connection settings. None of them writes to the file, so a file that open() is
    // about to refuse stays as it was.
    QSqlQuery query(db);
    for (const QString &pragma : { QStringLiteral("PRAGMA foreign_keys = ON"),
             QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA synchronous = FULL") }) {
        if (!query.exec(pragma)) {
            query.finish();
            db.close();
            break;
        }
    }
    return db;
}

bool SqliteConnections::connection(QSqlDatabase *db, QString *error) const
{
    if (!m_usable.load()) {
        setError(error, tr("The device database %1 is not open.").arg(nativePath()));
        return false;
    }
    *db = database();
    if (!db->isOpen()) {
        setError(error,
            tr("Could not open the device database %1: %2").arg(nativePath(), errorText(db->lastError())));
        return false;
    }
    return true;
}
