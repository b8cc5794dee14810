#include "ui/devicedetails/reporttimelinebox.h"

#include "app/reporting/reportplanner.h"
#include "ui/devicedetails/detailswidgets.h"
#include "ui/devicedetailsview.h"
#include "ui/fixedpitchfont.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

using namespace DetailsWidgets;

namespace {
// The table grows with its rows up to this many, then scrolls: the timeline keeps up to
// 200 events and the page should not become mostly timeline.
constexpr int kVisibleRows = 8;

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

} // namespace

ReportTimelineBox::ReportTimelineBox(QWidget *parent)
    : QGroupBox(parent)
    , m_none(valueLabel(this, "noTimelineLabel"))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("timelineBox"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_none);
    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The long time format and a failure's reason wrap rather than being cut off when
    // the page is narrow (fitTable shares out the width).
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->installEventFilter(this);
    layout->addWidget(m_table);
}

void ReportTimelineBox::retranslate()
{
    setTitle(tr("Report timeline"));
    m_table->setAccessibleName(tr("Report timeline"));
    m_none->setText(tr("No report sent yet."));
    m_table->setHorizontalHeaderLabels(
        { tr("Time"), tr("Event"), tr("Trigger"), tr("Message id"), tr("Detail") });
}

void ReportTimelineBox::setEvents(const QList<ReportEvent> &events)
{
    m_events = events;
    render();
}

bool ReportTimelineBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        fitTable();
    return QGroupBox::eventFilter(watched, event);
}

void ReportTimelineBox::render()
{
    // Only the queued event names the trigger; the other events of a message share it.
    QHash<QUuid, QString> triggers;
    for (const ReportEvent &event : std::as_const(m_events)) {
        if (event.event == QLatin1String("queued"))
            triggers.insert(event.messageId, event.trigger);
    }

    m_table->setRowCount(0);
    m_table->setRowCount(int(m_events.size()));
    for (int row = 0; row < int(m_events.size()); ++row) {
        const ReportEvent &event = m_events.at(row);
        QString detail = event.detail;
        if (event.event == QLatin1String("queued")) {
            detail = event.outcome
                ? tr("Azure receives: %1").arg(ComplianceActions::outcomeName(*event.outcome))
                : QString();
        }
        const QString trigger = triggers.value(event.messageId);
        m_table->setItem(row, TimeColumn, cell(event.at.isValid() ? longDateTime(event.at) : dash()));
        m_table->setItem(row, EventColumn, cell(eventName(event.event)));
        m_table->setItem(
            row, TriggerColumn, cell(trigger.isEmpty() ? QString() : ReportPlanner::triggerName(trigger)));
        QTableWidgetItem *message = cell(event.messageId.toString(QUuid::WithoutBraces));
        message->setFont(FixedPitchFont::font());
        m_table->setItem(row, MessageColumn, message);
        QTableWidgetItem *detailItem = cell(detail.section(QLatin1Char('\n'), 0, 0));
        detailItem->setToolTip(detail);
        m_table->setItem(row, DetailColumn, detailItem);
    }
    const bool any = m_table->rowCount() > 0;
    m_table->setVisible(any);
    m_none->setVisible(!any);
    for (int column = 0; column < ColumnCount; ++column) {
        m_table->resizeColumnToContents(column);
        m_contentWidths[column] = m_table->columnWidth(column);
    }
    m_fittedWidth = -1;
    fitTable();
}

void ReportTimelineBox::fitTable()
{
    QTableWidget *table = m_table;
    if (table->rowCount() == 0 || table->width() == m_fittedWidth)
        return;
    m_fittedWidth = table->width();
    // A long timeline scrolls inside the table; its scroll bar is there from the start
    // so that it does not take width from columns already shared out.
    const bool scrolls = table->rowCount() > kVisibleRows;
    table->setVerticalScrollBarPolicy(scrolls ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
    const int available = table->width() - 2 * table->frameWidth()
        - (scrolls ? table->verticalScrollBar()->sizeHint().width() : 0);

    // Event, trigger and message id keep their width; the time wraps onto a second
    // line before the detail gets narrower than a short reason.
    const int *content = m_contentWidths;
    const int fixed = content[EventColumn] + content[TriggerColumn] + content[MessageColumn];
    const int detailMinimum = table->fontMetrics().averageCharWidth() * 28;
    const int time
        = std::clamp(available - fixed - detailMinimum, content[TimeColumn] * 11 / 20, content[TimeColumn]);
    table->setColumnWidth(TimeColumn, time);
    table->setColumnWidth(EventColumn, content[EventColumn]);
    table->setColumnWidth(TriggerColumn, content[TriggerColumn]);
    table->setColumnWidth(MessageColumn, content[MessageColumn]);
    table->setColumnWidth(DetailColumn, std::max(detailMinimum, available - fixed - time));
    table->resizeRowsToContents();
    // Wrapped rows set flush against each other read as one block: a little air between.
    const int padding = table->fontMetrics().height() / 4;
    for (int row = 0; row < table->rowCount(); ++row)
        table->setRowHeight(row, table->rowHeight(row) + padding);

    int rowsHeight = 0;
    for (int row = 0; row < std::min(table->rowCount(), kVisibleRows); ++row)
        rowsHeight += table->rowHeight(row);
    const bool scrollBar = table->horizontalHeader()->length() > available;
    const int height = 2 * table->frameWidth() + table->horizontalHeader()->sizeHint().height() + rowsHeight
        + (scrollBar ? table->horizontalScrollBar()->sizeHint().height() : 0);
    if (table->height() != height)
        table->setFixedHeight(height);
}
