#pragma once

#include "models/savedview.h"

#include <QHash>
#include <QWidget>

class DeviceFilterModel;
class DeviceListModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// The device list: search, filters and the table, over our own filter layer.
class DeviceListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceListPanel)

public:
    explicit DeviceListPanel(DeviceListModel *model, QWidget *parent = nullptr);
    ~DeviceListPanel() override;

    DeviceFilterModel *filterModel() const { return m_filterModel; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }

    QList<int> visibleColumns() const; // in the order shown
    void setColumnVisible(int column, bool visible);
    bool isColumnVisible(int column) const;

    SavedView currentView(const QString &name) const;
    void applyView(const SavedView &view);

    qint64 currentDeviceId() const; // -1 when none
    QList<qint64> selectedDeviceIds() const;

signals:
    void currentDeviceChanged(qint64 deviceId);
    void filterChanged();
    void columnVisibilityChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFilterCombos();
    void fitColumnsToTexts();
    void applyFilterFromControls();
    void restoreCurrentDevice();
    void emitCurrentDevice();
    void showHeaderMenu(const QPoint &pos);

    DeviceListModel *m_model;
    DeviceFilterModel *m_filterModel;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_outcomeLabel;
    QComboBox *m_outcome;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_codeLabel;
    QComboBox *m_code;
    QLabel *m_platformLabel;
    QComboBox *m_platform;
    QCheckBox *m_userFixable;
    QTableView *m_table;
    QHash<int, int> m_fittedWidths; // column -> the width fitColumnsToTexts gave it
    qint64 m_currentDeviceId = -1;
    bool m_applyingView = false;
};
