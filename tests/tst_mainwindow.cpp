#include "app/console/consoleservices.h"
#include "app/i18n/languageswitcher.h"
#include "app/inventory/deviceinventory.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/storage/storechangefeed.h"
#include "models/devicefiltermodel.h"
#include "models/devicelistmodel.h"
#include "ui/devicedetailsview.h"
#include "ui/devicelistpanel.h"
#include "ui/mainwindow.h"
#include "ui/showntextscanner.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QScopeGuard>
#include <QScrollBar>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Every string a user can see in the window right now, with where it is.
QMap<QString, QString> visibleTexts(MainWindow &window)
{
    QMap<QString, QString> texts;
    const auto add = [&texts](const QString &where, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.insert(where, text);
    };
    add(QStringLiteral("window title"), window.windowTitle());
    const QList<QAction *> menus = window.menuBar()->actions();
    for (int m = 0; m < menus.size(); ++m) {
        add(QStringLiteral("menu %1").arg(m), menus[m]->text());
        if (QMenu *menu = menus[m]->menu()) {
            const QList<QAction *> items = menu->actions();
            for (int i = 0; i < items.size(); ++i) {
                if (!items[i]->objectName().startsWith(QLatin1String("language_")))
                    add(QStringLiteral("menu %1 item %2").arg(m).arg(i), items[i]->text());
            }
        }
    }
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&window))
            add(QStringLiteral("label ") + label->objectName() + QLatin1Char(' ') + label->text(), label->text());
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(&window))
            add(QStringLiteral("button ") + button->objectName(), button->text());
    }
    for (QGroupBox *box : window.findChildren<QGroupBox *>())
        add(QStringLiteral("group ") + box->objectName(), box->title());
    for (QLineEdit *edit : window.findChildren<QLineEdit *>())
        add(QStringLiteral("placeholder ") + edit->objectName(), edit->placeholderText());
    for (QComboBox *combo : window.findChildren<QComboBox *>())
        add(QStringLiteral("combo ") + combo->objectName(), combo->itemText(0));
    const QAbstractItemModel *model = window.deviceList()->tableView()->model();
    for (int column = 0; column < model->columnCount(); ++column)
        add(QStringLiteral("header %1").arg(column), model->headerData(column, Qt::Horizontal).toString());
    return texts;
}

// Texts that are the same in every language: protocol codes, names, numbers, data.
bool isLanguageNeutral(const QString &text)
{
    static const QStringList neutral{QStringLiteral("iOS"), QStringLiteral("Android"), QStringLiteral("GUID"),
                                     QStringLiteral("IMEI"), QStringLiteral("Azure Status Console")};
    if (neutral.contains(text))
        return true;
    for (AzureClientStatus::Code code : AzureClientStatus::knownCodes()) {
        if (text == AzureClientStatus::wireName(code))
            return true;
    }
    static const QRegularExpression data(QStringLiteral("^[\\d\\s.,:/()%+-]*$"));
    return data.match(text).hasMatch();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsDemoFleetAndShowsDetails();
    void searchFilterAndCount();
    void exportCsvWritesShownRows();
    void savedViewRoundTrip();
    void languageSwitchChangesEveryString_data();
    void languageSwitchChangesEveryString();
    void azureFieldsOnTheFirstScreen_data();
    void azureFieldsOnTheFirstScreen();
    void liveUpdatesPausedShowsInTheStatusBar();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<SqliteStore> m_store;
    std::unique_ptr<DeviceInventory> m_inventory;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
// A shared store's change feed without a server: the window needs only its signals.
class ScriptedFeed final : public StoreChangeFeed
{
public:
    void start() override { }
    void stop() override { }
    bool isLive() const override { return m_live; }
    void say(bool live, const QString &reason)
    {
        m_live = live;
        Q_EMIT connectionChanged(live, reason);
    }

private:
    bool m_live = true;
};
} // namespace

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = std::make_shared<SqliteStore>(m_dir.filePath(QStringLiteral("devices.sqlite")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_inventory = std::make_unique<DeviceInventory>(m_store);
    m_inventory->setDemoFleetSize(2000);
    m_languages = std::make_unique<LanguageSwitcher>();
    QVERIFY2(m_languages->setLanguage(QStringLiteral("en"), &error), qPrintable(error));
    m_services = std::make_unique<ConsoleServices>(m_store, m_inventory.get(), m_languages.get());
    m_window = std::make_unique<MainWindow>(m_services.get());
    m_window->show();
    QSignalSpy loaded(m_inventory.get(), &DeviceInventory::tableLoaded);
    m_inventory->load();
    QVERIFY(loaded.wait(60000));
}

void TestMainWindow::loadsDemoFleetAndShowsDetails()
{
    QCOMPARE(m_window->deviceModel()->rowCount(), 2000);
    // The first row is selected once loaded, and Device Details shows it once the
    // inventory has read it off the window's thread.
    QCOMPARE(m_store->devices().deviceCount(), 2000);
    QTableView *table = m_window->deviceList()->tableView();
    QVERIFY(table->currentIndex().isValid());
    auto *name = m_window->deviceDetails()->findChild<QLabel *>(QStringLiteral("deviceNameValue"));
    QVERIFY(name);
    QTRY_COMPARE(name->text(), table->currentIndex().siblingAtColumn(DeviceListModel::NameColumn).data().toString());
    // Selections faster than the reads: the last one is shown.
    for (int row = 1; row <= 5; ++row)
        table->setCurrentIndex(table->model()->index(row, 0));
    QTRY_COMPARE(name->text(), table->model()->index(5, DeviceListModel::NameColumn).data().toString());
}

void TestMainWindow::searchFilterAndCount()
{
    DeviceListPanel *list = m_window->deviceList();
    auto *count = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("rowCount"));
    QVERIFY(count);
    QVERIFY(count->text().contains(QStringLiteral("2,000")) || count->text().contains(QStringLiteral("2000")));

    // Ctrl+F focuses the search field.
    m_window->activateWindow();
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTRY_VERIFY(list->searchField()->hasFocus());

    const QString someUser = m_window->deviceModel()->table().user(17);
    QTest::keyClicks(list->searchField(), someUser);
    QTRY_VERIFY(list->filterModel()->rowCount() < 2000);
    QVERIFY(list->filterModel()->rowCount() >= 1);
    for (int row = 0; row < list->filterModel()->rowCount(); ++row)
        QVERIFY(list->filterModel()->index(row, DeviceListModel::UserColumn).data().toString().contains(someUser, Qt::CaseInsensitive)
                || list->filterModel()->index(row, DeviceListModel::NameColumn).data().toString().contains(someUser, Qt::CaseInsensitive));
    QTRY_VERIFY(count->text().contains(QStringLiteral(" of ")));

    auto *code = list->findChild<QComboBox *>(QStringLiteral("clientStatusCodeFilter"));
    list->searchField()->clear();
    code->setCurrentIndex(code->findText(QStringLiteral("Workplace_Join_Required")));
    QTRY_VERIFY(list->filterModel()->rowCount() > 0);
    for (int row = 0; row < list->filterModel()->rowCount(); ++row)
        QCOMPARE(list->filterModel()->index(row, DeviceListModel::ClientStatusCodeColumn).data().toString(),
                 QStringLiteral("Workplace_Join_Required"));
    code->setCurrentIndex(0);
    QTRY_COMPARE(list->filterModel()->rowCount(), 2000);
}

void TestMainWindow::exportCsvWritesShownRows()
{
    DeviceListPanel *list = m_window->deviceList();
    auto *outcome = list->findChild<QComboBox *>(QStringLiteral("outcomeFilter"));
    outcome->setCurrentIndex(outcome->findData(DeviceFilter::bit(int(AzureOutcome::NonCompliant))));
    const int shown = list->filterModel()->rowCount();
    QVERIFY(shown > 0 && shown < 2000);
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    QString error;
    QVERIFY2(m_window->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // Header + one line per shown device + the empty piece after the last CRLF.
    QCOMPARE(lines.size(), shown + 2);
    QVERIFY(lines.first().contains("Azure Client Status Code"));
    QVERIFY(lines.first().contains("Azure Device Identifier"));
    QVERIFY(lines[1].contains("Device Non-compliant"));
    outcome->setCurrentIndex(0);

    // A folder that does not exist: a clear error, no file.
    QVERIFY(!m_window->exportCsv(m_dir.filePath(QStringLiteral("missing/x.csv")), &error));
    QVERIFY(error.contains(QStringLiteral("missing")));
}

void TestMainWindow::savedViewRoundTrip()
{
    DeviceListPanel *list = m_window->deviceList();
    list->searchField()->setText(QStringLiteral("iphone"));
    QTRY_VERIFY(list->filterModel()->filter().search == QStringLiteral("iphone"));
    list->setColumnVisible(DeviceListModel::ModelColumn, false);
    list->tableView()->sortByColumn(DeviceListModel::LastCheckinColumn, Qt::DescendingOrder);
    m_window->saveView(QStringLiteral("Recent iPhones"));

    list->searchField()->clear();
    list->setColumnVisible(DeviceListModel::ModelColumn, true);
    QTRY_COMPARE(list->filterModel()->rowCount(), 2000);

    const QList<SavedView> views = m_window->savedViews();
    QCOMPARE(views.size(), 1);
    list->applyView(views.first());
    QCOMPARE(list->filterModel()->filter().search, QStringLiteral("iphone"));
    QVERIFY(!list->isColumnVisible(DeviceListModel::ModelColumn));
    QCOMPARE(list->filterModel()->sortColumn(), int(DeviceListModel::LastCheckinColumn));
    QCOMPARE(list->filterModel()->sortOrder(), Qt::DescendingOrder);
    SavedView reset;
    reset.name = QStringLiteral("all");
    list->applyView(reset);
    QCOMPARE(list->filterModel()->rowCount(), 2000);
}

void TestMainWindow::languageSwitchChangesEveryString_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("French") << QStringLiteral("fr");
    QTest::addRow("Japanese") << QStringLiteral("ja");
    QTest::addRow("Spanish") << QStringLiteral("es");
}

void TestMainWindow::languageSwitchChangesEveryString()
{
    QFETCH(QString, language);
    QString error;
    QVERIFY2(m_languages->setLanguage(QStringLiteral("en"), &error), qPrintable(error));
    QCoreApplication::processEvents();
    const QMap<QString, QString> english = visibleTexts(*m_window);
    QVERIFY(english.size() > 40);

    QVERIFY2(m_languages->setLanguage(language, &error), qPrintable(error));
    QCoreApplication::processEvents();
    const QMap<QString, QString> translated = visibleTexts(*m_window);

    // Compare by position (labels are keyed by objectName, not text, where they have one).
    int compared = 0;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("label ")) && translated.contains(it.key())) {
            ++compared;
            if (!isLanguageNeutral(it.value()))
                QVERIFY2(translated.value(it.key()) != it.value(),
                         qPrintable(QStringLiteral("%1 stayed \"%2\" in %3").arg(it.key(), it.value(), language)));
        }
    }
    QVERIFY(compared > 30);
    // Label texts: none of the English ones may remain, except language-neutral ones.
    QSet<QString> translatedLabels;
    for (auto it = translated.cbegin(); it != translated.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("label ")))
            translatedLabels.insert(it.value());
    }
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("label ")) && !isLanguageNeutral(it.value())
            && !it.key().contains(QStringLiteral("Value"))) {
            QVERIFY2(!translatedLabels.contains(it.value()),
                     qPrintable(QStringLiteral("label \"%1\" stayed English in %2").arg(it.value(), language)));
        }
    }
    // Codes stay verbatim.
    auto *code = m_window->deviceList()->findChild<QComboBox *>(QStringLiteral("clientStatusCodeFilter"));
    QVERIFY(code->findText(QStringLiteral("Workplace_Join_Required")) > 0);
    QVERIFY2(m_languages->setLanguage(QStringLiteral("en"), &error), qPrintable(error));
}

void TestMainWindow::azureFieldsOnTheFirstScreen_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "fr", "ja", "es"})
        QTest::addRow("%s", language) << QString::fromLatin1(language);
}

// The helpdesk's first question is what Azure has: at the window's default size, in every
// language (switched at run time, one after the other), the list shows the three Azure
// fields whole, titles and values, without scrolling sideways.
void TestMainWindow::azureFieldsOnTheFirstScreen()
{
    QFETCH(QString, language);
    QString error;
    QVERIFY2(m_languages->setLanguage(language, &error), qPrintable(error));
    const auto restore = qScopeGuard([this] { m_languages->setLanguage(QStringLiteral("en")); });
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    // The size the window opens with (switching languages may have grown this one: a window
    // does not shrink back by itself), which the language's texts must fit in.
    const MainWindow fresh(m_services.get());
    m_window->resize(fresh.size());
    QCoreApplication::processEvents();
    QCOMPARE(m_window->size(), fresh.size());
    QTableView *table = m_window->deviceList()->tableView();
    QCOMPARE(table->horizontalScrollBar()->value(), 0);
    const QHeaderView *header = table->horizontalHeader();
    const int room = table->viewport()->width();
    const QList<ShownText> shown = ShownTextScanner::scan(m_window.get());
    for (const auto column : {DeviceListModel::ComplianceStatusColumn, DeviceListModel::ClientStatusCodeColumn,
                              DeviceListModel::ReportTimeColumn}) {
        const QString name = DeviceListModel::columnName(column);
        QVERIFY2(!header->isSectionHidden(column), qPrintable(name));
        const int left = header->sectionViewportPosition(column);
        const int right = left + header->sectionSize(column);
        QVERIFY2(left >= 0 && right <= room, qPrintable(QStringLiteral("%1: \"%2\" spans %3 to %4 px of %5")
                                                           .arg(language, name).arg(left).arg(right).arg(room)));
        // Its title and the values on screen are not cut off.
        int cells = 0;
        for (const ShownText &text : shown) {
            const bool title = text.kind == ShownText::Kind::Header && text.index == column;
            const bool cell = text.kind == ShownText::Kind::Cell && text.index % 1000 == column
                && text.where.contains(QLatin1String("deviceTable"));
            cells += cell ? 1 : 0;
            QVERIFY2(!(title || cell) || !text.truncated(),
                     qPrintable(QStringLiteral("%1: %2 \"%3\" is cut off: %4").arg(language, name, text.text, text.describe())));
        }
        QVERIFY2(cells > 5, qPrintable(name));
    }
}

void TestMainWindow::liveUpdatesPausedShowsInTheStatusBar()
{
    DeviceInventory inventory(m_store);
    ConsoleServices services(m_store, &inventory, m_languages.get());
    ScriptedFeed feed;
    services.setChangeFeed(&feed);
    MainWindow window(&services);
    window.show();
    auto *state = window.findChild<QLabel *>(QStringLiteral("liveUpdatesState"));
    QVERIFY(state);
    QVERIFY(!state->isVisible());

    feed.say(false, QStringLiteral("server closed the connection unexpectedly"));
    QVERIFY(state->isVisible());
    QVERIFY2(state->text().contains(QLatin1String("server closed the connection unexpectedly")),
             qPrintable(state->text()));
    QVERIFY(state->text().startsWith(QLatin1String("Live updates paused")));

    feed.say(true, QString());
    QVERIFY(!state->isVisible());
    QVERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Live updates resumed")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
