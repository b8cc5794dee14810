#include "ui/devicedetails/violatedrulesbox.h"

#include "ui/devicedetails/detailswidgets.h"
#include "ui/devicedetails/showndevice.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace DetailsWidgets;

ViolatedRulesBox::ViolatedRulesBox(QWidget *parent)
    : QGroupBox(parent)
    , m_none(valueLabel(this, "noViolationsLabel"))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_nextEscalation(nullptr)
{
    setObjectName(QStringLiteral("violationsBox"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_none);
    m_table->setObjectName(QStringLiteral("violationsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    // A handful of rows: the table is as tall as its rows (fitTable) and the page scrolls
    // instead; only a narrow window gives it a horizontal scroll bar.
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->installEventFilter(this);
    layout->addWidget(m_table);
    m_nextEscalation = valueLabel(this, "nextEscalationValue");
    layout->addWidget(m_nextEscalation);
}

void ViolatedRulesBox::retranslate()
{
    setTitle(tr("Violated rules"));
    m_table->setAccessibleName(tr("Violated rules"));
    m_none->setText(tr("No violated rules."));
    m_table->setHorizontalHeaderLabels(
        { tr("Policy"), tr("Rule"), tr("Violated since"), tr("Action in effect"), tr("Next escalation") });
}

bool ViolatedRulesBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        fitTable();
    return QGroupBox::eventFilter(watched, event);
}

void ViolatedRulesBox::fitTable()
{
    // Done by hand rather than with stretchLastSection, which keeps a stale width when
    // the columns are resized to new contents while the table keeps its size.
    QTableWidget *table = m_table;
    const int frame = 2 * table->frameWidth();
    const int available = table->width() - frame;
    int others = 0;
    for (int column = 0; column < NextEscalationColumn; ++column)
        others += table->columnWidth(column);
    table->setColumnWidth(NextEscalationColumn, std::max(m_lastColumnContentWidth, available - others));
    const bool scrollBar = others + m_lastColumnContentWidth > available;
    const int height = frame + table->horizontalHeader()->sizeHint().height()
        + table->verticalHeader()->length()
        + (scrollBar ? table->horizontalScrollBar()->sizeHint().height() : 0);
    if (table->height() != height)
        table->setFixedHeight(height);
}

void ViolatedRulesBox::render(const ShownDevice &shown)
{
    const DeviceEvaluation &evaluation = shown.evaluation;
    const QDateTime &now = shown.now;

    const auto sinceText = [&now](const QDateTime &since) {
        if (!since.isValid())
            return dash();
        const qint64 days = now.isValid() ? since.secsTo(now) / 86400 : 0;
        return days >= 1 ? tr("%1 (%Ln day(s) ago)", nullptr, int(days)).arg(shortDateTime(since))
                         : shortDateTime(since);
    };

    QTableWidget *table = m_table;
    table->setRowCount(0);
    for (const PolicyEvaluation &policyResult : evaluation.policies) {
        const CompliancePolicy policy = shown.policies.value(policyResult.policyId);
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, PolicyColumn, cell(policy.name));
        table->setItem(row, RuleColumn, cell(policy.ruleText()));
        table->setItem(row, SinceColumn, cell(sinceText(policyResult.since)));
        table->setItem(row, ActionColumn, cell(ComplianceActions::displayName(policyResult.action)));
        table->setItem(row, NextEscalationColumn,
            cell(policyResult.nextEscalation.isValid()
                    //: Next escalation of one policy: "<action> on <date>".
                    ? tr("%1 on %2")
                          .arg(ComplianceActions::displayName(policyResult.nextAction),
                              shortDateTime(policyResult.nextEscalation))
                    : tr("none")));
    }
    for (const qint64 policyId : evaluation.unknownPolicyIds) {
        QDateTime since;
        for (const Violation &violation : shown.device.violations) {
            if (violation.policyId == policyId)
                since = violation.since;
        }
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, PolicyColumn, cell(tr("Unknown policy #%1").arg(policyId)));
        table->setItem(row, RuleColumn, cell(dash()));
        table->setItem(row, SinceColumn, cell(sinceText(since)));
        // The evaluator cannot know the actions of a policy it does not have.
        table->setItem(row, ActionColumn, cell(tr("Not counted")));
        table->setItem(row, NextEscalationColumn, cell(tr("none")));
    }
    const bool any = table->rowCount() > 0;
    table->setVisible(any);
    m_none->setVisible(!any);
    table->resizeColumnsToContents();
    m_lastColumnContentWidth = table->columnWidth(NextEscalationColumn);
    table->resizeRowsToContents();
    fitTable();

    QString next;
    if (evaluation.nextEscalation.isValid()) {
        //: The device's next escalation: "Becomes <action> on <date>".
        next = tr("Becomes %1 on %2")
                   .arg(ComplianceActions::displayName(evaluation.nextAction),
                       longDateTime(evaluation.nextEscalation));
        const AzureOutcome nextOutcome = ComplianceActions::outcomeOf(evaluation.nextAction);
        if (nextOutcome != evaluation.outcome)
            next = tr("%1; Azure then receives: %2").arg(next, ComplianceActions::outcomeName(nextOutcome));
    }
    setTextShown(m_nextEscalation, next);
}
