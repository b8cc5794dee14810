#include "app/storage/postgres/pgpolicystore.h"

#include "app/policy/policyjson.h"
#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgconnections.h"
#include "app/storage/postgres/pgtransaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Two statements rather than INSERT … ON CONFLICT: a BEFORE INSERT trigger fires for a
// row that then conflicts too, and would give every sync that brings the same policies a
// revision and a notification of its own. A policy that has not changed is not written.
const QByteArray kUpdatePolicy
    = "UPDATE asc_store.policies SET name = $2::text, rule = $3::text, parameter = $4::text,"
      " steps_json = $5::text WHERE id = $1::bigint"
      " AND (name, rule, parameter, steps_json) IS DISTINCT FROM ($2::text, $3::text, $4::text, $5::text)";
const QByteArray kInsertPolicy = "INSERT INTO asc_store.policies (id, name, rule, parameter, steps_json)"
                                 " SELECT $1::bigint, $2::text, $3::text, $4::text, $5::text"
                                 " WHERE NOT EXISTS (SELECT 1 FROM asc_store.policies WHERE id = $1::bigint)";

QByteArray utf8OrNull(const QString &text)
{
    return text.isNull() ? QByteArray() : text.toUtf8();
}

} // namespace

PgPolicyStore::PgPolicyStore(PgConnections &connections)
    : m_connections(connections)
{
}

bool PgPolicyStore::upsertPolicies(const QList<CompliancePolicy> &policies, QString *error)
{
    for (const CompliancePolicy &policy : policies) {
        if (policy.id <= 0) {
            if (error)
                *error = tr("Policy \"%1\" has no id.").arg(policy.name);
            return false;
        }
        const QString problem = policy.validate();
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
        // The steps must read back as they are written: a wait the reader refuses would fail
        // every later loadPolicies().
        QList<PolicyStep> readBack;
        PolicyJson::StepProblem stepProblem;
        if (!PolicyJson::readSteps(PolicyJson::stepsToJson(policy.steps), &readBack, &stepProblem)) {
            if (error) {
                *error = stepProblem.kind == PolicyJson::StepProblem::BadWaitDays
                    ? tr("Policy \"%1\": step %2 waits %3 days, not a number of days from 0 to %4.")
                          .arg(policy.name, QString::number(stepProblem.index + 1), stepProblem.value,
                              QString::number(PolicyJson::kMaxWaitDays))
                    : tr("Policy \"%1\": step %2 has an unknown action \"%3\".")
                          .arg(policy.name, QString::number(stepProblem.index + 1), stepProblem.value);
            }
            return false;
        }
    }
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return false;
    const auto fail = [&](const QString &detail) {
        if (error)
            *error = tr("Could not write policies to %1: %2").arg(m_connections.displayName(), detail);
        return false;
    };
    QString detail;
    PgTransaction transaction(*connection);
    if (!transaction.begin(&detail))
        return fail(detail);
    for (const CompliancePolicy &policy : policies) {
        const QJsonArray steps = PolicyJson::stepsToJson(policy.steps);
        const QList<QByteArray> parameters { QByteArray::number(policy.id), policy.name.toUtf8(),
            CompliancePolicy::ruleStorageName(policy.rule).toUtf8(), utf8OrNull(policy.parameter),
            QJsonDocument(steps).toJson(QJsonDocument::Compact) };
        for (const QByteArray &statement : { kUpdatePolicy, kInsertPolicy }) {
            const PgResult result = connection->exec(statement, parameters);
            if (result.ok())
                continue;
            const QString reason
                = result.errorText().isEmpty() ? connection->connectionError() : result.errorText();
            // 42501 insufficient_privilege: a helpdesk login.
            if (result.sqlState() == "42501") {
                if (error)
                    *error
                        = tr("Could not write policies to %1: this login may not change policies; a policy "
                             "author or the reporter does (the database refused: %2). Nothing was written.")
                              .arg(m_connections.displayName(), reason);
                return false;
            }
            return fail(reason);
        }
    }
    if (!transaction.commit(&detail))
        return fail(detail);
    return true;
}

QHash<qint64, CompliancePolicy> PgPolicyStore::loadPolicies(QString *error) const
{
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return {};
    const PgResult result = connection->exec(
        "SELECT id, name, rule, parameter, steps_json FROM asc_store.policies ORDER BY id");
    if (!result.ok()) {
        if (error)
            *error
                = tr("Could not read the policies from %1: %2")
                      .arg(m_connections.displayName(),
                          result.errorText().isEmpty() ? connection->connectionError() : result.errorText());
        return {};
    }
    const QString store = m_connections.displayName();
    // A policy we cannot read fails the lot: evaluating without it would silently show its
    // devices as compliant.
    QHash<qint64, CompliancePolicy> policies;
    for (int row = 0; row < result.rows(); ++row) {
        CompliancePolicy policy;
        policy.id = result.integer(row, 0);
        policy.name = result.text(row, 1);
        const QString id = QString::number(policy.id);
        bool ok = false;
        const QString rule = result.text(row, 2);
        policy.rule = CompliancePolicy::ruleFromStorageName(rule, &ok);
        if (!ok) {
            if (error)
                *error = tr("Policy %1 in %2 has an unknown rule \"%3\".").arg(id, store, rule);
            return {};
        }
        policy.parameter = result.text(row, 3);
        QJsonParseError parseError;
        const QJsonDocument steps = QJsonDocument::fromJson(result.bytes(row, 4), &parseError);
        if (parseError.error != QJsonParseError::NoError || !steps.isArray()) {
            if (error)
                *error = tr("Policy %1 in %2: its actions are not a JSON array of steps.").arg(id, store);
            return {};
        }
        PolicyJson::StepProblem problem;
        if (!PolicyJson::readSteps(steps.array(), &policy.steps, &problem)) {
            if (error) {
                *error = problem.kind == PolicyJson::StepProblem::UnknownAction
                    ? tr("Policy %1 in %2 has an unknown action \"%3\".").arg(id, store, problem.value)
                    : tr("Policy %1 in %2: step %3 waits \"%4\", not a number of days from 0 to %5.")
                          .arg(id, store, QString::number(problem.index + 1), problem.value,
                              QString::number(PolicyJson::kMaxWaitDays));
            }
            return {};
        }
        policies.insert(policy.id, policy);
    }
    return policies;
}
