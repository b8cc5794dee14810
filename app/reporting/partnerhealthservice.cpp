#include "app/reporting/partnerhealthservice.h"

#include "app/net/endpointdiscovery.h"
#include "app/net/networkservices.h"
#include "app/net/partnercomplianceclient.h"
#include "app/net/tokenprovider.h"
#include "app/reporting/reportdelivery.h"
#include "app/reporting/reportingengine.h"
#include "app/storage/store.h"

#include <memory>

PartnerHealthService::PartnerHealthService(
    NetworkServices *network, ReportingEngine *engine, Store *store, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_engine(engine)
{
    Q_ASSERT(network);
    // The token callback carries no expiry; the provider announces it when it issues one.
    connect(network->tokens(), &TokenProvider::tokenIssued, this,
        [this](const QString &scope, const QDateTime &expiresAt) {
            m_expiry.insert(scope, expiresAt);
            emit changed();
        });
    if (!engine)
        return;
    connect(engine, &ReportingEngine::heartbeatAnswered, this, &PartnerHealthService::onHeartbeat);
    connect(engine, &ReportingEngine::leadershipChanged, this, &PartnerHealthService::changed);
    if (!store)
        return;
    // What an earlier run was answered, until this run's first heartbeat.
    auto stored = std::make_shared<ReportDelivery::StoredHeartbeat>();
    m_reader.post([store, stored] { *stored = ReportDelivery::storedHeartbeat(store->settings()); }, this,
        [this, stored] {
            if (m_heartbeatAnswered)
                return;
            m_heartbeat = stored->at;
            m_resync = stored->resyncTimestamp;
            emit changed();
        });
}

PartnerHealthService::~PartnerHealthService()
{
    m_reader.stop();
}

PartnerHealthService::Leadership PartnerHealthService::leadership() const
{
    if (!m_engine)
        return Leadership::Unknown;
    if (m_engine->leads())
        return Leadership::ThisConsole;
    return m_engine->leader().isValid() ? Leadership::Other : Leadership::Nobody;
}

QString PartnerHealthService::leaderDescription() const
{
    return m_engine && m_engine->leader().isValid() ? m_engine->leader().describe() : QString();
}

QString PartnerHealthService::scope(Stage stage)
{
    switch (stage) {
    case ManagementTokenStage:
        return TokenProvider::managementScope();
    case GraphTokenStage:
        return TokenProvider::graphScope();
    case DiscoveryStage:
    case PartnerStateStage:
    case StageCount:
        break;
    }
    return {};
}

QString PartnerHealthService::tenantSyncProvider()
{
    return EndpointDiscovery::tenantSyncProvider();
}

QString PartnerHealthService::deviceSyncProvider()
{
    return EndpointDiscovery::deviceSyncProvider();
}

QDateTime PartnerHealthService::tokenExpiry(Stage stage) const
{
    return m_expiry.value(scope(stage));
}

QDateTime PartnerHealthService::tokenRenewal(Stage stage) const
{
    const QString wanted = scope(stage);
    return wanted.isEmpty() ? QDateTime() : m_network->tokens()->refreshTime(wanted);
}

void PartnerHealthService::checkNow()
{
    const quint64 generation = ++m_generation;
    m_running = StageCount;
    m_tenantSync.clear();
    m_deviceSync.clear();
    m_partners.clear();
    for (Result &result : m_results)
        result = Result { Status::Pending, QString() };
    emit changed();

    // The stages run side by side: each shows its own answer, and a later stage that
    // depends on an earlier one names that failure in its own error.
    checkToken(ManagementTokenStage, generation);
    checkToken(GraphTokenStage, generation);
    m_network->discovery()->endpoints(
        this, [this, generation](const PartnerEndpoints &endpoints, const QString &error) {
            if (generation == m_generation) {
                m_tenantSync = endpoints.tenantSync;
                m_deviceSync = endpoints.deviceSync;
            }
            finishStage(generation, DiscoveryStage, error.isEmpty() ? Status::Ok : Status::Failed, error);
        });
    m_network->partner()->partnerHealth(this,
        [this, generation](
            const QList<PartnerComplianceClient::PartnerHealth> &partners, const QString &error) {
            if (generation != m_generation)
                return;
            m_partners.clear();
            for (const PartnerComplianceClient::PartnerHealth &partner : partners)
                m_partners.append(Partner { partner.id, partner.displayName, partner.partnerState,
                    partner.lastHeartbeat, partner.androidOnboarded, partner.iosOnboarded });
            Status status = Status::Failed;
            if (error.isEmpty()) {
                status = partners.isEmpty() ? Status::Warning : Status::Ok;
                for (const Partner &partner : std::as_const(m_partners)) {
                    // Graph's own value; anything but enabled needs a look.
                    if (partner.state != QLatin1String("enabled"))
                        status = Status::Warning;
                }
            }
            finishStage(generation, PartnerStateStage, status, error);
        });
}

void PartnerHealthService::checkToken(Stage stage, quint64 generation)
{
    m_network->tokens()->token(
        scope(stage), this, [this, stage, generation](const QString &, const QString &error) {
            finishStage(generation, stage, error.isEmpty() ? Status::Ok : Status::Failed, error);
        });
}

void PartnerHealthService::finishStage(quint64 generation, Stage stage, Status status, const QString &error)
{
    if (generation != m_generation)
        return;
    m_results[stage] = Result { status, error };
    if (--m_running == 0)
        m_lastCheck = QDateTime::currentDateTimeUtc();
    emit changed();
    if (m_running == 0)
        emit checkFinished();
}

void PartnerHealthService::onHeartbeat(
    const QDateTime &at, const QString &error, const QDateTime &resyncTimestamp)
{
    if (error.isEmpty()) {
        m_heartbeatAnswered = true;
        m_heartbeat = at;
        m_resync = resyncTimestamp;
        m_heartbeatError.clear();
        m_heartbeatFailedAt = QDateTime();
    } else {
        // The last answered heartbeat stays: it says since when Azure has not heard from us.
        m_heartbeatError = error;
        m_heartbeatFailedAt = at;
    }
    emit changed();
}
