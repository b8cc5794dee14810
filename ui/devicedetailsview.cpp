#include "ui/devicedetailsview.h"

#include "app/reporting/reportplanner.h"
#include "models/reporttime.h"
#include "ui/fixedpitchfont.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum ViolationColumn
{
    PolicyColumn,
    RuleColumn,
    SinceColumn,
    ActionColumn,
    NextEscalationColumn,
    ColumnCount
};

enum TimelineColumn
{
    TimelineTimeColumn,
    TimelineEventColumn,
    TimelineTriggerColumn,
    TimelineMessageColumn,
    TimelineDetailColumn,
    TimelineColumnCount
};

// The table grows with its rows up to this many, then scrolls: the timeline keeps up to
// 200 events and the page should not become mostly timeline.
constexpr int kTimelineVisibleRows = 8;

QString dash()
{
    return { QChar(0x2014) };
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? dash() : text;
}

// Dates follow the language the user picked, so the locale is read at render time.
QString longDateTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

QString shortDateTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QLabel *newFieldLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    return label;
}

// Values are data, not markup (a device name may contain '<'), and helpdesk staff copy them.
QLabel *newValueLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *newEmphasisedValueLabel(QWidget *parent, const char *objectName, bool fixedPitch = false)
{
    QLabel *label = newValueLabel(parent, objectName);
    QFont font = fixedPitch ? FixedPitchFont::font() : label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *newReasonLabel(QWidget *parent, const char *objectName)
{
    QLabel *label = newValueLabel(parent, objectName);
    QFont font = label->font();
    font.setItalic(true);
    label->setFont(font);
    return label;
}

QLabel *newWarningIcon(QWidget *parent, const char *objectName)
{
    auto *icon = new QLabel(parent);
    icon->setObjectName(QLatin1String(objectName));
    const QStyle *style = parent->style();
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, parent);
    icon->setPixmap(style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, parent).pixmap(size, size));
    return icon;
}

// The value cell of a form row: the value with its explanations beneath it.
QWidget *newValueColumn(QWidget *parent, std::initializer_list<QWidget *> parts)
{
    auto *column = new QWidget(parent);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QWidget *part : parts)
        layout->addWidget(part);
    return column;
}

QFormLayout *newForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(10);
    return form;
}

void setTextShown(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QTableWidgetItem *newCell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString eventName(const QString &event)
{
    if (event == QLatin1String("queued"))
        //: Report timeline event: the report was written to the outbox.
        return DeviceDetailsView::tr("Queued");
    if (event == QLatin1String("sent"))
        //: Report timeline event: the message was uploaded to Azure.
        return DeviceDetailsView::tr("Sent");
    if (event == QLatin1String("retry"))
        //: Report timeline event: an upload failed and will be tried again.
        return DeviceDetailsView::tr("Retry");
    if (event == QLatin1String("completed"))
        //: Report timeline event: Azure confirmed the report.
        return DeviceDetailsView::tr("Completed");
    if (event == QLatin1String("failed"))
        //: Report timeline event: Azure refused the report, or it could not be delivered.
        return DeviceDetailsView::tr("Failed");
    return event; // a newer build's event: shown as stored rather than dropped
}

// A queued event's detail is data: "<trigger storage name> <AzureOutcome as int>".
struct QueuedDetail
{
    QString trigger;
    std::optional<AzureOutcome> outcome;
};

QueuedDetail parseQueuedDetail(const QString &detail)
{
    QueuedDetail parsed;
    parsed.trigger = detail.section(QLatin1Char(' '), 0, 0);
    bool ok = false;
    const int outcome = detail.section(QLatin1Char(' '), 1, 1).toInt(&ok);
    if (ok && outcome >= int(AzureOutcome::Compliant) && outcome <= int(AzureOutcome::RemovedFromAzure))
        parsed.outcome = AzureOutcome(outcome);
    return parsed;
}
} // namespace

struct DeviceDetailsView::Widgets
{
    struct Row
    {
        QLabel *label = nullptr;
        QLabel *value = nullptr;
    };

    QStackedWidget *stack = nullptr;
    QLabel *placeholder = nullptr;
    QScrollArea *scrollArea = nullptr;

    QLabel *deviceName = nullptr;
    Row user;
    Row platform;

    QGroupBox *outcomeBox = nullptr;
    Row outcome;
    QLabel *outcomeDescription = nullptr;
    QWidget *retireLine = nullptr;
    QLabel *retireNote = nullptr;
    QLabel *retireDeletion = nullptr;
    Row action;
    Row cause;

    QGroupBox *azureBox = nullptr;
    Row azureDeviceId;
    QLabel *azureDeviceIdReason = nullptr;
    QLabel *azureDeviceIdDescription = nullptr;
    Row complianceStatus;
    QLabel *complianceStatusDescription = nullptr;
    QLabel *complianceStatusError = nullptr;
    Row clientStatusCode;
    QLabel *clientStatusUnknownIcon = nullptr;
    QLabel *clientStatusUnknownFlag = nullptr;
    QLabel *clientStatusDescription = nullptr;
    QLabel *clientStatusRemedy = nullptr;
    Row reportTime;
    QLabel *reportTimeReason = nullptr;
    QLabel *reportTimeDescription = nullptr;
    Row entraUser;
    QLabel *entraUserReason = nullptr;

    QGroupBox *timelineBox = nullptr;
    QLabel *noTimeline = nullptr;
    QTableWidget *timelineTable = nullptr;
    QTimer *relayoutTimer = nullptr;
    int timelineContentWidths[TimelineColumnCount] = {};
    int timelineFittedWidth = -1; // the table width the columns were last fitted to

    QGroupBox *violationsBox = nullptr;
    QLabel *noViolations = nullptr;
    QTableWidget *violationsTable = nullptr;
    int lastColumnContentWidth = 0;
    QLabel *nextEscalation = nullptr;

    QGroupBox *inventoryBox = nullptr;
    Row model;
    Row manufacturer;
    Row serialNumber;
    Row imei;
    Row mdmId;
    Row guid;
    Row registrationState;
    Row lastCheckin;
    Row jailbroken;
    Row quarantined;
};

DeviceDetailsView::DeviceDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Widgets>())
{
    buildUi();
    retranslate();
    clear();
}

DeviceDetailsView::~DeviceDetailsView() = default;

void DeviceDetailsView::buildUi()
{
    Widgets &ui = *m_ui;
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    ui.stack = new QStackedWidget(this);
    outer->addWidget(ui.stack);

    ui.placeholder = new QLabel(ui.stack);
    ui.placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    ui.placeholder->setAlignment(Qt::AlignCenter);
    ui.placeholder->setEnabled(false); // the disabled colour reads as "nothing here yet"
    ui.stack->addWidget(ui.placeholder);

    ui.scrollArea = new QScrollArea(ui.stack);
    ui.scrollArea->setObjectName(QStringLiteral("detailsScrollArea"));
    ui.scrollArea->setWidgetResizable(true);
    ui.scrollArea->setFrameShape(QFrame::NoFrame);
    ui.stack->addWidget(ui.scrollArea);

    auto *content = new QWidget(ui.scrollArea);
    content->setObjectName(QStringLiteral("detailsContent"));
    auto *page = new QVBoxLayout(content);
    page->setSpacing(12);

    // Header
    ui.deviceName = newValueLabel(content, "deviceNameValue");
    QFont titleFont = ui.deviceName->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    ui.deviceName->setFont(titleFont);
    page->addWidget(ui.deviceName);
    auto *headerForm = newForm(nullptr);
    headerForm->setVerticalSpacing(4);
    ui.user = { newFieldLabel(content, "userLabel"), newValueLabel(content, "userValue") };
    ui.platform = { newFieldLabel(content, "platformLabel"), newValueLabel(content, "platformValue") };
    headerForm->addRow(ui.user.label, ui.user.value);
    headerForm->addRow(ui.platform.label, ui.platform.value);
    page->addLayout(headerForm);

    // What Azure receives
    ui.outcomeBox = new QGroupBox(content);
    ui.outcomeBox->setObjectName(QStringLiteral("outcomeBox"));
    QFormLayout *outcomeForm = newForm(ui.outcomeBox);
    ui.outcome = { newFieldLabel(ui.outcomeBox, "outcomeLabel"),
        newEmphasisedValueLabel(ui.outcomeBox, "outcomeValue") };
    ui.outcomeDescription = newValueLabel(ui.outcomeBox, "outcomeDescription");
    // Retire is the one outcome that fixing the device does not undo: flag it.
    ui.retireLine = new QWidget(ui.outcomeBox);
    ui.retireLine->setObjectName(QStringLiteral("retireLine"));
    auto *retireLayout = new QHBoxLayout(ui.retireLine);
    retireLayout->setContentsMargins(0, 0, 0, 0);
    retireLayout->addWidget(newWarningIcon(ui.retireLine, "retireIcon"), 0, Qt::AlignTop);
    ui.retireNote = newEmphasisedValueLabel(ui.retireLine, "retireNote");
    ui.retireDeletion = newValueLabel(ui.retireLine, "retireDeletionNote");
    auto *retireText = new QVBoxLayout;
    retireText->setSpacing(2);
    retireText->addWidget(ui.retireNote);
    retireText->addWidget(ui.retireDeletion);
    retireLayout->addLayout(retireText, 1);
    outcomeForm->addRow(ui.outcome.label,
        newValueColumn(ui.outcomeBox, { ui.outcome.value, ui.outcomeDescription, ui.retireLine }));
    ui.action = { newFieldLabel(ui.outcomeBox, "actionLabel"), newValueLabel(ui.outcomeBox, "actionValue") };
    outcomeForm->addRow(ui.action.label, ui.action.value);
    ui.cause = { newFieldLabel(ui.outcomeBox, "causeLabel"), newValueLabel(ui.outcomeBox, "causeValue") };
    outcomeForm->addRow(ui.cause.label, ui.cause.value);
    page->addWidget(ui.outcomeBox);

    // The four Azure fields of the Device Details page, under their official names
    ui.azureBox = new QGroupBox(content);
    ui.azureBox->setObjectName(QStringLiteral("azureFieldsBox"));
    QFormLayout *azureForm = newForm(ui.azureBox);
    // The official field names are long in every language (and longer in French and
    // Japanese): above their values, both get the full width.
    azureForm->setRowWrapPolicy(QFormLayout::WrapAllRows);

    ui.azureDeviceId = { newFieldLabel(ui.azureBox, "azureDeviceIdLabel"),
        newEmphasisedValueLabel(ui.azureBox, "azureDeviceIdValue", true) };
    ui.azureDeviceIdReason = newReasonLabel(ui.azureBox, "azureDeviceIdReason");
    ui.azureDeviceIdDescription = newValueLabel(ui.azureBox, "azureDeviceIdDescription");
    azureForm->addRow(ui.azureDeviceId.label,
        newValueColumn(
            ui.azureBox, { ui.azureDeviceId.value, ui.azureDeviceIdReason, ui.azureDeviceIdDescription }));

    ui.complianceStatus = { newFieldLabel(ui.azureBox, "complianceStatusLabel"),
        newEmphasisedValueLabel(ui.azureBox, "complianceStatusValue") };
    ui.complianceStatusDescription = newValueLabel(ui.azureBox, "complianceStatusDescription");
    ui.complianceStatusError = newValueLabel(ui.azureBox, "complianceStatusError");
    azureForm->addRow(ui.complianceStatus.label,
        newValueColumn(ui.azureBox,
            { ui.complianceStatus.value, ui.complianceStatusDescription, ui.complianceStatusError }));

    ui.clientStatusCode = { newFieldLabel(ui.azureBox, "clientStatusCodeLabel"),
        newEmphasisedValueLabel(ui.azureBox, "clientStatusCodeValue", true) };
    ui.clientStatusUnknownIcon = newWarningIcon(ui.azureBox, "clientStatusUnknownIcon");
    ui.clientStatusUnknownFlag = newEmphasisedValueLabel(ui.azureBox, "clientStatusUnknownFlag");
    ui.clientStatusUnknownFlag->setWordWrap(false);
    auto *codeLine = new QWidget(ui.azureBox);
    auto *codeLayout = new QHBoxLayout(codeLine);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(ui.clientStatusCode.value);
    codeLayout->addWidget(ui.clientStatusUnknownIcon);
    codeLayout->addWidget(ui.clientStatusUnknownFlag);
    codeLayout->addStretch(1);
    ui.clientStatusCode.value->setWordWrap(false); // a protocol code is one token
    ui.clientStatusDescription = newValueLabel(ui.azureBox, "clientStatusDescription");
    ui.clientStatusRemedy = newValueLabel(ui.azureBox, "clientStatusRemedy");
    azureForm->addRow(ui.clientStatusCode.label,
        newValueColumn(ui.azureBox, { codeLine, ui.clientStatusDescription, ui.clientStatusRemedy }));

    ui.reportTime = { newFieldLabel(ui.azureBox, "reportTimeLabel"),
        newEmphasisedValueLabel(ui.azureBox, "reportTimeValue") };
    ui.reportTimeReason = newReasonLabel(ui.azureBox, "reportTimeReason");
    ui.reportTimeDescription = newValueLabel(ui.azureBox, "reportTimeDescription");
    azureForm->addRow(ui.reportTime.label,
        newValueColumn(ui.azureBox, { ui.reportTime.value, ui.reportTimeReason, ui.reportTimeDescription }));
    // Azure's UserId: the user's Entra object id, or why the device is not reported.
    ui.entraUser = { newFieldLabel(ui.azureBox, "entraUserLabel"), newValueLabel(ui.azureBox, "entraUserValue") };
    ui.entraUserReason = newReasonLabel(ui.azureBox, "entraUserReason");
    azureForm->addRow(ui.entraUser.label, newValueColumn(ui.azureBox, { ui.entraUser.value, ui.entraUserReason }));
    page->addWidget(ui.azureBox);
    // The Azure fields are what the helpdesk reads out: each value, or why it is blank, is a
    // stop of the Tab key (the pane scrolls to it) that the keyboard can select and copy, and
    // screen readers relate it to its field name.
    for (QLabel *value : { ui.azureDeviceId.value, ui.azureDeviceIdReason, ui.complianceStatus.value,
             ui.clientStatusCode.value, ui.reportTime.value, ui.reportTimeReason }) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::StrongFocus); // selectable text alone takes the focus by click only
    }
    for (Widgets::Row *row : { &ui.azureDeviceId, &ui.complianceStatus, &ui.clientStatusCode, &ui.reportTime })
        row->label->setBuddy(row->value);

    // Report timeline: what happened to this device's reports, newest first.
    ui.timelineBox = new QGroupBox(content);
    ui.timelineBox->setObjectName(QStringLiteral("timelineBox"));
    auto *timelineLayout = new QVBoxLayout(ui.timelineBox);
    ui.noTimeline = newValueLabel(ui.timelineBox, "noTimelineLabel");
    timelineLayout->addWidget(ui.noTimeline);
    ui.timelineTable = new QTableWidget(0, TimelineColumnCount, ui.timelineBox);
    ui.timelineTable->setObjectName(QStringLiteral("timelineTable"));
    ui.timelineTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ui.timelineTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The long time format and a failure's reason wrap rather than being cut off when
    // the page is narrow (fitTimelineTable shares out the width).
    ui.timelineTable->setWordWrap(true);
    ui.timelineTable->setTextElideMode(Qt::ElideNone);
    ui.timelineTable->verticalHeader()->hide();
    ui.timelineTable->setTabKeyNavigation(false);
    ui.timelineTable->horizontalHeader()->setHighlightSections(false);
    ui.timelineTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    ui.timelineTable->installEventFilter(this);
    timelineLayout->addWidget(ui.timelineTable);
    page->addWidget(ui.timelineBox);

    // Violated rules
    ui.violationsBox = new QGroupBox(content);
    ui.violationsBox->setObjectName(QStringLiteral("violationsBox"));
    auto *violationsLayout = new QVBoxLayout(ui.violationsBox);
    ui.noViolations = newValueLabel(ui.violationsBox, "noViolationsLabel");
    violationsLayout->addWidget(ui.noViolations);
    ui.violationsTable = new QTableWidget(0, ColumnCount, ui.violationsBox);
    ui.violationsTable->setObjectName(QStringLiteral("violationsTable"));
    ui.violationsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ui.violationsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    ui.violationsTable->setWordWrap(false);
    ui.violationsTable->verticalHeader()->hide();
    ui.violationsTable->setTabKeyNavigation(false);
    ui.violationsTable->horizontalHeader()->setHighlightSections(false);
    // A handful of rows: the table is as tall as its rows (fitViolationsTable) and the page
    // scrolls instead; only a narrow window gives it a horizontal scroll bar.
    ui.violationsTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    ui.violationsTable->installEventFilter(this);
    violationsLayout->addWidget(ui.violationsTable);
    ui.nextEscalation = newValueLabel(ui.violationsBox, "nextEscalationValue");
    violationsLayout->addWidget(ui.nextEscalation);
    page->addWidget(ui.violationsBox);

    // Inventory
    ui.inventoryBox = new QGroupBox(content);
    ui.inventoryBox->setObjectName(QStringLiteral("inventoryBox"));
    QFormLayout *inventoryForm = newForm(ui.inventoryBox);
    inventoryForm->setVerticalSpacing(4);
    const auto addInventoryRow = [&](Widgets::Row &row, const char *labelName, const char *valueName) {
        row = { newFieldLabel(ui.inventoryBox, labelName), newValueLabel(ui.inventoryBox, valueName) };
        inventoryForm->addRow(row.label, row.value);
    };
    addInventoryRow(ui.model, "modelLabel", "modelValue");
    addInventoryRow(ui.manufacturer, "manufacturerLabel", "manufacturerValue");
    addInventoryRow(ui.serialNumber, "serialNumberLabel", "serialNumberValue");
    addInventoryRow(ui.imei, "imeiLabel", "imeiValue");
    addInventoryRow(ui.mdmId, "mdmIdLabel", "mdmIdValue");
    addInventoryRow(ui.guid, "guidLabel", "guidValue");
    addInventoryRow(ui.registrationState, "registrationStateLabel", "registrationStateValue");
    addInventoryRow(ui.lastCheckin, "lastCheckinLabel", "lastCheckinValue");
    addInventoryRow(ui.jailbroken, "jailbrokenLabel", "jailbrokenValue");
    addInventoryRow(ui.quarantined, "quarantinedLabel", "quarantinedValue");
    page->addWidget(ui.inventoryBox);

    page->addStretch(1);
    ui.scrollArea->setWidget(content);
    content->installEventFilter(this);
    // QFormLayout keeps the heights it gave word-wrapped fields when their wrapped height
    // changes later in the same layout pass (new texts, then a narrower page when the scroll
    // bar appears): labels would stay a line short. Once the pass is over, the forms are
    // laid out again from scratch.
    ui.relayoutTimer = new QTimer(this);
    ui.relayoutTimer->setSingleShot(true);
    ui.relayoutTimer->setInterval(0);
    connect(ui.relayoutTimer, &QTimer::timeout, this, [content] {
        // Every layout of the page, not only the forms: a box's cached height for the old
        // width left a wrapped label in the Azure fields squeezed when the page narrowed.
        const QList<QLayout *> layouts = content->findChildren<QLayout *>();
        for (QLayout *layout : layouts)
            layout->invalidate();
    });
}

void DeviceDetailsView::showDevice(const DeviceRecord &device, const DeviceEvaluation &evaluation,
    const QHash<qint64, CompliancePolicy> &policies, bool reportingEnabled, const QDateTime &now)
{
    // Another device's timeline must not be shown under this one's name.
    if (!m_shown || m_shown->device.id != device.id)
        m_timeline.clear();
    m_shown = Shown { device, evaluation, policies, reportingEnabled, now };
    render();
    m_ui->stack->setCurrentWidget(m_ui->scrollArea);
}

void DeviceDetailsView::setReportTimeline(const QList<ReportEvent> &events)
{
    m_timeline = events;
    renderTimeline();
    m_ui->relayoutTimer->start();
}

void DeviceDetailsView::clear()
{
    m_shown.reset();
    m_timeline.clear();
    m_ui->stack->setCurrentWidget(m_ui->placeholder);
}

void DeviceDetailsView::changeEvent(QEvent *event)
{
    // Values carry translated descriptions and locale-formatted dates, so both a
    // language and a locale change render them again, not only the fixed labels.
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_shown)
            render();
    } else if (event->type() == QEvent::LocaleChange && m_shown) {
        render();
    }
    QWidget::changeEvent(event);
}

bool DeviceDetailsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->violationsTable && event->type() == QEvent::Resize)
        fitViolationsTable();
    else if (watched == m_ui->timelineTable && event->type() == QEvent::Resize)
        fitTimelineTable();
    else if (watched == m_ui->scrollArea->widget() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            m_ui->relayoutTimer->start();
    }
    return QWidget::eventFilter(watched, event);
}

void DeviceDetailsView::fitViolationsTable()
{
    // Done by hand rather than with stretchLastSection, which keeps a stale width when
    // the columns are resized to new contents while the table keeps its size.
    QTableWidget *table = m_ui->violationsTable;
    const int frame = 2 * table->frameWidth();
    const int available = table->width() - frame;
    int others = 0;
    for (int column = 0; column < NextEscalationColumn; ++column)
        others += table->columnWidth(column);
    table->setColumnWidth(NextEscalationColumn, std::max(m_ui->lastColumnContentWidth, available - others));
    const bool scrollBar = others + m_ui->lastColumnContentWidth > available;
    const int height = frame + table->horizontalHeader()->sizeHint().height()
        + table->verticalHeader()->length()
        + (scrollBar ? table->horizontalScrollBar()->sizeHint().height() : 0);
    if (table->height() != height)
        table->setFixedHeight(height);
}

void DeviceDetailsView::fitTimelineTable()
{
    Widgets &ui = *m_ui;
    QTableWidget *table = ui.timelineTable;
    if (table->rowCount() == 0 || table->width() == ui.timelineFittedWidth)
        return;
    ui.timelineFittedWidth = table->width();
    // A long timeline scrolls inside the table; its scroll bar is there from the start
    // so that it does not take width from columns already shared out.
    const bool scrolls = table->rowCount() > kTimelineVisibleRows;
    table->setVerticalScrollBarPolicy(scrolls ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
    const int available = table->width() - 2 * table->frameWidth()
        - (scrolls ? table->verticalScrollBar()->sizeHint().width() : 0);

    // Event, trigger and message id keep their width; the time wraps onto a second
    // line before the detail gets narrower than a short reason.
    const int *content = ui.timelineContentWidths;
    const int fixed
        = content[TimelineEventColumn] + content[TimelineTriggerColumn] + content[TimelineMessageColumn];
    const int detailMinimum = table->fontMetrics().averageCharWidth() * 28;
    const int time = std::clamp(available - fixed - detailMinimum, content[TimelineTimeColumn] * 11 / 20,
        content[TimelineTimeColumn]);
    table->setColumnWidth(TimelineTimeColumn, time);
    table->setColumnWidth(TimelineEventColumn, content[TimelineEventColumn]);
    table->setColumnWidth(TimelineTriggerColumn, content[TimelineTriggerColumn]);
    table->setColumnWidth(TimelineMessageColumn, content[TimelineMessageColumn]);
    table->setColumnWidth(TimelineDetailColumn, std::max(detailMinimum, available - fixed - time));
    table->resizeRowsToContents();
    // Wrapped rows set flush against each other read as one block: a little air between.
    const int padding = table->fontMetrics().height() / 4;
    for (int row = 0; row < table->rowCount(); ++row)
        table->setRowHeight(row, table->rowHeight(row) + padding);

    int rowsHeight = 0;
    for (int row = 0; row < std::min(table->rowCount(), kTimelineVisibleRows); ++row)
        rowsHeight += table->rowHeight(row);
    const bool scrollBar = table->horizontalHeader()->length() > available;
    const int height = 2 * table->frameWidth() + table->horizontalHeader()->sizeHint().height() + rowsHeight
        + (scrollBar ? table->horizontalScrollBar()->sizeHint().height() : 0);
    if (table->height() != height)
        table->setFixedHeight(height);
}

void DeviceDetailsView::retranslate()
{
    Widgets &ui = *m_ui;
    ui.placeholder->setText(tr("Select a device"));
    ui.scrollArea->setAccessibleName(tr("Device Details"));

    ui.user.label->setText(tr("User"));
    ui.platform.label->setText(tr("Platform"));

    ui.outcomeBox->setTitle(tr("What Azure receives"));
    ui.outcome.label->setText(tr("Azure outcome"));
    ui.action.label->setText(tr("Effective action"));
    ui.cause.label->setText(tr("Caused by"));

    // The four field names are the official wording of the seed documents.
    ui.azureBox->setTitle(tr("Azure fields"));
    ui.azureDeviceId.label->setText(tr("Azure Device Identifier"));
    ui.complianceStatus.label->setText(tr("Azure Device Compliance Status"));
    ui.clientStatusCode.label->setText(tr("Azure Client Status Code"));
    ui.reportTime.label->setText(tr("Azure Device Compliance Report Time"));
    ui.entraUser.label->setText(tr("Entra user (UserId)"));
    //: Flag next to an Azure Client Status Code that is not one of the documented codes.
    ui.clientStatusUnknownFlag->setText(tr("Unknown code"));

    ui.timelineBox->setTitle(tr("Report timeline"));
    ui.timelineTable->setAccessibleName(tr("Report timeline"));
    ui.noTimeline->setText(tr("No report sent yet."));
    ui.timelineTable->setHorizontalHeaderLabels(
        { tr("Time"), tr("Event"), tr("Trigger"), tr("Message id"), tr("Detail") });

    ui.violationsBox->setTitle(tr("Violated rules"));
    ui.violationsTable->setAccessibleName(tr("Violated rules"));
    ui.noViolations->setText(tr("No violated rules."));
    ui.violationsTable->setHorizontalHeaderLabels(
        { tr("Policy"), tr("Rule"), tr("Violated since"), tr("Action in effect"), tr("Next escalation") });

    ui.inventoryBox->setTitle(tr("Inventory"));
    ui.model.label->setText(tr("Model"));
    ui.manufacturer.label->setText(tr("Manufacturer"));
    ui.serialNumber.label->setText(tr("Serial number"));
    ui.imei.label->setText(tr("IMEI"));
    ui.mdmId.label->setText(tr("MDM id"));
    ui.guid.label->setText(tr("GUID"));
    ui.registrationState.label->setText(tr("Registration state"));
    ui.lastCheckin.label->setText(tr("Last check-in"));
    ui.jailbroken.label->setText(tr("Jailbroken or rooted"));
    ui.quarantined.label->setText(tr("Quarantined"));
}

void DeviceDetailsView::render()
{
    Q_ASSERT(m_shown);
    renderHeader();
    renderOutcome();
    renderAzureFields();
    renderTimeline();
    renderViolations();
    renderInventory();
    m_ui->relayoutTimer->start();
}

void DeviceDetailsView::renderHeader()
{
    const DeviceRecord &device = m_shown->device;
    m_ui->deviceName->setText(device.name.isEmpty() ? tr("Unnamed device") : device.name);
    m_ui->user.value->setText(orDash(device.user));
    const QString platform = Platforms::displayName(device.platform);
    m_ui->platform.value->setText(device.osVersion.isEmpty() ? platform
                                                             //: Platform and OS version, e.g. "iOS 17.2".
                                                             : tr("%1 %2").arg(platform, device.osVersion));
}

void DeviceDetailsView::renderOutcome()
{
    const DeviceEvaluation &evaluation = m_shown->evaluation;
    m_ui->outcome.value->setText(ComplianceActions::outcomeName(evaluation.outcome));
    m_ui->outcomeDescription->setText(ComplianceActions::outcomeDescription(evaluation.outcome));
    const bool retired = evaluation.action == ComplianceAction::Retire;
    m_ui->retireNote->setText(retired
            //: notManaged and notCompliant are protocol values: keep them verbatim.
            ? tr("Retired: the device is reported to Azure as notManaged and notCompliant, and Azure deletes "
                 "its record after 90 days.")
            : QString());
    m_ui->retireLine->setVisible(retired);
    const QDateTime reported = m_shown->device.reportTime;
    setTextShown(m_ui->retireDeletion,
        retired && reported.isValid()
            //: %1 is the Azure outcome "Device data removed from Azure platform"; %2 a date.
            ? tr("%1; Azure deletes the record on %2")
                  .arg(ComplianceActions::outcomeName(AzureOutcome::RemovedFromAzure),
                      QLocale().toString(reported.addDays(90).toLocalTime().date(), QLocale::LongFormat))
            : QString());
    m_ui->action.value->setText(ComplianceActions::displayName(evaluation.action));

    const QString compliant = ComplianceActions::outcomeName(AzureOutcome::Compliant);
    QString cause;
    if (evaluation.causePolicyId != 0) {
        const auto it = m_shown->policies.constFind(evaluation.causePolicyId);
        cause = it != m_shown->policies.constEnd() ? tr("Policy \"%1\": %2").arg(it->name, it->ruleText())
                                                   : tr("Unknown policy #%1").arg(evaluation.causePolicyId);
    } else if (!evaluation.policies.isEmpty()) {
        // Rules are violated but every first step is still waiting.
        cause = tr("No violated rule has an action in effect yet: %1").arg(compliant);
    } else if (!evaluation.unknownPolicyIds.isEmpty()) {
        cause = tr("No violated rule of a known policy: %1").arg(compliant);
    } else {
        cause = tr("No violated rule: %1").arg(compliant);
    }
    m_ui->cause.value->setText(cause);
}

void DeviceDetailsView::renderAzureFields()
{
    Widgets &ui = *m_ui;
    const DeviceRecord &device = m_shown->device;
    const AzureClientStatus &status = device.clientStatus;

    if (!device.azureDeviceId.isBlank()) {
        setTextShown(ui.azureDeviceId.value, device.azureDeviceId.toString());
        setTextShown(ui.azureDeviceIdReason, QString());
    } else {
        setTextShown(ui.azureDeviceId.value, QString());
        QString reason;
        if (status.isNone()) {
            reason
                = tr("Blank: the device ID could not be retrieved: the device user must register in "
                     "Microsoft Authenticator. The device has not reported an Azure Client Status Code yet.");
        } else if (status.allowsDeviceId()) {
            reason
                = tr("Blank: the Azure Client Status Code is %1 but the device ID has not been received yet.")
                      .arg(status.wireName());
        } else {
            reason = tr("Blank: the device ID could not be retrieved: the device user must register in "
                        "Microsoft Authenticator. Azure Client Status Code: %1.")
                         .arg(status.wireName());
        }
        setTextShown(ui.azureDeviceIdReason, reason);
    }
    ui.azureDeviceIdDescription->setText(
        tr("The device ID reported by Microsoft to the iOS or Android device, for example "
           "007c8232-9489-4074-9b35-345b16f0a72d."));

    ui.complianceStatus.value->setText(AzureComplianceStatus::displayName(device.complianceStatus));
    ui.complianceStatusDescription->setText(AzureComplianceStatus::description(device.complianceStatus));
    QString errorDetail;
    if (device.complianceStatus == AzureComplianceStatus::Failed) {
        errorDetail = device.reportError.isEmpty() ? tr("Azure gave no error detail.")
                                                   : tr("Error detail: %1").arg(device.reportError);
    }
    setTextShown(ui.complianceStatusError, errorDetail);

    // The code itself is a protocol value and is never translated.
    setTextShown(ui.clientStatusCode.value, status.wireName());
    ui.clientStatusUnknownIcon->setVisible(!status.isKnown());
    ui.clientStatusUnknownFlag->setVisible(!status.isKnown());
    ui.clientStatusDescription->setText(status.description());
    const QString remedy = status.remedy();
    QString remedyLine;
    if (!remedy.isEmpty()) {
        remedyLine = status.isUserFixable() ? tr("Device user can fix this: %1").arg(remedy)
                                            : tr("What to do: %1").arg(remedy);
    }
    setTextShown(ui.clientStatusRemedy, remedyLine);
    QFont remedyFont = ui.clientStatusRemedy->font();
    remedyFont.setBold(status.isUserFixable());
    ui.clientStatusRemedy->setFont(remedyFont);

    const ReportTime reportTime = ReportTime::derive(m_shown->reportingEnabled, device.reportTime, status,
        device.complianceStatus, device.reportError, device.entraUserState);
    setTextShown(ui.reportTime.value, reportTime.isBlank() ? QString() : longDateTime(reportTime.time()));
    setTextShown(ui.reportTimeReason, reportTime.blankExplanation());

    const QString upn = device.userPrincipalName.isEmpty() ? QString() : device.userPrincipalName;
    if (device.entraUserState == EntraUserState::Known && !device.entraUserId.isNull()) {
        //: %1 is the Entra object id (a GUID), %2 the user principal name
        setTextShown(ui.entraUser.value,
            upn.isEmpty() ? device.entraUserId.toString(QUuid::WithoutBraces)
                          : tr("%1 (%2)").arg(device.entraUserId.toString(QUuid::WithoutBraces), upn));
        setTextShown(ui.entraUserReason, QString());
    } else {
        setTextShown(ui.entraUser.value, upn);
        setTextShown(ui.entraUserReason, tr("Not reported: %1").arg(ReportPlanner::userProblem(device)));
    }
    ui.reportTimeDescription->setText(
        tr("The time the device compliance status was reported to Microsoft Intune."));
}

void DeviceDetailsView::renderViolations()
{
    Widgets &ui = *m_ui;
    const DeviceEvaluation &evaluation = m_shown->evaluation;
    const QDateTime &now = m_shown->now;

    const auto sinceText = [&now](const QDateTime &since) {
        if (!since.isValid())
            return dash();
        const qint64 days = now.isValid() ? since.secsTo(now) / 86400 : 0;
        return days >= 1 ? tr("%1 (%Ln day(s) ago)", nullptr, int(days)).arg(shortDateTime(since))
                         : shortDateTime(since);
    };

    QTableWidget *table = ui.violationsTable;
    table->setRowCount(0);
    for (const PolicyEvaluation &policyResult : evaluation.policies) {
        const CompliancePolicy policy = m_shown->policies.value(policyResult.policyId);
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, PolicyColumn, newCell(policy.name));
        table->setItem(row, RuleColumn, newCell(policy.ruleText()));
        table->setItem(row, SinceColumn, newCell(sinceText(policyResult.since)));
        table->setItem(row, ActionColumn, newCell(ComplianceActions::displayName(policyResult.action)));
        table->setItem(row, NextEscalationColumn,
            newCell(policyResult.nextEscalation.isValid()
                    //: Next escalation of one policy: "<action> on <date>".
                    ? tr("%1 on %2")
                          .arg(ComplianceActions::displayName(policyResult.nextAction),
                              shortDateTime(policyResult.nextEscalation))
                    : tr("none")));
    }
    for (const qint64 policyId : evaluation.unknownPolicyIds) {
        QDateTime since;
        for (const Violation &violation : m_shown->device.violations) {
            if (violation.policyId == policyId)
                since = violation.since;
        }
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, PolicyColumn, newCell(tr("Unknown policy #%1").arg(policyId)));
        table->setItem(row, RuleColumn, newCell(dash()));
        table->setItem(row, SinceColumn, newCell(sinceText(since)));
        // The evaluator cannot know the actions of a policy it does not have.
        table->setItem(row, ActionColumn, newCell(tr("Not counted")));
        table->setItem(row, NextEscalationColumn, newCell(tr("none")));
    }
    const bool any = table->rowCount() > 0;
    table->setVisible(any);
    ui.noViolations->setVisible(!any);
    table->resizeColumnsToContents();
    m_ui->lastColumnContentWidth = table->columnWidth(NextEscalationColumn);
    table->resizeRowsToContents();
    fitViolationsTable();

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
    setTextShown(ui.nextEscalation, next);
}

void DeviceDetailsView::renderInventory()
{
    Widgets &ui = *m_ui;
    const DeviceRecord &device = m_shown->device;
    const auto yesNo = [](bool value) { return value ? tr("Yes") : tr("No"); };

    ui.model.value->setText(orDash(device.model));
    ui.manufacturer.value->setText(orDash(device.manufacturer));
    ui.serialNumber.value->setText(orDash(device.serialNumber));
    ui.imei.value->setText(orDash(device.imei));
    ui.mdmId.value->setText(device.id != 0 ? QString::number(device.id) : dash());
    ui.guid.value->setText(device.guid.isNull() ? dash() : device.guid.toString(QUuid::WithoutBraces));
    // The MDM's own value (ACTIVE, RETIRED, ...), shown as the MDM spells it.
    ui.registrationState.value->setText(orDash(device.registrationState));
    QString checkin = tr("Never");
    if (device.lastCheckin.isValid()) {
        checkin = longDateTime(device.lastCheckin);
        const qint64 days = m_shown->now.isValid() ? device.lastCheckin.secsTo(m_shown->now) / 86400 : 0;
        if (days >= 1)
            checkin = tr("%1 (%Ln day(s) ago)", nullptr, int(days)).arg(checkin);
    }
    ui.lastCheckin.value->setText(checkin);
    ui.jailbroken.value->setText(yesNo(device.jailbroken));
    ui.quarantined.value->setText(yesNo(device.quarantined));
}

void DeviceDetailsView::renderTimeline()
{
    Widgets &ui = *m_ui;
    // Only the queued event names the trigger; the other events of a message share it.
    QHash<QUuid, QString> triggers;
    for (const ReportEvent &event : std::as_const(m_timeline)) {
        if (event.event == QLatin1String("queued"))
            triggers.insert(event.messageId, parseQueuedDetail(event.detail).trigger);
    }

    QTableWidget *table = ui.timelineTable;
    table->setRowCount(0);
    table->setRowCount(int(m_timeline.size()));
    for (int row = 0; row < int(m_timeline.size()); ++row) {
        const ReportEvent &event = m_timeline.at(row);
        QString detail = event.detail;
        if (event.event == QLatin1String("queued")) {
            const QueuedDetail queued = parseQueuedDetail(event.detail);
            detail = queued.outcome
                ? tr("Azure receives: %1").arg(ComplianceActions::outcomeName(*queued.outcome))
                : QString();
        }
        const QString trigger = triggers.value(event.messageId);
        table->setItem(
            row, TimelineTimeColumn, newCell(event.at.isValid() ? longDateTime(event.at) : dash()));
        table->setItem(row, TimelineEventColumn, newCell(eventName(event.event)));
        table->setItem(row, TimelineTriggerColumn,
            newCell(trigger.isEmpty() ? QString() : ReportPlanner::triggerName(trigger)));
        QTableWidgetItem *message = newCell(event.messageId.toString(QUuid::WithoutBraces));
        message->setFont(FixedPitchFont::font());
        table->setItem(row, TimelineMessageColumn, message);
        QTableWidgetItem *detailItem = newCell(detail.section(QLatin1Char('\n'), 0, 0));
        detailItem->setToolTip(detail);
        table->setItem(row, TimelineDetailColumn, detailItem);
    }
    const bool any = table->rowCount() > 0;
    table->setVisible(any);
    ui.noTimeline->setVisible(!any);
    for (int column = 0; column < TimelineColumnCount; ++column) {
        table->resizeColumnToContents(column);
        ui.timelineContentWidths[column] = table->columnWidth(column);
    }
    ui.timelineFittedWidth = -1;
    fitTimelineTable();
}
