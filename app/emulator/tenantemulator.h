#pragma once

#include "app/emulator/emulatormessages.h"
#include "models/compliancepolicy.h"
#include "models/device.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <deque>
#include <memory>
#include <string>
#include <vector>

class DemoFleetGenerator;

// The MDM inventory and the Azure endpoints of docs/EMULATOR-CONTRACT.md, with all of their
// state: the demo fleet, tokens, the partner tenant, upload messages, faults and statistics.
// It knows no sockets: EmulatorHttpServer feeds it requests, the tests call handle() directly.
// Time-driven changes (message processing, churn) are applied when the next request arrives,
// so no event loop is needed and the state seen by a request is always current.
class TenantEmulator final
{
    Q_DISABLE_COPY_MOVE(TenantEmulator)

public:
    // Injected faults, as PUT /admin/faults and the command line set them. Rates are
    // probabilities per request (0..1) of one draw: at most one fault per request.
    struct Faults
    {
        double rate429 = 0;
        int retryAfterSeconds = 1;
        double rate500 = 0;
        double rate503 = 0;
        double rateReset = 0;
        double rateDelay = 0;
        int delayMs = 2000;
        double rateMalformed = 0;
        // Handled, then answered only after timeoutMs: longer than the client waits, so it
        // gives up (a request timeout) without knowing whether the server acted on it.
        double rateTimeout = 0;
        int timeoutMs = 60000;
        double rateAsyncFailed = 0; // per upload message: processed, then Failed
        // The device list serves at most this many rows per page, whatever rows asks for
        // (an MDM that pages by its own size); 0: as many as asked.
        int pageRowsCap = 0;
        quint64 seed = 1;
    };

    struct Settings
    {
        int devices = 10000;
        quint64 seed = 1; // of the demo fleet and of churn
        QUuid tenantId = defaultTenantId();
        QString clientId = defaultClientId();
        QString clientSecret = QStringLiteral("demo-secret");
        QString mdmUser = QStringLiteral("admin");
        QString mdmPassword = QStringLiteral("demo");
        // Signs in with mdmPassword but lacks the API role: every MDM endpoint but the
        // partition list answers 403 (the role-based refusal of SPEC 2).
        QString mdmRestrictedUser = QStringLiteral("auditor");
        // Signs in with mdmPassword and reads everything, but is helpdesk: a policy write
        // answers 403. mdmUser is the policy author.
        QString mdmHelpdeskUser = QStringLiteral("helpdesk");
        int tokenLifetimeSeconds = 3600;
        int processingMs = 200;
        int churnPerMinute = 0;
        Faults faults;
        // Used in discovery answers when a request has no Host header.
        QString baseUrl = QStringLiteral("http://127.0.0.1");
    };

    static constexpr int kMaxDevices = 5000000;
    static constexpr int kMaxRows = 5000;
    static constexpr qint64 kDefaultPartitionId = 1001;
    static constexpr qint64 kLabPartitionId = 1002;
    explicit TenantEmulator(const Settings &settings);
    ~TenantEmulator();

    EmulatorResponse handle(const EmulatorRequest &request);

    const Settings &settings() const { return m_settings; }
    void setBaseUrl(const QString &baseUrl) { m_settings.baseUrl = baseUrl; }
    int deviceCount() const { return int(m_keys.size()); }
    // The device with this MDM id as the inventory serves it now; id 0 when unknown.
    DeviceRecord device(qint64 id) const;
    // Applies n device-side changes now; returns the ids of the changed devices.
    QList<qint64> churn(int changes);

    // What makes two requests "the same request" for Retry-After: client address, method,
    // path, query and body (a retry repeats all of them).
    static QByteArray throttleKey(const EmulatorRequest &request);

    static QUuid defaultTenantId();
    static QString defaultClientId();
    // Empty when valid, else a message naming the bad value.
    static QString validateFaults(const Faults &faults);

private:
    enum class Scope : quint8
    {
        Graph,
        Manage
    };
    enum class MessageStatus : quint8
    {
        InProgress,
        Completed,
        Failed
    };

    // What fq can filter on, per device, in a few bytes: paging a million devices with a
    // filter scans these, not generated records.
    struct DeviceKeys
    {
        quint16 clientCode = 0; // index into m_codeNames; 0 = none reported
        quint8 registration = 0; // index into m_registrationNames
        Platform platform = Platform::Unknown;
        bool compliant = true;
        bool quarantined = false;
        bool jailbroken = false;
    };

    struct FilterTerm
    {
        enum class Field : quint8
        {
            RegistrationState,
            ComplianceState,
            PlatformType,
            Quarantined,
            Jailbroken,
            AzureClientStatusCode
        };
        Field field = Field::RegistrationState;
        int value = 0; // an interned index, a Platform or a bool; -1 matches nothing
    };
    using Filter = QList<QList<FilterTerm>>; // or of ands

    struct Token
    {
        Scope scope = Scope::Graph;
        qint64 expiresAt = 0;
        bool revoked = false; // by expireTokensNow
    };

    struct UploadMessage
    {
        MessageStatus status = MessageStatus::InProgress;
        MessageStatus outcome = MessageStatus::Completed; // decided on receipt, shown when due
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

    // A request answered 429: its repetition (the same method, path, query and body from
    // the same client) is early when it arrives before `until`, the moment the 429 left
    // plus Retry-After on the monotonic clock. The client can only repeat it after reading
    // the 429, which left after that moment, so the check needs no grace and no tolerance:
    // a retry timed from the client's receipt of the 429 is never counted, one a
    // millisecond short of Retry-After always is. Other requests that arrive meanwhile
    // were possibly in flight before the client could see the 429 and are not counted.
    struct Throttle
    {
        qint64 until = 0; // steady clock, nanoseconds
    };

    struct Statistics
    {
        qint64 requestsTotal = 0;
        qint64 messagesReceived = 0;
        qint64 duplicateMessages = 0;
        qint64 entitiesReceived = 0;
        qint64 messagesCompleted = 0;
        qint64 messagesFailed = 0;
        qint64 earlyRequests = 0;
        qint64 tokensIssued = 0;
        qint64 heartbeats = 0;
        qint64 faults429 = 0;
        qint64 faults500 = 0;
        qint64 faults503 = 0;
        qint64 faultsReset = 0;
        qint64 faultsDelay = 0;
        qint64 faultsMalformed = 0;
        qint64 faultsTimeout = 0;
        qint64 faultsAsyncFailed = 0;
        qint64 faults401 = 0;
        qint64 faults403 = 0;
        qint64 policyWrites = 0;
    };

    void buildFleet();
    DeviceKeys keysOf(const DeviceRecord &device);
    quint16 internCode(const QString &code);
    void setDevice(const DeviceRecord &device);
    void settle(qint64 now);
    void seedFaults();

    EmulatorResponse route(const EmulatorRequest &request, qint64 now);
    EmulatorResponse routeAdmin(const EmulatorRequest &request, qint64 now);

    // MDM inventory
    bool refuseMdm(const EmulatorRequest &request, bool needsApiRole, EmulatorResponse *refusal);
    bool checkPartition(const EmulatorRequest &request, qint64 *partition, EmulatorResponse *refusal) const;
    EmulatorResponse partitions(const EmulatorRequest &request);
    EmulatorResponse deviceList(const EmulatorRequest &request);
    EmulatorResponse oneDevice(const EmulatorRequest &request, const QString &idText);
    EmulatorResponse forceCheckin(const EmulatorRequest &request, qint64 now);
    EmulatorResponse policyList(const EmulatorRequest &request);
    EmulatorResponse putPolicy(const EmulatorRequest &request, const QString &idText, qint64 now);
    // After a policy write: every device's quarantined flag follows the policies at `now`.
    void applyPolicies(qint64 now);
    EmulatorResponse account(const EmulatorRequest &request);
    static QString basicUser(const EmulatorRequest &request);
    bool parseFilter(const QString &fq, Filter *filter, QString *error) const;
    bool matches(const DeviceKeys &keys, const Filter &filter) const;
    std::shared_ptr<const std::vector<qint32>> filteredIndexes(const QString &fq, const Filter &filter);
    void appendDeviceJson(std::string &out, const DeviceRecord &device) const;

    // Entra and Graph
    EmulatorResponse issueToken(const EmulatorRequest &request, const QString &tenant, qint64 now);
    bool refuseBearer(const EmulatorRequest &request, Scope scope, qint64 now, EmulatorResponse *refusal);
    EmulatorResponse servicePrincipals(const EmulatorRequest &request, qint64 now);
    EmulatorResponse endPoints(const EmulatorRequest &request, const QString &principalId, qint64 now);
    EmulatorResponse compliancePartners(const EmulatorRequest &request, qint64 now);
    QString baseUrlFor(const EmulatorRequest &request) const;

    // Partner compliance
    EmulatorResponse putPartnerTenant(const EmulatorRequest &request, const QString &guidText, qint64 now);
    EmulatorResponse putHeartbeat(const EmulatorRequest &request, const QString &guidText, qint64 now);
    EmulatorResponse putUploadMessage(const EmulatorRequest &request, const QString &guidText, qint64 now);
    EmulatorResponse getUploadMessage(const EmulatorRequest &request, const QString &guidText, qint64 now);
    bool refuseTenantPath(const QString &guidText, EmulatorResponse *refusal) const;

    // Admin
    QJsonObject statisticsJson() const;
    QJsonObject faultsJson() const;
    EmulatorResponse putFaults(const EmulatorRequest &request, qint64 now);
    EmulatorResponse postChurn(const EmulatorRequest &request);

    static QString statusName(MessageStatus status);

    Settings m_settings;
    std::unique_ptr<DemoFleetGenerator> m_generator;
    QDateTime m_fleetTime; // the moment the generated fleet describes
    QList<CompliancePolicy> m_policies;
    QHash<qint64, CompliancePolicy> m_policiesById;
    QDateTime m_policiesAppliedAt; // invalid until a policy is written; then generated devices use it

    std::vector<DeviceKeys> m_keys; // by id - 1
    QHash<qint64, DeviceRecord> m_changed; // devices changed since generation, by id
    QHash<QUuid, qint64> m_idsByAzureId;
    QStringList m_codeNames; // interned client status codes; [0] is ""
    QHash<QString, quint16> m_codeIndexes;
    QStringList m_registrationNames; // interned registration states
    quint64 m_fleetRevision = 0;
    QHash<QString, std::shared_ptr<const std::vector<qint32>>> m_filterCache;
    quint64 m_filterCacheRevision = 0;

    QHash<QByteArray, Token> m_tokens;
    QRandomGenerator m_tokenRng;

    bool m_provisioned = false;
    QDateTime m_lastHeartbeat;

    QHash<QUuid, UploadMessage> m_messages;
    std::deque<QUuid> m_processing; // in order of dueAt
    QHash<QUuid, DeviceReports> m_deviceReports;

    QRandomGenerator m_faultRng;
    QHash<QByteArray, Throttle> m_throttles; // by peer and request identity (throttleKey())

    QRandomGenerator m_churnRng;
    qint64 m_churnStartedAt = 0;
    qint64 m_churnApplied = 0;

    Statistics m_stats;
};
