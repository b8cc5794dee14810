#include "app/console/consoleservices.h"
#include "app/demo/demofleetgenerator.h"
#include "app/demo/demofleetwriter.h"
#include "app/i18n/languageswitcher.h"
#include "app/inventory/deviceinventory.h"
#include "app/net/networkservices.h"
#include "app/policy/policyservice.h"
#include "app/reporting/reportingengine.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/tenant/demotenant.h"
#include "tests/emulatornetsettings.h"
#include "models/auditlogmodel.h"
#include "ui/auditlogview.h"
#include "ui/mainwindow.h"
#include "ui/policyeditor.h"
#include "ui/policypreviewview.h"

#include <QApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// The policy editor, its preview and fleet impact, read-only for helpdesk, and the audit
// log view; each grabbed to PNG when ASC_PNG_DIR is set.
class TestPolicyEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validationNamesTheProblem();
    void undoRestoresTheSavedPolicies();
    void unsavedChangesAskFirst();
    void fleetImpactMatchesTheFleet();
    void impactSaysWhyTheFleetIsMissing();
    void previewShowsWhatAzureReceives();
    void helpdeskSeesItReadOnly();
    void auditLogFiltersAndExports();
    void saveFromTheEditorReachesAzure();
    void closingAfterSaveWaitsForTheMdm();

private:
    std::unique_ptr<PolicyService> service(NetworkServices *network);
    void grab(QWidget *widget, const QString &name);
    int rowOfPolicy(PolicyEditor &editor, qint64 id);

    EmulatorProcess m_tenant;
    QTemporaryDir m_dir;
    std::shared_ptr<SqliteStore> m_store;
    std::unique_ptr<NetworkServices> m_author;
    std::unique_ptr<NetworkServices> m_helpdesk;
    static constexpr int kDevices = 3000;
};

std::unique_ptr<PolicyService> TestPolicyEditor::service(NetworkServices *network)
{
    auto result = std::make_unique<PolicyService>(m_store, network, nullptr);
    QSignalSpy role(result.get(), &PolicyService::roleChanged);
    result->refreshRole();
    role.wait(10000);
    return result;
}

void TestPolicyEditor::grab(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ASC_PNG_DIR");
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    if (!folder.isEmpty())
        QVERIFY(pixmap.save(folder + u'/' + name + QStringLiteral(".png")));
}

int TestPolicyEditor::rowOfPolicy(PolicyEditor &editor, qint64 id)
{
    const QList<CompliancePolicy> policies = editor.policies();
    for (int row = 0; row < policies.size(); ++row) {
        if (policies.at(row).id == id)
            return row;
    }
    return -1;
}

void TestPolicyEditor::initTestCase()
{
    QString error;
    QVERIFY2(m_tenant.start(EmulatorProcess::demoArguments(400, 1) + QStringList{QStringLiteral("--processing-ms"), QStringLiteral("50")}, &error),
             qPrintable(error));
    m_store = std::make_shared<SqliteStore>(m_dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(m_store->open(&error), qPrintable(error));
    DemoFleetGenerator generator(1);
    QVERIFY2(DemoFleetWriter::write(generator, *m_store, kDevices, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    m_author = std::make_unique<NetworkServices>(demoNetSettings(m_tenant));
    NetSettings helpdesk = demoNetSettings(m_tenant);
    helpdesk.mdmUser = QStringLiteral("helpdesk");
    m_helpdesk = std::make_unique<NetworkServices>(helpdesk);
}

void TestPolicyEditor::validationNamesTheProblem()
{
    const auto author = service(m_author.get());
    PolicyEditor editor(author.get());
    editor.resize(1400, 800);
    QVERIFY(!editor.isReadOnly());
    const int row = rowOfPolicy(editor, 4);
    QVERIFY(row >= 0);
    editor.selectPolicy(row);
    auto *save = editor.findChild<QPushButton *>(QStringLiteral("savePolicies"));
    QVERIFY(save);
    QVERIFY(!save->isEnabled()); // nothing to save yet

    CompliancePolicy policy = editor.policies().at(row);
    policy.steps = {{ComplianceAction::SendAlert, 0}, {ComplianceAction::SendAlert, 3}};
    editor.editPolicy(policy, QStringLiteral("duplicate"));
    QVERIFY2(editor.validationMessage().contains(QStringLiteral("twice")), qPrintable(editor.validationMessage()));
    QVERIFY(!save->isEnabled());
    auto *message = editor.findChild<QLabel *>(QStringLiteral("validationMessage"));
    QCOMPARE(message->text(), editor.validationMessage());
    grab(&editor, QStringLiteral("policy-editor-invalid"));

    policy.steps = {{ComplianceAction::SendAlert, 5}, {ComplianceAction::Quarantine, 2}};
    editor.editPolicy(policy, QStringLiteral("order"));
    QVERIFY2(editor.validationMessage().contains(QStringLiteral("out of order")), qPrintable(editor.validationMessage()));

    policy.steps = {{ComplianceAction::SendAlert, 0}};
    policy.rule = PolicyRule::OsBelowMinimum;
    policy.parameter.clear();
    editor.editPolicy(policy, QStringLiteral("parameter"));
    QVERIFY2(editor.validationMessage().contains(QStringLiteral("needs a parameter")),
             qPrintable(editor.validationMessage()));

    policy.parameter = QStringLiteral("16.0");
    editor.editPolicy(policy, QStringLiteral("fixed"));
    QVERIFY(editor.validationMessage().isEmpty());
    QVERIFY(editor.isModified());
    QVERIFY(save->isEnabled());
    // The fleet impact says what it cannot count: which devices violate the changed rule.
    auto *summary = editor.findChild<QLabel *>(QStringLiteral("impactSummary"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isImpactRunning() && summary->text().contains(QStringLiteral("the MDM decides")),
                             30000);
    QVERIFY(summary->text().contains(policy.name));
}

void TestPolicyEditor::undoRestoresTheSavedPolicies()
{
    const auto author = service(m_author.get());
    PolicyEditor editor(author.get());
    const QList<CompliancePolicy> saved = editor.policies();
    const int row = rowOfPolicy(editor, 2);
    editor.selectPolicy(row);
    CompliancePolicy policy = saved.at(row);
    policy.name = QStringLiteral("Renamed");
    editor.editPolicy(policy, QStringLiteral("rename"));
    policy.steps.removeLast();
    editor.editPolicy(policy, QStringLiteral("remove step"));
    // The form follows the working copy.
    QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("policyName"))->text(), QStringLiteral("Renamed"));
    QCOMPARE(editor.findChild<QTableWidget *>(QStringLiteral("policySteps"))->rowCount(), policy.steps.size());
    QVERIFY(editor.isModified());
    QCOMPARE(editor.undoStack()->count(), 2);
    editor.undoStack()->undo();
    QCOMPARE(editor.policies().at(row).steps, saved.at(row).steps);
    QCOMPARE(editor.policies().at(row).name, QStringLiteral("Renamed"));
    editor.undoStack()->undo();
    QVERIFY(!editor.isModified());
    QVERIFY(FleetImpact::samePolicy(editor.policies().at(row), saved.at(row)));
    editor.undoStack()->redo();
    QCOMPARE(editor.policies().at(row).name, QStringLiteral("Renamed"));
    // maybeSave() without changes asks nothing.
    editor.undoStack()->undo();
    QVERIFY(editor.maybeSave());
}

void TestPolicyEditor::unsavedChangesAskFirst()
{
    const auto author = service(m_author.get());
    PolicyEditor editor(author.get());
    const QList<CompliancePolicy> saved = editor.policies();
    editor.selectPolicy(0);
    CompliancePolicy policy = saved.at(0);
    policy.name = QStringLiteral("Changed");
    editor.editPolicy(policy, QStringLiteral("rename"));
    // Answers the question box once it is up, with the given button.
    QString question;
    const auto answer = [&question](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [&question, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    QVERIFY(!editor.maybeSave());
    QVERIFY(question.contains(QStringLiteral("unsaved")));
    QVERIFY(editor.isModified());
    QCOMPARE(editor.policies().at(0).name, QStringLiteral("Changed"));
    answer(QMessageBox::Discard);
    QVERIFY(editor.maybeSave());
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.policies().at(0).name, saved.at(0).name);
}

void TestPolicyEditor::fleetImpactMatchesTheFleet()
{
    const auto author = service(m_author.get());
    PolicyEditor editor(author.get());
    editor.resize(1400, 800);
    QSignalSpy updated(&editor, &PolicyEditor::impactUpdated);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isImpactRunning(), 30000);
    updated.clear();

    const int row = rowOfPolicy(editor, 4);
    editor.selectPolicy(row);
    CompliancePolicy policy = editor.policies().at(row);
    const QHash<qint64, CompliancePolicy> before = author->policies(nullptr);
    policy.steps.first().action = ComplianceAction::Quarantine;
    // Several edits in a row: each restarts the computation; the last one wins.
    policy.steps.last().waitDays = 5;
    editor.editPolicy(policy, QStringLiteral("wait"));
    policy.steps.last().waitDays = 2;
    editor.editPolicy(policy, QStringLiteral("quarantine"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isImpactRunning() && updated.count() > 0, 30000);

    FleetSnapshot fleet;
    QString error;
    QVERIFY2(author->loadFleet(&fleet, &error), qPrintable(error));
    QHash<qint64, CompliancePolicy> after = before;
    after.insert(4, policy);
    const FleetImpact expected = FleetImpact::compute(fleet, before, after, QDateTime::currentDateTimeUtc());
    const FleetImpact &shown = editor.fleetImpact();
    QVERIFY(expected.toNonCompliant > 0);
    QCOMPARE(shown.toNonCompliant, expected.toNonCompliant);
    QCOMPARE(shown.toCompliant, expected.toCompliant);
    QCOMPARE(shown.toRemoved, expected.toRemoved);
    auto *list = editor.findChild<QTableWidget *>(QStringLiteral("impactList"));
    QCOMPARE(list->rowCount(), std::min(expected.changedDevices(), 1000));
    auto *summary = editor.findChild<QLabel *>(QStringLiteral("impactSummary"));
    QVERIFY(summary->text().contains(QString::number(expected.toNonCompliant)));
    QVERIFY(!summary->text().contains(QStringLiteral("the MDM decides"))); // only the actions changed

    // A device of the list previews on click.
    list->setCurrentCell(0, 0);
    QVERIFY(editor.preview()->payload()->toPlainText().contains(QStringLiteral("notCompliant")));
    grab(&editor, QStringLiteral("policy-editor-impact"));
}

// The fleet cannot be read (here a store without its tables): the impact says so instead of
// staying blank or counting an empty fleet.
void TestPolicyEditor::impactSaysWhyTheFleetIsMissing()
{
    auto empty = std::make_shared<SqliteStore>(m_dir.filePath(QStringLiteral("no-tables.sqlite")));
    PolicyService broken(empty, nullptr, nullptr);
    PolicyEditor editor(&broken);
    auto *summary = editor.findChild<QLabel *>(QStringLiteral("impactSummary"));
    QVERIFY(!summary->text().isEmpty()); // "Reading the fleet..." at once, never blank
    // The future ends before its watcher tells the editor: wait for what the editor shows.
    QTRY_VERIFY2_WITH_TIMEOUT(summary->text().startsWith(QStringLiteral("The fleet impact is not available: ")),
        qPrintable(summary->text()), 30000);
    QVERIFY2(summary->text().contains(QStringLiteral("no-tables.sqlite")), qPrintable(summary->text()));
}

void TestPolicyEditor::previewShowsWhatAzureReceives()
{
    const auto author = service(m_author.get());
    PolicyEditor editor(author.get());
    editor.resize(1400, 800);
    // A device violating the jailbreak policy (Send Alert, Quarantine after 1 day, Retire after 30).
    FleetSnapshot fleet;
    QString error;
    QVERIFY(author->loadFleet(&fleet, &error));
    qint64 deviceId = 0;
    for (int row = 0; row < fleet.size() && deviceId == 0; ++row) {
        for (const Violation &violation : fleet.violations(row)) {
            if (violation.policyId == 1 && violation.since.daysTo(QDateTime::currentDateTimeUtc()) < 20)
                deviceId = fleet.id(row);
        }
    }
    QVERIFY(deviceId > 0);
    editor.setPreviewDevice(deviceId);
    const std::optional<DeviceRecord> device = author->device(deviceId, &error);
    QVERIFY(device);
    const PolicyPreview expected = PolicyPreview::build(*device, author->policies(&error),
                                                        QDateTime::currentDateTimeUtc(), author->tenantId());
    auto *outcome = editor.preview()->findChild<QLabel *>(QStringLiteral("previewOutcome"));
    QCOMPARE(outcome->text(), ComplianceActions::outcomeName(expected.evaluation.outcome));
    QCOMPARE(editor.preview()->timeline()->rowCount(), expected.timeline.size());
    QVERIFY(editor.preview()->timeline()->rowCount() >= 2); // today and the Retire step to come
    const QString payload = editor.preview()->payload()->toPlainText();
    QVERIFY(payload.contains(QStringLiteral("\"TenantId\"")));
    QVERIFY(payload.contains(device->azureDeviceId.toString()));
    grab(editor.preview(), QStringLiteral("policy-preview"));

    // Editing the policy changes the preview before anything is saved.
    const int row = rowOfPolicy(editor, 1);
    editor.selectPolicy(row);
    CompliancePolicy policy = editor.policies().at(row);
    policy.steps = {{ComplianceAction::Retire, 0}};
    editor.editPolicy(policy, QStringLiteral("retire"));
    QCOMPARE(outcome->text(), ComplianceActions::outcomeName(AzureOutcome::RemovedFromAzure));
    QVERIFY(editor.preview()->payload()->toPlainText().contains(QStringLiteral("notManaged")));
}

void TestPolicyEditor::helpdeskSeesItReadOnly()
{
    const auto helpdesk = service(m_helpdesk.get());
    QCOMPARE(helpdesk->role(), PolicyService::Role::Helpdesk);
    PolicyEditor editor(helpdesk.get());
    editor.resize(1400, 800);
    QVERIFY(editor.isReadOnly());
    auto *banner = editor.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->text().contains(QStringLiteral("helpdesk")));
    QVERIFY(!editor.findChild<QLineEdit *>(QStringLiteral("policyName"))->isEnabled());
    QVERIFY(!editor.findChild<QPushButton *>(QStringLiteral("savePolicies"))->isEnabled());
    const QList<CompliancePolicy> before = editor.policies();
    editor.selectPolicy(0);
    CompliancePolicy policy = before.at(0);
    policy.steps = {{ComplianceAction::Retire, 0}};
    editor.editPolicy(policy, QStringLiteral("forced"));
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.undoStack()->count(), 0);
    editor.setPreviewDevice(1); // the preview still works for helpdesk
    QVERIFY(!editor.preview()->payload()->toPlainText().isEmpty());
    grab(&editor, QStringLiteral("policy-editor-helpdesk"));
}

void TestPolicyEditor::auditLogFiltersAndExports()
{
    QString error;
    QVERIFY(m_store->auditLog().appendAudit(QStringLiteral("admin"), QStringLiteral("policy-change"),
                                 QStringLiteral("Storage encryption (#4)"),
                                 QStringLiteral("Actions: Send Alert now → Quarantine now"), &error));
    QVERIFY(m_store->auditLog().appendAudit(QStringLiteral("helpdesk"), QStringLiteral("report-now"), QStringLiteral("12,13"),
                                 QString(), &error));
    QVERIFY(m_store->auditLog().appendAudit(QStringLiteral("admin"), QStringLiteral("policy-change"),
                                 QStringLiteral("=HYPERLINK(\"x\") (#9)"), QStringLiteral("Name: a → b"), &error));
    const auto author = service(m_author.get());
    AuditLogView view(author.get());
    // The entries are read on the service's thread.
    QSignalSpy refreshed(&view, &AuditLogView::refreshed);
    QVERIFY(refreshed.wait(10000));
    view.resize(1100, 400);
    QCOMPARE(view.model()->rowCount(), 3);
    QCOMPARE(view.model()->entry(0).target, QStringLiteral("=HYPERLINK(\"x\") (#9)")); // newest first
    QCOMPARE(view.model()->data(view.model()->index(1, AuditLogModel::Action)).toString(), QStringLiteral("Report now"));
    QCOMPARE(view.model()->data(view.model()->index(1, AuditLogModel::Target)).toString(), QStringLiteral("Devices 12, 13"));
    grab(&view, QStringLiteral("audit-log"));

    view.setFilter(QStringLiteral("quarantine"));
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->entry(0).target, QStringLiteral("Storage encryption (#4)"));

    view.setFilter({});
    QVERIFY(refreshed.wait(10000));
    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    QVERIFY2(view.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // a BOM, so spreadsheet programs read UTF-8
    const QString csv = QString::fromUtf8(bytes);
    QCOMPARE(csv.count(QStringLiteral("\r\n")), 4); // header + 3
    QVERIFY(csv.contains(QStringLiteral("Send Alert now → Quarantine now")));
    QVERIFY(!csv.contains(QStringLiteral(",=HYPERLINK"))); // neutralised for spreadsheets
    // A folder that does not exist: a clear error and no file.
    QVERIFY(!view.exportCsv(m_dir.filePath(QStringLiteral("missing/audit.csv")), &error));
    QVERIFY(error.contains(QStringLiteral("missing")));
}

// A policy author's walk-through: change "Send Alert" to "Quarantine", see the impact, save,
// and watch the affected devices become Non-compliant in Azure (the emulator).
void TestPolicyEditor::saveFromTheEditorReachesAzure()
{
    QTemporaryDir dir;
    auto store = std::make_shared<SqliteStore>(dir.filePath(QStringLiteral("synced.sqlite")));
    QString error;
    QVERIFY2(store->open(&error), qPrintable(error));
    NetworkServices network(demoNetSettings(m_tenant));
    ReportingEngine engine(store.get(), &network);
    ReportingSettings settings;
    settings.tenantId = DemoTenant::tenantId();
    settings.confirmPollMs = 50;
    settings.confirmPollCapMs = 200;
    engine.setSettings(settings);
    engine.start();
    QSignalSpy synced(&engine, &ReportingEngine::syncFinished);
    engine.sync();
    QVERIFY(synced.wait(60000));
    QVERIFY2(synced.first().at(0).toBool(), qPrintable(synced.first().at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(engine.isIdle(), 60000);

    PolicyService service(store, &network, &engine);
    QSignalSpy role(&service, &PolicyService::roleChanged);
    service.refreshRole();
    QVERIFY(role.wait(10000));
    PolicyEditor editor(&service);
    editor.resize(1400, 800);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isImpactRunning(), 30000);
    const int row = rowOfPolicy(editor, 4);
    editor.selectPolicy(row);
    CompliancePolicy policy = editor.policies().at(row);
    QCOMPARE(policy.steps.first().action, ComplianceAction::SendAlert);
    policy.steps.first().action = ComplianceAction::Quarantine;
    QSignalSpy updated(&editor, &PolicyEditor::impactUpdated);
    editor.editPolicy(policy, QStringLiteral("quarantine"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isImpactRunning() && updated.count() > 0, 30000);
    const FleetImpact impact = editor.fleetImpact();
    QVERIFY(impact.toNonCompliant > 0);

    QSignalSpy saved(&editor, &PolicyEditor::saveFinished);
    editor.save();
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
    QVERIFY(!editor.isModified());
    QTRY_VERIFY_WITH_TIMEOUT(engine.isIdle(), 60000);

    int checked = 0;
    for (const FleetImpact::Change &change : impact.changes) {
        const std::optional<DeviceRecord> device = store->devices().loadDevice(change.deviceId, &error);
        QVERIFY(device);
        if (!ReportPlanner::canReport(*device))
            continue;
        const QJsonObject last = m_tenant.adminGet(QStringLiteral("/admin/devices/") + device->azureDeviceId.toString(),
                                                   {QStringLiteral("last")})
                                     .value(QStringLiteral("last"))
                                     .toObject();
        QCOMPARE(last.value(QStringLiteral("compliance")).toObject().value(QStringLiteral("complianceStatus")).toString(),
                 QStringLiteral("notCompliant"));
        QCOMPARE(device->complianceStatus, AzureComplianceStatus::Successful);
        ++checked;
    }
    QVERIFY(checked > 0);
    grab(&editor, QStringLiteral("policy-editor-saved"));
}

// Closing the window with unsaved edits and answering Save: the window stays open until
// the MDM took the policy and the store has it, then closes.
void TestPolicyEditor::closingAfterSaveWaitsForTheMdm()
{
    QTemporaryDir dir;
    auto store = std::make_shared<SqliteStore>(dir.filePath(QStringLiteral("closing.sqlite")));
    QString error;
    QVERIFY2(store->open(&error), qPrintable(error));
    DemoFleetGenerator generator(1);
    QVERIFY2(DemoFleetWriter::write(generator, *store, 50, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    DeviceInventory inventory(store);
    LanguageSwitcher languages;
    NetworkServices network(demoNetSettings(m_tenant));
    PolicyService service(store, &network, nullptr);
    QSignalSpy role(&service, &PolicyService::roleChanged);
    service.refreshRole();
    QVERIFY(role.wait(10000));
    ConsoleServices services(store, &inventory, &languages, &network);
    MainWindow window(&services);
    window.addPolicyViews(&service);
    window.show();
    auto *editor = window.findChild<PolicyEditor *>();
    QVERIFY(editor);
    QVERIFY(!editor->isReadOnly());
    const int row = rowOfPolicy(*editor, 5);
    QVERIFY(row >= 0);
    editor->selectPolicy(row);
    CompliancePolicy policy = editor->policies().at(row);
    policy.name = QStringLiteral("Renamed while closing");
    editor->editPolicy(policy, QStringLiteral("rename"));
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Save)->click();
    });
    QSignalSpy saved(editor, &PolicyEditor::saveFinished);
    QVERIFY(!window.close()); // the MDM has not answered yet
    QVERIFY(window.isVisible());
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 5000);
    QCOMPARE(store->policies().loadPolicies(&error).value(5).name, QStringLiteral("Renamed while closing"));
}

QTEST_MAIN(TestPolicyEditor)
#include "tst_policyeditor.moc"
