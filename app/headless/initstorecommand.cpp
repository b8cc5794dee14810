#include "app/headless/initstorecommand.h"

#include "app/headless/headlesscommand.h"
#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgconnectionsettings.h"
#include "app/storage/postgres/pgleadership.h"
#include "app/storage/postgres/pglogin.h"
#include "app/storage/postgres/pgschema.h"
#include "models/azurecompliancestatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

namespace {

class InitStoreCommand final
{
    Q_DECLARE_TR_FUNCTIONS(InitStoreCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};


int InitStoreCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString uri;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--db") && i + 1 < arguments.size()) {
            uri = arguments[++i];
        } else if (argument.startsWith(QLatin1String("--db="))) {
            uri = argument.mid(5);
        } else {
            err << tr("init-store: unexpected argument \"%1\". Usage: init-store --db postgresql://ROLE@HOST:PORT/DATABASE")
                       .arg(argument)
                << Qt::endl;
            return HeadlessExitCode::UsageError;
        }
    }
    if (uri.isEmpty()) {
        err << tr("init-store needs --db and the PostgreSQL connection URI of the store, e.g. --db %1")
                   .arg(QStringLiteral(
                       "postgresql://asc_owner@db.example.com:5432/asc_store?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem"))
            << Qt::endl;
        return HeadlessExitCode::UsageError;
    }
    QString error;
    const std::optional<PgConnectionSettings> settings = PgConnectionSettings::parse(uri, &error);
    if (!settings) {
        err << QStringLiteral("init-store: ") + error << Qt::endl;
        return HeadlessExitCode::UsageError;
    }
    PgConnection connection;
    if (!PgLogin::open(connection, *settings, uri, &error)) {
        err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    int fromVersion = 0;
    QStringList created;
    if (!PgSchema::migrate(connection, uri.trimmed(), &fromVersion, &created, &error)) {
        err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    const int version = PgSchema::latestVersion();
    if (fromVersion == version) {
        out << tr("The store in the PostgreSQL %1 is up to date (schema version %2).")
                   .arg(connection.displayName())
                   .arg(version)
            << Qt::endl;
    } else {
        out << tr("The store in the PostgreSQL %1 is now at schema version %2 (it was at %3).")
                   .arg(connection.displayName())
                   .arg(version)
                   .arg(fromVersion)
            << Qt::endl;
    }
    if (!created.isEmpty())
        out << tr("Roles created: %1.").arg(created.join(QStringLiteral(", "))) << Qt::endl;
    out << tr("Give each person a login that is a member of one role: %1 (reads everything, Report now), %2 "
              "(also changes policies) or %3 (the headless reporter: writes devices and the outbox), e.g. in psql: "
              "CREATE ROLE alice LOGIN IN ROLE %1;")
               .arg(QLatin1String(PgSchema::kHelpdeskRole), QLatin1String(PgSchema::kPolicyAuthorRole),
                    QLatin1String(PgSchema::kReporterRole))
        << Qt::endl;
    if (fromVersion != version || !created.isEmpty()) {
        // Written as the connected role: the audit log takes no other actor.
        const PgResult audit = connection.exec(
            "INSERT INTO asc_store.audit_log (at_ms, actor, action, target, detail)"
            " VALUES ($1, session_user, 'init-store', $2, $3)",
            {QByteArray::number(QDateTime::currentMSecsSinceEpoch()),
             QByteArrayLiteral("schema version ") + QByteArray::number(version),
             QByteArray(QByteArrayLiteral("from version ") + QByteArray::number(fromVersion)
                        + (created.isEmpty() ? QByteArray()
                                             : QByteArray("; roles created: " + created.join(QStringLiteral(", ")).toUtf8())))});
        if (!audit.ok()) {
            err << tr("The store was migrated, but the audit log could not be written: %1").arg(audit.errorText())
                << Qt::endl;
            return HeadlessExitCode::StoreError;
        }
        const PgResult superuser = connection.exec("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
        if (fromVersion != version && superuser.ok() && superuser.rows() == 1 && superuser.bytes(0, 0) == "t") {
            err << tr("Note: %1 is a superuser, so the store's tables and functions now belong to a superuser. Prefer "
                      "a database owner without superuser rights (README, Team deployment).")
                       .arg(connection.displayName())
                << Qt::endl;
        }
    }
    return HeadlessExitCode::Success;
}

} // namespace

int runInitStore(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return InitStoreCommand::run(arguments, out, err);
}
