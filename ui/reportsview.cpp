#include "ui/reportsview.h"

#include "ui/fixedpitchfont.h"
#include "ui/reportlistmodel.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace {
constexpr int kMaxDevicesListed = 200;
constexpr int kPollMs = 5000;

QList<OutboxMessage::State> statesOf(ReportsView::Tab tab)
{
    using State = OutboxMessage::State;
    switch (tab) {
    case ReportsView::QueueTab:
        return { State::Pending };
    case ReportsView::InFlightTab:
        return { State::Sent };
    case ReportsView::HistoryTab:
        return { State::Completed, State::Failed };
    case ReportsView::FailuresTab:
        return { State::Failed };
    case ReportsView::TabCount:
        break;
    }
    return {};
}

// Values are data (an error text may contain '<') and are copied into tickets.
QLabel *newValueLabel(QWidget *parent, const char *objectName, bool fixedPitch = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(!fixedPitch);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (fixedPitch)
        label->setFont(FixedPitchFont::font());
    return label;
}

QLabel *newFieldLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    return label;
}

QPlainTextEdit *newMonospaceView(QWidget *parent, const char *objectName)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(QLatin1String(objectName));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(FixedPitchFont::font());
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}
} // namespace

struct ReportsView::Widgets
{
    QTabBar *tabs = nullptr;
    QLabel *readError = nullptr;
    QLabel *truncated = nullptr;
    QTableView *table = nullptr;

    QStackedWidget *detailsStack = nullptr;
    QLabel *placeholder = nullptr;
    QWidget *details = nullptr;
    QLabel *messageIdLabel = nullptr;
    QLabel *messageId = nullptr;
    QLabel *stateLabel = nullptr;
    QLabel *state = nullptr;
    QLabel *reasonLabel = nullptr;
    QLabel *reason = nullptr;
    QFormLayout *form = nullptr;
    QLabel *tenantLabel = nullptr;
    QLabel *tenant = nullptr;
    QLabel *uploadTimeLabel = nullptr;
    QLabel *uploadTime = nullptr;
    QLabel *detailsError = nullptr;
    QLabel *devicesCaption = nullptr;
    QPlainTextEdit *devices = nullptr;
    QLabel *payloadCaption = nullptr;
    QLabel *payloadNote = nullptr;
    QPlainTextEdit *payload = nullptr;
};

ReportsView::ReportsView(ReportHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_model(new ReportListModel(this))
    , m_ui(std::make_unique<Widgets>())
{
    Q_ASSERT(history);
    buildUi();

    m_pollTimer.setInterval(kPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ReportsView::refresh);
    connect(history, &ReportHistory::outboxChanged, this, &ReportsView::onOutboxChanged);
    connect(history, &ReportHistory::countsRead, this, &ReportsView::onCountsRead);
    connect(history, &ReportHistory::messagesRead, this, &ReportsView::onMessagesRead);
    connect(history, &ReportHistory::messageRead, this, &ReportsView::onMessageRead);

    m_counts = history->counts();
    retranslate();
    refresh();
}

ReportsView::~ReportsView() = default;

void ReportsView::buildUi()
{
    Widgets &ui = *m_ui;
    auto *layout = new QVBoxLayout(this);

    ui.tabs = new QTabBar(this);
    ui.tabs->setObjectName(QStringLiteral("reportsTabs"));
    ui.tabs->setExpanding(false);
    ui.tabs->setDocumentMode(true);
    for (int tab = 0; tab < TabCount; ++tab)
        ui.tabs->addTab(QString());
    layout->addWidget(ui.tabs);

    ui.readError = newValueLabel(this, "readErrorLabel");
    ui.readError->hide();
    layout->addWidget(ui.readError);
    ui.truncated = newValueLabel(this, "truncatedLabel");
    ui.truncated->hide();
    layout->addWidget(ui.truncated);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reportsSplitter"));
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    ui.table = new QTableView(splitter);
    ui.table->setObjectName(QStringLiteral("reportsTable"));
    ui.table->setModel(m_model);
    ui.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Not SingleSelection: that mode selects the next row when the selected message leaves
    // the tab (sent, confirmed), and the details would switch messages under the reader.
    ui.table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    ui.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ui.table->setWordWrap(false);
    ui.table->setAlternatingRowColors(true);
    ui.table->verticalHeader()->hide();
    ui.table->setTabKeyNavigation(false);
    // Fixed row height: a tall model is laid out without measuring every row.
    ui.table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    ui.table->verticalHeader()->setDefaultSectionSize(ui.table->fontMetrics().height() + 8);
    ui.table->horizontalHeader()->setHighlightSections(false);
    ui.table->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(ui.table);

    ui.detailsStack = new QStackedWidget(splitter);
    ui.detailsStack->setObjectName(QStringLiteral("detailsStack"));
    ui.placeholder = new QLabel(ui.detailsStack);
    ui.placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    ui.placeholder->setAlignment(Qt::AlignCenter);
    ui.placeholder->setWordWrap(true);
    ui.placeholder->setEnabled(false); // the disabled colour reads as "nothing here yet"
    ui.detailsStack->addWidget(ui.placeholder);

    ui.details = new QWidget(ui.detailsStack);
    ui.details->setObjectName(QStringLiteral("detailsPane"));
    auto *detailsLayout = new QVBoxLayout(ui.details);
    detailsLayout->setContentsMargins(0, 6, 0, 0);
    auto *form = new QFormLayout;
    ui.form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(4);
    ui.messageIdLabel = newFieldLabel(ui.details, "messageIdLabel");
    ui.messageId = newValueLabel(ui.details, "messageIdValue", true);
    form->addRow(ui.messageIdLabel, ui.messageId);
    ui.stateLabel = newFieldLabel(ui.details, "detailsStateLabel");
    ui.state = newValueLabel(ui.details, "detailsStateValue");
    form->addRow(ui.stateLabel, ui.state);
    ui.reasonLabel = newFieldLabel(ui.details, "reasonLabel");
    ui.reason = newValueLabel(ui.details, "reasonValue");
    form->addRow(ui.reasonLabel, ui.reason);
    ui.tenantLabel = newFieldLabel(ui.details, "tenantLabel");
    ui.tenant = newValueLabel(ui.details, "tenantValue", true);
    form->addRow(ui.tenantLabel, ui.tenant);
    ui.uploadTimeLabel = newFieldLabel(ui.details, "uploadTimeLabel");
    ui.uploadTime = newValueLabel(ui.details, "uploadTimeValue", true);
    form->addRow(ui.uploadTimeLabel, ui.uploadTime);
    detailsLayout->addLayout(form);
    ui.detailsError = newValueLabel(ui.details, "detailsErrorLabel");
    ui.detailsError->hide();
    detailsLayout->addWidget(ui.detailsError);

    // Device ids in a narrow column beside the payload, which needs the width.
    auto *contentSplitter = new QSplitter(Qt::Horizontal, ui.details);
    contentSplitter->setObjectName(QStringLiteral("contentSplitter"));
    contentSplitter->setChildrenCollapsible(false);
    auto *devicesBox = new QWidget(contentSplitter);
    auto *devicesLayout = new QVBoxLayout(devicesBox);
    devicesLayout->setContentsMargins(0, 0, 0, 0);
    ui.devicesCaption = newValueLabel(devicesBox, "devicesCaption");
    devicesLayout->addWidget(ui.devicesCaption);
    ui.devices = newMonospaceView(devicesBox, "devicesView");
    ui.devicesCaption->setBuddy(ui.devices); // its name for screen readers
    devicesLayout->addWidget(ui.devices, 1);
    auto *payloadBox = new QWidget(contentSplitter);
    auto *payloadLayout = new QVBoxLayout(payloadBox);
    payloadLayout->setContentsMargins(0, 0, 0, 0);
    ui.payloadCaption = newValueLabel(payloadBox, "payloadCaption");
    payloadLayout->addWidget(ui.payloadCaption);
    ui.payloadNote = newValueLabel(payloadBox, "payloadNote");
    ui.payloadNote->hide();
    payloadLayout->addWidget(ui.payloadNote);
    ui.payload = newMonospaceView(payloadBox, "payloadView");
    ui.payloadCaption->setBuddy(ui.payload);
    payloadLayout->addWidget(ui.payload, 1);
    contentSplitter->addWidget(devicesBox);
    contentSplitter->addWidget(payloadBox);
    contentSplitter->setStretchFactor(0, 0);
    contentSplitter->setStretchFactor(1, 1);
    const int idsWidth = ui.devices->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")) + 24;
    contentSplitter->setSizes({ idsWidth, 4 * idsWidth });
    detailsLayout->addWidget(contentSplitter, 1);
    ui.detailsStack->addWidget(ui.details);
    splitter->addWidget(ui.detailsStack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    connect(ui.tabs, &QTabBar::currentChanged, this, [this] {
        m_columnsFitted = false;
        // Until the new tab's rows arrive, the old tab's must not show under its title.
        m_model->setMessages({});
        updateColumns();
        updateTruncation();
        refresh();
    });
    connect(ui.table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ReportsView::showSelection);
    connect(
        ui.table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReportsView::showSelection);
    // The selected row's state or error changed in a refresh: its fields follow.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const int row = m_model->rowOf(m_shownId);
            if (row >= topLeft.row() && row <= bottomRight.row())
                renderDetails();
        });
    updateColumns();
}

ReportsView::Tab ReportsView::currentTab() const
{
    return Tab(std::clamp(m_ui->tabs->currentIndex(), 0, TabCount - 1));
}

void ReportsView::setCurrentTab(Tab tab)
{
    m_ui->tabs->setCurrentIndex(tab);
}

bool ReportsView::selectMessage(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_ui->table->selectRow(row);
    m_ui->table->scrollTo(m_model->index(row, 0));
    return true;
}

void ReportsView::onOutboxChanged()
{
    // Hidden: the rows wait until shown; the service reads the counts for the titles.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void ReportsView::refresh()
{
    m_stale = false;
    m_history->readMessages(statesOf(currentTab()), kMaxRows);
}

void ReportsView::onCountsRead(const OutboxCounts &counts)
{
    m_counts = counts;
    updateTabTitles();
    updateTruncation();
    emit countsChanged(m_counts);
}

void ReportsView::onMessagesRead(
    const QList<OutboxMessage::State> &states, const QList<OutboxMessage> &messages, const QString &error)
{
    // The answer for a tab no longer shown: the current tab's read follows.
    if (states != statesOf(currentTab()))
        return;
    // On a failed read the last rows stay, under a line that says so.
    m_readError = error;
    if (error.isEmpty()) {
        m_model->setMessages(messages);
        // The selected row may have left the tab; the details follow what is selected now.
        showSelection();
    }
    updateReadError();
    updateTruncation();
    if (!m_columnsFitted)
        fitColumns();
    emit refreshed();
}

void ReportsView::updateReadError()
{
    m_ui->readError->setText(
        m_readError.isEmpty() ? QString() : tr("Could not read the report outbox: %1").arg(m_readError));
    m_ui->readError->setVisible(!m_readError.isEmpty());
}

void ReportsView::fitColumns()
{
    // Once per tab and language, not per refresh: the user may have resized a column, and
    // measuring thousands of rows on every refresh costs.
    // An empty tab fits its headers (in this language) and fits again when rows arrive.
    m_columnsFitted = m_model->rowCount() > 0;
    QTableView *table = m_ui->table;
    table->resizeColumnsToContents();
    // The error text takes the width left over (stretched), not a width that pushes the
    // table into scrolling; its tool tip and the details pane hold the whole text.
    table->setColumnWidth(ReportListModel::ErrorColumn, table->horizontalHeader()->minimumSectionSize());
}

int ReportsView::totalOf(Tab tab) const
{
    switch (tab) {
    case QueueTab:
        return m_counts.pending;
    case InFlightTab:
        return m_counts.sent;
    case HistoryTab:
        return m_counts.completed + m_counts.failed;
    case FailuresTab:
        return m_counts.failed;
    case TabCount:
        break;
    }
    return 0;
}

void ReportsView::updateTabTitles()
{
    QTabBar *tabs = m_ui->tabs;
    //: Tab of the reports view: messages waiting to be sent. %Ln: how many.
    tabs->setTabText(QueueTab, tr("Queue (%Ln)", nullptr, totalOf(QueueTab)));
    //: Tab of the reports view: messages sent, waiting for Azure's confirmation.
    tabs->setTabText(InFlightTab, tr("In flight (%Ln)", nullptr, totalOf(InFlightTab)));
    //: Tab of the reports view: completed and failed messages.
    tabs->setTabText(HistoryTab, tr("History (%Ln)", nullptr, totalOf(HistoryTab)));
    //: Tab of the reports view: failed messages with the reason.
    tabs->setTabText(FailuresTab, tr("Failures (%Ln)", nullptr, totalOf(FailuresTab)));
    tabs->setTabToolTip(QueueTab, tr("Waiting to be sent, with the next attempt time and the last error"));
    tabs->setTabToolTip(InFlightTab, tr("Sent, waiting for Azure's confirmation"));
    tabs->setTabToolTip(HistoryTab, tr("Completed and failed"));
    tabs->setTabToolTip(FailuresTab, tr("Failed, with the reason"));
}

void ReportsView::updateTruncation()
{
    const int shown = m_model->rowCount();
    const int total = totalOf(currentTab());
    const bool truncated = m_readError.isEmpty() && total > shown;
    const QLocale locale;
    m_ui->truncated->setText(truncated
            ? tr("Showing the newest %1 of %2 messages.").arg(locale.toString(shown), locale.toString(total))
            : QString());
    m_ui->truncated->setVisible(truncated);
}

void ReportsView::updateColumns()
{
    using Model = ReportListModel;
    QList<int> hidden;
    switch (currentTab()) {
    case QueueTab:
        hidden = { Model::SentColumn, Model::ConfirmedColumn };
        break;
    case InFlightTab:
        // Sending clears the last error, and nothing is confirmed or scheduled yet.
        hidden = { Model::NextAttemptColumn, Model::ConfirmedColumn, Model::ErrorColumn };
        break;
    case HistoryTab:
        hidden = { Model::NextAttemptColumn };
        break;
    case FailuresTab:
        hidden = { Model::NextAttemptColumn, Model::StateColumn };
        break;
    case TabCount:
        break;
    }
    for (int column = 0; column < Model::ColumnCount; ++column)
        m_ui->table->setColumnHidden(column, hidden.contains(column));
}

void ReportsView::showSelection()
{
    const QItemSelectionModel *selection = m_ui->table->selectionModel();
    const QModelIndexList rows = selection->selectedRows();
    // Several rows selected: the details follow the one last clicked.
    const QModelIndex current = selection->currentIndex();
    const QModelIndex shown = current.isValid() && selection->isRowSelected(current.row()) ? current
        : rows.isEmpty()                                                                   ? QModelIndex()
                                                                                           : rows.first();
    const QUuid id = shown.isValid() ? shown.data(ReportListModel::MessageIdRole).toUuid() : QUuid();
    if (id == m_shownId)
        return;
    m_shownId = id;
    m_shownRead = false;
    m_shownDevices.clear();
    m_payload = Payload();
    m_shownError.clear();
    // The body and the devices are fixed when the message is queued: read once.
    if (!id.isNull())
        m_history->readMessage(id);
    renderContent();
}

void ReportsView::onMessageRead(const QUuid &id, const std::optional<OutboxMessage> &message,
    const QList<qint64> &deviceIds, const QString &error)
{
    if (id != m_shownId || m_shownRead)
        return;
    m_shownRead = true;
    m_shownDevices = deviceIds;
    m_shownError = error;
    if (message) {
        QJsonParseError parseError;
        const QJsonDocument body = QJsonDocument::fromJson(message->body, &parseError);
        if (!body.isObject()) {
            m_payload.problem = Payload::Problem::BodyNotJson;
            m_payload.parseError = parseError.errorString();
            m_payload.text = QString::fromUtf8(message->body);
        } else {
            const QJsonObject object = body.object();
            m_payload.tenantId = object.value(QLatin1String("TenantId")).toString();
            m_payload.uploadTime = object.value(QLatin1String("UploadTime")).toString();
            const QString content = object.value(QLatin1String("Content")).toString();
            const QJsonDocument parsed = QJsonDocument::fromJson(content.toUtf8(), &parseError);
            if (parsed.isArray()) {
                m_payload.text = QString::fromUtf8(parsed.toJson(QJsonDocument::Indented));
            } else {
                m_payload.problem = Payload::Problem::ContentNotJson;
                m_payload.parseError = parseError.errorString();
                m_payload.text = content;
            }
        }
    }
    renderContent();
    emit selectionShown();
}

void ReportsView::renderContent()
{
    m_ui->payload->setPlainText(m_payload.text);
    QStringList ids;
    const qsizetype listed = std::min<qsizetype>(m_shownDevices.size(), kMaxDevicesListed);
    ids.reserve(listed);
    for (qsizetype i = 0; i < listed; ++i)
        ids.append(QString::number(m_shownDevices.at(i)));
    m_ui->devices->setPlainText(ids.join(QLatin1Char('\n')));
    renderDetails();
}

void ReportsView::renderDetails()
{
    Widgets &ui = *m_ui;
    const int row = m_model->rowOf(m_shownId);
    if (m_shownId.isNull() || row < 0) {
        ui.detailsStack->setCurrentWidget(ui.placeholder);
        return;
    }
    ui.detailsStack->setCurrentWidget(ui.details);
    const OutboxMessage &message = m_model->message(row);
    ui.messageId->setText(message.id.toString(QUuid::WithoutBraces));

    QString state = ReportListModel::stateName(message);
    if (message.state == OutboxMessage::State::Pending && message.nextAttempt.isValid())
        state = tr("%1; next attempt %2")
                    .arg(state, QLocale().toString(message.nextAttempt.toLocalTime(), QLocale::LongFormat));
    else if (message.state == OutboxMessage::State::Sent && message.sent.isValid())
        //: A message waiting for Azure's confirmation: "<state> since <time it was sent>".
        state = tr("%1 since %2")
                    .arg(state, QLocale().toString(message.sent.toLocalTime(), QLocale::LongFormat));
    else if (message.confirmed.isValid())
        state = tr("%1 on %2")
                    .arg(state, QLocale().toString(message.confirmed.toLocalTime(), QLocale::LongFormat));
    ui.state->setText(state);

    const bool failed = message.state == OutboxMessage::State::Failed;
    ui.reasonLabel->setText(failed ? tr("Reason") : tr("Last error"));
    ui.reason->setText(
        message.lastError.isEmpty() ? (failed ? tr("No reason was given.") : tr("None", "last error")) : message.lastError);
    // Sending clears the last error, and a completed message has no reason to give.
    ui.form->setRowVisible(ui.reason, failed || message.state == OutboxMessage::State::Pending);

    ui.tenant->setText(m_payload.tenantId);
    ui.uploadTime->setText(m_payload.uploadTime);
    ui.detailsError->setText(
        m_shownError.isEmpty() ? QString() : tr("Could not read this message: %1").arg(m_shownError));
    ui.detailsError->setVisible(!m_shownError.isEmpty());

    const int devices = int(m_shownDevices.size());
    QString devicesCaption;
    if (devices > kMaxDevicesListed)
        devicesCaption = tr("Devices: the first %1 of %2")
                             .arg(QLocale().toString(kMaxDevicesListed), QLocale().toString(devices));
    else if (m_shownRead) // until they are read, no count rather than a wrong one
        devicesCaption = tr("Devices (%Ln)", nullptr, devices);
    ui.devicesCaption->setText(devicesCaption);

    ui.payloadCaption->setText(tr("Content: what Azure receives, indented"));
    QString note;
    switch (m_payload.problem) {
    case Payload::Problem::None:
        break;
    case Payload::Problem::BodyNotJson:
        note = tr("The stored request body is not a JSON object (%1); shown as stored.")
                   .arg(m_payload.parseError);
        break;
    case Payload::Problem::ContentNotJson:
        note = tr("Content is not a JSON array (%1); shown as stored.").arg(m_payload.parseError);
        break;
    }
    ui.payloadNote->setText(note);
    ui.payloadNote->setVisible(!note.isEmpty());
}

void ReportsView::retranslate()
{
    Widgets &ui = *m_ui;
    ui.placeholder->setText(tr("Select a message to see its devices and what Azure receives."));
    ui.table->setAccessibleName(tr("Report messages"));
    ui.messageIdLabel->setText(tr("Message id"));
    ui.stateLabel->setText(tr("State"));
    ui.tenantLabel->setText(tr("Tenant id"));
    ui.uploadTimeLabel->setText(tr("Upload time"));
    updateReadError();
    m_model->retranslate();
    m_columnsFitted = false;
    fitColumns();
    updateTabTitles();
    updateTruncation();
    renderDetails();
}

void ReportsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::LocaleChange) {
        m_model->retranslate(); // dates and numbers
        fitColumns();
    }
    QWidget::changeEvent(event);
}

void ReportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_pollTimer.start();
    if (m_stale)
        refresh();
}

void ReportsView::hideEvent(QHideEvent *event)
{
    m_pollTimer.stop();
    QWidget::hideEvent(event);
}
