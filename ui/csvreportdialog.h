#pragma once

#include "app/import/devicecsvimport.h"

#include <QDialog>
#include <QList>
#include <QString>

class DeviceStore;
class QLabel;
class QPushButton;
class QTableWidget;

// Reports now > "Report devices listed in a CSV file…" (issue 8): the window side of
// `--headless report-now --csv FILE`. read() checks the file and finds its devices in the
// store, changing nothing; the dialog then shows what was found and every row that
// cannot be used (each message names the row and the column), and only "Report now"
// queues the devices found. A file that cannot be read at all queues nothing.
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
    // Reads and checks the file and matches its rows against the store. Never writes.
    static Reading read(const QString &path, const DeviceStore &store);

    explicit CsvReportDialog(const Reading &reading, QWidget *parent = nullptr);
    ~CsvReportDialog() override;

    QList<qint64> deviceIds() const { return m_reading.matched.deviceIds; }

    // For tests and screenshots.
    QTableWidget *problemTable() const { return m_table; }
    QPushButton *reportButton() const { return m_report; }
    QString summary() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Reading m_reading;
    QLabel *m_summary = nullptr;
    QLabel *m_tableLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_cancel = nullptr;
};
