#pragma once

#include "models/azureclientstatus.h"
#include "models/azurecompliancestatus.h"
#include "models/device.h"

#include <QCoreApplication>
#include <QDateTime>

// "Azure Device Compliance Report Time", with the reason when it is blank:
// the console always says *which* of the documented reasons applies.
class ReportTime final
{
    Q_DECLARE_TR_FUNCTIONS(ReportTime)

public:
    enum class BlankReason : quint8 {
        NotBlank,
        FeatureDisabled,      // reporting to Azure is switched off
        AwaitingMicrosoftApi, // data received, Microsoft API not called (or not confirmed) yet
        Error,                // an error such as User_Canceled or Internal_Error
        UserNotInEntra        // never sent: the device's user has no Entra object id (see userState())
    };

    // Derives the field from the device's Azure state. lastReported is the time Azure
    // confirmed the last report (invalid if never). errorDetail is the reason of a
    // Failed report, if any.
    // userState: whether the device's user has an Entra object id; a device whose user has
    // none is never sent, and its blank Report Time says why.
    static ReportTime derive(bool featureEnabled, const QDateTime &lastReported,
                             const AzureClientStatus &clientStatus, AzureComplianceStatus::Value status,
                             const QString &errorDetail = {}, EntraUserState userState = EntraUserState::Known);

    bool isBlank() const { return m_reason != BlankReason::NotBlank; }
    BlankReason blankReason() const { return m_reason; }
    QDateTime time() const { return m_time; }
    QString error() const { return m_error; } // the code or detail for BlankReason::Error
    EntraUserState userState() const { return m_userState; } // why, for BlankReason::UserNotInEntra

    // Why the field is blank, in one sentence; empty when it is not blank.
    QString blankExplanation() const;

private:
    QDateTime m_time;
    BlankReason m_reason = BlankReason::AwaitingMicrosoftApi;
    QString m_error;
    EntraUserState m_userState = EntraUserState::Known;
};
