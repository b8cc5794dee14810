#include "app/settings/connectiontest.h"

#include "app/logging/logcategories.h"
#include "app/net/endpointdiscovery.h"
#include "app/net/entrauserdirectory.h"
#include "app/net/inventoryclient.h"
#include "app/net/networkservices.h"
#include "app/net/partnercomplianceclient.h"
#include "app/net/tokenprovider.h"

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{
}

ConnectionTest::~ConnectionTest() = default;

QString ConnectionTest::stageName(Stage stage)
{
    switch (stage) {
    case MdmAuth:
        return tr("MDM sign-in");
    case Token:
        return tr("Entra access token");
    case Discovery:
        return tr("Endpoint discovery");
    case UserLookup:
        return tr("Entra user look-up");
    case Heartbeat:
        return tr("Partner heartbeat");
    case StageCount:
        break;
    }
    return {};
}

void ConnectionTest::start(const NetSettings &settings)
{
    m_context = std::make_unique<QObject>();
    m_network = std::make_unique<NetworkServices>(settings);
    m_tenantSync = QUrl();
    m_deviceSync = QUrl();
    m_running = true;
    run(MdmAuth);
}

void ConnectionTest::run(Stage stage)
{
    emit stageStarted(stage);
    QObject *context = m_context.get();
    switch (stage) {
    case MdmAuth:
        m_network->inventory()->fetchPartitions(
            context, [this](const QList<InventoryClient::Partition> &partitions, const QString &error) {
                if (!error.isEmpty())
                    return fail(MdmAuth, error);
                QString defaultName;
                for (const auto &partition : partitions) {
                    if (partition.isDefault)
                        defaultName = partition.name;
                }
                pass(MdmAuth,
                    tr("Signed in as %1; %n device space(s), default: %2.", nullptr, int(partitions.size()))
                        .arg(m_network->settings().mdmUser,
                            defaultName.isEmpty() ? tr("none marked") : defaultName));
            });
        return;
    case Token:
        m_network->tokens()->token(
            TokenProvider::graphScope(), context, [this, context](const QString &, const QString &error) {
                if (!error.isEmpty())
                    return fail(Token, error);
                m_network->tokens()->token(
                    TokenProvider::managementScope(), context, [this](const QString &, const QString &error) {
                        if (!error.isEmpty())
                            return fail(Token, error);
                        pass(Token, tr("Tokens issued for Microsoft Graph and Intune."));
                    });
            });
        return;
    case Discovery:
        m_network->discovery()->endpoints(
            context, [this](const PartnerEndpoints &endpoints, const QString &error) {
                if (!error.isEmpty())
                    return fail(Discovery, error);
                m_tenantSync = endpoints.tenantSync;
                m_deviceSync = endpoints.deviceSync;
                pass(Discovery,
                    tr("Tenant sync: %1; device sync: %2.")
                        .arg(endpoints.tenantSync.toString(), endpoints.deviceSync.toString()));
            });
        return;
    case UserLookup: {
        // A name no directory has: "not found" proves Graph lets the app read users
        // (User.Read.All); a refusal names the missing permission.
        const QString probe = QStringLiteral("connection-test.azure-status-console@invalid.invalid");
        m_network->users()->lookUp({ probe }, context, [this](const QList<EntraUserDirectory::Lookup> &lookups) {
            if (lookups.isEmpty() || lookups.first().result == EntraUserDirectory::Lookup::Failed)
                return fail(UserLookup, lookups.isEmpty() ? tr("Graph gave no answer.") : lookups.first().error);
            pass(UserLookup, tr("Microsoft Graph answers user look-ups (permission User.Read.All)."));
        });
        return;
    }
    case Heartbeat:
        m_network->partner()->heartbeat(context, [this](const PartnerComplianceClient::HeartbeatResult &result) {
            if (!result.error.isEmpty())
                return fail(Heartbeat, result.error);
            pass(Heartbeat, tr("Intune accepted the heartbeat."));
        });
        return;
    case StageCount:
        break;
    }
}

void ConnectionTest::pass(Stage stage, const QString &message)
{
    qCInfo(lcSettings).noquote() << "connection test:" << stageName(stage) << "passed:" << message;
    emit stageFinished(stage, true, message);
    if (stage + 1 < StageCount) {
        run(Stage(stage + 1));
        return;
    }
    m_running = false;
    emit finished(true);
}

void ConnectionTest::fail(Stage stage, const QString &message)
{
    qCInfo(lcSettings).noquote() << "connection test:" << stageName(stage) << "failed:" << message;
    m_running = false;
    emit stageFinished(stage, false, message);
    emit finished(false);
}
