#include "ui/devicedetails/inventorybox.h"

#include "ui/devicedetails/detailswidgets.h"
#include "ui/devicedetails/showndevice.h"

#include <QFormLayout>
#include <QLabel>

using namespace DetailsWidgets;

InventoryBox::InventoryBox(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("inventoryBox"));
    QFormLayout *inventoryForm = form(this);
    inventoryForm->setVerticalSpacing(4);
    const auto addRow = [&](Row &row, const char *labelName, const char *valueName) {
        row = { fieldLabel(this, labelName), valueLabel(this, valueName) };
        inventoryForm->addRow(row.label, row.value);
    };
    addRow(m_model, "modelLabel", "modelValue");
    addRow(m_manufacturer, "manufacturerLabel", "manufacturerValue");
    addRow(m_serialNumber, "serialNumberLabel", "serialNumberValue");
    addRow(m_imei, "imeiLabel", "imeiValue");
    addRow(m_mdmId, "mdmIdLabel", "mdmIdValue");
    addRow(m_guid, "guidLabel", "guidValue");
    addRow(m_registrationState, "registrationStateLabel", "registrationStateValue");
    addRow(m_lastCheckin, "lastCheckinLabel", "lastCheckinValue");
    addRow(m_jailbroken, "jailbrokenLabel", "jailbrokenValue");
    addRow(m_quarantined, "quarantinedLabel", "quarantinedValue");
}

void InventoryBox::retranslate()
{
    setTitle(tr("Inventory"));
    m_model.label->setText(tr("Model"));
    m_manufacturer.label->setText(tr("Manufacturer"));
    m_serialNumber.label->setText(tr("Serial number"));
    m_imei.label->setText(tr("IMEI"));
    m_mdmId.label->setText(tr("MDM id"));
    m_guid.label->setText(tr("GUID"));
    m_registrationState.label->setText(tr("Registration state"));
    m_lastCheckin.label->setText(tr("Last check-in"));
    m_jailbroken.label->setText(tr("Jailbroken or rooted"));
    m_quarantined.label->setText(tr("Quarantined"));
}

void InventoryBox::render(const ShownDevice &shown)
{
    const DeviceRecord &device = shown.device;
    const auto yesNo = [](bool value) { return value ? tr("Yes") : tr("No"); };

    m_model.value->setText(orDash(device.model));
    m_manufacturer.value->setText(orDash(device.manufacturer));
    m_serialNumber.value->setText(orDash(device.serialNumber));
    m_imei.value->setText(orDash(device.imei));
    m_mdmId.value->setText(device.id != 0 ? QString::number(device.id) : dash());
    m_guid.value->setText(device.guid.isNull() ? dash() : device.guid.toString(QUuid::WithoutBraces));
    // The MDM's own value (ACTIVE, RETIRED, ...), shown as the MDM spells it.
    m_registrationState.value->setText(orDash(device.registrationState));
    QString checkin = tr("Never");
    if (device.lastCheckin.isValid()) {
        checkin = longDateTime(device.lastCheckin);
        const qint64 days = shown.now.isValid() ? device.lastCheckin.secsTo(shown.now) / 86400 : 0;
        if (days >= 1)
            checkin = tr("%1 (%Ln day(s) ago)", nullptr, int(days)).arg(checkin);
    }
    m_lastCheckin.value->setText(checkin);
    m_jailbroken.value->setText(yesNo(device.jailbroken));
    m_quarantined.value->setText(yesNo(device.quarantined));
}
