#pragma once

#include "app/inventory/deviceinventory.h"

#include <QCoreApplication>
#include <QGroupBox>
#include <QList>

class QLabel;
class QTableWidget;

// Device Details, "Report timeline": what happened to this device's reports (queued, sent,
// retried, completed, failed), newest first, with the trigger, the message id and Azure's
// reason. A long timeline scrolls inside the table; a narrow page wraps the time and the
// reason rather than cutting them off.
class ReportTimelineBox final : public QGroupBox
{
    // Its texts keep the page's context, where the translations are.
    Q_DECLARE_TR_FUNCTIONS(DeviceDetailsView)

public:
    explicit ReportTimelineBox(QWidget *parent);

    void retranslate();
    void setEvents(const QList<ReportEvent> &events);
    void clear() { m_events.clear(); }
    // Renders the events again (dates and words follow the language).
    void render();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum Column
    {
        TimeColumn,
        EventColumn,
        TriggerColumn,
        MessageColumn,
        DetailColumn,
        ColumnCount
    };
    void fitTable();

    QList<ReportEvent> m_events;
    QLabel *m_none;
    QTableWidget *m_table;
    int m_contentWidths[ColumnCount] = {};
    int m_fittedWidth = -1; // the table width the columns were last fitted to
};
