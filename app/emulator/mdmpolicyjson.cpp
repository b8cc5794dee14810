#include "app/emulator/mdmpolicyjson.h"

#include "app/emulator/emulatorjson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

bool fail(MdmPolicyJson::Problem *problem, const QString &field, const QString &message)
{
    *problem = MdmPolicyJson::Problem { field, message };
    return false;
}

} // namespace

bool MdmPolicyJson::read(const QJsonObject &object, EmulatorPolicy *policy, Problem *problem)
{
    using EmulatorJson::describe;
    EmulatorPolicy result;
    const QJsonValue id = object.value(QStringLiteral("id"));
    if (!EmulatorJson::isWholeNumber(id, 1, qint64(1) << 53))
        return fail(problem, QStringLiteral("id"),
            QStringLiteral("must be a whole number of 1 or more, not %1").arg(describe(id)));
    result.id = qint64(id.toDouble());

    const QJsonValue name = object.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return fail(problem, QStringLiteral("name"),
            QStringLiteral("must be a text that is not empty, not %1").arg(describe(name)));
    result.name = name.toString();

    const QJsonValue rule = object.value(QStringLiteral("rule"));
    if (!rule.isString() || !EmulatorPolicy::ruleWords().contains(rule.toString()))
        return fail(problem, QStringLiteral("rule"),
            QStringLiteral("must be one of %1, not %2")
                .arg(EmulatorPolicy::ruleWords().join(QStringLiteral(", ")), describe(rule)));
    result.rule = rule.toString();

    const QJsonValue parameter = object.value(QStringLiteral("parameter"));
    if (!parameter.isUndefined() && !parameter.isNull() && !parameter.isString())
        return fail(problem, QStringLiteral("parameter"),
            QStringLiteral("must be a text, not %1").arg(describe(parameter)));
    result.parameter = parameter.toString().trimmed();
    if (EmulatorPolicy::ruleNeedsParameter(result.rule) && result.parameter.isEmpty())
        return fail(problem, QStringLiteral("parameter"),
            QStringLiteral("the rule %1 needs a parameter").arg(result.rule));
    if (result.rule == QLatin1String("osBelowMinimum")) {
        static const QRegularExpression version(QStringLiteral("^\\d+(\\.\\d+)*$"));
        if (!version.match(result.parameter).hasMatch())
            return fail(problem, QStringLiteral("parameter"),
                QStringLiteral("'%1' is not a version number such as 16.0").arg(result.parameter));
    }
    if (result.rule == QLatin1String("outOfContact")) {
        bool ok = false;
        const int days = result.parameter.toInt(&ok);
        if (!ok || days < 1)
            return fail(problem, QStringLiteral("parameter"),
                QStringLiteral("'%1' is not a number of days of 1 or more").arg(result.parameter));
    }

    const QJsonValue actions = object.value(QStringLiteral("actions"));
    if (!actions.isArray() || actions.toArray().isEmpty())
        return fail(problem, QStringLiteral("actions"),
            QStringLiteral("must be an array of one action or more, not %1").arg(describe(actions)));
    const QJsonArray steps = actions.toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString at = QStringLiteral("actions[%1]").arg(i);
        if (!steps.at(i).isObject())
            return fail(problem, at, QStringLiteral("must be an object, not %1").arg(describe(steps.at(i))));
        const QJsonObject step = steps.at(i).toObject();
        const QJsonValue word = step.value(QStringLiteral("action"));
        EmulatorPolicy::Step parsed;
        if (!word.isString() || !EmulatorPolicy::actionFromWord(word.toString(), &parsed.action))
            return fail(problem, at + QStringLiteral(".action"),
                QStringLiteral("must be sendAlert, blockEmail, blockAppConnect, quarantine or retire, not %1")
                    .arg(describe(word)));
        for (const EmulatorPolicy::Step &earlier : std::as_const(result.steps)) {
            if (earlier.action == parsed.action)
                return fail(problem, at + QStringLiteral(".action"),
                    QStringLiteral("%1 appears twice").arg(word.toString()));
        }
        const QJsonValue wait = step.value(QStringLiteral("waitDays"));
        if (!EmulatorJson::isWholeNumber(wait, 0, kMaxWaitDays))
            return fail(problem, at + QStringLiteral(".waitDays"),
                QStringLiteral("must be a whole number from 0 to %1, not %2")
                    .arg(kMaxWaitDays)
                    .arg(describe(wait)));
        parsed.waitDays = int(wait.toDouble());
        if (!result.steps.isEmpty() && parsed.waitDays < result.steps.constLast().waitDays)
            return fail(problem, at + QStringLiteral(".waitDays"),
                QStringLiteral("%1 is shorter than the wait of the action before it (%2)")
                    .arg(parsed.waitDays)
                    .arg(result.steps.constLast().waitDays));
        result.steps.append(parsed);
    }
    *policy = result;
    return true;
}

QJsonObject MdmPolicyJson::write(const EmulatorPolicy &policy)
{
    QJsonArray actions;
    for (const EmulatorPolicy::Step &step : policy.steps)
        actions.append(QJsonObject { { QStringLiteral("action"), EmulatorPolicy::actionWord(step.action) },
            { QStringLiteral("waitDays"), step.waitDays } });
    return QJsonObject { { QStringLiteral("id"), policy.id }, { QStringLiteral("name"), policy.name },
        { QStringLiteral("rule"), policy.rule }, { QStringLiteral("parameter"), policy.parameter },
        { QStringLiteral("actions"), actions } };
}
