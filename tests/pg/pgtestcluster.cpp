#include "tests/pg/pgtestcluster.h"

#include "app/headless/initstorecommand.h"
#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgconnectionsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStringList>
#include <QTextStream>

#ifndef ASC_PG_CLUSTER_SCRIPT
#error "ASC_PG_CLUSTER_SCRIPT: the path of tests/pg/throwaway-cluster.sh"
#endif

PgTestCluster::~PgTestCluster()
{
    stop();
}

bool PgTestCluster::start(QString *error, bool durable)
{
    return start(durable ? QStringList{QStringLiteral("--durable")} : QStringList(), error);
}

bool PgTestCluster::startTls(const QStringList &certificateLogins, QString *error)
{
    QStringList options{QStringLiteral("--tls")};
    for (const QString &login : certificateLogins)
        options << QStringLiteral("--cert-login") << login;
    return start(options, error);
}

QString PgTestCluster::tlsFile(const QString &name) const
{
    return m_folder + QLatin1String("/tls/") + name;
}

bool PgTestCluster::start(const QStringList &options, QString *error)
{
    const QStringList arguments = QStringList{QStringLiteral("start"), QStringLiteral("--watch"),
                                              QString::number(QCoreApplication::applicationPid())}
        + options;
    QProcess cluster;
    cluster.start(QStringLiteral(ASC_PG_CLUSTER_SCRIPT), arguments);
    if (!cluster.waitForFinished(120000)) {
        *error = QStringLiteral("the throwaway cluster did not start within two minutes");
        return false;
    }
    if (cluster.exitStatus() != QProcess::NormalExit || cluster.exitCode() != 0) {
        *error = QStringLiteral("no PostgreSQL cluster for the test: ")
            + QString::fromUtf8(cluster.readAllStandardError());
        return false;
    }
    const QStringList started = QString::fromUtf8(cluster.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
    if (started.size() != 2) {
        *error = QStringLiteral("throwaway-cluster.sh printed no folder and port");
        return false;
    }
    m_folder = started[0];
    m_port = started[1];
    m_superuser = connect(QStringLiteral("postgres"), QStringLiteral("postgres"));
    if (!m_superuser) {
        *error = QStringLiteral("could not connect to the throwaway cluster as postgres");
        return false;
    }
    return true;
}

void PgTestCluster::stop()
{
    m_superuser.reset();
    if (m_folder.isEmpty())
        return;
    QProcess::execute(QStringLiteral(ASC_PG_CLUSTER_SCRIPT), {QStringLiteral("stop"), m_folder});
    m_folder.clear();
}

QString PgTestCluster::uri(const QString &role, const QString &database) const
{
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(role, database, m_folder, m_port);
}

std::unique_ptr<PgConnection> PgTestCluster::connect(const QString &role, const QString &database) const
{
    QString error;
    const auto settings = PgConnectionSettings::parse(uri(role, database), &error);
    if (!settings) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto connection = std::make_unique<PgConnection>();
    if (!connection->open(*settings, QString(), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return connection;
}

bool PgTestCluster::superuser(const QByteArray &sql, QString *error)
{
    if (!m_superuser) {
        *error = QStringLiteral("the cluster is not started");
        return false;
    }
    QString reason;
    if (m_superuser->run(sql, &reason))
        return true;
    *error = QString::fromUtf8(sql) + QLatin1String(": ") + reason;
    return false;
}

QString PgTestCluster::loginUri(const QString &database, const QString &kind) const
{
    return uri(database + QLatin1Char('_') + kind, database);
}

bool PgTestCluster::createStore(const QString &database, QString *ownerUri, QString *error)
{
    const QByteArray db = database.toUtf8();
    const QByteArray owner = db + "_owner";
    const QList<QByteArray> statements{QByteArray("CREATE ROLE " + owner + " LOGIN CREATEROLE"),
                                       QByteArray("CREATE DATABASE " + db + " OWNER " + owner)};
    for (const QByteArray &sql : statements) {
        if (!superuser(sql, error))
            return false;
    }
    *ownerUri = uri(QString::fromUtf8(owner), database);
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    if (runInitStore({QStringLiteral("--db"), *ownerUri}, outStream, errStream) != 0) {
        *error = QStringLiteral("init-store failed: ") + err;
        return false;
    }
    for (const auto &[kind, role] : {std::pair<const char *, const char *>{"reporter", "asc_reporter"},
                                     {"author", "asc_policy_author"},
                                     {"helpdesk", "asc_helpdesk"}}) {
        const QByteArray login = db + '_' + kind;
        if (!superuser(QByteArray("CREATE ROLE " + login + " LOGIN IN ROLE " + role), error))
            return false;
    }
    return true;
}
