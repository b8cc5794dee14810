#pragma once

#include <QCoreApplication>
#include <QGroupBox>

class QLabel;
struct ShownDevice;

// Device Details, "Azure fields": the four fields of the seed documents (Azure Device
// Identifier, Azure Device Compliance Status, Azure Client Status Code, Azure Device
// Compliance Report Time) with what each value means and why a field is blank, and the
// Entra user Azure receives as UserId.
class AzureFieldsBox final : public QGroupBox
{
    // Its texts keep the page's context, where the translations are.
    Q_DECLARE_TR_FUNCTIONS(DeviceDetailsView)

public:
    explicit AzureFieldsBox(QWidget *parent);

    void retranslate();
    void render(const ShownDevice &shown);

private:
    struct Row
    {
        QLabel *label = nullptr;
        QLabel *value = nullptr;
    };
    Row m_azureDeviceId;
    QLabel *m_azureDeviceIdReason = nullptr;
    QLabel *m_azureDeviceIdDescription = nullptr;
    Row m_complianceStatus;
    QLabel *m_complianceStatusDescription = nullptr;
    QLabel *m_complianceStatusError = nullptr;
    Row m_clientStatusCode;
    QLabel *m_clientStatusUnknownIcon = nullptr;
    QLabel *m_clientStatusUnknownFlag = nullptr;
    QLabel *m_clientStatusDescription = nullptr;
    QLabel *m_clientStatusRemedy = nullptr;
    Row m_reportTime;
    QLabel *m_reportTimeReason = nullptr;
    QLabel *m_reportTimeDescription = nullptr;
    Row m_entraUser;
    QLabel *m_entraUserReason = nullptr;
};
