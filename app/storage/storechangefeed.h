#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

// What other processes changed in a shared store since the last StoreChanges: the store's
// revision it brings the reader up to, and which parts to read again.
struct StoreChanges
{
    qint64 revision = 0;
    // Devices added or changed (a Report now asked for a device counts as a change of it).
    QList<qint64> devices;
    // Read every device again: some were deleted (their ids are gone with their rows), or
    // more changed at once than it is worth naming one by one.
    bool devicesUnknown = false;
    bool policies = false;
    // The outbox or the Report now requests waiting for it.
    bool outbox = false;
    bool history = false;
    bool audit = false;
    bool settings = false;
    bool leadership = false;

    bool isEmpty() const
    {
        return devices.isEmpty() && !devicesUnknown && !policies && !outbox && !history && !audit && !settings
            && !leadership;
    }
};
Q_DECLARE_METATYPE(StoreChanges)

// Tells a console what other consoles and reporters wrote to the store it shares with them,
// so that it reads again only that. Only a store several processes share has one (the
// PostgreSQL store); a console on its own SQLite file learns of its own writes from its
// services' signals. Signals arrive on the thread that owns the feed.
class StoreChangeFeed : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreChangeFeed)

public:
    // Above this many devices changed at once, changed() asks for a full reload instead.
    static constexpr int kMaxDeviceIds = 50000;

    using QObject::QObject;
    ~StoreChangeFeed() override = default;

    // Starts listening without blocking the caller; connectionChanged follows.
    virtual void start() = 0;
    // Stops listening; nothing more is emitted afterwards.
    virtual void stop() = 0;
    // Listening now, as the last connectionChanged said.
    virtual bool isLive() const = 0;

Q_SIGNALS:
    // Changes committed by anyone (this process included) since the last changed(), a
    // burst of commits coalesced into one.
    void changed(const StoreChanges &changes);
    // live false: changes are not heard until the feed has connected again, which it
    // keeps trying by itself (reason: why, in the server's or libpq's words). Once live
    // again, changed() brings what was committed in between.
    void connectionChanged(bool live, const QString &reason);
};
