#pragma once

#include "app/inventory/deviceinventory.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

struct ShownDevice;

// The helpdesk's "Device Details" page: what Azure receives for one device and why
// (ui/devicedetails/outcomebox), the four Azure fields of the seed documents with the
// meaning of each value (azurefieldsbox), the device's report timeline
// (reporttimelinebox), the violated rules (violatedrulesbox) and the inventory
// (inventorybox). Display only: the caller reads and evaluates the device.
class DeviceDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceDetailsView)

public:
    explicit DeviceDetailsView(QWidget *parent = nullptr);
    ~DeviceDetailsView() override;

    void showDevice(const DeviceRecord &device, const DeviceEvaluation &evaluation,
        const QHash<qint64, CompliancePolicy> &policies, bool reportingEnabled, const QDateTime &now);
    void clear(); // shows a "Select a device" placeholder
    // The device's report timeline, newest first. Kept while showDevice() shows the same
    // device again; showing another device empties it.
    void setReportTimeline(const QList<ReportEvent> &events);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Widgets;

    void buildUi();
    void retranslate();
    void render();
    void renderHeader();

    std::unique_ptr<Widgets> m_ui;
    // The last showDevice() arguments, kept so a language or locale change can render
    // the values again (their texts come from tr() at render time).
    std::unique_ptr<ShownDevice> m_shown;
};
