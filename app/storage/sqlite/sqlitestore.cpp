#include "app/storage/sqlite/sqlitestore.h"

#include "app/storage/sqlite/sqliteauditlog.h"
#include "app/storage/sqlite/sqlitedevicestore.h"
#include "app/storage/sqlite/sqliteentrausercache.h"
#include "app/storage/sqlite/sqlitemigrations.h"
#include "app/storage/sqlite/sqlitepolicystore.h"
#include "app/storage/sqlite/sqlitereportoutbox.h"
#include "app/storage/sqlite/sqlitestoresettings.h"
#include "app/storage/sqlite/sqlitetransaction.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QThread>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

SqliteStore::SqliteStore(const QString &path)
    : m_connections(path)
    , m_devices(std::make_unique<SqliteDeviceStore>(m_connections))
    , m_policies(std::make_unique<SqlitePolicyStore>(m_connections))
    , m_settings(std::make_unique<SqliteStoreSettings>(m_connections))
    , m_auditLog(std::make_unique<SqliteAuditLog>(m_connections))
    , m_outbox(std::make_unique<SqliteReportOutbox>(m_connections))
    , m_entraUsers(std::make_unique<SqliteEntraUserCache>(m_connections))
{
}

SqliteStore::~SqliteStore() = default;

QString SqliteStore::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/devices.sqlite");
}

int SqliteStore::latestSchemaVersion()
{
    return SqliteMigrations::latestVersion();
}

DeviceStore &SqliteStore::devices() const
{
    return *m_devices;
}

PolicyStore &SqliteStore::policies() const
{
    return *m_policies;
}

StoreSettings &SqliteStore::settings() const
{
    return *m_settings;
}

AuditLog &SqliteStore::auditLog() const
{
    return *m_auditLog;
}

ReportOutbox &SqliteStore::outbox() const
{
    return *m_outbox;
}

EntraUserCache &SqliteStore::entraUsers() const
{
    return *m_entraUsers;
}

bool SqliteStore::open(QString *error)
{
    return open(error, latestSchemaVersion());
}

bool SqliteStore::open(QString *error, int targetVersion)
{
    if (m_connections.isUsable())
        return true;
    const QString nativePath = m_connections.nativePath();

    // Checked before SQLite sees the file, so that nothing is ever written to a file that
    // is not a database.
    QFile file(path());
    if (file.exists() && file.size() > 0) {
        if (!file.open(QIODevice::ReadOnly)) {
            setError(
                error, tr("Could not read the device database %1: %2").arg(nativePath, file.errorString()));
            return false;
        }
        if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
            setError(error,
                tr("%1 is not a device database: it is not an SQLite file. Nothing was changed.")
                    .arg(nativePath));
            return false;
        }
        file.close();
    }

    QSqlDatabase db = m_connections.database();
    if (!db.isOpen()) {
        QString cause = errorText(db.lastError());
        // A store on a read-only file system (or in a folder the user may not write): SQLite
        // cannot create the -shm file that write-ahead logging needs even to read, and says
        // nothing useful.
        const QString folder = QFileInfo(path()).absolutePath();
        if (file.exists() && !QFileInfo(folder).isWritable()
            && !QFile::exists(path() + QStringLiteral("-shm"))) {
            cause
                = tr("its folder %1 is read-only, and the database needs to create %2 there even to be read. "
                     "Make the folder writable, or copy the file to a folder you may write to and start with "
                     "--db and the copy.")
                      .arg(QDir::toNativeSeparators(folder),
                          QDir::toNativeSeparators(QFileInfo(path()).fileName() + QStringLiteral("-shm")));
        }
        setError(error, tr("Could not open the device database %1: %2").arg(nativePath, cause));
        return false;
    }
    const auto refuse = [&](const QString &message) {
        db.close();
        setError(error, message);
        return false;
    };

    // Reading the schema first proves the file is readable SQLite before anything is written.
    int current = 0;
    QString detail;
    if (!SqliteMigrations::currentVersion(db, &current, &detail)) {
        return refuse(
            tr("%1 is not a usable device database (damaged, or not SQLite): %2. Nothing was changed.")
                .arg(nativePath, detail));
    }
    if (current > latestSchemaVersion()) {
        return refuse(
            tr("%1 was written by a newer version of this console (schema version %2; this version "
               "knows up to %3). Nothing was changed: use a newer console or another database file.")
                .arg(nativePath, QString::number(current), QString::number(latestSchemaVersion())));
    }

    {
        // Two processes opening a new store at once (a window and a timer job) both ask for
        // the exclusive lock the switch needs while holding the shared lock of the schema
        // read: SQLite answers one of them "locked" at once instead of waiting, to avoid a
        // deadlock. The other finishes the switch within milliseconds; try again.
        QSqlQuery query(db);
        QDeadlineTimer patience(5000);
        while (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            const QString code = query.lastError().nativeErrorCode();
            const bool locked = code == QLatin1String("5") || code == QLatin1String("6");
            if (!locked || patience.hasExpired()) {
                return refuse(tr("Could not switch %1 to write-ahead logging: %2")
                                  .arg(nativePath, errorText(query.lastError())));
            }
            query.finish();
            QThread::msleep(20);
        }
    }
    if (!SqliteMigrations::migrate(db, current, targetVersion, nativePath, error)) {
        db.close();
        return false;
    }
    // A read-only file (or one another program keeps locked) still opens for reading; say
    // now that nothing can be written, rather than at the first sync. The probe writes a
    // row and rolls it back: the file is not changed.
    {
        SqliteTransaction probe(db);
        QString problem;
        QSqlQuery query(db);
        if (!probe.begin(SqliteTransaction::Write, &problem)
            || !query.exec(QStringLiteral(
                "INSERT OR REPLACE INTO settings (key, value) VALUES ('store/writable', '1')"))) {
            if (problem.isEmpty())
                problem = errorText(query.lastError());
            m_writeProblem
                = tr("The device database %1 can be read but not written: %2").arg(nativePath, problem);
        }
    }
    m_connections.setUsable(true);
    return true;
}

int SqliteStore::schemaVersion() const
{
    QSqlDatabase db;
    if (!m_connections.connection(&db, nullptr))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

// Its one caller stores a sync page with the users looked up for it, so the message names
// the devices.
bool SqliteStore::readLeaderToken(QString *token, QString *error)
{
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return false;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT owner FROM sync_leader WHERE slot = 1"))) {
        setError(error, tr("Could not read the sync lead in %1: %2").arg(location(), query.lastError().text()));
        return false;
    }
    *token = query.next() ? query.value(0).toString() : QString();
    return true;
}

bool SqliteStore::commitTogether(const std::function<bool(QString *error)> &work, QString *error)
{
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return false;
    QString detail;
    SqliteTransaction transaction(db);
    if (!transaction.begin(SqliteTransaction::Write, &detail)) {
        setError(error, tr("Could not write devices to %1: %2").arg(location(), detail));
        return false;
    }
    if (!work(error))
        return false;
    if (!transaction.commit(&detail)) {
        setError(error, tr("Could not write devices to %1: %2").arg(location(), detail));
        return false;
    }
    return true;
}
