#pragma once

#include "models/savedview.h"

#include <QMainWindow>

#include <functional>

class AuditLogView;
class ConsoleServices;
class CsvReportDialog;
class DeviceDetailsView;
class PolicyEditor;
class PolicyService;
class DeviceInventory;
class DeviceListModel;
class DeviceListPanel;
class DeviceTable;
class PartnerHealthPanel;
class QTabWidget;
class ReportingEngine;
class ReportsView;
class TranslatorCheckView;
struct DeviceDetails;
struct DeviceEvaluation;
struct DeviceRecord;
struct OutboxCounts;
struct SyncSummary;
class LanguageSwitcher;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QSettings;

// The console's main window: device list on the left, Device Details on the right, and the
// tabs of the reports, partner health, policies and audit log. It asks ConsoleServices for
// everything it shows and does.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Without a reporting engine the console only browses the store (no reporting actions).
    explicit MainWindow(ConsoleServices *services, QWidget *parent = nullptr);
    ~MainWindow() override;

    DeviceListPanel *deviceList() const { return m_list; }
    DeviceDetailsView *deviceDetails() const { return m_details; }
    QTabWidget *tabs() const { return m_tabs; }
    DeviceListModel *deviceModel() const { return m_model; }

    // Reports > "Report devices listed in a CSV file…". Tests replace the file dialog and
    // see the result dialog before it is shown (the hook may accept or reject it).
    void setCsvPicker(std::function<QString(QWidget *parent)> picker) { m_csvPicker = std::move(picker); }
    void setCsvDialogHook(std::function<void(CsvReportDialog *dialog)> hook) { m_csvDialogHook = std::move(hook); }

    // Adds the Policies and Audit log tabs.
    void addPolicyViews(PolicyService *service);
    PolicyEditor *policyEditor() const { return m_policyEditor; }
    ConsoleServices *services() const { return m_services; }
    ReportingEngine *engine() const { return m_engine; } // null without a tenant
    AuditLogView *auditLog() const { return m_auditLog; }

    // Writes the rows shown (with the visible columns) to a CSV file, atomically.
    bool exportCsv(const QString &path, QString *error);
    void saveView(const QString &name);
    QList<SavedView> savedViews() const { return m_savedViews; }
    // The translator check view (Language menu), created on first use.
    void showTranslatorCheck();
    TranslatorCheckView *translatorCheck() const { return m_translatorCheck; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void rebuildColumnMenu();
    void rebuildSavedViewsMenu();
    void updateRowCount();
    void showDevice(qint64 deviceId);
    void onDeviceRead(const DeviceDetails &details);
    void onTableLoaded(const DeviceTable &table);
    void onLoadProgress(int done, int total, const QString &stage);
    void onLoadFailed(const QString &error);
    void askExportCsv();
    void askSaveView();
    void askDeleteView();
    void loadSavedViews();
    void storeSavedViews();
    void showAbout();
    void openSettings();
    // After the engine switched reporting on or off by itself (Disconnect from Azure).
    void syncReportingSwitch(bool on);
    void reportSelectedNow();
    void sendWeeklyNow();
    void askReportFromCsv();
    void reportNow(const QList<qint64> &ids);
    void onDevicesUpdated(const QList<DeviceRecord> &devices, const QList<DeviceEvaluation> &evaluations);
    void onSyncFinished(bool ok, const QString &error, const SyncSummary &summary);
    void updateSendingState();
    // The store's change feed lost or regained its connection (a shared store only).
    void onLiveUpdatesChanged(bool live, const QString &reason);
    void updateLiveState();

    ConsoleServices *m_services;
    DeviceInventory *m_inventory;
    LanguageSwitcher *m_languages;
    ReportingEngine *m_engine;
    DeviceListModel *m_model;
    DeviceListPanel *m_list;
    DeviceDetailsView *m_details;
    QTabWidget *m_tabs;
    ReportsView *m_reports = nullptr;
    PartnerHealthPanel *m_health = nullptr;
    PolicyEditor *m_policyEditor = nullptr;
    AuditLogView *m_auditLog = nullptr;
    int m_lastTab = 0;
    QLabel *m_rowCount;
    QLabel *m_loadStage;
    QProgressBar *m_progress;
    QLabel *m_sending;
    QLabel *m_liveState; // shown while live updates from a shared store are paused
    QString m_liveProblem; // why they are; empty while live
    QMenu *m_reportsMenu = nullptr;
    QAction *m_reportNowAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_weeklyAction = nullptr;
    QAction *m_csvReportAction = nullptr;
    std::function<QString(QWidget *)> m_csvPicker;
    std::function<void(CsvReportDialog *)> m_csvDialogHook;
    QAction *m_enabledAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_savedViewsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_translatorCheckAction = nullptr;
    TranslatorCheckView *m_translatorCheck = nullptr;
    QList<SavedView> m_savedViews;
    QString m_loadError;
};
