#pragma once

#include "app/reporting/reporthistory.h"

#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <memory>
#include <optional>

class ReportListModel;

// The reports to Azure: the outbox's messages in four tabs: Queue (waiting to be sent),
// In flight (sent, waiting for Azure's confirmation), History (completed and failed) and
// Failures, and for the selected message its devices and the payload Azure receives. It
// asks ReportHistory for the rows and the selected message and shows them when they
// arrive; while shown it reads again when the service says the outbox changed.
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

    explicit ReportsView(ReportHistory *history, QWidget *parent = nullptr);
    ~ReportsView() override;

    Tab currentTab() const;
    void setCurrentTab(Tab tab);
    ReportListModel *model() const { return m_model; }
    // Selects the message in the current tab; false when the tab does not show it.
    bool selectMessage(const QUuid &id);
    QUuid selectedMessage() const { return m_shownId; }

    // Asks for the rows of the current tab now (a change of the outbox asks on its own);
    // refreshed follows once they are shown.
    void refresh();
    const OutboxCounts &counts() const { return m_counts; }

signals:
    // After every read of the counts, e.g. for a count in the title of the tab holding the view.
    void countsChanged(const OutboxCounts &counts);
    // The rows of the current tab were read and are shown.
    void refreshed();
    // The selected message's devices and payload were read and are shown.
    void selectionShown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Widgets;

    void buildUi();
    void retranslate();
    void onOutboxChanged();
    void onCountsRead(const OutboxCounts &counts);
    void onMessagesRead(
        const QList<OutboxMessage::State> &states, const QList<OutboxMessage> &messages, const QString &error);
    void onMessageRead(const QUuid &id, const std::optional<OutboxMessage> &message,
        const QList<qint64> &deviceIds, const QString &error);
    void updateTabTitles();
    void updateColumns();
    void fitColumns();
    void updateTruncation();
    void updateReadError();
    void showSelection();
    void renderDetails();
    void renderContent();
    int totalOf(Tab tab) const;

    ReportHistory *m_history;
    ReportListModel *m_model;
    std::unique_ptr<Widgets> m_ui;
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
    bool m_shownRead = false; // its devices and payload have arrived
    QList<qint64> m_shownDevices;
    Payload m_payload;
    QString m_shownError; // reading the selected message failed
};
