#pragma once

#include "app/emulator/emulatorpolicy.h"
#include "models/device.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <vector>

class DemoFleetGenerator;
class DeviceFilter;

// One device as the emulator's MDM holds it.
struct FleetDevice
{
    DeviceRecord record; // as generated, or as changed since; record.clientStatus is not read
    QLatin1String clientCode; // azureClientStatusCode as the MDM sends it; empty: none reported yet
    bool quarantined = false; // the MDM's verdict at its last evaluation of the device
    qint64 registeredMs = 0; // lastRegistrationTime
};

// The MDM's fleet: the demo fleet as generated when the emulator started, the devices
// changed since (check-ins, churn), the policies, and a few bytes per device of what fq
// filters on, so that paging a million devices with a filter scans those bytes, not
// generated records. The MDM evaluates a device's quarantine at start, when the device
// changes, after a policy write, and when a manual clock is advanced.
class FleetState final
{
    Q_DISABLE_COPY_MOVE(FleetState)

public:
    FleetState(int devices, quint64 seed, qint64 nowMs);
    ~FleetState();

    int count() const { return int(m_keys.size()); }
    qint64 fleetTimeMs() const { return m_fleetTimeMs; }
    const DemoFleetGenerator &generator() const { return *m_generator; }

    const QList<EmulatorPolicy> &policies() const { return m_policies; }
    const QHash<qint64, EmulatorPolicy> &policiesById() const { return m_policiesById; }
    // Stores the policy (true: it is new) and evaluates every device again at nowMs.
    bool putPolicy(const EmulatorPolicy &policy, qint64 nowMs);

    // The device with this MDM id as the inventory serves it now; record.id 0 when unknown.
    FleetDevice device(qint64 id) const;
    // The device told the MDM it is there: lastCheckin = now.
    void checkIn(qint64 id, qint64 nowMs);
    // Applies n device-side changes (a violation found or fixed, an OS update, a new MSAL
    // result); returns the ids of the changed devices.
    QList<qint64> churn(int changes, qint64 nowMs);
    // The quarantine of every device as the policies have it at nowMs.
    void evaluateAll(qint64 nowMs);

    // 0 when no device has this id.
    qint64 idByAzureId(const QUuid &azureId) const;
    qint64 idByGuid(const QUuid &guid);

    // The 0-based indexes of the devices the filter selects, in id order. Paging through a
    // filtered list asks the same fq again and again: one scan per fleet revision.
    std::shared_ptr<const std::vector<qint32>> matching(const DeviceFilter &filter, const QString &cacheKey);

    // The MSAL result as Ivanti's azureClientStatusCode spells it.
    static QLatin1String clientCodeOf(const DeviceRecord &record);

private:
    struct Keys
    {
        quint16 clientCode = 0; // index into m_codeNames; 0 = none reported
        quint8 registration = 0; // index into m_registrationNames
        Platform platform = Platform::Unknown;
        bool compliant = true;
        bool quarantined = false;
        bool jailbroken = false;
    };

    void build();
    quint16 intern(QStringList &names, const QString &name);
    bool quarantinedAt(const QList<Violation> &violations, qint64 nowMs) const;
    void store(const FleetDevice &device, qint64 nowMs);
    qint64 registrationOf(const DeviceRecord &record) const;

    std::unique_ptr<DemoFleetGenerator> m_generator;
    const int m_size;
    const qint64 m_fleetTimeMs; // the moment the generated fleet describes
    QList<EmulatorPolicy> m_policies;
    QHash<qint64, EmulatorPolicy> m_policiesById;

    std::vector<Keys> m_keys; // by id - 1
    QHash<qint64, FleetDevice> m_changed; // by id
    QHash<QUuid, qint64> m_idsByAzureId;
    QHash<QUuid, qint64> m_idsByGuid; // built on first use
    QStringList m_codeNames; // [0] is ""
    QStringList m_registrationNames;
    quint64 m_revision = 0;
    QHash<QString, std::shared_ptr<const std::vector<qint32>>> m_filterCache;
    quint64 m_filterCacheRevision = 0;
    QRandomGenerator m_churnRng;
};
