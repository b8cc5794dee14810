#include "app/settings/consolesettings.h"

#include "app/net/httptransport.h"
#include "app/security/secretstore.h"
#include "app/storage/postgres/pgconnectionsettings.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSslCertificate>
#include <QUuid>

namespace {
// QSettings keys. The language key is the one the main window has always used.
const QString kMdmUrl = QStringLiteral("tenant/mdmUrl");
const QString kMdmUser = QStringLiteral("tenant/mdmUser");
const QString kDeviceSpace = QStringLiteral("tenant/deviceSpace");
const QString kTenantId = QStringLiteral("tenant/tenantId");
const QString kClientId = QStringLiteral("tenant/clientId");
const QString kLoginUrl = QStringLiteral("tenant/loginUrl");
const QString kGraphUrl = QStringLiteral("tenant/graphUrl");
const QString kTenantSyncUrl = QStringLiteral("tenant/tenantSyncUrl");
const QString kDeviceSyncUrl = QStringLiteral("tenant/deviceSyncUrl");
const QString kEnrollmentUrl = QStringLiteral("tenant/partnerEnrollmentUrl");
const QString kRemediationUrl = QStringLiteral("tenant/partnerRemediationUrl");
const QString kDiscoveredTenantSync = QStringLiteral("tenant/discoveredTenantSyncUrl");
const QString kDiscoveredDeviceSync = QStringLiteral("tenant/discoveredDeviceSyncUrl");
const QString kBatchSize = QStringLiteral("reporting/batchSize");
const QString kWeeklyDay = QStringLiteral("reporting/weeklyDay");
const QString kWeeklyTime = QStringLiteral("reporting/weeklyTime");
const QString kCaFile = QStringLiteral("tls/caFile");
const QString kLanguage = QStringLiteral("ui/language");
const QString kStore = QStringLiteral("store/location");

QUrl urlValue(QSettings &settings, const QString &key, const QUrl &fallback = {})
{
    return settings.contains(key) ? QUrl(settings.value(key).toString(), QUrl::StrictMode) : fallback;
}

// A URL as it is kept: never with user info, whatever validate() was asked.
QString storedUrl(const QUrl &url)
{
    return HttpTransport::withoutUserInfo(url.adjusted(QUrl::RemoveUserInfo).toString());
}

void setOrRemove(QSettings &settings, const QString &key, const QString &value)
{
    if (value.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value);
}

bool isGuid(const QString &text)
{
    return !QUuid::fromString(text.trimmed()).isNull();
}
} // namespace

QStringList ConsoleSettings::validate(bool checkFiles) const
{
    QStringList problems;
    // User info is refused in every URL, also those not used without a tenant.
    const QList<QPair<QUrl, QString>> urls { { mdmUrl, tr("MDM URL") }, { loginUrl, tr("Entra login URL") },
        { graphUrl, tr("Microsoft Graph URL") }, { tenantSyncUrl, tr("Partner tenant sync URL") },
        { deviceSyncUrl, tr("Partner device sync URL") }, { partnerEnrollmentUrl, tr("Enrollment URL") },
        { partnerRemediationUrl, tr("Remediation URL") } };
    for (const auto &[url, field] : urls) {
        if (HttpTransport::hasUserInfo(url))
            problems.append(HttpTransport::urlProblem(url, field));
    }
    const auto checkUrl = [&problems](const QUrl &url, const QString &field, bool required) {
        if (HttpTransport::hasUserInfo(url))
            return; // said above
        if (url.isEmpty()) {
            if (required)
                problems.append(tr("%1: enter a URL.").arg(field));
            return;
        }
        const QString problem = HttpTransport::urlProblem(url, field);
        if (!problem.isEmpty())
            problems.append(problem);
    };

    if (isTenantConfigured()) {
        checkUrl(mdmUrl, tr("MDM URL"), true);
        if (mdmUser.trimmed().isEmpty())
            problems.append(tr("MDM user: enter the API user's name."));
        if (deviceSpace < 0)
            problems.append(tr("Device space: must be 0 (the default one) or a positive id."));
        if (!isGuid(tenantId))
            problems.append(
                tr("Entra tenant id: \"%1\" is not a GUID (e.g. 3f2504e0-4f89-41d3-9a0c-0305e82c3301).")
                    .arg(tenantId));
        if (!isGuid(clientId))
            problems.append(
                tr("Entra client id: \"%1\" is not a GUID (the app registration's Application (client) ID).")
                    .arg(clientId));
        checkUrl(loginUrl, tr("Entra login URL"), true);
        checkUrl(graphUrl, tr("Microsoft Graph URL"), true);
        checkUrl(tenantSyncUrl, tr("Partner tenant sync URL"), false);
        checkUrl(deviceSyncUrl, tr("Partner device sync URL"), false);
        checkUrl(partnerEnrollmentUrl, tr("Enrollment URL"), false);
        checkUrl(partnerRemediationUrl, tr("Remediation URL"), false);
    } else if (!tenantId.isEmpty() || !clientId.isEmpty() || !mdmUser.isEmpty()) {
        problems.append(tr("MDM URL: enter it, or clear the tenant fields to use the demo tenant."));
    }
    if (batchSize < kMinBatchSize || batchSize > kMaxBatchSize)
        problems.append(tr("Batch size: %1 is not from %2 to %3 devices per message.")
                            .arg(batchSize)
                            .arg(kMinBatchSize)
                            .arg(kMaxBatchSize));
    if (weekly.day < 0 || weekly.day > 7)
        problems.append(tr("Weekly report day: %1 is not a day of the week.").arg(weekly.day));
    if (weekly.isFixedSlot() && !weekly.time.isValid())
        problems.append(tr("Weekly report time: not a valid time of day."));
    if (PgConnectionSettings::isUri(store)) {
        QString storeProblem;
        if (!PgConnectionSettings::parse(store, &storeProblem))
            problems.append(tr("Store: %1").arg(storeProblem));
    }
    if (checkFiles && !caFile.isEmpty()) {
        QString caProblem;
        if (HttpTransport::loadCaCertificates(caFile, &caProblem).isEmpty())
            problems.append(caProblem);
    }
    return problems;
}

ConsoleSettings ConsoleSettings::load(QSettings &settings)
{
    ConsoleSettings result;
    result.mdmUrl = urlValue(settings, kMdmUrl);
    result.mdmUser = settings.value(kMdmUser).toString();
    result.deviceSpace = settings.value(kDeviceSpace, 0).toLongLong();
    result.tenantId = settings.value(kTenantId).toString();
    result.clientId = settings.value(kClientId).toString();
    result.loginUrl = urlValue(settings, kLoginUrl, result.loginUrl);
    result.graphUrl = urlValue(settings, kGraphUrl, result.graphUrl);
    result.tenantSyncUrl = urlValue(settings, kTenantSyncUrl);
    result.deviceSyncUrl = urlValue(settings, kDeviceSyncUrl);
    result.partnerEnrollmentUrl = urlValue(settings, kEnrollmentUrl);
    result.partnerRemediationUrl = urlValue(settings, kRemediationUrl);
    result.discoveredTenantSyncUrl = urlValue(settings, kDiscoveredTenantSync);
    result.discoveredDeviceSyncUrl = urlValue(settings, kDiscoveredDeviceSync);
    result.batchSize = settings.value(kBatchSize, result.batchSize).toInt();
    result.weekly.day = settings.value(kWeeklyDay, 0).toInt();
    result.weekly.time = QTime::fromString(
        settings.value(kWeeklyTime, result.weekly.time.toString(QStringLiteral("HH:mm"))).toString(),
        QStringLiteral("HH:mm"));
    result.caFile = settings.value(kCaFile).toString();
    result.language = settings.value(kLanguage).toString();
    result.store = settings.value(kStore).toString();
    return result;
}

void ConsoleSettings::save(QSettings &settings) const
{
    // The callers validate first; a URL with user info is still never written.
    setOrRemove(settings, kMdmUrl, storedUrl(mdmUrl));
    setOrRemove(settings, kMdmUser, mdmUser);
    settings.setValue(kDeviceSpace, deviceSpace);
    setOrRemove(settings, kTenantId, tenantId);
    setOrRemove(settings, kClientId, clientId);
    settings.setValue(kLoginUrl, storedUrl(loginUrl));
    settings.setValue(kGraphUrl, storedUrl(graphUrl));
    setOrRemove(settings, kTenantSyncUrl, storedUrl(tenantSyncUrl));
    setOrRemove(settings, kDeviceSyncUrl, storedUrl(deviceSyncUrl));
    setOrRemove(settings, kEnrollmentUrl, storedUrl(partnerEnrollmentUrl));
    setOrRemove(settings, kRemediationUrl, storedUrl(partnerRemediationUrl));
    setOrRemove(settings, kDiscoveredTenantSync, storedUrl(discoveredTenantSyncUrl));
    setOrRemove(settings, kDiscoveredDeviceSync, storedUrl(discoveredDeviceSyncUrl));
    settings.setValue(kBatchSize, batchSize);
    settings.setValue(kWeeklyDay, weekly.day);
    settings.setValue(kWeeklyTime, weekly.time.toString(QStringLiteral("HH:mm")));
    setOrRemove(settings, kCaFile, caFile);
    setOrRemove(settings, kLanguage, language);
    setOrRemove(settings, kStore, store);
    settings.sync();
}

ConsoleSettings ConsoleSettings::load()
{
    QSettings settings;
    return load(settings);
}

void ConsoleSettings::save() const
{
    QSettings settings;
    save(settings);
}

bool ConsoleSettings::saveDiscovered(
    QSettings &settings, const QString &tenantId, const QUrl &tenantSync, const QUrl &deviceSync)
{
    const ConsoleSettings stored = load(settings);
    if (!stored.isTenantConfigured() || QUuid::fromString(stored.tenantId.trimmed()) != QUuid::fromString(tenantId.trimmed())
        || QUuid::fromString(tenantId.trimmed()).isNull())
        return false;
    setOrRemove(settings, kDiscoveredTenantSync, storedUrl(tenantSync));
    setOrRemove(settings, kDiscoveredDeviceSync, storedUrl(deviceSync));
    settings.sync();
    return true;
}

QString ConsoleSettings::mdmPasswordKey() const
{
    return SecretStore::key(SecretStore::Kind::MdmPassword,
        mdmUser + u'@' + storedUrl(mdmUrl.adjusted(QUrl::StripTrailingSlash)));
}

QString ConsoleSettings::clientSecretKey() const
{
    return SecretStore::key(SecretStore::Kind::ClientSecret,
        QUuid::fromString(clientId.trimmed()).toString(QUuid::WithoutBraces) + u'@'
            + QUuid::fromString(tenantId.trimmed()).toString(QUuid::WithoutBraces));
}

NetSettings ConsoleSettings::toNetSettings(const QString &mdmPassword, const QString &clientSecret) const
{
    NetSettings net;
    net.mdmBaseUrl = mdmUrl;
    net.mdmUser = mdmUser;
    net.mdmPassword = mdmPassword;
    net.partitionId = deviceSpace;
    net.loginBaseUrl = loginUrl;
    net.graphBaseUrl = graphUrl;
    net.tenantId = QUuid::fromString(tenantId.trimmed()).toString(QUuid::WithoutBraces);
    net.clientId = QUuid::fromString(clientId.trimmed()).toString(QUuid::WithoutBraces);
    net.clientSecret = clientSecret;
    net.tenantSyncUrl = tenantSyncUrl;
    net.deviceSyncUrl = deviceSyncUrl;
    net.partnerEnrollmentUrl = partnerEnrollmentUrl.toString();
    net.partnerRemediationUrl = partnerRemediationUrl.toString();
    net.caFile = caFile;
    return net;
}

bool ConsoleSettings::operator==(const ConsoleSettings &other) const
{
    return mdmUrl == other.mdmUrl && mdmUser == other.mdmUser && deviceSpace == other.deviceSpace
        && tenantId == other.tenantId && clientId == other.clientId && loginUrl == other.loginUrl
        && graphUrl == other.graphUrl && tenantSyncUrl == other.tenantSyncUrl
        && deviceSyncUrl == other.deviceSyncUrl && discoveredTenantSyncUrl == other.discoveredTenantSyncUrl
        && partnerEnrollmentUrl == other.partnerEnrollmentUrl && partnerRemediationUrl == other.partnerRemediationUrl
        && discoveredDeviceSyncUrl == other.discoveredDeviceSyncUrl && batchSize == other.batchSize
        && weekly.day == other.weekly.day && weekly.time == other.weekly.time && caFile == other.caFile
        && language == other.language && store == other.store;
}
