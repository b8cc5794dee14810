#pragma once

#include "models/azureclientstatus.h"
#include "models/azurecompliancestatus.h"
#include "models/azuredeviceid.h"
#include "models/complianceevaluator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

// Values are kept in memory only (the store keeps the MDM's platformType text).
enum class Platform : quint8 { Unknown, iOS, Android, macOS, Windows };

class Platforms final
{
    Q_DECLARE_TR_FUNCTIONS(Platforms)

public:
    static QString displayName(Platform platform);
    static QString wireName(Platform platform); // as the MDM spells platformType
    static Platform fromWire(const QString &text);
};

// Whether the console knows the Entra object id of a device's user, the UserId Azure
// receives, and why not. Stored with the device (numbers kept stable).
enum class EntraUserState : quint8 {
    Known = 0,       // entraUserId is set: from the MDM record, or looked up through Graph
    NotLookedUp = 1, // the MDM names the user; Graph has not been asked yet, or could not answer
    NotInEntra = 2,  // Graph has no user with this principal name
    NoUser = 3       // the MDM record names no user at all
};

// One device as the MDM inventory and our Azure reporting know it. This is the full
// record (Device Details, storage, import); the device list keeps a compact copy.
struct DeviceRecord
{
    qint64 id = 0; // the MDM's numeric id
    QUuid guid;    // the MDM's device guid
    QString name;
    QString user; // e-mail address / uid of the device user
    // The user's principal name in Entra, when the MDM knows it (Ivanti's azureUserUpn).
    QString userPrincipalName;
    // The user's Entra object id, the UserId Azure receives: from the MDM record when it
    // carries one, else resolved from the principal name through Graph. Null: not known.
    QUuid entraUserId;
    EntraUserState entraUserState = EntraUserState::NotLookedUp;
    Platform platform = Platform::Unknown;
    QString osVersion;
    QString model;
    QString manufacturer;
    QString serialNumber;
    QString imei;
    QStringList easIds; // Exchange ActiveSync device ids (Ivanti's easDeviceIdentifiers)
    QDateTime lastCheckin;
    QDateTime registeredAt; // the MDM's lastRegistrationTime; invalid when unknown
    QString registrationState = QStringLiteral("ACTIVE");
    bool jailbroken = false;
    bool quarantined = false;

    // Azure fields of the Device Details page.
    AzureDeviceId azureDeviceId;
    AzureClientStatus clientStatus;
    AzureComplianceStatus::Value complianceStatus = AzureComplianceStatus::None;
    QDateTime reportTime;   // when Azure confirmed the last report; invalid when never
    QString reportError;    // the ErrorDetail of a Failed report

    QList<Violation> violations;
};
