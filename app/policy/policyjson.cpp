#include "app/policy/policyjson.h"

#include <QJsonArray>

namespace PolicyJson {

QJsonObject toJson(const CompliancePolicy &policy)
{
    QJsonArray actions;
    for (const PolicyStep &step : policy.steps)
        actions.append(QJsonObject{{QStringLiteral("action"), ComplianceActions::storageName(step.action)},
                                   {QStringLiteral("waitDays"), step.waitDays}});
    return QJsonObject{{QStringLiteral("id"), policy.id},
                       {QStringLiteral("name"), policy.name},
                       {QStringLiteral("rule"), CompliancePolicy::ruleStorageName(policy.rule)},
                       {QStringLiteral("parameter"), policy.parameter},
                       {QStringLiteral("actions"), actions}};
}

} // namespace PolicyJson
