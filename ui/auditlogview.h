#pragma once

#include "models/auditentry.h"

#include <QWidget>

class AuditLogModel;
class PolicyService;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The audit log: who changed which policy and what changed, manual reports, when; with a
// filter and CSV export.
class AuditLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogView)

public:
    explicit AuditLogView(PolicyService *service, QWidget *parent = nullptr);
    ~AuditLogView() override;

    // Asks the service for the entries the filter matches; refreshed follows once shown.
    void refresh();
    void setFilter(const QString &text);
    AuditLogModel *model() const { return m_model; }
    // Writes the entries shown to a CSV file, atomically.
    bool exportCsv(const QString &path, QString *error);

signals:
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onEntriesRead(const QString &contains, const QList<AuditEntry> &entries, const QString &error);
    void askExportCsv();

    PolicyService *m_service;
    AuditLogModel *m_model;
    QLabel *m_filterLabel;
    QLineEdit *m_filter;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QTableView *m_table;
    QLabel *m_count;
    QString m_error;
};
