// Device list at fleet scale: our DeviceFilterModel against Qt's stock
// QSortFilterProxyModel over the same DeviceListModel, same data, same process.
// Prints the median of several repetitions per step and the ratio.
#include "app/demo/demofleetgenerator.h"
#include "models/devicefiltermodel.h"
#include "models/devicelistmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTextStream>

#include <algorithm>

namespace {
double medianMs(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// setup(i) runs untimed before each timed step(i).
template<typename Setup, typename Step>
double timeMs(int repetitions, Setup setup, Step step)
{
    QList<double> samples;
    for (int i = 0; i < repetitions; ++i) {
        setup(i);
        QElapsedTimer timer;
        timer.start();
        step(i);
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return medianMs(samples);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int devices = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const int repetitions = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5;
    // "ours" skips the stock proxy (minutes at a million rows) for a quick check.
    const bool withStock = !(argc > 3 && qstrcmp(argv[3], "ours") == 0);
    QTextStream out(stdout);

    DemoFleetGenerator generator(1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<qint64, CompliancePolicy> policies;
    for (const CompliancePolicy &policy : generator.policies())
        policies.insert(policy.id, policy);
    DeviceTable table;
    table.reserve(devices);
    for (int i = 0; i < devices; ++i) {
        const DeviceRecord device = generator.device(i, now);
        table.append(device, ComplianceEvaluator::evaluate(device.violations, policies, now));
    }
    out << "devices: " << devices << ", repetitions: " << repetitions << ", table memory: "
        << table.memoryUsage() / devices << " bytes/device" << Qt::endl;

    DeviceListModel source;
    source.setTable(table);
    DeviceFilterModel ours;
    ours.setSourceModel(&source);
    QSortFilterProxyModel stock;
    stock.setSourceModel(&source);
    stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Conservative for the stock proxy: it filters one column (ours searches four fields)
    // and sorts by the raw value, not the displayed text.
    stock.setFilterKeyColumn(DeviceListModel::NameColumn);
    stock.setSortRole(DeviceListModel::UnderlyingDataRole);

    const QStringList keystrokes{QStringLiteral("a"), QStringLiteral("ab"), QStringLiteral("abc"),
                                 QStringLiteral("ab"), QString(), QStringLiteral("al"), QStringLiteral("ali"),
                                 QString()};
    out << Qt::endl << "stock: QSortFilterProxyModel filtering the name column only, sorting by raw value"
        << Qt::endl << "step                 ours ms   stock ms   ratio   rows(ours/stock)" << Qt::endl;
    const auto row = [&](const QString &name, double a, double b, const QString &rows) {
        out << name.leftJustified(20) << QString::number(a, 'f', 1).rightJustified(8)
            << QString::number(b, 'f', 1).rightJustified(11) << QString::number(b / std::max(a, 0.001), 'f', 1).rightJustified(8)
            << "   " << rows << Qt::endl;
    };
    const auto none = [](int) {};
    // After a load the search buffer and the main sort orders are built on workers: the
    // first keystroke comes after they landed, as in the window.
    {
        QElapsedTimer ready;
        ready.start();
        while (ours.isPrecomputing())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        out << "(search buffer and sort orders ready " << ready.elapsed() << " ms after the load)" << Qt::endl;
    }
    QList<double> all;
    // Each keystroke is timed from the state the previous one left, as when typing.
    QString previous;
    for (const QString &text : keystrokes) {
        const double a = timeMs(repetitions, [&](int) { ours.setSearchText(previous); },
                                [&](int) { ours.setSearchText(text); });
        const double b = !withStock ? 0.0 : timeMs(1, [&](int) { stock.setFilterFixedString(previous); },
                                [&](int) {
                                    stock.setFilterFixedString(text);
                                    stock.rowCount(); // the stock proxy maps lazily: count that too
                                });
        all.append(a);
        row(QStringLiteral("search \"%1\"").arg(text), a, b,
            QStringLiteral("%1/%2").arg(ours.rowCount()).arg(stock.rowCount()));
        previous = text;
    }
    out << "keystroke median of medians " << QString::number(medianMs(all), 'f', 1) << " ms, worst median "
        << QString::number(*std::max_element(all.cbegin(), all.cend()), 'f', 1) << " ms" << Qt::endl;
    ours.setSearchText(QString());
    stock.setFilterFixedString(QString());
    // Cold sorts: the orders the workers computed are dropped.
    ours.setPrecomputeThreshold(-1);
    source.setTable(table);
    for (int column : {int(DeviceListModel::NameColumn), int(DeviceListModel::ReportTimeColumn)}) {
        // The first sort by a column computes its order of every row; later ones reuse it.
        const double first = timeMs(1, none, [&](int) { ours.sort(column, Qt::AscendingOrder); });
        out << "(first sort by " << DeviceListModel::columnKey(DeviceListModel::Column(column)) << ": "
            << QString::number(first, 'f', 1) << " ms)" << Qt::endl;
        const double a = timeMs(repetitions, none, [&](int i) {
            ours.sort(column, i % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        });
        const double b = !withStock ? 0.0 : timeMs(1, none, [&](int) {
            stock.sort(column, Qt::AscendingOrder);
            stock.rowCount();
        });
        row(QStringLiteral("sort %1").arg(DeviceListModel::columnKey(DeviceListModel::Column(column))), a, b,
            QStringLiteral("%1/%2").arg(ours.rowCount()).arg(stock.rowCount()));
    }
    return 0;
}
