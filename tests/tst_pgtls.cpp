// The team store over TLS, against a throwaway cluster that serves TLS only on TCP
// (throwaway-cluster.sh --tls: its own CA, a server certificate for localhost and
// 127.0.0.1, `cert` login for the reporter, plain TCP rejected by pg_hba.conf). Every
// connection goes through the program's own path: PgLogin, StoreFactory, or the console
// run headless. What the server is asked is checked on the server (pg_stat_ssl), what the
// socket does on the socket (getsockopt).
#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgconnectionsettings.h"
#include "app/storage/postgres/pglogin.h"
#include "app/storage/store.h"
#include "app/storage/storefactory.h"
#include "tests/pg/pgtestcluster.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <memory>
#include <optional>

#ifndef ASC_CONSOLE_PATH
#error "ASC_CONSOLE_PATH must name the azure-status-console program"
#endif

namespace {

const QString kDatabase = QStringLiteral("tls");
const QString kReporter = QStringLiteral("tls_reporter");
const QString kHelpdesk = QStringLiteral("tls_helpdesk");
const QByteArray kHelpdeskPassword = "helpdesk-over-tls";

// An environment variable set for one scope, as it was before afterwards.
class ScopedEnv final
{
public:
    ScopedEnv(const char *name, const QByteArray &value) : m_name(name), m_had(qEnvironmentVariableIsSet(name))
    {
        m_old = qgetenv(name);
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedEnv)

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

// "idle interval count" of the server's end of the connection.
QString serverKeepalives(PgConnection &connection)
{
    const PgResult result = connection.exec("SELECT current_setting('tcp_keepalives_idle') || ' ' ||"
                                            " current_setting('tcp_keepalives_interval') || ' ' ||"
                                            " current_setting('tcp_keepalives_count')");
    return result.ok() && result.rows() == 1 ? result.text(0, 0) : result.errorText();
}

int socketOption(int fd, int level, int option)
{
    int value = -1;
    socklen_t length = sizeof value;
    return getsockopt(fd, level, option, &value, &length) == 0 ? value : -1;
}

} // namespace

class TestPgTls final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void verifyFullConnectsEncrypted();
    void wrongCaIsRefusedAndNothingWritten();
    void hostMismatchIsRefusedUnderVerifyFull();
    void reporterLogsInByCertificateAndSyncs();
    void reporterWithoutCertificateOrWithOpenKeyIsRefused();
    void networkHostWithoutVerifyFullIsRefusedByTheProgram();
    void plainTcpIsRejectedByTheServer();
    void keepalivesAreOnBothEnds();
    void filePathsFromHomeAndRelative();

private:
    // postgresql://role@host:port/tls?query
    QString uri(const QString &role, const QString &host, const QString &query) const;
    QString verifyFull(const QString &caFile) const;
    QString reporterCertificate() const;
    // Connected through PgLogin, as every connection of the program is; *error on failure.
    std::unique_ptr<PgConnection> login(const QString &text, QString *error) const;
    // Runs the console headless; extra is added to the environment (PGPASSWORD is never
    // inherited).
    int run(const QStringList &arguments, const QProcessEnvironment &extra, QString *out, QString *err);
    // One number from the store, read as the superuser over the socket.
    qint64 scalar(const QByteArray &sql);
    // Rows the program writes: devices, outbox, audit log, leadership.
    qint64 writtenRows();

    PgTestCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_otherCa;
};

void TestPgTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_cluster.startTls({kReporter}, &error), qPrintable(error));
    QString ownerUri;
    QVERIFY2(m_cluster.createStore(kDatabase, &ownerUri, &error), qPrintable(error));
    QVERIFY2(m_cluster.superuser("ALTER ROLE " + kHelpdesk.toUtf8() + " PASSWORD '" + kHelpdeskPassword + "'", &error),
             qPrintable(error));
    // A CA that did not sign the server's certificate.
    m_otherCa = m_dir.filePath(QStringLiteral("other-ca.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=another CA"), QStringLiteral("-keyout"),
                   m_dir.filePath(QStringLiteral("other-ca.key")), QStringLiteral("-out"), m_otherCa});
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
}

void TestPgTls::cleanupTestCase()
{
    m_cluster.stop();
}

QString TestPgTls::uri(const QString &role, const QString &host, const QString &query) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4?%5").arg(role, host, m_cluster.port(), kDatabase, query);
}

QString TestPgTls::verifyFull(const QString &caFile) const
{
    return QStringLiteral("sslmode=verify-full&sslrootcert=") + caFile;
}

QString TestPgTls::reporterCertificate() const
{
    return QStringLiteral("&sslcert=%1&sslkey=%2")
        .arg(m_cluster.tlsFile(kReporter + QLatin1String(".pem")), m_cluster.tlsFile(kReporter + QLatin1String(".key")));
}

std::unique_ptr<PgConnection> TestPgTls::login(const QString &text, QString *error) const
{
    const std::optional<PgConnectionSettings> settings = PgConnectionSettings::parse(text, error);
    if (!settings)
        return nullptr;
    auto connection = std::make_unique<PgConnection>();
    if (!PgLogin::open(*connection, *settings, text, error))
        return nullptr;
    return connection;
}

int TestPgTls::run(const QStringList &arguments, const QProcessEnvironment &extra, QString *out, QString *err)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.insert(extra);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ASC_CONSOLE_PATH), QStringList{QStringLiteral("--headless")} + arguments);
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        *err = QStringLiteral("timed out");
        return -1;
    }
    *out = QString::fromUtf8(process.readAllStandardOutput());
    *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

qint64 TestPgTls::scalar(const QByteArray &sql)
{
    const std::unique_ptr<PgConnection> superuser = m_cluster.connect(QStringLiteral("postgres"), kDatabase);
    if (!superuser)
        return -1;
    const PgResult result = superuser->exec(sql);
    if (!result.ok() || result.rows() != 1) {
        qWarning("%s: %s", sql.constData(), qPrintable(result.errorText()));
        return -1;
    }
    return result.integer(0, 0);
}

qint64 TestPgTls::writtenRows()
{
    return scalar("SELECT (SELECT count(*) FROM asc_store.devices) + (SELECT count(*) FROM asc_store.report_outbox)"
                  " + (SELECT count(*) FROM asc_store.audit_log WHERE action <> 'init-store')"
                  " + (SELECT count(*) FROM asc_store.leadership)");
}

void TestPgTls::verifyFullConnectsEncrypted()
{
    const ScopedEnv password("PGPASSWORD", kHelpdeskPassword);
    // By name and by address: the certificate names both.
    for (const QString &host : {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}) {
        QString error;
        const std::unique_ptr<PgConnection> connection =
            login(uri(kHelpdesk, host, verifyFull(m_cluster.tlsFile(QStringLiteral("ca.pem")))), &error);
        QVERIFY2(connection, qPrintable(error));
        const PgResult session =
            connection->exec("SELECT ssl, version, session_user FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
        QVERIFY2(session.ok() && session.rows() == 1, qPrintable(session.errorText()));
        QCOMPARE(session.text(0, 0), QStringLiteral("t"));
        QVERIFY2(session.text(0, 1).startsWith(QLatin1String("TLSv1.")), qPrintable(session.text(0, 1)));
        QCOMPARE(session.text(0, 2), kHelpdesk);
    }

    // The console's own store path, and the status command a team runs to check the setup.
    const QString helpdesk = uri(kHelpdesk, QStringLiteral("localhost"), verifyFull(m_cluster.tlsFile(QStringLiteral("ca.pem"))));
    QString error;
    const std::unique_ptr<Store> store = StoreFactory::create(helpdesk, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(store->open(&error), qPrintable(error));
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(kHelpdeskPassword));
    QString out;
    QString err;
    // Plain TCP is rejected by the server (plainTcpIsRejectedByTheServer), so a TCP session
    // that answers is an encrypted one.
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--db"), helpdesk}, extra, &out, &err), 0);
    const QJsonObject status = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(status.value(QStringLiteral("backend")).toString(), QStringLiteral("postgresql"));
    QVERIFY2(status.value(QStringLiteral("schemaVersion")).toInt() > 0, qPrintable(out));
}

void TestPgTls::wrongCaIsRefusedAndNothingWritten()
{
    const qint64 before = writtenRows();
    QVERIFY(before >= 0);
    // The reporter's certificate would log it in: only the server's certificate is wrong.
    const QString wrongCa = uri(kReporter, QStringLiteral("localhost"), verifyFull(m_otherCa) + reporterCertificate());

    QString error;
    QVERIFY(!login(wrongCa, &error));
    QVERIFY2(error.contains(QLatin1String("certificate verify failed")), qPrintable(error));
    // The message says which store: database, host, port and login.
    QVERIFY2(error.contains(QStringLiteral("%1 on localhost:%2 as %3").arg(kDatabase, m_cluster.port(), kReporter)),
             qPrintable(error));

    const std::unique_ptr<Store> store = StoreFactory::create(wrongCa, &error);
    QVERIFY2(store, qPrintable(error));
    error.clear();
    QVERIFY(!store->open(&error));
    QVERIFY2(error.contains(QLatin1String("certificate verify failed")), qPrintable(error));

    QString out;
    QString err;
    QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--demo"), QStringLiteral("--db"), wrongCa}, {}, &out, &err), 3);
    QVERIFY2(err.contains(QLatin1String("certificate verify failed")), qPrintable(err));
    QCOMPARE(writtenRows(), before);
}

void TestPgTls::hostMismatchIsRefusedUnderVerifyFull()
{
    // hostaddr is where libpq connects, host the name it checks the certificate against:
    // the server on 127.0.0.1 presents a certificate for localhost and 127.0.0.1, not for
    // db.example.net. A real mismatch, with no name service involved.
    const QString ca = m_cluster.tlsFile(QStringLiteral("ca.pem"));
    const QString mismatch = uri(kReporter, QStringLiteral("db.example.net"),
                                 QStringLiteral("hostaddr=127.0.0.1&") + verifyFull(ca) + reporterCertificate());
    const qint64 before = writtenRows();
    QString error;
    QVERIFY(!login(mismatch, &error));
    QVERIFY2(error.contains(QLatin1String("does not match host name \"db.example.net\"")), qPrintable(error));
    QString out;
    QString err;
    QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--demo"), QStringLiteral("--db"), mismatch}, {}, &out, &err), 3);
    QVERIFY2(err.contains(QLatin1String("does not match host name")), qPrintable(err));
    QCOMPARE(writtenRows(), before);

    // The same with the name unchecked (verify-ca) connects: the name was the only thing wrong.
    QString control = mismatch;
    control.replace(QLatin1String("sslmode=verify-full"), QLatin1String("sslmode=verify-ca"));
    QVERIFY2(login(control, &error), qPrintable(error));
}

void TestPgTls::reporterLogsInByCertificateAndSyncs()
{
    QVERIFY(qEnvironmentVariableIsEmpty("PGPASSWORD"));
    const QString reporter =
        uri(kReporter, QStringLiteral("localhost"), verifyFull(m_cluster.tlsFile(QStringLiteral("ca.pem"))) + reporterCertificate());
    QString error;
    const std::unique_ptr<PgConnection> connection = login(reporter, &error);
    QVERIFY2(connection, qPrintable(error));
    const PgResult session = connection->exec("SELECT ssl, client_dn, session_user FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
    QVERIFY2(session.ok() && session.rows() == 1, qPrintable(session.errorText()));
    QCOMPARE(session.text(0, 0), QStringLiteral("t"));
    QCOMPARE(session.text(0, 1), QStringLiteral("/CN=") + kReporter);
    QCOMPARE(session.text(0, 2), kReporter);
    // The server did ask for the certificate, not a password: the login has none.
    QCOMPARE(scalar("SELECT count(*) FROM pg_authid WHERE rolname = 'tls_reporter' AND rolpassword IS NULL"), qint64(1));

    // A timer's sync, then the status, as the reporter, with no password anywhere.
    QString out;
    QString err;
    QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--demo"), QStringLiteral("--db"), reporter}, {}, &out, &err), 0);
    QVERIFY2(out.startsWith(QLatin1String("Synced")), qPrintable(out + err));
    const qint64 devices = scalar("SELECT count(*) FROM asc_store.devices");
    QVERIFY2(devices > 0, qPrintable(out + err));
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--db"), reporter}, {}, &out, &err), 0);
    const QJsonObject status = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(status.value(QStringLiteral("devices")).toInteger(), devices);
    // It led the sync as itself.
    QCOMPARE(scalar("SELECT count(*) FROM asc_store.leadership WHERE holder = 'tls_reporter'"), qint64(1));
}

void TestPgTls::reporterWithoutCertificateOrWithOpenKeyIsRefused()
{
    const QString ca = m_cluster.tlsFile(QStringLiteral("ca.pem"));
    QString error;
    // `cert` in pg_hba.conf: no certificate, no login (and no password asked for instead).
    QVERIFY(!login(uri(kReporter, QStringLiteral("localhost"), verifyFull(ca)), &error));
    QVERIFY2(error.contains(QLatin1String("requires a valid client certificate")), qPrintable(error));

    // libpq refuses a key that group or others may read, and says so.
    const QString openKey = m_dir.filePath(QStringLiteral("open.key"));
    QVERIFY(QFile::copy(m_cluster.tlsFile(kReporter + QLatin1String(".key")), openKey));
    QVERIFY(QFile::setPermissions(openKey, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                               | QFileDevice::ReadOther));
    const QString withOpenKey = uri(kReporter, QStringLiteral("localhost"),
                                    verifyFull(ca) + QStringLiteral("&sslcert=%1&sslkey=%2")
                                                         .arg(m_cluster.tlsFile(kReporter + QLatin1String(".pem")), openKey));
    QVERIFY(!login(withOpenKey, &error));
    QVERIFY2(error.contains(QLatin1String("has group or world access")), qPrintable(error));
}

void TestPgTls::networkHostWithoutVerifyFullIsRefusedByTheProgram()
{
    const QString ca = m_cluster.tlsFile(QStringLiteral("ca.pem"));
    for (const QString &mode : {QStringLiteral("verify-ca"), QStringLiteral("require"), QStringLiteral("prefer")}) {
        const QString text = uri(kReporter, QStringLiteral("db.example.net"),
                                 QStringLiteral("sslmode=%1&sslrootcert=%2").arg(mode, ca) + reporterCertificate());
        QString error;
        QVERIFY(!PgConnectionSettings::parse(text, &error));
        QVERIFY2(error.contains(QLatin1String("sslmode=verify-full")) && error.contains(mode), qPrintable(error));
        QVERIFY(!StoreFactory::create(text, &error));
        QString out;
        QString err;
        QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--db"), text}, {}, &out, &err), 2);
        QVERIFY2(err.contains(QLatin1String("verify-full")), qPrintable(err));
    }
}

void TestPgTls::plainTcpIsRejectedByTheServer()
{
    // Loopback without TLS is the program's to allow; this server refuses it (hostnossl reject).
    const ScopedEnv password("PGPASSWORD", kHelpdeskPassword);
    QString error;
    QVERIFY(!login(uri(kHelpdesk, QStringLiteral("127.0.0.1"), QStringLiteral("sslmode=disable")), &error));
    QVERIFY2(error.contains(QLatin1String("no encryption")), qPrintable(error));
}

void TestPgTls::keepalivesAreOnBothEnds()
{
    const ScopedEnv password("PGPASSWORD", kHelpdeskPassword);
    const QString ca = m_cluster.tlsFile(QStringLiteral("ca.pem"));
    QString error;
    const std::unique_ptr<PgConnection> connection = login(uri(kHelpdesk, QStringLiteral("localhost"), verifyFull(ca)), &error);
    QVERIFY2(connection, qPrintable(error));
    // What libpq was given…
    QHash<QByteArray, QByteArray> given;
    PQconninfoOption *options = PQconninfo(connection->handle());
    for (PQconninfoOption *option = options; option && option->keyword; ++option) {
        if (option->val)
            given.insert(option->keyword, option->val);
    }
    PQconninfoFree(options);
    QCOMPARE(given.value("keepalives"), QByteArray("1"));
    QCOMPARE(given.value("keepalives_idle"), QByteArray::number(PgConnectionSettings::kKeepalivesIdleSecs));
    QCOMPARE(given.value("keepalives_interval"), QByteArray::number(PgConnectionSettings::kKeepalivesIntervalSecs));
    QCOMPARE(given.value("keepalives_count"), QByteArray::number(PgConnectionSettings::kKeepalivesCount));
    QCOMPARE(given.value("sslmode"), QByteArray("verify-full"));
    // …and what the kernel does with the connection's socket.
    const int fd = connection->socket();
    QVERIFY(fd >= 0);
    QCOMPARE(socketOption(fd, SOL_SOCKET, SO_KEEPALIVE), 1);
    QCOMPARE(socketOption(fd, IPPROTO_TCP, TCP_KEEPIDLE), PgConnectionSettings::kKeepalivesIdleSecs);
    QCOMPARE(socketOption(fd, IPPROTO_TCP, TCP_KEEPINTVL), PgConnectionSettings::kKeepalivesIntervalSecs);
    QCOMPARE(socketOption(fd, IPPROTO_TCP, TCP_KEEPCNT), PgConnectionSettings::kKeepalivesCount);

    // …and on the server's end of it: SHOW reads the server socket's own values.
    QCOMPARE(serverKeepalives(*connection),
             QStringLiteral("%1 %2 %3")
                 .arg(PgConnectionSettings::kKeepalivesIdleSecs)
                 .arg(PgConnectionSettings::kKeepalivesIntervalSecs)
                 .arg(PgConnectionSettings::kKeepalivesCount));

    // A URI that sets its own wins, on both ends.
    const std::unique_ptr<PgConnection> own =
        login(uri(kHelpdesk, QStringLiteral("localhost"), verifyFull(ca) + QStringLiteral("&keepalives_idle=7")), &error);
    QVERIFY2(own, qPrintable(error));
    QCOMPARE(socketOption(own->socket(), IPPROTO_TCP, TCP_KEEPIDLE), 7);
    QCOMPARE(serverKeepalives(*own),
             QStringLiteral("7 %1 %2").arg(PgConnectionSettings::kKeepalivesIntervalSecs).arg(PgConnectionSettings::kKeepalivesCount));

    // Turned off, the server's end keeps the system's default idle time (Linux: 7200 s),
    // which is what every connection had before the program set them.
    const std::unique_ptr<PgConnection> off =
        login(uri(kHelpdesk, QStringLiteral("localhost"), verifyFull(ca) + QStringLiteral("&keepalives=0")), &error);
    QVERIFY2(off, qPrintable(error));
    QFile systemIdle(QStringLiteral("/proc/sys/net/ipv4/tcp_keepalive_time"));
    QVERIFY(systemIdle.open(QIODevice::ReadOnly));
    QCOMPARE(serverKeepalives(*off).section(QLatin1Char(' '), 0, 0), QString::fromLatin1(systemIdle.readAll().trimmed()));
}

void TestPgTls::filePathsFromHomeAndRelative()
{
    // libpq itself reads "~/ca.pem" as a file in a folder named "~".
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    QVERIFY(QFile::copy(m_cluster.tlsFile(QStringLiteral("ca.pem")), home + QLatin1String("/team-ca.pem")));
    const ScopedEnv homeEnv("HOME", home.toUtf8());
    const ScopedEnv password("PGPASSWORD", kHelpdeskPassword);
    const QString fromHome = uri(kHelpdesk, QStringLiteral("localhost"), verifyFull(QStringLiteral("~/team-ca.pem")));
    QString error;
    const std::optional<PgConnectionSettings> settings = PgConnectionSettings::parse(fromHome, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->given("sslrootcert"), home + QLatin1String("/team-ca.pem"));
    QVERIFY2(login(fromHome, &error), qPrintable(error));

    // A relative path would be read from whatever folder the program starts in.
    const QString relative = uri(kHelpdesk, QStringLiteral("localhost"), verifyFull(QStringLiteral("team-ca.pem")));
    QVERIFY(!PgConnectionSettings::parse(relative, &error));
    QVERIFY2(error.contains(QLatin1String("sslrootcert=team-ca.pem")), qPrintable(error));
    QString out;
    QString err;
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--db"), relative}, {}, &out, &err), 2);
    QVERIFY2(err.contains(QLatin1String("sslrootcert=team-ca.pem")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestPgTls)
#include "tst_pgtls.moc"
