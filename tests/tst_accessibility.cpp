#include "app/console/consoleservices.h"
#include "app/i18n/languageswitcher.h"
#include "app/inventory/deviceinventory.h"
#include "app/net/networkservices.h"
#include "app/policy/policyservice.h"
#include "app/reporting/reportingengine.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/tenant/demotenant.h"
#include "models/devicefiltermodel.h"
#include "models/devicelistmodel.h"
#include "tests/democonsole.h"
#include "tests/emulatornetsettings.h"
#include "ui/devicedetailsview.h"
#include "ui/devicelistpanel.h"
#include "ui/mainwindow.h"
#include "ui/policyeditor.h"
#include "ui/readablecolors.h"
#include "ui/screenshotcatalog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// Keyboard and screen reader use in-process: every control the Tab key reaches in every view
// of the screenshot catalog has an accessible name; the helpdesk's and the policy author's
// flows work with the keyboard alone; the console's coloured texts stay legible in a dark
// and a high-contrast palette. (tests/accessibility/check-atspi.sh reads the same views from
// outside, through AT-SPI.)

namespace {
QString widgetPath(const QWidget *widget)
{
    QStringList parts;
    for (const QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        const QString name = w->objectName();
        if (w == widget || (!name.isEmpty() && !name.startsWith(QLatin1String("qt_"))))
            parts.prepend(QString::fromLatin1(w->metaObject()->className())
                          + (name.isEmpty() ? QString() : QLatin1Char('#') + name));
    }
    return parts.join(QLatin1Char('/'));
}

// The widgets the Tab key reaches in `window`, in order.
QList<QWidget *> tabChain(QWidget *window)
{
    QList<QWidget *> chain;
    int guard = 0;
    for (QWidget *w = window->nextInFocusChain(); w && w != window && guard < 10000; w = w->nextInFocusChain(), ++guard) {
        if (w->window() == window && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus
            && !w->focusProxy())
            chain.append(w);
    }
    return chain;
}

// What a screen reader says the widget is: the widget whose focus proxy it is speaks for it
// (the line edit inside a spin box).
QString accessibleName(QWidget *widget)
{
    const auto nameOf = [](QWidget *w) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        return iface ? iface->text(QAccessible::Name).trimmed() : QString();
    };
    QString name = nameOf(widget);
    if (QWidget *parent = widget->parentWidget(); name.isEmpty() && parent && parent->focusProxy() == widget)
        name = nameOf(parent);
    return name;
}

QWidget *pressTabUntil(QWidget *window, const std::function<bool(QWidget *)> &reached, int most = 80)
{
    for (int i = 0; i < most; ++i) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (focus && reached(focus))
            return focus;
    }
    return nullptr;
}
} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyControlTheTabKeyReachesHasAName();
    void deviceListTabOrder();
    void helpdeskFlowByKeyboard();
    void policyFlowByKeyboard();
    void languageByKeyboard();
    void readableColorsReachTheContrast();
    void palettesKeepTextsLegible_data();
    void palettesKeepTextsLegible();

private:
    ScreenshotContext context() const { return m_console.context(); }

    DemoConsole m_console;
};

void TestAccessibility::initTestCase()
{
    QString error;
    QVERIFY2(m_console.start(300, &error), qPrintable(error));
}

void TestAccessibility::cleanupTestCase()
{
    // DemoConsole ends the window, the services and the emulator in order.
}

void TestAccessibility::everyControlTheTabKeyReachesHasAName()
{
    QStringList problems;
    int checked = 0;
    for (const ScreenshotView &view : ScreenshotCatalog::views()) {
        ScreenshotTarget target = view.show(context());
        if (!target.widget)
            continue;
        ScreenshotCatalog::settle(200);
        for (QWidget *widget : tabChain(target.widget->window())) {
            ++checked;
            if (accessibleName(widget).isEmpty()) {
                const auto *button = qobject_cast<QAbstractButton *>(widget);
                problems.append(view.id + QStringLiteral(": ") + widgetPath(widget)
                                + (button ? QStringLiteral(" \"%1\"").arg(button->text()) : QString()));
            }
        }
    }
    problems.removeDuplicates();
    qInfo("%d controls on the Tab key's way in %d views", checked, int(ScreenshotCatalog::views().size()));
    QVERIFY(checked > 100);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 control(s) without an accessible name:\n")
                                                .arg(problems.size())
                                            + problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::deviceListTabOrder()
{
    m_console.window->tabs()->setCurrentIndex(0);
    m_console.window->activateWindow();
    QTest::keySequence(m_console.window.get(), QKeySequence::Find);
    QTRY_VERIFY(m_console.window->deviceList()->searchField()->hasFocus());
    // From the search field through the filters into the list, then into Device Details.
    QStringList order;
    for (int i = 0; i < 7; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget()->objectName());
    }
    const QStringList expected{QStringLiteral("userFixableFilter"), QStringLiteral("outcomeFilter"),
                               QStringLiteral("complianceStatusFilter"), QStringLiteral("clientStatusCodeFilter"),
                               QStringLiteral("platformFilter"), QStringLiteral("deviceTable")};
    QCOMPARE(order.mid(0, expected.size()), expected);
    QVERIFY2(m_console.window->deviceDetails()->isAncestorOf(QApplication::focusWidget()),
             qPrintable(QStringLiteral("after the list: ") + widgetPath(QApplication::focusWidget())));
    // Shift+Tab goes back the same way.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("deviceTable"));
}

void TestAccessibility::helpdeskFlowByKeyboard()
{
    m_console.window->tabs()->setCurrentIndex(0);
    m_console.window->activateWindow();
    DeviceListPanel *list = m_console.window->deviceList();
    const QAbstractItemModel *shown = list->filterModel();

    // Search: Ctrl+F and type.
    QTest::keySequence(m_console.window.get(), QKeySequence::Find);
    QTRY_VERIFY(list->searchField()->hasFocus());
    const QString user = m_console.window->deviceModel()->table().user(7);
    QTest::keyClicks(list->searchField(), user);
    QTRY_VERIFY(shown->rowCount() < m_console.window->deviceModel()->rowCount());
    QTest::keyClick(list->searchField(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(list->searchField(), Qt::Key_Delete);
    QTRY_COMPARE(shown->rowCount(), m_console.window->deviceModel()->rowCount());

    // Filter: the client code filter by its accelerator, a code chosen by typing its start.
    QTest::keyClick(m_console.window.get(), Qt::Key_C, Qt::AltModifier);
    auto *code = list->findChild<QComboBox *>(QStringLiteral("clientStatusCodeFilter"));
    QTRY_VERIFY(code->hasFocus());
    QTest::keyClicks(code, QStringLiteral("Work"));
    QCOMPARE(code->currentText(), QStringLiteral("Workplace_Join_Required"));
    QTRY_VERIFY(shown->rowCount() > 0 && shown->rowCount() < m_console.window->deviceModel()->rowCount());

    // Open a device: into the list, then down one row; Device Details follows.
    QWidget *table = pressTabUntil(m_console.window.get(), [list](QWidget *w) { return w == list->tableView(); });
    QVERIFY(table);
    list->tableView()->setCurrentIndex(shown->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down);
    const QModelIndex current = list->tableView()->currentIndex();
    QCOMPARE(current.row(), std::min(1, shown->rowCount() - 1));
    auto *name = m_console.window->deviceDetails()->findChild<QLabel *>(QStringLiteral("deviceNameValue"));
    // Read off the window's thread: the details arrive by signal.
    QTRY_COMPARE(name->text(), current.siblingAtColumn(DeviceListModel::NameColumn).data().toString());

    // Read its Azure fields: Tab reaches each value, which the details pane scrolls into view.
    for (const char *field : {"complianceStatusValue", "clientStatusCodeValue"}) {
        auto *value = m_console.window->deviceDetails()->findChild<QLabel *>(QLatin1String(field));
        QVERIFY(value);
        QVERIFY2(pressTabUntil(m_console.window.get(), [value](QWidget *w) { return w == value; }), field);
        QVERIFY2(!value->visibleRegion().isEmpty(), field);
        QVERIFY(!accessibleName(value).isEmpty());
    }
    auto *codeValue = m_console.window->deviceDetails()->findChild<QLabel *>(QStringLiteral("clientStatusCodeValue"));
    QTRY_COMPARE(codeValue->text(), QStringLiteral("Workplace_Join_Required"));

    // Report now: Ctrl+R reports the selected device. Without an Azure device ID (the code
    // says why) it is skipped, and the status bar says so.
    list->tableView()->setFocus();
    m_console.window->statusBar()->clearMessage();
    QTest::keyClick(list->tableView(), Qt::Key_R, Qt::ControlModifier);
    const QString said = m_console.window->statusBar()->currentMessage();
    QVERIFY2(said.startsWith(QStringLiteral("0 devices queued for Azure. 1 device skipped")), qPrintable(said));

    code->setCurrentIndex(0);
    QTRY_COMPARE(shown->rowCount(), m_console.window->deviceModel()->rowCount());
}

void TestAccessibility::policyFlowByKeyboard()
{
    m_console.window->activateWindow();
    m_console.window->deviceList()->tableView()->setFocus();
    PolicyEditor *editor = m_console.window->policyEditor();
    // The Policies tab by its accelerator.
    QTest::keyClick(m_console.window.get(), Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(m_console.window->tabs()->currentWidget(), static_cast<QWidget *>(editor));
    auto *policies = editor->findChild<QAbstractItemView *>(QStringLiteral("policyList"));
    QVERIFY(pressTabUntil(m_console.window.get(), [policies](QWidget *w) { return w == policies; }));
    QTest::keyClick(policies, Qt::Key_Home);
    // Change the first action of the first policy with the keyboard.
    auto *steps = editor->findChild<QTableWidget *>(QStringLiteral("policySteps"));
    auto *action = qobject_cast<QComboBox *>(steps->cellWidget(0, 0));
    QVERIFY(action);
    const int before = action->currentIndex();
    QVERIFY(pressTabUntil(m_console.window.get(), [action](QWidget *w) { return w == action; }));
    QTest::keyClick(action, before + 1 < action->count() ? Qt::Key_Down : Qt::Key_Up);
    QTRY_VERIFY(editor->isModified());
    // Save: Tab to the button and press Space.
    auto *save = editor->findChild<QPushButton *>(QStringLiteral("savePolicies"));
    QVERIFY(save->isEnabled());
    QVERIFY(pressTabUntil(m_console.window.get(), [save](QWidget *w) { return w == save; }));
    QSignalSpy saved(editor, &PolicyEditor::saveFinished);
    QTest::keyClick(save, Qt::Key_Space);
    QVERIFY(saved.wait(30000));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
    QVERIFY(!editor->isModified());
    m_console.window->tabs()->setCurrentIndex(0);
}

void TestAccessibility::languageByKeyboard()
{
    m_console.window->activateWindow();
    m_console.window->deviceList()->tableView()->setFocus();
    const auto restore = qScopeGuard([this] { m_console.languages->setLanguage(QStringLiteral("en")); });
    // Alt+L opens the Language menu; Down to the second language, Enter.
    QTest::keyClick(m_console.window.get(), Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QCOMPARE(menu->objectName(), QStringLiteral("languageMenu"));
    const QList<QAction *> actions = menu->actions();
    const QString second = actions.at(1)->data().toString();
    QVERIFY(!second.isEmpty() && second != QLatin1String("en"));
    // Opened by the keyboard, the menu has its first entry active: Down reaches the second.
    QTest::keyClick(menu, Qt::Key_Down);
    QCOMPARE(menu->activeAction(), actions.at(1));
    QTest::keyClick(menu, Qt::Key_Return);
    QTRY_COMPARE(m_console.languages->language(), second);
}

void TestAccessibility::readableColorsReachTheContrast()
{
    using Tone = ReadableColors::Tone;
    QCOMPARE(qRound(ReadableColors::contrast(Qt::black, Qt::white)), 21);
    for (const QColor &background : {QColor(Qt::white), QColor(0xef, 0xef, 0xef), QColor(0x2d, 0x2d, 0x30),
                                     QColor(0x1e, 0x1e, 0x1f), QColor(Qt::black), QColor(0x3d, 0x7a, 0xd6)}) {
        for (Tone tone : {Tone::Error, Tone::Warning, Tone::Success, Tone::Muted}) {
            const QColor color = ReadableColors::color(tone, background);
            QVERIFY2(ReadableColors::contrast(color, background) >= ReadableColors::kMinimumContrast,
                     qPrintable(color.name() + QStringLiteral(" on ") + background.name()));
        }
    }
    // The designed colour where it is readable; the same hue lightened where it is not.
    QCOMPARE(ReadableColors::color(Tone::Error, Qt::white), QColor(0xb0, 0x00, 0x20));
    const QColor onDark = ReadableColors::color(Tone::Error, QColor(0x2d, 0x2d, 0x30));
    QVERIFY(onDark.lightness() > QColor(0xb0, 0x00, 0x20).lightness());
    QCOMPARE(onDark.hslHue(), QColor(0xb0, 0x00, 0x20).hslHue());
}

void TestAccessibility::palettesKeepTextsLegible_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addRow("dark") << QStringLiteral("-dark");
    QTest::addRow("high contrast") << QStringLiteral("-high-contrast");
}

// Every label shown in the dark and high-contrast views of the screenshot catalog draws its
// text at a WCAG AA contrast (4.5:1) with its background.
void TestAccessibility::palettesKeepTextsLegible()
{
    QFETCH(QString, suffix);
    QStringList problems;
    int views = 0;
    int labels = 0;
    for (const ScreenshotView &view : ScreenshotCatalog::views()) {
        if (!view.id.endsWith(suffix))
            continue;
        ScreenshotTarget target = view.show(context());
        QVERIFY2(target.widget, qPrintable(view.id));
        ++views;
        ScreenshotCatalog::settle(200);
        for (QLabel *label : target.widget->window()->findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->isEnabled() || label->text().trimmed().isEmpty())
                continue;
            ++labels;
            const QPalette palette = label->palette();
            const QColor text = palette.color(QPalette::WindowText);
            const QColor background = palette.color(label->backgroundRole());
            const double contrast = ReadableColors::contrast(text, background);
            if (contrast < ReadableColors::kMinimumContrast)
                problems.append(QStringLiteral("%1: %2 \"%3\": %4 on %5, %6:1")
                                    .arg(view.id, widgetPath(label), label->text().left(40), text.name(),
                                         background.name())
                                    .arg(contrast, 0, 'f', 1));
        }
    }
    QVERIFY(views >= 3);
    qInfo("%d labels in %d views", labels, views);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
