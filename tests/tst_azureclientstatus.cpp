#include "models/azureclientstatus.h"

#include <QTest>
#include <QTranslator>

using Code = AzureClientStatus::Code;

// Readable QCOMPARE failures for the enum (QTest would print a bare hex value).
char *toString(AzureClientStatus::Code code)
{
    static const char *const names[] = { "None", "Success", "InternalError", "WorkplaceJoinRequired",
        "InteractionRequired", "ServerDeclinedScopes", "ServerProtectionPoliciesRequired", "UserCanceled",
        "AccountLoggedOut", "Unknown" };
    const auto index = static_cast<size_t>(code);
    return qstrdup(index < std::size(names) ? names[index] : "out of range");
}

namespace {
// The eight client status codes with their English description, verbatim from the seed
// (shared/seeds, "Azure Client Status Code"), and the two properties the SPEC gives them.
struct KnownCode
{
    const char *wire;
    Code code;
    bool userFixable;
    const char *seedDescription;
};

const KnownCode kKnownCodes[] = {
    { "Success", Code::Success, false, "Able to retrieve device ID." },
    { "Internal_Error", Code::InternalError, false,
        "An unrecoverable error occurred either within the client or on server side." },
    { "Workplace_Join_Required", Code::WorkplaceJoinRequired, true,
        "Registration of device required. Device user can mitigate this status." },
    { "Interaction_Required", Code::InteractionRequired, true,
        "An interactive log-in is required. Device user can mitigate this status." },
    { "Server_Declined_Scopes", Code::ServerDeclinedScopes, false,
        "Some scopes were not granted access to." },
    { "Server_Protection_Policies_Required", Code::ServerProtectionPoliciesRequired, false,
        "The requested resource is protected by an Intune Conditional Access policy." },
    { "User_Canceled", Code::UserCanceled, false,
        "The device user cancelled the web Auth session by tapping the \"Done\" or \"Cancel\" button in the "
        "web browser." },
    { "Account_logged_out", Code::AccountLoggedOut, false, "Account logged out." },
};

// Every status the type can hold: None, the eight known codes, and one Unknown.
QList<AzureClientStatus> everyStatus()
{
    QList<AzureClientStatus> statuses { AzureClientStatus() };
    for (const KnownCode &known : kKnownCodes)
        statuses.append(AzureClientStatus(known.code));
    statuses.append(AzureClientStatus::fromWire(QStringLiteral("Broker_Timeout")));
    return statuses;
}

// Translates every string of every context, to show what a language switch changes.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QStringLiteral("[xx] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestAzureClientStatus final : public QObject
{
    Q_OBJECT

private slots:
    void parsesKnownCodes_data();
    void parsesKnownCodes();
    void knownCodesListIsTheEightCodesOfTheSpec();
    void acceptsSpellingVariants_data();
    void acceptsSpellingVariants();
    void keepsUnknownCodesRawAndFlagged_data();
    void keepsUnknownCodesRawAndFlagged();
    void unknownCodesCompareByRawText();
    void blankIsNone_data();
    void blankIsNone();
    void userFixableExactlyForTwoCodes_data();
    void userFixableExactlyForTwoCodes();
    void allowsDeviceIdOnlyForSuccess_data();
    void allowsDeviceIdOnlyForSuccess();
    void descriptionMatchesSeed_data();
    void descriptionMatchesSeed();
    void everyStatusHasDescriptionAndRemedy_data();
    void everyStatusHasDescriptionAndRemedy();
    void descriptionsAreDistinct();
    void wireNamesAreNeverTranslated_data();
    void wireNamesAreNeverTranslated();
};

void TestAzureClientStatus::parsesKnownCodes_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<Code>("code");
    for (const KnownCode &known : kKnownCodes)
        QTest::addRow("%s", known.wire) << QString::fromLatin1(known.wire) << known.code;
}

void TestAzureClientStatus::parsesKnownCodes()
{
    QFETCH(QString, wire);
    QFETCH(Code, code);

    const AzureClientStatus status = AzureClientStatus::fromWire(wire);
    QCOMPARE(status.code(), code);
    QVERIFY(status.isKnown());
    QVERIFY(!status.isNone());
    QCOMPARE(status, AzureClientStatus(code));
    // Back to the wire verbatim, from the parsed value, the constructed one and the code.
    QCOMPARE(status.wireName(), wire);
    QCOMPARE(AzureClientStatus(code).wireName(), wire);
    QCOMPARE(AzureClientStatus::wireName(code), wire);
    QCOMPARE(AzureClientStatus::fromWire(status.wireName()), status);
}

void TestAzureClientStatus::knownCodesListIsTheEightCodesOfTheSpec()
{
    QList<Code> expected;
    for (const KnownCode &known : kKnownCodes)
        expected.append(known.code);
    QCOMPARE(AzureClientStatus::knownCodes(), expected);
    QVERIFY(!AzureClientStatus::knownCodes().contains(Code::None));
    QVERIFY(!AzureClientStatus::knownCodes().contains(Code::Unknown));
}

void TestAzureClientStatus::acceptsSpellingVariants_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Code>("code");
    QTest::addColumn<QString>("wire");

    QTest::addRow("User_Cancelled (British spelling, French seed)")
        << QStringLiteral("User_Cancelled") << Code::UserCanceled << QStringLiteral("User_Canceled");
    QTest::addRow("User_Cancelled with spaces around")
        << QStringLiteral("  User_Cancelled\t") << Code::UserCanceled << QStringLiteral("User_Canceled");
    QTest::addRow("leading spaces") << QStringLiteral("   Success") << Code::Success
                                    << QStringLiteral("Success");
    QTest::addRow("trailing newline")
        << QStringLiteral("Internal_Error\n") << Code::InternalError << QStringLiteral("Internal_Error");
    QTest::addRow("tabs and CRLF") << QStringLiteral("\tAccount_logged_out\r\n") << Code::AccountLoggedOut
                                   << QStringLiteral("Account_logged_out");
    for (const KnownCode &known : kKnownCodes) {
        QTest::addRow("%s padded", known.wire)
            << (QStringLiteral(" \t") + QString::fromLatin1(known.wire) + QStringLiteral(" \n")) << known.code
            << QString::fromLatin1(known.wire);
    }
}

void TestAzureClientStatus::acceptsSpellingVariants()
{
    QFETCH(QString, input);
    QFETCH(Code, code);
    QFETCH(QString, wire);

    const AzureClientStatus status = AzureClientStatus::fromWire(input);
    QCOMPARE(status.code(), code);
    QVERIFY(status.isKnown());
    QCOMPARE(status.wireName(), wire);
    QCOMPARE(status, AzureClientStatus(code));
}

void TestAzureClientStatus::keepsUnknownCodesRawAndFlagged_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("raw"); // what the console shows: the input, trimmed, otherwise verbatim

    QTest::addRow("Broker_Timeout") << QStringLiteral("Broker_Timeout") << QStringLiteral("Broker_Timeout");
    QTest::addRow("unknown code padded")
        << QStringLiteral("  Broker_Timeout \n") << QStringLiteral("Broker_Timeout");
    // Codes are protocol values and matching is case-sensitive: another case is another code.
    QTest::addRow("success lower-case") << QStringLiteral("success") << QStringLiteral("success");
    QTest::addRow("SUCCESS upper-case") << QStringLiteral("SUCCESS") << QStringLiteral("SUCCESS");
    QTest::addRow("Account_Logged_Out capitalised")
        << QStringLiteral("Account_Logged_Out") << QStringLiteral("Account_Logged_Out");
    QTest::addRow("user_canceled lower-case")
        << QStringLiteral("user_canceled") << QStringLiteral("user_canceled");
    // The seeds' prose writes "user_Cancelled"; only the exact "User_Cancelled" is an alias.
    QTest::addRow("user_Cancelled as in the seed prose")
        << QStringLiteral("user_Cancelled") << QStringLiteral("user_Cancelled");
    QTest::addRow("User_Canceled with a space")
        << QStringLiteral("User Canceled") << QStringLiteral("User Canceled");
    QTest::addRow("Internal Error (seed prose)")
        << QStringLiteral("Internal Error") << QStringLiteral("Internal Error");
    // The translated seeds translate some codes; a translated code is not a code.
    QTest::addRow("French: Interaction requise")
        << QStringLiteral("Interaction requise") << QStringLiteral("Interaction requise");
    QTest::addRow("French: Compte déconnecté")
        << QStringLiteral("Compte d\u00e9connect\u00e9") << QStringLiteral("Compte d\u00e9connect\u00e9");
    QTest::addRow("French: Espace de travail\\Rejoindre\\Obligatoire")
        << QStringLiteral("Espace de travail\\Rejoindre\\Obligatoire")
        << QStringLiteral("Espace de travail\\Rejoindre\\Obligatoire");
    QTest::addRow("Spanish: Correcto") << QStringLiteral("Correcto") << QStringLiteral("Correcto");
    QTest::addRow("inner spaces kept")
        << QStringLiteral(" Broker  Timeout ") << QStringLiteral("Broker  Timeout");
    QTest::addRow("number") << QStringLiteral("42") << QStringLiteral("42");
    QTest::addRow("None is not a wire code") << QStringLiteral("None") << QStringLiteral("None");
    QTest::addRow("Unknown is not a wire code") << QStringLiteral("Unknown") << QStringLiteral("Unknown");
    const QString huge = QString(10000, u'X');
    QTest::addRow("10000-character code kept whole") << huge << huge;
}

void TestAzureClientStatus::keepsUnknownCodesRawAndFlagged()
{
    QFETCH(QString, input);
    QFETCH(QString, raw);

    const AzureClientStatus status = AzureClientStatus::fromWire(input);
    QCOMPARE(status.code(), Code::Unknown);
    QVERIFY(!status.isKnown());
    QVERIFY(!status.isNone()); // never dropped as if nothing was reported
    QCOMPARE(status.wireName(), raw);
    QVERIFY(!status.isUserFixable());
    QVERIFY(!status.allowsDeviceId());
    QVERIFY(status.description().contains(raw));
    QVERIFY(!status.remedy().isEmpty());
    for (Code code : AzureClientStatus::knownCodes())
        QVERIFY(status != AzureClientStatus(code));
    QVERIFY(status != AzureClientStatus());
    // Parsing what is shown gives the same value back.
    QCOMPARE(AzureClientStatus::fromWire(status.wireName()), status);
}

void TestAzureClientStatus::unknownCodesCompareByRawText()
{
    const AzureClientStatus a = AzureClientStatus::fromWire(QStringLiteral("Broker_Timeout"));
    QCOMPARE(AzureClientStatus::fromWire(QStringLiteral(" Broker_Timeout ")), a);
    QVERIFY(AzureClientStatus::fromWire(QStringLiteral("Broker_Down")) != a);
    QVERIFY(AzureClientStatus::fromWire(QStringLiteral("broker_timeout")) != a);
}

void TestAzureClientStatus::blankIsNone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addRow("null string") << QString();
    QTest::addRow("empty string") << QStringLiteral("");
    QTest::addRow("spaces") << QStringLiteral("    ");
    QTest::addRow("tabs and newlines") << QStringLiteral("\t\r\n ");
}

void TestAzureClientStatus::blankIsNone()
{
    QFETCH(QString, input);

    const AzureClientStatus status = AzureClientStatus::fromWire(input);
    QCOMPARE(status.code(), Code::None);
    QVERIFY(status.isNone());
    QVERIFY(status.isKnown()); // blank is "nothing reported", not an unknown code
    QCOMPARE(status, AzureClientStatus());
    QCOMPARE(status, AzureClientStatus(Code::None));
    QVERIFY(status.wireName().isEmpty());
    QVERIFY(!status.isUserFixable());
    QVERIFY(!status.allowsDeviceId());
    QVERIFY(!status.description().isEmpty());
    QVERIFY(status.remedy().isEmpty());
}

void TestAzureClientStatus::userFixableExactlyForTwoCodes_data()
{
    QTest::addColumn<AzureClientStatus>("status");
    QTest::addColumn<bool>("userFixable");
    QTest::addRow("None") << AzureClientStatus() << false;
    for (const KnownCode &known : kKnownCodes)
        QTest::addRow("%s", known.wire) << AzureClientStatus(known.code) << known.userFixable;
    QTest::addRow("unknown code") << AzureClientStatus::fromWire(QStringLiteral("Broker_Timeout")) << false;
    QTest::addRow("User_Cancelled alias")
        << AzureClientStatus::fromWire(QStringLiteral("User_Cancelled")) << false;
}

void TestAzureClientStatus::userFixableExactlyForTwoCodes()
{
    QFETCH(AzureClientStatus, status);
    QFETCH(bool, userFixable);
    QCOMPARE(status.isUserFixable(), userFixable);
}

void TestAzureClientStatus::allowsDeviceIdOnlyForSuccess_data()
{
    QTest::addColumn<AzureClientStatus>("status");
    QTest::addColumn<bool>("allows");
    QTest::addRow("None") << AzureClientStatus() << false;
    for (const KnownCode &known : kKnownCodes)
        QTest::addRow("%s", known.wire) << AzureClientStatus(known.code) << (known.code == Code::Success);
    QTest::addRow("success lower-case (unknown)")
        << AzureClientStatus::fromWire(QStringLiteral("success")) << false;
}

void TestAzureClientStatus::allowsDeviceIdOnlyForSuccess()
{
    QFETCH(AzureClientStatus, status);
    QFETCH(bool, allows);
    QCOMPARE(status.allowsDeviceId(), allows);
}

void TestAzureClientStatus::descriptionMatchesSeed_data()
{
    QTest::addColumn<Code>("code");
    QTest::addColumn<QString>("seed");
    for (const KnownCode &known : kKnownCodes)
        QTest::addRow("%s", known.wire) << known.code << QString::fromUtf8(known.seedDescription);
}

void TestAzureClientStatus::descriptionMatchesSeed()
{
    QFETCH(Code, code);
    QFETCH(QString, seed);
    QCOMPARE(AzureClientStatus(code).description(), seed);
}

void TestAzureClientStatus::everyStatusHasDescriptionAndRemedy_data()
{
    QTest::addColumn<AzureClientStatus>("status");
    QTest::addColumn<bool>("hasRemedy");
    for (const KnownCode &known : kKnownCodes)
        QTest::addRow("%s", known.wire) << AzureClientStatus(known.code) << (known.code != Code::Success);
    QTest::addRow("unknown code") << AzureClientStatus::fromWire(QStringLiteral("Broker_Timeout")) << true;
    // None is "nothing reported yet": described, but there is nothing to fix.
    QTest::addRow("None") << AzureClientStatus() << false;
}

void TestAzureClientStatus::everyStatusHasDescriptionAndRemedy()
{
    QFETCH(AzureClientStatus, status);
    QFETCH(bool, hasRemedy);
    QVERIFY(!status.description().trimmed().isEmpty());
    QCOMPARE(!status.remedy().trimmed().isEmpty(), hasRemedy);
}

void TestAzureClientStatus::descriptionsAreDistinct()
{
    QStringList descriptions;
    QStringList remedies;
    for (const AzureClientStatus &status : everyStatus()) {
        QVERIFY2(!descriptions.contains(status.description()), qPrintable(status.description()));
        descriptions.append(status.description());
        if (!status.remedy().isEmpty()) {
            QVERIFY2(!remedies.contains(status.remedy()), qPrintable(status.remedy()));
            remedies.append(status.remedy());
        }
    }
}

void TestAzureClientStatus::wireNamesAreNeverTranslated_data()
{
    QTest::addColumn<AzureClientStatus>("status");
    for (const AzureClientStatus &status : everyStatus()) {
        const QString name = status.isNone() ? QStringLiteral("None") : status.wireName();
        QTest::addRow("%s", qPrintable(name)) << status;
    }
}

void TestAzureClientStatus::wireNamesAreNeverTranslated()
{
    QFETCH(AzureClientStatus, status);

    const QString wire = status.wireName();
    const QString description = status.description();
    const QString remedy = status.remedy();
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString translatedWire = status.wireName();
    const QString translatedDescription = status.description();
    const QString translatedRemedy = status.remedy();
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(translatedWire, wire);
    QVERIFY(translatedDescription != description);
    QVERIFY(translatedDescription.startsWith(QStringLiteral("[xx] ")));
    if (!remedy.isEmpty())
        QVERIFY(translatedRemedy != remedy);
    // After the switch back, the English text returns.
    QCOMPARE(status.description(), description);
}

QTEST_GUILESS_MAIN(TestAzureClientStatus)
#include "tst_azureclientstatus.moc"
