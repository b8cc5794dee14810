#include "models/reporttime.h"

ReportTime ReportTime::derive(bool featureEnabled, const QDateTime &lastReported,
                              const AzureClientStatus &clientStatus, AzureComplianceStatus::Value status,
                              const QString &errorDetail, EntraUserState userState)
{
    ReportTime result;
    if (!featureEnabled) {
        result.m_reason = BlankReason::FeatureDisabled;
        return result;
    }
    if (!clientStatus.allowsDeviceId() && !clientStatus.isNone()) {
        result.m_reason = BlankReason::Error;
        result.m_error = clientStatus.wireName();
        return result;
    }
    if (status == AzureComplianceStatus::Failed) {
        result.m_reason = BlankReason::Error;
        result.m_error = errorDetail.isEmpty() ? tr("report failed") : errorDetail;
        return result;
    }
    if (lastReported.isValid()) {
        result.m_reason = BlankReason::NotBlank;
        result.m_time = lastReported;
        return result;
    }
    if (userState != EntraUserState::Known) {
        result.m_reason = BlankReason::UserNotInEntra;
        result.m_userState = userState;
        return result;
    }
    result.m_reason = BlankReason::AwaitingMicrosoftApi;
    return result;
}

QString ReportTime::blankExplanation() const
{
    switch (m_reason) {
    case BlankReason::NotBlank:
        return {};
    case BlankReason::FeatureDisabled:
        return tr("Blank because reporting to Azure is disabled.");
    case BlankReason::AwaitingMicrosoftApi:
        return tr("Blank because the data was received and the Microsoft API has not been called yet.");
    case BlankReason::Error:
        return tr("Blank because of an error: %1.").arg(m_error);
    case BlankReason::UserNotInEntra:
        switch (m_userState) {
        case EntraUserState::NotInEntra:
            return tr("Blank because Entra ID has no user with this device's user principal name, so the device "
                      "is not reported.");
        case EntraUserState::NoUser:
            return tr("Blank because the MDM names no user for this device, so the device is not reported.");
        case EntraUserState::NotLookedUp:
        case EntraUserState::Known:
            break;
        }
        return tr("Blank because the Entra object id of this device's user is not known yet, so the device is "
                  "not reported; the next sync looks it up.");
    }
    return {};
}
