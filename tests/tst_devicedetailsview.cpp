#include "ui/devicedetailsview.h"

#include "app/reporting/reportplanner.h"
#include "models/reporttime.h"
#include "tests/screenshotpath.h"

#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

namespace {
const QDateTime kNow(QDate(2026, 2, 11), QTime(12, 0), Qt::UTC);
const QUuid kAzureId(QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d"));

enum PolicyId : qint64
{
    NoPolicy = 0,
    AlertPolicy = 1,
    QuarantinePolicy = 2,
    RetirePolicy = 3,
    EscalatingPolicy = 4,
    MissingPolicy = 99 // named by a violation, absent from the policy list
};

CompliancePolicy policy(
    qint64 id, const QString &name, PolicyRule rule, const QString &parameter, const QList<PolicyStep> &steps)
{
    CompliancePolicy result;
    result.id = id;
    result.name = name;
    result.rule = rule;
    result.parameter = parameter;
    result.steps = steps;
    return result;
}

QHash<qint64, CompliancePolicy> policies()
{
    QHash<qint64, CompliancePolicy> result;
    result.insert(AlertPolicy,
        policy(AlertPolicy, QStringLiteral("Passcode alert"), PolicyRule::NoPasscode, {},
            { { ComplianceAction::SendAlert, 0 } }));
    result.insert(QuarantinePolicy,
        policy(QuarantinePolicy, QStringLiteral("Jailbreak quarantine"), PolicyRule::Jailbroken, {},
            { { ComplianceAction::Quarantine, 0 } }));
    result.insert(RetirePolicy,
        policy(RetirePolicy, QStringLiteral("Lost device retire"), PolicyRule::OutOfContact,
            QStringLiteral("30"), { { ComplianceAction::Retire, 0 } }));
    result.insert(EscalatingPolicy,
        policy(EscalatingPolicy, QStringLiteral("Minimum iOS"), PolicyRule::OsBelowMinimum,
            QStringLiteral("17.0"),
            { { ComplianceAction::SendAlert, 0 }, { ComplianceAction::BlockEmail, 3 },
                { ComplianceAction::Quarantine, 7 } }));
    return result;
}

DeviceRecord baseDevice()
{
    DeviceRecord device;
    device.id = 4711;
    device.guid = QUuid(QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
    device.name = QStringLiteral("Maria's iPhone");
    device.user = QStringLiteral("maria@example.com");
    device.platform = Platform::iOS;
    device.osVersion = QStringLiteral("16.4");
    device.model = QStringLiteral("iPhone 14");
    device.manufacturer = QStringLiteral("Apple");
    device.serialNumber = QStringLiteral("F2LXK1ABCD");
    device.imei = QStringLiteral("356938035643809");
    device.lastCheckin = kNow.addDays(-2);
    device.clientStatus = AzureClientStatus(AzureClientStatus::Code::Success);
    device.azureDeviceId = AzureDeviceId::fromUuid(kAzureId);
    device.complianceStatus = AzureComplianceStatus::Successful;
    device.reportTime = kNow.addSecs(-3600);
    device.userPrincipalName = QStringLiteral("maria.garcia@contoso.com");
    device.entraUserId = QUuid(QStringLiteral("4f1a2b3c-5d6e-4f70-8a9b-0c1d2e3f4a5b"));
    device.entraUserState = EntraUserState::Known;
    return device;
}

DeviceRecord quarantineDevice()
{
    DeviceRecord device = baseDevice();
    device.jailbroken = true;
    device.quarantined = true;
    device.clientStatus = AzureClientStatus::fromWire(QStringLiteral("Workplace_Join_Required"));
    device.azureDeviceId = AzureDeviceId();
    device.complianceStatus = AzureComplianceStatus::None;
    device.reportTime = QDateTime();
    device.violations = { { QuarantinePolicy, kNow.addDays(-5) } };
    return device;
}

void show(DeviceDetailsView &view, const DeviceRecord &device, bool reportingEnabled = true)
{
    const QHash<qint64, CompliancePolicy> all = policies();
    view.showDevice(
        device, ComplianceEvaluator::evaluate(device.violations, all, kNow), all, reportingEnabled, kNow);
}

template <typename T = QLabel> T *child(const QWidget &view, const char *objectName)
{
    T *widget = view.findChild<T *>(QLatin1String(objectName));
    if (!widget)
        qFatal("no child named %s", objectName);
    return widget;
}

QString text(const QWidget &view, const char *objectName)
{
    return child(view, objectName)->text();
}

// A device's timeline as ReportOutbox::history() gives it, newest first: a completed
// report, then a failed one after a retry.
QList<ReportEvent> timelineEvents()
{
    const QUuid first(QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001"));
    const QUuid second(QStringLiteral("bbbbbbbb-0000-0000-0000-000000000002"));
    const auto event = [](const QUuid &message, qint64 device, const QDateTime &at, const char *name,
                           const QString &detail, const QString &trigger = {},
                           std::optional<AzureOutcome> outcome = std::nullopt) {
        return ReportEvent { message, device, at, QLatin1String(name), detail, trigger, outcome };
    };
    return {
        event(second, 4711, kNow.addSecs(-600), "failed", QStringLiteral("DeviceId not found in tenant")),
        event(second, 0, kNow.addSecs(-900), "sent", QString()),
        event(second, 0, kNow.addSecs(-1200), "retry", QStringLiteral("HTTP 503 Service Unavailable")),
        event(second, 4711, kNow.addSecs(-1500), "queued", QString(), QStringLiteral("weekly"), AzureOutcome::Compliant),
        event(first, 4711, kNow.addSecs(-3600), "completed", QString()),
        event(first, 0, kNow.addSecs(-3630), "sent", QString()),
        event(first, 4711, kNow.addSecs(-3660), "queued", QString(), QStringLiteral("compliance"),
            AzureOutcome::NonCompliant),
    };
}

bool shown(const QWidget &view, const char *objectName)
{
    return child<QWidget>(view, objectName)->isVisibleTo(&view);
}

// Layout, not pixels: every visible label gets the room its text needs and no two overlap.
QStringList layoutProblems(const QWidget &view)
{
    QStringList problems;
    const QWidget *content = child<QWidget>(view, "detailsContent");
    QList<QPair<QLabel *, QRect>> placed;
    const QList<QLabel *> labels = content->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisibleTo(&view) || label->text().isEmpty())
            continue;
        const QString name = label->objectName().isEmpty() ? label->text() : label->objectName();
        const int needed
            = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        if (label->height() < needed)
            problems
                << QStringLiteral("%1 is %2 px tall, needs %3").arg(name).arg(label->height()).arg(needed);
        if (!label->wordWrap() && label->width() < label->sizeHint().width())
            problems << QStringLiteral("%1 is cut off horizontally").arg(name);
        const QRect rect(label->mapTo(content, QPoint(0, 0)), label->size());
        for (const auto &[other, otherRect] : std::as_const(placed)) {
            if (rect.intersects(otherRect))
                problems << QStringLiteral("%1 overlaps %2").arg(name, other->objectName());
        }
        placed.append({ label, rect });
    }
    // A short timeline shows every row, and no row is cut.
    const auto *timeline = view.findChild<QTableWidget *>(QStringLiteral("timelineTable"));
    if (timeline && timeline->isVisibleTo(&view) && timeline->rowCount() <= 8) {
        const auto *itemView
            = static_cast<const QAbstractItemView *>(timeline); // sizeHintForRow is public here
        int rows = 0;
        for (int row = 0; row < timeline->rowCount(); ++row) {
            rows += timeline->rowHeight(row);
            if (timeline->rowHeight(row) < itemView->sizeHintForRow(row))
                problems << QStringLiteral("timeline row %1 is %2 px tall, needs %3")
                                .arg(row)
                                .arg(timeline->rowHeight(row))
                                .arg(itemView->sizeHintForRow(row));
        }
        if (timeline->viewport()->height() < rows)
            problems << QStringLiteral("timeline shows %1 px of %2 px of rows")
                            .arg(timeline->viewport()->height())
                            .arg(rows);
        const QWidget *box = timeline->parentWidget();
        if (timeline->geometry().bottom() > box->contentsRect().bottom())
            problems << QStringLiteral("timeline is cut off by its group box");
    }
    return problems;
}
} // namespace

class TestDeviceDetailsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void placeholder();
    void header();
    void clientStatus_data();
    void clientStatus();
    void reportTime_data();
    void reportTime();
    void outcome_data();
    void outcome();
    void violationsTable();
    void deviceNextEscalation();
    void inventory();
    void timeline();
    void timelineFollowsTheDevice();
    void retireDeletionDate();
    void entraUser_data();
    void entraUser();
    void screenshot();
    void japaneseAtRunTime();
};

void TestDeviceDetailsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDeviceDetailsView::placeholder()
{
    DeviceDetailsView view;
    QVERIFY(shown(view, "placeholderLabel"));
    QCOMPARE(text(view, "placeholderLabel"), QStringLiteral("Select a device"));
    QVERIFY(!shown(view, "detailsScrollArea"));

    show(view, baseDevice());
    QVERIFY(!shown(view, "placeholderLabel"));
    QVERIFY(shown(view, "detailsScrollArea"));

    view.clear();
    QVERIFY(shown(view, "placeholderLabel"));
    QVERIFY(!shown(view, "detailsScrollArea"));
}

void TestDeviceDetailsView::header()
{
    DeviceDetailsView view;
    DeviceRecord device = baseDevice();
    device.name = QStringLiteral("<b>not bold</b>");
    show(view, device);
    QCOMPARE(text(view, "deviceNameValue"), device.name);
    // Device data is never interpreted as markup.
    QCOMPARE(child(view, "deviceNameValue")->textFormat(), Qt::PlainText);
    QCOMPARE(text(view, "userValue"), QStringLiteral("maria@example.com"));
    QCOMPARE(text(view, "platformValue"), QStringLiteral("iOS 16.4"));
}

void TestDeviceDetailsView::clientStatus_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("shownCode");
    QTest::addColumn<bool>("userFixable");
    QTest::addColumn<bool>("hasRemedy");
    QTest::addColumn<bool>("unknown");

    QTest::newRow("none") << QString() << QString() << false << false << false;
    QTest::newRow("Success") << "Success"
                             << "Success" << false << false << false;
    QTest::newRow("Internal_Error") << "Internal_Error"
                                    << "Internal_Error" << false << true << false;
    QTest::newRow("Workplace_Join_Required") << "Workplace_Join_Required"
                                             << "Workplace_Join_Required" << true << true << false;
    QTest::newRow("Interaction_Required") << "Interaction_Required"
                                          << "Interaction_Required" << true << true << false;
    QTest::newRow("Server_Declined_Scopes") << "Server_Declined_Scopes"
                                            << "Server_Declined_Scopes" << false << true << false;
    QTest::newRow("Server_Protection_Policies_Required")
        << "Server_Protection_Policies_Required"
        << "Server_Protection_Policies_Required" << false << true << false;
    QTest::newRow("User_Canceled") << "User_Canceled"
                                   << "User_Canceled" << false << true << false;
    QTest::newRow("User_Cancelled spelling") << "User_Cancelled"
                                             << "User_Canceled" << false << true << false;
    QTest::newRow("Account_logged_out") << "Account_logged_out"
                                        << "Account_logged_out" << false << true << false;
    QTest::newRow("unknown code") << "Token_Broker_Timeout"
                                  << "Token_Broker_Timeout" << false << true << true;
}

void TestDeviceDetailsView::clientStatus()
{
    QFETCH(QString, wire);
    QFETCH(QString, shownCode);
    QFETCH(bool, userFixable);
    QFETCH(bool, hasRemedy);
    QFETCH(bool, unknown);

    DeviceRecord device = baseDevice();
    device.clientStatus = AzureClientStatus::fromWire(wire);
    if (!device.clientStatus.allowsDeviceId())
        device.azureDeviceId = AzureDeviceId();
    DeviceDetailsView view;
    show(view, device);

    QCOMPARE(text(view, "azureDeviceIdLabel"), QStringLiteral("Azure Device Identifier"));
    QCOMPARE(text(view, "complianceStatusLabel"), QStringLiteral("Azure Device Compliance Status"));
    QCOMPARE(text(view, "clientStatusCodeLabel"), QStringLiteral("Azure Client Status Code"));
    QCOMPARE(text(view, "reportTimeLabel"), QStringLiteral("Azure Device Compliance Report Time"));

    QCOMPARE(text(view, "clientStatusCodeValue"), shownCode);
    QCOMPARE(shown(view, "clientStatusCodeValue"), !shownCode.isEmpty());
    QVERIFY(child(view, "clientStatusCodeValue")->textInteractionFlags() & Qt::TextSelectableByMouse);
    QCOMPARE(text(view, "clientStatusDescription"), device.clientStatus.description());

    const QString remedy = text(view, "clientStatusRemedy");
    QCOMPARE(shown(view, "clientStatusRemedy"), hasRemedy);
    QCOMPARE(remedy.contains(QLatin1String("Device user can fix this:")), userFixable);
    if (hasRemedy)
        QVERIFY2(remedy.contains(device.clientStatus.remedy()), qPrintable(remedy));

    QCOMPARE(shown(view, "clientStatusUnknownFlag"), unknown);
    QCOMPARE(shown(view, "clientStatusUnknownIcon"), unknown);
    QCOMPARE(text(view, "clientStatusUnknownFlag"), QStringLiteral("Unknown code"));

    if (device.azureDeviceId.isBlank()) {
        QVERIFY(text(view, "azureDeviceIdValue").isEmpty());
        QVERIFY(shown(view, "azureDeviceIdReason"));
        const QString reason = text(view, "azureDeviceIdReason");
        QVERIFY2(reason.contains(QLatin1String("could not be retrieved")), qPrintable(reason));
        QVERIFY2(
            reason.contains(QLatin1String("must register in Microsoft Authenticator")), qPrintable(reason));
        QVERIFY2(reason.contains(shownCode), qPrintable(reason));
    } else {
        QCOMPARE(text(view, "azureDeviceIdValue"), QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d"));
        QVERIFY(!shown(view, "azureDeviceIdReason"));
    }
}

void TestDeviceDetailsView::reportTime_data()
{
    QTest::addColumn<bool>("reportingEnabled");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<int>("complianceStatus");
    QTest::addColumn<QString>("reportError");
    QTest::addColumn<QDateTime>("reported");
    QTest::addColumn<QString>("reasonFragment"); // empty: the field shows a time

    const QDateTime reported = kNow.addSecs(-3600);
    QTest::newRow("disabled") << false << "Success" << int(AzureComplianceStatus::Successful) << QString()
                              << reported << "reporting to Azure is disabled";
    QTest::newRow("error User_Canceled") << true << "User_Canceled" << int(AzureComplianceStatus::None)
                                         << QString() << QDateTime() << "error: User_Canceled";
    QTest::newRow("error Internal_Error") << true << "Internal_Error" << int(AzureComplianceStatus::None)
                                          << QString() << QDateTime() << "error: Internal_Error";
    QTest::newRow("error unknown code") << true << "Token_Broker_Timeout" << int(AzureComplianceStatus::None)
                                        << QString() << QDateTime() << "error: Token_Broker_Timeout";
    QTest::newRow("error failed report")
        << true << "Success" << int(AzureComplianceStatus::Failed) << "DeviceId not found" << QDateTime()
        << "error: DeviceId not found";
    QTest::newRow("awaiting in progress")
        << true << "Success" << int(AzureComplianceStatus::InProgress) << QString() << QDateTime()
        << "Microsoft API has not been called yet";
    QTest::newRow("awaiting first report")
        << true << QString() << int(AzureComplianceStatus::None) << QString() << QDateTime()
        << "Microsoft API has not been called yet";
    QTest::newRow("reported") << true << "Success" << int(AzureComplianceStatus::Successful) << QString()
                              << reported << QString();
}

void TestDeviceDetailsView::reportTime()
{
    QFETCH(bool, reportingEnabled);
    QFETCH(QString, wire);
    QFETCH(int, complianceStatus);
    QFETCH(QString, reportError);
    QFETCH(QDateTime, reported);
    QFETCH(QString, reasonFragment);

    DeviceRecord device = baseDevice();
    device.clientStatus = AzureClientStatus::fromWire(wire);
    device.complianceStatus = AzureComplianceStatus::Value(complianceStatus);
    device.reportError = reportError;
    device.reportTime = reported;
    DeviceDetailsView view;
    show(view, device, reportingEnabled);

    const ReportTime expected = ReportTime::derive(reportingEnabled, reported, device.clientStatus,
        device.complianceStatus, reportError, device.entraUserState);
    if (reasonFragment.isEmpty()) {
        QCOMPARE(
            text(view, "reportTimeValue"), QLocale().toString(reported.toLocalTime(), QLocale::LongFormat));
        // The long format carries the time zone, so the time is unambiguous.
        QVERIFY(QLocale().dateTimeFormat(QLocale::LongFormat).contains(QLatin1Char('t')));
        QVERIFY(!shown(view, "reportTimeReason"));
    } else {
        QVERIFY(text(view, "reportTimeValue").isEmpty());
        QVERIFY(!shown(view, "reportTimeValue"));
        QVERIFY(shown(view, "reportTimeReason"));
        const QString reason = text(view, "reportTimeReason");
        QCOMPARE(reason, expected.blankExplanation());
        QVERIFY2(reason.contains(reasonFragment), qPrintable(reason));
    }
    if (device.complianceStatus == AzureComplianceStatus::Failed)
        QVERIFY(text(view, "complianceStatusError").contains(reportError));
    else
        QVERIFY(!shown(view, "complianceStatusError"));
}

void TestDeviceDetailsView::outcome_data()
{
    QTest::addColumn<qint64>("violatedPolicy");
    QTest::addColumn<int>("violatedDaysAgo");
    QTest::addColumn<QString>("expectedOutcome");
    QTest::addColumn<QString>("expectedAction");
    QTest::addColumn<QStringList>("causeFragments");

    QTest::newRow("no violation") << qint64(NoPolicy) << 0 << "Compliant"
                                  << "None" << QStringList { QStringLiteral("No violated rule: Compliant") };
    QTest::newRow("Send Alert") << qint64(AlertPolicy) << 1 << "Compliant"
                                << "Send Alert"
                                << QStringList { QStringLiteral("Passcode alert"),
                                       QStringLiteral("No passcode") };
    QTest::newRow("Quarantine") << qint64(QuarantinePolicy) << 1 << "Device Non-compliant"
                                << "Quarantine"
                                << QStringList { QStringLiteral("Jailbreak quarantine"),
                                       QStringLiteral("Jailbroken or rooted") };
    QTest::newRow("Block Email after wait")
        << qint64(EscalatingPolicy) << 4 << "Device Non-compliant"
        << "Block Email" << QStringList { QStringLiteral("Minimum iOS"), QStringLiteral("OS below 17.0") };
    QTest::newRow("Retire") << qint64(RetirePolicy) << 1 << "Device data removed from Azure platform"
                            << "Retire device"
                            << QStringList { QStringLiteral("Lost device retire"),
                                   QStringLiteral("Out of contact for 30 day") };
    QTest::newRow("unknown policy only") << qint64(MissingPolicy) << 1 << "Compliant"
                                         << "None" << QStringList { QStringLiteral("Compliant") };
}

void TestDeviceDetailsView::outcome()
{
    QFETCH(qint64, violatedPolicy);
    QFETCH(int, violatedDaysAgo);
    QFETCH(QString, expectedOutcome);
    QFETCH(QString, expectedAction);
    QFETCH(QStringList, causeFragments);

    DeviceRecord device = baseDevice();
    if (violatedPolicy != NoPolicy)
        device.violations = { { violatedPolicy, kNow.addDays(-violatedDaysAgo) } };
    DeviceDetailsView view;
    show(view, device);

    QCOMPARE(text(view, "outcomeValue"), expectedOutcome);
    QCOMPARE(text(view, "actionValue"), expectedAction);
    const DeviceEvaluation evaluation = ComplianceEvaluator::evaluate(device.violations, policies(), kNow);
    QCOMPARE(text(view, "outcomeDescription"), ComplianceActions::outcomeDescription(evaluation.outcome));
    const QString cause = text(view, "causeValue");
    for (const QString &fragment : std::as_const(causeFragments))
        QVERIFY2(cause.contains(fragment), qPrintable(cause));

    const bool retired = evaluation.action == ComplianceAction::Retire;
    QCOMPARE(shown(view, "retireNote"), retired);
    if (retired) {
        const QString note = text(view, "retireNote");
        QVERIFY2(note.contains(QLatin1String("notManaged")) && note.contains(QLatin1String("notCompliant"))
                && note.contains(QLatin1String("90 days")),
            qPrintable(note));
    }
}

void TestDeviceDetailsView::violationsTable()
{
    DeviceRecord device = baseDevice();
    device.violations = { { EscalatingPolicy, kNow.addDays(-1) }, { QuarantinePolicy, kNow.addDays(-10) },
        { MissingPolicy, kNow.addDays(-2) } };
    DeviceDetailsView view;
    show(view, device);

    auto *table = child<QTableWidget>(view, "violationsTable");
    QVERIFY(table->isVisibleTo(&view));
    QVERIFY(!shown(view, "noViolationsLabel"));
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    QCOMPARE(table->columnCount(), 5);
    QStringList headers;
    for (int column = 0; column < table->columnCount(); ++column)
        headers << table->horizontalHeaderItem(column)->text();
    QCOMPARE(headers,
        (QStringList { QStringLiteral("Policy"), QStringLiteral("Rule"), QStringLiteral("Violated since"),
            QStringLiteral("Action in effect"), QStringLiteral("Next escalation") }));
    QCOMPARE(table->rowCount(), 3);

    const auto rowOf = [table](const QString &policyName) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == policyName)
                return row;
        }
        return -1;
    };
    const int escalating = rowOf(QStringLiteral("Minimum iOS"));
    QVERIFY(escalating >= 0);
    QCOMPARE(table->item(escalating, 1)->text(), QStringLiteral("OS below 17.0"));
    QVERIFY(table->item(escalating, 2)
                ->text()
                .startsWith(QLocale().toString(kNow.addDays(-1).toLocalTime(), QLocale::ShortFormat)));
    QCOMPARE(table->item(escalating, 3)->text(), QStringLiteral("Send Alert"));
    QCOMPARE(table->item(escalating, 4)->text(),
        QStringLiteral("Block Email on ")
            + QLocale().toString(kNow.addDays(2).toLocalTime(), QLocale::ShortFormat));
    QVERIFY(!(table->item(escalating, 0)->flags() & Qt::ItemIsEditable));

    const int quarantine = rowOf(QStringLiteral("Jailbreak quarantine"));
    QVERIFY(quarantine >= 0);
    QCOMPARE(table->item(quarantine, 3)->text(), QStringLiteral("Quarantine"));
    QCOMPARE(table->item(quarantine, 4)->text(), QStringLiteral("none"));

    QVERIFY(rowOf(QStringLiteral("Unknown policy #99")) >= 0);
    // Quarantine is in effect and nothing later is more restrictive.
    QVERIFY(!shown(view, "nextEscalationValue"));
}

void TestDeviceDetailsView::deviceNextEscalation()
{
    DeviceRecord device = baseDevice();
    DeviceDetailsView view;
    show(view, device);
    QVERIFY(shown(view, "noViolationsLabel"));
    QVERIFY(!shown(view, "violationsTable"));
    QVERIFY(!shown(view, "nextEscalationValue"));

    device.violations = { { EscalatingPolicy, kNow.addDays(-1) } };
    show(view, device);
    QVERIFY(shown(view, "nextEscalationValue"));
    const QString next = text(view, "nextEscalationValue");
    const QString expected = QStringLiteral("Becomes Block Email on ")
        + QLocale().toString(kNow.addDays(2).toLocalTime(), QLocale::LongFormat);
    QVERIFY2(next.startsWith(expected), qPrintable(next));
    QVERIFY2(next.contains(QLatin1String("Device Non-compliant")), qPrintable(next));
}

void TestDeviceDetailsView::inventory()
{
    DeviceDetailsView view;
    DeviceRecord device = quarantineDevice();
    device.imei.clear();
    show(view, device);
    QCOMPARE(text(view, "modelValue"), QStringLiteral("iPhone 14"));
    QCOMPARE(text(view, "manufacturerValue"), QStringLiteral("Apple"));
    QCOMPARE(text(view, "serialNumberValue"), QStringLiteral("F2LXK1ABCD"));
    QCOMPARE(text(view, "imeiValue"), QString(QChar(0x2014)));
    QCOMPARE(text(view, "mdmIdValue"), QStringLiteral("4711"));
    QCOMPARE(text(view, "guidValue"), QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
    QCOMPARE(text(view, "registrationStateValue"), QStringLiteral("ACTIVE"));
    QVERIFY(text(view, "lastCheckinValue")
                .startsWith(QLocale().toString(device.lastCheckin.toLocalTime(), QLocale::LongFormat)));
    QVERIFY(text(view, "lastCheckinValue").contains(QLatin1String("(2 day")));
    QCOMPARE(text(view, "jailbrokenValue"), QStringLiteral("Yes"));
    QCOMPARE(text(view, "quarantinedValue"), QStringLiteral("Yes"));
}

void TestDeviceDetailsView::timeline()
{
    DeviceDetailsView view;
    show(view, baseDevice());
    QVERIFY(shown(view, "timelineBox"));
    QCOMPARE(child<QGroupBox>(view, "timelineBox")->title(), QStringLiteral("Report timeline"));
    QVERIFY(shown(view, "noTimelineLabel"));
    QCOMPARE(text(view, "noTimelineLabel"), QStringLiteral("No report sent yet."));
    QVERIFY(!shown(view, "timelineTable"));

    view.setReportTimeline(timelineEvents());
    QVERIFY(!shown(view, "noTimelineLabel"));
    auto *table = child<QTableWidget>(view, "timelineTable");
    QVERIFY(table->isVisibleTo(&view));
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    QStringList headers;
    for (int column = 0; column < table->columnCount(); ++column)
        headers << table->horizontalHeaderItem(column)->text();
    QCOMPARE(headers,
        (QStringList { QStringLiteral("Time"), QStringLiteral("Event"), QStringLiteral("Trigger"),
            QStringLiteral("Message id"), QStringLiteral("Detail") }));
    QCOMPARE(table->rowCount(), 7);
    const auto cell = [table](int row, int column) { return table->item(row, column)->text(); };

    QCOMPARE(cell(0, 0), QLocale().toString(kNow.addSecs(-600).toLocalTime(), QLocale::LongFormat));
    QCOMPARE(cell(0, 1), QStringLiteral("Failed"));
    QCOMPARE(cell(0, 2), QStringLiteral("Weekly report")); // from the queued event of the same message
    QCOMPARE(cell(0, 3), QStringLiteral("bbbbbbbb-0000-0000-0000-000000000002"));
    QCOMPARE(cell(0, 4), QStringLiteral("DeviceId not found in tenant"));
    QCOMPARE(cell(1, 1), QStringLiteral("Sent"));
    QCOMPARE(cell(2, 1), QStringLiteral("Retry"));
    QCOMPARE(cell(2, 4), QStringLiteral("HTTP 503 Service Unavailable"));
    QCOMPARE(cell(3, 1), QStringLiteral("Queued"));
    QCOMPARE(cell(3, 2), QStringLiteral("Weekly report"));
    QCOMPARE(cell(3, 4), QStringLiteral("Azure receives: Compliant"));
    QCOMPARE(cell(4, 1), QStringLiteral("Completed"));
    QCOMPARE(cell(4, 2), QStringLiteral("Compliance state change"));
    QCOMPARE(cell(6, 1), QStringLiteral("Queued"));
    QCOMPARE(cell(6, 2), ReportPlanner::triggerName(ReportTrigger::ComplianceChange));
    QCOMPARE(cell(6, 4), QStringLiteral("Azure receives: Device Non-compliant"));
    QVERIFY(!(table->item(0, 0)->flags() & Qt::ItemIsEditable));

    // An event or trigger of a newer build is shown as stored, not dropped.
    view.setReportTimeline({ ReportEvent {
        QUuid::createUuid(), 4711, kNow, QStringLiteral("archived"), QStringLiteral("quarterly 9") } });
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(cell(0, 1), QStringLiteral("archived"));

    view.setReportTimeline({});
    QVERIFY(shown(view, "noTimelineLabel"));
    QVERIFY(!shown(view, "timelineTable"));
}

void TestDeviceDetailsView::timelineFollowsTheDevice()
{
    DeviceDetailsView view;
    show(view, baseDevice());
    view.setReportTimeline(timelineEvents());
    auto *table = child<QTableWidget>(view, "timelineTable");
    // The same device again (a refresh after a sync): the timeline stays.
    show(view, baseDevice());
    QCOMPARE(table->rowCount(), 7);
    // Another device: its timeline is not this one's.
    DeviceRecord other = baseDevice();
    other.id = 4712;
    show(view, other);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(shown(view, "noTimelineLabel"));
}

void TestDeviceDetailsView::retireDeletionDate()
{
    DeviceRecord device = baseDevice();
    device.violations = { { RetirePolicy, kNow.addDays(-1) } };
    DeviceDetailsView view;
    show(view, device);
    QVERIFY(shown(view, "retireDeletionNote"));
    const QString expected
        = QStringLiteral("Device data removed from Azure platform; Azure deletes the record on ")
        + QLocale().toString(device.reportTime.addDays(90).toLocalTime().date(), QLocale::LongFormat);
    QCOMPARE(text(view, "retireDeletionNote"), expected);

    // Never reported: no date to give.
    device.reportTime = QDateTime();
    show(view, device);
    QVERIFY(!shown(view, "retireDeletionNote"));
    // Not retired: no deletion.
    show(view, baseDevice());
    QVERIFY(!shown(view, "retireDeletionNote"));
}

void TestDeviceDetailsView::screenshot()
{
    DeviceDetailsView view;
    view.resize(900, 1000);
    show(view, quarantineDevice());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QTRY_VERIFY2(layoutProblems(view).isEmpty(), qPrintable(layoutProblems(view).join(QLatin1Char('\n'))));
    // Nothing needs a horizontal scroll bar at this width.
    QVERIFY(!child<QScrollArea>(view, "detailsScrollArea")->horizontalScrollBar()->isVisible());

    const QString path = screenshotPath(QStringLiteral("details_en.png"));
    QVERIFY2(view.grab().save(path), qPrintable(path));

    // A reported, retired device with its timeline.
    DeviceRecord retired = baseDevice();
    retired.violations = { { RetirePolicy, kNow.addDays(-1) } };
    show(view, retired);
    view.setReportTimeline(timelineEvents());
    QTRY_VERIFY2(layoutProblems(view).isEmpty(), qPrintable(layoutProblems(view).join(QLatin1Char('\n'))));
    QVERIFY(!child<QScrollArea>(view, "detailsScrollArea")->horizontalScrollBar()->isVisible());
    auto *table = child<QTableWidget>(view, "timelineTable");
    // Let the layout settle (a table's new height reaches the page one pass later).
    QTest::qWait(100);
    QTRY_VERIFY2(layoutProblems(view).isEmpty(), qPrintable(layoutProblems(view).join(QLatin1Char('\n'))));
    // Every row of a short timeline is visible without scrolling, and no column is cut.
    QVERIFY(!table->verticalScrollBar()->isVisible());
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    const QString timelinePath = screenshotPath(QStringLiteral("ui-details-timeline.png"));
    QVERIFY2(view.grab().save(timelinePath), qPrintable(timelinePath));
    // The whole page, as far as it scrolls.
    const QString pagePath = screenshotPath(QStringLiteral("ui-details-timeline-page.png"));
    QVERIFY2(child<QWidget>(view, "detailsContent")->grab().save(pagePath), qPrintable(pagePath));
}

void TestDeviceDetailsView::japaneseAtRunTime()
{
    DeviceDetailsView view;
    view.resize(900, 1000);
    show(view, quarantineDevice());
    view.setReportTimeline(timelineEvents());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *timeline = child<QTableWidget>(view, "timelineTable");
    const QString englishTimelineTime = timeline->item(0, 0)->text();
    const QString englishCheckin = text(view, "lastCheckinValue");
    const QString englishCause = text(view, "causeValue");

    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/azure-status-console_ja.qm")),
        "the Japanese translation is not embedded in the application resources");
    // The language switcher sets the locale first, so dates follow the new language.
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    QVERIFY2(QCoreApplication::installTranslator(&translator), "the Japanese translation has no messages");
    const auto restore = qScopeGuard([&translator] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::sendPostedEvents();
    });
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();

    // Changed in place: showDevice() was not called again.
    QCOMPARE(text(view, "azureDeviceIdLabel"), QStringLiteral("Azure デバイス識別子"));
    QCOMPARE(text(view, "complianceStatusLabel"), QStringLiteral("Azure デバイスのコンプライアンス状態"));
    QCOMPARE(text(view, "clientStatusCodeLabel"), QStringLiteral("Azure クライアント ステータス コード"));
    // The Japanese seed merges this row into the previous one, so the wording is ours.
    QCOMPARE(text(view, "reportTimeLabel"), QStringLiteral("Azure デバイスのコンプライアンスレポート時刻"));
    // Protocol values stay verbatim in every language.
    QCOMPARE(text(view, "clientStatusCodeValue"), QStringLiteral("Workplace_Join_Required"));
    QVERIFY(text(view, "reportTimeReason").contains(QLatin1String("Workplace_Join_Required")));
    // Values were rendered again: translated texts and Japanese dates.
    QVERIFY(text(view, "causeValue") != englishCause);
    QVERIFY(text(view, "lastCheckinValue") != englishCheckin);
    QVERIFY(text(view, "lastCheckinValue").contains(QStringLiteral("年")));
    // The timeline too: dates in Japanese, and trigger names from the catalogue.
    QVERIFY(timeline->item(0, 0)->text() != englishTimelineTime);
    QVERIFY(timeline->item(0, 0)->text().contains(QStringLiteral("年")));
    QCOMPARE(timeline->item(3, 2)->text(), QStringLiteral("週次レポート"));
    QCOMPARE(timeline->horizontalHeaderItem(0)->text(), DeviceDetailsView::tr("Time"));
    // The longer Japanese field names still fit once the layout has caught up (word-wrapped
    // labels take more than one layout pass).
    QTRY_VERIFY2(layoutProblems(view).isEmpty(), qPrintable(layoutProblems(view).join(QLatin1Char('\n'))));
    const QString path = screenshotPath(QStringLiteral("details_ja.png"));
    QVERIFY2(view.grab().save(path), qPrintable(path));

    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(text(view, "azureDeviceIdLabel"), QStringLiteral("Azure Device Identifier"));
    QCOMPARE(text(view, "lastCheckinValue"), englishCheckin);
}

// Azure's UserId: the object id with the principal name, or why the device is not sent,
// also in the blank Report Time.
void TestDeviceDetailsView::entraUser_data()
{
    QTest::addColumn<EntraUserState>("state");
    QTest::addColumn<QString>("valueFragment");
    QTest::addColumn<QString>("reasonFragment");
    QTest::addRow("known") << EntraUserState::Known << QStringLiteral("4f1a2b3c-5d6e-4f70-8a9b-0c1d2e3f4a5b")
                           << QString();
    QTest::addRow("not in Entra") << EntraUserState::NotInEntra << QStringLiteral("maria.garcia@contoso.com")
                                  << QStringLiteral("Entra ID has no user with the principal name");
    QTest::addRow("not looked up yet") << EntraUserState::NotLookedUp << QStringLiteral("maria.garcia@contoso.com")
                                       << QStringLiteral("not known yet");
    QTest::addRow("no user") << EntraUserState::NoUser << QString() << QStringLiteral("names no user");
}

void TestDeviceDetailsView::entraUser()
{
    QFETCH(EntraUserState, state);
    QFETCH(QString, valueFragment);
    QFETCH(QString, reasonFragment);
    DeviceRecord device = baseDevice();
    device.entraUserState = state;
    if (state != EntraUserState::Known)
        device.entraUserId = QUuid();
    if (state == EntraUserState::NoUser)
        device.userPrincipalName.clear();
    device.complianceStatus = AzureComplianceStatus::None;
    device.reportTime = QDateTime();
    DeviceDetailsView view;
    show(view, device);
    QVERIFY2(text(view, "entraUserValue").contains(valueFragment), qPrintable(text(view, "entraUserValue")));
    if (reasonFragment.isEmpty()) {
        QVERIFY(text(view, "entraUserValue").contains(QStringLiteral("maria.garcia@contoso.com")));
        QVERIFY(!shown(view, "entraUserReason"));
        QVERIFY(text(view, "reportTimeReason").contains(QStringLiteral("Microsoft API has not been called")));
        return;
    }
    QVERIFY(shown(view, "entraUserReason"));
    QVERIFY2(text(view, "entraUserReason").contains(reasonFragment), qPrintable(text(view, "entraUserReason")));
    // The blank Report Time says the same, in its own words.
    QVERIFY2(text(view, "reportTimeReason").contains(QStringLiteral("not reported")),
        qPrintable(text(view, "reportTimeReason")));
}

QTEST_MAIN(TestDeviceDetailsView)
#include "tst_devicedetailsview.moc"
