#include "app/storage/postgres/pgchangefeed.h"

#include "app/logging/logcategories.h"
#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pglogin.h"
#include "app/storage/postgres/pgrevisionlistener.h"

#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

// The feed's half on its own thread: both connections, the coalescing and the retries.
class PgChangeFeedWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgChangeFeedWorker)

public:
    PgChangeFeedWorker(const PgConnectionSettings &settings, const QString &uri);
    ~PgChangeFeedWorker() override;

    void begin();
    // Set from the owner's thread: a connect that returns after stop() goes no further.
    std::atomic<bool> stopping{false};

Q_SIGNALS:
    void changed(const StoreChanges &changes);
    void connectionChanged(bool live, const QString &reason);
    void baseline(qint64 revision);

private:
    void connectNow();
    void onRevision(qint64 revision);
    void onLost(const QString &reason);
    void readChanges();
    bool read(StoreChanges *changes, QString *error);

    const PgConnectionSettings m_settings;
    const QString m_uri;
    std::unique_ptr<PgRevisionListener> m_listener;
    std::unique_ptr<PgConnection> m_query;
    QTimer m_coalesce;
    QTimer m_retry;
    qint64 m_reported = -1; // -1: not connected yet, so nothing to catch up on
    int m_retryMs = PgChangeFeed::kFirstRetryMs;
    bool m_live = false;
    bool m_downAnnounced = false;
};

PgChangeFeedWorker::PgChangeFeedWorker(const PgConnectionSettings &settings, const QString &uri)
    : m_settings(settings)
    , m_uri(uri)
{
    // Children, so that they move to the feed's thread with the worker.
    m_coalesce.setParent(this);
    m_retry.setParent(this);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(PgChangeFeed::kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &PgChangeFeedWorker::readChanges);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PgChangeFeedWorker::connectNow);
}

PgChangeFeedWorker::~PgChangeFeedWorker()
{
    // The timers are members: take them out of the child list before QObject deletes children.
    m_coalesce.setParent(nullptr);
    m_retry.setParent(nullptr);
}

void PgChangeFeedWorker::begin()
{
    connectNow();
}

void PgChangeFeedWorker::connectNow()
{
    if (stopping)
        return;
    QString error;
    auto listening = std::make_unique<PgConnection>();
    auto query = std::make_unique<PgConnection>();
    if (!m_listener) {
        m_listener = std::make_unique<PgRevisionListener>();
        connect(m_listener.get(), &PgRevisionListener::revisionChanged, this, &PgChangeFeedWorker::onRevision);
        connect(m_listener.get(), &PgRevisionListener::connectionLost, this, &PgChangeFeedWorker::onLost);
        connect(m_listener.get(), &PgRevisionListener::unexpectedPayload, this, [](const QString &payload) {
            qCWarning(lcStorage) << "Change feed: ignored a notification that is no revision:" << payload;
        });
    }
    const bool ok = PgLogin::open(*listening, m_settings, m_uri, &error) && !stopping
        && PgLogin::open(*query, m_settings, m_uri, &error) && !stopping
        && m_listener->start(std::move(listening), &error);
    if (stopping)
        return;
    if (!ok) {
        onLost(error);
        return;
    }
    m_query = std::move(query);
    m_retryMs = PgChangeFeed::kFirstRetryMs;
    m_live = true;
    m_downAnnounced = false;
    const qint64 current = m_listener->lastRevision();
    qCInfo(lcStorage) << "Change feed: listening on" << m_settings.displayName() << "at revision" << current;
    Q_EMIT connectionChanged(true, QString());
    if (m_reported < 0) {
        m_reported = current;
        Q_EMIT baseline(current);
    } else if (current != m_reported) {
        // Notifications sent while away are not replayed: read what they announced.
        readChanges();
    }
}

void PgChangeFeedWorker::onRevision(qint64 revision)
{
    // The first of a burst starts the timer; the rest ride along.
    if (revision > m_reported && !m_coalesce.isActive())
        m_coalesce.start();
}

void PgChangeFeedWorker::onLost(const QString &reason)
{
    m_coalesce.stop();
    if (m_listener)
        m_listener->stop();
    m_query.reset();
    if (m_live || !m_downAnnounced) {
        qCWarning(lcStorage).noquote() << "Change feed: no live updates from" << m_settings.displayName() << "-"
                                       << reason;
        m_live = false;
        m_downAnnounced = true;
        Q_EMIT connectionChanged(false, reason);
    }
    qCInfo(lcStorage) << "Change feed: connecting again in" << m_retryMs << "ms";
    m_retry.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, PgChangeFeed::kMaxRetryMs);
}

void PgChangeFeedWorker::readChanges()
{
    m_coalesce.stop();
    if (!m_query || stopping)
        return;
    StoreChanges changes;
    QString error;
    if (!read(&changes, &error)) {
        if (m_query->isOpen()) {
            // The server refused the read itself (e.g. a privilege taken away): the connection
            // is fine, so the next notification tries again.
            qCWarning(lcStorage).noquote() << "Change feed: cannot read the changes:" << error;
            m_query->run("ROLLBACK", &error);
            return;
        }
        onLost(error);
        return;
    }
    if (changes.revision == m_reported)
        return;
    m_reported = changes.revision;
    if (changes.isEmpty()) {
        qCDebug(lcStorage) << "Change feed: revision" << changes.revision << "changed nothing a console shows";
        return;
    }
    qCDebug(lcStorage) << "Change feed: revision" << changes.revision << "-" << changes.devices.size() << "devices"
                       << (changes.devicesUnknown ? "(all)" : "");
    Q_EMIT changed(changes);
}

bool PgChangeFeedWorker::read(StoreChanges *changes, QString *error)
{
    const auto failed = [&](const PgResult &result) {
        *error = result.errorText().isEmpty() ? m_query->connectionError() : result.errorText();
        return false;
    };
    // One snapshot: the revision read and the rows read agree. A revision is taken under the
    // revision row's lock held to commit, so every row up to the one read is visible in it.
    if (!m_query->run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", error))
        return false;
    const PgResult top = m_query->exec("SELECT revision FROM asc_store.store_revision");
    if (!top.ok() || top.rows() != 1)
        return failed(top);
    changes->revision = top.integer(0, 0);
    if (changes->revision < m_reported) {
        // The store went back (restored from a backup, made anew): nothing since is known.
        qCWarning(lcStorage) << "Change feed: the store's revision went back from" << m_reported << "to"
                             << changes->revision << "- reading everything again";
        changes->devicesUnknown = changes->policies = changes->outbox = changes->history = changes->audit
            = changes->settings = changes->leadership = true;
        return m_query->run("COMMIT", error);
    }
    if (changes->revision == m_reported)
        return m_query->run("COMMIT", error);

    const QList<QByteArray> since{QByteArray::number(m_reported)};
    // A Report now request shows on its device at once, before the reporter takes it.
    const PgResult devices = m_query->exec(
        "SELECT id FROM asc_store.devices WHERE revision > $1"
        " UNION SELECT device_id FROM asc_store.report_requests WHERE revision > $1"
        " LIMIT " + QByteArray::number(StoreChangeFeed::kMaxDeviceIds + 1),
        since);
    if (!devices.ok())
        return failed(devices);
    if (devices.rows() > StoreChangeFeed::kMaxDeviceIds) {
        changes->devicesUnknown = true;
    } else {
        changes->devices.reserve(devices.rows());
        for (int row = 0; row < devices.rows(); ++row)
            changes->devices.append(devices.integer(row, 0));
    }

    const PgResult flags = m_query->exec(
        "SELECT EXISTS (SELECT 1 FROM asc_store.policies WHERE revision > $1),"
        " EXISTS (SELECT 1 FROM asc_store.report_outbox WHERE revision > $1)"
        "  OR EXISTS (SELECT 1 FROM asc_store.report_requests WHERE revision > $1),"
        " EXISTS (SELECT 1 FROM asc_store.report_history WHERE revision > $1),"
        " EXISTS (SELECT 1 FROM asc_store.audit_log WHERE revision > $1),"
        " EXISTS (SELECT 1 FROM asc_store.settings WHERE revision > $1),"
        " EXISTS (SELECT 1 FROM asc_store.leadership WHERE revision > $1)",
        since);
    if (!flags.ok() || flags.rows() != 1)
        return failed(flags);
    const auto flag = [&](int column) { return flags.bytes(0, column) == "t"; };
    changes->policies = flag(0);
    changes->outbox = flag(1);
    changes->history = flag(2);
    changes->audit = flag(3);
    changes->settings = flag(4);
    changes->leadership = flag(5);

    const PgResult deleted =
        m_query->exec("SELECT table_name FROM asc_store.store_deletes WHERE revision > $1", since);
    if (!deleted.ok())
        return failed(deleted);
    for (int row = 0; row < deleted.rows(); ++row) {
        const QByteArray table = deleted.bytes(row, 0);
        if (table == "devices")
            changes->devicesUnknown = true;
        else if (table == "policies")
            changes->policies = true;
        else if (table == "report_outbox" || table == "report_requests")
            changes->outbox = true;
        else if (table == "settings")
            changes->settings = true;
    }
    if (changes->devicesUnknown)
        changes->devices.clear();
    return m_query->run("COMMIT", error);
}

PgChangeFeed::PgChangeFeed(const PgConnectionSettings &settings, const QString &uri, QObject *parent)
    : StoreChangeFeed(parent)
    , m_settings(settings)
    , m_uri(uri)
{
}

PgChangeFeed::~PgChangeFeed()
{
    stop();
}

void PgChangeFeed::start()
{
    if (m_worker)
        return;
    ++m_generation;
    const quint64 generation = m_generation;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("asc-changefeed"));
    m_worker = new PgChangeFeedWorker(m_settings, m_uri);
    m_worker->moveToThread(m_thread);
    // Both go when the thread ends, also when stop() did not wait for it (a connect that
    // had not returned): the feed never blocks its owner for longer than kStopWaitMs.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    // Queued: a generation left behind by stop() may still have calls under way.
    connect(m_worker, &PgChangeFeedWorker::changed, this, [this, generation](const StoreChanges &changes) {
        if (generation != m_generation)
            return;
        m_revision = changes.revision;
        Q_EMIT changed(changes);
    });
    connect(m_worker, &PgChangeFeedWorker::connectionChanged, this,
            [this, generation](bool live, const QString &reason) {
                if (generation != m_generation)
                    return;
                m_live = live;
                Q_EMIT connectionChanged(live, reason);
            });
    connect(m_worker, &PgChangeFeedWorker::baseline, this, [this, generation](qint64 revision) {
        if (generation == m_generation)
            m_revision = revision;
    });
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &PgChangeFeedWorker::begin, Qt::QueuedConnection);
}

void PgChangeFeed::stop()
{
    if (!m_worker)
        return;
    ++m_generation;
    disconnect(m_worker, nullptr, this, nullptr);
    m_worker->stopping = true;
    m_worker = nullptr;
    m_live = false;
    m_thread->quit();
    if (!m_thread->wait(kStopWaitMs))
        qCInfo(lcStorage) << "Change feed: a connect is still under way; its thread ends when it returns";
}

bool PgChangeFeed::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

#include "pgchangefeed.moc"
