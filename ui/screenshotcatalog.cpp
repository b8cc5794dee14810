#include "ui/screenshotcatalog.h"

#include "app/console/consoleservices.h"
#include "app/import/csvdevicelookup.h"
#include "app/settings/consolesettings.h"
#include "models/complianceaction.h"
#include "models/devicefiltermodel.h"
#include "models/devicelistmodel.h"
#include "ui/devicedetailsview.h"
#include "ui/devicelistpanel.h"
#include "ui/mainwindow.h"
#include "ui/auditlogview.h"
#include "ui/consolepalettes.h"
#include "ui/csvreportdialog.h"
#include "ui/partnerhealthpanel.h"
#include "ui/policyeditor.h"
#include "ui/reportsview.h"
#include "ui/settingsdialog.h"
#include "ui/storeproblemdialog.h"
#include "ui/translatorcheckmodel.h"
#include "ui/translatorcheckview.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QPushButton>

#include <algorithm>

namespace {
ScreenshotTarget mainWindowTab(const ScreenshotContext &context, QWidget *page)
{
    if (!page)
        return {};
    context.window->tabs()->setCurrentWidget(page);
    return {context.window, nullptr};
}

// Selects a device for the Devices views: with `problem`, one whose Azure Client Status Code
// is not Success and, if any, with a compliance action in effect (the most text-heavy state
// of Device Details: blank-field reasons, violated rules); else a compliant, reported one.
void selectDevice(MainWindow &window, bool problem)
{
    QTableView *table = window.deviceList()->tableView();
    const QAbstractItemModel *model = table->model();
    const QString none = ComplianceActions::displayName(ComplianceAction::None);
    int best = model->rowCount() > 0 ? 0 : -1;
    int bestScore = -1;
    for (int r = 0; r < std::min(model->rowCount(), 2000); ++r) {
        const QString code = model->index(r, DeviceListModel::ClientStatusCodeColumn)
                                 .data(DeviceListModel::UnderlyingDataRole)
                                 .toString();
        const bool success = code == QLatin1String("Success");
        const bool action = model->index(r, DeviceListModel::EffectiveActionColumn).data().toString() != none;
        const int score = problem ? (!success ? 2 : 0) + (action ? 1 : 0) : (success ? 2 : 0) + (!action ? 1 : 0);
        if (score > bestScore) {
            best = r;
            bestScore = score;
        }
        if (bestScore == 3)
            break;
    }
    if (best >= 0) {
        table->selectRow(best);
        table->scrollTo(model->index(best, 0));
    }
}

ScreenshotTarget reportsTab(const ScreenshotContext &context, ReportsView::Tab tab)
{
    auto *reports = context.window->findChild<ReportsView *>();
    if (!reports)
        return {};
    reports->setCurrentTab(tab);
    return mainWindowTab(context, reports);
}

// Another entry of the catalog, shown with the whole application in `palette` as a desktop
// theme would set it; the palette it had comes back once the picture is taken.
ScreenshotTarget withPalette(const ScreenshotContext &context, const QPalette &palette, const QString &id)
{
    const auto &views = ScreenshotCatalog::views();
    const auto view = std::find_if(views.cbegin(), views.cend(), [&id](const ScreenshotView &v) { return v.id == id; });
    if (view == views.cend())
        return {};
    const QPalette before = QApplication::palette();
    QApplication::setPalette(palette);
    ScreenshotTarget target = view->show(context);
    target.restore = std::shared_ptr<void>(nullptr, [before](void *) { QApplication::setPalette(before); });
    return target;
}
} // namespace

const QList<ScreenshotView> &ScreenshotCatalog::views()
{
    static const QList<ScreenshotView> list{
        {QStringLiteral("devices"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Devices")),
         [](const ScreenshotContext &context) {
             selectDevice(*context.window, false);
             return mainWindowTab(context, context.window->tabs()->widget(0));
         }},
        {QStringLiteral("device-problem"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Devices: a device with a client status problem")),
         [](const ScreenshotContext &context) {
             selectDevice(*context.window, true);
             return mainWindowTab(context, context.window->tabs()->widget(0));
         }},
        {QStringLiteral("reports-queue"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Reports to Azure: queue")),
         [](const ScreenshotContext &context) { return reportsTab(context, ReportsView::QueueTab); }},
        {QStringLiteral("reports-in-flight"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Reports to Azure: in flight")),
         [](const ScreenshotContext &context) { return reportsTab(context, ReportsView::InFlightTab); }},
        {QStringLiteral("reports-history"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Reports to Azure: history")),
         [](const ScreenshotContext &context) { return reportsTab(context, ReportsView::HistoryTab); }},
        {QStringLiteral("reports-failures"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Reports to Azure: failures")),
         [](const ScreenshotContext &context) { return reportsTab(context, ReportsView::FailuresTab); }},
        {QStringLiteral("partner-health"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Partner health")),
         [](const ScreenshotContext &context) {
             return mainWindowTab(context, context.window->findChild<PartnerHealthPanel *>());
         }},
        {QStringLiteral("policies"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Policies: editor, preview and fleet impact")),
         [](const ScreenshotContext &context) {
             PolicyEditor *editor = context.window->policyEditor();
             if (editor && !editor->policies().isEmpty())
                 editor->selectPolicy(0);
             return mainWindowTab(context, editor);
         }},
        {QStringLiteral("audit-log"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Audit log")),
         [](const ScreenshotContext &context) { return mainWindowTab(context, context.window->auditLog()); }},
        {QStringLiteral("translator-check"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Translator check")),
         [](const ScreenshotContext &context) {
             auto view = std::make_unique<TranslatorCheckView>(context.window, context.languages);
             view->resize(1300, 760);
             view->show();
             view->measureNow();
             if (view->shownRowCount() == 0)
                 view->setFlagFilter(-1); // nothing flagged: show every string
             // With a row selected, the details pane shows the findings and the places:
             // the first row shown that is on screen somewhere.
             int selected = -1;
             for (int row = 0; row < view->model()->rowCount() && selected < 0; ++row) {
                 if (!view->table()->isRowHidden(row) && !view->model()->string(row).shownIn.isEmpty())
                     selected = row;
             }
             if (selected >= 0) {
                 view->table()->selectRow(selected);
                 view->table()->scrollTo(view->model()->index(selected, 0), QAbstractItemView::PositionAtTop);
             }
             QWidget *widget = view.get();
             return ScreenshotTarget{widget, std::move(view)};
         }},
        {QStringLiteral("settings"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Settings dialog")),
         [](const ScreenshotContext &context) {
             auto dialog = std::make_unique<SettingsDialog>(
                 ConsoleSettings::load(), true, context.window->services()->settings(), context.window);
             dialog->show();
             QWidget *widget = dialog.get();
             return ScreenshotTarget{widget, std::move(dialog)};
         }},
        {QStringLiteral("settings-store"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Settings dialog, the store page")),
         [](const ScreenshotContext &context) {
             auto dialog = std::make_unique<SettingsDialog>(
                 ConsoleSettings::load(), true, context.window->services()->settings(), context.window);
             if (auto *tabs = dialog->findChild<QTabWidget *>())
                 tabs->setCurrentIndex(tabs->count() - 1);
             // The check answers (off the window's thread) while the runner lets the view settle.
             if (auto *check = dialog->findChild<QPushButton *>(QStringLiteral("checkStore")))
                 check->click();
             dialog->show();
             QWidget *widget = dialog.get();
             return ScreenshotTarget{widget, std::move(dialog)};
         }},
        {QStringLiteral("csv-report"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Report devices listed in a CSV file")),
         [](const ScreenshotContext &context) -> ScreenshotTarget {
             QTemporaryDir dir;
             if (!context.window->engine() || !dir.isValid())
                 return {};
             // Devices of the demo fleet, a device that does not exist, a bad id and a row with
             // too many fields: the dialog lists each problem with its row and column.
             const QString path = dir.filePath(QStringLiteral("devices.csv"));
             QFile file(path);
             if (!file.open(QIODevice::WriteOnly)
                 || file.write("id,name\n1,\n2,\n3,\n4,\n999999,\nx12,\n5,a,b\n") < 0)
                 return {};
             file.close();
             const CsvReportDialog::Reading reading = CsvReportDialog::read(path);
             auto dialog = std::make_unique<CsvReportDialog>(reading, context.window);
             // The lookup answers while the runner lets the shown view settle.
             CsvReportDialog *shown = dialog.get();
             context.window->services()->csvLookup()->find(
                 reading.parsed.rows, shown, [shown](const CsvDeviceLookup::Found &found) {
                     shown->setDevicesFound(found.matched, found.withoutAzureId, found.error);
                 });
             dialog->show();
             QWidget *widget = dialog.get();
             return ScreenshotTarget{widget, std::move(dialog)};
         }},
        {QStringLiteral("store-problem"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "A store that cannot be opened")),
         [](const ScreenshotContext &) {
             // The dialog of a damaged store at start-up, with the reason the store gives.
             const QString path = QDir::toNativeSeparators(
                 QDir::home().filePath(QStringLiteral(".local/share/AzureStatusConsole/devices.sqlite")));
             auto dialog = std::make_unique<StoreProblemDialog>(path,
                 // One literal on one line: lupdate 6.4 loops on a translate() call split over lines.
                 QCoreApplication::translate("DeviceStore", "%1 is not a usable device database (damaged, or not SQLite): %2. Nothing was changed.")
                     .arg(path, QStringLiteral("file is not a database")));
             dialog->show();
             QWidget *widget = dialog.get();
             return ScreenshotTarget{widget, std::move(dialog)};
         }},
        // The views with the most coloured text (flagged cells, reasons, warnings, status
        // marks, banners, fields) in a dark and a high-contrast palette.
        {QStringLiteral("device-problem-dark"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Devices: a device with a client status problem, dark palette")),
         [](const ScreenshotContext &context) {
             return withPalette(context, ConsolePalettes::dark(), QStringLiteral("device-problem"));
         }},
        {QStringLiteral("policies-dark"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Policies, dark palette")),
         [](const ScreenshotContext &context) {
             return withPalette(context, ConsolePalettes::dark(), QStringLiteral("policies"));
         }},
        {QStringLiteral("partner-health-dark"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Partner health, dark palette")),
         [](const ScreenshotContext &context) {
             return withPalette(context, ConsolePalettes::dark(), QStringLiteral("partner-health"));
         }},
        {QStringLiteral("settings-dark"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Settings dialog, dark palette")),
         [](const ScreenshotContext &context) {
             return withPalette(context, ConsolePalettes::dark(), QStringLiteral("settings"));
         }},
        {QStringLiteral("device-problem-high-contrast"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Devices: a device with a client status problem, high-contrast palette")),
         [](const ScreenshotContext &context) {
             return withPalette(context, ConsolePalettes::highContrast(), QStringLiteral("device-problem"));
         }},
        {QStringLiteral("policies-high-contrast"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Policies, high-contrast palette")),
         [](const ScreenshotContext &context) {
             return withPalette(context, ConsolePalettes::highContrast(), QStringLiteral("policies"));
         }},
        {QStringLiteral("partner-health-high-contrast"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Partner health, high-contrast palette")),
         [](const ScreenshotContext &context) {
             return withPalette(context, ConsolePalettes::highContrast(), QStringLiteral("partner-health"));
         }},
        {QStringLiteral("settings-high-contrast"), QStringLiteral(QT_TRANSLATE_NOOP("ScreenshotCatalog", "Settings dialog, high-contrast palette")),
         [](const ScreenshotContext &context) {
             return withPalette(context, ConsolePalettes::highContrast(), QStringLiteral("settings"));
         }},
    };
    return list;
}

void ScreenshotCatalog::settle(int milliseconds)
{
    const QDeadlineTimer deadline(milliseconds);
    while (!deadline.hasExpired()) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}
