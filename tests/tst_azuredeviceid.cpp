#include "models/azuredeviceid.h"

#include <QTest>

char *toString(const AzureDeviceId &id)
{
    return qstrdup(id.isBlank() ? "<blank>" : qPrintable(id.toString()));
}

namespace {
// The example of the seeds (Azure Device Identifier).
const QString kSeedId = QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d");
const QString kOtherId = QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

AzureDeviceId idOf(const QString &text)
{
    AzureDeviceId id;
    QString error;
    if (!AzureDeviceId::parse(text, &id, &error))
        qFatal("test setup: %s", qPrintable(error));
    return id;
}
} // namespace

class TestAzureDeviceId final : public QObject
{
    Q_OBJECT

private slots:
    void acceptsGuids_data();
    void acceptsGuids();
    void blankIsAllowed_data();
    void blankIsAllowed();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void errorIsOptional();
    void roundTrip_data();
    void roundTrip();
    void fromUuid();
};

void TestAzureDeviceId::acceptsGuids_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // lower-case, no braces

    QTest::addRow("seed example") << kSeedId << kSeedId;
    QTest::addRow("upper case") << kSeedId.toUpper() << kSeedId;
    QTest::addRow("mixed case") << QStringLiteral("007C8232-9489-4074-9b35-345B16f0A72d") << kSeedId;
    QTest::addRow("braces") << (QStringLiteral("{") + kSeedId + QStringLiteral("}")) << kSeedId;
    QTest::addRow("braces, upper case")
        << (QStringLiteral("{") + kSeedId.toUpper() + QStringLiteral("}")) << kSeedId;
    QTest::addRow("surrounding whitespace")
        << (QStringLiteral("  ") + kSeedId + QStringLiteral("\n")) << kSeedId;
    QTest::addRow("whitespace around braces")
        << (QStringLiteral("\t{") + kSeedId + QStringLiteral("} ")) << kSeedId;
    QTest::addRow("another id") << kOtherId.toUpper() << kOtherId;
    QTest::addRow("all f") << QStringLiteral("FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")
                           << QStringLiteral("ffffffff-ffff-ffff-ffff-ffffffffffff");
    QTest::addRow("only last digit set") << QStringLiteral("00000000-0000-0000-0000-000000000001")
                                         << QStringLiteral("00000000-0000-0000-0000-000000000001");
}

void TestAzureDeviceId::acceptsGuids()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);

    AzureDeviceId id = idOf(canonical == kOtherId ? kSeedId : kOtherId); // replaced by the parse
    QString error = QStringLiteral("untouched");
    QVERIFY(AzureDeviceId::parse(text, &id, &error));
    QVERIFY(!id.isBlank());
    QCOMPARE(id.toString(), canonical);
    QCOMPARE(id.uuid(), QUuid::fromString(canonical));
    QCOMPARE(error, QStringLiteral("untouched"));
}

void TestAzureDeviceId::blankIsAllowed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("null") << QString();
    QTest::addRow("empty") << QStringLiteral("");
    QTest::addRow("spaces") << QStringLiteral("   ");
    QTest::addRow("tabs and newlines") << QStringLiteral("\t\r\n");
}

void TestAzureDeviceId::blankIsAllowed()
{
    QFETCH(QString, text);

    AzureDeviceId id = idOf(kSeedId);
    QString error = QStringLiteral("untouched");
    QVERIFY(AzureDeviceId::parse(text, &id, &error));
    QVERIFY(id.isBlank());
    QVERIFY(id.toString().isEmpty());
    QVERIFY(id.uuid().isNull());
    QCOMPARE(id, AzureDeviceId());
    QCOMPARE(error, QStringLiteral("untouched"));
}

void TestAzureDeviceId::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");

    QTest::addRow("too short") << kSeedId.chopped(1);
    QTest::addRow("too long") << (kSeedId + QStringLiteral("0"));
    QTest::addRow("bad hex digit") << QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72g");
    QTest::addRow("extra text after") << (kSeedId + QStringLiteral(" extra"));
    QTest::addRow("extra text before") << (QStringLiteral("id:") + kSeedId);
    QTest::addRow("no dashes") << QStringLiteral("007c8232948940749b35345b16f0a72d");
    QTest::addRow("dash misplaced") << QStringLiteral("007c823-29489-4074-9b35-345b16f0a72d");
    QTest::addRow("separator not a dash") << QStringLiteral("007c8232x9489-4074-9b35-345b16f0a72d");
    QTest::addRow("inner space") << QStringLiteral("007c8232 9489-4074-9b35-345b16f0a72d");
    QTest::addRow("sign in a group") << QStringLiteral("+07c8232-9489-4074-9b35-345b16f0a72d");
    QTest::addRow("opening brace only") << (QStringLiteral("{") + kSeedId);
    QTest::addRow("closing brace only") << (kSeedId + QStringLiteral("}"));
    QTest::addRow("double braces") << (QStringLiteral("{{") + kSeedId + QStringLiteral("}}"));
    QTest::addRow("space inside braces") << (QStringLiteral("{ ") + kSeedId + QStringLiteral(" }"));
    QTest::addRow("parentheses") << (QStringLiteral("(") + kSeedId + QStringLiteral(")"));
    QTest::addRow("urn form") << (QStringLiteral("urn:uuid:") + kSeedId);
    QTest::addRow("empty braces") << QStringLiteral("{}");
    QTest::addRow("two ids") << (kSeedId + QStringLiteral(",") + kOtherId);
    QTest::addRow("full-width digits")
        << QStringLiteral("\uff10\uff10\uff17c8232-9489-4074-9b35-345b16f0a72d");
    QTest::addRow("status code in the wrong field") << QStringLiteral("Success");
    QTest::addRow("null word") << QStringLiteral("null");
    // The nil GUID is not a device id Microsoft issues, and a blank id is spelled as
    // empty text: the parser rejects it rather than silently turning it into "blank".
    QTest::addRow("nil GUID") << QStringLiteral("00000000-0000-0000-0000-000000000000");
    QTest::addRow("nil GUID with braces") << QStringLiteral("{00000000-0000-0000-0000-000000000000}");
    QTest::addRow("1 MB of hex") << QString(1 << 20, u'a');
    QTest::addRow("1 MB starting with a valid id") << (kSeedId + QString((1 << 20) - 36, u'0'));
}

void TestAzureDeviceId::rejectsMalformed()
{
    QFETCH(QString, text);

    const AzureDeviceId before = idOf(kSeedId);
    AzureDeviceId id = before;
    QString error;
    QVERIFY(!AzureDeviceId::parse(text, &id, &error));
    QCOMPARE(id, before); // *out untouched
    QCOMPARE(id.toString(), kSeedId);

    // The error names the bad value, truncated so a huge field cannot flood the UI.
    QVERIFY(!error.isEmpty());
    const QString shown = text.trimmed().left(32);
    QVERIFY2(error.contains(shown), qPrintable(error));
    QVERIFY2(error.size() < 400, qPrintable(QString::number(error.size())));
}

void TestAzureDeviceId::errorIsOptional()
{
    AzureDeviceId id = idOf(kSeedId);
    QVERIFY(!AzureDeviceId::parse(QStringLiteral("not-a-guid"), &id));
    QCOMPARE(id.toString(), kSeedId);
    QVERIFY(AzureDeviceId::parse(kOtherId, &id));
    QCOMPARE(id.toString(), kOtherId);
}

void TestAzureDeviceId::roundTrip_data()
{
    QTest::addColumn<QUuid>("uuid");
    QTest::addRow("seed example") << QUuid::fromString(kSeedId);
    QTest::addRow("another id") << QUuid::fromString(kOtherId);
    QTest::addRow("blank") << QUuid();
    QTest::addRow("created") << QUuid::fromString(QStringLiteral("{c0ffee00-1234-4abc-8def-0123456789ab}"));
}

void TestAzureDeviceId::roundTrip()
{
    QFETCH(QUuid, uuid);

    const AzureDeviceId id = AzureDeviceId::fromUuid(uuid);
    QCOMPARE(id.isBlank(), uuid.isNull());
    AzureDeviceId parsed = idOf(kSeedId);
    QVERIFY(AzureDeviceId::parse(id.toString(), &parsed));
    QCOMPARE(parsed, id);
    QCOMPARE(parsed.uuid(), uuid);
    QCOMPARE(id.toString(), id.toString().toLower());
    QVERIFY(!id.toString().contains(u'{'));
}

void TestAzureDeviceId::fromUuid()
{
    QVERIFY(AzureDeviceId::fromUuid(QUuid()).isBlank());
    QCOMPARE(AzureDeviceId::fromUuid(QUuid::fromString(kSeedId)).toString(), kSeedId);
    QVERIFY(!(AzureDeviceId::fromUuid(QUuid::fromString(kSeedId)) == AzureDeviceId()));
}

QTEST_GUILESS_MAIN(TestAzureDeviceId)
#include "tst_azuredeviceid.moc"
