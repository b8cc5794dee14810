#include "app/storage/sqlite/sqlitepolicystore.h"

#include "app/policy/policyjson.h"
#include "app/storage/sqlite/sqliteconnections.h"
#include "app/storage/sqlite/sqlitetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

SqlitePolicyStore::SqlitePolicyStore(const SqliteConnections &connections)
    : m_connections(connections)
{
}

bool SqlitePolicyStore::upsertPolicies(const QList<CompliancePolicy> &policies, QString *error)
{
    for (const CompliancePolicy &policy : policies) {
        if (policy.id <= 0) {
            setError(error, tr("Policy \"%1\" has no id.").arg(policy.name));
            return false;
        }
        const QString problem = policy.validate();
        if (!problem.isEmpty()) {
            setError(error, problem);
            return false;
        }
        // The steps must read back as they are written: a wait the reader refuses would fail
        // every later loadPolicies().
        QList<PolicyStep> readBack;
        PolicyJson::StepProblem stepProblem;
        if (!PolicyJson::readSteps(PolicyJson::stepsToJson(policy.steps), &readBack, &stepProblem)) {
            setError(error,
                stepProblem.kind == PolicyJson::StepProblem::BadWaitDays
                    ? tr("Policy \"%1\": step %2 waits %3 days, not a number of days from 0 to %4.")
                          .arg(policy.name, QString::number(stepProblem.index + 1), stepProblem.value,
                              QString::number(PolicyJson::kMaxWaitDays))
                    : tr("Policy \"%1\": step %2 has an unknown action \"%3\".")
                          .arg(policy.name, QString::number(stepProblem.index + 1), stepProblem.value));
            return false;
        }
    }
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return false;
    const auto fail = [&](const QString &detail) {
        setError(error, tr("Could not write policies to %1: %2").arg(m_connections.nativePath(), detail));
        return false;
    };
    QString detail;
    SqliteTransaction transaction(db);
    if (!transaction.begin(SqliteTransaction::Write, &detail))
        return fail(detail);
    QSqlQuery query(db);
    if (!query.prepare(
            QStringLiteral("INSERT INTO policies (id, name, rule, parameter, steps_json)"
                           " VALUES (?, ?, ?, ?, ?)"
                           " ON CONFLICT(id) DO UPDATE SET name = excluded.name, rule = excluded.rule,"
                           " parameter = excluded.parameter, steps_json = excluded.steps_json")))
        return fail(errorText(query.lastError()));
    for (const CompliancePolicy &policy : policies) {
        const QJsonArray steps = PolicyJson::stepsToJson(policy.steps);
        query.bindValue(0, policy.id);
        query.bindValue(1, policy.name);
        query.bindValue(2, CompliancePolicy::ruleStorageName(policy.rule));
        query.bindValue(3, policy.parameter);
        query.bindValue(4, QString::fromUtf8(QJsonDocument(steps).toJson(QJsonDocument::Compact)));
        if (!query.exec())
            return fail(errorText(query.lastError()));
    }
    if (!transaction.commit(&detail))
        return fail(detail);
    return true;
}

QHash<qint64, CompliancePolicy> SqlitePolicyStore::loadPolicies(QString *error) const
{
    QSqlDatabase db;
    if (!m_connections.connection(&db, error))
        return {};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, name, rule, parameter, steps_json FROM policies ORDER BY id"))) {
        setError(error,
            tr("Could not read the policies from %1: %2")
                .arg(m_connections.nativePath(), errorText(query.lastError())));
        return {};
    }
    // A policy we cannot read fails the lot: evaluating without it would silently show its
    // devices as compliant.
    QHash<qint64, CompliancePolicy> policies;
    while (query.next()) {
        CompliancePolicy policy;
        policy.id = query.value(0).toLongLong();
        policy.name = query.value(1).toString();
        const QString id = QString::number(policy.id);
        bool ok = false;
        const QString rule = query.value(2).toString();
        policy.rule = CompliancePolicy::ruleFromStorageName(rule, &ok);
        if (!ok) {
            setError(error,
                tr("Policy %1 in %2 has an unknown rule \"%3\".").arg(id, m_connections.nativePath(), rule));
            return {};
        }
        policy.parameter = query.value(3).toString();
        QJsonParseError parseError;
        const QJsonDocument steps = QJsonDocument::fromJson(query.value(4).toString().toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !steps.isArray()) {
            setError(error,
                tr("Policy %1 in %2: its actions are not a JSON array of steps.")
                    .arg(id, m_connections.nativePath()));
            return {};
        }
        PolicyJson::StepProblem problem;
        if (!PolicyJson::readSteps(steps.array(), &policy.steps, &problem)) {
            setError(error,
                problem.kind == PolicyJson::StepProblem::UnknownAction
                    ? tr("Policy %1 in %2 has an unknown action \"%3\".")
                          .arg(id, m_connections.nativePath(), problem.value)
                    : tr("Policy %1 in %2: step %3 waits \"%4\", not a number of days from 0 to %5.")
                          .arg(id, m_connections.nativePath(), QString::number(problem.index + 1), problem.value,
                              QString::number(PolicyJson::kMaxWaitDays)));
            return {};
        }
        policies.insert(policy.id, policy);
    }
    if (query.lastError().isValid()) {
        setError(error,
            tr("Could not read the policies from %1: %2")
                .arg(m_connections.nativePath(), errorText(query.lastError())));
        return {};
    }
    return policies;
}
