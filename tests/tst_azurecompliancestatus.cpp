#include "models/azurecompliancestatus.h"

#include <QTest>

using Status = AzureComplianceStatus::Value;

namespace {
const Status kAllValues[] = { AzureComplianceStatus::None, AzureComplianceStatus::InProgress,
    AzureComplianceStatus::Successful, AzureComplianceStatus::Failed };
}

class TestAzureComplianceStatus final : public QObject
{
    Q_OBJECT

private slots:
    void displayNameIsTheSeedWording_data();
    void displayNameIsTheSeedWording();
    void notReportedHasItsOwnName();
    void everyValueIsDescribed_data();
    void everyValueIsDescribed();
    void storageRoundTrip_data();
    void storageRoundTrip();
    void acceptsDisplayNameOfInProgress();
    void badStorageNameIsRejected_data();
    void badStorageNameIsRejected();
    void okIsOptional();
};

void TestAzureComplianceStatus::displayNameIsTheSeedWording_data()
{
    QTest::addColumn<Status>("value");
    QTest::addColumn<QString>("displayName");
    QTest::addRow("In-progress") << AzureComplianceStatus::InProgress << QStringLiteral("In-progress");
    QTest::addRow("Successful") << AzureComplianceStatus::Successful << QStringLiteral("Successful");
    QTest::addRow("Failed") << AzureComplianceStatus::Failed << QStringLiteral("Failed");
}

void TestAzureComplianceStatus::displayNameIsTheSeedWording()
{
    QFETCH(Status, value);
    QFETCH(QString, displayName);
    QCOMPARE(AzureComplianceStatus::displayName(value), displayName);
}

void TestAzureComplianceStatus::notReportedHasItsOwnName()
{
    const QString name = AzureComplianceStatus::displayName(AzureComplianceStatus::None);
    QVERIFY(!name.isEmpty());
    for (Status value : kAllValues) {
        if (value != AzureComplianceStatus::None)
            QVERIFY(AzureComplianceStatus::displayName(value) != name);
    }
}

void TestAzureComplianceStatus::everyValueIsDescribed_data()
{
    QTest::addColumn<Status>("value");
    for (Status value : kAllValues)
        QTest::addRow("%s", qPrintable(AzureComplianceStatus::displayName(value))) << value;
}

void TestAzureComplianceStatus::everyValueIsDescribed()
{
    QFETCH(Status, value);
    const QString description = AzureComplianceStatus::description(value);
    QVERIFY(!description.trimmed().isEmpty());
    for (Status other : kAllValues) {
        if (other != value)
            QVERIFY(AzureComplianceStatus::description(other) != description);
    }
}

void TestAzureComplianceStatus::storageRoundTrip_data()
{
    QTest::addColumn<Status>("value");
    QTest::addColumn<QString>("storageName"); // stored in the database: must never change
    QTest::addRow("None") << AzureComplianceStatus::None << QString();
    QTest::addRow("In-progress") << AzureComplianceStatus::InProgress << QStringLiteral("InProgress");
    QTest::addRow("Successful") << AzureComplianceStatus::Successful << QStringLiteral("Successful");
    QTest::addRow("Failed") << AzureComplianceStatus::Failed << QStringLiteral("Failed");
}

void TestAzureComplianceStatus::storageRoundTrip()
{
    QFETCH(Status, value);
    QFETCH(QString, storageName);

    QCOMPARE(AzureComplianceStatus::storageName(value), storageName);
    bool ok = false;
    QCOMPARE(AzureComplianceStatus::fromStorageName(storageName, &ok), value);
    QVERIFY(ok);
    ok = false;
    QCOMPARE(AzureComplianceStatus::fromStorageName(AzureComplianceStatus::storageName(value), &ok), value);
    QVERIFY(ok);
}

void TestAzureComplianceStatus::acceptsDisplayNameOfInProgress()
{
    bool ok = false;
    QCOMPARE(AzureComplianceStatus::fromStorageName(QStringLiteral("In-progress"), &ok),
        AzureComplianceStatus::InProgress);
    QVERIFY(ok);
}

void TestAzureComplianceStatus::badStorageNameIsRejected_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("made up") << QStringLiteral("Bogus");
    QTest::addRow("lower-case successful") << QStringLiteral("successful");
    QTest::addRow("upper-case FAILED") << QStringLiteral("FAILED");
    QTest::addRow("In progress without dash") << QStringLiteral("In progress");
    QTest::addRow("padded Failed") << QStringLiteral(" Failed ");
    QTest::addRow("French Réussite") << QStringLiteral("R\u00e9ussite");
    QTest::addRow("Spanish Correcto") << QStringLiteral("Correcto");
    QTest::addRow("Japanese 成功") << QStringLiteral("\u6210\u529f");
    QTest::addRow("enum number") << QStringLiteral("2");
    QTest::addRow("None spelled out") << QStringLiteral("None");
    QTest::addRow("Completed (Azure result word)") << QStringLiteral("Completed");
    QTest::addRow("1 MB") << QString(1 << 20, u'F');
}

void TestAzureComplianceStatus::badStorageNameIsRejected()
{
    QFETCH(QString, name);
    bool ok = true;
    QCOMPARE(AzureComplianceStatus::fromStorageName(name, &ok), AzureComplianceStatus::None);
    QVERIFY(!ok);
}

void TestAzureComplianceStatus::okIsOptional()
{
    QCOMPARE(AzureComplianceStatus::fromStorageName(QStringLiteral("Failed")), AzureComplianceStatus::Failed);
    QCOMPARE(AzureComplianceStatus::fromStorageName(QStringLiteral("Bogus")), AzureComplianceStatus::None);
}

QTEST_GUILESS_MAIN(TestAzureComplianceStatus)
#include "tst_azurecompliancestatus.moc"
