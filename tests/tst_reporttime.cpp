#include "models/reporttime.h"

#include <QTest>

using Reason = ReportTime::BlankReason;

char *toString(ReportTime::BlankReason reason)
{
    switch (reason) {
    case Reason::NotBlank:
        return qstrdup("NotBlank");
    case Reason::FeatureDisabled:
        return qstrdup("FeatureDisabled");
    case Reason::AwaitingMicrosoftApi:
        return qstrdup("AwaitingMicrosoftApi");
    case Reason::Error:
        return qstrdup("Error");
    case Reason::UserNotInEntra:
        return qstrdup("UserNotInEntra");
    }
    return qstrdup("out of range");
}

namespace {
const QDateTime kReported(QDate(2026, 2, 11), QTime(15, 31, 34), Qt::UTC);

AzureClientStatus client(const char *wire)
{
    return AzureClientStatus::fromWire(QString::fromLatin1(wire));
}
} // namespace

class TestReportTime final : public QObject
{
    Q_OBJECT

private slots:
    void derive_data();
    void derive();
    void explanationsAreDistinctPerReason();
};

void TestReportTime::derive_data()
{
    QTest::addColumn<bool>("featureEnabled");
    QTest::addColumn<QDateTime>("lastReported");
    QTest::addColumn<AzureClientStatus>("clientStatus");
    QTest::addColumn<AzureComplianceStatus::Value>("status");
    QTest::addColumn<QString>("errorDetail");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QString>("error"); // for Reason::Error: what error() and the explanation must name
    QTest::addColumn<EntraUserState>("userState");

    const QDateTime never;
    const QString noDetail;
    const QString detail = QStringLiteral("ErrorDetail: DeviceId 007c8232 not found in tenant");

    // Feature disabled wins over everything else.
    QTest::addRow("disabled, otherwise confirmed")
        << false << kReported << client("Success") << AzureComplianceStatus::Successful << noDetail
        << Reason::FeatureDisabled << QString() << EntraUserState::Known;
    QTest::addRow("disabled, never reported")
        << false << never << AzureClientStatus() << AzureComplianceStatus::None << noDetail
        << Reason::FeatureDisabled << QString() << EntraUserState::Known;
    QTest::addRow("disabled, User_Canceled")
        << false << kReported << client("User_Canceled") << AzureComplianceStatus::Successful << noDetail
        << Reason::FeatureDisabled << QString() << EntraUserState::Known;
    QTest::addRow("disabled, report Failed")
        << false << kReported << client("Success") << AzureComplianceStatus::Failed << detail
        << Reason::FeatureDisabled << QString() << EntraUserState::Known;
    QTest::addRow("disabled, in progress")
        << false << never << client("Success") << AzureComplianceStatus::InProgress << noDetail
        << Reason::FeatureDisabled << QString() << EntraUserState::Known;
    QTest::addRow("disabled, unknown code")
        << false << never << client("Broker_Timeout") << AzureComplianceStatus::None << noDetail
        << Reason::FeatureDisabled << QString() << EntraUserState::Known;

    // A client status other than Success is an error naming the code, even over an earlier
    // confirmed report and over a Failed report.
    for (AzureClientStatus::Code code : AzureClientStatus::knownCodes()) {
        if (code == AzureClientStatus::Code::Success)
            continue;
        const AzureClientStatus status(code);
        const QString wire = status.wireName();
        QTest::addRow("%s, never reported", qPrintable(wire))
            << true << never << status << AzureComplianceStatus::None << noDetail << Reason::Error << wire << EntraUserState::Known;
        QTest::addRow("%s, after a confirmed report", qPrintable(wire))
            << true << kReported << status << AzureComplianceStatus::Successful << noDetail << Reason::Error
            << wire << EntraUserState::Known;
        QTest::addRow("%s, report Failed", qPrintable(wire))
            << true << kReported << status << AzureComplianceStatus::Failed << detail << Reason::Error
            << wire << EntraUserState::Known;
    }
    QTest::addRow("User_Cancelled spelling names User_Canceled")
        << true << never << client("User_Cancelled") << AzureComplianceStatus::InProgress << noDetail
        << Reason::Error << QStringLiteral("User_Canceled") << EntraUserState::Known;
    QTest::addRow("unknown code is an error naming the raw code")
        << true << kReported << client("Broker_Timeout") << AzureComplianceStatus::Successful << noDetail
        << Reason::Error << QStringLiteral("Broker_Timeout") << EntraUserState::Known;

    // A Failed report is an error with its detail.
    QTest::addRow("report Failed with detail")
        << true << never << client("Success") << AzureComplianceStatus::Failed << detail << Reason::Error
        << detail << EntraUserState::Known;
    QTest::addRow("report Failed after an earlier confirmed report")
        << true << kReported << client("Success") << AzureComplianceStatus::Failed << detail << Reason::Error
        << detail << EntraUserState::Known;
    QTest::addRow("report Failed, no client status yet")
        << true << never << AzureClientStatus() << AzureComplianceStatus::Failed << detail << Reason::Error
        << detail << EntraUserState::Known;
    QTest::addRow("report Failed without detail")
        << true << never << client("Success") << AzureComplianceStatus::Failed << noDetail << Reason::Error
        << QString() << EntraUserState::Known; // a generic, non-empty error

    // Data received, Microsoft API not called or not confirmed yet.
    QTest::addRow("never reported, nothing yet")
        << true << never << AzureClientStatus() << AzureComplianceStatus::None << noDetail
        << Reason::AwaitingMicrosoftApi << QString() << EntraUserState::Known;
    QTest::addRow("never reported, Success")
        << true << never << client("Success") << AzureComplianceStatus::None << noDetail
        << Reason::AwaitingMicrosoftApi << QString() << EntraUserState::Known;
    QTest::addRow("first report in progress")
        << true << never << client("Success") << AzureComplianceStatus::InProgress << noDetail
        << Reason::AwaitingMicrosoftApi << QString() << EntraUserState::Known;
    QTest::addRow("Successful but no time recorded")
        << true << never << client("Success") << AzureComplianceStatus::Successful << noDetail
        << Reason::AwaitingMicrosoftApi << QString() << EntraUserState::Known;

    // Confirmed: the time is shown.
    QTest::addRow("confirmed") << true << kReported << client("Success") << AzureComplianceStatus::Successful
                               << noDetail << Reason::NotBlank << QString() << EntraUserState::Known;
    QTest::addRow("confirmed, newer report in progress")
        << true << kReported << client("Success") << AzureComplianceStatus::InProgress << noDetail
        << Reason::NotBlank << QString() << EntraUserState::Known;
    QTest::addRow("confirmed, no client status reported")
        << true << kReported << AzureClientStatus() << AzureComplianceStatus::Successful << noDetail
        << Reason::NotBlank << QString() << EntraUserState::Known;
    // A device whose user has no Entra object id is never sent: its blank Report Time says
    // why, unless an earlier report was confirmed or another reason comes first.
    for (const auto &[name, state] : { std::pair("user not in Entra", EntraUserState::NotInEntra),
             std::pair("user not looked up yet", EntraUserState::NotLookedUp),
             std::pair("no user on the MDM record", EntraUserState::NoUser) }) {
        QTest::addRow("%s, never reported", name) << true << never << client("Success") << AzureComplianceStatus::None
                                                  << noDetail << Reason::UserNotInEntra << QString() << state;
        QTest::addRow("%s, confirmed earlier", name)
            << true << kReported << client("Success") << AzureComplianceStatus::Successful << noDetail
            << Reason::NotBlank << QString() << state;
        QTest::addRow("%s, disabled", name) << false << never << client("Success") << AzureComplianceStatus::None
                                            << noDetail << Reason::FeatureDisabled << QString() << state;
        QTest::addRow("%s, client status error first", name)
            << true << never << client("Internal_Error") << AzureComplianceStatus::None << noDetail << Reason::Error
            << QStringLiteral("Internal_Error") << state;
    }
    QTest::addRow("confirmed, padded Success")
        << true << kReported << client("  Success \n") << AzureComplianceStatus::Successful << noDetail
        << Reason::NotBlank << QString() << EntraUserState::Known;
}

void TestReportTime::derive()
{
    QFETCH(bool, featureEnabled);
    QFETCH(QDateTime, lastReported);
    QFETCH(AzureClientStatus, clientStatus);
    QFETCH(AzureComplianceStatus::Value, status);
    QFETCH(QString, errorDetail);
    QFETCH(Reason, reason);
    QFETCH(QString, error);
    QFETCH(EntraUserState, userState);

    const ReportTime time
        = ReportTime::derive(featureEnabled, lastReported, clientStatus, status, errorDetail, userState);
    QCOMPARE(time.blankReason(), reason);
    QCOMPARE(time.isBlank(), reason != Reason::NotBlank);

    if (reason == Reason::NotBlank) {
        QCOMPARE(time.time(), lastReported);
        QVERIFY(time.blankExplanation().isEmpty());
        QVERIFY(time.error().isEmpty());
        return;
    }
    QVERIFY(!time.time().isValid());
    QVERIFY(!time.blankExplanation().trimmed().isEmpty());
    if (reason == Reason::Error) {
        QVERIFY(!time.error().trimmed().isEmpty());
        if (!error.isEmpty())
            QCOMPARE(time.error(), error);
        // The console says which error: the code (or detail) is in the sentence shown.
        QVERIFY2(time.blankExplanation().contains(time.error()), qPrintable(time.blankExplanation()));
    } else {
        QVERIFY(time.error().isEmpty());
    }
}

void TestReportTime::explanationsAreDistinctPerReason()
{
    const QString disabled
        = ReportTime::derive(false, kReported, client("Success"), AzureComplianceStatus::Successful)
              .blankExplanation();
    const QString awaiting
        = ReportTime::derive(true, QDateTime(), client("Success"), AzureComplianceStatus::InProgress)
              .blankExplanation();
    const QString canceled
        = ReportTime::derive(true, QDateTime(), client("User_Canceled"), AzureComplianceStatus::None)
              .blankExplanation();
    const QString internal
        = ReportTime::derive(true, QDateTime(), client("Internal_Error"), AzureComplianceStatus::None)
              .blankExplanation();
    const auto userText = [](EntraUserState state) {
        return ReportTime::derive(true, QDateTime(), client("Success"), AzureComplianceStatus::None, QString(), state)
            .blankExplanation();
    };
    const QStringList all { disabled, awaiting, canceled, internal, userText(EntraUserState::NotInEntra),
        userText(EntraUserState::NotLookedUp), userText(EntraUserState::NoUser) };
    for (qsizetype i = 0; i < all.size(); ++i) {
        QVERIFY(!all.at(i).isEmpty());
        for (qsizetype j = i + 1; j < all.size(); ++j)
            QVERIFY2(all.at(i) != all.at(j), qPrintable(all.at(i)));
    }
    QVERIFY(canceled.contains(QStringLiteral("User_Canceled")));
    QVERIFY(internal.contains(QStringLiteral("Internal_Error")));
}

QTEST_GUILESS_MAIN(TestReportTime)
#include "tst_reporttime.moc"
