#include "ui/policyeditor.h"

#include "app/policy/policyservice.h"
#include "models/policypreview.h"
#include "ui/policypreviewview.h"
#include "ui/accessiblename.h"
#include "ui/readablecolors.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
constexpr int kMaxImpactRows = 1000; // the list shows this many; the counts cover all
constexpr int kMergeName = 1;
constexpr int kMergeParameter = 2;
constexpr int kMergeWait = 3;
} // namespace

// One edit of the working copy: the whole list before and after (a few policies), so
// undo and redo are exact whatever the edit was. Typing in one field merges.
class PolicyEditCommand final : public QUndoCommand
{
public:
    PolicyEditCommand(PolicyEditor *editor, QList<CompliancePolicy> before, QList<CompliancePolicy> after,
                      int rowBefore, int rowAfter, int mergeId, const QString &text)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_rowBefore(rowBefore)
        , m_rowAfter(rowAfter)
        , m_mergeId(mergeId)
    {
    }
    void undo() override { m_editor->setWorking(m_before, m_rowBefore); }
    void redo() override { m_editor->setWorking(m_after, m_rowAfter); }
    int id() const override { return m_mergeId > 0 ? m_mergeId * 100000 + m_rowAfter : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const PolicyEditCommand *>(other);
        if (next->m_rowAfter != m_rowAfter)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    PolicyEditor *m_editor;
    QList<CompliancePolicy> m_before;
    QList<CompliancePolicy> m_after;
    int m_rowBefore;
    int m_rowAfter;
    int m_mergeId;
};

PolicyEditor::PolicyEditor(PolicyService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_undo(new QUndoStack(this))
    , m_readOnlyBanner(new QLabel(this))
    , m_policiesLabel(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_newButton(new QPushButton(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_ruleLabel(new QLabel(this))
    , m_rule(new QComboBox(this))
    , m_parameterLabel(new QLabel(this))
    , m_parameter(new QLineEdit(this))
    , m_actionsLabel(new QLabel(this))
    , m_steps(new QTableWidget(0, 2, this))
    , m_addStep(new QPushButton(this))
    , m_removeStep(new QPushButton(this))
    , m_upStep(new QPushButton(this))
    , m_downStep(new QPushButton(this))
    , m_validationLabel(new QLabel(this))
    , m_undoButton(new QPushButton(this))
    , m_redoButton(new QPushButton(this))
    , m_revertButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_statusLabel(new QLabel(this))
    , m_previewDeviceLabel(new QLabel(this))
    , m_previewDeviceId(new QLineEdit(this))
    , m_preview(new PolicyPreviewView(this))
    , m_impactTitle(new QLabel(this))
    , m_impactSummary(new QLabel(this))
    , m_impactList(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("policyEditor"));
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #3d3000; border: 1px solid #e0c060; padding: 6px; }"));
    m_list->setObjectName(QStringLiteral("policyList"));
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("policyName"));
    m_rule->setObjectName(QStringLiteral("policyRule"));
    m_parameter->setObjectName(QStringLiteral("policyParameter"));
    m_steps->setObjectName(QStringLiteral("policySteps"));
    m_steps->verticalHeader()->hide();
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_validationLabel->setObjectName(QStringLiteral("validationMessage"));
    m_validationLabel->setWordWrap(true);
    ReadableColors::setTone(m_validationLabel, ReadableColors::Tone::Error);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setObjectName(QStringLiteral("saveStatus"));
    m_saveButton->setObjectName(QStringLiteral("savePolicies"));
    m_previewDeviceId->setObjectName(QStringLiteral("previewDeviceId"));
    m_previewDeviceId->setMaximumWidth(120);
    m_impactSummary->setObjectName(QStringLiteral("impactSummary"));
    m_impactSummary->setWordWrap(true);
    m_impactList->setObjectName(QStringLiteral("impactList"));
    m_impactList->verticalHeader()->hide();
    // Each field is named by the label beside it, for screen readers; Tab leaves the tables.
    m_policiesLabel->setBuddy(m_list);
    m_nameLabel->setBuddy(m_name);
    m_ruleLabel->setBuddy(m_rule);
    m_parameterLabel->setBuddy(m_parameter);
    m_actionsLabel->setBuddy(m_steps);
    m_previewDeviceLabel->setBuddy(m_previewDeviceId);
    m_impactTitle->setBuddy(m_impactList);
    m_steps->setTabKeyNavigation(false);
    m_impactList->setTabKeyNavigation(false);
    m_impactList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_impactList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_impactList->horizontalHeader()->setStretchLastSection(true);
    QFont bold = m_impactTitle->font();
    bold.setBold(true);
    m_impactTitle->setFont(bold);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_policiesLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_newButton);

    auto *middle = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_ruleLabel, m_rule);
    form->addRow(m_parameterLabel, m_parameter);
    auto *stepButtons = new QHBoxLayout;
    for (QPushButton *button : {m_addStep, m_removeStep, m_upStep, m_downStep})
        stepButtons->addWidget(button);
    stepButtons->addStretch();
    auto *saveButtons = new QHBoxLayout;
    for (QPushButton *button : {m_undoButton, m_redoButton})
        saveButtons->addWidget(button);
    saveButtons->addStretch();
    saveButtons->addWidget(m_revertButton);
    saveButtons->addWidget(m_saveButton);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addLayout(form);
    middleLayout->addWidget(m_actionsLabel);
    middleLayout->addWidget(m_steps, 1);
    middleLayout->addLayout(stepButtons);
    middleLayout->addWidget(m_validationLabel);
    middleLayout->addLayout(saveButtons);
    middleLayout->addWidget(m_statusLabel);
    middleLayout->addWidget(m_impactTitle);
    middleLayout->addWidget(m_impactSummary);
    middleLayout->addWidget(m_impactList, 1);

    auto *right = new QWidget(this);
    auto *deviceRow = new QHBoxLayout;
    deviceRow->addWidget(m_previewDeviceLabel);
    deviceRow->addWidget(m_previewDeviceId);
    deviceRow->addStretch();
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(deviceRow);
    rightLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({260, 560, 560});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(splitter, 1);

    for (PolicyRule rule : CompliancePolicy::allRules())
        m_rule->addItem(QString(), int(rule));

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_filling)
            return;
        m_currentRow = row;
        fillForm();
        updatePreview();
    });
    connect(m_newButton, &QPushButton::clicked, this, &PolicyEditor::addPolicy);
    connect(m_name, &QLineEdit::textEdited, this, [this] { formEdited(kMergeName); });
    connect(m_parameter, &QLineEdit::textEdited, this, [this] { formEdited(kMergeParameter); });
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] { formEdited(0); });
    connect(m_addStep, &QPushButton::clicked, this, &PolicyEditor::addStep);
    connect(m_removeStep, &QPushButton::clicked, this, &PolicyEditor::removeStep);
    connect(m_upStep, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_downStep, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_steps, &QTableWidget::itemSelectionChanged, this, &PolicyEditor::updateState);
    // Ctrl+Z / Ctrl+Shift+Z anywhere in the editor; a focused line edit keeps its own undo.
    QAction *undoAction = m_undo->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redoAction = m_undo->createRedoAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({undoAction, redoAction});
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    connect(m_revertButton, &QPushButton::clicked, this, &PolicyEditor::revert);
    connect(m_saveButton, &QPushButton::clicked, this, &PolicyEditor::save);
    connect(m_previewDeviceId, &QLineEdit::editingFinished, this, [this] {
        bool ok = false;
        const qint64 id = m_previewDeviceId->text().trimmed().toLongLong(&ok);
        if (ok)
            setPreviewDevice(id);
    });
    connect(m_impactList, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_impact.changes.size())
            setPreviewDevice(m_impact.changes.at(row).deviceId);
    });
    connect(&m_impactWatcher, &QFutureWatcher<FleetImpact>::finished, this, &PolicyEditor::onImpactFinished);
    connect(&m_fleetWatcher, &QFutureWatcher<LoadedFleet>::finished, this, [this] {
        const LoadedFleet loaded = m_fleetWatcher.result();
        m_fleet = loaded.fleet;
        m_fleetError = loaded.error;
        startImpact();
    });
    connect(m_service, &PolicyService::roleChanged, this, &PolicyEditor::onRoleChanged);
    connect(m_service, &PolicyService::saveFinished, this, &PolicyEditor::onSaveFinished);

    m_readOnly = !m_service->canEdit();
    retranslate();
    reload();
}

PolicyEditor::~PolicyEditor()
{
    if (m_impactCancel)
        m_impactCancel->store(true);
    m_impactWatcher.waitForFinished();
    m_fleetWatcher.waitForFinished();
    // The undo stack is a child: QWidget's destructor deletes it, and its cleanChanged
    // would then call modifiedChanged on an editor already destroyed (UBSan: vptr).
    m_undo->disconnect(this);
}

void PolicyEditor::reload()
{
    QString error;
    const QHash<qint64, CompliancePolicy> stored = m_service->policies(&error);
    m_saved = stored;
    QList<CompliancePolicy> list = stored.values();
    std::sort(list.begin(), list.end(),
              [](const CompliancePolicy &a, const CompliancePolicy &b) { return a.id < b.id; });
    m_undo->clear();
    m_status = error;
    setWorking(list, list.isEmpty() ? -1 : std::clamp(m_currentRow, 0, int(list.size()) - 1));
    m_undo->setClean();

    if (!m_fleetWatcher.isRunning()) {
        PolicyService *service = m_service;
        m_fleetWatcher.setFuture(QtConcurrent::run([service]() -> LoadedFleet {
            auto fleet = std::make_shared<FleetSnapshot>();
            QString loadError;
            if (!service->loadFleet(fleet.get(), &loadError))
                return {nullptr, loadError};
            return {fleet, QString()};
        }));
    }
    if (!m_fleet)
        showImpact(); // say that the fleet is being read, or why it could not be
}

void PolicyEditor::setWorking(const QList<CompliancePolicy> &policies, int row)
{
    // When the form already shows the new state (the edit came from it), leave it alone:
    // rebuilding it would take the focus from the field being typed in.
    const bool formCurrent = row == m_currentRow && row >= 0 && row < m_working.size() && row < policies.size()
        && m_steps->rowCount() == m_working.at(row).steps.size()
        && FleetImpact::samePolicy(policyFromForm(), policies.at(row));
    m_working = policies;
    m_currentRow = row;
    fillList();
    if (!formCurrent)
        fillForm();
    updateState();
    updatePreview();
    startImpact();
}

QHash<qint64, CompliancePolicy> PolicyEditor::workingHash() const
{
    QHash<qint64, CompliancePolicy> hash;
    for (const CompliancePolicy &policy : m_working)
        hash.insert(policy.id, policy);
    return hash;
}

bool PolicyEditor::isModified() const
{
    if (m_working.size() != m_saved.size())
        return true;
    for (const CompliancePolicy &policy : m_working) {
        const auto it = m_saved.constFind(policy.id);
        if (it == m_saved.cend() || !FleetImpact::samePolicy(*it, policy))
            return true;
    }
    return false;
}

bool PolicyEditor::isSaving() const
{
    return m_service->isSaving();
}

QString PolicyEditor::readOnlyReason() const
{
    return m_readOnly ? m_service->readOnlyReason() : QString();
}

void PolicyEditor::selectPolicy(int row)
{
    m_list->setCurrentRow(row);
}

void PolicyEditor::editPolicy(const CompliancePolicy &policy, const QString &text)
{
    if (m_readOnly || m_currentRow < 0)
        return;
    QList<CompliancePolicy> after = m_working;
    after[m_currentRow] = policy;
    m_undo->push(new PolicyEditCommand(this, m_working, after, m_currentRow, m_currentRow, 0, text));
}

void PolicyEditor::addPolicy()
{
    if (m_readOnly)
        return;
    qint64 id = 1;
    for (const CompliancePolicy &policy : std::as_const(m_working))
        id = std::max(id, policy.id + 1);
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it)
        id = std::max(id, it.key() + 1);
    CompliancePolicy policy;
    policy.id = id;
    policy.name = tr("New policy");
    policy.rule = PolicyRule::NoPasscode;
    policy.steps = {PolicyStep{ComplianceAction::SendAlert, 0}};
    QList<CompliancePolicy> after = m_working;
    after.append(policy);
    m_undo->push(new PolicyEditCommand(this, m_working, after, m_currentRow, int(after.size()) - 1, 0,
                                       tr("New policy")));
}

void PolicyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PolicyEditor::retranslate()
{
    m_policiesLabel->setText(tr("Policies"));
    m_newButton->setText(tr("New policy"));
    m_nameLabel->setText(tr("Name:"));
    m_ruleLabel->setText(tr("Rule:"));
    m_actionsLabel->setText(tr("Actions, in order (the most restrictive one whose wait has elapsed applies):"));
    m_steps->setHorizontalHeaderLabels({tr("Action"), tr("Wait (days)")});
    m_addStep->setText(tr("Add action"));
    m_removeStep->setText(tr("Remove"));
    m_upStep->setText(tr("Move up"));
    m_downStep->setText(tr("Move down"));
    m_undoButton->setText(tr("Undo"));
    m_redoButton->setText(tr("Redo"));
    m_revertButton->setText(tr("Discard changes"));
    m_saveButton->setText(tr("Save to MDM"));
    m_previewDeviceLabel->setText(tr("Preview device id:"));
    m_impactTitle->setText(tr("Fleet impact of the unsaved changes"));
    m_impactList->setHorizontalHeaderLabels({tr("Device"), tr("Id"), tr("What Azure receives")});
    nameAfterCaption(m_list, m_policiesLabel);
    nameAfterCaption(m_steps, m_actionsLabel);
    nameAfterCaption(m_impactList, m_impactTitle);
    for (int i = 0; i < m_rule->count(); ++i)
        m_rule->setItemText(i, CompliancePolicy::ruleName(PolicyRule(m_rule->itemData(i).toInt())));
    fillList();
    fillForm();
    updateState();
    showImpact();
}

void PolicyEditor::fillList()
{
    m_filling = true;
    m_list->clear();
    for (const CompliancePolicy &policy : std::as_const(m_working)) {
        const auto saved = m_saved.constFind(policy.id);
        const bool changed = saved == m_saved.cend() || !FleetImpact::samePolicy(*saved, policy);
        //: A policy in the list: its name and rule; the star marks unsaved changes.
        m_list->addItem(tr("%1%2\n%3").arg(policy.name, changed ? QStringLiteral(" *") : QString(),
                                           policy.ruleText()));
    }
    m_list->setCurrentRow(m_currentRow);
    m_filling = false;
}

void PolicyEditor::fillForm()
{
    m_filling = true;
    const bool has = m_currentRow >= 0 && m_currentRow < m_working.size();
    const CompliancePolicy policy = has ? m_working.at(m_currentRow) : CompliancePolicy();
    m_name->setText(policy.name);
    m_rule->setCurrentIndex(m_rule->findData(int(policy.rule)));
    m_parameter->setText(policy.parameter);
    switch (policy.rule) {
    case PolicyRule::OsBelowMinimum:
        m_parameterLabel->setText(tr("Minimum OS version:"));
        m_parameter->setPlaceholderText(tr("e.g. 16.0"));
        break;
    case PolicyRule::BlockedAppPresent:
        m_parameterLabel->setText(tr("Blocked app id:"));
        m_parameter->setPlaceholderText(tr("e.g. com.example.game"));
        break;
    case PolicyRule::OutOfContact:
        m_parameterLabel->setText(tr("Days without check-in:"));
        m_parameter->setPlaceholderText(tr("e.g. 30"));
        break;
    case PolicyRule::Jailbroken:
    case PolicyRule::NoPasscode:
    case PolicyRule::NotEncrypted:
        m_parameterLabel->setText(tr("Parameter:"));
        m_parameter->setPlaceholderText(tr("This rule has no parameter."));
        break;
    }
    const int selected = m_steps->currentRow();
    m_steps->setRowCount(0);
    for (const PolicyStep &step : policy.steps)
        addStepRow(step);
    if (selected >= 0 && selected < m_steps->rowCount())
        m_steps->selectRow(selected);
    m_filling = false;
}

void PolicyEditor::addStepRow(const PolicyStep &step)
{
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    auto *action = new QComboBox(m_steps);
    for (ComplianceAction each : ComplianceActions::all())
        action->addItem(ComplianceActions::displayName(each), int(each));
    action->setCurrentIndex(action->findData(int(step.action)));
    auto *wait = new QSpinBox(m_steps);
    wait->setRange(0, 3650);
    wait->setValue(step.waitDays);
    //: Shown in the wait box when the action is taken at once (a wait of 0 days).
    wait->setSpecialValueText(tr("now"));
    // QAbstractSpinBox pads the numbers it measures for its size hint but not the special value
    // text, so a longer "now" (Japanese) was cut: give it the same room as a number.
    const QFontMetrics metrics(wait->font());
    wait->setMinimumWidth(wait->sizeHint().width() + metrics.horizontalAdvance(QStringLiteral("00")));
    m_steps->setCellWidget(row, 0, action);
    m_steps->setCellWidget(row, 1, wait);
    // Named for screen readers, and right after the table (and the previous step) for the
    // Tab key, not after every other widget of the window as widgets made later would be.
    //: %1 is the step's number in the policy's list of actions.
    action->setAccessibleName(tr("Action %1").arg(row + 1));
    //: %1 is the step's number in the policy's list of actions.
    wait->setAccessibleName(tr("Wait before action %1, in days").arg(row + 1));
    QWidget *previous = row == 0 ? static_cast<QWidget *>(m_steps) : m_steps->cellWidget(row - 1, 1);
    setTabOrder(previous, action);
    setTabOrder(action, wait);
    action->setEnabled(!m_readOnly);
    wait->setEnabled(!m_readOnly);
    connect(action, &QComboBox::currentIndexChanged, this, [this] { formEdited(0); });
    connect(wait, &QSpinBox::valueChanged, this, [this] { formEdited(kMergeWait); });
}

CompliancePolicy PolicyEditor::policyFromForm() const
{
    CompliancePolicy policy = m_working.at(m_currentRow);
    policy.name = m_name->text();
    policy.rule = PolicyRule(m_rule->currentData().toInt());
    policy.parameter = CompliancePolicy::ruleNeedsParameter(policy.rule) ? m_parameter->text() : QString();
    policy.steps.clear();
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const auto *action = static_cast<QComboBox *>(m_steps->cellWidget(row, 0));
        const auto *wait = static_cast<QSpinBox *>(m_steps->cellWidget(row, 1));
        policy.steps.append(PolicyStep{ComplianceAction(action->currentData().toInt()), wait->value()});
    }
    return policy;
}

void PolicyEditor::formEdited(int mergeId)
{
    if (m_filling || m_readOnly || m_currentRow < 0)
        return;
    QList<CompliancePolicy> after = m_working;
    after[m_currentRow] = policyFromForm();
    if (FleetImpact::samePolicy(after.at(m_currentRow), m_working.at(m_currentRow)))
        return;
    m_undo->push(new PolicyEditCommand(this, m_working, after, m_currentRow, m_currentRow, mergeId,
                                       tr("Edit %1").arg(after.at(m_currentRow).name)));
}

void PolicyEditor::addStep()
{
    if (m_readOnly || m_currentRow < 0)
        return;
    CompliancePolicy policy = m_working.at(m_currentRow);
    // The next action not used yet, one day after the last wait: a sensible start.
    ComplianceAction next = ComplianceAction::SendAlert;
    for (ComplianceAction each : ComplianceActions::all()) {
        const bool used = std::any_of(policy.steps.cbegin(), policy.steps.cend(),
                                      [each](const PolicyStep &step) { return step.action == each; });
        if (!used) {
            next = each;
            break;
        }
    }
    const int wait = policy.steps.isEmpty() ? 0 : policy.steps.constLast().waitDays + 1;
    policy.steps.append(PolicyStep{next, wait});
    editPolicy(policy, tr("Add action"));
    m_steps->selectRow(m_steps->rowCount() - 1);
}

void PolicyEditor::removeStep()
{
    const int step = m_steps->currentRow();
    if (m_readOnly || m_currentRow < 0 || step < 0)
        return;
    CompliancePolicy policy = m_working.at(m_currentRow);
    policy.steps.removeAt(step);
    editPolicy(policy, tr("Remove action"));
}

void PolicyEditor::moveStep(int delta)
{
    const int step = m_steps->currentRow();
    CompliancePolicy policy = m_currentRow >= 0 ? m_working.at(m_currentRow) : CompliancePolicy();
    if (m_readOnly || step < 0 || step + delta < 0 || step + delta >= policy.steps.size())
        return;
    policy.steps.move(step, step + delta);
    editPolicy(policy, tr("Move action"));
    m_steps->selectRow(step + delta);
}

void PolicyEditor::updateState()
{
    m_validation.clear();
    QSet<qint64> ids;
    // The selected policy's problem first: that is the one being edited.
    if (m_currentRow >= 0 && m_currentRow < m_working.size())
        m_validation = m_working.at(m_currentRow).validate();
    for (const CompliancePolicy &policy : std::as_const(m_working)) {
        if (m_validation.isEmpty())
            m_validation = policy.validate();
        if (m_validation.isEmpty() && ids.contains(policy.id))
            m_validation = tr("Two policies have the id %1.").arg(policy.id);
        ids.insert(policy.id);
    }
    m_validationLabel->setText(m_validation);
    m_validationLabel->setVisible(!m_validation.isEmpty());
    m_readOnlyBanner->setText(readOnlyReason());
    m_readOnlyBanner->setVisible(m_readOnly);
    const bool has = m_currentRow >= 0;
    const bool editable = !m_readOnly && has && !m_service->isSaving();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_name, m_rule, m_addStep})
        widget->setEnabled(editable);
    m_parameter->setEnabled(editable && CompliancePolicy::ruleNeedsParameter(PolicyRule(m_rule->currentData().toInt())));
    const int step = m_steps->currentRow();
    m_removeStep->setEnabled(editable && step >= 0);
    m_upStep->setEnabled(editable && step > 0);
    m_downStep->setEnabled(editable && step >= 0 && step + 1 < m_steps->rowCount());
    m_newButton->setEnabled(!m_readOnly && !m_service->isSaving());
    m_undoButton->setEnabled(!m_readOnly && m_undo->canUndo());
    m_redoButton->setEnabled(!m_readOnly && m_undo->canRedo());
    const bool modified = isModified();
    m_revertButton->setEnabled(!m_readOnly && modified);
    m_saveButton->setEnabled(!m_readOnly && modified && m_validation.isEmpty() && !m_service->isSaving());
    m_statusLabel->setText(m_status);
    m_statusLabel->setVisible(!m_status.isEmpty());
}

void PolicyEditor::setPreviewDevice(qint64 deviceId)
{
    m_previewDevice = deviceId;
    if (m_previewDeviceId->text() != QString::number(deviceId))
        m_previewDeviceId->setText(deviceId > 0 ? QString::number(deviceId) : QString());
    updatePreview();
}

void PolicyEditor::updatePreview()
{
    if (m_previewDevice <= 0) {
        m_preview->clear({});
        return;
    }
    QString error;
    const std::optional<DeviceRecord> device = m_service->device(m_previewDevice, &error);
    if (!device) {
        m_preview->clear(error.isEmpty() ? tr("There is no device with id %1.").arg(m_previewDevice) : error);
        return;
    }
    const QHash<qint64, CompliancePolicy> policies = workingHash();
    m_preview->setPreview(*device, PolicyPreview::build(*device, policies, QDateTime::currentDateTimeUtc(),
                                                        m_service->tenantId()),
                          policies);
}

void PolicyEditor::startImpact()
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
    const QHash<qint64, CompliancePolicy> after = workingHash();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_impactWatcher.setFuture(QtConcurrent::run([fleet, before, after, now, cancel] {
        return FleetImpact::compute(*fleet, before, after, now, cancel.get());
    }));
    m_impactSummary->setText(tr("Computing the fleet impact…"));
}

void PolicyEditor::onImpactFinished()
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

void PolicyEditor::showImpact()
{
    if (!m_fleet) {
        m_impactList->setRowCount(0);
        // Until the watcher hands over its result (even when the read already ended), the
        // fleet is being read.
        if (m_fleetError.isEmpty() || m_fleetWatcher.isRunning())
            m_impactSummary->setText(tr("Reading the fleet for the impact…"));
        else
            //: %1 says why the devices could not be read from the store.
            m_impactSummary->setText(tr("The fleet impact is not available: %1").arg(m_fleetError));
        return;
    }
    if (m_impactWatcher.isRunning())
        return;
    if (m_impact.changes.isEmpty()) {
        m_impactSummary->setText(isModified()
                                     ? tr("No device changes what Azure receives (%n device(s) evaluated).", nullptr,
                                          m_impact.devices)
                                     : tr("No unsaved changes."));
    } else {
        QStringList lines;
        lines.append(tr("Compliant → Non-compliant: %n device(s)", nullptr, m_impact.toNonCompliant));
        lines.append(tr("Non-compliant → Compliant: %n device(s)", nullptr, m_impact.toCompliant));
        lines.append(tr("Removed from Azure (retired): %n device(s)", nullptr, m_impact.toRemoved));
        if (m_impact.backFromRemoved > 0)
            lines.append(tr("No longer retired: %n device(s)", nullptr, m_impact.backFromRemoved));
        if (m_impact.changes.size() > kMaxImpactRows)
            lines.append(tr("The list shows the first %1.").arg(kMaxImpactRows));
        m_impactSummary->setText(lines.join(u'\n'));
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
        m_impactSummary->setText(m_impactSummary->text() + u'\n'
                                 + tr("New or changed rule (%1): the MDM decides which devices violate it as they "
                                      "check in; the counts cover only the devices that violate it today.")
                                       .arg(reevaluated.join(QStringLiteral(", "))));
    }
    const int rows = int(std::min<qsizetype>(m_impact.changes.size(), kMaxImpactRows));
    m_impactList->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const FleetImpact::Change &change = m_impact.changes.at(row);
        m_impactList->setItem(row, 0, new QTableWidgetItem(change.deviceName));
        m_impactList->setItem(row, 1, new QTableWidgetItem(QString::number(change.deviceId)));
        m_impactList->setItem(row, 2, new QTableWidgetItem(FleetImpact::transitionText(change.before, change.after)));
    }
    m_impactList->resizeColumnsToContents();
}

void PolicyEditor::onRoleChanged()
{
    m_readOnly = !m_service->canEdit();
    fillForm();
    updateState();
}

bool PolicyEditor::maybeSave()
{
    if (!isModified() || m_readOnly)
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Unsaved policy changes"),
        tr("The policies have unsaved changes. Save them to the MDM, discard them, or keep editing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        revert();
    else if (m_validation.isEmpty())
        save();
    else
        return false; // invalid edits cannot be saved; stay so they can be fixed
    return true;
}

void PolicyEditor::revert()
{
    reload();
}

void PolicyEditor::save()
{
    if (m_readOnly || !m_validation.isEmpty() || m_service->isSaving())
        return;
    QList<CompliancePolicy> changed;
    for (const CompliancePolicy &policy : std::as_const(m_working)) {
        const auto saved = m_saved.constFind(policy.id);
        if (saved == m_saved.cend() || !FleetImpact::samePolicy(*saved, policy))
            changed.append(policy);
    }
    if (changed.isEmpty())
        return;
    m_status = tr("Saving to the MDM…");
    m_service->save(changed);
    updateState();
}

void PolicyEditor::onSaveFinished(bool ok, const QString &error, const QList<CompliancePolicy> &saved, int reported)
{
    for (const CompliancePolicy &policy : saved)
        m_saved.insert(policy.id, policy);
    if (ok) {
        m_status = tr("Saved %n policy(s); %1 queued for Azure.", nullptr, int(saved.size()))
                       .arg(tr("%n device report(s)", nullptr, reported));
        // Everything is saved: undoing past this point would edit saved policies.
        m_undo->clear();
        m_undo->setClean();
    } else {
        m_status = tr("Not saved: %1").arg(error);
    }
    fillList();
    updateState();
    startImpact();
    updatePreview();
    emit saveFinished(ok, m_status);
}
