#pragma once

#include "app/import/devicecsvimport.h"

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;
class QTableWidget;

// Reports > "Report devices listed in a CSV file…": the window side of
// `--headless report-now --csv FILE`. read() checks the file, changing nothing; the
// dialog shows every row that cannot be used (each message names the row and the
// column) and, once the window's CsvDeviceLookup has answered (setDevicesFound), what was
// found in the store. Only "Report now" queues the devices found. A file that cannot be
// read at all queues nothing.
class CsvReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvReportDialog)

public:
    struct Reading
    {
        QString path;
        QString fatalError; // the file could not be used at all: nothing may be reported
        DeviceCsvImport::Result parsed;
        DeviceCsvImport::Match matched;
        int withoutAzureId = 0; // found, but Report now skips them (no Azure device id)
        bool ok() const { return fatalError.isEmpty(); }
    };
    // Reads and checks the file. Never writes.
    static Reading read(const QString &path);

    // Until setDevicesFound(), the dialog says it is looking for the devices and cannot report.
    explicit CsvReportDialog(const Reading &reading, QWidget *parent = nullptr);
    ~CsvReportDialog() override;

    // What the store holds of the rows; lookupError: the store could not be read.
    void setDevicesFound(const DeviceCsvImport::Match &matched, int withoutAzureId, const QString &lookupError);
    bool isLookingUp() const { return m_lookingUp; }
    QList<qint64> deviceIds() const { return m_reading.matched.deviceIds; }

    // For tests and screenshots.
    QTableWidget *problemTable() const { return m_table; }
    QPushButton *reportButton() const { return m_report; }
    QString summary() const;

signals:
    void devicesFound();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillProblems();

    Reading m_reading;
    bool m_lookingUp = true;
    QString m_lookupError;
    QLabel *m_summary = nullptr;
    QLabel *m_tableLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_cancel = nullptr;
};
