#include "app/headless/headlesscommand.h"

#include "app/headless/dryrunwriter.h"
#include "app/headless/initstorecommand.h"
#include "app/storage/postgres/pgconnectionsettings.h"
#include "app/storage/postgres/pglogin.h"

#include "app/demo/demofleetgenerator.h"
#include "app/demo/demofleetwriter.h"
#include "app/import/devicecsvimport.h"
#include "app/lifecycle/shutdownsignals.h"
#include "app/net/endpointdiscovery.h"
#include "app/net/httptransport.h"
#include "app/net/partnercomplianceclient.h"
#include "app/net/networkservices.h"
#include "app/net/tokenprovider.h"
#include "app/security/redaction.h"
#include "app/security/secretstore.h"
#include "app/security/systemdcredentials.h"
#include "app/settings/consolesettings.h"
#include "app/settings/settingsimport.h"
#include "app/reporting/reportingengine.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/storage/storefactory.h"
#include "app/storage/syncleadership.h"
#include "app/tenant/demotenant.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSet>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstring>
#include <limits>

namespace {

constexpr int kMinimumDemoDevices = 10;
constexpr int kMaximumDemoDevices = 1000000;
constexpr quint64 kDefaultDemoSeed = 1;

// The commands of --headless. Hand parsed rather than with QCommandLineParser, which
// would answer --help and --version for the whole program and print its own messages.
// This file is over 700 lines on purpose: it is the command line's one front door, one
// short method per command, and every command shares the option parsing, the tenant and
// store set-up and the mapping of failures to the documented exit codes, which must stay
// in one place for the exit codes to mean the same everywhere. The work itself is in the
// services (engine, store, dry-run writer, init-store) each command calls.
class HeadlessCommand final
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommand)

public:
    HeadlessCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {
    }

    int run(const QStringList &arguments);

private:
    int help();
    int generateDemo(const QStringList &arguments);
    // sync, report-now, report-weekly: open the store, connect to the tenant, do the work,
    // then send and confirm until the outbox is empty or --timeout passes.
    int report(const QString &command, const QStringList &arguments);
    int status(const QStringList &arguments);
    // Deprovisions the partner tenant, once --yes says the administrator means it.
    int deprovision(const QStringList &arguments);
    // sync --dry-run: pulls and plans, writes what would be sent, sends nothing.
    int dryRun(ReportingEngine &engine, NetworkServices &network, const StoreSettings &stored,
        const ReportingSettings &settings, const QString &folder);
    // Reads one secret from standard input (never from the command line, where other users
    // could see it) and stores it in the OS keychain for the configured tenant.
    int storeSecret(const QStringList &arguments);
    int storeDatabasePassword(const QStringList &arguments);
    // Replaces the plain settings with those of a settings export (no secrets in it).
    int importSettings(const QStringList &arguments);
    // The settings of --settings FILE (a settings export, e.g. for a service without a user's
    // settings), else those of File → Settings.
    bool loadSettings(const QHash<QString, QString> &values, ConsoleSettings *settings, int *exitCode);
    bool tenantSettings(const QHash<QString, QString> &values, const ConsoleSettings &configured, DemoTenant *demo,
                        NetSettings *settings, QUuid *tenantId, int *exitCode);
    // The configured tenant, with its secrets from the OS keychain, or from systemd's
    // credentials when the command runs as a service that has them.
    bool configuredTenant(const ConsoleSettings &configured, NetSettings *settings, QUuid *tenantId, int *exitCode);
    // After SIGTERM, SIGINT or SIGHUP: says so and gives 128 + the signal.
    int stopped();
    int waitForOutbox(const Store &store, ReportingEngine &engine, int timeoutSecs);
    // Adds the devices a CSV file names to *deviceIds; prints each row it cannot use.
    int devicesFromCsv(const QString &path, const DeviceStore &store, QList<qint64> *deviceIds);
    int usageError(const QString &message);
    // Splits "--name value" and "--name=value" into *values; false with a message on error.
    bool parseOptions(
        const QStringList &arguments, const QStringList &known, QHash<QString, QString> *values);

    QTextStream &m_out;
    QTextStream &m_err;
};

int HeadlessCommand::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("No command given after --headless. Commands: generate-demo, sync, report-now, "
                             "report-weekly, status, help."));
    const QString &command = arguments.constFirst();
    if (command == QLatin1String("help") || command == QLatin1String("--help")
        || command == QLatin1String("-h"))
        return help();
    if (command == QLatin1String("init-store"))
        return runInitStore(arguments.mid(1), m_out, m_err);
    if (command == QLatin1String("generate-demo"))
        return generateDemo(arguments.mid(1));
    if (command == QLatin1String("sync") || command == QLatin1String("report-now")
        || command == QLatin1String("report-weekly") || command == QLatin1String("send"))
        return report(command, arguments.mid(1));
    if (command == QLatin1String("import-settings"))
        return importSettings(arguments.mid(1));
    if (command == QLatin1String("store-secret"))
        return storeSecret(arguments.mid(1));
    if (command == QLatin1String("status"))
        return status(arguments.mid(1));
    if (command == QLatin1String("deprovision"))
        return deprovision(arguments.mid(1));
    return usageError(tr("Unknown command \"%1\". Commands: generate-demo, sync, report-now, report-weekly, send, "
                         "deprovision, status, import-settings, store-secret, init-store, help.")
                          .arg(command));
}

int HeadlessCommand::help()
{
    m_out << tr("Usage: --headless COMMAND [OPTIONS]") << Qt::endl
          << Qt::endl
          << tr("Commands:") << Qt::endl
          << tr("  generate-demo --devices N --db PATH [--seed S]") << Qt::endl
          << tr("      Writes a demo fleet of N devices (10 to 1000000) and its compliance policies to the "
                "device database at PATH. The same seed always gives the same fleet.")
          << Qt::endl
          << tr("  sync [--db PATH] [--demo | --tenant-url URL] [--batch-size N] [--timeout SECONDS]") << Qt::endl
          << tr("      Pulls every device and policy from the MDM, queues the reports their changes call for "
                "(compliance change, inventory change, escalation, a missed weekly report), sends them and waits "
                "for Azure to confirm them.")
          << Qt::endl
          << tr("  sync --dry-run FOLDER [same options as sync]") << Qt::endl
          << tr("      Pulls and plans as sync does, but sends nothing to Azure and writes nothing to the store: "
                "every request it would send (URL, headers with the token masked, body) is written to FOLDER, which "
                "must be new or empty.")
          << Qt::endl
          << tr("  report-now ID... [same options as sync]") << Qt::endl
          << tr("      Reports these devices now.") << Qt::endl
          << tr("  report-now --csv FILE [same options as sync]") << Qt::endl
          << tr("      Reports the devices a CSV file lists now. Its header names at least one of the columns id, "
                "serial number, Azure device id, name; each row that names no device of the store, or several, "
                "is shown with its row number and skipped.")
          << Qt::endl
          << tr("  report-weekly [same options as sync]") << Qt::endl
          << tr("      Reports every device now, as the weekly report does.") << Qt::endl
          << tr("  send [same options as sync]") << Qt::endl
          << tr("      Queues nothing: sends what the outbox holds (also what an interrupted run left) and waits for "
                "Azure to confirm it.")
          << Qt::endl
          << tr("  deprovision --yes [--db PATH] [--demo | --tenant-url URL] [--settings FILE]") << Qt::endl
          << tr("      Disconnects from Azure: deprovisions the partner tenant (Azure then stops taking compliance "
                "data from this console for the tenant) and switches reporting off. Audited. Without --yes it only "
                "says what it would do.")
          << Qt::endl
          << tr("  status [--db PATH] --json") << Qt::endl
          << tr("      Prints the store's devices by Azure Device Compliance Status and the outbox counts as JSON.")
          << Qt::endl
          << tr("  Without --demo or --tenant-url, the tenant configured in File → Settings is used, with its "
                "secrets from the OS keychain. --demo starts the tenant emulator next to this program; --tenant-url "
                "uses one host for every endpoint, with credentials from ASC_MDM_USER, ASC_MDM_PASSWORD, "
                "ASC_TENANT_ID, ASC_CLIENT_ID and ASC_CLIENT_SECRET.")
          << Qt::endl
          << tr("  import-settings FILE") << Qt::endl
          << tr("      Replaces the settings with those of a file written by File → Settings → Export (it holds no "
                "secret).")
          << Qt::endl
          << tr("  store-secret mdm-password|client-secret") << Qt::endl
          << tr("      Reads the secret from standard input and stores it in the OS keychain for the tenant "
                "configured in File → Settings (for a machine without a window).")
          << Qt::endl
          << tr("  store-secret db-password --db postgresql://ROLE@HOST:PORT/DATABASE") << Qt::endl
          << tr("      Reads that login's PostgreSQL password from standard input and keeps it in the OS keychain, "
                "used when PGPASSWORD and ~/.pgpass hold none. A systemd service gives it as the credential "
                "db-password instead.")
          << Qt::endl
          << tr("  --request-timeout SECONDS sets how long one request may take before it is tried again "
                "(default 30).")
          << Qt::endl
          << tr("  --settings FILE (sync, report-now, report-weekly, send) uses the settings of FILE, written by "
                "File → Settings → Export, instead of those of File → Settings; e.g. for the service "
                "azure-status-reporter, /etc/azure-status-reporter/settings.json.")
          << Qt::endl
          << tr("  When $CREDENTIALS_DIRECTORY is set (a systemd service with LoadCredentialEncrypted= or "
                "LoadCredential=), the secrets of the configured tenant are read from its files mdm-password and "
                "client-secret instead of the OS keychain.")
          << Qt::endl
          << tr("  init-store --db postgresql://ROLE@HOST:PORT/DATABASE")
          << Qt::endl
          // The URI's query is not translated, and its "&" is no accelerator.
          << tr("      Creates or upgrades a team's PostgreSQL store and its roles (asc_helpdesk, asc_policy_author, "
                "asc_reporter). Run once by the database owner, and again after an upgrade of the console. The "
                "password comes from PGPASSWORD or ~/.pgpass. A server on the network is reached with %1 at the "
                "end of the URI.")
                 .arg(QStringLiteral("?sslmode=verify-full&sslrootcert=/path/to/ca.pem"))
          << Qt::endl
          << tr("  help") << Qt::endl
          << tr("      Shows this text.") << Qt::endl
          << Qt::endl
          << tr("Exit codes: 0 success, 2 unknown command or bad argument, 3 database error, 4 tenant error, "
                "5 reports failed, 6 timeout (reports still queued), 7 keychain error (no secret service, or no "
                "secret stored for the tenant).")
          << Qt::endl
          << tr("A command stopped by SIGTERM, SIGINT or SIGHUP ends in order, with what it did committed to the "
                "store, and exits with 128 + the signal: 143, 130 or 129.")
          << Qt::endl
          << tr("A systemd credential that is missing or empty also gives exit code 7, naming it.")
          << Qt::endl;
    return HeadlessExitCode::Success;
}

int HeadlessCommand::usageError(const QString &message)
{
    m_err << message << Qt::endl;
    return HeadlessExitCode::UsageError;
}

bool HeadlessCommand::parseOptions(
    const QStringList &arguments, const QStringList &known, QHash<QString, QString> *values)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        QString value;
        bool hasValue = false;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (name.startsWith(QLatin1String("--")) && equals > 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
            hasValue = true;
        }
        if (!known.contains(name)) {
            usageError(tr("Unknown option \"%1\". Options: %2.").arg(name, known.join(QLatin1String(", "))));
            return false;
        }
        if (!hasValue) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                usageError(tr("%1 needs a value.").arg(name));
                return false;
            }
            value = arguments.at(++i);
        }
        values->insert(name, value);
    }
    return true;
}

int HeadlessCommand::generateDemo(const QStringList &arguments)
{
    const QString devicesOption = QStringLiteral("--devices");
    const QString dbOption = QStringLiteral("--db");
    const QString seedOption = QStringLiteral("--seed");
    QHash<QString, QString> values;
    if (!parseOptions(arguments, { devicesOption, dbOption, seedOption }, &values))
        return HeadlessExitCode::UsageError;

    if (!values.contains(devicesOption)) {
        return usageError(
            tr("generate-demo needs --devices N (from %1 to %2).")
                .arg(QString::number(kMinimumDemoDevices), QString::number(kMaximumDemoDevices)));
    }
    const QString devicesText = values.value(devicesOption);
    bool ok = false;
    const int devices = devicesText.toInt(&ok);
    if (!ok || devices < kMinimumDemoDevices || devices > kMaximumDemoDevices) {
        return usageError(tr("--devices: \"%1\" is not a whole number from %2 to %3.")
                              .arg(devicesText, QString::number(kMinimumDemoDevices),
                                  QString::number(kMaximumDemoDevices)));
    }
    const QString path = values.value(dbOption);
    if (path.trimmed().isEmpty())
        return usageError(tr("generate-demo needs --db PATH, the device database to write."));
    quint64 seed = kDefaultDemoSeed;
    if (values.contains(seedOption)) {
        const QString seedText = values.value(seedOption);
        seed = seedText.toULongLong(&ok);
        if (!ok) {
            return usageError(tr("--seed: \"%1\" is not a whole number from 0 to %2.")
                                  .arg(seedText, QString::number(std::numeric_limits<quint64>::max())));
        }
    }

    QElapsedTimer timer;
    timer.start();
    QString error;
    std::unique_ptr<Store> opened = StoreFactory::create(path, &error);
    if (!opened) {
        m_err << QStringLiteral("--db: ") + error << Qt::endl;
        return HeadlessExitCode::UsageError;
    }
    Store &store = *opened;
    if (!store.open(&error)) {
        m_err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    DemoFleetGenerator generator(seed);
    const bool written = DemoFleetWriter::write(generator, store, devices, QDateTime::currentDateTimeUtc(), &error)
        && store.settings().setSetting(QStringLiteral("demo/seed"), QString::number(seed), &error)
        && store.settings().setSetting(QStringLiteral("demo/devices"), QString::number(devices), &error)
        && store.auditLog().appendAudit(QStringLiteral("headless"), QStringLiteral("generate-demo"), path,
            QStringLiteral("devices=%1 seed=%2").arg(QString::number(devices), QString::number(seed)),
            &error);
    if (!written) {
        m_err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    m_out << tr("Wrote %n demo device(s) (seed %1) to %2 in %3 s.", nullptr, devices)
                 .arg(QString::number(seed), QDir::toNativeSeparators(path),
                     QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
          << Qt::endl;
    return HeadlessExitCode::Success;
}

bool HeadlessCommand::loadSettings(const QHash<QString, QString> &values, ConsoleSettings *settings, int *exitCode)
{
    const QString path = values.value(QStringLiteral("--settings"));
    if (path.isEmpty()) {
        *settings = ConsoleSettings::load();
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *exitCode = usageError(
            tr("--settings: %1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const SettingsImport::Result result = SettingsImport::parse(file.read(SettingsImport::kMaxFileBytes + 1));
    if (!result.settings) {
        *exitCode = usageError(tr("--settings: %1 is not a usable settings export: %2")
                                   .arg(QDir::toNativeSeparators(path), result.error));
        return false;
    }
    *settings = *result.settings;
    return true;
}

bool HeadlessCommand::tenantSettings(const QHash<QString, QString> &values, const ConsoleSettings &configured,
                                     DemoTenant *demo, NetSettings *settings, QUuid *tenantId, int *exitCode)
{
    const bool useDemo = values.contains(QStringLiteral("--demo"));
    const QString url = values.value(QStringLiteral("--tenant-url"));
    if (useDemo && !url.isEmpty()) {
        *exitCode = usageError(tr("Give either --demo or --tenant-url URL, not both."));
        return false;
    }
    if (!useDemo && url.isEmpty()) {
        if (!configured.isTenantConfigured()) {
            *exitCode = usageError(tr("No tenant is configured: set one in File → Settings, or give --demo or "
                                      "--tenant-url URL."));
            return false;
        }
        return configuredTenant(configured, settings, tenantId, exitCode);
    }
    QString error;
    if (useDemo) {
        if (!demo->start(10000, kDefaultDemoSeed, {}, &error)) {
            m_err << error << Qt::endl;
            *exitCode = HeadlessExitCode::TenantError;
            return false;
        }
        *settings = demo->netSettings();
        *tenantId = DemoTenant::tenantId();
        return true;
    }
    // Before anything shows the URL: it would show the password.
    if (HttpTransport::hasUserInfo(url)) {
        *exitCode = usageError(HttpTransport::urlProblem(QUrl(url), QStringLiteral("--tenant-url")));
        return false;
    }
    const QUrl base(url, QUrl::StrictMode);
    if (!base.isValid() || (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))) {
        *exitCode = usageError(tr("--tenant-url: \"%1\" is not an http(s) URL.").arg(url));
        return false;
    }
    if (const QString problem = HttpTransport::urlProblem(base, QStringLiteral("--tenant-url")); !problem.isEmpty()) {
        *exitCode = usageError(problem);
        return false;
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    *settings = NetSettings::forSingleHost(base);
    settings->mdmUser = environment.value(QStringLiteral("ASC_MDM_USER"));
    settings->mdmPassword = environment.value(QStringLiteral("ASC_MDM_PASSWORD"));
    settings->tenantId = environment.value(QStringLiteral("ASC_TENANT_ID"));
    settings->clientId = environment.value(QStringLiteral("ASC_CLIENT_ID"));
    settings->clientSecret = environment.value(QStringLiteral("ASC_CLIENT_SECRET"));
    settings->caFile = configured.caFile;
    Redaction::registerSecret(settings->mdmPassword);
    Redaction::registerSecret(settings->clientSecret);
    *tenantId = QUuid::fromString(settings->tenantId);
    if (tenantId->isNull()) {
        *exitCode = usageError(tr("ASC_TENANT_ID must hold the Entra tenant id (a GUID)."));
        return false;
    }
    return true;
}

bool HeadlessCommand::configuredTenant(
    const ConsoleSettings &configured, NetSettings *settings, QUuid *tenantId, int *exitCode)
{
    const QStringList problems = configured.validate();
    if (!problems.isEmpty()) {
        *exitCode = usageError(tr("The configured settings are not usable: %1").arg(problems.join(QStringLiteral(" "))));
        return false;
    }
    SecretStore secrets;
    const bool fromCredentials = SystemdCredentials::available();
    QString found[2];
    const QList<QPair<QString, SecretStore::Kind>> wanted{ { configured.mdmPasswordKey(), SecretStore::Kind::MdmPassword },
        { configured.clientSecretKey(), SecretStore::Kind::ClientSecret } };
    for (int i = 0; i < wanted.size(); ++i) {
        const SecretStore::Result result = fromCredentials ? SystemdCredentials::read(wanted.at(i).second)
                                                           : secrets.readNow(wanted.at(i).first);
        if (!result.ok()) {
            m_err << result.error << Qt::endl;
            *exitCode = HeadlessExitCode::KeychainError;
            return false;
        }
        found[i] = result.secret;
        Redaction::registerSecret(result.secret);
    }
    *settings = configured.toNetSettings(found[0], found[1]);
    *tenantId = QUuid::fromString(settings->tenantId);
    return true;
}

int HeadlessCommand::stopped()
{
    const int signal = ShutdownSignals::received();
    const char *abbreviation = sigabbrev_np(signal);
    const QString name = abbreviation ? QStringLiteral("SIG") + QString::fromLatin1(abbreviation) : QString::number(signal);
    //: %1 is a signal, e.g. SIGTERM
    m_err << tr("Stopped by %1: what was done is committed; the reports still queued go out on the next run.")
                 .arg(name)
          << Qt::endl;
    return ShutdownSignals::exitCode(signal);
}

int HeadlessCommand::importSettings(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usageError(tr("import-settings needs FILE, a settings export (JSON)."));
    QFile file(arguments.constFirst());
    if (!file.open(QIODevice::ReadOnly))
        return usageError(tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    const SettingsImport::Result result = SettingsImport::parse(file.read(SettingsImport::kMaxFileBytes + 1));
    if (!result.settings)
        return usageError(tr("%1 was not imported: %2").arg(QDir::toNativeSeparators(file.fileName()), result.error));
    result.settings->save();
    m_out << tr("Imported the settings of %1.").arg(QDir::toNativeSeparators(file.fileName())) << Qt::endl;
    return HeadlessExitCode::Success;
}

int HeadlessCommand::storeSecret(const QStringList &arguments)
{
    const QString mdm = QStringLiteral("mdm-password");
    const QString client = QStringLiteral("client-secret");
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String("db-password"))
        return storeDatabasePassword(arguments.mid(1));
    if (arguments.size() != 1 || (arguments.constFirst() != mdm && arguments.constFirst() != client))
        return usageError(tr("store-secret needs one of: mdm-password, client-secret, db-password --db URI (the "
                             "secret itself is read from standard input)."));
    const ConsoleSettings configured = ConsoleSettings::load();
    if (!configured.isTenantConfigured())
        return usageError(tr("No tenant is configured: set one in File → Settings, or give --demo or "
                             "--tenant-url URL."));
    const QStringList problems = configured.validate(false);
    if (!problems.isEmpty())
        return usageError(tr("The configured settings are not usable: %1").arg(problems.join(QStringLiteral(" "))));
    const bool isMdm = arguments.constFirst() == mdm;
    QTextStream in(stdin);
    const QString secret = in.readLine();
    const SecretStore::Kind kind = isMdm ? SecretStore::Kind::MdmPassword : SecretStore::Kind::ClientSecret;
    if (secret.isEmpty())
        return usageError(tr("%1: standard input held no secret.").arg(SecretStore::kindName(kind)));
    Redaction::registerSecret(secret);
    SecretStore secrets;
    const QString key = isMdm ? configured.mdmPasswordKey() : configured.clientSecretKey();
    const SecretStore::Result written = secrets.writeNow(key, secret);
    if (!written.ok()) {
        m_err << written.error << Qt::endl;
        return HeadlessExitCode::KeychainError;
    }
    //: %1 is "MDM password" or "Entra client secret", %2 the keychain key
    m_out << tr("Stored the %1 in the OS keychain (key \"%2\").").arg(SecretStore::kindName(kind), key) << Qt::endl;
    return HeadlessExitCode::Success;
}

int HeadlessCommand::storeDatabasePassword(const QStringList &arguments)
{
    QHash<QString, QString> values;
    if (!parseOptions(arguments, {QStringLiteral("--db")}, &values))
        return HeadlessExitCode::UsageError;
    const QString uri = values.value(QStringLiteral("--db"));
    if (uri.isEmpty())
        return usageError(tr("store-secret db-password needs --db and the PostgreSQL connection URI of the store."));
    QString error;
    const std::optional<PgConnectionSettings> settings = PgConnectionSettings::parse(uri, &error);
    if (!settings)
        return usageError(QStringLiteral("--db: ") + error);
    QTextStream in(stdin);
    const QString secret = in.readLine();
    const SecretStore::Kind kind = SecretStore::Kind::DatabasePassword;
    if (secret.isEmpty())
        return usageError(tr("%1: standard input held no secret.").arg(SecretStore::kindName(kind)));
    Redaction::registerSecret(secret);
    SecretStore secrets;
    const QString key = PgLogin::keychainKey(*settings);
    const SecretStore::Result written = secrets.writeNow(key, secret);
    if (!written.ok()) {
        m_err << written.error << Qt::endl;
        return HeadlessExitCode::KeychainError;
    }
    m_out << tr("Stored the %1 in the OS keychain (key \"%2\").").arg(SecretStore::kindName(kind), key) << Qt::endl;
    return HeadlessExitCode::Success;
}

int HeadlessCommand::waitForOutbox(const Store &store, ReportingEngine &engine, int timeoutSecs)
{
    QDeadlineTimer deadline(qint64(timeoutSecs) * 1000);
    QEventLoop loop;
    QTimer poll;
    // Idle as seen when the wait ended: on a shared store the engine may take up new work
    // (a colleague's Report now, the next leader's reports) right after, which is not a
    // timeout of this run.
    bool idle = engine.isIdle();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        idle = engine.isIdle();
        if (idle || deadline.hasExpired())
            loop.quit();
    });
    poll.start(100);
    if (!idle)
        loop.exec();
    QString error;
    const OutboxCounts counts = store.outbox().counts(&error);
    m_out << tr("Outbox: %1 waiting, %2 sent and unconfirmed, %3 confirmed, %4 failed.")
                 .arg(counts.pending)
                 .arg(counts.sent)
                 .arg(counts.completed)
                 .arg(counts.failed)
          << Qt::endl;
    if (!idle)
        return HeadlessExitCode::Timeout;
    return HeadlessExitCode::Success;
}

int HeadlessCommand::devicesFromCsv(const QString &path, const DeviceStore &store, QList<qint64> *deviceIds)
{
    const DeviceCsvImport::Result parsed = DeviceCsvImport::readFile(path);
    const QString name = QDir::toNativeSeparators(path);
    for (const QString &message : parsed.errors)
        m_err << name << QStringLiteral(": ") << message << Qt::endl;
    for (const QString &message : parsed.warnings)
        m_err << name << QStringLiteral(": ") << message << Qt::endl;
    if (parsed.fileRefused)
        return HeadlessExitCode::UsageError;
    DeviceCsvImport::Match match;
    QString error;
    if (!DeviceCsvImport::match(parsed.rows, store, &match, &error)) {
        m_err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    for (const QString &message : std::as_const(match.errors))
        m_err << name << QStringLiteral(": ") << message << Qt::endl;
    m_out << tr("%1: %n device(s) found in the store.", nullptr, int(match.deviceIds.size())).arg(name) << Qt::endl;
    if (match.deviceIds.isEmpty())
        return usageError(tr("--csv: no row of %1 names a device of the store; nothing was reported.").arg(name));
    // Each device once, after those named on the command line; a set, as a file may name
    // a million devices.
    QSet<qint64> listed(deviceIds->cbegin(), deviceIds->cend());
    for (qint64 id : std::as_const(match.deviceIds)) {
        if (!listed.contains(id)) {
            listed.insert(id);
            deviceIds->append(id);
        }
    }
    return HeadlessExitCode::Success;
}

int HeadlessCommand::report(const QString &command, const QStringList &arguments)
{
    QStringList ids;
    QStringList options;
    for (const QString &argument : arguments) {
        if (command == QLatin1String("report-now") && !argument.startsWith(QLatin1String("--")) && options.isEmpty())
            ids.append(argument);
        else
            options.append(argument);
    }
    // --demo takes no value: give it one for the parser.
    const qsizetype demoAt = options.indexOf(QStringLiteral("--demo"));
    if (demoAt >= 0)
        options.insert(demoAt + 1, QStringLiteral("1"));
    QHash<QString, QString> values;
    if (!parseOptions(options,
                      {QStringLiteral("--db"), QStringLiteral("--demo"), QStringLiteral("--tenant-url"),
                       QStringLiteral("--batch-size"), QStringLiteral("--timeout"),
                       QStringLiteral("--request-timeout"), QStringLiteral("--csv"), QStringLiteral("--settings"),
                       QStringLiteral("--dry-run")},
                      &values))
        return HeadlessExitCode::UsageError;
    const QString dryRunFolder = values.value(QStringLiteral("--dry-run"));
    if (values.contains(QStringLiteral("--dry-run")) && command != QLatin1String("sync"))
        return usageError(tr("--dry-run is an option of sync only."));
    if (values.contains(QStringLiteral("--dry-run")) && dryRunFolder.trimmed().isEmpty())
        return usageError(tr("--dry-run needs a folder to write the requests to."));
    QList<qint64> deviceIds;
    for (const QString &text : std::as_const(ids)) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(tr("report-now: \"%1\" is not a device id.").arg(text));
        deviceIds.append(id);
    }
    const QString csvPath = values.value(QStringLiteral("--csv"));
    if (!csvPath.isEmpty() && command != QLatin1String("report-now"))
        return usageError(tr("--csv is an option of report-now only."));
    if (command == QLatin1String("report-now") && deviceIds.isEmpty() && csvPath.isEmpty())
        return usageError(tr("report-now needs at least one device id, or --csv FILE."));
    bool ok = true;
    ConsoleSettings configured;
    int exitCode = HeadlessExitCode::Success;
    if (!loadSettings(values, &configured, &exitCode))
        return exitCode;
    const int batchSize
        = values.value(QStringLiteral("--batch-size"), QString::number(configured.batchSize)).toInt(&ok);
    if (!ok || batchSize < 1 || batchSize > 10000)
        return usageError(tr("--batch-size: \"%1\" is not a whole number from 1 to 10000.")
                              .arg(values.value(QStringLiteral("--batch-size"))));
    const int timeoutSecs = values.value(QStringLiteral("--timeout"), QStringLiteral("300")).toInt(&ok);
    if (!ok || timeoutSecs < 1)
        return usageError(tr("--timeout: \"%1\" is not a number of seconds.").arg(values.value(QStringLiteral("--timeout"))));

    const QString requestTimeoutText = values.value(QStringLiteral("--request-timeout"), QStringLiteral("30"));
    const int requestTimeoutSecs = requestTimeoutText.toInt(&ok);
    if (!ok || requestTimeoutSecs < 1 || requestTimeoutSecs > 3600)
        return usageError(tr("--request-timeout: \"%1\" is not a whole number of seconds from 1 to 3600.")
                              .arg(requestTimeoutText));

    QString error;
    std::unique_ptr<Store> opened = StoreFactory::create(values.value(QStringLiteral("--db"), SqliteStore::defaultPath()), &error);
    if (!opened) {
        m_err << QStringLiteral("--db: ") + error << Qt::endl;
        return HeadlessExitCode::UsageError;
    }
    Store &store = *opened;
    if (!store.open(&error)) {
        m_err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    // A dry run writes nothing to the store: a read-only store will do. Nor does Report now
    // on a store that takes it as a request for the sync leader (a helpdesk login).
    const bool requestOnly = command == QLatin1String("report-now") && store.queuesReportNowByRequest();
    if (!store.writeProblem().isEmpty() && dryRunFolder.isEmpty() && !requestOnly) {
        m_err << store.writeProblem() << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    if (!csvPath.isEmpty()) {
        const int csvExit = devicesFromCsv(csvPath, store.devices(), &deviceIds);
        if (csvExit != HeadlessExitCode::Success)
            return csvExit;
    }
    DemoTenant demo;
    NetSettings net;
    QUuid tenantId;
    if (!tenantSettings(values, configured, &demo, &net, &tenantId, &exitCode))
        return exitCode;
    net.requestTimeoutMs = requestTimeoutSecs * 1000;

    NetworkServices network(net);
    if (dryRunFolder.isEmpty())
        network.keepRetryAfterHoldsIn(&store.settings());
    // Declared before the engine, which it must outlive.
    const std::unique_ptr<SyncLeadership> leadership = StoreFactory::leadership(store);
    ReportingEngine engine(&store, &network);
    ReportingSettings settings;
    settings.tenantId = tenantId;
    settings.batchSize = batchSize;
    settings.weekly = configured.weekly;
    settings.enabled = store.settings().setting(QStringLiteral("reportingEnabled"), QStringLiteral("1")) != QLatin1String("0");
    engine.setSettings(settings);
    QObject::connect(&engine, &ReportingEngine::problem, &engine, [this](const QString &message) {
        m_err << message << Qt::endl;
    });
    if (!dryRunFolder.isEmpty())
        return dryRun(engine, network, store.settings(), settings, dryRunFolder);
    // One process at a time syncs a store and sends its outbox (the window may be open
    // while a timer job runs this). The others leave it to the leader: a sync ends at
    // once, and queued reports wait for the leader to send them, or for this process to
    // take over when the leader is gone.
    if (!leadership->tryLead(&error)) {
        m_err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    engine.setLeadership(leadership.get());
    leadership->start();
    if (command == QLatin1String("sync") && !leadership->leads()) {
        m_out << tr("Not synced: %1 syncs this database, and sends its reports.").arg(leadership->leader().describe())
              << Qt::endl;
        return HeadlessExitCode::Success;
    }
    if (demo.isRunning())
        engine.forgetProvisioning();
    engine.start();

    if (command == QLatin1String("sync")) {
        QEventLoop loop;
        bool synced = false;
        SyncSummary summary;
        QObject::connect(&engine, &ReportingEngine::syncFinished, &loop,
                         [&](bool success, const QString &syncError, const SyncSummary &result) {
                             synced = success;
                             error = syncError;
                             summary = result;
                             loop.quit();
                         });
        engine.sync();
        loop.exec();
        if (ShutdownSignals::received() != 0)
            return stopped();
        if (!synced) {
            m_err << error << Qt::endl;
            return HeadlessExitCode::TenantError;
        }
        for (const QString &recordError : std::as_const(summary.recordErrors))
            m_err << recordError << Qt::endl;
        int queued = 0;
        for (int count : std::as_const(summary.queued))
            queued += count;
        m_out << tr("Synced %n device(s); %1 report(s) queued.", nullptr, summary.devices).arg(queued) << Qt::endl;
        // A sync that had nothing to send never asked Entra for a token: ask now, so that a
        // timer job fails (exit 4) the first time the client secret is refused or expired,
        // not once reports have piled up behind it.
        if (settings.enabled) {
            QEventLoop tokenLoop;
            QString tokenError;
            network.tokens()->token(TokenProvider::managementScope(), &tokenLoop,
                [&](const QString &, const QString &problem) {
                    tokenError = problem;
                    tokenLoop.quit();
                });
            tokenLoop.exec();
            if (ShutdownSignals::received() != 0)
                return stopped();
            if (!tokenError.isEmpty()) {
                m_err << tokenError << Qt::endl;
                return HeadlessExitCode::TenantError;
            }
        }
        if (!engine.catchUpWeekly(&error) && !error.isEmpty()) {
            m_err << error << Qt::endl;
            return HeadlessExitCode::StoreError;
        }
    } else if (command == QLatin1String("report-now")) {
        QList<qint64> skipped;
        if (!engine.reportNow(deviceIds, &skipped, &error)) {
            m_err << error << Qt::endl;
            return error.contains(store.location()) ? HeadlessExitCode::StoreError : HeadlessExitCode::UsageError;
        }
        for (qint64 id : std::as_const(skipped)) {
            const std::optional<DeviceRecord> device = store.devices().loadDevice(id, &error);
            //: %2 says why, in a sentence
            m_err << tr("Device %1 was not reported: %2")
                         .arg(id)
                         .arg(device ? ReportPlanner::whyNotReportable(*device) : error)
                  << Qt::endl;
        }
    } else if (command == QLatin1String("send")) {
        // Nothing to queue: engine.start() already took up what the outbox holds.
    } else if (!engine.reportWeekly(&error)) {
        m_err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    const int waited = waitForOutbox(store, engine, timeoutSecs);
    if (ShutdownSignals::received() != 0)
        return stopped();
    if (waited != HeadlessExitCode::Success)
        return waited;
    const OutboxCounts counts = store.outbox().counts(&error);
    return counts.failed > 0 ? HeadlessExitCode::ReportsFailed : HeadlessExitCode::Success;
}

int HeadlessCommand::dryRun(ReportingEngine &engine, NetworkServices &network, const StoreSettings &stored,
    const ReportingSettings &settings, const QString &folder)
{
    DryRunWriter writer(folder);
    QString error;
    if (!writer.open(&error)) {
        m_err << error << Qt::endl;
        return HeadlessExitCode::UsageError;
    }
    // The partner URLs come from discovery, which only reads Graph.
    PartnerEndpoints endpoints;
    {
        QEventLoop loop;
        network.discovery()->endpoints(&loop, [&](const PartnerEndpoints &found, const QString &discoveryError) {
            endpoints = found;
            error = discoveryError;
            loop.quit();
        });
        loop.exec();
    }
    if (ShutdownSignals::received() != 0)
        return stopped();
    if (!error.isEmpty()) {
        m_err << error << Qt::endl;
        return HeadlessExitCode::TenantError;
    }
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const QString tenant = settings.tenantId.toString(QUuid::WithoutBraces);
    const bool provisioned = stored.setting(QStringLiteral("azure/provisionedTenant")) == tenant;
    bool written = true;
    if (!provisioned) {
        written = writer.writeRequest(PartnerComplianceClient::provisioningRequest(endpoints, tenant,
                                          PartnerComplianceClient::Provisioning::Provision,
                                          network.settings().partnerEnrollmentUrl,
                                          network.settings().partnerRemediationUrl),
            QStringLiteral("Intune"), &error);
    }
    written = written
        && writer.writeRequest(
            PartnerComplianceClient::heartbeatRequest(endpoints, tenant, at), QStringLiteral("Intune"), &error);
    if (!written) {
        m_err << error << Qt::endl;
        return HeadlessExitCode::UsageError;
    }
    QString writeError;
    QObject::connect(&engine, &ReportingEngine::reportsPlanned, &engine,
        [&](ReportTrigger trigger, const QList<OutboxDevice> &reports) {
            if (writeError.isEmpty())
                writer.addReports(settings, endpoints, trigger, reports, at, &writeError);
        });
    engine.setDryRun(true);
    QEventLoop loop;
    bool synced = false;
    SyncSummary summary;
    QObject::connect(&engine, &ReportingEngine::syncFinished, &loop,
        [&](bool success, const QString &syncError, const SyncSummary &result) {
            synced = success;
            error = syncError;
            summary = result;
            loop.quit();
        });
    engine.sync();
    loop.exec();
    if (ShutdownSignals::received() != 0)
        return stopped();
    if (writeError.isEmpty())
        writer.flush(settings, endpoints, at, &writeError);
    if (!synced) {
        m_err << error << Qt::endl;
        return HeadlessExitCode::TenantError;
    }
    for (const QString &recordError : std::as_const(summary.recordErrors))
        m_err << recordError << Qt::endl;
    const QDateTime lastWeekly = engine.lastWeeklyReport();
    const bool weeklyDue = lastWeekly.isValid() && settings.weekly.isDue(lastWeekly, at);
    QStringList lines;
    lines << tr("Dry run of %1 against the tenant %2: nothing was sent to Azure and nothing was written to the store.")
                 .arg(at.toString(Qt::ISODate), tenant)
          << tr("Devices pulled: %1; user principal names looked up in Entra: %2; devices whose user Entra does not "
                "know: %3.")
                 .arg(summary.devices)
                 .arg(summary.usersLookedUp)
                 .arg(summary.usersNotInEntra)
          << tr("Requests written: %1, of which %2 DataUploadMessages carrying %3 device(s).")
                 .arg(writer.requestsWritten())
                 .arg(writer.messagesWritten())
                 .arg(writer.devicesPlanned())
          << (provisioned ? tr("The partner tenant is already provisioned: no PartnerTenants request.")
                          : tr("The partner tenant is not provisioned yet: the first request provisions it."))
          << (weeklyDue ? tr("A weekly report of every device is due as well; a real sync would queue it.")
                        : tr("No weekly report is due."));
    if (writeError.isEmpty())
        writer.writeSummary(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'), &writeError);
    if (!writeError.isEmpty()) {
        m_err << writeError << Qt::endl;
        return HeadlessExitCode::UsageError;
    }
    for (const QString &line : std::as_const(lines))
        m_out << line << Qt::endl;
    m_out << tr("The requests are in %1.").arg(QDir::toNativeSeparators(writer.folder())) << Qt::endl;
    return HeadlessExitCode::Success;
}

int HeadlessCommand::deprovision(const QStringList &arguments)
{
    QStringList options = arguments;
    bool confirmed = false;
    for (const QString &flag : { QStringLiteral("--yes"), QStringLiteral("--demo") }) {
        const qsizetype at = options.indexOf(flag);
        if (at < 0)
            continue;
        if (flag == QLatin1String("--yes")) {
            confirmed = true;
            options.removeAt(at);
        } else {
            options.insert(at + 1, QStringLiteral("1"));
        }
    }
    QHash<QString, QString> values;
    if (!parseOptions(options,
            { QStringLiteral("--db"), QStringLiteral("--demo"), QStringLiteral("--tenant-url"),
                QStringLiteral("--request-timeout"), QStringLiteral("--settings") },
            &values))
        return HeadlessExitCode::UsageError;
    ConsoleSettings configured;
    int exitCode = HeadlessExitCode::Success;
    if (!loadSettings(values, &configured, &exitCode))
        return exitCode;
    QString error;
    std::unique_ptr<Store> opened = StoreFactory::create(values.value(QStringLiteral("--db"), SqliteStore::defaultPath()), &error);
    if (!opened) {
        m_err << QStringLiteral("--db: ") + error << Qt::endl;
        return HeadlessExitCode::UsageError;
    }
    Store &store = *opened;
    if (!store.open(&error)) {
        m_err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    if (!store.writeProblem().isEmpty()) {
        m_err << store.writeProblem() << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    DemoTenant demo;
    NetSettings net;
    QUuid tenantId;
    if (!tenantSettings(values, configured, &demo, &net, &tenantId, &exitCode))
        return exitCode;
    const QString tenant = tenantId.toString(QUuid::WithoutBraces);
    const QString consequence
        = tr("Deprovisioning tells Azure (Intune) that this console no longer reports for the tenant %1: Intune stops "
             "taking compliance data from it, and the partner shows as deprovisioned. Devices keep the compliance "
             "state Azure last received until another partner reports them or Intune marks them. Reporting to Azure "
             "is switched off here, so nothing is sent again until it is switched back on.")
              .arg(tenant);
    if (!confirmed) {
        m_err << consequence << Qt::endl
              << tr("Nothing was done. Run deprovision again with --yes to do it.") << Qt::endl;
        return HeadlessExitCode::UsageError;
    }
    NetworkServices network(net);
    network.keepRetryAfterHoldsIn(&store.settings());
    ReportingEngine engine(&store, &network);
    ReportingSettings settings;
    settings.tenantId = tenantId;
    settings.enabled = store.settings().setting(QStringLiteral("reportingEnabled"), QStringLiteral("1")) != QLatin1String("0");
    engine.setSettings(settings);
    const QString actor
        = net.mdmUser.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("console")) : net.mdmUser;
    QEventLoop loop;
    bool answered = false;
    engine.disconnectFromAzure(actor, [&](const QString &result) {
        error = result;
        answered = true;
        loop.quit();
    });
    loop.exec();
    if (!answered && ShutdownSignals::received() != 0)
        return stopped();
    if (!error.isEmpty()) {
        m_err << error << Qt::endl;
        return error.contains(store.location()) ? HeadlessExitCode::StoreError : HeadlessExitCode::TenantError;
    }
    m_out << tr("The partner tenant %1 is deprovisioned and reporting to Azure is switched off.").arg(tenant)
          << Qt::endl;
    return HeadlessExitCode::Success;
}

int HeadlessCommand::status(const QStringList &arguments)
{
    QStringList options = arguments;
    const qsizetype jsonAt = options.indexOf(QStringLiteral("--json"));
    if (jsonAt < 0)
        return usageError(tr("status needs --json (the only output format)."));
    options.removeAt(jsonAt);
    QHash<QString, QString> values;
    if (!parseOptions(options, {QStringLiteral("--db")}, &values))
        return HeadlessExitCode::UsageError;
    QString error;
    std::unique_ptr<Store> opened = StoreFactory::create(values.value(QStringLiteral("--db"), SqliteStore::defaultPath()), &error);
    if (!opened) {
        m_err << QStringLiteral("--db: ") + error << Qt::endl;
        return HeadlessExitCode::UsageError;
    }
    Store &store = *opened;
    if (!store.open(&error)) {
        m_err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    QHash<AzureComplianceStatus::Value, int> byStatus;
    ReportOutbox &outbox = store.outbox();
    const OutboxCounts counts = outbox.counts(&error);
    if (!error.isEmpty() || !store.devices().complianceStatusCounts(&byStatus, &error)) {
        m_err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    // Who syncs this store now (null: nobody; a lease that ran out is nobody).
    const std::unique_ptr<SyncLeadership> leadership = StoreFactory::leadership(store);
    if (!leadership->readLeader(&error)) {
        m_err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    const LeaderInfo leader = leadership->leader();
    QJsonObject leaderJson{{QStringLiteral("host"), leader.host}, {QStringLiteral("pid"), leader.pid},
                           {QStringLiteral("since"), leader.since.toString(Qt::ISODateWithMs)}};
    // A lease (SQLite) runs until a time; PostgreSQL's advisory lock lasts as long as its
    // holder's connection.
    if (leader.until.isValid())
        leaderJson.insert(QStringLiteral("leaseUntil"), leader.until.toString(Qt::ISODateWithMs));
    if (!leader.role.isEmpty())
        leaderJson.insert(QStringLiteral("role"), leader.role);
    const QJsonValue syncLeader = leader.isValid() ? QJsonValue(leaderJson) : QJsonValue(QJsonValue::Null);
    QJsonObject statuses;
    for (auto value : {AzureComplianceStatus::None, AzureComplianceStatus::InProgress, AzureComplianceStatus::Successful,
                       AzureComplianceStatus::Failed}) {
        const QString key = value == AzureComplianceStatus::None ? QStringLiteral("NotReported")
                                                                  : AzureComplianceStatus::storageName(value);
        statuses.insert(key, byStatus.value(value));
    }
    const QJsonObject json{
        {QStringLiteral("store"), store.location()},
        {QStringLiteral("backend"),
         StoreFactory::isPostgres(values.value(QStringLiteral("--db"))) ? QStringLiteral("postgresql")
                                                                        : QStringLiteral("sqlite")},
        {QStringLiteral("schemaVersion"), store.schemaVersion()},
        {QStringLiteral("devices"), store.devices().deviceCount()},
        {QStringLiteral("azureDeviceComplianceStatus"), statuses},
        {QStringLiteral("outbox"), QJsonObject{{QStringLiteral("pending"), counts.pending},
                                               {QStringLiteral("sent"), counts.sent},
                                               {QStringLiteral("completed"), counts.completed},
                                               {QStringLiteral("failed"), counts.failed}}},
        {QStringLiteral("reportingEnabled"),
         store.settings().setting(QStringLiteral("reportingEnabled"), QStringLiteral("1")) != QLatin1String("0")},
        {QStringLiteral("lastWeeklyReport"), store.settings().setting(QStringLiteral("reporting/lastWeekly"))},
        {QStringLiteral("syncLeader"), syncLeader},
    };
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return HeadlessExitCode::Success;
}

} // namespace

int runHeadlessCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return HeadlessCommand(out, err).run(arguments);
}
