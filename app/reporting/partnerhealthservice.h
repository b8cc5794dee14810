#pragma once

#include "app/threading/storereader.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class Store;
class NetworkServices;
class ReportingEngine;

// What the partner health view shows: whether each stage a report goes through works,
// checked on demand (the two access tokens, the discovery of the partner endpoints, the
// partner state Graph reports), and the heartbeat this console's engine keeps (when Azure
// last answered it, and the ResyncTimestamp it gave). Asynchronous only: results come
// with changed(); a failed stage keeps the client's error, which names the endpoint.
class PartnerHealthService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerHealthService)

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
    // A compliance partner as Graph lists it.
    struct Partner
    {
        QString id;
        QString displayName;
        QString state; // "enabled", "unresponsive", ... as Graph says it
        QDateTime lastHeartbeat; // invalid when never
        bool androidOnboarded = false;
        bool iosOnboarded = false;
    };

    // engine and store may be null: then the heartbeat is not known. The store is read
    // once, off the window's thread, for the heartbeat of an earlier run.
    explicit PartnerHealthService(NetworkServices *network, ReportingEngine *engine = nullptr,
        Store *store = nullptr, QObject *parent = nullptr);
    ~PartnerHealthService() override;

    // Starts a check of every stage; a check still running is superseded.
    void checkNow();
    bool isChecking() const { return m_running > 0; }
    Status status(Stage stage) const { return m_results[stage].status; }
    QString error(Stage stage) const { return m_results[stage].error; }
    QDateTime lastCheck() const { return m_lastCheck; }

    // The OAuth scope a token stage asks for (a protocol value, never translated).
    static QString scope(Stage stage);
    // When the token last issued for the stage's scope expires; invalid when it was
    // issued before this service existed (then tokenRenewal() is all that is known).
    QDateTime tokenExpiry(Stage stage) const;
    QDateTime tokenRenewal(Stage stage) const;
    // The discovered partner endpoints with their provider names (protocol values).
    static QString tenantSyncProvider();
    static QString deviceSyncProvider();
    QUrl tenantSyncEndpoint() const { return m_tenantSync; }
    QUrl deviceSyncEndpoint() const { return m_deviceSync; }
    QList<Partner> partners() const { return m_partners; }

    // The heartbeat: when Azure last answered it (invalid: never), the ResyncTimestamp
    // that answer gave (invalid: none), and the error of the last one if it failed.
    bool knowsHeartbeat() const { return m_engine != nullptr; }
    QDateTime lastHeartbeat() const { return m_heartbeat; }
    QDateTime resyncTimestamp() const { return m_resync; }
    QString heartbeatError() const { return m_heartbeatError; }
    QDateTime heartbeatFailedAt() const { return m_heartbeatFailedAt; }

    // Who syncs the store this console works on: this console, another process (named in
    // leaderDescription(): host, process, since when), or nobody right now.
    enum class Leadership : quint8
    {
        Unknown, // no reporting engine
        ThisConsole,
        Other,
        Nobody
    };
    Leadership leadership() const;
    QString leaderDescription() const;

signals:
    // A stage, the heartbeat or the sync leader changed.
    void changed();
    void checkFinished();

private:
    struct Result
    {
        Status status = Status::NotChecked;
        QString error;
    };
    void finishStage(quint64 generation, Stage stage, Status status, const QString &error);
    void checkToken(Stage stage, quint64 generation);
    void onHeartbeat(const QDateTime &at, const QString &error, const QDateTime &resyncTimestamp);

    NetworkServices *m_network;
    ReportingEngine *m_engine;
    Result m_results[StageCount];
    QHash<QString, QDateTime> m_expiry; // scope -> expiry of the token last issued
    QUrl m_tenantSync;
    QUrl m_deviceSync;
    QList<Partner> m_partners;
    QDateTime m_lastCheck;
    quint64 m_generation = 0; // answers of a superseded check are ignored
    int m_running = 0; // stages of the current check still waiting for an answer
    QDateTime m_heartbeat;
    QDateTime m_resync;
    QString m_heartbeatError;
    QDateTime m_heartbeatFailedAt;
    bool m_heartbeatAnswered = false; // Azure answered one in this run: the stored one is older
    StoreReader m_reader; // last: stopped first, while the rest is still here
};
