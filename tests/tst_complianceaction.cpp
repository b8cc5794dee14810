#include "models/complianceaction.h"

#include <QTest>

char *toString(ComplianceAction action)
{
    return qstrdup(qPrintable(ComplianceActions::displayName(action)));
}

char *toString(AzureOutcome outcome)
{
    return qstrdup(qPrintable(ComplianceActions::outcomeName(outcome)));
}

namespace {
// The order of restriction, written out independently of the enum values: most restrictive first.
const QList<ComplianceAction> kSpecOrder { ComplianceAction::Retire, ComplianceAction::Quarantine,
    ComplianceAction::BlockAppConnectApps, ComplianceAction::BlockEmail, ComplianceAction::SendAlert,
    ComplianceAction::None };

// Lower is more restrictive.
qsizetype specRank(ComplianceAction action)
{
    return kSpecOrder.indexOf(action);
}
} // namespace

class TestComplianceAction final : public QObject
{
    Q_OBJECT

private slots:
    void outcomeTable_data();
    void outcomeTable();
    void mostRestrictive_data();
    void mostRestrictive();
    void allIsLeastRestrictiveFirst();
    void storageRoundTrip_data();
    void storageRoundTrip();
    void badStorageName_data();
    void badStorageName();
    void outcomeNames_data();
    void outcomeNames();
};

void TestComplianceAction::outcomeTable_data()
{
    QTest::addColumn<ComplianceAction>("action");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<AzureOutcome>("outcome");

    QTest::addRow("Block Email") << ComplianceAction::BlockEmail << QStringLiteral("Block Email")
                                 << AzureOutcome::NonCompliant;
    QTest::addRow("Block AppConnect Apps")
        << ComplianceAction::BlockAppConnectApps << QStringLiteral("Block AppConnect Apps")
        << AzureOutcome::NonCompliant;
    QTest::addRow("Quarantine") << ComplianceAction::Quarantine << QStringLiteral("Quarantine")
                                << AzureOutcome::NonCompliant;
    QTest::addRow("Send Alert") << ComplianceAction::SendAlert << QStringLiteral("Send Alert")
                                << AzureOutcome::Compliant;
    QTest::addRow("Retire device") << ComplianceAction::Retire << QStringLiteral("Retire device")
                                   << AzureOutcome::RemovedFromAzure;
    QTest::addRow("no violated rule")
        << ComplianceAction::None << QStringLiteral("None") << AzureOutcome::Compliant;
}

void TestComplianceAction::outcomeTable()
{
    QFETCH(ComplianceAction, action);
    QFETCH(QString, displayName);
    QFETCH(AzureOutcome, outcome);
    QCOMPARE(ComplianceActions::outcomeOf(action), outcome);
    QCOMPARE(ComplianceActions::displayName(action), displayName);
}

void TestComplianceAction::mostRestrictive_data()
{
    QTest::addColumn<ComplianceAction>("a");
    QTest::addColumn<ComplianceAction>("b");
    QTest::addColumn<ComplianceAction>("expected");
    for (ComplianceAction a : kSpecOrder) {
        for (ComplianceAction b : kSpecOrder) {
            const ComplianceAction expected = specRank(a) <= specRank(b) ? a : b;
            QTest::addRow("%s vs %s", qPrintable(ComplianceActions::storageName(a)),
                qPrintable(ComplianceActions::storageName(b)))
                << a << b << expected;
        }
    }
}

void TestComplianceAction::mostRestrictive()
{
    QFETCH(ComplianceAction, a);
    QFETCH(ComplianceAction, b);
    QFETCH(ComplianceAction, expected);
    QCOMPARE(ComplianceActions::mostRestrictive(a, b), expected);
    QCOMPARE(ComplianceActions::mostRestrictive(b, a), expected);
    // The enum's order is the SPEC order, so "most restrictive" is a plain max().
    QCOMPARE(a > b, specRank(a) < specRank(b));
}

void TestComplianceAction::allIsLeastRestrictiveFirst()
{
    QList<ComplianceAction> expected(kSpecOrder.crbegin(), kSpecOrder.crend());
    expected.removeAll(ComplianceAction::None);
    QCOMPARE(ComplianceActions::all(), expected);
}

void TestComplianceAction::storageRoundTrip_data()
{
    QTest::addColumn<ComplianceAction>("action");
    QTest::addColumn<QString>("storageName"); // stored in the database: must never change
    QTest::addRow("None") << ComplianceAction::None << QStringLiteral("none");
    QTest::addRow("Send Alert") << ComplianceAction::SendAlert << QStringLiteral("sendAlert");
    QTest::addRow("Block Email") << ComplianceAction::BlockEmail << QStringLiteral("blockEmail");
    QTest::addRow("Block AppConnect Apps")
        << ComplianceAction::BlockAppConnectApps << QStringLiteral("blockAppConnect");
    QTest::addRow("Quarantine") << ComplianceAction::Quarantine << QStringLiteral("quarantine");
    QTest::addRow("Retire") << ComplianceAction::Retire << QStringLiteral("retire");
}

void TestComplianceAction::storageRoundTrip()
{
    QFETCH(ComplianceAction, action);
    QFETCH(QString, storageName);
    QCOMPARE(ComplianceActions::storageName(action), storageName);
    bool ok = false;
    QCOMPARE(ComplianceActions::fromStorageName(storageName, &ok), action);
    QVERIFY(ok);
    for (ComplianceAction other : kSpecOrder) {
        if (other != action)
            QVERIFY(ComplianceActions::storageName(other) != storageName);
    }
}

void TestComplianceAction::badStorageName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("empty") << QString();
    QTest::addRow("display name") << QStringLiteral("Block Email");
    QTest::addRow("wrong case") << QStringLiteral("Retire");
    QTest::addRow("padded") << QStringLiteral(" quarantine");
    QTest::addRow("made up") << QStringLiteral("wipe");
    QTest::addRow("number") << QStringLiteral("5");
}

void TestComplianceAction::badStorageName()
{
    QFETCH(QString, name);
    bool ok = true;
    QCOMPARE(ComplianceActions::fromStorageName(name, &ok), ComplianceAction::None);
    QVERIFY(!ok);
}

void TestComplianceAction::outcomeNames_data()
{
    QTest::addColumn<AzureOutcome>("outcome");
    QTest::addColumn<QString>("name"); // the seed's "What Ivanti Neurons for MDM sends"
    QTest::addColumn<QString>("wireValue");
    QTest::addRow("Compliant") << AzureOutcome::Compliant << QStringLiteral("Compliant")
                               << QStringLiteral("\"compliant\"");
    QTest::addRow("Non-compliant") << AzureOutcome::NonCompliant << QStringLiteral("Device Non-compliant")
                                   << QStringLiteral("\"notCompliant\"");
    QTest::addRow("Removed") << AzureOutcome::RemovedFromAzure
                             << QStringLiteral("Device data removed from Azure platform")
                             << QStringLiteral("\"notManaged\"");
}

void TestComplianceAction::outcomeNames()
{
    QFETCH(AzureOutcome, outcome);
    QFETCH(QString, name);
    QFETCH(QString, wireValue);
    QCOMPARE(ComplianceActions::outcomeName(outcome), name);
    QVERIFY2(ComplianceActions::outcomeDescription(outcome).contains(wireValue),
        qPrintable(ComplianceActions::outcomeDescription(outcome)));
}

QTEST_GUILESS_MAIN(TestComplianceAction)
#include "tst_complianceaction.moc"
