#include "models/compliancepolicy.h"

#include <QTest>

char *toString(PolicyRule rule)
{
    return qstrdup(qPrintable(CompliancePolicy::ruleStorageName(rule)));
}

namespace {
using A = ComplianceAction;

CompliancePolicy policy(
    const QString &name, PolicyRule rule, const QString &parameter, const QList<PolicyStep> &steps)
{
    CompliancePolicy p;
    p.id = 1;
    p.name = name;
    p.rule = rule;
    p.parameter = parameter;
    p.steps = steps;
    return p;
}

// "Send Alert now, Block Email after 3 days, Quarantine after 7": the policy of the product description.
const QList<PolicyStep> kSeedSteps { { A::SendAlert, 0 }, { A::BlockEmail, 3 }, { A::Quarantine, 7 } };
const QList<PolicyStep> kAlert { { A::SendAlert, 0 } };
const QString kName = QStringLiteral("Corporate baseline");
} // namespace

class TestCompliancePolicy final : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void ruleText_data();
    void ruleText();
    void ruleStorageRoundTrip_data();
    void ruleStorageRoundTrip();
    void badRuleStorageName_data();
    void badRuleStorageName();
    void needsParameter_data();
    void needsParameter();
};

void TestCompliancePolicy::validate_data()
{
    QTest::addColumn<CompliancePolicy>("policy");
    // Empty when the policy is valid; otherwise words the message must contain (besides
    // the policy's name, which every message about a named policy gives).
    QTest::addColumn<QString>("errorContains");

    const QString ok;
    QTest::addRow("ok: seed escalation") << policy(kName, PolicyRule::Jailbroken, {}, kSeedSteps) << ok;
    QTest::addRow("ok: one immediate action") << policy(kName, PolicyRule::NoPasscode, {}, kAlert) << ok;
    QTest::addRow("ok: not encrypted, retire after 30 days")
        << policy(kName, PolicyRule::NotEncrypted, {}, { { A::Retire, 30 } }) << ok;
    QTest::addRow("ok: every action once") << policy(kName, PolicyRule::Jailbroken, {},
        { { A::SendAlert, 0 }, { A::BlockEmail, 1 }, { A::BlockAppConnectApps, 2 }, { A::Quarantine, 3 },
            { A::Retire, 4 } }) << ok;
    QTest::addRow("ok: equal waits") << policy(
        kName, PolicyRule::Jailbroken, {}, { { A::SendAlert, 0 }, { A::BlockEmail, 0 } })
                                     << ok;
    QTest::addRow("ok: less restrictive later") // allowed: the most restrictive elapsed step applies
        << policy(kName, PolicyRule::Jailbroken, {}, { { A::Quarantine, 0 }, { A::SendAlert, 3 } }) << ok;
    QTest::addRow("ok: OS below 16.0")
        << policy(kName, PolicyRule::OsBelowMinimum, QStringLiteral("16.0"), kAlert) << ok;
    QTest::addRow("ok: OS below 17") << policy(kName, PolicyRule::OsBelowMinimum, QStringLiteral("17"),
        kAlert) << ok;
    QTest::addRow("ok: OS below 14.4.1")
        << policy(kName, PolicyRule::OsBelowMinimum, QStringLiteral("14.4.1"), kAlert) << ok;
    QTest::addRow("ok: blocked app") << policy(
        kName, PolicyRule::BlockedAppPresent, QStringLiteral("com.example.game"), kSeedSteps)
                                     << ok;
    QTest::addRow("ok: out of contact 30 days")
        << policy(kName, PolicyRule::OutOfContact, QStringLiteral("30"), kSeedSteps) << ok;
    QTest::addRow("ok: out of contact 1 day")
        << policy(kName, PolicyRule::OutOfContact, QStringLiteral("1"), kAlert) << ok;

    QTest::addRow("no name") << policy(QString(), PolicyRule::Jailbroken, {}, kAlert)
                             << QStringLiteral("no name");
    QTest::addRow("blank name") << policy(QStringLiteral("   "), PolicyRule::Jailbroken, {}, kAlert)
                                << QStringLiteral("no name");

    QTest::addRow("OS below: no parameter") << policy(kName, PolicyRule::OsBelowMinimum, QString(), kAlert)
                                            << QStringLiteral("needs a parameter");
    QTest::addRow("OS below: blank parameter") << policy(kName, PolicyRule::OsBelowMinimum,
        QStringLiteral("  "), kAlert) << QStringLiteral("needs a parameter");
    QTest::addRow("blocked app: no parameter") << policy(kName, PolicyRule::BlockedAppPresent, QString(),
        kAlert) << QStringLiteral("needs a parameter");
    QTest::addRow("out of contact: no parameter")
        << policy(kName, PolicyRule::OutOfContact, QString(), kAlert) << QStringLiteral("needs a parameter");
    QTest::addRow("out of contact: blank parameter") << policy(kName, PolicyRule::OutOfContact,
        QStringLiteral("\t"), kAlert) << QStringLiteral("needs a parameter");

    const QString notVersion = QStringLiteral("is not a version number");
    QTest::addRow("OS below: word") << policy(kName, PolicyRule::OsBelowMinimum, QStringLiteral("sixteen"),
        kAlert) << notVersion;
    QTest::addRow("OS below: leading v")
        << policy(kName, PolicyRule::OsBelowMinimum, QStringLiteral("v16"), kAlert) << notVersion;
    QTest::addRow("OS below: negative")
        << policy(kName, PolicyRule::OsBelowMinimum, QStringLiteral("-1"), kAlert) << notVersion;
    // A number followed by other text is not a version either (QVersionNumber would
    // quietly keep the leading number).
    QTest::addRow("OS below: trailing text")
        << policy(kName, PolicyRule::OsBelowMinimum, QStringLiteral("16.0abc"), kAlert) << notVersion;
    QTest::addRow("OS below: trailing word")
        << policy(kName, PolicyRule::OsBelowMinimum, QStringLiteral("16.0 beta"), kAlert) << notVersion;
    QTest::addRow("OS below: double dot")
        << policy(kName, PolicyRule::OsBelowMinimum, QStringLiteral("16..0"), kAlert) << notVersion;
    QTest::addRow("OS below: trailing dot")
        << policy(kName, PolicyRule::OsBelowMinimum, QStringLiteral("16."), kAlert) << notVersion;
    QTest::addRow("OS below: exponent")
        << policy(kName, PolicyRule::OsBelowMinimum, QStringLiteral("1e3"), kAlert) << notVersion;

    const QString badDays = QStringLiteral("at least 1");
    QTest::addRow("out of contact: 0 days")
        << policy(kName, PolicyRule::OutOfContact, QStringLiteral("0"), kAlert) << badDays;
    QTest::addRow("out of contact: negative days")
        << policy(kName, PolicyRule::OutOfContact, QStringLiteral("-3"), kAlert) << badDays;
    QTest::addRow("out of contact: not a number")
        << policy(kName, PolicyRule::OutOfContact, QStringLiteral("thirty"), kAlert) << badDays;
    QTest::addRow("out of contact: fraction")
        << policy(kName, PolicyRule::OutOfContact, QStringLiteral("2.5"), kAlert) << badDays;
    QTest::addRow("out of contact: overflow")
        << policy(kName, PolicyRule::OutOfContact, QStringLiteral("99999999999"), kAlert) << badDays;

    QTest::addRow("no steps") << policy(kName, PolicyRule::Jailbroken, {}, {}) << QStringLiteral("no action");
    QTest::addRow("step without action")
        << policy(kName, PolicyRule::Jailbroken, {}, { { A::SendAlert, 0 }, { A::None, 3 } })
        << QStringLiteral("action is missing");
    QTest::addRow("duplicate action") << policy(kName, PolicyRule::Jailbroken, {},
        { { A::BlockEmail, 0 }, { A::SendAlert, 1 }, { A::BlockEmail, 3 } })
                                      << QStringLiteral("\"Block Email\" appears twice");
    QTest::addRow("duplicate action, same wait") << policy(kName, PolicyRule::Jailbroken, {},
        { { A::Retire, 5 }, { A::Retire, 5 } }) << QStringLiteral("\"Retire device\" appears twice");
    QTest::addRow("negative wait") << policy(kName, PolicyRule::Jailbroken, {}, { { A::SendAlert, -1 } })
                                   << QStringLiteral("\"Send Alert\" is negative");
    QTest::addRow("negative wait after others")
        << policy(kName, PolicyRule::Jailbroken, {}, { { A::SendAlert, 0 }, { A::Quarantine, -7 } })
        << QStringLiteral("\"Quarantine\" is negative");
    QTest::addRow("waits out of order") << policy(kName, PolicyRule::Jailbroken, {},
        { { A::SendAlert, 0 }, { A::Quarantine, 7 }, { A::BlockEmail, 3 } })
                                        << QStringLiteral("out of order; \"Block Email\"");
    QTest::addRow("first wait longer than second")
        << policy(kName, PolicyRule::Jailbroken, {}, { { A::BlockEmail, 3 }, { A::SendAlert, 0 } })
        << QStringLiteral("out of order; \"Send Alert\"");
}

void TestCompliancePolicy::validate()
{
    QFETCH(CompliancePolicy, policy);
    QFETCH(QString, errorContains);

    const QString error = policy.validate();
    if (errorContains.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        return;
    }
    QVERIFY2(error.contains(errorContains), qPrintable(error));
    if (!policy.name.trimmed().isEmpty())
        QVERIFY2(error.contains(policy.name), qPrintable(error));
}

void TestCompliancePolicy::ruleText_data()
{
    QTest::addColumn<PolicyRule>("rule");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("text");
    QTest::addRow("jailbroken") << PolicyRule::Jailbroken << QString()
                                << QStringLiteral("Jailbroken or rooted");
    QTest::addRow("no passcode") << PolicyRule::NoPasscode << QString() << QStringLiteral("No passcode");
    QTest::addRow("not encrypted") << PolicyRule::NotEncrypted << QString()
                                   << QStringLiteral("Not encrypted");
    QTest::addRow("OS below") << PolicyRule::OsBelowMinimum << QStringLiteral("16.0")
                              << QStringLiteral("OS below 16.0");
    QTest::addRow("blocked app") << PolicyRule::BlockedAppPresent << QStringLiteral("com.example.game")
                                 << QStringLiteral("Blocked app present: com.example.game");
    // No translator is loaded here, so %n is replaced in the source text as is.
    QTest::addRow("out of contact") << PolicyRule::OutOfContact << QStringLiteral("30")
                                    << QStringLiteral("Out of contact for 30 day(s)");
}

void TestCompliancePolicy::ruleText()
{
    QFETCH(PolicyRule, rule);
    QFETCH(QString, parameter);
    QFETCH(QString, text);
    QCOMPARE(policy(kName, rule, parameter, kAlert).ruleText(), text);
}

void TestCompliancePolicy::ruleStorageRoundTrip_data()
{
    QTest::addColumn<PolicyRule>("rule");
    QTest::addColumn<QString>("storageName"); // stored in the database: must never change
    QTest::addRow("jailbroken") << PolicyRule::Jailbroken << QStringLiteral("jailbroken");
    QTest::addRow("OS below") << PolicyRule::OsBelowMinimum << QStringLiteral("osBelowMinimum");
    QTest::addRow("no passcode") << PolicyRule::NoPasscode << QStringLiteral("noPasscode");
    QTest::addRow("not encrypted") << PolicyRule::NotEncrypted << QStringLiteral("notEncrypted");
    QTest::addRow("blocked app") << PolicyRule::BlockedAppPresent << QStringLiteral("blockedAppPresent");
    QTest::addRow("out of contact") << PolicyRule::OutOfContact << QStringLiteral("outOfContact");
}

void TestCompliancePolicy::ruleStorageRoundTrip()
{
    QFETCH(PolicyRule, rule);
    QFETCH(QString, storageName);
    QVERIFY(CompliancePolicy::allRules().contains(rule));
    QCOMPARE(CompliancePolicy::ruleStorageName(rule), storageName);
    bool ok = false;
    QCOMPARE(CompliancePolicy::ruleFromStorageName(storageName, &ok), rule);
    QVERIFY(ok);
    QVERIFY(!CompliancePolicy::ruleName(rule).isEmpty());
}

void TestCompliancePolicy::badRuleStorageName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("empty") << QString();
    QTest::addRow("display name") << QStringLiteral("No passcode");
    QTest::addRow("wrong case") << QStringLiteral("Jailbroken");
    QTest::addRow("made up") << QStringLiteral("rooted");
}

void TestCompliancePolicy::badRuleStorageName()
{
    QFETCH(QString, name);
    bool ok = true;
    CompliancePolicy::ruleFromStorageName(name, &ok);
    QVERIFY(!ok);
}

void TestCompliancePolicy::needsParameter_data()
{
    QTest::addColumn<PolicyRule>("rule");
    QTest::addColumn<bool>("needs");
    QTest::addRow("jailbroken") << PolicyRule::Jailbroken << false;
    QTest::addRow("OS below") << PolicyRule::OsBelowMinimum << true;
    QTest::addRow("no passcode") << PolicyRule::NoPasscode << false;
    QTest::addRow("not encrypted") << PolicyRule::NotEncrypted << false;
    QTest::addRow("blocked app") << PolicyRule::BlockedAppPresent << true;
    QTest::addRow("out of contact") << PolicyRule::OutOfContact << true;
}

void TestCompliancePolicy::needsParameter()
{
    QFETCH(PolicyRule, rule);
    QFETCH(bool, needs);
    QCOMPARE(CompliancePolicy::ruleNeedsParameter(rule), needs);
}

QTEST_GUILESS_MAIN(TestCompliancePolicy)
#include "tst_compliancepolicy.moc"
