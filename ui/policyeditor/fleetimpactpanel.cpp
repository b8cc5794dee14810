#include "ui/policyeditor/fleetimpactpanel.h"

#include "app/policy/policyservice.h"
#include "ui/accessiblename.h"
#include "ui/policyeditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

// Texts are PolicyEditor::tr(): they keep the editor's context, where the translations are.

FleetImpactPanel::FleetImpactPanel(PolicyService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_list(new QTableWidget(0, 3, this))
{
    m_summary->setObjectName(QStringLiteral("impactSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("impactList"));
    m_list->verticalHeader()->hide();
    // Named by its title for screen readers; Tab leaves the table.
    m_title->setBuddy(m_list);
    m_list->setTabKeyNavigation(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->horizontalHeader()->setStretchLastSection(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_impact.changes.size())
            emit deviceChosen(m_impact.changes.at(row).deviceId);
    });
    connect(
        &m_impactWatcher, &QFutureWatcher<FleetImpact>::finished, this, &FleetImpactPanel::onImpactFinished);
    connect(&m_fleetWatcher, &QFutureWatcher<LoadedFleet>::finished, this, [this] {
        const LoadedFleet loaded = m_fleetWatcher.result();
        m_fleet = loaded.fleet;
        m_fleetError = loaded.error;
        startImpact();
    });
}

FleetImpactPanel::~FleetImpactPanel()
{
    if (m_impactCancel)
        m_impactCancel->store(true);
    m_impactWatcher.waitForFinished();
    m_fleetWatcher.waitForFinished();
}

void FleetImpactPanel::retranslate()
{
    m_title->setText(PolicyEditor::tr("Fleet impact of the unsaved changes"));
    m_list->setHorizontalHeaderLabels(
        { PolicyEditor::tr("Device"), PolicyEditor::tr("Id"), PolicyEditor::tr("What Azure receives") });
    nameAfterCaption(m_list, m_title);
    showImpact();
}

void FleetImpactPanel::reloadFleet()
{
    if (!m_fleetWatcher.isRunning()) {
        PolicyService *service = m_service;
        m_fleetWatcher.setFuture(QtConcurrent::run([service]() -> LoadedFleet {
            auto fleet = std::make_shared<FleetSnapshot>();
            QString loadError;
            if (!service->loadFleet(fleet.get(), &loadError))
                return { nullptr, loadError };
            return { fleet, QString() };
        }));
    }
    if (!m_fleet)
        showImpact(); // say that the fleet is being read, or why it could not be
}

void FleetImpactPanel::setPolicies(
    const QHash<qint64, CompliancePolicy> &saved, const QList<CompliancePolicy> &working, bool modified)
{
    m_saved = saved;
    m_working = working;
    m_modified = modified;
    startImpact();
}

void FleetImpactPanel::startImpact()
{
    if (!m_fleet) {
        showImpact(); // the fleet is still loading (its arrival starts the impact) or failed
        return;
    }
    if (m_impactWatcher.isRunning()) {
        // Cancel the stale run; its end starts the one for the current edit.
        m_impactCancel->store(true);
        m_impactStale = true;
        return;
    }
    m_impactStale = false;
    m_impactCancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_impactCancel;
    auto fleet = m_fleet;
    const QHash<qint64, CompliancePolicy> before = m_saved;
    QHash<qint64, CompliancePolicy> after;
    for (const CompliancePolicy &policy : std::as_const(m_working))
        after.insert(policy.id, policy);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_impactWatcher.setFuture(QtConcurrent::run([fleet, before, after, now, cancel] {
        return FleetImpact::compute(*fleet, before, after, now, cancel.get());
    }));
    m_summary->setText(PolicyEditor::tr("Computing the fleet impact…"));
}

void FleetImpactPanel::onImpactFinished()
{
    const FleetImpact result = m_impactWatcher.result();
    if (m_impactStale || result.cancelled) {
        startImpact();
        return;
    }
    m_impact = result;
    showImpact();
    emit impactUpdated();
}

void FleetImpactPanel::showImpact()
{
    if (!m_fleet) {
        m_list->setRowCount(0);
        // Until the watcher hands over its result (even when the read already ended), the
        // fleet is being read.
        if (m_fleetError.isEmpty() || m_fleetWatcher.isRunning())
            m_summary->setText(PolicyEditor::tr("Reading the fleet for the impact…"));
        else
            //: %1 says why the devices could not be read from the store.
            m_summary->setText(PolicyEditor::tr("The fleet impact is not available: %1").arg(m_fleetError));
        return;
    }
    if (m_impactWatcher.isRunning())
        return;
    if (m_impact.changes.isEmpty()) {
        m_summary->setText(m_modified
                ? PolicyEditor::tr("No device changes what Azure receives (%n device(s) evaluated).", nullptr,
                    m_impact.devices)
                : PolicyEditor::tr("No unsaved changes."));
    } else {
        QStringList lines;
        lines.append(
            PolicyEditor::tr("Compliant → Non-compliant: %n device(s)", nullptr, m_impact.toNonCompliant));
        lines.append(
            PolicyEditor::tr("Non-compliant → Compliant: %n device(s)", nullptr, m_impact.toCompliant));
        lines.append(
            PolicyEditor::tr("Removed from Azure (retired): %n device(s)", nullptr, m_impact.toRemoved));
        if (m_impact.backFromRemoved > 0)
            lines.append(
                PolicyEditor::tr("No longer retired: %n device(s)", nullptr, m_impact.backFromRemoved));
        if (m_impact.changes.size() > kMaxRows)
            lines.append(PolicyEditor::tr("The list shows the first %1.").arg(kMaxRows));
        m_summary->setText(lines.join(u'\n'));
    }
    // Which devices violate a rule is the MDM's to decide, from data the console does not
    // have (passcode, encryption, apps): a new or changed rule is not in the counts above.
    QStringList reevaluated;
    for (const CompliancePolicy &policy : std::as_const(m_working)) {
        const auto saved = m_saved.constFind(policy.id);
        if (saved == m_saved.cend() || saved->rule != policy.rule || saved->parameter != policy.parameter)
            reevaluated.append(policy.name);
    }
    if (!reevaluated.isEmpty()) {
        //: %1: policy names. The fleet impact cannot foresee which devices violate a new or changed rule.
        m_summary->setText(m_summary->text() + u'\n'
            + PolicyEditor::tr("New or changed rule (%1): the MDM decides which devices violate it as they "
                               "check in; the counts cover only the devices that violate it today.")
                  .arg(reevaluated.join(QStringLiteral(", "))));
    }
    const int rows = int(std::min<qsizetype>(m_impact.changes.size(), kMaxRows));
    m_list->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const FleetImpact::Change &change = m_impact.changes.at(row);
        m_list->setItem(row, 0, new QTableWidgetItem(change.deviceName));
        m_list->setItem(row, 1, new QTableWidgetItem(QString::number(change.deviceId)));
        m_list->setItem(
            row, 2, new QTableWidgetItem(FleetImpact::transitionText(change.before, change.after)));
    }
    m_list->resizeColumnsToContents();
}
