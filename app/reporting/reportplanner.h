#pragma once

#include "app/storage/devicestore.h"
#include "app/storage/reportoutbox.h"

#include <QCoreApplication>
#include <optional>

// Why a report is sent: a change on the device, an action taking effect with time, the
// weekly report of every device, or Report now.
enum class ReportTrigger : quint8 {
    ComplianceChange, // on-device compliance state change
    InventoryChange,  // on-device inventory change
    Escalation,       // a tiered policy's next action took effect by time alone
    Weekly,           // once a week, every device
    Manual            // "Report now"
};

// Decides which devices need a report and builds what Azure receives. No I/O.
class ReportPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPlanner)

public:
    static QString triggerStorageName(ReportTrigger trigger);
    static std::optional<ReportTrigger> triggerFromStorageName(const QString &name);
    static QString triggerName(ReportTrigger trigger); // translated
    // The translated name of the trigger stored as storageName; an unknown name as stored.
    static QString triggerName(const QString &storageName);

    // A device can be reported only with an Azure device id, which the device has only
    // when its client status is Success, and with its user's Entra object id (Azure's
    // UserId); otherwise its Report Time says why.
    static bool canReport(const DeviceRecord &device);
    // Why the device cannot be reported, in one sentence; empty when it can.
    static QString whyNotReportable(const DeviceRecord &device);
    // Why the Entra object id of the device's user (Azure's UserId) is not known; empty
    // when it is.
    static QString userProblem(const DeviceRecord &device);

    // The trigger for a device seen by a sync, or none when Azure already has what it
    // would receive. previousViolations: the stored violations before this sync (none
    // for a device new to the store).
    static std::optional<ReportTrigger> triggerAfterSync(const DeviceRecord &device,
                                                         const std::optional<QList<Violation>> &previousViolations,
                                                         const DeviceStore::ReportState &state, AzureOutcome outcome);
    // For a device whose inventory did not change: a report when time alone changed
    // the outcome Azure has.
    static bool escalated(const DeviceStore::ReportState &state, AzureOutcome outcome);

    // tenantId: the Entra tenant id (every entity carries it).
    static OutboxDevice reportFor(
        const DeviceRecord &device, AzureOutcome outcome, const QDateTime &now, const QUuid &tenantId);
};
