#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSqlDatabase;

// The SQLite schema's numbered versions. Version n is what migrations()[n - 1] makes of
// version n - 1; the table schema_version has one row per version applied, with its time.
// Never edit a released migration: add a new one.
class SqliteMigrations final
{
    Q_DECLARE_TR_FUNCTIONS(DeviceStore) // messages keep the context they were translated in

public:
    // The newest schema this build can migrate to.
    static int latestVersion();
    // The statements of each version, in order.
    static const QList<QStringList> &migrations();

    // The highest version applied to the file: 0 for a new file. False with *error set
    // (the driver's text) when the file cannot be read as SQLite.
    static bool currentVersion(QSqlDatabase &db, int *version, QString *error);
    // Applies the versions after fromVersion up to toVersion, each in a write transaction
    // of its own that reads the version again under the lock (another console may have
    // migrated meanwhile). On failure the version that failed is rolled back and *error
    // names the file (as `file` gives it), the version and why.
    static bool migrate(
        QSqlDatabase &db, int fromVersion, int toVersion, const QString &file, QString *error);
};
