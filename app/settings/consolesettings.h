#pragma once

#include "app/net/netsettings.h"
#include "app/settings/weeklyschedule.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

// Every plain setting of the console, kept in QSettings (never a secret: the MDM password
// and the client secret live only in the OS keychain, see SecretStore). With no MDM URL
// the console runs on the demo tenant.
struct ConsoleSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleSettings)

public:
    static constexpr int kMinBatchSize = 1;
    static constexpr int kMaxBatchSize = 10000;

    // MDM inventory
    QUrl mdmUrl;
    QString mdmUser;
    qint64 deviceSpace = 0; // the MDM partition id; 0: the one marked defaultPartition

    // Entra (Azure AD) app registration
    QString tenantId; // a GUID
    QString clientId; // a GUID
    QUrl loginUrl = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    QUrl graphUrl = QUrl(QStringLiteral("https://graph.microsoft.com"));

    // Partner compliance endpoints: empty means discovered through Graph. The last
    // discovered ones are remembered to be shown beside the overrides.
    QUrl tenantSyncUrl;
    QUrl deviceSyncUrl;
    QUrl discoveredTenantSyncUrl;
    QUrl discoveredDeviceSyncUrl;
    // Given to Intune when the partner tenant is provisioned: where it sends a user whose
    // device is not enrolled, or not compliant. Optional.
    QUrl partnerEnrollmentUrl;
    QUrl partnerRemediationUrl;

    // Reporting
    int batchSize = 500; // devices per DataUploadMessages message
    WeeklySchedule weekly;

    // Transport security: a PEM file of extra CA certificates (a private CA); empty: the
    // system's CAs only.
    QString caFile;

    QString language; // en, fr, ja, es; empty: the system's

    // The store the window opens when --db is not given: an SQLite file, or the libpq URI
    // (postgresql://…) of a store the team shares. Empty: the SQLite file in the user's
    // data folder. Never holds a password (validate() refuses one).
    QString store;

    bool isTenantConfigured() const { return !mdmUrl.isEmpty(); }

    // Every problem, each naming the field; empty when the settings can be used. Without
    // checkFiles the CA file is not opened (a pure check, e.g. of an imported file).
    QStringList validate(bool checkFiles = true) const;

    static ConsoleSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    // The QSettings of the application (the user's config folder).
    static ConsoleSettings load();
    void save() const;
    // Keeps the partner endpoints a sync discovered through Graph, so the settings dialog
    // shows them. Only for the tenant still configured: false (nothing written) when the
    // settings have moved to another tenant since.
    static bool saveDiscovered(QSettings &settings, const QString &tenantId, const QUrl &tenantSync,
        const QUrl &deviceSync);

    // The keychain keys of this tenant's secrets.
    QString mdmPasswordKey() const;
    QString clientSecretKey() const;

    // The network settings, with the secrets read from the keychain.
    NetSettings toNetSettings(const QString &mdmPassword, const QString &clientSecret) const;

    bool operator==(const ConsoleSettings &other) const;
    bool operator!=(const ConsoleSettings &other) const { return !(*this == other); }
};
