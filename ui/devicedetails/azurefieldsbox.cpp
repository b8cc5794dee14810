#include "ui/devicedetails/azurefieldsbox.h"

#include "app/reporting/reportplanner.h"
#include "models/reporttime.h"
#include "ui/devicedetails/detailswidgets.h"
#include "ui/devicedetails/showndevice.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

using namespace DetailsWidgets;

AzureFieldsBox::AzureFieldsBox(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("azureFieldsBox"));
    QFormLayout *azureForm = form(this);
    // The official field names are long in every language (and longer in French and
    // Japanese): above their values, both get the full width.
    azureForm->setRowWrapPolicy(QFormLayout::WrapAllRows);

    m_azureDeviceId
        = { fieldLabel(this, "azureDeviceIdLabel"), emphasisedValueLabel(this, "azureDeviceIdValue", true) };
    m_azureDeviceIdReason = reasonLabel(this, "azureDeviceIdReason");
    m_azureDeviceIdDescription = valueLabel(this, "azureDeviceIdDescription");
    azureForm->addRow(m_azureDeviceId.label,
        valueColumn(this, { m_azureDeviceId.value, m_azureDeviceIdReason, m_azureDeviceIdDescription }));

    m_complianceStatus
        = { fieldLabel(this, "complianceStatusLabel"), emphasisedValueLabel(this, "complianceStatusValue") };
    m_complianceStatusDescription = valueLabel(this, "complianceStatusDescription");
    m_complianceStatusError = valueLabel(this, "complianceStatusError");
    azureForm->addRow(m_complianceStatus.label,
        valueColumn(
            this, { m_complianceStatus.value, m_complianceStatusDescription, m_complianceStatusError }));

    m_clientStatusCode = { fieldLabel(this, "clientStatusCodeLabel"),
        emphasisedValueLabel(this, "clientStatusCodeValue", true) };
    m_clientStatusUnknownIcon = warningIcon(this, "clientStatusUnknownIcon");
    m_clientStatusUnknownFlag = emphasisedValueLabel(this, "clientStatusUnknownFlag");
    m_clientStatusUnknownFlag->setWordWrap(false);
    auto *codeLine = new QWidget(this);
    auto *codeLayout = new QHBoxLayout(codeLine);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_clientStatusCode.value);
    codeLayout->addWidget(m_clientStatusUnknownIcon);
    codeLayout->addWidget(m_clientStatusUnknownFlag);
    codeLayout->addStretch(1);
    m_clientStatusCode.value->setWordWrap(false); // a protocol code is one token
    m_clientStatusDescription = valueLabel(this, "clientStatusDescription");
    m_clientStatusRemedy = valueLabel(this, "clientStatusRemedy");
    azureForm->addRow(m_clientStatusCode.label,
        valueColumn(this, { codeLine, m_clientStatusDescription, m_clientStatusRemedy }));

    m_reportTime = { fieldLabel(this, "reportTimeLabel"), emphasisedValueLabel(this, "reportTimeValue") };
    m_reportTimeReason = reasonLabel(this, "reportTimeReason");
    m_reportTimeDescription = valueLabel(this, "reportTimeDescription");
    azureForm->addRow(m_reportTime.label,
        valueColumn(this, { m_reportTime.value, m_reportTimeReason, m_reportTimeDescription }));
    // Azure's UserId: the user's Entra object id, or why the device is not reported.
    m_entraUser = { fieldLabel(this, "entraUserLabel"), valueLabel(this, "entraUserValue") };
    m_entraUserReason = reasonLabel(this, "entraUserReason");
    azureForm->addRow(m_entraUser.label, valueColumn(this, { m_entraUser.value, m_entraUserReason }));
    // The Azure fields are what the helpdesk reads out: each value, or why it is blank, is a
    // stop of the Tab key (the pane scrolls to it) that the keyboard can select and copy, and
    // screen readers relate it to its field name.
    for (QLabel *value : { m_azureDeviceId.value, m_azureDeviceIdReason, m_complianceStatus.value,
             m_clientStatusCode.value, m_reportTime.value, m_reportTimeReason }) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::StrongFocus); // selectable text alone takes the focus by click only
    }
    for (Row *row : { &m_azureDeviceId, &m_complianceStatus, &m_clientStatusCode, &m_reportTime })
        row->label->setBuddy(row->value);
}

void AzureFieldsBox::retranslate()
{
    // The four field names are the official wording of the seed documents.
    setTitle(tr("Azure fields"));
    m_azureDeviceId.label->setText(tr("Azure Device Identifier"));
    m_complianceStatus.label->setText(tr("Azure Device Compliance Status"));
    m_clientStatusCode.label->setText(tr("Azure Client Status Code"));
    m_reportTime.label->setText(tr("Azure Device Compliance Report Time"));
    m_entraUser.label->setText(tr("Entra user (UserId)"));
    //: Flag next to an Azure Client Status Code that is not one of the documented codes.
    m_clientStatusUnknownFlag->setText(tr("Unknown code"));
}

void AzureFieldsBox::render(const ShownDevice &shown)
{
    const DeviceRecord &device = shown.device;
    const AzureClientStatus &status = device.clientStatus;

    if (!device.azureDeviceId.isBlank()) {
        setTextShown(m_azureDeviceId.value, device.azureDeviceId.toString());
        setTextShown(m_azureDeviceIdReason, QString());
    } else {
        setTextShown(m_azureDeviceId.value, QString());
        QString reason;
        if (status.isNone()) {
            reason
                = tr("Blank: the device ID could not be retrieved: the device user must register in "
                     "Microsoft Authenticator. The device has not reported an Azure Client Status Code yet.");
        } else if (status.allowsDeviceId()) {
            reason
                = tr("Blank: the Azure Client Status Code is %1 but the device ID has not been received yet.")
                      .arg(status.wireName());
        } else {
            reason = tr("Blank: the device ID could not be retrieved: the device user must register in "
                        "Microsoft Authenticator. Azure Client Status Code: %1.")
                         .arg(status.wireName());
        }
        setTextShown(m_azureDeviceIdReason, reason);
    }
    m_azureDeviceIdDescription->setText(
        tr("The device ID reported by Microsoft to the iOS or Android device, for example "
           "007c8232-9489-4074-9b35-345b16f0a72d."));

    m_complianceStatus.value->setText(AzureComplianceStatus::displayName(device.complianceStatus));
    m_complianceStatusDescription->setText(AzureComplianceStatus::description(device.complianceStatus));
    QString errorDetail;
    if (device.complianceStatus == AzureComplianceStatus::Failed) {
        errorDetail = device.reportError.isEmpty() ? tr("Azure gave no error detail.")
                                                   : tr("Error detail: %1").arg(device.reportError);
    }
    setTextShown(m_complianceStatusError, errorDetail);

    // The code itself is a protocol value and is never translated.
    setTextShown(m_clientStatusCode.value, status.wireName());
    m_clientStatusUnknownIcon->setVisible(!status.isKnown());
    m_clientStatusUnknownFlag->setVisible(!status.isKnown());
    m_clientStatusDescription->setText(status.description());
    const QString remedy = status.remedy();
    QString remedyLine;
    if (!remedy.isEmpty()) {
        remedyLine = status.isUserFixable() ? tr("Device user can fix this: %1").arg(remedy)
                                            : tr("What to do: %1").arg(remedy);
    }
    setTextShown(m_clientStatusRemedy, remedyLine);
    QFont remedyFont = m_clientStatusRemedy->font();
    remedyFont.setBold(status.isUserFixable());
    m_clientStatusRemedy->setFont(remedyFont);

    const ReportTime reportTime = ReportTime::derive(shown.reportingEnabled, device.reportTime, status,
        device.complianceStatus, device.reportError, device.entraUserState);
    setTextShown(m_reportTime.value, reportTime.isBlank() ? QString() : longDateTime(reportTime.time()));
    setTextShown(m_reportTimeReason, reportTime.blankExplanation());

    const QString upn = device.userPrincipalName.isEmpty() ? QString() : device.userPrincipalName;
    if (device.entraUserState == EntraUserState::Known && !device.entraUserId.isNull()) {
        //: %1 is the Entra object id (a GUID), %2 the user principal name
        setTextShown(m_entraUser.value,
            upn.isEmpty() ? device.entraUserId.toString(QUuid::WithoutBraces)
                          : tr("%1 (%2)").arg(device.entraUserId.toString(QUuid::WithoutBraces), upn));
        setTextShown(m_entraUserReason, QString());
    } else {
        setTextShown(m_entraUser.value, upn);
        setTextShown(m_entraUserReason, tr("Not reported: %1").arg(ReportPlanner::userProblem(device)));
    }
    m_reportTimeDescription->setText(
        tr("The time the device compliance status was reported to Microsoft Intune."));
}
