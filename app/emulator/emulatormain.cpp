// azure-status-emulator: the MDM and Azure endpoints of docs/PROTOCOL.md on loopback, with the
// admin API of docs/EMULATOR-CONTRACT.md. Option parsing and wiring only; the behaviour is
// TenantEmulator's.

#include "app/emulator/emulatorclock.h"
#include "app/emulator/emulatorhttpserver.h"
#include "app/emulator/tenantemulator.h"
#include "app/lifecycle/shutdownsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

#include <cstdio>
#include <functional>
#include <limits>

namespace {

constexpr int kBadCommandLine = 2;
constexpr int kCannotListen = 3;

int fail(const QString &message, int code = kBadCommandLine)
{
    std::fprintf(stderr, "azure-status-emulator: %s\n", qUtf8Printable(message));
    return code;
}

// Each reader returns an empty string or a message naming the option and what is wrong.
QString readInteger(const QCommandLineParser &parser, const QString &name, qint64 lowest, qint64 highest,
    const std::function<void(qint64)> &store)
{
    if (!parser.isSet(name))
        return {};
    const QString text = parser.value(name);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < lowest || value > highest)
        return QStringLiteral("--%1 must be a whole number from %2 to %3, not '%4'")
            .arg(name, QString::number(lowest), QString::number(highest), text);
    store(value);
    return {};
}

QString readRate(const QCommandLineParser &parser, const QString &name, double *rate)
{
    if (!parser.isSet(name))
        return {};
    const QString text = parser.value(name);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= 0.0 && value <= 1.0))
        return QStringLiteral("--%1 must be a probability from 0 to 1, not '%2'").arg(name, text);
    *rate = value;
    return {};
}

QString readSeconds(const QCommandLineParser &parser, const QString &name, double *seconds)
{
    if (!parser.isSet(name))
        return {};
    const QString text = parser.value(name);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= 0.0 && value <= 3600.0))
        return QStringLiteral("--%1 must be a number of seconds from 0 to 3600, not '%2'").arg(name, text);
    *seconds = value;
    return {};
}

template <typename Form>
QString readWord(const QCommandLineParser &parser, const QString &name, const char *choices, Form *form)
{
    if (!parser.isSet(name))
        return {};
    const QString text = parser.value(name);
    if (!EmulatorFaults::fromWord(text, form))
        return QStringLiteral("--%1 must be %2, not '%3'").arg(name, QLatin1String(choices), text);
    return {};
}

QString readText(const QCommandLineParser &parser, const QString &name, QString *text)
{
    if (!parser.isSet(name))
        return {};
    const QString value = parser.value(name);
    if (value.isEmpty())
        return QStringLiteral("--%1 must not be empty").arg(name);
    *text = value;
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("azure-status-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASC_VERSION));
    // SIGTERM (the console stopping its demo tenant), SIGINT, SIGHUP: close the server and exit
    // 0. Handled from the start, so a signal right after the URL line is never a crash.
    ShutdownSignals shutdown;
    QObject::connect(&shutdown, &ShutdownSignals::stopRequested, &app, [] { QCoreApplication::exit(0); });

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves the MDM inventory and the Azure partner compliance endpoints of a demo tenant on "
        "127.0.0.1 (docs/EMULATOR-CONTRACT.md, docs/tenant-emulator.openapi.yaml). Prints the base URL "
        "as the first line on stdout."));
    parser.addHelpOption();
    parser.addVersionOption();
    const TenantEmulator::Settings defaults;
    const auto option = [&parser](const char *name, const QString &description, const char *valueName,
                            const QString &defaultValue = {}) {
        parser.addOption(QCommandLineOption(QLatin1String(name),
            defaultValue.isEmpty() ? description
                                   : description + QStringLiteral(" (default %1)").arg(defaultValue),
            QLatin1String(valueName)));
    };
    option("host", QStringLiteral("address to listen on; only 127.0.0.1 is allowed"), "address",
        QStringLiteral("127.0.0.1"));
    option("port", QStringLiteral("TCP port; 0 picks a free port"), "port", QStringLiteral("0"));
    option("devices", QStringLiteral("size of the demo fleet"), "n", QString::number(defaults.devices));
    option(
        "seed", QStringLiteral("seed of the demo fleet and of churn"), "s", QString::number(defaults.seed));
    option("tenant-id", QStringLiteral("the Azure tenant id"), "guid",
        defaults.tenantId.toString(QUuid::WithoutBraces));
    option("client-id", QStringLiteral("the client id that may get tokens"), "id", defaults.clientId);
    option("client-secret", QStringLiteral("the client secret"), "secret", defaults.clientSecret);
    option("mdm-user", QStringLiteral("MDM API user (HTTP Basic)"), "user", defaults.mdmUser);
    option("mdm-password", QStringLiteral("MDM API password"), "password", defaults.mdmPassword);
    option("mdm-restricted-user", QStringLiteral("MDM user without the API role (gets 403)"), "user",
        defaults.mdmRestrictedUser);
    option("mdm-helpdesk-user",
        QStringLiteral("MDM user with the helpdesk role: reads, but policy writes get 403"), "user",
        defaults.mdmHelpdeskUser);
    option("token-lifetime", QStringLiteral("access token lifetime in seconds"), "seconds",
        QString::number(defaults.tokenLifetimeSeconds));
    option("processing-ms", QStringLiteral("time an upload message stays InProgress"), "ms",
        QString::number(defaults.processingMs));
    option("churn", QStringLiteral("device-side changes per minute"), "n",
        QString::number(defaults.churnPerMinute));
    option("rate-429", QStringLiteral("probability of 429 Too Many Requests"), "p", QStringLiteral("0"));
    option("retry-after", QStringLiteral("Retry-After seconds of a 429"), "seconds",
        QString::number(defaults.faults.retryAfterSeconds));
    option("rate-500", QStringLiteral("probability of 500"), "p", QStringLiteral("0"));
    option("rate-502", QStringLiteral("probability of 502"), "p", QStringLiteral("0"));
    option("rate-503", QStringLiteral("probability of 503"), "p", QStringLiteral("0"));
    option("rate-504", QStringLiteral("probability of 504"), "p", QStringLiteral("0"));
    option("retry-after-decimal",
        QStringLiteral(
            "Retry-After of a 429 in seconds with a fraction, e.g. 1.5 (replaces --retry-after; 0: off)"),
        "seconds", QStringLiteral("0"));
    option("rate-reset", QStringLiteral("probability of a connection reset after handling"), "p",
        QStringLiteral("0"));
    option("rate-delay", QStringLiteral("probability of a delayed response"), "p", QStringLiteral("0"));
    option("delay-ms", QStringLiteral("delay of a delayed response"), "ms",
        QString::number(defaults.faults.delayMs));
    option("rate-malformed", QStringLiteral("probability of a response body cut in half"), "p",
        QStringLiteral("0"));
    option("rate-timeout",
        QStringLiteral(
            "probability that a handled request is answered only after --timeout-ms (a client timeout)"),
        "p", QStringLiteral("0"));
    option("timeout-ms", QStringLiteral("when a timed-out request is answered at last"), "ms",
        QString::number(defaults.faults.timeoutMs));
    option("rate-async-failed", QStringLiteral("probability that an upload message ends Failed"), "p",
        QStringLiteral("0"));
    option(
        "fault-seed", QStringLiteral("seed of the fault draws"), "s", QString::number(defaults.faults.seed));
    option("page-rows-cap", QStringLiteral("the device list serves at most n rows per page (0: as asked)"),
        "n", QStringLiteral("0"));
    option("rate-batch-item-429",
        QStringLiteral("probability that a $batch item is answered 429 inside the batch"), "p",
        QStringLiteral("0"));
    parser.addOption(QCommandLineOption(QStringLiteral("batch-424"),
        QStringLiteral("a $batch with a throttled item answers 424 (else 200)")));
    parser.addOption(QCommandLineOption(QStringLiteral("provision-in-band-failure"),
        QStringLiteral("PartnerTenants answers 200 with \"Provisioned\":0 and an ErrorDetail")));
    parser.addOption(QCommandLineOption(QStringLiteral("heartbeat-in-band-failure"),
        QStringLiteral("the heartbeat answers 200 with \"HttpStatusCode\":500 and an ErrorDetail")));
    option("rate-upload-refusal",
        QStringLiteral("probability that an upload is answered 200 with \"ErrorCode\":400 and not stored"),
        "p", QStringLiteral("0"));
    parser.addOption(QCommandLineOption(QStringLiteral("huge-body-path"),
        QStringLiteral(
            "a GET whose path starts with this prefix answers a body that never ends (repeatable)"),
        QStringLiteral("prefix")));
    option("upload-answer", QStringLiteral("the answer to an accepted upload: empty|field|field0|status"),
        "form", QStringLiteral("field"));
    option("checkin-format", QStringLiteral("lastCheckin and lastRegistrationTime as ms|iso"), "form",
        QStringLiteral("ms"));
    option("violations-format", QStringLiteral("violatedPolicies as objects|names"), "form",
        QStringLiteral("objects"));
    parser.addOption(QCommandLineOption(QStringLiteral("manual-clock"),
        QStringLiteral("time stands still until POST /admin/clock {\"advanceMs\":n} moves it")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("log"), QStringLiteral("print one line per request on stderr")));
    option("tls-cert", QStringLiteral("serve HTTPS with this PEM certificate (with --tls-key)"), "file");
    option("tls-key", QStringLiteral("the PEM private key of --tls-cert"), "file");

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    TenantEmulator::Settings settings;
    TenantEmulator::Faults &faults = settings.faults;
    quint16 port = 0;
    QStringList errors;
    const auto check = [&errors](const QString &error) {
        if (!error.isEmpty())
            errors.append(error);
    };
    if (parser.isSet(QStringLiteral("host"))) {
        const QString host = parser.value(QStringLiteral("host"));
        if (host != QLatin1String("127.0.0.1") && host != QLatin1String("localhost"))
            errors.append(
                QStringLiteral("--host must be 127.0.0.1: the emulator serves loopback only, not '%1'")
                    .arg(host));
    }
    check(readInteger(parser, QStringLiteral("port"), 0, 65535, [&port](qint64 v) { port = quint16(v); }));
    check(readInteger(parser, QStringLiteral("devices"), 0, TenantEmulator::kMaxDevices,
        [&settings](qint64 v) { settings.devices = int(v); }));
    check(readInteger(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(),
        [&settings](qint64 v) { settings.seed = quint64(v); }));
    if (parser.isSet(QStringLiteral("tenant-id"))) {
        const QString text = parser.value(QStringLiteral("tenant-id"));
        const QUuid tenant = QUuid::fromString(text);
        if (tenant.isNull())
            errors.append(QStringLiteral("--tenant-id must be a GUID, not '%1'").arg(text));
        else
            settings.tenantId = tenant;
    }
    check(readText(parser, QStringLiteral("client-id"), &settings.clientId));
    check(readText(parser, QStringLiteral("client-secret"), &settings.clientSecret));
    check(readText(parser, QStringLiteral("mdm-user"), &settings.mdmUser));
    check(readText(parser, QStringLiteral("mdm-password"), &settings.mdmPassword));
    check(readText(parser, QStringLiteral("mdm-restricted-user"), &settings.mdmRestrictedUser));
    check(readText(parser, QStringLiteral("mdm-helpdesk-user"), &settings.mdmHelpdeskUser));
    if (settings.mdmHelpdeskUser == settings.mdmUser
        || settings.mdmHelpdeskUser == settings.mdmRestrictedUser)
        errors.append(
            QStringLiteral("--mdm-helpdesk-user must differ from --mdm-user and --mdm-restricted-user"));
    if (settings.mdmRestrictedUser == settings.mdmUser)
        errors.append(
            QStringLiteral("--mdm-restricted-user must differ from --mdm-user ('%1')").arg(settings.mdmUser));
    check(readInteger(parser, QStringLiteral("token-lifetime"), 1, 86400,
        [&settings](qint64 v) { settings.tokenLifetimeSeconds = int(v); }));
    check(readInteger(parser, QStringLiteral("processing-ms"), 0, 3600000,
        [&settings](qint64 v) { settings.processingMs = int(v); }));
    check(readInteger(parser, QStringLiteral("churn"), 0, 6000000,
        [&settings](qint64 v) { settings.churnPerMinute = int(v); }));
    check(readRate(parser, QStringLiteral("rate-429"), &faults.rate429));
    check(readInteger(parser, QStringLiteral("retry-after"), 0, 3600,
        [&faults](qint64 v) { faults.retryAfterSeconds = int(v); }));
    check(readRate(parser, QStringLiteral("rate-500"), &faults.rate500));
    check(readRate(parser, QStringLiteral("rate-502"), &faults.rate502));
    check(readRate(parser, QStringLiteral("rate-503"), &faults.rate503));
    check(readRate(parser, QStringLiteral("rate-504"), &faults.rate504));
    check(readSeconds(parser, QStringLiteral("retry-after-decimal"), &faults.retryAfterDecimal));
    check(readRate(parser, QStringLiteral("rate-reset"), &faults.rateReset));
    check(readRate(parser, QStringLiteral("rate-delay"), &faults.rateDelay));
    check(readInteger(
        parser, QStringLiteral("delay-ms"), 0, 600000, [&faults](qint64 v) { faults.delayMs = int(v); }));
    check(readRate(parser, QStringLiteral("rate-malformed"), &faults.rateMalformed));
    check(readRate(parser, QStringLiteral("rate-timeout"), &faults.rateTimeout));
    check(readInteger(
        parser, QStringLiteral("timeout-ms"), 0, 600000, [&faults](qint64 v) { faults.timeoutMs = int(v); }));
    check(readRate(parser, QStringLiteral("rate-async-failed"), &faults.rateAsyncFailed));
    check(readInteger(parser, QStringLiteral("fault-seed"), 0, std::numeric_limits<qint64>::max(),
        [&faults](qint64 v) { faults.seed = quint64(v); }));
    check(readInteger(parser, QStringLiteral("page-rows-cap"), 0, EmulatorFaults::kMaxPageRows,
        [&faults](qint64 v) { faults.pageRowsCap = int(v); }));
    check(readRate(parser, QStringLiteral("rate-batch-item-429"), &faults.rateBatchItem429));
    faults.batch424 = parser.isSet(QStringLiteral("batch-424"));
    faults.provisionInBandFailure = parser.isSet(QStringLiteral("provision-in-band-failure"));
    faults.heartbeatInBandFailure = parser.isSet(QStringLiteral("heartbeat-in-band-failure"));
    check(readRate(parser, QStringLiteral("rate-upload-refusal"), &faults.rateUploadInBandRefusal));
    faults.hugeBodyPaths = parser.values(QStringLiteral("huge-body-path"));
    check(readWord(
        parser, QStringLiteral("upload-answer"), "empty, field, field0 or status", &faults.uploadAnswer));
    check(readWord(parser, QStringLiteral("checkin-format"), "ms or iso", &faults.checkinFormat));
    check(
        readWord(parser, QStringLiteral("violations-format"), "objects or names", &faults.violationsFormat));
    if (errors.isEmpty())
        check(faults.validate());
    if (parser.isSet(QStringLiteral("manual-clock")))
        settings.clock = std::make_shared<EmulatorClock>(QDateTime::currentMSecsSinceEpoch());
    if (!errors.isEmpty())
        return fail(errors.join(QStringLiteral("\nazure-status-emulator: ")));

    TenantEmulator emulator(settings);
    EmulatorHttpServer server(emulator);
    server.setLogRequests(parser.isSet(QStringLiteral("log")));
    const bool tlsCert = parser.isSet(QStringLiteral("tls-cert"));
    if (tlsCert != parser.isSet(QStringLiteral("tls-key")))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (tlsCert) {
        QString tlsError;
        if (!server.useTls(
                parser.value(QStringLiteral("tls-cert")), parser.value(QStringLiteral("tls-key")), &tlsError))
            return fail(tlsError);
    }
    const quint16 listening = server.listenOnLoopback(port);
    if (listening == 0)
        return fail(QStringLiteral("cannot listen on 127.0.0.1 port %1").arg(port), kCannotListen);
    const QString baseUrl = QStringLiteral("%1://127.0.0.1:%2")
                                .arg(server.usesTls() ? QStringLiteral("https") : QStringLiteral("http"))
                                .arg(listening);
    emulator.setBaseUrl(baseUrl);

    // The first stdout line is the contract with the parent process: it reads the port here.
    std::printf("%s\n", qPrintable(baseUrl));
    std::fflush(stdout);
    std::fprintf(stderr, "azure-status-emulator: %d devices, tenant %s, client %s\n", emulator.deviceCount(),
        qPrintable(settings.tenantId.toString(QUuid::WithoutBraces)), qPrintable(settings.clientId));
    return app.exec();
}
