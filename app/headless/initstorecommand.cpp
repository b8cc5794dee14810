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
    static int onPostgres(const QString &command, const QStringList &arguments, const QString &uri, QTextStream &out,
                          QTextStream &err);

    static QString problemForWindow(const QString &uri);

private:
    static int status(PgConnection &connection, QTextStream &out, QTextStream &err);
};

int InitStoreCommand::onPostgres(const QString &command, const QStringList &arguments, const QString &uri,
                                 QTextStream &out, QTextStream &err)
{
    if (command == QLatin1String("status")) {
        // The same options as on SQLite: --json and --db, nothing else.
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QString &argument = arguments[i];
            if (argument == QLatin1String("--db")) {
                ++i;
            } else if (argument != QLatin1String("--json") && !argument.startsWith(QLatin1String("--db="))) {
                err << tr("Unknown option \"%1\". Options: --db, --json.").arg(argument) << Qt::endl;
                return HeadlessExitCode::UsageError;
            }
        }
        if (!arguments.contains(QLatin1String("--json"))) {
            err << tr("status needs --json (the only output format).") << Qt::endl;
            return HeadlessExitCode::UsageError;
        }
    }
    QString error;
    const std::optional<PgConnectionSettings> settings = PgConnectionSettings::parse(uri, &error);
    if (!settings) {
        err << QStringLiteral("--db: ") + error << Qt::endl;
        return HeadlessExitCode::UsageError;
    }
    PgConnection connection;
    if (!PgLogin::open(connection, *settings, uri, &error)) {
        err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    PgSchema::State state = PgSchema::State::Current;
    if (!PgSchema::check(connection, uri.trimmed(), &state, &error)) {
        err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    if (state != PgSchema::State::Current) {
        err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    if (command == QLatin1String("status"))
        return status(connection, out, err);
    err << tr("The PostgreSQL store (%1) is ready, but this version runs %2 only on an SQLite store (--db PATH); on "
              "PostgreSQL it runs init-store and status so far.")
               .arg(connection.displayName(), command)
        << Qt::endl;
    return HeadlessExitCode::StoreError;
}

QString InitStoreCommand::problemForWindow(const QString &uri)
{
    QString error;
    const std::optional<PgConnectionSettings> settings = PgConnectionSettings::parse(uri, &error);
    if (!settings)
        return QStringLiteral("--db: ") + error;
    PgConnection connection;
    if (!PgLogin::open(connection, *settings, uri, &error))
        return error;
    PgSchema::State state = PgSchema::State::Current;
    if (!PgSchema::check(connection, uri.trimmed(), &state, &error) || state != PgSchema::State::Current)
        return error;
    return tr("The PostgreSQL store (%1) is ready, but this version opens the window only on an SQLite store "
              "(--db PATH). On PostgreSQL it runs --headless init-store and --headless status --json so far.")
        .arg(connection.displayName());
}

int InitStoreCommand::status(PgConnection &connection, QTextStream &out, QTextStream &err)
{
    // One snapshot: every count of the same moment.
    QString error;
    const auto fail = [&](const PgResult &result) {
        err << tr("Could not read the PostgreSQL store (%1): %2")
                   .arg(connection.displayName(),
                        result.errorText().isEmpty() ? connection.connectionError() : result.errorText())
            << Qt::endl;
        return HeadlessExitCode::StoreError;
    };
    const PgResult begin = connection.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!begin.ok())
        return fail(begin);
    const PgResult statuses = connection.exec(
        "SELECT compliance_status, count(*) FROM asc_store.devices GROUP BY compliance_status");
    if (!statuses.ok())
        return fail(statuses);
    QHash<AzureComplianceStatus::Value, qint64> byStatus;
    qint64 devices = 0;
    for (int row = 0; row < statuses.rows(); ++row) {
        bool known = false;
        const AzureComplianceStatus::Value value = statuses.isNull(row, 0)
            ? AzureComplianceStatus::None
            : AzureComplianceStatus::fromStorageName(statuses.text(row, 0), &known);
        byStatus[known || statuses.isNull(row, 0) ? value : AzureComplianceStatus::None] += statuses.integer(row, 1);
        devices += statuses.integer(row, 1);
    }
    const PgResult outbox = connection.exec(
        "SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'sent'),"
        " count(*) FILTER (WHERE state = 'completed'), count(*) FILTER (WHERE state = 'failed'),"
        " (SELECT count(*) FROM asc_store.report_requests) FROM asc_store.report_outbox");
    if (!outbox.ok())
        return fail(outbox);
    const PgResult values = connection.exec(
        "SELECT (SELECT value FROM asc_store.settings WHERE key = 'reportingEnabled'),"
        " (SELECT value FROM asc_store.settings WHERE key = 'reporting/lastWeekly'),"
        " (SELECT max(version) FROM asc_store.schema_version), (SELECT revision FROM asc_store.store_revision)");
    if (!values.ok())
        return fail(values);
    const std::optional<PgLeadership::Leader> leader = PgLeadership::current(connection, &error);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    connection.exec("COMMIT");

    QJsonObject statusCounts;
    for (auto value : {AzureComplianceStatus::None, AzureComplianceStatus::InProgress, AzureComplianceStatus::Successful,
                       AzureComplianceStatus::Failed}) {
        const QString key = value == AzureComplianceStatus::None ? QStringLiteral("NotReported")
                                                                  : AzureComplianceStatus::storageName(value);
        statusCounts.insert(key, byStatus.value(value));
    }
    QJsonValue leaderJson = QJsonValue::Null;
    if (leader) {
        leaderJson = QJsonObject{{QStringLiteral("host"), leader->host},
                                 {QStringLiteral("pid"), leader->pid},
                                 {QStringLiteral("role"), leader->holder},
                                 {QStringLiteral("since"), leader->since.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("term"), leader->term}};
    }
    const QJsonObject json{
        {QStringLiteral("store"), connection.displayName()},
        {QStringLiteral("backend"), QStringLiteral("postgresql")},
        {QStringLiteral("schemaVersion"), values.integer(0, 2)},
        {QStringLiteral("revision"), values.integer(0, 3)},
        {QStringLiteral("devices"), devices},
        {QStringLiteral("azureDeviceComplianceStatus"), statusCounts},
        {QStringLiteral("outbox"), QJsonObject{{QStringLiteral("pending"), outbox.integer(0, 0)},
                                               {QStringLiteral("sent"), outbox.integer(0, 1)},
                                               {QStringLiteral("completed"), outbox.integer(0, 2)},
                                               {QStringLiteral("failed"), outbox.integer(0, 3)},
                                               {QStringLiteral("reportNowRequests"), outbox.integer(0, 4)}}},
        {QStringLiteral("reportingEnabled"), values.text(0, 0) != QLatin1String("0")},
        {QStringLiteral("lastWeeklyReport"), values.text(0, 1)},
        {QStringLiteral("syncLeader"), leaderJson},
    };
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return HeadlessExitCode::Success;
}

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

QString postgresStoreUri(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments[i] == QLatin1String("--db") && i + 1 < arguments.size())
            value = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--db=")))
            value = arguments[i].mid(5);
        if (PgConnectionSettings::isUri(value))
            return value;
    }
    return {};
}

int runOnPostgresStore(const QString &command, const QStringList &arguments, const QString &uri, QTextStream &out,
                       QTextStream &err)
{
    return InitStoreCommand::onPostgres(command, arguments, uri, out, err);
}

QString postgresStoreProblemForWindow(const QString &uri)
{
    return InitStoreCommand::problemForWindow(uri);
}
