#include "tests/emulatorprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <signal.h>
#include <sys/prctl.h>
#endif

#ifndef ASC_EMULATOR_PATH
#error "ASC_EMULATOR_PATH must name the azure-status-emulator program"
#endif

namespace {

void fail(const QString &message)
{
    QTest::qFail(qPrintable(message), __FILE__, __LINE__);
}

} // namespace

QJsonObject EmulatorProcess::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray EmulatorProcess::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QStringList EmulatorProcess::demoArguments(int devices, quint64 seed)
{
    return { QStringLiteral("--devices"), QString::number(devices), QStringLiteral("--seed"),
        QString::number(seed), QStringLiteral("--tenant-id"), demoTenantId(), QStringLiteral("--client-id"),
        demoClientId(), QStringLiteral("--client-secret"), demoClientSecret(), QStringLiteral("--mdm-user"),
        demoMdmUser(), QStringLiteral("--mdm-password"), demoMdmPassword() };
}

EmulatorProcess::EmulatorProcess()
    : EmulatorProcess(QStringLiteral(ASC_EMULATOR_PATH))
{
}

EmulatorProcess::EmulatorProcess(const QString &program)
{
    // Loopback only: a proxy from the environment must not see these requests.
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_process.setProgram(program);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // The program ends with the test, even when the test crashes.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

EmulatorProcess::~EmulatorProcess()
{
    stop();
}

bool EmulatorProcess::start(const QStringList &arguments, QString *error, int timeoutMs)
{
    stop();
    m_baseUrl.clear();
    m_process.setArguments(QStringList { QStringLiteral("--port"), QStringLiteral("0") } + arguments);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(m_process.program(), m_process.errorString());
        return false;
    }
    // The first line it prints is its base URL; a large fleet takes a while to generate.
    QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
            *error = QStringLiteral("the emulator printed no base URL: %1")
                         .arg(QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed());
            stop();
            return false;
        }
        m_process.waitForReadyRead(200);
    }
    m_baseUrl = QUrl(QString::fromUtf8(m_process.readLine()).trimmed());
    if (!m_baseUrl.isValid() || m_baseUrl.host() != QLatin1String("127.0.0.1") || m_baseUrl.port() <= 0) {
        *error = QStringLiteral("the emulator printed '%1', not its base URL").arg(m_baseUrl.toString());
        stop();
        return false;
    }
    return true;
}

void EmulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl EmulatorProcess::url(const QString &pathAndQuery) const
{
    return QUrl(
        m_baseUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::StripTrailingSlash) + pathAndQuery);
}

EmulatorProcess::Reply EmulatorProcess::send(const QByteArray &method, const QString &pathAndQuery,
    const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(url(pathAndQuery));
    request.setTransferTimeout(timeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    // The emulator may serve HTTPS with a test certificate: its admin requests trust it.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.error = reply->errorString();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append({ pair.first, pair.second });
    reply->deleteLater();
    return result;
}

QJsonObject EmulatorProcess::admin(const QByteArray &method, const QString &pathAndQuery,
    const QJsonObject *body, const QStringList &fields, int status)
{
    const QString what = QString::fromLatin1(method) + QLatin1Char(' ') + pathAndQuery;
    if (!isRunning()) {
        fail(QStringLiteral("%1: the emulator is not running").arg(what));
        return {};
    }
    const Reply reply = send(
        method, pathAndQuery, body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray());
    if (reply.status != status) {
        fail(QStringLiteral("%1 answered %2, not %3: %4 %5")
                 .arg(what, QString::number(reply.status), QString::number(status), reply.error,
                     QString::fromUtf8(reply.body.left(500))));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (!document.isObject()) {
        fail(QStringLiteral("%1 answered no JSON object: %2")
                 .arg(what, QString::fromUtf8(reply.body.left(500))));
        return {};
    }
    const QJsonObject object = document.object();
    for (const QString &field : fields) {
        if (!object.contains(field)) {
            fail(QStringLiteral("%1 answered without '%2': %3")
                     .arg(what, field, QString::fromUtf8(reply.body.left(500))));
            return {};
        }
    }
    return object;
}

QJsonObject EmulatorProcess::adminGet(const QString &pathAndQuery, const QStringList &fields, int status)
{
    return admin("GET", pathAndQuery, nullptr, fields, status);
}

QJsonObject EmulatorProcess::adminPut(
    const QString &pathAndQuery, const QJsonObject &body, const QStringList &fields, int status)
{
    return admin("PUT", pathAndQuery, &body, fields, status);
}

QJsonObject EmulatorProcess::adminPost(
    const QString &pathAndQuery, const QJsonObject &body, const QStringList &fields, int status)
{
    return admin("POST", pathAndQuery, &body, fields, status);
}

QJsonObject EmulatorProcess::stats()
{
    // Every counter the contract names, each a number: a missing or mistyped one must
    // fail here, not read as 0 in the test that compares it.
    static const QStringList counters { QStringLiteral("requestsTotal"), QStringLiteral("earlyRequests"),
        QStringLiteral("tokensIssued"), QStringLiteral("userLookups"), QStringLiteral("batchRequests"),
        QStringLiteral("batchItems"), QStringLiteral("provisionRequests"), QStringLiteral("provisionRefused"),
        QStringLiteral("deprovisions"), QStringLiteral("heartbeats"), QStringLiteral("messagesReceived"),
        QStringLiteral("duplicateMessages"), QStringLiteral("uploadsRefused"),
        QStringLiteral("uploadsRefusedInBand"), QStringLiteral("entitiesReceived"),
        QStringLiteral("messagesCompleted"), QStringLiteral("messagesFailed"), QStringLiteral("messagesInProgress"),
        QStringLiteral("policyWrites"), QStringLiteral("devicesListed"), QStringLiteral("devicesReported"),
        QStringLiteral("devicesInSeveralMessages"),
        QStringLiteral("devices") };
    const QStringList fields = counters
        + QStringList { QStringLiteral("faultsInjected"), QStringLiteral("provisioned"), QStringLiteral("lastProvisioned") };
    const QJsonObject object = adminGet(QStringLiteral("/admin/stats"), fields);
    if (object.isEmpty())
        return object; // adminGet failed the test already
    for (const QString &counter : counters) {
        if (!object.value(counter).isDouble()) {
            fail(QStringLiteral("GET /admin/stats: %1 is not a number").arg(counter));
            return {};
        }
    }
    const QJsonObject faults = object.value(QStringLiteral("faultsInjected")).toObject();
    if (faults.isEmpty() || !object.value(QStringLiteral("provisioned")).isBool()) {
        fail(QStringLiteral("GET /admin/stats: faultsInjected is not an object of counters, or provisioned not a boolean"));
        return {};
    }
    for (auto it = faults.constBegin(); it != faults.constEnd(); ++it) {
        if (!it.value().isDouble()) {
            fail(QStringLiteral("GET /admin/stats: faultsInjected.%1 is not a number").arg(it.key()));
            return {};
        }
    }
    return object;
}

QJsonObject EmulatorProcess::setFaults(const QJsonObject &faults)
{
    // The answer names every fault in effect; expireTokensNow is an action, not a fault.
    QStringList fields = faults.keys();
    fields.removeAll(QStringLiteral("expireTokensNow"));
    return adminPut(QStringLiteral("/admin/faults"), faults, fields);
}

void EmulatorProcess::resetStats()
{
    adminPost(QStringLiteral("/admin/reset-stats"), QJsonObject());
}

qint64 EmulatorProcess::advanceClock(qint64 ms)
{
    const QJsonObject clock
        = adminPost(QStringLiteral("/admin/clock"), QJsonObject { { QStringLiteral("advanceMs"), ms } },
            { QStringLiteral("nowMs"), QStringLiteral("manual") });
    return clock.value(QStringLiteral("nowMs")).toInteger();
}
