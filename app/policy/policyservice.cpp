#include "app/policy/policyservice.h"

#include "app/net/endpointurl.h"
#include "app/net/httptransport.h"
#include "app/net/inventoryclient.h"
#include "app/net/networkservices.h"
#include "app/policy/policyjson.h"
#include "app/reporting/reportingengine.h"
#include "app/storage/store.h"
#include "app/storage/storechangefeed.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>
#include <utility>

PolicyService::PolicyService(std::shared_ptr<Store> store, NetworkServices *network, ReportingEngine *engine,
                             QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_network(network)
    , m_engine(engine)
{
}

PolicyService::~PolicyService()
{
    m_reader.stop();
}

QString PolicyService::userName() const
{
    return m_network ? m_network->settings().mdmUser : QString();
}

QString PolicyService::readOnlyReason() const
{
    switch (m_role) {
    case Role::PolicyAuthor:
        return {};
    case Role::Helpdesk:
        return tr("Read-only: the MDM user %1 has the helpdesk role. Helpdesk staff may read policies and "
                  "use Report now; only a policy author may change policies.")
            .arg(userName());
    case Role::Unknown:
        break;
    }
    if (!m_network)
        return tr("Read-only: the console is offline, so policies cannot be written to the MDM.");
    if (!m_roleProblem.isEmpty())
        return tr("Read-only: the MDM did not say what the user %1 may do: %2").arg(userName(), m_roleProblem);
    return tr("Read-only until the MDM confirms that the user %1 is a policy author.").arg(userName());
}

void PolicyService::refreshRole()
{
    if (!m_network) {
        m_role = Role::Unknown;
        emit roleChanged();
        return;
    }
    const NetSettings &settings = m_network->settings();
    HttpRequest request;
    request.url = EndpointUrl::join(settings.mdmBaseUrl, QStringLiteral("/api/v1/account/me"));
    request.what = tr("MDM account (/api/v1/account/me)");
    request.maxAnswerBytes = AnswerLimit::MdmSmall;
    request.retryable = true;
    request.setHeader("Authorization",
                      "Basic " + (settings.mdmUser + u':' + settings.mdmPassword).toUtf8().toBase64());
    request.setHeader("Accept", "application/json");
    m_network->transport()->send(request, this, [this](const HttpResult &result) {
        m_role = Role::Unknown;
        m_roleProblem.clear();
        if (!result.ok()) {
            m_roleProblem = result.error;
        } else {
            const QJsonObject answer
                = QJsonDocument::fromJson(result.body).object().value(QLatin1String("result")).toObject();
            const QString role = answer.value(QLatin1String("role")).toString();
            if (role == QLatin1String("policyAuthor"))
                m_role = Role::PolicyAuthor;
            else if (role == QLatin1String("helpdesk"))
                m_role = Role::Helpdesk;
            else
                m_roleProblem = tr("the answer has no known role (\"%1\").").arg(role);
        }
        emit roleChanged();
    });
}

QHash<qint64, CompliancePolicy> PolicyService::policies(QString *error) const
{
    return m_store->policies().loadPolicies(error);
}

std::optional<DeviceRecord> PolicyService::device(qint64 id, QString *error) const
{
    return m_store->devices().loadDevice(id, error);
}

QString PolicyService::tenantId() const
{
    if (m_engine && !m_engine->settings().tenantId.isNull())
        return m_engine->settings().tenantId.toString(QUuid::WithoutBraces);
    return m_network ? m_network->settings().tenantId : QString();
}

void PolicyService::readAuditEntries(const QString &contains, int limit)
{
    m_nextAudit = AuditRequest { contains, limit };
    if (m_auditReading)
        return;
    const AuditRequest request = *std::exchange(m_nextAudit, std::nullopt);
    m_auditReading = true;
    struct Read
    {
        QList<AuditEntry> entries;
        QString error;
    };
    auto read = std::make_shared<Read>();
    std::shared_ptr<Store> store = m_store;
    m_reader.post([store, read, request] { read->entries = store->auditLog().auditEntries(request.contains, request.limit, &read->error); },
        this, [this, read, request] {
            m_auditReading = false;
            emit auditEntriesRead(request.contains, read->entries, read->error);
            if (m_nextAudit)
                readAuditEntries(m_nextAudit->contains, m_nextAudit->limit);
        });
}

bool PolicyService::loadFleet(FleetSnapshot *fleet, QString *error, const std::function<bool()> &cancelled) const
{
    FleetSnapshot loaded;
    const int count = m_store->devices().deviceCount(error);
    if (count < 0)
        return false;
    loaded.reserve(count);
    bool stopped = false;
    const bool ok = m_store->devices().forEachDevice(
        {},
        [&](const DeviceRecord &device, const DeviceStore::ReportState &) {
            if ((loaded.size() & 0xfff) == 0 && cancelled && cancelled()) {
                stopped = true;
                return false;
            }
            loaded.append(device.id, device.name, device.violations);
            return true;
        },
        error);
    if (!ok || stopped)
        return false;
    *fleet = std::move(loaded);
    return true;
}

QString PolicyService::stepsText(const QList<PolicyStep> &steps)
{
    QStringList parts;
    for (const PolicyStep &step : steps) {
        //: One step of a policy in the audit log: "Block Email after 3 days".
        parts.append(tr("%1 %2").arg(ComplianceActions::displayName(step.action),
                                     step.waitDays == 0 ? tr("now") : tr("after %n day(s)", nullptr, step.waitDays)));
    }
    return parts.join(QStringLiteral(", "));
}

QString PolicyService::changeSummary(const CompliancePolicy &before, const CompliancePolicy &after)
{
    QStringList parts;
    if (before.name != after.name)
        parts.append(tr("Name: %1 → %2").arg(before.name, after.name));
    if (before.rule != after.rule || before.parameter != after.parameter)
        parts.append(tr("Rule: %1 → %2").arg(before.ruleText(), after.ruleText()));
    if (before.steps != after.steps)
        parts.append(tr("Actions: %1 → %2").arg(stepsText(before.steps), stepsText(after.steps)));
    return parts.join(QStringLiteral("; "));
}

void PolicyService::save(const QList<CompliancePolicy> &policies)
{
    if (m_saving) {
        emit saveFinished(false, tr("A save is already running."), {}, 0);
        return;
    }
    for (const CompliancePolicy &policy : policies) {
        if (const QString problem = policy.validate(); !problem.isEmpty()) {
            emit saveFinished(false, problem, {}, 0);
            return;
        }
    }
    if (!m_network) {
        emit saveFinished(false, readOnlyReason(), {}, 0);
        return;
    }
    m_saving = true;
    m_pending = policies;
    m_saved.clear();
    saveNext();
}

void PolicyService::withPartition(const std::function<void(qint64, const QString &)> &then)
{
    const qint64 configured = m_network->settings().partitionId;
    if (configured > 0) {
        then(configured, {});
        return;
    }
    m_network->inventory()->fetchPartitions(
        this, [then](const QList<InventoryClient::Partition> &partitions, const QString &error) {
            if (!error.isEmpty()) {
                then(0, error);
                return;
            }
            for (const InventoryClient::Partition &partition : partitions) {
                if (partition.isDefault) {
                    then(partition.id, {});
                    return;
                }
            }
            then(0, tr("The MDM has no default device space."));
        });
}

void PolicyService::saveNext()
{
    if (m_pending.isEmpty()) {
        finishSave(true, {});
        return;
    }
    withPartition([this](qint64 partition, const QString &partitionError) {
        if (!partitionError.isEmpty()) {
            finishSave(false, partitionError);
            return;
        }
        const CompliancePolicy policy = m_pending.first();
        const NetSettings &settings = m_network->settings();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("dmPartitionId"), QString::number(partition));
        HttpRequest request;
        request.method = "PUT";
        request.url = EndpointUrl::join(settings.mdmBaseUrl,
                                        QStringLiteral("/api/v1/compliancepolicy/%1").arg(policy.id), query);
        request.what = tr("MDM compliance policy %1 (/api/v1/compliancepolicy)").arg(policy.id);
        request.maxAnswerBytes = AnswerLimit::MdmSmall;
        request.retryable = true; // a PUT of the whole policy is idempotent
        request.setHeader("Authorization",
                          "Basic " + (settings.mdmUser + u':' + settings.mdmPassword).toUtf8().toBase64());
        request.setHeader("Content-Type", "application/json");
        request.setHeader("Accept", "application/json");
        request.body = QJsonDocument(PolicyJson::toJson(policy)).toJson(QJsonDocument::Compact);
        m_network->transport()->send(request, this, [this, policy](const HttpResult &result) {
            if (!result.ok()) {
                if (result.status == 403) {
                    m_role = Role::Helpdesk;
                    emit roleChanged();
                }
                finishSave(false, result.error);
                return;
            }
            QString error;
            const QHash<qint64, CompliancePolicy> stored = m_store->policies().loadPolicies(&error);
            const bool created = !stored.contains(policy.id);
            if (!error.isEmpty() || !m_store->policies().upsertPolicies({policy}, &error)) {
                finishSave(false, error);
                return;
            }
            const CompliancePolicy before = stored.value(policy.id);
            const QString target = tr("%1 (#%2)").arg(policy.name).arg(policy.id);
            const QString detail = created ? tr("Created: %1; %2").arg(policy.ruleText(), stepsText(policy.steps))
                                           : changeSummary(before, policy);
            if (!m_store->auditLog().appendAudit(userName(), created ? QStringLiteral("policy-create")
                                                          : QStringLiteral("policy-change"),
                                      target, detail, &error)) {
                finishSave(false, error);
                return;
            }
            emit auditChanged();
            m_saved.append(policy);
            m_pending.removeFirst();
            saveNext();
        });
    });
}

void PolicyService::finishSave(bool ok, const QString &error)
{
    int reported = 0;
    QString problem = error;
    // Whatever the MDM and the store took is reported, even when a later policy failed.
    if (!m_saved.isEmpty() && m_engine) {
        QString reportError;
        if (!m_engine->reportPolicyChange(&reported, &reportError)) {
            ok = false;
            problem = problem.isEmpty() ? reportError : problem + u'\n' + reportError;
        }
    }
    m_saving = false;
    m_pending.clear();
    emit saveFinished(ok, problem, m_saved, reported);
}

void PolicyService::setChangeFeed(StoreChangeFeed *feed)
{
    if (!feed)
        return;
    connect(feed, &StoreChangeFeed::changed, this, [this](const StoreChanges &changes) {
        if (changes.policies)
            emit policiesChanged();
        if (changes.audit)
            emit auditChanged();
    });
}
