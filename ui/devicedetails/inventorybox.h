#pragma once

#include <QCoreApplication>
#include <QGroupBox>

class QLabel;
struct ShownDevice;

// Device Details, "Inventory": what the MDM knows of the device (model, serial number,
// identifiers, registration state, last check-in, jailbroken, quarantined).
class InventoryBox final : public QGroupBox
{
    // Its texts keep the page's context, where the translations are.
    Q_DECLARE_TR_FUNCTIONS(DeviceDetailsView)

public:
    explicit InventoryBox(QWidget *parent);

    void retranslate();
    void render(const ShownDevice &shown);

private:
    struct Row
    {
        QLabel *label = nullptr;
        QLabel *value = nullptr;
    };
    Row m_model;
    Row m_manufacturer;
    Row m_serialNumber;
    Row m_imei;
    Row m_mdmId;
    Row m_guid;
    Row m_registrationState;
    Row m_lastCheckin;
    Row m_jailbroken;
    Row m_quarantined;
};
