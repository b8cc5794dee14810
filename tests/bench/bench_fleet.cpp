// Fleet scale benchmark: every figure of the fleet-scale targets with its baseline and the
// ratio, measured in the same run on the same generated data, median of several
// repetitions, at each fleet size given with --sizes.
//
//   list:    load, filter per keystroke and by status, sort, memory; ours (DeviceStore +
//            DeviceTable + DeviceListModel + DeviceFilterModel) against QSqlQueryModel
//            (all rows fetched) under QSortFilterProxyModel, and QStandardItemModel
//            for memory
//   store:   DeviceStore bulk write against `sqlite3 .import` of the same rows
//   sync:    the inventory pulled page by page from the emulator into the store
//   reports: min(N, 100,000) devices reported and confirmed through the outbox; the
//            upload rate against `wrk` PUTting the same message to the same endpoint
//   stall:   the longest event-loop stall while min(N, 100,000) devices are synced and
//            reported, with the device list wired to the engine as in the window
//   start:   cold start of the real azure-status-console to first paint and to the
//            loaded list, with the store of N devices
//
// Ratios are "times better than the baseline": baseline time / our time, our rate /
// baseline rate, baseline bytes / our bytes.
#include "app/demo/demofleetgenerator.h"
#include "app/inventory/deviceinventory.h"
#include "app/net/networkservices.h"
#include "app/net/tokenprovider.h"
#include "app/reporting/reportingengine.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/tenant/demotenant.h"
#include "models/complianceevaluator.h"
#include "models/devicefiltermodel.h"
#include "models/devicelistmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

namespace {

QTextStream out(stdout);

[[noreturn]] void die(const QString &message)
{
    QTextStream(stderr) << "bench_fleet: " << message << Qt::endl;
    std::exit(1);
}

qint64 residentBytes()
{
    QFile file(QStringLiteral("/proc/self/statm"));
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read /proc/self/statm"));
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

qint64 trimmedResidentBytes()
{
    malloc_trim(0);
    return residentBytes();
}

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return std::nan("");
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

double msSince(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e6; }

// setup(i) runs untimed before each timed step(i); returns every sample in ms.
template<typename Setup, typename Step>
QList<double> samplesMs(int repetitions, Setup setup, Step step)
{
    QList<double> samples;
    for (int i = 0; i < repetitions; ++i) {
        setup(i);
        QElapsedTimer timer;
        timer.start();
        step(i);
        samples.append(msSince(timer));
    }
    return samples;
}

// Runs the event loop until done() holds or the timeout passes; false on timeout.
// Runs the event loop until done() holds (checked every 10 ms, as a window would look at
// the engine now and then) or timeoutMs passed. The loop sleeps between events: a loop
// that spins would take one of the machine's cores from the engine and the emulator.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    bool reached = false;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done()) {
            reached = true;
            loop.quit();
        } else if (timer.elapsed() > timeoutMs) {
            loop.quit();
        }
    });
    check.start(10);
    loop.exec();
    return reached;
}

QString runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                const QString &stdoutFile = {})
{
    QProcess process;
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(program, arguments);
    if (!process.waitForStarted())
        die(QStringLiteral("cannot start %1 (install it: apt-get install -y sqlite3 wrk)").arg(program));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        die(QStringLiteral("%1 %2 failed: %3")
                .arg(program, arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAllStandardError())));
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

struct Figure
{
    QString name;
    QString unit;       // of ours and baseline
    double ours = 0;
    double baseline = std::nan(""); // nan: no baseline
    QString baselineName;
    bool lowerIsBetter = true;
    QString target; // text, empty when there is no target
    std::optional<bool> met;
    QString note;

    double ratio() const
    {
        if (std::isnan(baseline) || ours <= 0 || baseline <= 0)
            return std::nan("");
        return lowerIsBetter ? baseline / ours : ours / baseline;
    }
};

QString number(double value, int decimals = 1)
{
    if (std::isnan(value))
        return QStringLiteral("-");
    if (std::abs(value) >= 1000)
        decimals = 0;
    QString text = QString::number(value, 'f', decimals);
    return text;
}

class Bench
{
public:
    int repetitions = 3;
    int slowRepetitions = 1; // stock proxy steps and 1M syncs at a million devices
    bool skipStockProxy = false; // list section: leave out the stock proxy's steps (quick checks)
    QString consolePath;
    QString emulatorPath;
    QString workDir;
    QSet<QString> sections;

    QList<Figure> runSize(int devices);

private:
    bool wants(const QString &section) const { return sections.isEmpty() || sections.contains(section); }
    int repsFor(int devices, bool slow) const { return slow && devices >= 500000 ? slowRepetitions : repetitions; }
    void add(const Figure &figure);
    void storeFigures(int devices, const QString &storePath);
    void listFigures(int devices, const QString &storePath);
    void syncFigures(int devices);
    void reportFigures(int devices);
    void stallFigures(int devices);
    void startFigures(int devices, const QString &storePath);

    QList<Figure> m_figures;
    QHash<qint64, CompliancePolicy> m_policies;
    QList<DeviceRecord> m_fleet;
    QDateTime m_now;
    // Reports and the stall are measured at min(N, 100,000): a run at 1M reuses 100k's.
    QHash<int, QList<Figure>> m_reportCache;
};

void Bench::add(const Figure &figure)
{
    m_figures.append(figure);
    out << "  " << figure.name.leftJustified(34) << number(figure.ours).rightJustified(10) << ' '
        << figure.unit.leftJustified(10);
    if (!std::isnan(figure.baseline))
        out << " baseline " << number(figure.baseline).rightJustified(10) << " (" << figure.baselineName << ")"
            << "  ratio " << number(figure.ratio(), 2) << "x";
    if (!figure.target.isEmpty())
        out << "  target " << figure.target << (figure.met ? (*figure.met ? " MET" : " MISSED") : "");
    if (!figure.note.isEmpty())
        out << "  [" << figure.note << "]";
    out << Qt::endl;
}

QList<Figure> Bench::runSize(int devices)
{
    m_figures.clear();
    out << Qt::endl << "=== " << devices << " devices ===" << Qt::endl;
    m_now = QDateTime::currentDateTimeUtc();
    DemoFleetGenerator generator(1);
    m_policies.clear();
    for (const CompliancePolicy &policy : generator.policies())
        m_policies.insert(policy.id, policy);
    const QString storePath = QDir(workDir).filePath(QStringLiteral("store-%1.sqlite").arg(devices));
    const bool needStore = wants(QStringLiteral("store")) || wants(QStringLiteral("list"))
        || wants(QStringLiteral("start"));
    if (needStore) {
        m_fleet.clear();
        m_fleet.reserve(devices);
        for (int i = 0; i < devices; ++i)
            m_fleet.append(generator.device(i, m_now));
        storeFigures(devices, storePath);
        m_fleet.clear();
        m_fleet.squeeze();
    }
    if (wants(QStringLiteral("list")))
        listFigures(devices, storePath);
    if (wants(QStringLiteral("start")))
        startFigures(devices, storePath);
    if (wants(QStringLiteral("sync")))
        syncFigures(devices);
    if (wants(QStringLiteral("reports")) || wants(QStringLiteral("stall"))) {
        const int reported = std::min(devices, 100000);
        if (m_reportCache.contains(reported)) {
            out << "  (reports and stall at " << reported << " devices: same run as above)" << Qt::endl;
            for (const Figure &figure : m_reportCache.value(reported))
                add(figure);
        } else {
            const qsizetype first = m_figures.size();
            if (wants(QStringLiteral("reports")))
                reportFigures(reported);
            if (wants(QStringLiteral("stall")))
                stallFigures(reported);
            m_reportCache.insert(reported, m_figures.mid(first));
        }
    }
    return m_figures;
}

// ---- store write -------------------------------------------------------------------

void Bench::storeFigures(int devices, const QString &storePath)
{
    const int reps = repsFor(devices, false);
    QString error;
    constexpr int kChunk = 20000;
    const QList<double> ours = samplesMs(reps,
        [&](int) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(storePath + suffix);
        },
        [&](int) {
            SqliteStore store(storePath);
            if (!store.open(&error) || !store.policies().upsertPolicies(m_policies.values(), &error))
                die(error);
            for (int first = 0; first < devices; first += kChunk) {
                if (!store.devices().upsertDevices(m_fleet.mid(first, kChunk), &error))
                    die(error);
            }
        });

    // The same rows, as the store holds them, through the sqlite3 shell's .import into
    // the same schema (indexes included) in a fresh file.
    const QString devicesCsv = QDir(workDir).filePath(QStringLiteral("devices.csv"));
    const QString violationsCsv = QDir(workDir).filePath(QStringLiteral("violations.csv"));
    runTool(QStringLiteral("sqlite3"), {QStringLiteral("-csv"), storePath, QStringLiteral("SELECT * FROM devices")},
            {}, devicesCsv);
    runTool(QStringLiteral("sqlite3"),
            {QStringLiteral("-csv"), storePath, QStringLiteral("SELECT * FROM violations")}, {}, violationsCsv);
    const QString schema = runTool(QStringLiteral("sqlite3"),
                                   {storePath, QStringLiteral(".schema devices"), QStringLiteral(".schema violations")});
    int violationRows = 0;
    for (const DeviceRecord &device : std::as_const(m_fleet))
        violationRows += int(device.violations.size());
    const QString importPath = QDir(workDir).filePath(QStringLiteral("import.sqlite"));
    const QList<double> stock = samplesMs(reps,
        [&](int) {
            QFile::remove(importPath);
            runTool(QStringLiteral("sqlite3"), {importPath}, schema.toUtf8());
        },
        [&](int) {
            runTool(QStringLiteral("sqlite3"),
                    {importPath, QStringLiteral(".mode csv"), QStringLiteral(".import '%1' devices").arg(devicesCsv),
                     QStringLiteral(".import '%1' violations").arg(violationsCsv)});
        });
    QFile::remove(importPath);
    QFile::remove(devicesCsv);
    QFile::remove(violationsCsv);

    Figure write;
    write.name = QStringLiteral("store write");
    write.unit = QStringLiteral("devices/s");
    write.ours = devices / (median(ours) / 1000);
    write.baseline = devices / (median(stock) / 1000);
    write.baselineName = QStringLiteral("sqlite3 .import");
    write.lowerIsBetter = false;
    write.target = QStringLiteral(">= 0.5x .import");
    write.met = write.ratio() >= 0.5;
    write.note = QStringLiteral("%1 ms vs %2 ms, %3 violation rows")
                     .arg(number(median(ours), 0), number(median(stock), 0))
                     .arg(violationRows);
    add(write);
}

// ---- device list ---------------------------------------------------------------------

void Bench::listFigures(int devices, const QString &storePath)
{
    const int reps = repsFor(devices, false);
    const int stockReps = repsFor(devices, true);
    // The stock proxy's steps, or NaN when left out (--skip-stock-proxy).
    const auto stockSamplesMs = [this, stockReps](auto setup, auto step) {
        return skipStockProxy ? QList<double>{std::nan("")} : samplesMs(stockReps, setup, step);
    };
    // A target with a ratio is judged on ours alone when the stock proxy was left out.
    const auto ratioAtLeast = [this](const Figure &figure, double ratio) {
        return skipStockProxy || figure.ratio() >= ratio;
    };
    QString error;
    SqliteStore store(storePath);
    if (!store.open(&error))
        die(error);

    // Load, ours: the store into the table, the table into the list model.
    DeviceListModel source;
    // Memory: what the model holds after the last load, against the process with the model
    // emptied just before it. The store connection's SQLite page cache (2 MB, filled by the
    // first load whichever model reads) is then in both figures, not charged to the model.
    qint64 rssBefore = 0;
    const QList<double> load = samplesMs(reps,
        [&](int) {
            source.setTable(DeviceTable());
            rssBefore = trimmedResidentBytes();
        },
        [&](int) {
            DeviceTable table;
            if (!store.devices().loadTable(&table, m_policies, m_now, &error))
                die(error);
            source.setTable(std::move(table));
        });
    const qint64 oursBytes = trimmedResidentBytes() - rssBefore;
    if (source.rowCount() != devices)
        die(QStringLiteral("the list holds %1 rows, not %2").arg(source.rowCount()).arg(devices));

    // Load, stock: QSqlQueryModel with every row fetched.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-stock"));
    db.setDatabaseName(storePath);
    if (!db.open())
        die(db.lastError().text());
    const QString select = QStringLiteral(
        "SELECT name, user, platform, os_version, model, serial, last_checkin_ms, azure_device_id, client_status,"
        " compliance_status, report_time_ms, report_error, id FROM devices");
    constexpr int kStockName = 0;
    constexpr int kStockCompliance = 9;
    constexpr int kStockReportTime = 10;
    auto sqlModel = std::make_unique<QSqlQueryModel>();
    qint64 stockSqlBytes = 0;
    const QList<double> stockLoad = samplesMs(reps,
        [&](int) {
            sqlModel->clear();
            trimmedResidentBytes();
        },
        [&](int) {
            const qint64 before = trimmedResidentBytes();
            sqlModel->setQuery(select, db);
            while (sqlModel->canFetchMore())
                sqlModel->fetchMore();
            stockSqlBytes = trimmedResidentBytes() - before;
        });
    if (sqlModel->lastError().isValid() || sqlModel->rowCount() != devices)
        die(QStringLiteral("QSqlQueryModel: %1 rows, %2").arg(sqlModel->rowCount()).arg(sqlModel->lastError().text()));

    Figure loadFigure;
    loadFigure.name = QStringLiteral("load store -> list");
    loadFigure.unit = QStringLiteral("ms");
    loadFigure.ours = median(load);
    loadFigure.baseline = median(stockLoad);
    loadFigure.baselineName = QStringLiteral("QSqlQueryModel, all fetched");
    add(loadFigure);

    // Memory: the same rows as QStandardItemModel items (display text of every column).
    qint64 standardBytes = 0;
    {
        const qint64 before = trimmedResidentBytes();
        QStandardItemModel standard;
        standard.setColumnCount(DeviceListModel::ColumnCount);
        for (int row = 0; row < devices; ++row) {
            QList<QStandardItem *> items;
            items.reserve(DeviceListModel::ColumnCount);
            for (int column = 0; column < DeviceListModel::ColumnCount; ++column)
                items.append(new QStandardItem(source.displayText(row, DeviceListModel::Column(column))));
            standard.appendRow(items);
        }
        standardBytes = trimmedResidentBytes() - before;
    }
    trimmedResidentBytes();
    Figure memory;
    memory.name = QStringLiteral("model memory");
    memory.unit = QStringLiteral("B/device");
    memory.ours = double(oursBytes) / devices;
    memory.baseline = double(standardBytes) / devices;
    memory.baselineName = QStringLiteral("QStandardItemModel");
    memory.target = QStringLiteral("<= 300 B");
    memory.met = memory.ours <= 300;
    memory.note = QStringLiteral("QSqlQueryModel holds %1 B/device; table's own count %2 B/device")
                      .arg(number(double(stockSqlBytes) / devices, 0))
                      .arg(number(double(source.table().memoryUsage()) / devices, 0));
    add(memory);

    // Filter per keystroke: each keystroke from the state the previous one left.
    DeviceFilterModel ours;
    const qint64 beforeFilter = trimmedResidentBytes();
    ours.setSourceModel(&source);
    // The sort orders the worker computes after a load are awaited: typing is measured
    // on an otherwise idle machine.
    if (!waitFor([&] { return !ours.isPrecomputing(); }, 600000))
        die(QStringLiteral("the sort orders were not precomputed"));
    QSortFilterProxyModel stock;
    stock.setSourceModel(sqlModel.get());
    stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
    stock.setFilterKeyColumn(kStockName); // the stock proxy gets one column; ours searches four
    const QStringList keystrokes{QStringLiteral("a"), QStringLiteral("ab"), QStringLiteral("abc"),
                                 QStringLiteral("ab"), QString()};
    QList<double> oursAll;
    QList<double> stockAll;
    QString previous;
    for (const QString &text : keystrokes) {
        const QList<double> a = samplesMs(reps, [&](int) { ours.setSearchText(previous); },
                                          [&](int) { ours.setSearchText(text); });
        const QList<double> b = stockSamplesMs([&](int) { stock.setFilterFixedString(previous); stock.rowCount(); },
                                          [&](int) {
                                              stock.setFilterFixedString(text);
                                              stock.rowCount();
                                          });
        oursAll += a;
        stockAll += b;
        Figure key;
        // Backspace gives a text typed before: named apart, the table keys rows by name.
        key.name = QStringLiteral("  keystroke \"%1\"%2")
                       .arg(text, text.isEmpty()               ? QStringLiteral(" (clear)")
                                      : text.size() < previous.size() ? QStringLiteral(" (backspace)")
                                                                      : QString());
        key.unit = QStringLiteral("ms");
        key.ours = median(a);
        key.baseline = median(b);
        key.baselineName = QStringLiteral("QSortFilterProxyModel");
        key.note = QStringLiteral("rows %1/%2").arg(ours.rowCount()).arg(stock.rowCount());
        add(key);
        previous = text;
    }
    Figure filter;
    filter.name = QStringLiteral("filter per keystroke, median");
    filter.unit = QStringLiteral("ms");
    filter.ours = median(oursAll);
    filter.baseline = median(stockAll);
    filter.baselineName = QStringLiteral("QSortFilterProxyModel");
    filter.target = QStringLiteral("<= 30 ms, >= 20x");
    filter.met = filter.ours <= 30 && ratioAtLeast(filter, 20);
    add(filter);
    Figure worst;
    worst.name = QStringLiteral("filter per keystroke, worst");
    worst.unit = QStringLiteral("ms");
    worst.ours = *std::max_element(oursAll.cbegin(), oursAll.cend());
    worst.baseline = *std::max_element(stockAll.cbegin(), stockAll.cend());
    worst.baselineName = QStringLiteral("QSortFilterProxyModel");
    worst.target = QStringLiteral("<= 100 ms");
    worst.met = worst.ours <= 100;
    add(worst);

    // Filter by status (Azure Device Compliance Status).
    {
        DeviceFilter byStatus;
        byStatus.complianceStatuses = DeviceFilter::bit(AzureComplianceStatus::Successful);
        const QString storage = AzureComplianceStatus::storageName(AzureComplianceStatus::Successful);
        const QList<double> a = samplesMs(reps, [&](int) { ours.setFilter(DeviceFilter()); },
                                          [&](int) { ours.setFilter(byStatus); });
        stock.setFilterKeyColumn(kStockCompliance);
        const QList<double> b = stockSamplesMs(
            [&](int) { stock.setFilterRegularExpression(QString()); stock.rowCount(); },
            [&](int) {
                stock.setFilterRegularExpression(
                    QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(storage))));
                stock.rowCount();
            });
        Figure status;
        status.name = QStringLiteral("filter by status");
        status.unit = QStringLiteral("ms");
        status.ours = median(a);
        status.baseline = median(b);
        status.baselineName = QStringLiteral("QSortFilterProxyModel");
        status.note = QStringLiteral("rows %1/%2").arg(ours.rowCount()).arg(stock.rowCount());
        add(status);
        ours.setFilter(DeviceFilter());
        stock.setFilterRegularExpression(QString());
        stock.setFilterKeyColumn(kStockName);
        stock.rowCount();
    }

    // Sort: the first sort by a column after the list was loaded (what a user waits for)
    // and a repeated one; the stock proxy sorts by the raw SQL value.
    const DeviceTable tableCopy = source.table();
    const struct { int ours; int stock; const char *name; } columns[] = {
        {DeviceListModel::NameColumn, kStockName, "name"},
        {DeviceListModel::ReportTimeColumn, kStockReportTime, "Report Time"}};
    QList<double> precompute;
    for (const auto &column : columns) {
        // Cold: the order computed on the click (no worker).
        ours.setPrecomputeThreshold(-1);
        const QList<double> cold = samplesMs(reps,
            [&](int) {
                ours.sort(-1);
                source.setTable(tableCopy); // drops every cached order
            },
            [&](int) { ours.sort(column.ours, Qt::AscendingOrder); });
        // After a load: the worker has computed the main orders by the time of the click.
        ours.setPrecomputeThreshold(0);
        const QList<double> afterLoad = samplesMs(reps,
            [&](int) {
                ours.sort(-1);
                QElapsedTimer timer;
                timer.start();
                source.setTable(tableCopy);
                if (!waitFor([&] { return !ours.isPrecomputing(); }, 600000))
                    die(QStringLiteral("the sort orders were not precomputed"));
                precompute.append(msSince(timer));
            },
            [&](int) { ours.sort(column.ours, Qt::AscendingOrder); });
        const QList<double> again = samplesMs(reps, [](int) {},
            [&](int i) { ours.sort(column.ours, i % 2 ? Qt::AscendingOrder : Qt::DescendingOrder); });
        const QList<double> b = stockSamplesMs([&](int) { stock.sort(-1); stock.rowCount(); },
                                          [&](int) {
                                              stock.sort(column.stock, Qt::AscendingOrder);
                                              stock.rowCount();
                                          });
        Figure sort;
        sort.name = QStringLiteral("sort by %1, first after load").arg(QLatin1String(column.name));
        sort.unit = QStringLiteral("ms");
        sort.ours = median(afterLoad);
        sort.baseline = median(b);
        sort.baselineName = QStringLiteral("QSortFilterProxyModel");
        sort.target = QStringLiteral("<= 400 ms, faster");
        sort.met = sort.ours <= 400 && ratioAtLeast(sort, 1.0000001);
        sort.note = QStringLiteral("orders computed on a worker after the load");
        add(sort);
        Figure coldSort = sort;
        coldSort.name = QStringLiteral("sort by %1, cold").arg(QLatin1String(column.name));
        coldSort.ours = median(cold);
        coldSort.met = coldSort.ours <= 400 && ratioAtLeast(coldSort, 1.0000001);
        coldSort.note = QStringLiteral("computed on the click, no worker");
        add(coldSort);
        Figure repeat = sort;
        repeat.name = QStringLiteral("sort by %1, again").arg(QLatin1String(column.name));
        repeat.ours = median(again);
        repeat.met = repeat.ours <= 400 && ratioAtLeast(repeat, 1.0000001);
        repeat.note.clear();
        add(repeat);
    }
    Figure worker;
    worker.name = QStringLiteral("search and sort ready after load");
    worker.unit = QStringLiteral("ms");
    worker.ours = median(precompute);
    worker.note = QStringLiteral("search buffer; orders of name, Report Time, last check-in; on worker threads");
    add(worker);
    Figure caches;
    caches.name = QStringLiteral("filter caches (search, 2 sorts)");
    caches.unit = QStringLiteral("B/device");
    caches.ours = double(trimmedResidentBytes() - beforeFilter) / devices;
    caches.note = QStringLiteral("on top of the model, includes the stock proxy's mapping");
    add(caches);
    stock.setSourceModel(nullptr);
    sqlModel.reset();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench-stock"));
}

// ---- sync --------------------------------------------------------------------------

struct Tenant
{
    DemoTenant demo;
    std::unique_ptr<NetworkServices> network;
};

std::unique_ptr<Tenant> startTenant(const QString &emulator, int devices, const QStringList &arguments = {})
{
    auto tenant = std::make_unique<Tenant>();
    tenant->demo.setProgram(emulator);
    QString error;
    if (!tenant->demo.start(devices, 1, arguments, &error))
        die(error);
    tenant->network = std::make_unique<NetworkServices>(tenant->demo.netSettings());
    return tenant;
}

void freshStore(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Runs a sync to its end; returns its time in ms.
double runSync(ReportingEngine &engine)
{
    bool finished = false;
    bool ok = false;
    QString error;
    QElapsedTimer timer;
    double ms = 0;
    // Timed when the signal comes, not when waitFor next looks (every 10 ms: a tenth of
    // a 10,000-device sync).
    const auto connection = QObject::connect(&engine, &ReportingEngine::syncFinished,
        [&](bool success, const QString &message, const SyncSummary &) {
            ms = msSince(timer);
            finished = true;
            ok = success;
            error = message;
        });
    timer.start();
    engine.sync();
    if (!waitFor([&] { return finished; }, 3600 * 1000))
        die(QStringLiteral("the sync did not finish"));
    QObject::disconnect(connection);
    if (!ok)
        die(QStringLiteral("sync failed: %1").arg(error));
    return ms;
}

void Bench::syncFigures(int devices)
{
    const int reps = repsFor(devices, true);
    auto tenant = startTenant(emulatorPath, devices);
    const QString path = QDir(workDir).filePath(QStringLiteral("sync.sqlite"));
    QList<double> samples;
    for (int i = 0; i < reps; ++i) {
        freshStore(path);
        SqliteStore store(path);
        QString error;
        if (!store.open(&error))
            die(error);
        ReportingEngine engine(&store, tenant->network.get());
        ReportingSettings settings;
        settings.enabled = false; // the sync alone: pull, store, no reports
        settings.tenantId = DemoTenant::tenantId();
        engine.setSettings(settings);
        samples.append(runSync(engine));
        if (store.devices().deviceCount() != devices)
            die(QStringLiteral("the sync stored %1 devices, not %2").arg(store.devices().deviceCount()).arg(devices));
    }
    // The first sync of a tenant with reporting on, once: the same pull, plus the Entra
    // look-ups of the users the MDM names without an object id and the reports queued for
    // every device. No target: it happens once per tenant; the figure says what it costs.
    double firstMs = 0;
    SyncSummary first;
    {
        freshStore(path);
        SqliteStore store(path);
        QString error;
        if (!store.open(&error))
            die(error);
        ReportingEngine engine(&store, tenant->network.get());
        ReportingSettings settings;
        settings.tenantId = DemoTenant::tenantId();
        engine.setSettings(settings);
        const auto connection = QObject::connect(&engine, &ReportingEngine::syncFinished,
            [&first](bool, const QString &, const SyncSummary &summary) { first = summary; });
        firstMs = runSync(engine);
        QObject::disconnect(connection);
    }
    freshStore(path);
    Figure sync;
    sync.name = QStringLiteral("sync end to end");
    sync.unit = QStringLiteral("devices/s");
    sync.ours = devices / (median(samples) / 1000);
    sync.lowerIsBetter = false;
    sync.target = QStringLiteral(">= 100000/s");
    sync.met = sync.ours >= 100000;
    sync.note = QStringLiteral("%1 ms, %2 run(s), reporting off").arg(number(median(samples), 0)).arg(reps);
    add(sync);
    Figure withReports;
    withReports.name = QStringLiteral("first sync, reporting on");
    withReports.unit = QStringLiteral("devices/s");
    withReports.ours = devices / (firstMs / 1000);
    withReports.lowerIsBetter = false;
    int queued = 0;
    for (const int count : std::as_const(first.queued))
        queued += count;
    withReports.note = QStringLiteral("%1 ms, 1 run: %2 users looked up in Entra, %3 reports queued")
                           .arg(number(firstMs, 0))
                           .arg(first.usersLookedUp)
                           .arg(queued);
    add(withReports);
}

// ---- reports ---------------------------------------------------------------------------

void Bench::reportFigures(int devices)
{
    const int reps = repetitions;
    auto tenant = startTenant(emulatorPath, devices);
    const QString path = QDir(workDir).filePath(QStringLiteral("reports.sqlite"));
    freshStore(path);
    SqliteStore store(path);
    QString error;
    if (!store.open(&error))
        die(error);
    ReportingEngine engine(&store, tenant->network.get());
    ReportingSettings settings;
    settings.enabled = false;
    settings.tenantId = DemoTenant::tenantId();
    engine.setSettings(settings);
    runSync(engine);
    if (!engine.setReportingEnabled(true, &error))
        die(error);
    // A second sync, with reporting on, looks up the users the MDM names without an Entra
    // object id: without it their devices would be left out of the reports.
    runSync(engine);
    int messages = 0;
    QObject::connect(&engine, &ReportingEngine::messageSent, [&messages] { ++messages; });
    engine.start();
    // Whatever the sync left queued is sent before the timed runs.
    if (!waitFor([&] { return engine.isIdle(); }, 3600 * 1000))
        die(QStringLiteral("the outbox did not drain"));
    QList<double> samples;
    QList<double> rates;
    int confirmed = 0;
    int reported = 0;
    QObject::connect(&engine, &ReportingEngine::reportsQueued, [&reported](int count) { reported += count; });
    for (int i = 0; i < reps; ++i) {
        reported = 0;
        const OutboxCounts before = store.outbox().counts(&error);
        messages = 0;
        QElapsedTimer timer;
        timer.start();
        if (!engine.reportWeekly(&error))
            die(error);
        if (!waitFor([&] { return engine.isIdle(); }, 3600 * 1000))
            die(QStringLiteral("the reports were not confirmed within an hour"));
        const double ms = msSince(timer);
        const OutboxCounts after = store.outbox().counts(&error);
        if (after.failed != before.failed)
            die(QStringLiteral("%1 report messages failed").arg(after.failed - before.failed));
        confirmed = after.completed - before.completed;
        samples.append(ms);
        rates.append(messages / (ms / 1000));
    }

    // The same upload, as raw HTTP: wrk PUTs one of our messages to the same endpoint,
    // a new message id each time, with the same token.
    QString token;
    tenant->network->tokens()->token(TokenProvider::managementScope(), nullptr,
                                     [&token, &error](const QString &accessToken, const QString &problem) {
                                         token = accessToken;
                                         error = problem.isEmpty() ? QStringLiteral("ok") : problem;
                                     });
    error.clear();
    if (!waitFor([&] { return !error.isEmpty(); }, 60000) || token.isEmpty())
        die(QStringLiteral("no token for wrk: %1").arg(error));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-payload"));
    db.setDatabaseName(path);
    QByteArray payload;
    {
        if (!db.open())
            die(db.lastError().text());
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT payload FROM report_outbox ORDER BY created_ms DESC LIMIT 1"))
            || !query.next())
            die(QStringLiteral("no report message in the outbox: %1").arg(query.lastError().text()));
        payload = query.value(0).toByteArray();
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench-payload"));
    const QString bodyFile = QDir(workDir).filePath(QStringLiteral("message.json"));
    const QString script = QDir(workDir).filePath(QStringLiteral("put.lua"));
    QFile body(bodyFile);
    if (!body.open(QIODevice::WriteOnly) || body.write(payload) != payload.size())
        die(QStringLiteral("cannot write %1").arg(bodyFile));
    body.close();
    QFile lua(script);
    if (!lua.open(QIODevice::WriteOnly))
        die(QStringLiteral("cannot write %1").arg(script));
    lua.write(QStringLiteral(
        "local f = io.open('%1', 'rb'); local body = f:read('*a'); f:close()\n"
        "math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))\n"
        "local function guid() return string.format('%08x-%04x-4%03x-a%03x-%012x', math.random(0, 0x7fffffff),\n"
        "  math.random(0, 0xffff), math.random(0, 0xfff), math.random(0, 0xfff), math.random(0, 0xffffffffffff)) end\n"
        "request = function()\n"
        "  return wrk.format('PUT', \"/partner/device/DataUploadMessages(guid'\" .. guid() .. \"')?api-version=1.2\",\n"
        "    {['Authorization'] = 'Bearer %2', ['Content-Type'] = 'application/json'}, body)\n"
        "end\n"
        "done = function(summary, latency, requests)\n"
        "  io.write(string.format('non2xx %d\\n', summary.errors.status))\n"
        "end\n")
                  .arg(bodyFile, token)
                  .toUtf8());
    lua.close();
    QList<double> wrkRates;
    for (int i = 0; i < reps; ++i) {
        const QString result = runTool(QStringLiteral("wrk"),
            {QStringLiteral("-t1"), QStringLiteral("-c4"), QStringLiteral("-d5s"), QStringLiteral("-s"), script,
             tenant->demo.baseUrl().toString()});
        const QRegularExpressionMatch rate = QRegularExpression(QStringLiteral("Requests/sec:\\s*([0-9.]+)")).match(result);
        const QRegularExpressionMatch non2xx = QRegularExpression(QStringLiteral("non2xx (\\d+)")).match(result);
        if (!rate.hasMatch() || !non2xx.hasMatch())
            die(QStringLiteral("cannot read wrk's output:\n%1").arg(result));
        if (non2xx.captured(1).toInt() > 0)
            die(QStringLiteral("wrk got %1 non-2xx answers:\n%2").arg(non2xx.captured(1), result));
        wrkRates.append(rate.captured(1).toDouble());
    }

    Figure time;
    time.name = QStringLiteral("reports %1 confirmed").arg(devices);
    time.unit = QStringLiteral("ms");
    time.ours = median(samples);
    time.target = devices == 100000 ? QStringLiteral("<= 10000 ms") : QString();
    if (devices == 100000)
        time.met = time.ours <= 10000;
    time.note = QStringLiteral("last run: %1 reportable devices in %2 messages confirmed; emulator processing 200 ms")
                    .arg(reported)
                    .arg(confirmed);
    add(time);
    Figure rate;
    rate.name = QStringLiteral("report upload rate");
    rate.unit = QStringLiteral("msg/s");
    rate.ours = median(rates);
    rate.baseline = median(wrkRates);
    rate.baselineName = QStringLiteral("wrk -c4, same PUT");
    rate.lowerIsBetter = false;
    rate.note = QStringLiteral("ours includes confirmation polls and outbox writes");
    add(rate);
}

// ---- stall --------------------------------------------------------------------------

void Bench::stallFigures(int devices)
{
    auto tenant = startTenant(emulatorPath, devices);
    const QString path = QDir(workDir).filePath(QStringLiteral("stall.sqlite"));
    freshStore(path);
    auto store = std::make_shared<SqliteStore>(path);
    QString error;
    if (!store->open(&error))
        die(error);
    // The window's wiring: the engine's changes refresh the list, which is filtered and
    // sorted by name.
    DeviceInventory inventory(store);
    DeviceListModel list;
    DeviceFilterModel filter;
    filter.setSourceModel(&list);
    bool loaded = false;
    QObject::connect(&inventory, &DeviceInventory::tableLoaded, [&](const DeviceTable &table) {
        list.setTable(table);
        loaded = true;
    });
    QObject::connect(&inventory, &DeviceInventory::devicesUpdated,
        [&](const QList<DeviceRecord> &records, const QList<DeviceEvaluation> &evaluations) {
            for (qsizetype i = 0; i < records.size(); ++i)
                list.updateDevice(records[i], evaluations[i]);
        });
    QObject::connect(&inventory, &DeviceInventory::loadFailed,
                     [](const QString &message) { die(QStringLiteral("the list failed to refresh: %1").arg(message)); });
    inventory.load();
    if (!waitFor([&] { return loaded; }, 60000))
        die(QStringLiteral("the empty list did not load"));
    filter.sort(DeviceListModel::NameColumn);
    filter.setSearchText(QStringLiteral("a"));

    ReportingEngine engine(store.get(), tenant->network.get());
    ReportingSettings settings;
    settings.tenantId = DemoTenant::tenantId();
    engine.setSettings(settings);
    QObject::connect(&engine, &ReportingEngine::devicesChanged, &inventory, &DeviceInventory::refreshDevices);
    engine.start();

    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    double longest = 0;
    constexpr int kTickMs = 2;
    QTimer detector;
    detector.setTimerType(Qt::PreciseTimer);
    QObject::connect(&detector, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, double(now - last) / 1e6 - kTickMs);
        last = now;
    });
    detector.start(kTickMs);
    QElapsedTimer total;
    total.start();
    runSync(engine);
    const double longestInSync = longest;
    longest = 0;
    QElapsedTimer queueing;
    queueing.start();
    if (!engine.reportWeekly(&error))
        die(error);
    const double queueMs = msSince(queueing);
    if (!waitFor([&] { return engine.isIdle(); }, 3600 * 1000))
        die(QStringLiteral("the reports were not confirmed within an hour"));
    // The list takes the last refreshes: every device must be in it.
    if (!waitFor([&] { return list.rowCount() == devices && !inventory.isLoading(); }, 120000))
        die(QStringLiteral("the list holds %1 of %2 devices two minutes after the reports were confirmed")
                .arg(list.rowCount())
                .arg(devices));
    const double settledMs = msSince(total);
    waitFor([] { return false; }, 1000);
    detector.stop();
    Figure stall;
    stall.name = QStringLiteral("longest UI stall, sync+report");
    stall.unit = QStringLiteral("ms");
    stall.ours = std::max(longest, longestInSync);
    stall.target = QStringLiteral("<= 50 ms");
    stall.met = stall.ours <= 50;
    stall.note = QStringLiteral("%1 devices, longest %2 ms in the sync, %3 ms in the report (queueing it: %6 ms); "
                                "%4 ms in all, list rows %5")
                     .arg(devices)
                     .arg(number(longestInSync, 0), number(longest, 0))
                     .arg(number(settledMs, 0))
                     .arg(list.rowCount())
                     .arg(number(queueMs, 0));
    add(stall);
}

// ---- cold start ------------------------------------------------------------------------

void Bench::startFigures(int devices, const QString &storePath)
{
    const int reps = repsFor(devices, false);
    QList<double> paint;
    QList<double> loaded;
    const QString home = QDir(workDir).filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    for (int i = 0; i < reps; ++i) {
        QProcess console;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ASC_BENCH_STARTUP"), QStringLiteral("1"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home);
        console.setProcessEnvironment(environment);
        console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        console.start(consolePath, {QStringLiteral("--offline"), QStringLiteral("--db"), storePath});
        double paintMs = -1;
        double loadedMs = -1;
        QByteArray pending;
        QObject::connect(&console, &QProcess::readyReadStandardOutput, [&] {
            pending += console.readAllStandardOutput();
            while (pending.contains('\n')) {
                const QByteArray line = pending.left(pending.indexOf('\n'));
                pending.remove(0, line.size() + 1);
                if (line == "first-paint" && paintMs < 0)
                    paintMs = msSince(timer);
                else if (line == "table-loaded" && loadedMs < 0)
                    loadedMs = msSince(timer);
            }
        });
        if (!waitFor([&] { return (paintMs >= 0 && loadedMs >= 0) || console.state() == QProcess::NotRunning; },
                     300000))
            die(QStringLiteral("the console did not start within 5 minutes"));
        if (paintMs < 0 || loadedMs < 0)
            die(QStringLiteral("the console ended without painting and loading (exit %1)").arg(console.exitCode()));
        console.waitForFinished(10000);
        if (console.state() != QProcess::NotRunning) {
            console.kill();
            console.waitForFinished();
        }
        paint.append(paintMs);
        loaded.append(loadedMs);
    }
    Figure first;
    first.name = QStringLiteral("cold start to first paint");
    first.unit = QStringLiteral("ms");
    first.ours = median(paint);
    first.target = QStringLiteral("<= 1000 ms");
    first.met = first.ours <= 1000;
    first.note = QStringLiteral("store of %1 devices, page cache warm").arg(devices);
    add(first);
    Figure list;
    list.name = QStringLiteral("cold start to loaded list");
    list.unit = QStringLiteral("ms");
    list.ours = median(loaded);
    add(list);
}

} // namespace

// With --trace-stalls: times every event delivered on the main thread and names those
// that took longer than traceMs (the outermost delivery of nested ones).
class TracingApplication final : public QCoreApplication
{
public:
    using QCoreApplication::QCoreApplication;
    double traceMs = 0;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (traceMs <= 0 || depth > 0 || QThread::currentThread() != thread())
            return QCoreApplication::notify(receiver, event);
        ++depth;
        QElapsedTimer timer;
        timer.start();
        if (sinceLast.isValid() && double(sinceLast.nsecsElapsed()) / 1e6 >= traceMs)
            fprintf(stderr, "stall %.1f ms between events, after %s\n", double(sinceLast.nsecsElapsed()) / 1e6,
                    last.constData());
        const QByteArray what = QByteArray(receiver->metaObject()->className()) + ' '
            + receiver->objectName().toUtf8();
        const int type = int(event->type());
        const bool result = QCoreApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        --depth;
        if (ms >= traceMs)
            fprintf(stderr, "stall %.1f ms: %s, event type %d\n", ms, what.constData(), type);
        last = what + " event type " + QByteArray::number(type);
        sinceLast.start();
        return result;
    }

private:
    int depth = 0;
    QElapsedTimer sinceLast;
    QByteArray last;
};

int main(int argc, char *argv[])
{
    TracingApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fleet scale benchmark: every figure with its "
                                                    "baseline and the ratio, median of several repetitions."));
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Fleet sizes, comma separated."),
                                         QStringLiteral("list"), QStringLiteral("10000,100000,1000000"));
    const QCommandLineOption repsOption(QStringLiteral("repetitions"), QStringLiteral("Repetitions per figure."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption slowOption(QStringLiteral("slow-repetitions"),
        QStringLiteral("Repetitions of the stock proxy and the sync at 500,000 devices and more."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
        QStringLiteral("Sections to run, comma separated: store, list, start, sync, reports, stall."),
        QStringLiteral("list"));
    const QCommandLineOption workOption(QStringLiteral("work-dir"),
        QStringLiteral("Folder for the stores and files (default: a temporary folder, removed)."),
        QStringLiteral("dir"));
    const QCommandLineOption skipStockOption(QStringLiteral("skip-stock-proxy"),
        QStringLiteral("Leave out the stock QSortFilterProxyModel's steps of the list section (minutes at "
                       "1,000,000 devices), for quick checks. The README's figures come from runs with them."));
    const QCommandLineOption traceOption(QStringLiteral("trace-stalls"),
        QStringLiteral("Print every event that kept the main thread busy this long or longer (receiver, event "
                       "type), to find the cause of a stall."),
        QStringLiteral("ms"));
    parser.addOptions({sizesOption, repsOption, slowOption, onlyOption, workOption, skipStockOption, traceOption});
    parser.process(app);
    if (parser.isSet(traceOption)) {
        bool traceOk = false;
        app.traceMs = parser.value(traceOption).toDouble(&traceOk);
        if (!traceOk || app.traceMs <= 0)
            die(QStringLiteral("--trace-stalls: \"%1\" is not a positive number of ms").arg(parser.value(traceOption)));
    }

    Bench bench;
    QList<int> sizes;
    for (const QString &text : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int size = text.trimmed().toInt(&ok);
        if (!ok || size < 1000 || size > 5000000)
            die(QStringLiteral("--sizes: \"%1\" is not a fleet size from 1000 to 5000000").arg(text));
        sizes.append(size);
    }
    bool ok = false;
    bench.repetitions = parser.value(repsOption).toInt(&ok);
    if (!ok || bench.repetitions < 1)
        die(QStringLiteral("--repetitions: \"%1\" is not a whole number of 1 or more").arg(parser.value(repsOption)));
    bench.skipStockProxy = parser.isSet(skipStockOption);
    bench.slowRepetitions = parser.value(slowOption).toInt(&ok);
    if (!ok || bench.slowRepetitions < 1)
        die(QStringLiteral("--slow-repetitions: \"%1\" is not a whole number of 1 or more")
                .arg(parser.value(slowOption)));
    const QStringList known{QStringLiteral("store"), QStringLiteral("list"), QStringLiteral("start"),
                            QStringLiteral("sync"), QStringLiteral("reports"), QStringLiteral("stall")};
    for (const QString &section : parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!known.contains(section))
            die(QStringLiteral("--only: unknown section \"%1\" (known: %2)").arg(section, known.join(QLatin1Char(','))));
        bench.sections.insert(section);
    }
    bench.consolePath = QStringLiteral(ASC_BENCH_CONSOLE);
    bench.emulatorPath = QStringLiteral(ASC_BENCH_EMULATOR);
    QTemporaryDir temporary(QDir::temp().filePath(QStringLiteral("bench_fleet-XXXXXX")));
    bench.workDir = parser.isSet(workOption) ? parser.value(workOption) : temporary.path();
    if (!QDir().mkpath(bench.workDir))
        die(QStringLiteral("--work-dir: cannot create %1").arg(bench.workDir));

    QFile cpu(QStringLiteral("/proc/loadavg"));
    cpu.open(QIODevice::ReadOnly);
    out << "bench_fleet: " << QThread::idealThreadCount() << " cores, Qt " << qVersion() << ", load average "
        << cpu.readAll().trimmed() << ", " << bench.repetitions << " repetitions (" << bench.slowRepetitions
        << " for the stock proxy and the sync at >= 500,000 devices)" << Qt::endl;
    out << "ratio = how many times better than the baseline (time: baseline/ours; rate: ours/baseline; "
           "memory: baseline/ours)" << Qt::endl;

    QElapsedTimer total;
    total.start();
    QList<QList<Figure>> results;
    for (int size : std::as_const(sizes))
        results.append(bench.runSize(size));

    // One table with every size, for the README.
    out << Qt::endl << "| figure | unit |";
    for (int size : std::as_const(sizes))
        out << ' ' << size << " ours | baseline | ratio |";
    out << " target | met |" << Qt::endl << "|---|---|";
    for (qsizetype i = 0; i < sizes.size(); ++i)
        out << "---:|---:|---:|";
    out << "---|---|" << Qt::endl;
    const QList<Figure> &names = results.constLast();
    for (qsizetype f = 0; f < names.size(); ++f) {
        out << "| " << names[f].name.trimmed() << " | " << names[f].unit << " |";
        QString met;
        for (const QList<Figure> &figures : std::as_const(results)) {
            const auto found = std::find_if(figures.cbegin(), figures.cend(),
                                            [&](const Figure &figure) { return figure.name == names[f].name; });
            if (found == figures.cend()) {
                out << " - | - | - |";
                continue;
            }
            out << ' ' << number(found->ours) << " | " << number(found->baseline) << " | "
                << (std::isnan(found->ratio()) ? QStringLiteral("-") : number(found->ratio(), 2) + QLatin1Char('x'))
                << " |";
            if (found->met)
                met += *found->met ? QStringLiteral("yes ") : QStringLiteral("NO ");
        }
        out << ' ' << names[f].target << " | " << met.trimmed() << " |" << Qt::endl;
    }
    out << Qt::endl << "total time " << number(total.elapsed() / 1000.0, 0) << " s" << Qt::endl;
    return 0;
}
