// Issue 8: a store that cannot be opened at start-up. The dialog names the file and the
// reason, and its actions change nothing but what they say: the damaged file is renamed,
// never deleted, and a new store opens in its place; or another file is chosen; or nothing.

#include "app/demo/demofleetgenerator.h"
#include "app/demo/demofleetwriter.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "ui/storeproblemdialog.h"
#include "tests/screenshotpath.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

bool writeFleet(const QString &path, int count)
{
    SqliteStore store(path);
    QString error;
    return store.open(&error) && DemoFleetWriter::write(DemoFleetGenerator(1), store, count, kNow, &error);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A store of 20 devices whose header is overwritten: SQLite refuses it.
QByteArray damage(const QString &path)
{
    if (!writeFleet(path, 20))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return {};
    file.write(QByteArray(64, 'Z'));
    file.close();
    return contents(path);
}

QString labelText(const QWidget &dialog, const char *name)
{
    if (const auto *field = dialog.findChild<QLineEdit *>(QLatin1String(name)))
        return field->text();
    const auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text().remove(QChar(0x200B)) : QString();
}

// Every visible label and button lies inside the dialog and no two overlap.
QStringList overlaps(const QWidget &dialog)
{
    QList<QWidget *> widgets;
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (widget->isVisible() && (qobject_cast<QLabel *>(widget) || qobject_cast<QPushButton *>(widget)
                || qobject_cast<QLineEdit *>(widget)))
            widgets.append(widget);
    }
    QStringList problems;
    for (qsizetype i = 0; i < widgets.size(); ++i) {
        const QRect a = widgets.at(i)->geometry();
        if (!dialog.rect().contains(a))
            problems.append(QStringLiteral("%1 outside the dialog").arg(widgets.at(i)->objectName()));
        if (const auto *label = qobject_cast<QLabel *>(widgets.at(i)); label && label->wordWrap()
            && label->heightForWidth(a.width()) > a.height())
            problems.append(QStringLiteral("label cut: %1").arg(label->text().left(40)));
        for (qsizetype j = i + 1; j < widgets.size(); ++j) {
            if (a.intersects(widgets.at(j)->geometry()))
                problems.append(QStringLiteral("overlap: %1 / %2").arg(
                    qobject_cast<QLabel *>(widgets.at(i)) ? qobject_cast<QLabel *>(widgets.at(i))->text().left(30) : widgets.at(i)->objectName(),
                    qobject_cast<QLabel *>(widgets.at(j)) ? qobject_cast<QLabel *>(widgets.at(j))->text().left(30) : widgets.at(j)->objectName()));
        }
    }
    return problems;
}
} // namespace

class TestStoreProblemDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void namesTheFileAndTheReason();
    void setAsideKeepsTheFileAndStartsANewStore();
    void setAsideNeverOverwrites();
    void failedRenameChangesNothing();
    void anotherFile();
    void cancelledPickerAndQuitChangeNothing();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreProblemDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("devices.sqlite"));
}

void TestStoreProblemDialog::namesTheFileAndTheReason()
{
    QVERIFY(!damage(m_path).isEmpty());
    SqliteStore store(m_path);
    QString error;
    QVERIFY(!store.open(&error));
    StoreProblemDialog dialog(m_path, error);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(labelText(dialog, "storeFile"), QDir::toNativeSeparators(m_path));
    QCOMPARE(labelText(dialog, "storeProblem"), error);
    QVERIFY(error.contains(QLatin1String("not a device database")));
    QVERIFY(dialog.newStoreButton()->isVisible() && dialog.otherFileButton()->isVisible()
        && dialog.quitButton()->isVisible());
    // Every text fits: no button is narrower than its label.
    for (QPushButton *button : { dialog.newStoreButton(), dialog.otherFileButton(), dialog.quitButton() })
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
    QTRY_VERIFY2(overlaps(dialog).isEmpty(), qPrintable(overlaps(dialog).join(QLatin1Char('\n'))));
    const QString png = screenshotPath(QStringLiteral("store_problem_en.png"));
    QVERIFY2(dialog.grab().save(png), qPrintable(png));
}

void TestStoreProblemDialog::setAsideKeepsTheFileAndStartsANewStore()
{
    const QByteArray damaged = damage(m_path);
    QVERIFY(!damaged.isEmpty());
    // A write-ahead log next to it belongs to it and moves with it.
    {
        QFile wal(m_path + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.write("wal pages");
    }
    SqliteStore broken(m_path);
    QString error;
    QVERIFY(!broken.open(&error));
    StoreProblemDialog dialog(m_path, error);
    dialog.show();
    QTest::mouseClick(dialog.newStoreButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), StoreProblemDialog::Choice::NewStore);
    const QString movedTo = dialog.movedTo();
    QVERIFY(movedTo.startsWith(m_path + QStringLiteral(".set-aside-")));
    QCOMPARE(contents(movedTo), damaged); // byte for byte: nothing lost
    QCOMPARE(contents(movedTo + QStringLiteral("-wal")), QByteArray("wal pages"));
    QVERIFY(!QFileInfo::exists(m_path));
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral("-wal")));

    // A new, empty store opens in its place (the next sync fills it).
    SqliteStore fresh(m_path);
    QVERIFY2(fresh.open(&error), qPrintable(error));
    QCOMPARE(fresh.devices().deviceCount(&error), 0);
}

void TestStoreProblemDialog::setAsideNeverOverwrites()
{
    QVERIFY(!damage(m_path).isEmpty());
    QString first;
    QString second;
    QString error;
    QVERIFY2(StoreProblemDialog::moveAside(m_path, &first, &error), qPrintable(error));
    const QByteArray firstContents = contents(first);
    // A second damaged file within the same second gets a name of its own.
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("second damaged file");
    file.close();
    QVERIFY2(StoreProblemDialog::moveAside(m_path, &second, &error), qPrintable(error));
    QVERIFY(first != second);
    QCOMPARE(contents(first), firstContents);
    QCOMPARE(contents(second), QByteArray("second damaged file"));
    // Nothing left to set aside: said, not pretended.
    QString third;
    QVERIFY(!StoreProblemDialog::moveAside(m_path, &third, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(m_path)), qPrintable(error));
}

void TestStoreProblemDialog::failedRenameChangesNothing()
{
    // A name of 227 bytes: the file itself can be renamed (227 + 26 for ".set-aside-<time>"
    // fits the 255 of a file name) but its write-ahead log cannot (+ "-wal" does not), so
    // the rename fails halfway, whoever runs the test (root ignores folder permissions).
    m_path = m_dir->filePath(QString(220, QLatin1Char('d')) + QStringLiteral(".sqlite"));
    const QByteArray damaged = damage(m_path);
    QVERIFY(!damaged.isEmpty());
    QFile wal(m_path + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.write("wal pages");
    wal.close();
    SqliteStore broken(m_path);
    QString error;
    QVERIFY(!broken.open(&error));
    StoreProblemDialog dialog(m_path, error);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.newStoreButton(), Qt::LeftButton);
    // The dialog stays, says why, and the files are as they were: the one already
    // renamed was put back.
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.choice(), StoreProblemDialog::Choice::Quit);
    QVERIFY2(dialog.actionError().contains(QDir::toNativeSeparators(m_path + QStringLiteral("-wal")))
            && dialog.actionError().contains(QLatin1String("Nothing was changed")),
        qPrintable(dialog.actionError()));
    QTRY_VERIFY2(overlaps(dialog).isEmpty(), qPrintable(overlaps(dialog).join(QLatin1Char('\n'))));
    const QString png = screenshotPath(QStringLiteral("store_problem_rename_failed_en.png"));
    QVERIFY2(dialog.grab().save(png), qPrintable(png));
    QCOMPARE(contents(m_path), damaged);
    QCOMPARE(contents(m_path + QStringLiteral("-wal")), QByteArray("wal pages"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 2);
}

void TestStoreProblemDialog::anotherFile()
{
    const QByteArray damaged = damage(m_path);
    QVERIFY(!damaged.isEmpty());
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    QVERIFY(writeFleet(other, 7));
    StoreProblemDialog dialog(m_path, QStringLiteral("damaged"));
    dialog.setFilePicker([&other](QWidget *) { return other; });
    dialog.show();
    QTest::mouseClick(dialog.otherFileButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), StoreProblemDialog::Choice::OtherFile);
    QCOMPARE(dialog.chosenPath(), other);
    QCOMPARE(contents(m_path), damaged); // the damaged file is left alone
    SqliteStore store(dialog.chosenPath());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.devices().deviceCount(&error), 7);
}

void TestStoreProblemDialog::cancelledPickerAndQuitChangeNothing()
{
    const QByteArray damaged = damage(m_path);
    QVERIFY(!damaged.isEmpty());
    StoreProblemDialog dialog(m_path, QStringLiteral("damaged"));
    dialog.setFilePicker([](QWidget *) { return QString(); });
    dialog.show();
    QTest::mouseClick(dialog.otherFileButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // cancelled: still asking
    QTest::mouseClick(dialog.quitButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.choice(), StoreProblemDialog::Choice::Quit);
    QCOMPARE(contents(m_path), damaged);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList { QStringLiteral("devices.sqlite") });
}

QTEST_MAIN(TestStoreProblemDialog)
#include "tst_storeproblemdialog.moc"
