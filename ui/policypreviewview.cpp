#include "ui/policypreviewview.h"

#include "app/reporting/reportplanner.h"
#include "ui/fixedpitchfont.h"
#include "ui/accessiblename.h"
#include "ui/readablecolors.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

PolicyPreviewView::PolicyPreviewView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_actionLabel(new QLabel(this))
    , m_action(new QLabel(this))
    , m_outcomeLabel(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_causeLabel(new QLabel(this))
    , m_cause(new QLabel(this))
    , m_timelineLabel(new QLabel(this))
    , m_timeline(new QTableWidget(0, 4, this))
    , m_payloadLabel(new QLabel(this))
    , m_payload(new QPlainTextEdit(this))
    , m_notSent(new QLabel(this))
{
    m_notSent->setObjectName(QStringLiteral("previewNotSent"));
    m_notSent->setWordWrap(true);
    ReadableColors::setTone(m_notSent, ReadableColors::Tone::Warning);
    setObjectName(QStringLiteral("policyPreview"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    for (QLabel *value : {m_action, m_outcome, m_cause}) {
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_outcome->setObjectName(QStringLiteral("previewOutcome"));
    m_action->setObjectName(QStringLiteral("previewAction"));
    m_cause->setObjectName(QStringLiteral("previewCause"));
    m_timeline->setObjectName(QStringLiteral("previewTimeline"));
    m_timeline->verticalHeader()->hide();
    m_timeline->setTabKeyNavigation(false);
    // Named by their captions for screen readers.
    m_timelineLabel->setBuddy(m_timeline);
    m_payloadLabel->setBuddy(m_payload);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_timeline->setWordWrap(true);
    m_timeline->setMinimumHeight(110);
    // Rows were sized while the step column was still narrow and stayed tall once it widened.
    connect(m_timeline->horizontalHeader(), &QHeaderView::sectionResized, m_timeline,
        [this] { m_timeline->resizeRowsToContents(); }, Qt::QueuedConnection);
    m_payload->setObjectName(QStringLiteral("previewPayload"));
    m_payload->setReadOnly(true);
    m_payload->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_payload->setFont(FixedPitchFont::font());
    m_payload->setMinimumHeight(90);

    auto *form = new QFormLayout;
    form->addRow(m_actionLabel, m_action);
    form->addRow(m_outcomeLabel, m_outcome);
    form->addRow(m_causeLabel, m_cause);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_timelineLabel);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_payloadLabel);
    layout->addWidget(m_payload, 1);
    layout->addWidget(m_notSent);
    retranslate();
}

PolicyPreviewView::~PolicyPreviewView() = default;

void PolicyPreviewView::setPreview(const DeviceRecord &device, const PolicyPreview &preview,
                                   const QHash<qint64, CompliancePolicy> &policies)
{
    m_hasDevice = true;
    m_device = device;
    m_preview = preview;
    m_policies = policies;
    fill();
}

void PolicyPreviewView::clear(const QString &message)
{
    m_hasDevice = false;
    m_message = message;
    fill();
}

void PolicyPreviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PolicyPreviewView::retranslate()
{
    m_actionLabel->setText(tr("Action in effect:"));
    m_outcomeLabel->setText(tr("Azure receives:"));
    m_causeLabel->setText(tr("Caused by:"));
    m_timelineLabel->setText(tr("Escalation timeline"));
    nameAfterCaption(m_timeline, m_timelineLabel);
    m_payloadLabel->setText(tr("Upload payload (DataUploadMessages body)"));
    m_timeline->setHorizontalHeaderLabels({tr("When"), tr("Step"), tr("Action in effect"), tr("Azure receives")});
    fill();
}

void PolicyPreviewView::fill()
{
    if (!m_hasDevice) {
        m_title->setText(m_message.isEmpty() ? tr("Select a device to preview what Azure receives for it.")
                                             : m_message);
        for (QLabel *value : {m_action, m_outcome, m_cause})
            value->clear();
        m_timeline->setRowCount(0);
        m_payload->clear();
        m_notSent->hide();
        return;
    }
    //: The preview's title: the device name and its MDM id.
    m_title->setText(tr("Preview for %1 (id %2)").arg(m_device.name).arg(m_device.id));
    const DeviceEvaluation &evaluation = m_preview.evaluation;
    m_action->setText(evaluation.action == ComplianceAction::None ? tr("None (no violated rule has an action in effect)")
                                                                  : ComplianceActions::displayName(evaluation.action));
    m_outcome->setText(ComplianceActions::outcomeName(evaluation.outcome));
    m_cause->setText(m_preview.causeText.isEmpty() ? tr("No violated rule") : m_preview.causeText);

    const QLocale locale;
    m_timeline->setRowCount(int(m_preview.timeline.size()));
    for (int row = 0; row < m_preview.timeline.size(); ++row) {
        const PolicyPreview::Moment &moment = m_preview.timeline.at(row);
        const QString when = row == 0 ? tr("Today") : locale.toString(moment.at.toLocalTime(), QLocale::ShortFormat);
        QString step;
        if (moment.policyId != 0) {
            //: A timeline step: "Quarantine after 7 days (Jailbreak check)".
            step = tr("%1 %2 (%3)")
                       .arg(ComplianceActions::displayName(moment.step.action),
                            PolicyPreview::waitText(moment.step.waitDays), m_policies.value(moment.policyId).name);
        } else {
            step = tr("In effect now");
        }
        const QString action = moment.action == ComplianceAction::None ? tr("None")
                                                                        : ComplianceActions::displayName(moment.action);
        const QStringList cells{when, step, action, ComplianceActions::outcomeName(moment.outcome)};
        for (int column = 0; column < cells.size(); ++column)
            m_timeline->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_timeline->resizeRowsToContents();
    m_payload->setPlainText(QString::fromUtf8(m_preview.uploadBody));
    // The payload is what would be sent; a device Azure cannot take is not sent at all.
    m_notSent->setVisible(!ReportPlanner::canReport(m_device));
    if (!m_device.clientStatus.allowsDeviceId() || m_device.azureDeviceId.isBlank()) {
        m_notSent->setText(tr("Not sent: this device has no Azure Device Identifier (Azure Client Status Code: %1), "
                              "so nothing is sent to Azure for it until it has one.")
                               .arg(m_device.clientStatus.isNone() ? tr("none reported")
                                                                   : m_device.clientStatus.wireName()));
    } else {
        //: %1 says why, in a sentence
        m_notSent->setText(tr("Not sent: %1").arg(ReportPlanner::whyNotReportable(m_device)));
    }
}
