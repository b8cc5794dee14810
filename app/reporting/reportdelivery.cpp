#include "app/reporting/reportdelivery.h"

#include "app/net/partnercomplianceclient.h"
#include "app/storage/reportoutbox.h"
#include "app/storage/storesettings.h"
#include "app/storage/storewriter.h"

#include <algorithm>

namespace {
const QString kProvisionedKey = QStringLiteral("azure/provisionedTenant");
const QString kHeartbeatKey = QStringLiteral("azure/lastHeartbeat");
const QString kResyncKey = QStringLiteral("azure/resyncTimestamp");
const QString kWeeklyKey = QStringLiteral("reporting/lastWeekly");
constexpr int kHeartbeatMs = 60 * 60 * 1000;
} // namespace

ReportDelivery::ReportDelivery(
    StoreSettings *storeSettings, ReportOutbox *outbox, PartnerComplianceClient *partner, StoreWriter *writer,
    QObject *parent)
    : QObject(parent)
    , m_storeSettings(storeSettings)
    , m_outbox(outbox)
    , m_partner(partner)
    , m_writer(writer)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_pumpTimer.setInterval(1000);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ReportDelivery::pump);
    m_heartbeatTimer.setInterval(kHeartbeatMs);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &ReportDelivery::heartbeat);
}

void ReportDelivery::start()
{
    m_running = true;
    m_pumpTimer.start();
    m_heartbeatTimer.start();
    pump();
}

void ReportDelivery::stop()
{
    m_running = false;
    m_pumpTimer.stop();
    m_heartbeatTimer.stop();
}

void ReportDelivery::forgetProvisioning()
{
    m_provisioned = false;
    m_storeSettings->setSetting(kProvisionedKey, QString());
}

void ReportDelivery::write(std::function<void()> work, std::function<void()> done, const QUuid &settling)
{
    if (!settling.isNull())
        m_settling.insert(settling);
    m_writer->post(std::move(work), this, [this, done = std::move(done), settling] {
        if (!settling.isNull())
            m_settling.remove(settling);
        done();
    });
}

std::function<void()> ReportDelivery::afterMark(const std::shared_ptr<QString> &storeError)
{
    return [this, storeError] {
        if (!storeError->isEmpty())
            emit problem(*storeError);
        pump();
    };
}

void ReportDelivery::pump()
{
    if (!m_running || !m_settings.enabled)
        return;
    ensureProvisioned();
    if (!m_provisioned)
        return;
    QString error;
    const int free = m_settings.maxInFlight - int(m_uploading.size());
    if (free > 0) {
        // Messages being uploaded, or whose new state is being written, are still pending
        // in the store: skip them. Ids first; the payload only of the messages sent now.
        const QList<QUuid> due = m_outbox->due(now(), free + int(m_uploading.size() + m_settling.size()), &error);
        int started = 0;
        for (const QUuid &id : due) {
            if (started >= free)
                break;
            if (m_uploading.contains(id) || m_settling.contains(id))
                continue;
            const std::optional<OutboxMessage> message = m_outbox->message(id, &error);
            if (!message)
                break;
            upload(*message);
            ++started;
        }
    }
    // Sent messages not being confirmed yet (for instance left by a previous run).
    const QList<QUuid> sent = m_outbox->awaitingConfirmation(1000, &error);
    for (const QUuid &id : sent) {
        if (!m_confirmDelay.contains(id) && !m_settling.contains(id))
            scheduleConfirm(id, m_settings.confirmPollMs);
    }
    if (!error.isEmpty())
        emit problem(error);
    emit settled();
}

void ReportDelivery::ensureProvisioned()
{
    if (m_provisioned || m_provisioning)
        return;
    const QString tenant = m_settings.tenantId.toString(QUuid::WithoutBraces);
    if (m_storeSettings->setting(kProvisionedKey) == tenant) {
        m_provisioned = true;
        return;
    }
    if (m_provisionAttempts >= kMaxProvisionAttemptsPerSync
        || (m_provisionRetryAt.isValid() && now() < m_provisionRetryAt))
        return;
    ++m_provisionAttempts;
    m_provisioning = true;
    m_partner->setProvisioning(
        PartnerComplianceClient::Provisioning::Provision, this, [this, tenant](const QString &error) {
            m_provisioning = false;
            if (!error.isEmpty()) {
                ++m_provisionFailures;
                const qint64 waitSecs = std::min<qint64>(
                    m_settings.retryCapSecs, qint64(m_settings.retryBaseSecs) << std::min(m_provisionFailures - 1, 20));
                m_provisionRetryAt = now().addSecs(waitSecs);
                emit problem(tr("%1 Nothing is sent until the partner tenant is provisioned; the next try is in %n "
                                "second(s), at most %2 tries a sync.",
                                nullptr, int(waitSecs))
                                 .arg(error)
                                 .arg(kMaxProvisionAttemptsPerSync));
                emit settled();
                return;
            }
            m_provisionFailures = 0;
            m_provisionRetryAt = QDateTime();
            m_storeSettings->setSetting(kProvisionedKey, tenant);
            m_provisioned = true;
            heartbeat();
            pump();
        });
}

void ReportDelivery::deprovision(std::function<void(const QString &error)> done)
{
    const QString tenant = m_settings.tenantId.toString(QUuid::WithoutBraces);
    m_partner->setProvisioning(PartnerComplianceClient::Provisioning::Deprovision, this,
        [this, done = std::move(done)](const QString &error) {
            if (error.isEmpty()) {
                m_provisioned = false;
                m_storeSettings->setSetting(kProvisionedKey, QString());
            }
            done(error);
        });
}

ReportDelivery::StoredHeartbeat ReportDelivery::storedHeartbeat(const StoreSettings &settings)
{
    return { QDateTime::fromString(settings.setting(kHeartbeatKey), Qt::ISODateWithMs),
        QDateTime::fromString(settings.setting(kResyncKey), Qt::ISODateWithMs) };
}

QDateTime ReportDelivery::lastHeartbeat() const
{
    return storedHeartbeat(*m_storeSettings).at;
}

QDateTime ReportDelivery::resyncTimestamp() const
{
    return storedHeartbeat(*m_storeSettings).resyncTimestamp;
}

void ReportDelivery::heartbeat()
{
    if (!m_running || !m_provisioned)
        return;
    m_partner->heartbeat(this, [this](const PartnerComplianceClient::HeartbeatResult &result) {
        const QDateTime at = now();
        emit heartbeatAnswered(at, result.error, result.error.isEmpty() ? result.resyncTimestamp : QDateTime());
        if (!result.error.isEmpty()) {
            emit problem(result.error);
            return;
        }
        m_storeSettings->setSetting(kHeartbeatKey, at.toString(Qt::ISODateWithMs));
        m_storeSettings->setSetting(kResyncKey,
            result.resyncTimestamp.isValid() ? result.resyncTimestamp.toString(Qt::ISODateWithMs) : QString());
        // Azure asks for everything again when it lost what it had: once per request,
        // as a full report, unless one was queued after it asked.
        const QDateTime lastFull = QDateTime::fromString(m_storeSettings->setting(kWeeklyKey), Qt::ISODateWithMs);
        if (result.resyncTimestamp.isValid() && (!lastFull.isValid() || lastFull < result.resyncTimestamp))
            emit resyncRequested(result.resyncTimestamp);
    });
}

void ReportDelivery::upload(const OutboxMessage &message)
{
    m_uploading.insert(message.id);
    m_partner->uploadMessageBody(
        message.id, message.body, this, [this, message](const PartnerComplianceClient::UploadResult &result) {
            if (result.httpStatus == 409) {
                // Azure no longer knows the tenant (deprovisioned, or a new demo tenant):
                // provision again, then resend.
                forgetProvisioning();
                onUploaded(message, false, false, result.error);
                return;
            }
            onUploaded(message, result.ok(), result.permanent, result.error);
        });
}

void ReportDelivery::onUploaded(const OutboxMessage &message, bool ok, bool permanent, const QString &error)
{
    m_uploading.remove(message.id);
    const QUuid id = message.id;
    const QDateTime at = now();
    auto storeError = std::make_shared<QString>();
    if (ok) {
        write([outbox = m_outbox, id, at, storeError] { outbox->markSent(id, at, storeError.get()); },
            [this, id, storeError] {
                if (!storeError->isEmpty())
                    emit problem(*storeError);
                emit messageSent(id);
                scheduleConfirm(id, m_settings.confirmPollMs);
                pump();
            },
            id);
    } else if (permanent || message.attempts + 1 >= m_settings.maxAttempts) {
        finishMessage(id, false, error);
    } else {
        const qint64 delaySecs
            = std::min<qint64>(m_settings.retryCapSecs, qint64(m_settings.retryBaseSecs) << std::min(message.attempts, 20));
        write([outbox = m_outbox, id, at, delaySecs, error, storeError] {
            outbox->markRetry(id, at.addSecs(delaySecs), error, at, storeError.get());
        },
            afterMark(storeError), id);
    }
    pump();
}

void ReportDelivery::scheduleConfirm(const QUuid &id, int delayMs)
{
    m_confirmDelay.insert(id, delayMs);
    QTimer::singleShot(delayMs, this, [this, id] { confirm(id); });
}

void ReportDelivery::confirm(const QUuid &id)
{
    if (!m_running)
        return;
    m_partner->messageStatus(id, this, [this, id](const PartnerComplianceClient::MessageStatus &status) {
        const int delay = std::min(m_settings.confirmPollCapMs, m_confirmDelay.value(id, m_settings.confirmPollMs) * 2);
        if (status.state != PartnerComplianceClient::MessageStatus::Error || !status.unreadable)
            m_unreadable.remove(id);
        switch (status.state) {
        case PartnerComplianceClient::MessageStatus::Completed:
            finishMessage(id, true, {});
            return;
        case PartnerComplianceClient::MessageStatus::Failed:
            finishMessage(id, false, status.errorDetail);
            return;
        case PartnerComplianceClient::MessageStatus::Unknown: {
            // Azure does not know the message (lost after it was accepted): send it
            // again under the same id.
            m_confirmDelay.remove(id);
            const QDateTime at = now();
            auto storeError = std::make_shared<QString>();
            write([outbox = m_outbox, id, at, reason = status.error, storeError] {
                outbox->markRetry(id, at, reason, at, storeError.get());
            },
                afterMark(storeError), id);
            return;
        }
        case PartnerComplianceClient::MessageStatus::InProgress:
            scheduleConfirm(id, delay);
            return;
        case PartnerComplianceClient::MessageStatus::Error:
            emit problem(status.error);
            // An answer that is there but unreadable will not get better by waiting forever.
            if (status.unreadable && ++m_unreadable[id] >= kMaxUnreadableStatuses) {
                m_unreadable.remove(id);
                finishMessage(id, false,
                    tr("The status of the message could not be read %1 times in a row: %2")
                        .arg(kMaxUnreadableStatuses)
                        .arg(status.error));
                return;
            }
            scheduleConfirm(id, delay);
            return;
        }
    });
}

void ReportDelivery::finishMessage(const QUuid &id, bool completed, const QString &detail)
{
    m_confirmDelay.remove(id);
    struct Finished
    {
        bool stored = false;
        QString error;
        QList<qint64> ids;
    };
    auto result = std::make_shared<Finished>();
    const QDateTime at = now();
    write(
        [outbox = m_outbox, id, completed, detail, at, result] {
            result->stored
                = completed ? outbox->markCompleted(id, at, &result->error) : outbox->markFailed(id, detail, at, &result->error);
            if (result->stored)
                result->ids = outbox->deviceIds(id, &result->error);
        },
        [this, id, completed, detail, result] {
            if (!result->stored) {
                emit problem(result->error);
                return; // still Sent in the store: the pump confirms it again
            }
            emit messageFinished(id, completed, detail);
            if (!result->ids.isEmpty())
                emit devicesChanged(result->ids);
            emit settled();
        },
        id);
}
