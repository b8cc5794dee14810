#pragma once

#include "models/savedview.h"

#include <QMainWindow>

class DeviceDetailsView;
class DeviceInventory;
class DeviceListModel;
class DeviceListPanel;
class DeviceTable;
class LanguageSwitcher;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QSettings;

// The console's main window: device list on the left, Device Details on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(DeviceInventory *inventory, LanguageSwitcher *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    DeviceListPanel *deviceList() const { return m_list; }
    DeviceDetailsView *deviceDetails() const { return m_details; }
    DeviceListModel *deviceModel() const { return m_model; }

    // Writes the rows shown (with the visible columns) to a CSV file, atomically.
    bool exportCsv(const QString &path, QString *error);
    void saveView(const QString &name);
    QList<SavedView> savedViews() const { return m_savedViews; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void rebuildColumnMenu();
    void rebuildSavedViewsMenu();
    void updateRowCount();
    void showDevice(qint64 deviceId);
    void onTableLoaded(const DeviceTable &table);
    void onLoadProgress(int done, int total, const QString &stage);
    void onLoadFailed(const QString &error);
    void askExportCsv();
    void askSaveView();
    void askDeleteView();
    void loadSavedViews();
    void storeSavedViews();
    void showAbout();

    DeviceInventory *m_inventory;
    LanguageSwitcher *m_languages;
    DeviceListModel *m_model;
    DeviceListPanel *m_list;
    DeviceDetailsView *m_details;
    QLabel *m_rowCount;
    QLabel *m_loadStage;
    QProgressBar *m_progress;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_savedViewsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QList<SavedView> m_savedViews;
    QString m_loadError;
};
