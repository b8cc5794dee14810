#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>

class QSqlDatabase;
class QThread;

// The connections to one SQLite file: a named QSQLITE connection per thread, made and
// opened on first use (foreign keys on, busy_timeout, synchronous=FULL), so the device
// list can be read on a worker thread while the writer thread commits. The connections of
// worker threads are removed when their thread finishes; the owning thread's when this
// object goes.
class SqliteConnections final
{
    Q_DECLARE_TR_FUNCTIONS(DeviceStore) // messages keep the context they were translated in
    Q_DISABLE_COPY_MOVE(SqliteConnections)

public:
    explicit SqliteConnections(const QString &path);
    ~SqliteConnections();

    QString path() const { return m_path; }
    // The path as messages show it.
    QString nativePath() const;

    // Set by SqliteStore::open() once the schema is checked: connection() refuses before.
    void setUsable(bool usable) { m_usable.store(usable); }
    bool isUsable() const { return m_usable.load(); }

    // This thread's connection, created and opened on first use; closed when it could not
    // be opened (lastError() says why).
    QSqlDatabase database() const;
    // This thread's connection, or false with *error set when the store is not usable.
    bool connection(QSqlDatabase *db, QString *error) const;

private:
    QString connectionName() const;

    const QString m_path;
    const quint64 m_instance;
    QThread *const m_ownerThread;
    std::atomic<bool> m_usable { false };
};

// Sets *error when error is not null.
void setError(QString *error, const QString &text);
