#include "ui/mainwindow.h"

#include "app/console/consoleservices.h"
#include "app/i18n/languageswitcher.h"
#include "app/import/csvdevicelookup.h"
#include "app/inventory/deviceinventory.h"
#include "app/reporting/reporthistory.h"
#include "app/reporting/reportingengine.h"
#include "app/settings/consolesettings.h"
#include "app/settings/settingsservice.h"
#include "app/policy/policyservice.h"
#include "models/devicecsvwriter.h"
#include "models/devicefiltermodel.h"
#include "models/devicelistmodel.h"
#include "ui/auditlogview.h"
#include "ui/csvreportdialog.h"
#include "ui/devicedetailsview.h"
#include "ui/devicelistpanel.h"
#include "ui/partnerhealthpanel.h"
#include "ui/policyeditor.h"
#include "ui/reportsview.h"
#include "ui/translatorcheckview.h"
#include "ui/settingsdialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUuid>

namespace {
const QString kSavedViewsKey = QStringLiteral("deviceList/savedViews");
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

MainWindow::MainWindow(ConsoleServices *services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_inventory(services->inventory())
    , m_languages(services->languages())
    , m_engine(services->engine())
    , m_model(new DeviceListModel(this))
    , m_list(new DeviceListPanel(m_model, this))
    , m_details(new DeviceDetailsView(this))
    , m_tabs(new QTabWidget(this))
    , m_rowCount(new QLabel(this))
    , m_loadStage(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_sending(new QLabel(this))
    , m_liveState(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({820, 580});
    m_details->setMinimumWidth(360);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, QString());
    if (services->reportHistory()) {
        m_reports = new ReportsView(services->reportHistory(), this);
        m_tabs->addTab(m_reports, QString());
    }
    if (services->partnerHealth()) {
        m_health = new PartnerHealthPanel(services->partnerHealth(), this);
        m_tabs->addTab(m_health, QString());
    }
    setCentralWidget(m_tabs);

    m_rowCount->setObjectName(QStringLiteral("rowCount"));
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    statusBar()->addWidget(m_loadStage);
    statusBar()->addWidget(m_progress);
    statusBar()->addWidget(m_sending);
    m_sending->setObjectName(QStringLiteral("sendingState"));
    statusBar()->addWidget(m_liveState);
    m_liveState->setObjectName(QStringLiteral("liveUpdatesState"));
    m_liveState->hide();
    connect(services, &ConsoleServices::liveUpdatesChanged, this, &MainWindow::onLiveUpdatesChanged);
    statusBar()->addPermanentWidget(m_rowCount);

    createMenus();
    loadSavedViews();

    connect(m_list, &DeviceListPanel::currentDeviceChanged, this, &MainWindow::showDevice);
    connect(m_list, &DeviceListPanel::columnVisibilityChanged, this, &MainWindow::rebuildColumnMenu);
    connect(m_list->filterModel(), &QAbstractItemModel::modelReset, this, &MainWindow::updateRowCount);
    connect(m_list->filterModel(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateRowCount);
    connect(m_inventory, &DeviceInventory::tableLoaded, this, &MainWindow::onTableLoaded);
    connect(m_inventory, &DeviceInventory::loadProgress, this, &MainWindow::onLoadProgress);
    connect(m_inventory, &DeviceInventory::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_inventory, &DeviceInventory::devicesUpdated, this, &MainWindow::onDevicesUpdated);
    connect(m_inventory, &DeviceInventory::deviceRead, this, &MainWindow::onDeviceRead);
    if (ReportHistory *history = services->reportHistory())
        connect(history, &ReportHistory::countsRead, this, &MainWindow::updateSendingState);
    if (m_engine) {
        connect(m_engine, &ReportingEngine::devicesChanged, m_inventory, &DeviceInventory::refreshDevices);
        connect(m_engine, &ReportingEngine::syncProgress, this, [this](int done, int total) {
            onLoadProgress(done, total, tr("Syncing with the MDM"));
        });
        connect(m_engine, &ReportingEngine::syncFinished, this, &MainWindow::onSyncFinished);
        // The counts come with the history's reads; this only settles the busy bar.
        connect(m_engine, &ReportingEngine::idle, this, &MainWindow::updateSendingState);
        connect(m_engine, &ReportingEngine::problem, this, [this](const QString &message) {
            statusBar()->showMessage(message, 15000);
        });
    }
    connect(m_languages, &LanguageSwitcher::languageChanged, this, [this](const QString &language) {
        QSettings().setValue(kLanguageKey, language);
    });

    retranslate();
    resize(1400, 820);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::askExportCsv);
    m_exportAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_reloadAction = m_fileMenu->addAction(QString(), m_inventory, &DeviceInventory::load);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_fileMenu->addSeparator();
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_findAction = m_viewMenu->addAction(QString(), this, [this] {
        m_list->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_list->searchField()->selectAll();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_columnsMenu = m_viewMenu->addMenu(QString());
    m_savedViewsMenu = m_viewMenu->addMenu(QString());

    m_reportsMenu = menuBar()->addMenu(QString());
    m_reportNowAction = m_reportsMenu->addAction(QString(), this, &MainWindow::reportSelectedNow);
    m_reportNowAction->setObjectName(QStringLiteral("reportNowAction"));
    m_reportNowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_syncAction = m_reportsMenu->addAction(QString(), this, [this] {
        if (m_engine)
            m_engine->sync();
    });
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F5 | Qt::SHIFT));
    m_weeklyAction = m_reportsMenu->addAction(QString(), this, &MainWindow::sendWeeklyNow);
    m_csvReportAction = m_reportsMenu->addAction(QString(), this, &MainWindow::askReportFromCsv);
    m_csvReportAction->setObjectName(QStringLiteral("csvReportAction"));
    m_csvReportAction->setEnabled(m_engine != nullptr);
    m_reportsMenu->addSeparator();
    m_enabledAction = m_reportsMenu->addAction(QString());
    m_enabledAction->setObjectName(QStringLiteral("reportingEnabledAction"));
    m_enabledAction->setCheckable(true);
    m_enabledAction->setChecked(m_engine && m_engine->settings().enabled);
    connect(m_enabledAction, &QAction::toggled, this, [this](bool on) {
        QString error;
        if (!m_engine || !m_engine->setReportingEnabled(on, &error)) {
            const QSignalBlocker blocker(m_enabledAction);
            m_enabledAction->setChecked(!on);
            QMessageBox::warning(this, tr("Report to Azure"), error);
            return;
        }
        m_inventory->setReportingEnabled(on);
        m_model->setReportingEnabled(on);
        if (m_list->currentDeviceId() >= 0)
            showDevice(m_list->currentDeviceId());
        statusBar()->showMessage(on ? tr("Reporting to Azure is on.")
                                    : tr("Reporting to Azure is off: nothing is sent, and Report Time says so."),
                                 10000);
    });
    m_reportsMenu->menuAction()->setVisible(m_engine != nullptr);
    // Report now is also on the device list's context menu.
    m_list->tableView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->tableView()->addAction(m_reportNowAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    // The four languages, then the pseudo-locale for translators.
    QStringList languages = LanguageSwitcher::availableLanguages();
    languages.append(LanguageSwitcher::pseudoLanguage());
    for (const QString &language : std::as_const(languages)) {
        if (language == LanguageSwitcher::pseudoLanguage())
            m_languageMenu->addSeparator();
        QAction *action = m_languageMenu->addAction(LanguageSwitcher::nativeName(language));
        action->setCheckable(true);
        action->setData(language);
        action->setObjectName(QStringLiteral("language_") + language);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            QString error;
            if (!m_languages->setLanguage(language, &error))
                QMessageBox::warning(this, tr("Language"), error);
        });
    }
    m_languageMenu->addSeparator();
    m_translatorCheckAction = m_languageMenu->addAction(QString(), this, &MainWindow::showTranslatorCheck);
    m_translatorCheckAction->setObjectName(QStringLiteral("translatorCheckAction"));

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::syncReportingSwitch(bool on)
{
    const QSignalBlocker blocker(m_enabledAction);
    m_enabledAction->setChecked(on);
    m_inventory->setReportingEnabled(on);
    m_model->setReportingEnabled(on);
    if (m_list->currentDeviceId() >= 0)
        showDevice(m_list->currentDeviceId());
}

void MainWindow::openSettings()
{
    SettingsService *service = m_services->settings();
    SettingsDialog dialog(ConsoleSettings::load(),
        m_engine ? m_engine->settings().enabled : m_inventory->reportingEnabled(), service, this);
    QPointer<SettingsDialog> shown(&dialog);
    connect(&dialog, &SettingsDialog::disconnectRequested, this, [this, service, shown] {
        if (!service->hasReportingEngine()) {
            shown->showDisconnectResult(tr("This console is not connected to a tenant."));
            return;
        }
        service->disconnectFromAzure(shown, [this, shown](const QString &error) {
            if (error.isEmpty())
                syncReportingSwitch(false);
            if (shown)
                shown->showDisconnectResult(error);
        });
    });
    // Opened by the user: a modal dialog. What it saves, the service applied already.
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SettingsService::Applied applied = dialog.applied();
    if (!applied.settings.language.isEmpty() && applied.settings.language != m_languages->language()) {
        QString error;
        if (!m_languages->setLanguage(applied.settings.language, &error))
            QMessageBox::warning(this, tr("Language"), error);
    }
    if (m_engine && dialog.reportingEnabled() != m_engine->settings().enabled)
        m_enabledAction->setChecked(dialog.reportingEnabled()); // the Reports menu's switch does the rest
    if (!m_engine)
        return;
    switch (applied.effect) {
    case SettingsService::Effect::TenantChanged:
        statusBar()->showMessage(
            tr("Settings saved; the next sync uses %1.").arg(applied.settings.mdmUrl.host()), 10000);
        break;
    case SettingsService::Effect::DemoFromNextStart:
        statusBar()->showMessage(tr("Settings saved; the demo tenant is used from the next start."), 10000);
        break;
    case SettingsService::Effect::Saved:
        statusBar()->showMessage(tr("Settings saved."), 10000);
        break;
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // A passing message was written in the old language; the permanent widgets retranslate.
        statusBar()->clearMessage();
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::addPolicyViews(PolicyService *service)
{
    m_policyEditor = new PolicyEditor(service, this);
    m_auditLog = new AuditLogView(service, this);
    m_tabs->addTab(m_policyEditor, QString());
    m_tabs->addTab(m_auditLog, QString());
    connect(m_list, &DeviceListPanel::currentDeviceChanged, m_policyEditor, &PolicyEditor::setPreviewDevice);
    // Leaving the editor with unsaved changes asks first; Cancel stays on it.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        const int editor = m_tabs->indexOf(m_policyEditor);
        if (m_lastTab == editor && index != editor && !m_policyEditor->maybeSave()) {
            m_tabs->setCurrentIndex(editor);
            return;
        }
        m_lastTab = index;
    });
    // Saved policies change the effective action of devices: show the list evaluated anew.
    connect(m_policyEditor, &PolicyEditor::saveFinished, m_inventory, [this](bool ok) {
        if (ok)
            m_inventory->load();
        m_auditLog->refresh();
    });
    if (m_engine)
        connect(m_engine, &ReportingEngine::syncFinished, m_policyEditor, [this] {
            if (!m_policyEditor->isModified())
                m_policyEditor->reload();
        });
    // A colleague saved policies: shown at once, unless an edit here would be lost.
    connect(service, &PolicyService::policiesChanged, m_policyEditor, [this] {
        if (!m_policyEditor->isModified())
            m_policyEditor->reload();
    });
    retranslate();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_policyEditor && !m_policyEditor->maybeSave()) {
        event->ignore();
        return;
    }
    // "Save" in that question writes to the MDM asynchronously: closing now would quit
    // before the MDM answers and the store is written. Close once it is saved; a failed
    // save keeps the window open with the reason.
    if (m_policyEditor && m_policyEditor->isSaving()) {
        event->ignore();
        connect(
            m_policyEditor, &PolicyEditor::saveFinished, this,
            [this](bool ok) {
                if (ok)
                    close();
            },
            Qt::SingleShotConnection);
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Azure Status Console"));
    updateLiveState();
    m_tabs->setAccessibleName(tr("Console views"));
    m_tabs->setTabText(0, tr("&Devices"));
    if (m_reports)
        m_tabs->setTabText(m_tabs->indexOf(m_reports), tr("Reports to &Azure"));
    if (m_health)
        m_tabs->setTabText(m_tabs->indexOf(m_health), tr("Partner h&ealth"));
    if (m_policyEditor)
        m_tabs->setTabText(m_tabs->indexOf(m_policyEditor), tr("&Policies"));
    if (m_auditLog)
        m_tabs->setTabText(m_tabs->indexOf(m_auditLog), tr("A&udit log"));
    m_fileMenu->setTitle(tr("&File"));
    m_exportAction->setText(tr("&Export shown devices as CSV…"));
    m_reloadAction->setText(tr("&Reload devices"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Find device…"));
    m_columnsMenu->setTitle(tr("&Columns"));
    m_savedViewsMenu->setTitle(tr("&Saved views"));
    m_languageMenu->setTitle(tr("&Language"));
    m_translatorCheckAction->setText(tr("&Translator check…"));
    m_languageGroup->actions().constLast()->setToolTip(
        tr("Accented, longer, bracketed text: shows hard-coded strings and text cut off by its widget."));
    m_helpMenu->setTitle(tr("&Help"));
    m_reportsMenu->setTitle(tr("&Reports"));
    m_reportNowAction->setText(tr("Report selected devices &now"));
    m_syncAction->setText(tr("&Sync with the MDM now"));
    m_weeklyAction->setText(tr("Send the &weekly report now"));
    m_csvReportAction->setText(tr("Report devices listed in a &CSV file…"));
    m_enabledAction->setText(tr("Report to &Azure"));
    updateSendingState();
    m_aboutAction->setText(tr("&About Azure Status Console"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages->language());
    m_progress->setFormat(tr("%p%"));
    rebuildColumnMenu();
    rebuildSavedViewsMenu();
    updateRowCount();
}

void MainWindow::rebuildColumnMenu()
{
    m_columnsMenu->clear();
    for (int column = 0; column < DeviceListModel::ColumnCount; ++column) {
        QAction *action = m_columnsMenu->addAction(DeviceListModel::columnName(DeviceListModel::Column(column)));
        action->setCheckable(true);
        action->setChecked(m_list->isColumnVisible(column));
        action->setEnabled(column != DeviceListModel::NameColumn);
        connect(action, &QAction::toggled, this, [this, column](bool on) { m_list->setColumnVisible(column, on); });
    }
}

void MainWindow::rebuildSavedViewsMenu()
{
    m_savedViewsMenu->clear();
    m_savedViewsMenu->addAction(tr("Save current view…"), this, &MainWindow::askSaveView);
    QAction *remove = m_savedViewsMenu->addAction(tr("Delete a saved view…"), this, &MainWindow::askDeleteView);
    remove->setEnabled(!m_savedViews.isEmpty());
    if (!m_savedViews.isEmpty())
        m_savedViewsMenu->addSeparator();
    for (const SavedView &view : std::as_const(m_savedViews)) {
        m_savedViewsMenu->addAction(view.name, this, [this, view] { m_list->applyView(view); });
    }
}

void MainWindow::updateRowCount()
{
    const int shown = m_list->filterModel()->rowCount();
    const int total = m_model->rowCount();
    if (shown == total)
        m_rowCount->setText(tr("%Ln device(s)", nullptr, total));
    else
        m_rowCount->setText(tr("%1 of %Ln device(s) shown", nullptr, total).arg(QLocale().toString(shown)));
}

void MainWindow::showDevice(qint64 deviceId)
{
    m_inventory->readDevice(deviceId);
}

void MainWindow::onDeviceRead(const DeviceDetails &details)
{
    // Another device was selected meanwhile: its own read follows.
    if (details.id != m_list->currentDeviceId())
        return;
    if (!details.device) {
        m_details->clear();
        statusBar()->showMessage(tr("Device %1 could not be read: %2").arg(details.id).arg(details.error), 10000);
        return;
    }
    m_details->showDevice(
        *details.device, details.evaluation, details.policies, details.reportingEnabled, details.evaluatedAt);
    m_details->setReportTimeline(details.timeline);
}

void MainWindow::reportSelectedNow()
{
    if (!m_engine)
        return;
    const QList<qint64> ids = m_list->selectedDeviceIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the devices to report first."), 5000);
        return;
    }
    reportNow(ids);
}

void MainWindow::reportNow(const QList<qint64> &ids)
{
    QList<qint64> skipped;
    QString error;
    if (!m_engine->reportNow(ids, &skipped, &error)) {
        QMessageBox::warning(this, tr("Report now"), error);
        return;
    }
    QString message = tr("%Ln device(s) queued for Azure.", nullptr, int(ids.size() - skipped.size()));
    if (!skipped.isEmpty())
        message += QLatin1Char(' ')
            + tr("%Ln device(s) skipped: no Azure device ID (see their Azure Client Status Code).", nullptr,
                 int(skipped.size()));
    statusBar()->showMessage(message, 10000);
}

void MainWindow::sendWeeklyNow()
{
    if (!m_engine)
        return;
    QString error;
    if (!m_engine->reportWeekly(&error))
        QMessageBox::warning(this, tr("Weekly report"), error);
}

void MainWindow::askReportFromCsv()
{
    if (!m_engine)
        return;
    const QString path = m_csvPicker ? m_csvPicker(this)
                                     : QFileDialog::getOpenFileName(this, tr("Report devices listed in a CSV file"),
                                           QDir::homePath(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const CsvReportDialog::Reading reading = CsvReportDialog::read(path);
    if (!reading.ok()) {
        // Nothing read, nothing queued.
        QMessageBox::warning(this, tr("Report devices listed in a CSV file"),
            reading.fatalError + QStringLiteral("\n\n") + tr("Nothing was reported."));
        return;
    }
    // Shown at once; the devices of its rows are looked up in the store meanwhile.
    auto *dialog = new CsvReportDialog(reading, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { reportNow(dialog->deviceIds()); });
    if (m_csvDialogHook)
        m_csvDialogHook(dialog);
    m_services->csvLookup()->find(reading.parsed.rows, dialog, [dialog](const CsvDeviceLookup::Found &found) {
        dialog->setDevicesFound(found.matched, found.withoutAzureId, found.error);
    });
    dialog->open();
}

void MainWindow::onDevicesUpdated(const QList<DeviceRecord> &devices, const QList<DeviceEvaluation> &evaluations)
{
    const qint64 current = m_list->currentDeviceId();
    bool currentChanged = false;
    for (qsizetype i = 0; i < devices.size(); ++i) {
        m_model->updateDevice(devices[i], evaluations[i]);
        currentChanged = currentChanged || devices[i].id == current;
    }
    if (currentChanged)
        showDevice(current);
    updateRowCount();
}

void MainWindow::onSyncFinished(bool ok, const QString &error, const SyncSummary &summary)
{
    m_progress->hide();
    m_loadStage->clear();
    if (!ok) {
        statusBar()->showMessage(tr("Sync failed: %1").arg(error), 30000);
        return;
    }
    if (summary.ledBy.isValid()) {
        //: %1 names a host and a process; the list shows what that process stores
        statusBar()->showMessage(tr("Not synced here: %1 syncs this database.").arg(summary.ledBy.describe()), 10000);
        return;
    }
    int queued = 0;
    for (int count : summary.queued)
        queued += count;
    statusBar()->showMessage(tr("Synced %Ln device(s) from the MDM.", nullptr, summary.devices) + QLatin1Char(' ')
                                 + tr("%Ln report(s) queued.", nullptr, queued),
                             10000);
}

void MainWindow::onLiveUpdatesChanged(bool live, const QString &reason)
{
    const bool wasPaused = !m_liveProblem.isEmpty();
    m_liveProblem = live ? QString() : reason.trimmed();
    if (!live && m_liveProblem.isEmpty())
        m_liveProblem = tr("the connection to the store was lost");
    updateLiveState();
    if (live && wasPaused)
        statusBar()->showMessage(tr("Live updates resumed: changes made meanwhile are shown."), 10000);
}

void MainWindow::updateLiveState()
{
    m_liveState->setVisible(!m_liveProblem.isEmpty());
    if (m_liveProblem.isEmpty())
        return;
    //: %1 is the database's or the network's reason, as the server or libpq gives it
    m_liveState->setText(tr("Live updates paused: %1. Reconnecting…").arg(m_liveProblem));
    m_liveState->setToolTip(tr("Changes other consoles make are not shown until the connection to the store is back; "
                               "then they all are."));
}

void MainWindow::updateSendingState()
{
    if (!m_engine) {
        m_sending->clear();
        return;
    }
    const OutboxCounts counts = m_services->reportHistory()->counts();
    const int waiting = counts.pending + counts.sent;
    m_sending->setText(waiting > 0 ? tr("Sending to Azure: %Ln message(s) waiting", nullptr, waiting)
                                   : tr("Azure: all reports confirmed"));
    // A sync shows its own progress; otherwise a busy bar while reports are on their way.
    if (!m_engine->isSyncing() && !m_inventory->isLoading()) {
        if (waiting > 0) {
            m_progress->setRange(0, 0);
            m_progress->show();
        } else {
            m_progress->hide();
        }
    }
}

void MainWindow::onTableLoaded(const DeviceTable &table)
{
    m_progress->hide();
    m_loadStage->clear();
    m_loadError.clear();
    m_model->setReportingEnabled(m_inventory->reportingEnabled());
    m_model->setTable(table);
    updateRowCount();
    if (m_model->rowCount() > 0 && !m_list->tableView()->currentIndex().isValid())
        m_list->tableView()->selectRow(0);
}

void MainWindow::onLoadProgress(int done, int total, const QString &stage)
{
    m_progress->show();
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_loadStage->setText(stage);
}

void MainWindow::onLoadFailed(const QString &error)
{
    m_progress->hide();
    m_loadStage->clear();
    m_loadError = error;
    QMessageBox::critical(this, tr("Devices could not be loaded"),
                          tr("The device store %1 could not be read:\n%2")
                              .arg(QDir::toNativeSeparators(m_inventory->storePath()), error));
}

bool MainWindow::exportCsv(const QString &path, QString *error)
{
    // QSaveFile: the old file stays whole until the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 could not be opened for writing: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!DeviceCsvWriter::write(file, *m_list->filterModel(), m_list->visibleColumns(), error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void MainWindow::askExportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export shown devices"), folder + QStringLiteral("/devices.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = exportCsv(path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported %Ln device(s) to %1", nullptr, m_list->filterModel()->rowCount())
                                 .arg(QDir::toNativeSeparators(path)),
                             10000);
}

void MainWindow::saveView(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    SavedView view = m_list->currentView(trimmed);
    const auto existing = std::find_if(m_savedViews.begin(), m_savedViews.end(),
                                       [&trimmed](const SavedView &v) { return v.name == trimmed; });
    if (existing != m_savedViews.end())
        *existing = view;
    else
        m_savedViews.append(view);
    storeSavedViews();
    rebuildSavedViewsMenu();
}

void MainWindow::askSaveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok)
        return;
    if (name.trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Save view"), tr("A saved view needs a name."));
        return;
    }
    saveView(name);
}

void MainWindow::askDeleteView()
{
    QStringList names;
    for (const SavedView &view : std::as_const(m_savedViews))
        names.append(view.name);
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Delete saved view"), tr("View to delete:"), names, 0,
                                               false, &ok);
    if (!ok)
        return;
    m_savedViews.removeIf([&name](const SavedView &view) { return view.name == name; });
    storeSavedViews();
    rebuildSavedViewsMenu();
}

void MainWindow::loadSavedViews()
{
    QString error;
    const QByteArray json = QSettings().value(kSavedViewsKey).toByteArray();
    if (!SavedView::listFromJson(json, &m_savedViews, &error)) {
        // Keep the broken value in the settings untouched; say what is wrong.
        statusBar()->showMessage(tr("Saved views ignored: %1").arg(error), 15000);
    }
}

void MainWindow::storeSavedViews()
{
    QSettings().setValue(kSavedViewsKey, SavedView::listToJson(m_savedViews));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Azure Status Console"),
                       tr("<p><b>Azure Status Console</b> %1</p><p>Device status reporting from Ivanti Neurons "
                          "for MDM to Microsoft Intune and Entra.</p><p>Device store: %2</p>")
                           .arg(QApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_inventory->storePath()).toHtmlEscaped()));
}

void MainWindow::showTranslatorCheck()
{
    if (!m_translatorCheck) {
        m_translatorCheck = new TranslatorCheckView(this, m_languages, this);
        m_translatorCheck->show();
        m_translatorCheck->measureNow();
    }
    m_translatorCheck->show();
    m_translatorCheck->raise();
    m_translatorCheck->activateWindow();
}
