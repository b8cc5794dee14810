#pragma once

#include "app/net/endpointdiscovery.h"
#include "app/net/partnercomplianceclient.h"

#include <QDateTime>
#include <QHash>
#include <QTimer>
#include <QWidget>

#include <memory>

class NetworkServices;

// Partner health (SPEC 2): whether each stage a report goes through works, checked on
// demand and every five minutes while shown: the two access tokens, the discovery of the
// partner endpoints, and the partner state Graph reports (heartbeat, onboarding).
// Asynchronous only; a failed stage shows the client's error, which names the endpoint.
class PartnerHealthPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerHealthPanel)

public:
    enum Stage
    {
        ManagementTokenStage,
        GraphTokenStage,
        DiscoveryStage,
        PartnerStateStage,
        StageCount
    };
    Q_ENUM(Stage)
    enum class Status : quint8
    {
        NotChecked,
        Pending,
        Ok,
        Warning, // answered, but not healthy: the partner is not enabled, or none is registered
        Failed
    };
    Q_ENUM(Status)

    static constexpr int kCheckIntervalMs = 5 * 60 * 1000;

    explicit PartnerHealthPanel(NetworkServices *network, QWidget *parent = nullptr);
    ~PartnerHealthPanel() override;

    // Starts a check of every stage; a check still running is superseded.
    void checkNow();
    bool isChecking() const { return m_running > 0; }
    Status status(Stage stage) const { return m_results[stage].status; }
    QDateTime lastCheck() const { return m_lastCheck; }

signals:
    void checkFinished();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Result
    {
        Status status = Status::NotChecked;
        QString error;
    };
    struct Widgets;

    void buildUi();
    void retranslate();
    void render();
    void renderStage(Stage stage, const QString &detail);
    QString tokenDetail(const QString &scope) const;
    QString partnerDetail() const;
    void finishStage(quint64 generation, Stage stage, Status status, const QString &error);
    void checkToken(Stage stage, const QString &scope, quint64 generation);

    NetworkServices *m_network;
    std::unique_ptr<Widgets> m_ui;
    QTimer m_timer;
    Result m_results[StageCount];
    QHash<QString, QDateTime> m_expiry; // scope -> expiry of the token last issued
    PartnerEndpoints m_endpoints;
    QList<PartnerComplianceClient::PartnerHealth> m_partners;
    QDateTime m_lastCheck;
    quint64 m_generation = 0; // answers of a superseded check are ignored
    int m_running = 0; // stages of the current check still waiting for an answer
};
