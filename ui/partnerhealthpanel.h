#pragma once

#include "app/reporting/partnerhealthservice.h"

#include <QTimer>
#include <QWidget>

#include <memory>

// The Partner health tab: whether each stage a report goes through works (the two access
// tokens, the discovery of the partner endpoints, the partner state Graph reports), and the
// heartbeat this console keeps. It asks PartnerHealthService for a check on demand and
// every five minutes while shown, and renders what the service holds when it changes.
class PartnerHealthPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerHealthPanel)

public:
    using Stage = PartnerHealthService::Stage;
    using Status = PartnerHealthService::Status;
    static constexpr int kCheckIntervalMs = 5 * 60 * 1000;

    explicit PartnerHealthPanel(PartnerHealthService *health, QWidget *parent = nullptr);
    ~PartnerHealthPanel() override;

    PartnerHealthService *service() const { return m_health; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Widgets;
    struct StageRow;

    void buildUi();
    void retranslate();
    void render();
    void renderRow(StageRow &row, Status status, const QString &detail);
    QString tokenDetail(Stage stage) const;
    QString partnerDetail() const;
    void renderHeartbeat();
    void renderLeader();

    PartnerHealthService *m_health;
    std::unique_ptr<Widgets> m_ui;
    QTimer m_timer;
};
