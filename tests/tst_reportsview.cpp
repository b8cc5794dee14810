#include "app/net/networkservices.h"
#include "app/net/partnercomplianceclient.h"
#include "app/net/tokenprovider.h"
#include "app/reporting/partnerhealthservice.h"
#include "app/reporting/reporthistory.h"
#include "app/reporting/reportingengine.h"
#include "app/reporting/reportplanner.h"
#include "app/storage/sqlite/sqliteleaderlease.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/tenant/demotenant.h"
#include "tests/emulatornetsettings.h"
#include "models/azurepayload.h"
#include "ui/fixedpitchfont.h"
#include "ui/partnerhealthpanel.h"
#include "ui/reportlistmodel.h"
#include "ui/reportsview.h"
#include "tests/screenshotpath.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {
const QDateTime kNow(QDate(2026, 2, 11), QTime(9, 0), Qt::UTC);
const QUuid kTenant(QStringLiteral("11111111-2222-3333-4444-555555555555"));
const QString kFailure
    = QStringLiteral("DeviceId 4f1c0000-0000-0000-0000-000000000103 is not registered in the tenant");
const QString kRetryError
    = QStringLiteral("PUT https://127.0.0.1/DataUploadMessages: HTTP 503 Service Unavailable");

DeviceRecord device(qint64 id)
{
    DeviceRecord d;
    d.id = id;
    d.name = QStringLiteral("Device %1").arg(id);
    d.user = QStringLiteral("user%1@contoso.com").arg(id);
    d.platform = Platform::iOS;
    d.osVersion = QStringLiteral("17.2");
    d.model = QStringLiteral("iPhone 15");
    d.manufacturer = QStringLiteral("Apple");
    d.serialNumber = QStringLiteral("SN%1").arg(id);
    d.lastCheckin = kNow.addSecs(-3600);
    d.clientStatus = AzureClientStatus(AzureClientStatus::Code::Success);
    d.azureDeviceId = AzureDeviceId::fromUuid(
        QUuid::fromString(QStringLiteral("4f1c0000-0000-0000-0000-%1").arg(id, 12, 10, QLatin1Char('0'))));
    return d;
}

OutboxDevice part(qint64 id, AzureOutcome outcome = AzureOutcome::NonCompliant)
{
    OutboxDevice p;
    p.deviceId = id;
    p.outcome = outcome;
    p.fingerprint = AzurePayload::inventoryFingerprint(device(id));
    p.entities = AzurePayload::entitiesFor(device(id), outcome, kNow, kTenant.toString(QUuid::WithoutBraces));
    return p;
}

OutboxMessage message(int n, OutboxMessage::State state = OutboxMessage::State::Pending)
{
    OutboxMessage m;
    m.id = QUuid(QStringLiteral("00000000-0000-0000-0000-%1").arg(n, 12, 10, QLatin1Char('0')));
    m.created = kNow.addSecs(n);
    m.trigger = QStringLiteral("manual");
    m.state = state;
    m.deviceCount = 1;
    return m;
}

QStringList tabTitles(const ReportsView &view)
{
    const auto *tabs = view.findChild<QTabBar *>(QStringLiteral("reportsTabs"));
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    return titles;
}

QList<QUuid> rowIds(const ReportListModel &model)
{
    QList<QUuid> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(ReportListModel::MessageIdRole).toUuid();
    return ids;
}

// The view asked ReportHistory for rows or for the selected message; they are shown once
// the service's thread has read them.
bool rowsShown(ReportsView &view)
{
    QSignalSpy shown(&view, &ReportsView::refreshed);
    return shown.wait(10000);
}

bool selectionShown(ReportsView &view)
{
    QSignalSpy shown(&view, &ReportsView::selectionShown);
    return shown.wait(10000);
}

template <typename T = QLabel> T *child(const QWidget &parent, const char *objectName)
{
    T *widget = parent.findChild<T *>(QLatin1String(objectName));
    if (!widget)
        qFatal("no child named %s", objectName);
    return widget;
}

// Marks every string of the new widgets' contexts, so a test sees which texts were
// re-applied after a language change (the real catalogues do not have them yet).
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
        int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QByteArray name(context);
        if (name == "ReportsView" || name == "ReportListModel" || name == "PartnerHealthPanel")
            return QStringLiteral("«") + QString::fromUtf8(sourceText) + QStringLiteral("»");
        return {};
    }
    bool isEmpty() const override { return false; }
};
// Every printable ASCII character, JSON's alphabet, has the same advance in `font`.
bool drawsInColumns(const QFont &font)
{
    const QFontMetricsF metrics(font);
    const qreal advance = metrics.horizontalAdvance(QLatin1Char(' '));
    for (char c = 0x21; c < 0x7f; ++c) {
        if (std::abs(metrics.horizontalAdvance(QLatin1Char(c)) - advance) > 0.01)
            return false;
    }
    return advance > 0;
}
} // namespace

class TestReportsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelMergesWithoutReset();
    void tabCounts();
    void rowsPerTab();
    void payloadShowsContentIndented();
    void fixedPitchFontFallsBack();
    void failureReasonShown();
    void queueShowsNextAttemptAndError();
    void selectionSurvivesRefresh();
    void engineSignalsAreCoalesced();
    void truncatedToNewest();
    void languageSwitchReappliesTexts();
    void screenshot();
    void partnerHealthFailuresNameTheEndpoint();
    void partnerHealthAgainstEmulator();

private:
    void fill();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<NetworkServices> m_network;
    std::unique_ptr<ReportingEngine> m_engine;
    std::unique_ptr<ReportHistory> m_history;
    QUuid m_completed;
    QUuid m_failed;
    QUuid m_inFlight;
    QUuid m_retrying;
    QUuid m_queued;
};

void TestReportsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestReportsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<SqliteStore>(m_dir->filePath(QStringLiteral("store.sqlite")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    QList<DeviceRecord> devices;
    for (qint64 id = 101; id <= 105; ++id)
        devices << device(id);
    QVERIFY2(m_store->devices().upsertDevices(devices, &error), qPrintable(error));
    // Never started and never given a tenant: nothing here talks to the network.
    m_network = std::make_unique<NetworkServices>(NetSettings());
    m_engine = std::make_unique<ReportingEngine>(m_store.get(), m_network.get());
    m_history = std::make_unique<ReportHistory>(m_store.get(), m_engine.get());
}

void TestReportsView::cleanup()
{
    m_history.reset();
    m_engine.reset();
    m_network.reset();
    m_store.reset();
    m_dir.reset();
}

// Queue: a retrying and a new message; In flight: one; History: one completed, one failed.
void TestReportsView::fill()
{
    ReportOutbox &outbox = m_store->outbox();
    QString error;
    const auto enqueue = [&](const QString &trigger, const QList<OutboxDevice> &parts, int minute) {
        QList<QUuid> ids;
        if (!outbox.enqueue(trigger, parts, kTenant, 500, kNow.addSecs(60 * minute), &ids, &error)
            || ids.size() != 1)
            qFatal("enqueue failed: %s", qPrintable(error));
        return ids.first();
    };
    m_completed = enqueue(QStringLiteral("compliance"), { part(101), part(102, AzureOutcome::Compliant) }, 0);
    m_failed = enqueue(QStringLiteral("weekly"), { part(103) }, 1);
    m_inFlight = enqueue(QStringLiteral("manual"), { part(104) }, 2);
    m_retrying = enqueue(QStringLiteral("inventory"), { part(105) }, 3);
    m_queued = enqueue(QStringLiteral("escalation"), { part(101, AzureOutcome::RemovedFromAzure) }, 4);

    const QDateTime later = kNow.addSecs(600);
    QVERIFY(outbox.markSent(m_completed, later, &error));
    QVERIFY(outbox.markCompleted(m_completed, later.addSecs(5), &error));
    QVERIFY(outbox.markSent(m_failed, later, &error));
    QVERIFY(outbox.markFailed(m_failed, kFailure, later.addSecs(6), &error));
    QVERIFY(outbox.markSent(m_inFlight, later, &error));
    QVERIFY(outbox.markRetry(m_retrying, later.addSecs(120), kRetryError, later, &error));
}

void TestReportsView::modelMergesWithoutReset()
{
    ReportListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setMessages({ message(1), message(2), message(3) });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ReportListModel::ColumnCount));
    // Newest first.
    QCOMPARE(rowIds(model), (QList<QUuid> { message(3).id, message(2).id, message(1).id }));

    // 2 leaves (sent), 4 and 5 arrive, 1 gets a retry error: removed, inserted, changed.
    OutboxMessage retried = message(1);
    retried.attempts = 1;
    retried.lastError = kRetryError;
    inserted.clear();
    model.setMessages({ message(5), message(4), message(3), retried });
    QCOMPARE(rowIds(model), (QList<QUuid> { message(5).id, message(4).id, message(3).id, message(1).id }));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1); // 5 and 4 in one run
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.index(3, ReportListModel::ErrorColumn).data().toString(), kRetryError);
    QCOMPARE(
        model.index(3, ReportListModel::StateColumn).data().toString(), QStringLiteral("Waiting to retry"));
    QCOMPARE(
        model.index(3, ReportListModel::AttemptsColumn).data(ReportListModel::UnderlyingDataRole).toInt(), 1);
    QCOMPARE(
        model.index(0, ReportListModel::CreatedColumn).data(ReportListModel::UnderlyingDataRole).toDateTime(),
        message(5).created);

    // The same read again changes nothing.
    changed.clear();
    model.setMessages({ message(5), message(4), message(3), retried });
    QCOMPARE(changed.size(), 0);

    model.setMessages({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.size(), 0);
}

void TestReportsView::tabCounts()
{
    fill();
    ReportsView view(m_history.get());
    QVERIFY(rowsShown(view));
    QCOMPARE(tabTitles(view),
        (QStringList { QStringLiteral("Queue (2)"), QStringLiteral("In flight (1)"),
            QStringLiteral("History (2)"), QStringLiteral("Failures (1)") }));
    QCOMPARE(view.counts().pending, 2);
}

void TestReportsView::rowsPerTab()
{
    fill();
    ReportsView view(m_history.get());
    QVERIFY(rowsShown(view));
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ReportListModel &model = *view.model();
    auto *table = child<QTableView>(view, "reportsTable");

    QCOMPARE(view.currentTab(), ReportsView::QueueTab);
    QCOMPARE(rowIds(model), (QList<QUuid> { m_queued, m_retrying }));
    QVERIFY(!table->isColumnHidden(ReportListModel::NextAttemptColumn));
    QVERIFY(!table->isColumnHidden(ReportListModel::ErrorColumn));

    view.setCurrentTab(ReportsView::InFlightTab);

    QVERIFY(rowsShown(view));
    QCOMPARE(rowIds(model), (QList<QUuid> { m_inFlight }));
    QCOMPARE(model.index(0, ReportListModel::StateColumn).data().toString(),
        QStringLiteral("Awaiting confirmation"));
    QCOMPARE(
        model.index(0, ReportListModel::SentColumn).data(ReportListModel::UnderlyingDataRole).toDateTime(),
        kNow.addSecs(600));

    view.setCurrentTab(ReportsView::HistoryTab);

    QVERIFY(rowsShown(view));
    QCOMPARE(rowIds(model), (QList<QUuid> { m_failed, m_completed }));
    const int completed = model.rowOf(m_completed);
    QCOMPARE(
        model.index(completed, ReportListModel::StateColumn).data().toString(), QStringLiteral("Completed"));
    QCOMPARE(model.index(completed, ReportListModel::TriggerColumn).data().toString(),
        QStringLiteral("Compliance state change"));
    QCOMPARE(model.index(completed, ReportListModel::TriggerColumn)
                 .data(ReportListModel::UnderlyingDataRole)
                 .toString(),
        QStringLiteral("compliance"));
    QCOMPARE(model.index(completed, ReportListModel::DevicesColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(completed, ReportListModel::AttemptsColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(completed, ReportListModel::ConfirmedColumn)
                 .data(ReportListModel::UnderlyingDataRole)
                 .toDateTime(),
        kNow.addSecs(605));
    QCOMPARE(model.index(completed, ReportListModel::MessageIdColumn).data().toString(),
        m_completed.toString(QUuid::WithoutBraces));
    QCOMPARE(model.index(model.rowOf(m_failed), ReportListModel::StateColumn).data().toString(),
        QStringLiteral("Failed"));

    view.setCurrentTab(ReportsView::FailuresTab);

    QVERIFY(rowsShown(view));
    QCOMPARE(rowIds(model), (QList<QUuid> { m_failed }));
    QVERIFY(table->isColumnHidden(ReportListModel::NextAttemptColumn));
    QVERIFY(!table->isColumnHidden(ReportListModel::ErrorColumn));
    QCOMPARE(
        model.index(0, ReportListModel::TriggerColumn).data().toString(), QStringLiteral("Weekly report"));
}

void TestReportsView::payloadShowsContentIndented()
{
    fill();
    ReportsView view(m_history.get());
    QVERIFY(rowsShown(view));
    view.setCurrentTab(ReportsView::HistoryTab);
    QVERIFY(rowsShown(view));
    QVERIFY(child<QWidget>(view, "detailsPlaceholder")->isVisibleTo(&view));
    QVERIFY(view.selectMessage(m_completed));
    QVERIFY(selectionShown(view));
    QCOMPARE(view.selectedMessage(), m_completed);
    QVERIFY(child<QWidget>(view, "detailsPane")->isVisibleTo(&view));

    QCOMPARE(child(view, "messageIdValue")->text(), m_completed.toString(QUuid::WithoutBraces));
    QCOMPARE(child<QPlainTextEdit>(view, "devicesView")->toPlainText(), QStringLiteral("101\n102"));
    QCOMPARE(child(view, "devicesCaption")->text(), QStringLiteral("Devices (2)"));
    QCOMPARE(child(view, "tenantValue")->text(), kTenant.toString(QUuid::WithoutBraces));

    // The body holds Content as a string; the pane shows the array Azure parses, indented.
    QString error;
    const std::optional<OutboxMessage> stored = m_store->outbox().message(m_completed, &error);
    QVERIFY2(stored, qPrintable(error));
    const QString content
        = QJsonDocument::fromJson(stored->body).object().value(QStringLiteral("Content")).toString();
    const QJsonArray entities = QJsonDocument::fromJson(content.toUtf8()).array();
    QCOMPARE(entities.size(), 4); // two devices, an inventory and a compliance entity each
    const QPlainTextEdit *payload = child<QPlainTextEdit>(view, "payloadView");
    QVERIFY(payload->isReadOnly());
    // What the reader sees: every character of the JSON in one column width. Not
    // QFontInfo::fixedPitch(), which is false for Noto Sans Mono (fonts-noto-mono), a
    // monospaced design that fontconfig does not mark so.
    QVERIFY2(drawsInColumns(payload->font()), qPrintable(QFontInfo(payload->font()).family()));
    const QString shown = payload->toPlainText();
    QCOMPARE(shown, QString::fromUtf8(QJsonDocument(entities).toJson(QJsonDocument::Indented)));
    QVERIFY2(shown.startsWith(QLatin1String("[\n    {\n        \"")), qPrintable(shown.left(80)));
    QVERIFY(shown.contains(QLatin1String("\n        \"EntityType\": 4,\n")));
    QVERIFY(shown.contains(QLatin1String("\"complianceStatus\": \"notCompliant\"")));
    QVERIFY(shown.contains(QLatin1String("\"DeviceId\": \"4f1c0000-0000-0000-0000-000000000102\"")));
    QVERIFY(!child<QWidget>(view, "payloadNote")->isVisibleTo(&view));

    QVERIFY(view.selectMessage(m_failed));

    QVERIFY(selectionShown(view));
    QCOMPARE(child<QPlainTextEdit>(view, "devicesView")->toPlainText(), QStringLiteral("103"));
}

void TestReportsView::fixedPitchFontFallsBack()
{
    // A system whose fixed font draws proportionally still gets columns.
    const QFont proportional(QStringLiteral("DejaVu Sans"));
    QVERIFY(!drawsInColumns(proportional));
    const QFont chosen = FixedPitchFont::from(proportional);
    QVERIFY2(drawsInColumns(chosen), qPrintable(QFontInfo(chosen).family()));
    QCOMPARE(chosen.pointSizeF(), proportional.pointSizeF());
    QVERIFY(drawsInColumns(FixedPitchFont::font()));
}

void TestReportsView::failureReasonShown()
{
    fill();
    ReportsView view(m_history.get());
    QVERIFY(rowsShown(view));
    view.setCurrentTab(ReportsView::FailuresTab);
    QVERIFY(rowsShown(view));
    const ReportListModel &model = *view.model();
    QCOMPARE(model.index(0, ReportListModel::ErrorColumn).data().toString(), kFailure);
    QCOMPARE(
        model.headerData(ReportListModel::ErrorColumn, Qt::Horizontal).toString(), QStringLiteral("Error"));
    QVERIFY(view.selectMessage(m_failed));
    QVERIFY(selectionShown(view));
    QCOMPARE(child(view, "reasonLabel")->text(), QStringLiteral("Reason"));
    QCOMPARE(child(view, "reasonValue")->text(), kFailure);
    QVERIFY(child(view, "detailsStateValue")->text().startsWith(QLatin1String("Failed on ")));
}

void TestReportsView::queueShowsNextAttemptAndError()
{
    fill();
    ReportsView view(m_history.get());
    QVERIFY(rowsShown(view));
    const ReportListModel &model = *view.model();
    const int row = model.rowOf(m_retrying);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ReportListModel::NextAttemptColumn)
                 .data(ReportListModel::UnderlyingDataRole)
                 .toDateTime(),
        kNow.addSecs(720));
    QCOMPARE(model.index(row, ReportListModel::NextAttemptColumn).data().toString(),
        QLocale().toString(kNow.addSecs(720).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(model.index(row, ReportListModel::ErrorColumn).data().toString(), kRetryError);
    QCOMPARE(model.index(model.rowOf(m_queued), ReportListModel::StateColumn).data().toString(),
        QStringLiteral("Queued"));
    QVERIFY(view.selectMessage(m_retrying));
    QVERIFY(selectionShown(view));
    QCOMPARE(child(view, "reasonLabel")->text(), QStringLiteral("Last error"));
    QCOMPARE(child(view, "reasonValue")->text(), kRetryError);
    QVERIFY(child(view, "detailsStateValue")->text().contains(QLatin1String("next attempt")));
}

void TestReportsView::selectionSurvivesRefresh()
{
    fill();
    ReportsView view(m_history.get());
    QVERIFY(rowsShown(view));
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view.selectMessage(m_retrying));
    QVERIFY(selectionShown(view));

    QString error;
    QList<QUuid> ids;
    QVERIFY(m_store->outbox().enqueue(
        QStringLiteral("manual"), { part(102) }, kTenant, 500, kNow.addSecs(3600), &ids, &error));
    QVERIFY(m_store->outbox().markRetry(
        m_retrying, kNow.addSecs(4000), QStringLiteral("HTTP 429"), kNow.addSecs(3700), &error));
    view.refresh();
    QVERIFY(rowsShown(view));
    QCOMPARE(view.model()->rowCount(), 3);
    QCOMPARE(view.selectedMessage(), m_retrying);
    QCOMPARE(child(view, "reasonValue")->text(), QStringLiteral("HTTP 429"));

    // Sent: it leaves the queue, and the details say nothing is selected.
    QVERIFY(m_store->outbox().markSent(m_retrying, kNow.addSecs(4000), &error));
    view.refresh();
    QVERIFY(rowsShown(view));
    QCOMPARE(view.model()->rowCount(), 2);
    QVERIFY(view.selectedMessage().isNull());
    QVERIFY(child<QWidget>(view, "detailsPlaceholder")->isVisibleTo(&view));
    QCOMPARE(tabTitles(view).at(ReportsView::InFlightTab), QStringLiteral("In flight (2)"));
}

void TestReportsView::engineSignalsAreCoalesced()
{
    fill();
    ReportsView view(m_history.get());
    QVERIFY(rowsShown(view));
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy counts(&view, &ReportsView::countsChanged);

    QString error;
    for (int i = 0; i < 50; ++i) {
        QVERIFY(m_store->outbox().enqueue(QStringLiteral("manual"), { part(101 + i % 5) }, kTenant, 500,
            kNow.addSecs(7200 + i), nullptr, &error));
        emit m_engine->reportsQueued(1, QStringLiteral("manual"));
        emit m_engine->messageSent(QUuid::createUuid());
    }
    QCOMPARE(counts.size(), 0); // nothing read yet: the signals only schedule a read
    QTRY_COMPARE(tabTitles(view).at(ReportsView::QueueTab), QStringLiteral("Queue (52)"));
    QCOMPARE(counts.size(), 1); // one read for the whole burst
    QCOMPARE(view.model()->rowCount(), 52);
}

void TestReportsView::truncatedToNewest()
{
    QList<OutboxDevice> parts;
    for (int i = 0; i < ReportsView::kMaxRows + 5; ++i)
        parts << part(101 + i % 5);
    QString error;
    QVERIFY(m_store->outbox().enqueue(QStringLiteral("weekly"), parts, kTenant, 1, kNow, nullptr, &error));
    ReportsView view(m_history.get());
    QVERIFY(rowsShown(view));
    QCOMPARE(view.model()->rowCount(), ReportsView::kMaxRows);
    QCOMPARE(tabTitles(view).at(ReportsView::QueueTab), QStringLiteral("Queue (2,005)"));
    QVERIFY(child<QWidget>(view, "truncatedLabel")->isVisibleTo(&view));
    QCOMPARE(
        child(view, "truncatedLabel")->text(), QStringLiteral("Showing the newest 2,000 of 2,005 messages."));

    view.setCurrentTab(ReportsView::HistoryTab);

    QVERIFY(rowsShown(view));
    QVERIFY(!child<QWidget>(view, "truncatedLabel")->isVisibleTo(&view));
}

void TestReportsView::languageSwitchReappliesTexts()
{
    fill();
    ReportsView view(m_history.get());
    QVERIFY(rowsShown(view));
    view.setCurrentTab(ReportsView::HistoryTab);
    QVERIFY(rowsShown(view));
    QVERIFY(view.selectMessage(m_completed));
    QVERIFY(selectionShown(view));
    const int completed = view.model()->rowOf(m_completed);
    PartnerHealthService health(m_network.get());
    PartnerHealthPanel panel(&health);

    QTranslator japanese;
    QVERIFY(japanese.load(QStringLiteral(":/i18n/azure-status-console_ja.qm")));
    MarkingTranslator marking;
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    QVERIFY(QCoreApplication::installTranslator(&japanese));
    QVERIFY(QCoreApplication::installTranslator(&marking));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::removeTranslator(&japanese);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::sendPostedEvents();
    });
    QCoreApplication::sendPostedEvents();

    // Every text is applied again: each equals what tr() gives now.
    QCOMPARE(tabTitles(view),
        (QStringList { ReportsView::tr("Queue (%Ln)", nullptr, 2),
            ReportsView::tr("In flight (%Ln)", nullptr, 1), ReportsView::tr("History (%Ln)", nullptr, 2),
            ReportsView::tr("Failures (%Ln)", nullptr, 1) }));
    QCOMPARE(tabTitles(view).at(ReportsView::QueueTab), QStringLiteral("«Queue (2)»"));
    auto *table = child<QTableView>(view, "reportsTable");
    QCOMPARE(table->model()->headerData(ReportListModel::StateColumn, Qt::Horizontal).toString(),
        QStringLiteral("«State»"));
    QCOMPARE(child(view, "messageIdLabel")->text(), QStringLiteral("«Message id»"));
    QCOMPARE(child(view, "devicesCaption")->text(), QStringLiteral("«Devices (2)»"));
    QCOMPARE(view.model()->index(completed, ReportListModel::StateColumn).data().toString(),
        QStringLiteral("«Completed»"));
    QCOMPARE(child<QPushButton>(panel, "checkNowButton")->text(), QStringLiteral("«Check now»"));
    QCOMPARE(child(panel, "partnerStateLabel")->text(), QStringLiteral("«Partner state»"));
    QCOMPARE(child(panel, "lastCheckLabel")->text(), QStringLiteral("«Not checked yet.»"));
    QVERIFY(child(panel, "discoveryStatus")->text().endsWith(QStringLiteral("«Not checked»")));
    // Strings translated already come from the Japanese catalogue, dates follow the locale.
    QCOMPARE(view.model()->index(completed, ReportListModel::TriggerColumn).data().toString(),
        QStringLiteral("コンプライアンス状態変更"));
    QVERIFY(view.model()
                ->index(completed, ReportListModel::CreatedColumn)
                .data()
                .toString()
                .contains(QLatin1Char('/')));

    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::removeTranslator(&japanese);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(tabTitles(view).at(ReportsView::QueueTab), QStringLiteral("Queue (2)"));
    QCOMPARE(view.model()->index(completed, ReportListModel::TriggerColumn).data().toString(),
        QStringLiteral("Compliance state change"));
}

void TestReportsView::screenshot()
{
    fill();
    // A realistic history: a few dozen messages around the selected one.
    QString error;
    for (int i = 0; i < 30; ++i) {
        QList<QUuid> ids;
        QList<OutboxDevice> parts;
        for (int d = 0; d <= i % 4; ++d)
            parts << part(101 + (i + d) % 5, d % 2 ? AzureOutcome::Compliant : AzureOutcome::NonCompliant);
        QVERIFY(m_store->outbox().enqueue(i % 3 ? QStringLiteral("compliance") : QStringLiteral("inventory"),
            parts, kTenant, 500, kNow.addSecs(-3600 * (i + 1)), &ids, &error));
        QVERIFY(m_store->outbox().markSent(ids.first(), kNow.addSecs(-3600 * (i + 1) + 2), &error));
        if (i % 7 == 3)
            QVERIFY(m_store->outbox().markFailed(
                ids.first(), kFailure, kNow.addSecs(-3600 * (i + 1) + 4), &error));
        else
            QVERIFY(m_store->outbox().markCompleted(ids.first(), kNow.addSecs(-3600 * (i + 1) + 4), &error));
    }
    ReportsView view(m_history.get());
    QVERIFY(rowsShown(view));
    view.resize(1100, 760);
    view.setCurrentTab(ReportsView::HistoryTab);
    QVERIFY(rowsShown(view));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.selectMessage(m_completed));
    QVERIFY(selectionShown(view));
    QCoreApplication::processEvents();
    const QString path = screenshotPath(QStringLiteral("ui-reports.png"));
    QVERIFY2(view.grab().save(path), qPrintable(path));

    view.setCurrentTab(ReportsView::QueueTab);

    QVERIFY(rowsShown(view));
    QVERIFY(view.selectMessage(m_retrying));
    QVERIFY(selectionShown(view));
    QCoreApplication::processEvents();
    const QString queuePath = screenshotPath(QStringLiteral("ui-reports-queue.png"));
    QVERIFY2(view.grab().save(queuePath), qPrintable(queuePath));

    // Every visible column header fits its text.
    auto *table = child<QTableView>(view, "reportsTable");
    for (int column = 0; column < ReportListModel::ColumnCount; ++column) {
        if (table->isColumnHidden(column))
            continue;
        QVERIFY2(table->columnWidth(column) >= table->horizontalHeader()->sectionSizeHint(column) - 1,
            qPrintable(ReportListModel::columnName(ReportListModel::Column(column))));
    }

    view.setCurrentTab(ReportsView::FailuresTab);

    QVERIFY(rowsShown(view));
    QVERIFY(view.selectMessage(m_failed));
    QVERIFY(selectionShown(view));
    QCoreApplication::processEvents();
    QVERIFY(child<QWidget>(view, "reasonValue")->isVisible());
    const QString failuresPath = screenshotPath(QStringLiteral("ui-reports-failures.png"));
    QVERIFY2(view.grab().save(failuresPath), qPrintable(failuresPath));

    // Japanese: dates and the translated trigger names in CJK.
    QTranslator japanese;
    QVERIFY(japanese.load(QStringLiteral(":/i18n/azure-status-console_ja.qm")));
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    QVERIFY(QCoreApplication::installTranslator(&japanese));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&japanese);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::sendPostedEvents();
    });
    QCoreApplication::sendPostedEvents();
    view.setCurrentTab(ReportsView::HistoryTab);
    QVERIFY(rowsShown(view));
    QVERIFY(view.selectMessage(m_completed));
    QVERIFY(selectionShown(view));
    QCoreApplication::processEvents();
    const QString japanesePath = screenshotPath(QStringLiteral("ui-reports-ja.png"));
    QVERIFY2(view.grab().save(japanesePath), qPrintable(japanesePath));
}

void TestReportsView::partnerHealthFailuresNameTheEndpoint()
{
    // Nothing listens on port 1 of the loopback: every stage fails at once.
    NetSettings settings = NetSettings::forSingleHost(QUrl(QStringLiteral("http://127.0.0.1:1")));
    settings.tenantId = kTenant.toString(QUuid::WithoutBraces);
    settings.clientId = QStringLiteral("client");
    settings.clientSecret = QStringLiteral("secret");
    settings.maxAttempts = 1;
    settings.requestTimeoutMs = 5000;
    NetworkServices network(settings);
    PartnerHealthService health(&network);
    PartnerHealthPanel panel(&health);
    QCOMPARE(health.status(PartnerHealthService::ManagementTokenStage), PartnerHealthService::Status::NotChecked);
    // Without a reporting engine there is no heartbeat to show.
    QVERIFY(!child(panel, "heartbeatStatus")->isVisibleTo(&panel));

    QSignalSpy finished(&health, &PartnerHealthService::checkFinished);
    QTest::mouseClick(child<QPushButton>(panel, "checkNowButton"), Qt::LeftButton);
    QCOMPARE(health.status(PartnerHealthService::DiscoveryStage), PartnerHealthService::Status::Pending);
    QVERIFY(child(panel, "discoveryStatus")->text().contains(QLatin1String("Pending")));
    QVERIFY(finished.wait(30000));
    for (int stage = 0; stage < PartnerHealthService::StageCount; ++stage)
        QCOMPARE(health.status(PartnerHealthService::Stage(stage)), PartnerHealthService::Status::Failed);
    QVERIFY(child(panel, "managementTokenStatus")->text().contains(QLatin1String("Failed")));
    const QString tokenError = child(panel, "managementTokenDetail")->text();
    QVERIFY2(tokenError.contains(QLatin1String("127.0.0.1:1")), qPrintable(tokenError));
    QVERIFY(!child(panel, "partnerStateDetail")->text().isEmpty());

    panel.resize(820, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString path = screenshotPath(QStringLiteral("ui-partner-health-failed.png"));
    QVERIFY2(panel.grab().save(path), qPrintable(path));
}

void TestReportsView::partnerHealthAgainstEmulator()
{
    EmulatorProcess tenant;
    QString error;
    QVERIFY2(tenant.start(EmulatorProcess::demoArguments(20, 7), &error), qPrintable(error));
    NetworkServices network(demoNetSettings(tenant));
    // The engine keeps the heartbeat; never started, so only the heartbeat sent below is known.
    ReportingEngine engine(m_store.get(), &network);
    // Created first, so it sees the tokens being issued and knows when they expire.
    PartnerHealthService health(&network, &engine, m_store.get());
    PartnerHealthPanel panel(&health);
    panel.resize(820, 420);
    QVERIFY(child(panel, "heartbeatStatus")->isVisibleTo(&panel));
    QTRY_VERIFY(child(panel, "heartbeatDetail")->text() == QLatin1String("Azure has not answered a heartbeat yet."));

    // Provisioned and a heartbeat sent: Graph reports the partner enabled.
    QString provisionError = QStringLiteral("pending");
    network.partner()->setProvisioning(
        PartnerComplianceClient::Provisioning::Provision, this, [&](const QString &e) { provisionError = e; });
    QTRY_VERIFY_WITH_TIMEOUT(provisionError != QLatin1String("pending"), 30000);
    QVERIFY2(provisionError.isEmpty(), qPrintable(provisionError));
    QString heartbeatError = QStringLiteral("pending");
    network.partner()->heartbeat(
        this, [&](const PartnerComplianceClient::HeartbeatResult &r) { heartbeatError = r.error; });
    QTRY_VERIFY_WITH_TIMEOUT(heartbeatError != QLatin1String("pending"), 30000);
    QVERIFY2(heartbeatError.isEmpty(), qPrintable(heartbeatError));

    QSignalSpy finished(&health, &PartnerHealthService::checkFinished);
    QTest::mouseClick(child<QPushButton>(panel, "checkNowButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    for (const char *stage : { "managementToken", "graphToken", "discovery", "partnerState" }) {
        QVERIFY2(child(panel, QByteArray(QByteArray(stage) + "Status").constData())
                     ->text()
                     .endsWith(QLatin1String(" OK")),
            qPrintable(child(panel, QByteArray(QByteArray(stage) + "Detail").constData())->text()));
    }
    for (int stage = 0; stage < PartnerHealthService::StageCount; ++stage)
        QCOMPARE(health.status(PartnerHealthService::Stage(stage)), PartnerHealthService::Status::Ok);
    QCOMPARE(child(panel, "managementTokenStatus")->text(), QString(QChar(0x2714)) + QStringLiteral(" OK"));
    QVERIFY(child(panel, "managementTokenDetail")->text().startsWith(QLatin1String("Expires ")));
    QVERIFY(child(panel, "graphTokenDetail")->text().contains(TokenProvider::graphScope()));
    const QString endpoints = child(panel, "discoveryDetail")->text();
    QVERIFY2(endpoints.contains(QLatin1String("PartnerTenantDataSyncService: http://127.0.0.1"))
            && endpoints.contains(QLatin1String("PartnerDeviceDataSyncService: http://127.0.0.1")),
        qPrintable(endpoints));
    const QString partner = child(panel, "partnerStateDetail")->text();
    QVERIFY2(partner.contains(QLatin1String("partner state enabled")), qPrintable(partner));
    QVERIFY2(
        partner.contains(QLatin1String("iOS onboarded: Yes; Android onboarded: Yes")), qPrintable(partner));
    QVERIFY2(!partner.contains(QLatin1String("never")), qPrintable(partner));
    QVERIFY(child(panel, "lastCheckLabel")->text().startsWith(QLatin1String("Last checked ")));

    // The engine's heartbeat, and the ResyncTimestamp Azure answered it with.
    const QDateTime answered = QDateTime::currentDateTimeUtc();
    const QDateTime resync = answered.addDays(-1).addMSecs(-answered.time().msec());
    emit engine.heartbeatAnswered(answered, QString(), resync);
    QCOMPARE(health.lastHeartbeat(), answered);
    QCOMPARE(health.resyncTimestamp(), resync);
    QCOMPARE(child(panel, "heartbeatStatus")->text(), QString(QChar(0x2714)) + QStringLiteral(" OK"));
    const QString heartbeat = child(panel, "heartbeatDetail")->text();
    QVERIFY2(heartbeat.startsWith(QLatin1String("Last answered: ")), qPrintable(heartbeat));
    QVERIFY2(heartbeat.contains(QLatin1String("ResyncTimestamp: ")) && !heartbeat.contains(QLatin1String("none")),
        qPrintable(heartbeat));
    // A failed heartbeat shows its error, and when Azure last answered.
    emit engine.heartbeatAnswered(answered.addSecs(3600), QStringLiteral("PartnerTenantHeartbeat: HTTP 503"), QDateTime());
    QVERIFY(child(panel, "heartbeatStatus")->text().contains(QLatin1String("Failed")));
    QVERIFY(child(panel, "heartbeatDetail")->text().startsWith(QLatin1String("PartnerTenantHeartbeat: HTTP 503\nLast answered: ")));
    QCOMPARE(health.lastHeartbeat(), answered);

    // Who syncs this database: this console (an engine without a leadership always leads),
    // another process, or nobody.
    QCOMPARE(health.leadership(), PartnerHealthService::Leadership::ThisConsole);
    QCOMPARE(child(panel, "syncLeaderStatus")->text(), QString(QChar(0x2714)) + QStringLiteral(" OK"));
    QVERIFY(child(panel, "syncLeaderDetail")->text().startsWith(QLatin1String("This console pulls the inventory")));
    SqliteLeaderLease other(m_store->location());
    SqliteLeaderLease ours(m_store->location());
    QVERIFY2(other.tryLead(&error) && ours.tryLead(&error), qPrintable(error));
    engine.setLeadership(&ours);
    emit ours.leadershipChanged(false);
    QCOMPARE(health.leadership(), PartnerHealthService::Leadership::Other);
    const QString leader = child(panel, "syncLeaderDetail")->text();
    QVERIFY2(leader.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid()))
            && leader.contains(QLatin1String("Report now goes out from there")),
        qPrintable(leader));
    other.stop();
    QVERIFY2(ours.readLeader(&error), qPrintable(error));
    emit ours.leadershipChanged(false);
    QCOMPARE(health.leadership(), PartnerHealthService::Leadership::Nobody);
    QVERIFY(child(panel, "syncLeaderStatus")->text().contains(QLatin1String("Attention")));

    // A service created after the tokens were issued only knows when they will be renewed.
    PartnerHealthService late(&network);
    QSignalSpy lateFinished(&late, &PartnerHealthService::checkFinished);
    late.checkNow();
    QVERIFY(lateFinished.wait(30000));
    QCOMPARE(late.status(PartnerHealthService::ManagementTokenStage), PartnerHealthService::Status::Ok);
    PartnerHealthPanel latePanel(&late);
    const QString cached = child(latePanel, "managementTokenDetail")->text();
    QVERIFY2(cached.startsWith(QLatin1String("Cached; renewed after ")), qPrintable(cached));

    // Shown: it was checked a moment ago, so showing does not start another check.
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!health.isChecking());
    const QString path = screenshotPath(QStringLiteral("ui-partner-health.png"));
    QVERIFY2(panel.grab().save(path), qPrintable(path));

    // Dates follow the UI language at run time.
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    QEvent localeChange(QEvent::LocaleChange);
    QCoreApplication::sendEvent(&panel, &localeChange);
    QVERIFY(child(panel, "partnerStateDetail")->text().contains(QStringLiteral("年")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::sendEvent(&panel, &localeChange);
    tenant.stop();
}

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
