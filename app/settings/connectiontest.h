#pragma once

#include "app/net/netsettings.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class NetworkServices;

// "Test connection" of the settings dialog: tries the candidate settings stage by stage,
// each only after the one before succeeded, with a network layer of its own (nothing of
// the running console changes): MDM auth (the device spaces), Entra tokens (Graph and
// Intune scopes), endpoint discovery (or the overrides), the partner heartbeat.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    enum Stage : int
    {
        MdmAuth,
        Token,
        Discovery,
        UserLookup,
        Heartbeat,
        StageCount
    };
    Q_ENUM(Stage)

    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    static QString stageName(Stage stage);

    // Stops a test still running (its results are dropped) and starts a new one.
    void start(const NetSettings &settings);
    bool isRunning() const { return m_running; }

    // What discovery found (empty until that stage passed).
    QUrl discoveredTenantSync() const { return m_tenantSync; }
    QUrl discoveredDeviceSync() const { return m_deviceSync; }

signals:
    void stageStarted(ConnectionTest::Stage stage);
    // message says what was found, or at the failing stage, what went wrong.
    void stageFinished(ConnectionTest::Stage stage, bool ok, const QString &message);
    void finished(bool ok);

private:
    void run(Stage stage);
    void pass(Stage stage, const QString &message);
    void fail(Stage stage, const QString &message);

    std::unique_ptr<NetworkServices> m_network;
    std::unique_ptr<QObject> m_context; // replaced per run: late answers of an old run are dropped
    QUrl m_tenantSync;
    QUrl m_deviceSync;
    bool m_running = false;
};
