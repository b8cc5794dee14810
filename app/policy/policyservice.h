#pragma once

#include "models/auditentry.h"
#include "models/compliancepolicy.h"
#include "models/device.h"
#include "models/fleetimpact.h"
#include "app/threading/storereader.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class Store;
class NetworkServices;
class ReportingEngine;
class StoreChangeFeed;

// What the policy editor and the audit log view ask for: the policies, the signed-in
// user's role, saving an edit to the MDM and then to the store (never the other way
// round, so a write the MDM refuses changes nothing here), the audit log, and a packed
// copy of the fleet's violations for the fleet impact.
class PolicyService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyService)

public:
    enum class Role : quint8 {
        Unknown,     // not asked yet, or the MDM did not say
        Helpdesk,    // reads policies, may Report now
        PolicyAuthor // may edit policies
    };

    // network and engine may be null: then nothing can be saved (no MDM).
    PolicyService(std::shared_ptr<Store> store, NetworkServices *network, ReportingEngine *engine,
                  QObject *parent = nullptr);
    ~PolicyService() override;

    // Asks the MDM who the configured user is; roleChanged follows.
    void refreshRole();
    Role role() const { return m_role; }
    bool canEdit() const { return m_role == Role::PolicyAuthor; }
    QString userName() const;
    // Why policies are read-only, in words; empty when they may be edited.
    QString readOnlyReason() const;

    QHash<qint64, CompliancePolicy> policies(QString *error) const;
    std::optional<DeviceRecord> device(qint64 id, QString *error) const;
    QString tenantId() const;

    // Writes each policy to the MDM, then (only if the MDM took it) to the store with an
    // audit row, then lets the reporting engine report every device whose outcome changed.
    // saveFinished follows once. A save running already is refused.
    void save(const QList<CompliancePolicy> &policies);
    bool isSaving() const { return m_saving; }

    // Reads the audit log (entries containing `contains`, newest first, at most `limit`)
    // on the service's own thread; auditEntriesRead follows. Asked again while a read runs,
    // only the last request is read next.
    void readAuditEntries(const QString &contains, int limit);

    // A store other processes write too: a colleague's saved policies and audit rows are
    // announced (policiesChanged, auditChanged) as they arrive. feed is not owned; null: none.
    void setChangeFeed(StoreChangeFeed *feed);

    // Every device's violations, packed; safe to call from a worker thread.
    bool loadFleet(FleetSnapshot *fleet, QString *error, const std::function<bool()> &cancelled = {}) const;

    // The audit log's "what changed": "Actions: Send Alert now → Quarantine now".
    static QString changeSummary(const CompliancePolicy &before, const CompliancePolicy &after);
    static QString stepsText(const QList<PolicyStep> &steps);

signals:
    void roleChanged();
    // saved: the policies the MDM and the store took, in order; reported: devices queued.
    void saveFinished(bool ok, const QString &error, const QList<CompliancePolicy> &saved, int reported);
    void auditChanged();
    // Another process saved policies: policies() reads them.
    void policiesChanged();
    void auditEntriesRead(const QString &contains, const QList<AuditEntry> &entries, const QString &error);

private:
    void saveNext();
    void finishSave(bool ok, const QString &error);
    void withPartition(const std::function<void(qint64 partition, const QString &error)> &then);

    std::shared_ptr<Store> m_store;
    NetworkServices *m_network;
    ReportingEngine *m_engine;
    Role m_role = Role::Unknown;
    QString m_roleProblem;
    bool m_saving = false;
    QList<CompliancePolicy> m_pending;
    QList<CompliancePolicy> m_saved;
    struct AuditRequest
    {
        QString contains;
        int limit = 0;
    };
    std::optional<AuditRequest> m_nextAudit;
    bool m_auditReading = false;
    StoreReader m_reader; // last: stopped first, while the rest is still here
};
