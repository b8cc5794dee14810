#pragma once

#include "models/compliancepolicy.h"
#include "models/fleetimpact.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <atomic>
#include <memory>

class PolicyService;
class QLabel;
class QTableWidget;

// The Policies tab, "Fleet impact of the unsaved changes": how many devices would change
// what Azure receives under the edited policies, and which. The fleet's violations are
// read once per reload and the impact computed off the window's thread, restarted (the
// running one cancelled) on every edit; the panel shows the last complete result.
class FleetImpactPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetImpactPanel)

public:
    static constexpr int kMaxRows = 1000; // the list shows this many; the counts cover all

    explicit FleetImpactPanel(PolicyService *service, QWidget *parent = nullptr);
    ~FleetImpactPanel() override;

    // Reads the fleet again, unless a read runs; the impact follows.
    void reloadFleet();
    // The policies as saved and as edited (modified: they differ): the impact is computed anew.
    void setPolicies(
        const QHash<qint64, CompliancePolicy> &saved, const QList<CompliancePolicy> &working, bool modified);
    bool isRunning() const { return m_impactWatcher.isRunning() || m_fleetWatcher.isRunning(); }
    const FleetImpact &impact() const { return m_impact; }
    void retranslate();

signals:
    void impactUpdated();
    // A device of the list was chosen: preview it.
    void deviceChosen(qint64 deviceId);

private:
    struct LoadedFleet
    {
        std::shared_ptr<const FleetSnapshot> fleet; // null when the store could not be read
        QString error;
    };
    void startImpact();
    void onImpactFinished();
    void showImpact();

    PolicyService *m_service;
    QHash<qint64, CompliancePolicy> m_saved;
    QList<CompliancePolicy> m_working;
    bool m_modified = false;
    std::shared_ptr<const FleetSnapshot> m_fleet;
    QString m_fleetError; // why the last read of the fleet failed
    QFutureWatcher<LoadedFleet> m_fleetWatcher;
    QFutureWatcher<FleetImpact> m_impactWatcher;
    std::shared_ptr<std::atomic<bool>> m_impactCancel;
    bool m_impactStale = false;
    FleetImpact m_impact;

    QLabel *m_title;
    QLabel *m_summary;
    QTableWidget *m_list;
};
