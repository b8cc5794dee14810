#pragma once

#include "app/emulator/emulatormessages.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUuid>

#include <deque>
#include <optional>

class EntraTokens;
class FaultInjector;
class FleetState;
class PartnerTenantEndpoints;
struct EmulatorSettings;
struct EmulatorStatistics;

// The Intune PartnerDeviceDataSyncService (docs/PROTOCOL.md A7, A8): upload messages,
// checked and stored under their id (the idempotency key), processed asynchronously,
// and their results; plus what each device was last reported as, for the admin API.
class PartnerDeviceEndpoints final
{
    Q_DISABLE_COPY_MOVE(PartnerDeviceEndpoints)

public:
    enum class Status : quint8
    {
        InProgress,
        Completed,
        Failed
    };

    struct Message
    {
        Status status = Status::InProgress;
        Status outcome = Status::Completed; // decided on receipt, shown when due
        QString errorDetail;
        qint64 receivedAt = 0;
        qint64 dueAt = 0;
        int entities = 0;
        int receivedCount = 1;
    };

    struct DeviceReports
    {
        QJsonObject lastInventory;
        QJsonObject lastCompliance;
        QList<QUuid> messageIds;
    };

    PartnerDeviceEndpoints(const EmulatorSettings &settings, const FleetState &fleet,
        const PartnerTenantEndpoints &tenant, FaultInjector &faults, EntraTokens &tokens,
        EmulatorStatistics &stats);

    // Requests under /partner/device/; nullopt for other paths.
    std::optional<EmulatorResponse> route(const EmulatorRequest &request, const QString &path, qint64 nowMs);
    // Messages whose processing time has passed get their outcome.
    void settle(qint64 nowMs);

    const QHash<QUuid, Message> &messages() const { return m_messages; }
    const QHash<QUuid, DeviceReports> &deviceReports() const { return m_deviceReports; }
    qint64 messagesInProgress() const { return qint64(m_processing.size()); }
    // Per-device bookkeeping only: stored messages stay idempotency keys.
    void forgetDeviceReports() { m_deviceReports.clear(); }

    static QString statusWord(Status status);

private:
    EmulatorResponse put(const EmulatorRequest &request, const QString &key, qint64 nowMs);
    EmulatorResponse get(const EmulatorRequest &request, const QString &key, qint64 nowMs);
    EmulatorResponse accepted(const QString &messageId, Status status) const;
    void store(const QUuid &messageId, const QJsonArray &entities, qint64 nowMs);

    const EmulatorSettings &m_settings;
    const FleetState &m_fleet;
    const PartnerTenantEndpoints &m_tenant;
    FaultInjector &m_faults;
    EntraTokens &m_tokens;
    EmulatorStatistics &m_stats;
    QHash<QUuid, Message> m_messages;
    std::deque<QUuid> m_processing; // in order of dueAt
    QHash<QUuid, DeviceReports> m_deviceReports; // by DeviceId
};
