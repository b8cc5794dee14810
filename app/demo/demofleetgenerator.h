#pragma once

#include "models/compliancepolicy.h"
#include "models/device.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

// A realistic demo fleet for the console, the emulator and the benchmarks. Each device
// depends only on (seed, index), so fleets of any size are generated streaming and the
// same index always gives the same device.
// It is shared by the console and the tenant emulator, so it holds data only: it
// evaluates no policy and knows no wire format (a device's quarantined flag is the
// MDM's to compute; DemoFleetWriter and the emulator each do it their own way).
class DemoFleetGenerator final
{
    Q_DISABLE_COPY_MOVE(DemoFleetGenerator)

public:
    // A user of the demo directory, as Entra knows them.
    struct User
    {
        quint64 number = 0;
        QString principalName; // first.last[n]@contoso.com, also the e-mail address
        QUuid objectId;        // the Entra object id
        bool knownToEntra = true; // false for the few users Entra has no record of
    };

    explicit DemoFleetGenerator(quint64 seed);

    quint64 seed() const { return m_seed; }

    // Every rule of PolicyRule, with tiered steps; ids 1..policies().size().
    QList<CompliancePolicy> policies() const;
    // The device with id index + 1, as of `now`. Its entraUserId is set only where the
    // MDM record carries the user's object id (most devices); the others name their user
    // by userPrincipalName alone.
    DeviceRecord device(int index, const QDateTime &now) const;

    // The directory behind the fleet: user `number`, or the user with this principal
    // name (compared without case); nullopt for a name the directory never had.
    User user(quint64 number) const;
    std::optional<User> userByPrincipalName(const QString &principalName) const;

private:
    const quint64 m_seed;
};
