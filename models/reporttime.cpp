#include "models/reporttime.h"

ReportTime ReportTime::derive(bool featureEnabled, const QDateTime &lastReported,
                              const AzureClientStatus &clientStatus, AzureComplianceStatus::Value status,
                              const QString &errorDetail)
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
    }
    return {};
}
