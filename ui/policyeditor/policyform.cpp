#include "ui/policyeditor/policyform.h"

#include "models/fleetimpact.h"
#include "ui/accessiblename.h"
#include "ui/policyeditor.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

// Texts are PolicyEditor::tr(): they keep the editor's context, where the translations are.

PolicyForm::PolicyForm(QWidget *parent)
    : QWidget(parent)
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
{
    m_name->setObjectName(QStringLiteral("policyName"));
    m_rule->setObjectName(QStringLiteral("policyRule"));
    m_parameter->setObjectName(QStringLiteral("policyParameter"));
    m_steps->setObjectName(QStringLiteral("policySteps"));
    m_steps->verticalHeader()->hide();
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Each field is named by the label beside it, for screen readers; Tab leaves the table.
    m_nameLabel->setBuddy(m_name);
    m_ruleLabel->setBuddy(m_rule);
    m_parameterLabel->setBuddy(m_parameter);
    m_actionsLabel->setBuddy(m_steps);
    m_steps->setTabKeyNavigation(false);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_ruleLabel, m_rule);
    form->addRow(m_parameterLabel, m_parameter);
    auto *stepButtons = new QHBoxLayout;
    for (QPushButton *button : { m_addStep, m_removeStep, m_upStep, m_downStep })
        stepButtons->addWidget(button);
    stepButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_actionsLabel);
    layout->addWidget(m_steps, 1);
    layout->addLayout(stepButtons);

    for (PolicyRule rule : CompliancePolicy::allRules())
        m_rule->addItem(QString(), int(rule));

    connect(m_name, &QLineEdit::textEdited, this, [this] { fieldEdited(kMergeName); });
    connect(m_parameter, &QLineEdit::textEdited, this, [this] { fieldEdited(kMergeParameter); });
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] { fieldEdited(0); });
    connect(m_addStep, &QPushButton::clicked, this, &PolicyForm::addStep);
    connect(m_removeStep, &QPushButton::clicked, this, &PolicyForm::removeStep);
    connect(m_upStep, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_downStep, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_steps, &QTableWidget::itemSelectionChanged, this, [this] { updateState(m_editable); });
}

void PolicyForm::retranslate()
{
    m_nameLabel->setText(PolicyEditor::tr("Name:"));
    m_ruleLabel->setText(PolicyEditor::tr("Rule:"));
    m_actionsLabel->setText(
        PolicyEditor::tr("Actions, in order (the most restrictive one whose wait has elapsed applies):"));
    m_steps->setHorizontalHeaderLabels({ PolicyEditor::tr("Action"), PolicyEditor::tr("Wait (days)") });
    nameAfterCaption(m_steps, m_actionsLabel);
    m_addStep->setText(PolicyEditor::tr("Add action"));
    m_removeStep->setText(PolicyEditor::tr("Remove"));
    m_upStep->setText(PolicyEditor::tr("Move up"));
    m_downStep->setText(PolicyEditor::tr("Move down"));
    for (int i = 0; i < m_rule->count(); ++i)
        m_rule->setItemText(i, CompliancePolicy::ruleName(PolicyRule(m_rule->itemData(i).toInt())));
    fill();
}

void PolicyForm::setPolicy(const CompliancePolicy &policy, bool hasPolicy, bool keepFields)
{
    m_policy = policy;
    m_hasPolicy = hasPolicy;
    if (!keepFields)
        fill();
}

void PolicyForm::fill()
{
    m_filling = true;
    const CompliancePolicy &policy = m_policy;
    m_name->setText(policy.name);
    m_rule->setCurrentIndex(m_rule->findData(int(policy.rule)));
    m_parameter->setText(policy.parameter);
    switch (policy.rule) {
    case PolicyRule::OsBelowMinimum:
        m_parameterLabel->setText(PolicyEditor::tr("Minimum OS version:"));
        m_parameter->setPlaceholderText(PolicyEditor::tr("e.g. 16.0"));
        break;
    case PolicyRule::BlockedAppPresent:
        m_parameterLabel->setText(PolicyEditor::tr("Blocked app id:"));
        m_parameter->setPlaceholderText(PolicyEditor::tr("e.g. com.example.game"));
        break;
    case PolicyRule::OutOfContact:
        m_parameterLabel->setText(PolicyEditor::tr("Days without check-in:"));
        m_parameter->setPlaceholderText(PolicyEditor::tr("e.g. 30"));
        break;
    case PolicyRule::Jailbroken:
    case PolicyRule::NoPasscode:
    case PolicyRule::NotEncrypted:
        m_parameterLabel->setText(PolicyEditor::tr("Parameter:"));
        m_parameter->setPlaceholderText(PolicyEditor::tr("This rule has no parameter."));
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

void PolicyForm::addStepRow(const PolicyStep &step)
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
    wait->setSpecialValueText(PolicyEditor::tr("now"));
    // QAbstractSpinBox pads the numbers it measures for its size hint but not the special value
    // text, so a longer "now" (Japanese) was cut: give it the same room as a number.
    const QFontMetrics metrics(wait->font());
    wait->setMinimumWidth(wait->sizeHint().width() + metrics.horizontalAdvance(QStringLiteral("00")));
    m_steps->setCellWidget(row, 0, action);
    m_steps->setCellWidget(row, 1, wait);
    // Named for screen readers, and right after the table (and the previous step) for the
    // Tab key, not after every other widget of the window as widgets made later would be.
    //: %1 is the step's number in the policy's list of actions.
    action->setAccessibleName(PolicyEditor::tr("Action %1").arg(row + 1));
    //: %1 is the step's number in the policy's list of actions.
    wait->setAccessibleName(PolicyEditor::tr("Wait before action %1, in days").arg(row + 1));
    QWidget *previous = row == 0 ? static_cast<QWidget *>(m_steps) : m_steps->cellWidget(row - 1, 1);
    setTabOrder(previous, action);
    setTabOrder(action, wait);
    action->setEnabled(!m_readOnly);
    wait->setEnabled(!m_readOnly);
    connect(action, &QComboBox::currentIndexChanged, this, [this] { fieldEdited(0); });
    connect(wait, &QSpinBox::valueChanged, this, [this] { fieldEdited(kMergeWait); });
}

CompliancePolicy PolicyForm::policy() const
{
    CompliancePolicy policy = m_policy;
    policy.name = m_name->text();
    policy.rule = PolicyRule(m_rule->currentData().toInt());
    policy.parameter = CompliancePolicy::ruleNeedsParameter(policy.rule) ? m_parameter->text() : QString();
    policy.steps.clear();
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const auto *action = static_cast<QComboBox *>(m_steps->cellWidget(row, 0));
        const auto *wait = static_cast<QSpinBox *>(m_steps->cellWidget(row, 1));
        policy.steps.append(PolicyStep { ComplianceAction(action->currentData().toInt()), wait->value() });
    }
    return policy;
}

bool PolicyForm::shows(const CompliancePolicy &policy) const
{
    return m_hasPolicy && m_steps->rowCount() == m_policy.steps.size()
        && FleetImpact::samePolicy(this->policy(), policy);
}

void PolicyForm::fieldEdited(int mergeId)
{
    if (!m_filling)
        emit edited(mergeId);
}

void PolicyForm::selectStep(int row)
{
    m_steps->selectRow(row);
}

void PolicyForm::addStep()
{
    if (m_readOnly || !m_hasPolicy)
        return;
    CompliancePolicy policy = m_policy;
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
    policy.steps.append(PolicyStep { next, wait });
    emit changeRequested(policy, PolicyEditor::tr("Add action"));
    m_steps->selectRow(m_steps->rowCount() - 1);
}

void PolicyForm::removeStep()
{
    const int step = m_steps->currentRow();
    if (m_readOnly || !m_hasPolicy || step < 0)
        return;
    CompliancePolicy policy = m_policy;
    policy.steps.removeAt(step);
    emit changeRequested(policy, PolicyEditor::tr("Remove action"));
}

void PolicyForm::moveStep(int delta)
{
    const int step = m_steps->currentRow();
    CompliancePolicy policy = m_hasPolicy ? m_policy : CompliancePolicy();
    if (m_readOnly || step < 0 || step + delta < 0 || step + delta >= policy.steps.size())
        return;
    policy.steps.move(step, step + delta);
    emit changeRequested(policy, PolicyEditor::tr("Move action"));
    m_steps->selectRow(step + delta);
}

void PolicyForm::updateState(bool editable)
{
    m_editable = editable;
    for (QWidget *widget : std::initializer_list<QWidget *> { m_name, m_rule, m_addStep })
        widget->setEnabled(editable);
    m_parameter->setEnabled(
        editable && CompliancePolicy::ruleNeedsParameter(PolicyRule(m_rule->currentData().toInt())));
    const int step = m_steps->currentRow();
    m_removeStep->setEnabled(editable && step >= 0);
    m_upStep->setEnabled(editable && step > 0);
    m_downStep->setEnabled(editable && step >= 0 && step + 1 < m_steps->rowCount());
}
