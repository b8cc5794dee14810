#pragma once

#include "app/storage/reportoutbox.h"

#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <memory>

class ReportingEngine;
class ReportListModel;

// The reports view (SPEC 2): the outbox's messages in four tabs: Queue (waiting to be
// sent), In flight (sent, waiting for Azure's confirmation), History (completed and
// failed) and Failures, and for the selected message its devices and the payload Azure
// receives. Reads only the outbox (indexed SQLite queries), never the network; refreshes
// follow the engine's signals, coalesced, so a run of 100,000 reports is not repainted
// once per message.
class ReportsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsView)

public:
    enum Tab
    {
        QueueTab,
        InFlightTab,
        HistoryTab,
        FailuresTab,
        TabCount
    };
    Q_ENUM(Tab)

    static constexpr int kMaxRows = 2000; // newest messages shown per tab
    static constexpr int kRefreshDelayMs = 300; // engine signals closer than this are read once

    explicit ReportsView(ReportingEngine *engine, QWidget *parent = nullptr);
    ~ReportsView() override;

    Tab currentTab() const;
    void setCurrentTab(Tab tab);
    ReportListModel *model() const { return m_model; }
    // Selects the message in the current tab; false when the tab does not show it.
    bool selectMessage(const QUuid &id);
    QUuid selectedMessage() const { return m_shownId; }

    // Reads the outbox now (the engine's signals schedule this on their own).
    void refresh();
    const OutboxCounts &counts() const { return m_counts; }

signals:
    // After every read, e.g. for a count in the title of the tab or dock holding the view.
    void countsChanged(const OutboxCounts &counts);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Widgets;

    void buildUi();
    void retranslate();
    void scheduleRefresh();
    void refreshIfShown();
    void updateTabTitles();
    void updateColumns();
    void fitColumns();
    void updateTruncation();
    void updateReadError();
    void showSelection();
    void renderDetails();
    int totalOf(Tab tab) const;

    ReportingEngine *m_engine;
    ReportListModel *m_model;
    std::unique_ptr<Widgets> m_ui;
    QTimer m_refreshTimer; // coalesces engine signals
    QTimer m_pollTimer; // a retry emits no signal: a slow look while visible
    OutboxCounts m_counts;
    QString m_readError;
    bool m_stale = false; // a refresh was due while hidden
    bool m_columnsFitted = false;

    // The selected message, read once when selected: its body and devices never change.
    struct Payload
    {
        enum class Problem : quint8
        {
            None,
            BodyNotJson,
            ContentNotJson
        };
        QString tenantId;
        QString uploadTime;
        QString text; // the Content array indented, or the stored text when it does not parse
        Problem problem = Problem::None;
        QString parseError;
    };
    QUuid m_shownId;
    QList<qint64> m_shownDevices;
    Payload m_payload;
    QString m_shownError; // reading the selected message failed
};
