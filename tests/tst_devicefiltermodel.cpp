#include "models/devicefiltermodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QVersionNumber>

namespace {
const QStringList kFirst{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("chloé"),
                         QStringLiteral("dmitri"), QStringLiteral("Émile"), QStringLiteral("yuki")};

DeviceRecord makeDevice(QRandomGenerator &random, int index)
{
    DeviceRecord device;
    device.id = index + 1;
    const QString first = kFirst[random.bounded(kFirst.size())];
    device.name = first + QStringLiteral("'s ") + (random.bounded(2) ? QStringLiteral("iPhone") : QStringLiteral("Pixel"))
        + QLatin1Char('-') + QString::number(random.bounded(1000));
    device.user = first + QStringLiteral(".user") + QString::number(random.bounded(50)) + QStringLiteral("@Contoso.com");
    device.platform = random.bounded(2) ? Platform::iOS : Platform::Android;
    device.osVersion = QString::number(8 + random.bounded(10)) + QLatin1Char('.') + QString::number(random.bounded(3));
    device.model = random.bounded(2) ? QStringLiteral("iPhone 15") : QStringLiteral("Pixel 8");
    device.serialNumber = QStringLiteral("SN") + QString::number(random.bounded(1000000));
    device.lastCheckin = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + random.bounded(1'000'000'000), Qt::UTC);
    const auto &codes = AzureClientStatus::knownCodes();
    const int pick = random.bounded(codes.size() + 2);
    if (pick < codes.size())
        device.clientStatus = AzureClientStatus(codes[pick]);
    else if (pick == codes.size())
        device.clientStatus = AzureClientStatus::fromWire(QStringLiteral("Broker_Timeout"));
    if (device.clientStatus.allowsDeviceId() && random.bounded(5))
        device.azureDeviceId = AzureDeviceId::fromUuid(QUuid::createUuid());
    device.complianceStatus = AzureComplianceStatus::Value(random.bounded(4));
    if (device.complianceStatus == AzureComplianceStatus::Successful)
        device.reportTime = device.lastCheckin.addSecs(60);
    return device;
}

DeviceTable makeTable(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    DeviceTable table;
    table.reserve(count);
    for (int i = 0; i < count; ++i) {
        DeviceEvaluation evaluation;
        evaluation.action = ComplianceAction(random.bounded(6));
        table.append(makeDevice(random, i), evaluation);
    }
    return table;
}

// The reference: a plain, obviously-correct filter over the model's own texts.
bool naiveMatches(const DeviceListModel &model, int row, const DeviceFilter &filter)
{
    const DeviceTable &t = model.table();
    const QString text = t.name(row) + QLatin1Char('\n') + t.user(row) + QLatin1Char('\n') + t.serialNumber(row);
    const QString id = t.azureDeviceId(row).toString();
    // The Azure id is searched for words of two characters or more.
    for (const QString &word : filter.search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!text.contains(word, Qt::CaseInsensitive) && !(word.size() >= 2 && id.contains(word, Qt::CaseInsensitive)))
            return false;
    }
    if (filter.outcomes && !(filter.outcomes & (1u << int(t.outcome(row)))))
        return false;
    if (filter.complianceStatuses && !(filter.complianceStatuses & (1u << int(t.complianceStatus(row)))))
        return false;
    if (filter.clientStatusCodes && !(filter.clientStatusCodes & (1u << int(t.clientStatusCode(row)))))
        return false;
    if (filter.platforms && !(filter.platforms & (1u << int(t.platform(row)))))
        return false;
    if (filter.userFixableOnly && !t.clientStatus(row).isUserFixable())
        return false;
    return true;
}
} // namespace

class TestDeviceFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void filterMatchesReference_data();
    void filterMatchesReference();
    void typingNarrowsAndWidens();
    void sortMatchesReference_data();
    void sortMatchesReference();
    void sortKeepsPersistentIndexes();
    void longTextSortEqualsReferenceAndRepair();
    void sortedAndFiltered();
    void sourceUpdatesAreForwarded();
    void sourceResetAndAppend();
    void mendedCachesEqualRebuild_data();
    void mendedCachesEqualRebuild();
    void precomputedOrdersEqualRebuild();
    void searchBufferBuiltOnWorkerEqualsRebuild();
    void listModelDisplaysFieldsAndReasons();

private:
    std::unique_ptr<DeviceListModel> m_source;
    std::unique_ptr<DeviceFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestDeviceFilterModel::init()
{
    m_proxyTester.reset();
    m_sourceTester.reset();
    m_proxy = std::make_unique<DeviceFilterModel>();
    m_source = std::make_unique<DeviceListModel>();
    // Testers attach before any change, so every signal sequence is checked.
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(
        m_source.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->setSourceModel(m_source.get());
    m_source->setTable(makeTable(3000, 42));
}

void TestDeviceFilterModel::filterMatchesReference_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<quint32>("outcomes");
    QTest::addColumn<quint32>("statuses");
    QTest::addColumn<quint32>("codes");
    QTest::addColumn<quint32>("platforms");
    QTest::addColumn<bool>("userFixable");

    const quint32 none = 0;
    QTest::addRow("everything") << QString() << none << none << none << none << false;
    QTest::addRow("one letter") << QStringLiteral("a") << none << none << none << none << false;
    QTest::addRow("upper case query") << QStringLiteral("ALICE") << none << none << none << none << false;
    QTest::addRow("accented, folded") << QStringLiteral("ÉMILE") << none << none << none << none << false;
    QTest::addRow("two words") << QStringLiteral("bob pixel") << none << none << none << none << false;
    QTest::addRow("serial") << QStringLiteral("sn12") << none << none << none << none << false;
    QTest::addRow("user domain") << QStringLiteral("@contoso") << none << none << none << none << false;
    QTest::addRow("azure id hex") << QStringLiteral("-4") << none << none << none << none << false;
    QTest::addRow("azure id, upper case") << QStringLiteral("-4A") << none << none << none << none << false;
    QTest::addRow("one hex digit: not in ids") << QStringLiteral("7") << none << none << none << none << false;
    QTest::addRow("no match") << QStringLiteral("zzzz") << none << none << none << none << false;
    QTest::addRow("never across fields") << QStringLiteral("comsn") << none << none << none << none << false;
    QTest::addRow("a line break separates words") << QStringLiteral("com\nsn") << none << none << none << none
                                                 << false;
    QTest::addRow("non-compliant") << QString() << DeviceFilter::bit(int(AzureOutcome::NonCompliant)) << none
                                   << none << none << false;
    QTest::addRow("removed or compliant")
        << QString()
        << (DeviceFilter::bit(int(AzureOutcome::RemovedFromAzure)) | DeviceFilter::bit(int(AzureOutcome::Compliant)))
        << none << none << none << false;
    QTest::addRow("failed reports") << QString() << none << DeviceFilter::bit(AzureComplianceStatus::Failed) << none
                                    << none << false;
    QTest::addRow("unknown codes") << QString() << none << none
                                   << DeviceFilter::bit(int(AzureClientStatus::Code::Unknown)) << none << false;
    QTest::addRow("android") << QString() << none << none << none << DeviceFilter::bit(int(Platform::Android))
                             << false;
    QTest::addRow("user-fixable") << QString() << none << none << none << none << true;
    QTest::addRow("search and filters")
        << QStringLiteral("alice") << DeviceFilter::bit(int(AzureOutcome::NonCompliant))
        << DeviceFilter::bit(AzureComplianceStatus::Successful) << none << DeviceFilter::bit(int(Platform::iOS))
        << false;
}

void TestDeviceFilterModel::filterMatchesReference()
{
    QFETCH(QString, search);
    QFETCH(quint32, outcomes);
    QFETCH(quint32, statuses);
    QFETCH(quint32, codes);
    QFETCH(quint32, platforms);
    QFETCH(bool, userFixable);
    DeviceFilter filter;
    filter.search = search;
    filter.outcomes = outcomes;
    filter.complianceStatuses = statuses;
    filter.clientStatusCodes = codes;
    filter.platforms = platforms;
    filter.userFixableOnly = userFixable;

    QSignalSpy resetSpy(m_proxy.get(), &QAbstractItemModel::modelReset);
    m_proxy->setFilter(filter);
    QCOMPARE(resetSpy.count(), filter == DeviceFilter() ? 0 : 1);

    QList<int> expected;
    for (int row = 0; row < m_source->rowCount(); ++row) {
        if (naiveMatches(*m_source, row, filter))
            expected.append(row);
    }
    QList<int> actual;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        actual.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    QCOMPARE(actual, expected);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex proxyIndex = m_proxy->index(row, DeviceListModel::UserColumn);
        QCOMPARE(m_proxy->mapFromSource(m_proxy->mapToSource(proxyIndex)), proxyIndex);
        QCOMPARE(proxyIndex.data(), m_proxy->mapToSource(proxyIndex).data());
    }
}

void TestDeviceFilterModel::typingNarrowsAndWidens()
{
    // Keystrokes as a user types and deletes: each step must equal a fresh filter.
    const QStringList steps{QStringLiteral("a"), QStringLiteral("al"), QStringLiteral("ali"),
                            QStringLiteral("alic"), QStringLiteral("ali"), QStringLiteral("ali i"),
                            QStringLiteral("ali ip"), QStringLiteral("ip"), QStringLiteral("")};
    for (const QString &step : steps) {
        m_proxy->setSearchText(step);
        DeviceFilter filter;
        filter.search = step;
        int expected = 0;
        for (int row = 0; row < m_source->rowCount(); ++row)
            expected += naiveMatches(*m_source, row, filter) ? 1 : 0;
        QVERIFY2(m_proxy->rowCount() == expected, qPrintable(step));
    }
    QCOMPARE(m_proxy->rowCount(), m_source->rowCount());
}

void TestDeviceFilterModel::sortMatchesReference_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < DeviceListModel::ColumnCount; ++column) {
        const QString name = DeviceListModel::columnKey(DeviceListModel::Column(column));
        QTest::addRow("%s ascending", qPrintable(name)) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", qPrintable(name)) << column << Qt::DescendingOrder;
    }
}

void TestDeviceFilterModel::sortMatchesReference()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    m_proxy->sort(column, order);
    QCOMPARE(m_proxy->rowCount(), m_source->rowCount());

    // Every row present once, and neighbours in order by the raw value.
    QSet<int> seen;
    const auto raw = [&](int proxyRow) {
        return m_proxy->index(proxyRow, column).data(DeviceListModel::UnderlyingDataRole);
    };
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        seen.insert(m_proxy->sourceRow(row));
        if (row == 0)
            continue;
        const QVariant a = raw(row - 1);
        const QVariant b = raw(row);
        int c = 0;
        if (column == DeviceListModel::OsVersionColumn)
            c = QVersionNumber::compare(QVersionNumber::fromString(a.toString()), QVersionNumber::fromString(b.toString()));
        else if (a.typeId() == QMetaType::QString)
            c = a.toString().toUtf8().toLower().compare(b.toString().toUtf8().toLower());
        else
            c = QVariant::compare(a, b) == QPartialOrdering::Less ? -1 : (QVariant::compare(a, b) == QPartialOrdering::Greater ? 1 : 0);
        if (order == Qt::DescendingOrder)
            c = -c;
        QVERIFY2(c <= 0, qPrintable(QStringLiteral("row %1: %2 then %3").arg(row).arg(a.toString(), b.toString())));
    }
    QCOMPARE(seen.size(), m_source->rowCount());
}

// Text sorts key on the first 32 folded bytes; names alike beyond that, equal
// names, names holding NUL and names of 32 bytes exactly must sort as the byte order of
// the folded text, ties by row, and a mended order must equal a rebuilt one.
void TestDeviceFilterModel::longTextSortEqualsReferenceAndRepair()
{
    m_proxyTester.reset(); // see mendedCachesEqualRebuild
    m_sourceTester.reset();
    QRandomGenerator random(17);
    const QString prefix = QStringLiteral("Contoso Shared Kiosk Device Ward"); // 32 bytes
    QCOMPARE(prefix.toUtf8().size(), 32);
    const auto pickName = [&]() -> QString {
        switch (random.bounded(6)) {
        case 0: return prefix;
        case 1: return prefix.left(20) + QChar(u'\0') + QString::number(random.bounded(3));
        case 2: return prefix + QString::number(random.bounded(20));
        case 3: return prefix.toUpper() + QStringLiteral(" é") + QString::number(random.bounded(5));
        case 4: return prefix + QChar(u'\0') + QStringLiteral("x");
        default: return prefix.left(31);
        }
    };
    DeviceTable table;
    for (int i = 0; i < 2000; ++i) {
        DeviceRecord device = makeDevice(random, i);
        device.name = pickName();
        table.append(device, {});
    }
    m_source->setTable(table);
    const auto checkOrder = [&](const DeviceFilterModel &model) {
        for (int row = 1; row < model.rowCount(); ++row) {
            const int a = model.sourceRow(row - 1);
            const int b = model.sourceRow(row);
            const QByteArray ta = m_source->table().name(a).toUtf8().toLower();
            const QByteArray tb = m_source->table().name(b).toUtf8().toLower();
            const int c = ta.compare(tb);
            QVERIFY2(c < 0 || (c == 0 && a < b), qPrintable(QStringLiteral("row %1: source %2 then %3").arg(row).arg(a).arg(b)));
        }
    };
    m_proxy->setPrecomputeThreshold(-1);
    m_proxy->sort(DeviceListModel::NameColumn);
    checkOrder(*m_proxy);
    if (QTest::currentTestFailed())
        return;
    for (int i = 0; i < 100; ++i) {
        const int row = random.bounded(m_source->rowCount());
        DeviceRecord device = makeDevice(random, int(m_source->table().id(row)) - 1);
        device.name = pickName();
        m_source->updateDevice(device, {});
    }
    m_proxy->sort(DeviceListModel::NameColumn, Qt::DescendingOrder);
    m_proxy->sort(DeviceListModel::NameColumn, Qt::AscendingOrder);
    checkOrder(*m_proxy);
    if (QTest::currentTestFailed())
        return;
    DeviceFilterModel fresh;
    fresh.setPrecomputeThreshold(-1);
    fresh.setSourceModel(m_source.get());
    fresh.sort(DeviceListModel::NameColumn);
    for (int row = 0; row < fresh.rowCount(); ++row)
        QCOMPARE(m_proxy->sourceRow(row), fresh.sourceRow(row));
}

void TestDeviceFilterModel::sortKeepsPersistentIndexes()
{
    const QPersistentModelIndex tracked = m_proxy->index(10, DeviceListModel::NameColumn);
    const qint64 deviceId = tracked.data(DeviceListModel::DeviceIdRole).toLongLong();
    QSignalSpy layoutSpy(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    m_proxy->sort(DeviceListModel::SerialColumn, Qt::DescendingOrder);
    QCOMPARE(layoutSpy.count(), 1);
    QVERIFY(tracked.isValid());
    QCOMPARE(tracked.data(DeviceListModel::DeviceIdRole).toLongLong(), deviceId);
}

void TestDeviceFilterModel::sortedAndFiltered()
{
    m_proxy->sort(DeviceListModel::NameColumn, Qt::AscendingOrder);
    m_proxy->setSearchText(QStringLiteral("bob"));
    DeviceFilter filter;
    filter.search = QStringLiteral("bob");
    int expected = 0;
    for (int row = 0; row < m_source->rowCount(); ++row)
        expected += naiveMatches(*m_source, row, filter) ? 1 : 0;
    QCOMPARE(m_proxy->rowCount(), expected);
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const QString a = m_proxy->index(row - 1, 0).data().toString().toLower();
        const QString b = m_proxy->index(row, 0).data().toString().toLower();
        QVERIFY(a.toUtf8() <= b.toUtf8());
        QVERIFY(b.contains(QStringLiteral("bob")) || m_proxy->index(row, 1).data().toString().contains(QStringLiteral("bob")));
    }
}

void TestDeviceFilterModel::sourceUpdatesAreForwarded()
{
    m_proxy->setSearchText(QStringLiteral("alice"));
    QVERIFY(m_proxy->rowCount() > 0);
    const int sourceRow = m_proxy->sourceRow(0);
    QSignalSpy changedSpy(m_proxy.get(), &QAbstractItemModel::dataChanged);
    DeviceRecord device;
    device.id = m_source->table().id(sourceRow);
    device.name = QStringLiteral("Renamed phone");
    device.user = QStringLiteral("someone@contoso.com");
    device.clientStatus = AzureClientStatus(AzureClientStatus::Code::Success);
    m_source->updateDevice(device, {});
    QCOMPARE(changedSpy.count(), 1);
    QCOMPARE(m_proxy->index(0, DeviceListModel::NameColumn).data().toString(), QStringLiteral("Renamed phone"));
    // The next search sees the new text.
    m_proxy->setSearchText(QStringLiteral("renamed"));
    QCOMPARE(m_proxy->rowCount(), 1);
}

void TestDeviceFilterModel::sourceResetAndAppend()
{
    m_proxy->setSearchText(QStringLiteral("bob"));
    m_source->setTable(makeTable(500, 7));
    DeviceFilter filter;
    filter.search = QStringLiteral("bob");
    int expected = 0;
    for (int row = 0; row < m_source->rowCount(); ++row)
        expected += naiveMatches(*m_source, row, filter) ? 1 : 0;
    QCOMPARE(m_proxy->rowCount(), expected);

    DeviceRecord added;
    added.id = 999999;
    added.name = QStringLiteral("Bob's new tablet");
    m_source->updateDevice(added, {});
    QCOMPARE(m_source->rowCount(), 501);
    QCOMPARE(m_proxy->rowCount(), expected + 1);
}

// A sync or a report changes and appends rows one by one; the filter model mends
// its search text and sort orders for those rows instead of rebuilding them. After any
// sequence of such changes, every search and sort must give exactly what a new filter
// model built from scratch on the same data gives.
void TestDeviceFilterModel::mendedCachesEqualRebuild_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("name") << int(DeviceListModel::NameColumn);
    QTest::newRow("user") << int(DeviceListModel::UserColumn);
    QTest::newRow("report time") << int(DeviceListModel::ReportTimeColumn);
    QTest::newRow("compliance status") << int(DeviceListModel::ComplianceStatusColumn);
    QTest::newRow("os version") << int(DeviceListModel::OsVersionColumn);
    QTest::newRow("azure id") << int(DeviceListModel::AzureDeviceIdColumn);
}

void TestDeviceFilterModel::mendedCachesEqualRebuild()
{
    QFETCH(int, column);
    // The model testers walk every row on each reset: too slow for this many; the
    // signal sequences of mending are checked in sourceUpdatesAreForwarded and
    // sourceResetAndAppend, with the testers.
    m_proxyTester.reset();
    m_sourceTester.reset();
    // Every cache filled: the search text, the narrowing result and two sort orders.
    m_proxy->setSearchText(QStringLiteral("al"));
    m_proxy->setSearchText(QStringLiteral("ali"));
    m_proxy->sort(DeviceListModel::LastCheckinColumn);
    m_proxy->sort(column, Qt::DescendingOrder);

    QRandomGenerator random(99);
    const auto check = [&](const QString &search, Qt::SortOrder order) {
        m_proxy->setSearchText(search);
        m_proxy->sort(column, order);
        DeviceFilterModel fresh;
        fresh.setSourceModel(m_source.get());
        fresh.setSearchText(search);
        fresh.sort(column, order);
        QCOMPARE(m_proxy->rowCount(), fresh.rowCount());
        for (int row = 0; row < fresh.rowCount(); ++row) {
            if (m_proxy->sourceRow(row) != fresh.sourceRow(row))
                QFAIL(qPrintable(QStringLiteral("row %1: source row %2, a rebuild gives %3 (search \"%4\")")
                                     .arg(row)
                                     .arg(m_proxy->sourceRow(row))
                                     .arg(fresh.sourceRow(row))
                                     .arg(search)));
        }
    };
    for (int round = 0; round < 4; ++round) {
        // Changes that keep the text's length (status, report time, a same-length
        // rename), ones that change it, and new devices.
        for (int i = 0; i < 40; ++i) {
            const int row = random.bounded(m_source->rowCount());
            DeviceRecord device = makeDevice(random, int(m_source->table().id(row)) - 1);
            if (i % 3 == 0) { // the searched text is kept: mended in place
                device.name = m_source->table().name(row);
                device.user = m_source->table().user(row);
                device.serialNumber = m_source->table().serialNumber(row);
            }
            else if (i % 3 == 1)
                device.name = QStringLiteral("Alix phone %1").arg(random.bounded(10));
            DeviceEvaluation evaluation;
            evaluation.action = ComplianceAction(random.bounded(6));
            m_source->updateDevice(device, evaluation);
        }
        for (int i = 0; i < 10; ++i) {
            const int index = m_source->rowCount() + 1000;
            m_source->updateDevice(makeDevice(random, index), {});
        }
        check(QStringLiteral("ali"), Qt::AscendingOrder);
        if (QTest::currentTestFailed())
            return;
        check(QStringLiteral("alix"), Qt::DescendingOrder);
        if (QTest::currentTestFailed())
            return;
        check(QString(), Qt::AscendingOrder);
        if (QTest::currentTestFailed())
            return;
    }
}

// After a load the main sort orders are computed on a worker; rows changed and
// added while it runs must still end up in their place.
void TestDeviceFilterModel::precomputedOrdersEqualRebuild()
{
    m_proxyTester.reset(); // see mendedCachesEqualRebuild
    m_sourceTester.reset();
    m_proxy->setPrecomputeThreshold(0);
    QSignalSpy ready(m_proxy.get(), &DeviceFilterModel::ordersPrecomputed);
    m_source->setTable(makeTable(20000, 5));
    QVERIFY(m_proxy->isPrecomputing());
    QRandomGenerator random(3);
    for (int i = 0; i < 50; ++i) {
        const int row = random.bounded(m_source->rowCount());
        m_source->updateDevice(makeDevice(random, int(m_source->table().id(row)) - 1), {});
    }
    for (int i = 0; i < 5; ++i)
        m_source->updateDevice(makeDevice(random, 50000 + i), {});
    QVERIFY(ready.wait(30000));
    // The search buffer is built by another task; it may land after the orders.
    QTRY_VERIFY_WITH_TIMEOUT(!m_proxy->isPrecomputing(), 30000);
    for (int column : {int(DeviceListModel::NameColumn), int(DeviceListModel::ReportTimeColumn),
                       int(DeviceListModel::LastCheckinColumn)}) {
        m_proxy->sort(column, Qt::AscendingOrder);
        DeviceFilterModel fresh;
        fresh.setPrecomputeThreshold(-1);
        fresh.setSourceModel(m_source.get());
        fresh.sort(column, Qt::AscendingOrder);
        QCOMPARE(m_proxy->rowCount(), fresh.rowCount());
        for (int row = 0; row < fresh.rowCount(); ++row)
            QCOMPARE(m_proxy->sourceRow(row), fresh.sourceRow(row));
    }
}

// After a load the search buffer is built on a worker; rows changed (to a text
// of the same, a shorter or a longer length) and added while it runs must be found as a
// model built from scratch finds them, and a search that comes before it lands must too.
void TestDeviceFilterModel::searchBufferBuiltOnWorkerEqualsRebuild()
{
    m_proxyTester.reset(); // see mendedCachesEqualRebuild
    m_sourceTester.reset();
    m_proxy->setPrecomputeThreshold(0);
    const QStringList searches{QStringLiteral("ali"), QStringLiteral("alix"), QStringLiteral("zed"),
                               QStringLiteral("bob pixel"), QStringLiteral("sn12"), QStringLiteral("contoso")};
    const auto check = [&] {
        for (const QString &search : searches) {
            m_proxy->setSearchText(search);
            DeviceFilterModel fresh;
            fresh.setPrecomputeThreshold(-1);
            fresh.setSourceModel(m_source.get());
            fresh.setSearchText(search);
            QCOMPARE(m_proxy->rowCount(), fresh.rowCount());
            for (int row = 0; row < fresh.rowCount(); ++row)
                QCOMPARE(m_proxy->sourceRow(row), fresh.sourceRow(row));
        }
        m_proxy->setSearchText(QString());
    };
    for (const bool searchBeforeItLands : {false, true}) {
        m_source->setTable(makeTable(20000, searchBeforeItLands ? 8 : 7));
        QVERIFY(m_proxy->isPrecomputing());
        QRandomGenerator random(11);
        for (int i = 0; i < 60; ++i) {
            const int row = random.bounded(m_source->rowCount());
            DeviceRecord device = makeDevice(random, int(m_source->table().id(row)) - 1);
            const QString name = m_source->table().name(row);
            if (i % 3 == 0) // same length
                device.name = name.left(name.size() - 1) + QLatin1Char('X');
            else if (i % 3 == 1) // shorter
                device.name = QStringLiteral("Zed %1").arg(i);
            else // longer
                device.name = name + QStringLiteral(" alix spare");
            m_source->updateDevice(device, {});
        }
        for (int i = 0; i < 5; ++i) {
            DeviceRecord added = makeDevice(random, 50000 + i);
            added.name = QStringLiteral("Alix added %1").arg(i);
            m_source->updateDevice(added, {});
        }
        if (searchBeforeItLands) {
            check();
            if (QTest::currentTestFailed())
                return;
            // The search took the worker's buffer; a longer text then drops it, and the
            // worker's late signal must not bring the stale buffer back.
            DeviceRecord device = makeDevice(random, int(m_source->table().id(0)) - 1);
            device.name = m_source->table().name(0) + QStringLiteral(" alix longer still");
            m_source->updateDevice(device, {});
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_proxy->isPrecomputing(), 30000);
        check();
        if (QTest::currentTestFailed())
            return;
        // Changes after it landed are mended into the worker's buffer.
        for (int i = 0; i < 20; ++i) {
            const int row = random.bounded(m_source->rowCount());
            DeviceRecord device = makeDevice(random, int(m_source->table().id(row)) - 1);
            device.name = i % 2 ? QStringLiteral("Zed late %1").arg(i) : QStringLiteral("Al");
            m_source->updateDevice(device, {});
        }
        check();
        if (QTest::currentTestFailed())
            return;
    }
}

void TestDeviceFilterModel::listModelDisplaysFieldsAndReasons()
{
    DeviceTable table;
    DeviceRecord device;
    device.id = 1;
    device.name = QStringLiteral("Unknown-code phone");
    device.clientStatus = AzureClientStatus::fromWire(QStringLiteral("Broker_Timeout"));
    table.append(device, {});
    device.id = 2;
    device.clientStatus = AzureClientStatus::fromWire(QStringLiteral("User_Cancelled"));
    table.append(device, {});
    device.id = 3;
    device.clientStatus = AzureClientStatus(AzureClientStatus::Code::Success);
    device.azureDeviceId = AzureDeviceId::fromUuid(QUuid(QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d")));
    device.complianceStatus = AzureComplianceStatus::Successful;
    device.reportTime = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    DeviceEvaluation retire;
    retire.action = ComplianceAction::Retire;
    table.append(device, retire);
    m_source->setTable(std::move(table));

    const auto cell = [&](int row, DeviceListModel::Column column, int role = Qt::DisplayRole) {
        return m_source->index(row, column).data(role);
    };
    QCOMPARE(cell(0, DeviceListModel::ClientStatusCodeColumn, DeviceListModel::UnderlyingDataRole).toString(),
             QStringLiteral("Broker_Timeout"));
    QVERIFY(cell(0, DeviceListModel::ClientStatusCodeColumn, DeviceListModel::FlaggedRole).toBool());
    QCOMPARE(cell(1, DeviceListModel::ClientStatusCodeColumn).toString(), QStringLiteral("User_Canceled"));
    QVERIFY(cell(1, DeviceListModel::ReportTimeColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("User_Canceled")));
    QVERIFY(cell(1, DeviceListModel::AzureDeviceIdColumn, DeviceListModel::FlaggedRole).toBool());
    QCOMPARE(cell(2, DeviceListModel::AzureDeviceIdColumn).toString(),
             QStringLiteral("007c8232-9489-4074-9b35-345b16f0a72d"));
    QCOMPARE(cell(2, DeviceListModel::OutcomeColumn, DeviceListModel::UnderlyingDataRole).toInt(),
             int(AzureOutcome::RemovedFromAzure));
    QCOMPARE(cell(2, DeviceListModel::ReportTimeColumn, DeviceListModel::UnderlyingDataRole).toLongLong(),
             device.reportTime.toMSecsSinceEpoch());

    QSignalSpy changed(m_source.get(), &QAbstractItemModel::dataChanged);
    m_source->setReportingEnabled(false);
    QCOMPARE(changed.count(), 1);
    QVERIFY(cell(2, DeviceListModel::ReportTimeColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("disabled")));
    QCOMPARE(cell(2, DeviceListModel::ReportTimeColumn, DeviceListModel::UnderlyingDataRole).toLongLong(), 0);
}

QTEST_GUILESS_MAIN(TestDeviceFilterModel)
#include "tst_devicefiltermodel.moc"
