#include "app/storage/sqlite/sqlitestore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
DeviceRecord device(qint64 id)
{
    DeviceRecord d;
    d.id = id;
    d.name = QStringLiteral("Device %1").arg(id);
    d.user = QStringLiteral("user%1@contoso.com").arg(id);
    d.platform = Platform::iOS;
    d.clientStatus = AzureClientStatus(AzureClientStatus::Code::Success);
    d.azureDeviceId = AzureDeviceId::fromUuid(QUuid::createUuid());
    return d;
}

OutboxDevice part(qint64 id, AzureOutcome outcome = AzureOutcome::NonCompliant)
{
    OutboxDevice p;
    p.deviceId = id;
    p.outcome = outcome;
    p.fingerprint = QStringLiteral("fp%1").arg(id);
    p.entities.append(QJsonObject{{QStringLiteral("EntityType"), 4}, {QStringLiteral("DeviceId"), QString::number(id)}});
    return p;
}

const QDateTime kNow(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
} // namespace

class TestReportOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void enqueueBatchesAndFixesPayload();
    void badBatchSizeWritesNothing();
    void completedMakesDevicesSuccessful();
    void failedKeepsReason();
    void newerReportKeepsInProgress();
    void retryIsDueLater();
    void confirmationTwiceChangesNothing();
    void historyIsTheTimeline();
    void inventorySyncKeepsReportingState();
    void forEachDeviceReadsReportState();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
    ReportOutbox *m_outbox = nullptr;
    const QUuid m_tenant = QUuid(QStringLiteral("{11111111-2222-3333-4444-555555555555}"));
};

void TestReportOutbox::init()
{
    m_outbox = nullptr;
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<SqliteStore>(m_dir->filePath(QStringLiteral("store.sqlite")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    QList<DeviceRecord> devices;
    for (qint64 id = 1; id <= 10; ++id)
        devices.append(device(id));
    QVERIFY2(m_store->devices().upsertDevices(devices, &error), qPrintable(error));
    m_outbox = &m_store->outbox();
}

void TestReportOutbox::enqueueBatchesAndFixesPayload()
{
    QList<OutboxDevice> parts;
    for (qint64 id = 1; id <= 10; ++id)
        parts.append(part(id));
    QList<QUuid> ids;
    QString error;
    QVERIFY2(m_outbox->enqueue(QStringLiteral("weekly"), parts, m_tenant, 4, kNow, &ids, &error), qPrintable(error));
    QCOMPARE(ids.size(), 3); // 4 + 4 + 2
    QCOMPARE(m_outbox->deviceIds(ids[2], &error), (QList<qint64>{9, 10}));
    const QList<QUuid> due = m_outbox->due(kNow, 100, &error);
    QCOMPARE(due, ids);
    const std::optional<OutboxMessage> first = m_outbox->message(due.first(), &error);
    QVERIFY2(first, qPrintable(error));
    const QJsonObject body = QJsonDocument::fromJson(first->body).object();
    QCOMPARE(body.value(QStringLiteral("TenantId")).toString(), m_tenant.toString(QUuid::WithoutBraces));
    QVERIFY(body.value(QStringLiteral("UploadTime")).toString().startsWith(QStringLiteral("2026-11-23T10:00:00")));
    const QJsonArray content = QJsonDocument::fromJson(body.value(QStringLiteral("Content")).toString().toUtf8()).array();
    QCOMPARE(content.size(), first->deviceCount);
    QCOMPARE(m_store->devices().loadDevice(3, &error)->complianceStatus, AzureComplianceStatus::InProgress);
    QCOMPARE(m_outbox->counts(&error).pending, 3);
    // Lists leave the payload out; one message carries it.
    const QList<OutboxMessage> listed = m_outbox->messages({OutboxMessage::State::Pending}, 10, &error);
    QCOMPARE(listed.size(), 3);
    QVERIFY(listed.first().body.isEmpty());
    QCOMPARE(m_outbox->message(listed.first().id, &error)->body.isEmpty(), false);
}

void TestReportOutbox::badBatchSizeWritesNothing()
{
    QString error;
    QVERIFY(!m_outbox->enqueue(QStringLiteral("manual"), {part(1)}, m_tenant, 0, kNow, nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("batch size")));
    QCOMPARE(m_outbox->counts(&error).pending, 0);
    QCOMPARE(m_store->devices().loadDevice(1, &error)->complianceStatus, AzureComplianceStatus::None);
}

void TestReportOutbox::completedMakesDevicesSuccessful()
{
    QList<QUuid> ids;
    QString error;
    QVERIFY(m_outbox->enqueue(QStringLiteral("compliance"), {part(1), part(2)}, m_tenant, 10, kNow, &ids, &error));
    QVERIFY(m_outbox->markSent(ids[0], kNow.addSecs(1), &error));
    QCOMPARE(m_outbox->awaitingConfirmation(10, &error), QList<QUuid>{ids[0]});
    QVERIFY(m_outbox->due(kNow.addSecs(5), 10, &error).isEmpty());
    QVERIFY2(m_outbox->markCompleted(ids[0], kNow.addSecs(2), &error), qPrintable(error));
    const DeviceRecord d = *m_store->devices().loadDevice(2, &error);
    QCOMPARE(d.complianceStatus, AzureComplianceStatus::Successful);
    QCOMPARE(d.reportTime, kNow.addSecs(2));
    QCOMPARE(m_outbox->message(ids[0], &error)->state, OutboxMessage::State::Completed);
    QCOMPARE(m_outbox->message(ids[0], &error)->attempts, 1);
}

void TestReportOutbox::failedKeepsReason()
{
    QList<QUuid> ids;
    QString error;
    QVERIFY(m_outbox->enqueue(QStringLiteral("manual"), {part(4)}, m_tenant, 10, kNow, &ids, &error));
    QVERIFY(m_outbox->markFailed(ids[0], QStringLiteral("DeviceId not found"), kNow, &error));
    const DeviceRecord d = *m_store->devices().loadDevice(4, &error);
    QCOMPARE(d.complianceStatus, AzureComplianceStatus::Failed);
    QCOMPARE(d.reportError, QStringLiteral("DeviceId not found"));
    QCOMPARE(m_outbox->counts(&error).failed, 1);
}

void TestReportOutbox::newerReportKeepsInProgress()
{
    QList<QUuid> first;
    QList<QUuid> second;
    QString error;
    QVERIFY(m_outbox->enqueue(QStringLiteral("inventory"), {part(5)}, m_tenant, 10, kNow, &first, &error));
    QVERIFY(m_outbox->enqueue(QStringLiteral("compliance"), {part(5)}, m_tenant, 10, kNow.addSecs(1), &second, &error));
    QVERIFY(m_outbox->markCompleted(first[0], kNow.addSecs(3), &error));
    DeviceRecord d = *m_store->devices().loadDevice(5, &error);
    QCOMPARE(d.complianceStatus, AzureComplianceStatus::InProgress);
    QCOMPARE(d.reportTime, kNow.addSecs(3));
    QVERIFY(m_outbox->markCompleted(second[0], kNow.addSecs(4), &error));
    d = *m_store->devices().loadDevice(5, &error);
    QCOMPARE(d.complianceStatus, AzureComplianceStatus::Successful);
    QCOMPARE(d.reportTime, kNow.addSecs(4));
}

void TestReportOutbox::retryIsDueLater()
{
    QList<QUuid> ids;
    QString error;
    QVERIFY(m_outbox->enqueue(QStringLiteral("manual"), {part(6)}, m_tenant, 10, kNow, &ids, &error));
    QVERIFY(m_outbox->markRetry(ids[0], kNow.addSecs(60), QStringLiteral("503"), kNow, &error));
    QVERIFY(m_outbox->due(kNow.addSecs(59), 10, &error).isEmpty());
    const QList<QUuid> due = m_outbox->due(kNow.addSecs(60), 10, &error);
    QCOMPARE(due, ids);
    const std::optional<OutboxMessage> message = m_outbox->message(due.first(), &error);
    QVERIFY2(message, qPrintable(error));
    QCOMPARE(message->lastError, QStringLiteral("503"));
    QCOMPARE(message->attempts, 1);
}

void TestReportOutbox::confirmationTwiceChangesNothing()
{
    QList<QUuid> ids;
    QString error;
    QVERIFY(m_outbox->enqueue(QStringLiteral("manual"), {part(7)}, m_tenant, 10, kNow, &ids, &error));
    QVERIFY(m_outbox->markCompleted(ids[0], kNow.addSecs(1), &error));
    QVERIFY(m_outbox->markFailed(ids[0], QStringLiteral("late failure"), kNow.addSecs(2), &error));
    QCOMPARE(m_outbox->message(ids[0], &error)->state, OutboxMessage::State::Completed);
    QCOMPARE(m_store->devices().loadDevice(7, &error)->complianceStatus, AzureComplianceStatus::Successful);
}

void TestReportOutbox::historyIsTheTimeline()
{
    QList<QUuid> ids;
    QString error;
    QVERIFY(m_outbox->enqueue(QStringLiteral("manual"), {part(8), part(9)}, m_tenant, 10, kNow, &ids, &error));
    QVERIFY(m_outbox->markSent(ids[0], kNow.addSecs(1), &error));
    QVERIFY(m_outbox->markCompleted(ids[0], kNow.addSecs(2), &error));
    const QList<ReportEvent> events = m_outbox->history(8, 10, &error);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].event, QStringLiteral("completed"));
    QCOMPARE(events[1].event, QStringLiteral("sent"));
    QCOMPARE(events[2].event, QStringLiteral("queued"));
    QCOMPARE(events[2].messageId, ids[0]);
    // Why it was queued and what Azure receives, as data for the view to translate.
    QCOMPARE(events[2].trigger, QStringLiteral("manual"));
    QCOMPARE(events[2].outcome, std::optional<AzureOutcome>(part(8).outcome));
    QVERIFY(events[2].detail.isEmpty());
}

void TestReportOutbox::inventorySyncKeepsReportingState()
{
    QList<QUuid> ids;
    QString error;
    QVERIFY(m_outbox->enqueue(QStringLiteral("manual"), {part(1)}, m_tenant, 10, kNow, &ids, &error));
    QVERIFY(m_outbox->markCompleted(ids[0], kNow, &error));
    DeviceRecord fromMdm = device(1);
    fromMdm.name = QStringLiteral("Renamed");
    QVERIFY(m_store->devices().upsertDevices({fromMdm}, &error, DeviceStore::UpsertMode::InventoryOnly));
    const DeviceRecord stored = *m_store->devices().loadDevice(1, &error);
    QCOMPARE(stored.name, QStringLiteral("Renamed"));
    QCOMPARE(stored.complianceStatus, AzureComplianceStatus::Successful);
    QCOMPARE(stored.reportTime, kNow);
}

void TestReportOutbox::forEachDeviceReadsReportState()
{
    QString error;
    QVERIFY(m_outbox->enqueue(QStringLiteral("manual"), {part(2, AzureOutcome::RemovedFromAzure)}, m_tenant, 10, kNow,
                              nullptr, &error));
    QHash<qint64, DeviceStore::ReportState> seen;
    QVERIFY2(m_store->devices().forEachDevice({2, 3},
                                    [&seen](const DeviceRecord &d, const DeviceStore::ReportState &state) {
                                        seen.insert(d.id, state);
                                        return true;
                                    },
                                    &error),
             qPrintable(error));
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.value(2).reportedOutcome, std::optional<AzureOutcome>(AzureOutcome::RemovedFromAzure));
    QCOMPARE(seen.value(2).reportedFingerprint, QStringLiteral("fp2"));
    QVERIFY(!seen.value(3).reportedOutcome.has_value());
    int all = 0;
    QVERIFY(m_store->devices().forEachDevice({}, [&all](const DeviceRecord &, const DeviceStore::ReportState &) { return ++all < 100; },
                                   &error));
    QCOMPARE(all, 10);
}

QTEST_GUILESS_MAIN(TestReportOutbox)
#include "tst_reportoutbox.moc"
