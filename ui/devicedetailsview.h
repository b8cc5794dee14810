#pragma once

#include "app/storage/reportoutbox.h"
#include "models/complianceevaluator.h"
#include "models/compliancepolicy.h"
#include "models/device.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

// The helpdesk's "Device Details" page: what Azure receives for one device and why,
// the four Azure fields of SPEC 1.3 with the meaning of each value, the violated
// rules and the inventory. Display only: the caller evaluates the device.
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
    // The device's report timeline (ReportOutbox::history), newest first. Kept while
    // showDevice() shows the same device again; showing another device empties it.
    void setReportTimeline(const QList<ReportEvent> &events);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The last showDevice() arguments, kept so a language or locale change can render
    // the values again (their texts come from tr() at render time).
    struct Shown
    {
        DeviceRecord device;
        DeviceEvaluation evaluation;
        QHash<qint64, CompliancePolicy> policies;
        bool reportingEnabled = true;
        QDateTime now;
    };
    struct Widgets;

    void buildUi();
    void retranslate();
    void render();
    void renderHeader();
    void renderOutcome();
    void renderAzureFields();
    void renderViolations();
    void renderInventory();
    void renderTimeline();
    void fitViolationsTable();
    void fitTimelineTable();

    std::unique_ptr<Widgets> m_ui;
    std::optional<Shown> m_shown;
    QList<ReportEvent> m_timeline;
};
