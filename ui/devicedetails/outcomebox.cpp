#include "ui/devicedetails/outcomebox.h"

#include "ui/devicedetails/detailswidgets.h"
#include "ui/devicedetails/showndevice.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace DetailsWidgets;

OutcomeBox::OutcomeBox(QWidget *parent)
    : QGroupBox(parent)
    , m_outcomeLabel(fieldLabel(this, "outcomeLabel"))
    , m_outcome(emphasisedValueLabel(this, "outcomeValue"))
    , m_outcomeDescription(valueLabel(this, "outcomeDescription"))
    , m_retireLine(new QWidget(this))
    , m_retireNote(emphasisedValueLabel(m_retireLine, "retireNote"))
    , m_retireDeletion(valueLabel(m_retireLine, "retireDeletionNote"))
    , m_actionLabel(fieldLabel(this, "actionLabel"))
    , m_action(valueLabel(this, "actionValue"))
    , m_causeLabel(fieldLabel(this, "causeLabel"))
    , m_cause(valueLabel(this, "causeValue"))
{
    setObjectName(QStringLiteral("outcomeBox"));
    QFormLayout *outcomeForm = form(this);
    // Retire is the one outcome that fixing the device does not undo: flag it.
    m_retireLine->setObjectName(QStringLiteral("retireLine"));
    auto *retireLayout = new QHBoxLayout(m_retireLine);
    retireLayout->setContentsMargins(0, 0, 0, 0);
    retireLayout->addWidget(warningIcon(m_retireLine, "retireIcon"), 0, Qt::AlignTop);
    auto *retireText = new QVBoxLayout;
    retireText->setSpacing(2);
    retireText->addWidget(m_retireNote);
    retireText->addWidget(m_retireDeletion);
    retireLayout->addLayout(retireText, 1);
    outcomeForm->addRow(m_outcomeLabel, valueColumn(this, { m_outcome, m_outcomeDescription, m_retireLine }));
    outcomeForm->addRow(m_actionLabel, m_action);
    outcomeForm->addRow(m_causeLabel, m_cause);
}

void OutcomeBox::retranslate()
{
    setTitle(tr("What Azure receives"));
    m_outcomeLabel->setText(tr("Azure outcome"));
    m_actionLabel->setText(tr("Effective action"));
    m_causeLabel->setText(tr("Caused by"));
}

void OutcomeBox::render(const ShownDevice &shown)
{
    const DeviceEvaluation &evaluation = shown.evaluation;
    m_outcome->setText(ComplianceActions::outcomeName(evaluation.outcome));
    m_outcomeDescription->setText(ComplianceActions::outcomeDescription(evaluation.outcome));
    const bool retired = evaluation.action == ComplianceAction::Retire;
    m_retireNote->setText(retired
            //: notManaged and notCompliant are protocol values: keep them verbatim.
            ? tr("Retired: the device is reported to Azure as notManaged and notCompliant, and Azure deletes "
                 "its record after 90 days.")
            : QString());
    m_retireLine->setVisible(retired);
    const QDateTime reported = shown.device.reportTime;
    setTextShown(m_retireDeletion,
        retired && reported.isValid()
            //: %1 is the Azure outcome "Device data removed from Azure platform"; %2 a date.
            ? tr("%1; Azure deletes the record on %2")
                  .arg(ComplianceActions::outcomeName(AzureOutcome::RemovedFromAzure),
                      QLocale().toString(reported.addDays(90).toLocalTime().date(), QLocale::LongFormat))
            : QString());
    m_action->setText(ComplianceActions::displayName(evaluation.action));

    const QString compliant = ComplianceActions::outcomeName(AzureOutcome::Compliant);
    QString cause;
    if (evaluation.causePolicyId != 0) {
        const auto it = shown.policies.constFind(evaluation.causePolicyId);
        cause = it != shown.policies.constEnd() ? tr("Policy \"%1\": %2").arg(it->name, it->ruleText())
                                                : tr("Unknown policy #%1").arg(evaluation.causePolicyId);
    } else if (!evaluation.policies.isEmpty()) {
        // Rules are violated but every first step is still waiting.
        cause = tr("No violated rule has an action in effect yet: %1").arg(compliant);
    } else if (!evaluation.unknownPolicyIds.isEmpty()) {
        cause = tr("No violated rule of a known policy: %1").arg(compliant);
    } else {
        cause = tr("No violated rule: %1").arg(compliant);
    }
    m_cause->setText(cause);
}
