// Reports > "Report devices listed in a CSV file…" in the window. Every row that cannot be
// used is shown with its row, column and reason; only "Report now" queues the devices
// found; a file that cannot be read queues nothing; the list shows the devices In progress
// once queued.

#include "app/console/consoleservices.h"
#include "app/demo/demofleetgenerator.h"
#include "app/demo/demofleetwriter.h"
#include "app/i18n/languageswitcher.h"
#include "app/inventory/deviceinventory.h"
#include "app/net/networkservices.h"
#include "app/reporting/reportingengine.h"
#include "app/reporting/reportplanner.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/storage/reportoutbox.h"
#include "models/devicelistmodel.h"
#include "ui/csvreportdialog.h"
#include "ui/mainwindow.h"
#include "tests/screenshotpath.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
}

class TestCsvReport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsThatCannotBeUsedAreShownAndTheRestReported();
    void cancelQueuesNothing();
    void unreadableFileQueuesNothing_data();
    void unreadableFileQueuesNothing();

private:
    QString writeCsv(const QByteArray &text);
    QAction *csvAction() const;
    int queuedMessages() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<SqliteStore> m_store;
    std::unique_ptr<DeviceInventory> m_inventory;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<NetworkServices> m_network;
    std::unique_ptr<ReportingEngine> m_engine;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    QList<DeviceRecord> m_reportable; // devices with an Azure device id
    QList<DeviceRecord> m_notReportable;
};

void TestCsvReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_shared<SqliteStore>(m_dir->filePath(QStringLiteral("devices.sqlite")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    QVERIFY2(DemoFleetWriter::write(DemoFleetGenerator(1), *m_store, 100, kNow, &error), qPrintable(error));
    m_reportable.clear();
    m_notReportable.clear();
    QVERIFY(m_store->devices().forEachDevice({}, [this](const DeviceRecord &device, const DeviceStore::ReportState &) {
        (ReportPlanner::canReport(device) ? m_reportable : m_notReportable).append(device);
        return true;
    }, &error));
    QVERIFY(m_reportable.size() >= 3 && !m_notReportable.isEmpty());
    m_inventory = std::make_unique<DeviceInventory>(m_store);
    m_languages = std::make_unique<LanguageSwitcher>();
    QVERIFY2(m_languages->setLanguage(QStringLiteral("en"), &error), qPrintable(error));
    // Never started and given no tenant: what is queued stays in the outbox.
    m_network = std::make_unique<NetworkServices>(NetSettings());
    m_engine = std::make_unique<ReportingEngine>(m_store.get(), m_network.get());
    m_services = std::make_unique<ConsoleServices>(
        m_store, m_inventory.get(), m_languages.get(), m_network.get(), m_engine.get());
    m_window = std::make_unique<MainWindow>(m_services.get());
    m_window->resize(1200, 700);
    m_window->show();
    QSignalSpy loaded(m_inventory.get(), &DeviceInventory::tableLoaded);
    m_inventory->load();
    QVERIFY(loaded.wait(60000));
}

void TestCsvReport::cleanup()
{
    m_window.reset();
    m_services.reset();
    m_engine.reset();
    m_network.reset();
    m_inventory.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestCsvReport::writeCsv(const QByteArray &text)
{
    const QString path = m_dir->filePath(QStringLiteral("devices.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text);
    return path;
}

QAction *TestCsvReport::csvAction() const
{
    return m_window->findChild<QAction *>(QStringLiteral("csvReportAction"));
}

int TestCsvReport::queuedMessages() const
{
    QString error;
    const OutboxCounts counts = m_store->outbox().counts(&error);
    return counts.pending + counts.sent + counts.completed + counts.failed;
}

void TestCsvReport::rowsThatCannotBeUsedAreShownAndTheRestReported()
{
    const DeviceRecord &a = m_reportable.at(0);
    const DeviceRecord &b = m_reportable.at(1);
    const DeviceRecord &c = m_reportable.at(2);
    const DeviceRecord &blank = m_notReportable.at(0);
    // Line 1 header; 2: by id; 3: not a number; 4: unknown id; 5: by serial; 6: repeats 2;
    // 7: an Azure device id that is not a GUID; 8: a device without an Azure device id;
    // 9: by name, and an unknown column is ignored.
    const QByteArray csv = "id,serial number,Azure device id,name,colour\n"
        + QByteArray::number(a.id) + ",,,,red\n"
        + "12x,,,,\n"
        + "999999,,,,\n"
        + "," + b.serialNumber.toUtf8() + ",,,\n"
        + QByteArray::number(a.id) + ",,,,red\n"
        + ",,not-a-guid,,\n"
        + QByteArray::number(blank.id) + ",,,,\n"
        + ",,,\"" + c.name.toUtf8() + "\",\n";
    m_window->setCsvPicker([path = writeCsv(csv)](QWidget *) { return path; });
    QStringList shown;
    QString summary;
    bool reportEnabled = false;
    bool lookingUpFirst = false;
    m_window->setCsvDialogHook([&](CsvReportDialog *dialog) {
        // Shown at once; Report now waits for the store's answer.
        lookingUpFirst = dialog->isLookingUp() && !dialog->reportButton()->isEnabled();
        connect(dialog, &CsvReportDialog::devicesFound, dialog, [&, dialog] {
            QTableWidget *table = dialog->problemTable();
            for (int row = 0; row < table->rowCount(); ++row)
                shown.append(table->item(row, 0)->text() + QLatin1Char('|') + table->item(row, 1)->text());
            summary = dialog->summary();
            reportEnabled = dialog->reportButton()->isEnabled();
            const QString png = screenshotPath(QStringLiteral("csv_report_en.png"));
            if (!dialog->grab().save(png))
                qWarning("cannot save %s", qPrintable(png));
            QTest::mouseClick(dialog->reportButton(), Qt::LeftButton);
        });
    });
    QVERIFY(csvAction() && csvAction()->isEnabled());
    csvAction()->trigger();
    QVERIFY(lookingUpFirst);
    QTRY_COMPARE(queuedMessages(), 1);

    // Each unusable row named with its row (and column where there is one) and why.
    const QString all = shown.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("Not used|Row 3, column \"id\"")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Not used|Row 4: no device has the id 999999")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Not used|Row 7, column \"Azure device id\"")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Note|Row 6 repeats row 2")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Note|Columns not used: colour")), qPrintable(all));
    QCOMPARE(shown.size(), 5);
    QVERIFY2(summary.contains(QLatin1String("4 device")) && summary.contains(QLatin1String("3 row"))
            && summary.contains(QLatin1String("1 of them has no Azure device ID")),
        qPrintable(summary));
    QVERIFY(reportEnabled);

    // Queued: the three reportable devices in one message; the one without an Azure
    // device id is skipped (and said so in the status bar).
    QString error;
    const QList<OutboxMessage> messages = m_store->outbox().messages({ OutboxMessage::State::Pending }, 10, &error);
    QCOMPARE(messages.size(), 1);
    QList<qint64> ids = m_store->outbox().deviceIds(messages.first().id, &error);
    std::sort(ids.begin(), ids.end());
    QList<qint64> expected { a.id, b.id, c.id };
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ids, expected);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("3 device")),
        qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("1 device(s) skipped")) || m_window->statusBar()->currentMessage().contains(QLatin1String("1 device skipped")));

    // The list refreshes: the queued devices show In progress.
    DeviceListModel *model = m_window->deviceModel();
    const auto statusOf = [model](qint64 id) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, DeviceListModel::ComplianceStatusColumn);
            if (index.data(DeviceListModel::DeviceIdRole).toLongLong() == id)
                return index.data().toString();
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(a.id), QStringLiteral("In-progress"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(c.id), QStringLiteral("In-progress"), 10000);
}

void TestCsvReport::cancelQueuesNothing()
{
    const QByteArray csv = "id\n" + QByteArray::number(m_reportable.at(0).id) + "\n";
    m_window->setCsvPicker([path = writeCsv(csv)](QWidget *) { return path; });
    bool tableShown = true;
    bool rejected = false;
    m_window->setCsvDialogHook([&](CsvReportDialog *dialog) {
        connect(dialog, &CsvReportDialog::devicesFound, dialog, [&, dialog] {
            tableShown = dialog->problemTable()->isVisible();
            const QString png = screenshotPath(QStringLiteral("csv_report_clean_en.png"));
            dialog->grab().save(png);
            dialog->reject();
            rejected = true;
        });
    });
    csvAction()->trigger();
    QTRY_VERIFY(rejected);
    QVERIFY(!tableShown); // no problem, no empty table
    QCOMPARE(queuedMessages(), 0);
}

void TestCsvReport::unreadableFileQueuesNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("named");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("The file is empty");
    QTest::newRow("no identifying column") << QByteArray("colour\nred\n") << QStringLiteral("names no column");
    QTest::newRow("UTF-16") << QByteArray("\xff\xfei\0d\0\n\0", 8) << QStringLiteral("UTF-16");
    QTest::newRow("no device of the store") << QByteArray("id\n999999\n") << QStringLiteral("nothing to report");
}

void TestCsvReport::unreadableFileQueuesNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, named);
    m_window->setCsvPicker([path = writeCsv(csv)](QWidget *) { return path; });
    QString text;
    bool dialogShown = false;
    bool reportEnabled = true;
    m_window->setCsvDialogHook([&](CsvReportDialog *dialog) {
        dialogShown = true;
        connect(dialog, &CsvReportDialog::devicesFound, dialog, [&, dialog] {
            text = dialog->summary();
            reportEnabled = dialog->reportButton()->isEnabled();
            dialog->reject();
        });
    });
    // A refused file gets a message box: read it and close it.
    QTimer::singleShot(200, this, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->accept();
        }
    });
    csvAction()->trigger();
    QTRY_VERIFY2(text.contains(named), qPrintable(text));
    if (dialogShown)
        QVERIFY(!reportEnabled); // nothing found: the dialog cannot report
    else
        QVERIFY2(text.contains(QLatin1String("Nothing was reported")), qPrintable(text));
    QCOMPARE(queuedMessages(), 0);
}

QTEST_MAIN(TestCsvReport)
#include "tst_csvreport.moc"
