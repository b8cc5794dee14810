#include "app/policy/policyjson.h"

#include "app/net/jsonresponse.h"

namespace PolicyJson {

QJsonArray stepsToJson(const QList<PolicyStep> &steps)
{
    QJsonArray actions;
    for (const PolicyStep &step : steps)
        actions.append(QJsonObject{{QStringLiteral("action"), ComplianceActions::storageName(step.action)},
                                   {QStringLiteral("waitDays"), step.waitDays}});
    return actions;
}

QJsonObject toJson(const CompliancePolicy &policy)
{
    return QJsonObject{{QStringLiteral("id"), policy.id},
                       {QStringLiteral("name"), policy.name},
                       {QStringLiteral("rule"), CompliancePolicy::ruleStorageName(policy.rule)},
                       {QStringLiteral("parameter"), policy.parameter},
                       {QStringLiteral("actions"), stepsToJson(policy.steps)}};
}

bool readSteps(const QJsonArray &actions, QList<PolicyStep> *steps, StepProblem *problem)
{
    steps->clear();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QJsonObject object = actions.at(i).toObject();
        const QJsonValue actionValue = object.value(QLatin1String("action"));
        bool known = false;
        PolicyStep step;
        step.action = ComplianceActions::fromStorageName(actionValue.toString(), &known);
        // "none" is no step: a policy that does nothing has no actions.
        if (!actionValue.isString() || !known || step.action == ComplianceAction::None) {
            *problem = {StepProblem::UnknownAction, i, actionValue.toVariant().toString().left(100)};
            return false;
        }
        qint64 waitDays = 0;
        const QJsonValue waitValue = object.value(QLatin1String("waitDays"));
        if (!waitValue.isUndefined()
            && (!JsonResponse::toInteger(waitValue, &waitDays) || waitDays < 0 || waitDays > kMaxWaitDays)) {
            *problem = {StepProblem::BadWaitDays, i, waitValue.toVariant().toString().left(100)};
            return false;
        }
        step.waitDays = int(waitDays);
        steps->append(step);
    }
    return true;
}

} // namespace PolicyJson
