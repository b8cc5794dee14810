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
// The PostgreSQL store, on a throwaway cluster with fsync on (tests/pg/throwaway-cluster.sh;
// run only when named with --only, since they need the postgresql packages):
//   pgsync:  a sync's page writes (PgDeviceStore::upsertDevices) into an empty
//            store and again with 1 % of the devices changed, against `psql \copy` of the
//            same rows into an empty store
//   pgsend:  outbox messages claimed (PgOutboxLeases) and PUT to the emulator by 1 sender
//            against 4, each with its own connection; and how many were sent twice
//   pglive:  one connection commits a device's check-in, another's PgRevisionListener hears
//            of it and re-reads the changed rows: p50 and p99 of commit -> re-read, against
//            a SELECT 1 round trip
//
// Ratios are "times better than the baseline": baseline time / our time, our rate /
// baseline rate, baseline bytes / our bytes.
#include "app/demo/demofleetgenerator.h"
#include "app/inventory/deviceinventory.h"
#include "app/net/netsettings.h"
#include "app/net/networkservices.h"
#include "app/net/tokenprovider.h"
#include "app/reporting/reportingengine.h"
#include "app/reporting/reportplanner.h"
#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgconnections.h"
#include "app/storage/postgres/pgconnectionsettings.h"
#include "app/storage/postgres/pgdevicestore.h"
#include "app/storage/postgres/pgdevicewriter.h"
#include "app/storage/postgres/pgoutboxleases.h"
#include "app/storage/postgres/pgrevisionlistener.h"
#include "app/storage/postgres/pgtransaction.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/tenant/demotenant.h"
#include "models/azurepayload.h"
#include "models/complianceevaluator.h"
#include "models/devicefiltermodel.h"
#include "models/devicelistmodel.h"
#include "tests/pg/pgtestcluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QStandardItemModel>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
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
        die(QStringLiteral("cannot start %1 (install it: apt-get install -y sqlite3 wrk postgresql-client)").arg(program));
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
    // Two significant digits at least: a SELECT 1 round trip is a few hundredths of a ms.
    else if (value != 0 && std::abs(value) < 0.1)
        decimals = std::max(decimals, 1 - int(std::floor(std::log10(std::abs(value)))));
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
    int pgMessages = 200; // pgsend: outbox messages per run
    int pgCommits = 200;  // pglive: commits measured

    QList<Figure> runSize(int devices);

private:
    bool wants(const QString &section) const { return sections.isEmpty() || sections.contains(section); }
    // The PostgreSQL sections need a server's packages: only when named.
    bool wantsNamed(const QString &section) const { return sections.contains(section); }
    int repsFor(int devices, bool slow) const { return slow && devices >= 500000 ? slowRepetitions : repetitions; }
    void add(const Figure &figure);
    void storeFigures(int devices, const QString &storePath);
    void listFigures(int devices, const QString &storePath);
    void syncFigures(int devices);
    void reportFigures(int devices);
    void stallFigures(int devices);
    void startFigures(int devices, const QString &storePath);
    void pgSyncFigures(int devices);
    void pgSendFigures();
    void pgSendRuns(int answerDelayMs, int *sentTwice, int *runs);
    void pgLiveFigures(int devices);
    PgTestCluster &pgCluster();
    QString newPgStore(const QString &name);
    void dropPgStore(const QString &name);
    std::unique_ptr<PgConnection> pgConnect(const QString &database, const QString &kind);
    QString pgFilledStore(int devices);
    void ensureFleet(int devices);

    QList<Figure> m_figures;
    QHash<qint64, CompliancePolicy> m_policies;
    QList<DeviceRecord> m_fleet;
    QDateTime m_now;
    // Reports and the stall are measured at min(N, 100,000): a run at 1M reuses 100k's.
    QHash<int, QList<Figure>> m_reportCache;
    std::unique_ptr<PgTestCluster> m_pgCluster;
    QHash<int, QString> m_pgStores; // fleet size -> a database holding that fleet
    QList<Figure> m_pgSendCache;    // claim-and-send does not depend on the fleet size
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
    if (wantsNamed(QStringLiteral("pgsync")))
        pgSyncFigures(devices);
    if (wantsNamed(QStringLiteral("pglive")))
        pgLiveFigures(devices);
    if (wantsNamed(QStringLiteral("pgsend"))) {
        if (m_pgSendCache.isEmpty()) {
            const qsizetype first = m_figures.size();
            pgSendFigures();
            m_pgSendCache = m_figures.mid(first);
        } else {
            out << "  (claim-and-send does not depend on the fleet size: same run as above)" << Qt::endl;
            for (const Figure &figure : std::as_const(m_pgSendCache))
                add(figure);
        }
    }
    m_fleet.clear();
    m_fleet.squeeze();
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

// ---- PostgreSQL store ------------------------------------------------------------------

// Nearest-rank percentile of samples (0 < p <= 100).
double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return std::nan("");
    std::sort(samples.begin(), samples.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100 * double(samples.size())));
    return samples[std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1)];
}

// HTTP/1.1 on one kept-alive connection, blocking: a sender thread has no event loop, and
// QNetworkAccessManager would add its own thread hops to what is measured.
class BlockingHttp
{
public:
    explicit BlockingHttp(const QUrl &base)
        : m_host(base.host())
        , m_port(quint16(base.port(80)))
    {
    }

    // The status (0 on failure, with *error); *answer: the body.
    int request(const QByteArray &method, const QByteArray &target, const QByteArray &token,
                const QByteArray &body, QByteArray *answer, QString *error)
    {
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
            m_socket = std::make_unique<QTcpSocket>();
            m_buffer.clear();
            m_socket->connectToHost(m_host, m_port);
            if (!m_socket->waitForConnected(10000)) {
                *error = QStringLiteral("cannot connect to %1:%2: %3").arg(m_host).arg(m_port).arg(m_socket->errorString());
                return 0;
            }
        }
        QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_host.toUtf8() + ':'
            + QByteArray::number(m_port) + "\r\nAccept: application/json\r\n";
        if (!token.isEmpty())
            head += "Authorization: Bearer " + token + "\r\n";
        if (!body.isEmpty() || method == "PUT")
            head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        head += "\r\n";
        m_socket->write(head);
        m_socket->write(body);
        while (m_socket->bytesToWrite() > 0) {
            if (!m_socket->waitForBytesWritten(30000))
                return failed(QStringLiteral("sending"), error);
        }
        qsizetype end = -1;
        while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!m_socket->waitForReadyRead(30000))
                return failed(QStringLiteral("waiting for the answer"), error);
            m_buffer += m_socket->readAll();
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        const int status = lines.value(0).split(' ').value(1).toInt();
        qsizetype length = 0;
        bool close = false;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
            else if (name == "connection" && line.mid(colon + 1).trimmed().toLower() == "close")
                close = true;
        }
        while (m_buffer.size() < length) {
            if (!m_socket->waitForReadyRead(30000))
                return failed(QStringLiteral("reading the answer"), error);
            m_buffer += m_socket->readAll();
        }
        *answer = m_buffer.left(length);
        m_buffer.remove(0, length);
        if (close)
            m_socket.reset();
        return status;
    }

private:
    int failed(const QString &what, QString *error)
    {
        *error = QStringLiteral("HTTP to %1:%2, %3: %4").arg(m_host).arg(m_port).arg(what, m_socket->errorString());
        m_socket.reset();
        return 0;
    }

    QString m_host;
    quint16 m_port = 0;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

// The columns PgDeviceWriter writes, in its order: what `\copy` loads for the baseline.
const QByteArray kPgDeviceColumns =
    "id, guid, name, \"user\", platform, os_version, model, manufacturer, serial, imei, last_checkin_ms,"
    " registration_state, jailbroken, quarantined, azure_device_id, client_status, compliance_status,"
    " report_time_ms, report_error, user_principal_name, entra_user_id, entra_user_state, eas_ids,"
    " registered_ms, updated_ms";

PgTestCluster &Bench::pgCluster()
{
    if (!m_pgCluster) {
        m_pgCluster = std::make_unique<PgTestCluster>();
        QString error;
        // fsync and synchronous commit on: every commit reaches the disk, as on a real server.
        if (!m_pgCluster->start(&error, true))
            die(QStringLiteral("PostgreSQL sections: %1 (needs the Debian packages postgresql and "
                               "postgresql-client)").arg(error));
        out << "  (PostgreSQL: throwaway cluster with fsync on, " << m_pgCluster->folder() << " port "
            << m_pgCluster->port() << ")" << Qt::endl;
    }
    return *m_pgCluster;
}

QString Bench::newPgStore(const QString &name)
{
    QString ownerUri;
    QString error;
    if (!pgCluster().createStore(name, &ownerUri, &error))
        die(QStringLiteral("cannot create the store %1: %2").arg(name, error));
    return ownerUri;
}

void Bench::dropPgStore(const QString &name)
{
    QString error;
    if (!pgCluster().superuser("DROP DATABASE IF EXISTS " + name.toUtf8(), &error))
        die(error);
}

std::unique_ptr<PgConnection> Bench::pgConnect(const QString &database, const QString &kind)
{
    auto connection = pgCluster().connect(database + QLatin1Char('_') + kind, database);
    if (!connection)
        die(QStringLiteral("cannot connect to %1 as its %2").arg(database, kind));
    return connection;
}

void Bench::ensureFleet(int devices)
{
    if (m_fleet.size() == devices)
        return;
    m_fleet.clear();
    m_fleet.reserve(devices);
    DemoFleetGenerator generator(1);
    for (int i = 0; i < devices; ++i)
        m_fleet.append(generator.device(i, m_now));
}

// Every page through the store's upsertDevices as a sync writes them (inventory fields,
// one transaction per page), logged in with uri; *ms: the writes alone, not the store's
// opening. Returns how many devices the pages changed (rows that took a new revision).
qint64 writePgPages(const QString &uri, const QList<QList<DeviceRecord>> &pages, double *ms)
{
    QString error;
    const auto settings = PgConnectionSettings::parse(uri, &error);
    if (!settings)
        die(error);
    PgConnections connections(*settings, uri);
    // The bench made the store with init-store just now: its schema is this build's.
    connections.setUsable(true);
    PgDeviceStore store(connections);
    PgConnection *connection = nullptr;
    qint64 before = 0;
    if (!connections.connection(&connection, &error)
        || !PgRevisionListener::currentRevision(*connection, &before, &error))
        die(error);
    QElapsedTimer timer;
    timer.start();
    for (const QList<DeviceRecord> &page : pages) {
        if (!store.upsertDevices(page, &error, DeviceStore::UpsertMode::InventoryOnly))
            die(error);
    }
    if (ms)
        *ms = msSince(timer);
    const PgResult changed =
        connection->exec("SELECT count(*) FROM asc_store.devices WHERE revision > $1", {QByteArray::number(before)});
    if (!changed.ok())
        die(changed.errorText());
    return changed.integer(0, 0);
}

QList<QList<DeviceRecord>> pagesOf(const QList<DeviceRecord> &fleet, int pageSize)
{
    QList<QList<DeviceRecord>> pages;
    for (qsizetype first = 0; first < fleet.size(); first += pageSize)
        pages.append(fleet.mid(first, pageSize));
    return pages;
}

void Bench::pgSyncFigures(int devices)
{
    const int reps = repsFor(devices, true);
    ensureFleet(devices);
    // A sync writes what one page of the MDM's device list holds.
    const int pageSize = NetSettings().pageSize;
    const QList<QList<DeviceRecord>> pages = pagesOf(m_fleet, pageSize);
    int violationRows = 0;
    for (const DeviceRecord &device : std::as_const(m_fleet))
        violationRows += int(device.violations.size());

    // First sync: every device new, into an empty store.
    QString database;
    QString ownerUri;
    QList<double> first;
    for (int i = 0; i < reps; ++i) {
        if (!database.isEmpty())
            dropPgStore(database);
        database = QStringLiteral("bench_sync_%1_%2").arg(devices).arg(i);
        ownerUri = newPgStore(database);
        double ms = 0;
        const qint64 written = writePgPages(pgCluster().loginUri(database, QStringLiteral("reporter")), pages, &ms);
        first.append(ms);
        if (written != devices)
            die(QStringLiteral("the first sync wrote %1 devices, not %2").arg(written).arg(devices));
    }

    // The baseline's rows: the store's own, as psql writes them out.
    const QString devicesFile = QDir(workDir).filePath(QStringLiteral("pg-devices.copy"));
    const QString violationsFile = QDir(workDir).filePath(QStringLiteral("pg-violations.copy"));
    const QString psqlQuote = QStringLiteral("'%1'");
    runTool(QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
             ownerUri, QStringLiteral("-c"),
             QStringLiteral("\\copy (SELECT %1 FROM asc_store.devices ORDER BY id) TO %2")
                 .arg(QString::fromUtf8(kPgDeviceColumns), psqlQuote.arg(devicesFile)),
             QStringLiteral("-c"),
             QStringLiteral("\\copy (SELECT device_id, policy_id, since_ms FROM asc_store.violations) TO %1")
                 .arg(psqlQuote.arg(violationsFile))});

    // Second sync: the same fleet, one device in a hundred checked in since.
    QList<DeviceRecord> changedFleet = m_fleet;
    int changed = 0;
    for (qsizetype i = 0; i < changedFleet.size(); i += 100) {
        const QDateTime before = changedFleet[i].lastCheckin;
        changedFleet[i].lastCheckin = (before.isValid() ? before : m_now.addDays(-1)).addSecs(60);
        ++changed;
    }
    const QList<QList<DeviceRecord>> changedPages = pagesOf(changedFleet, pageSize);
    changedFleet.clear();
    QList<double> second;
    qint64 secondWritten = 0;
    for (int i = 0; i < reps; ++i) {
        // Odd runs write the changed fleet, even ones the original: each run changes the
        // same number of devices.
        double ms = 0;
        secondWritten = writePgPages(pgCluster().loginUri(database, QStringLiteral("reporter")),
                                     i % 2 ? pages : changedPages, &ms);
        second.append(ms);
        if (secondWritten != changed)
            die(QStringLiteral("the second sync wrote %1 devices, not the %2 changed").arg(secondWritten).arg(changed));
    }
    // The live-update section reads and writes this store.
    m_pgStores.insert(devices, database);

    // Baseline: psql's \copy of the same rows into an empty store of the same schema
    // (indexes and the revision trigger included); only the load is timed.
    QList<double> stock;
    for (int i = 0; i < reps; ++i) {
        const QString copyDatabase = QStringLiteral("bench_copy_%1_%2").arg(devices).arg(i);
        const QString copyUri = newPgStore(copyDatabase);
        QElapsedTimer timer;
        timer.start();
        runTool(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                 copyUri, QStringLiteral("-c"),
                 QStringLiteral("\\copy asc_store.devices(%1) FROM %2")
                     .arg(QString::fromUtf8(kPgDeviceColumns), psqlQuote.arg(devicesFile)),
                 QStringLiteral("-c"),
                 QStringLiteral("\\copy asc_store.violations(device_id, policy_id, since_ms) FROM %1")
                     .arg(psqlQuote.arg(violationsFile))});
        stock.append(msSince(timer));
        auto check = pgConnect(copyDatabase, QStringLiteral("helpdesk"));
        const PgResult count = check->exec("SELECT count(*) FROM asc_store.devices");
        if (!count.ok() || count.integer(0, 0) != devices)
            die(QStringLiteral("\\copy loaded %1 devices, not %2").arg(count.integer(0, 0)).arg(devices));
        check.reset();
        dropPgStore(copyDatabase);
    }
    QFile::remove(devicesFile);
    QFile::remove(violationsFile);

    Figure write;
    write.name = QStringLiteral("pg sync write, empty store");
    write.unit = QStringLiteral("devices/s");
    write.ours = devices / (median(first) / 1000);
    write.baseline = devices / (median(stock) / 1000);
    write.baselineName = QStringLiteral("psql \\copy");
    write.lowerIsBetter = false;
    write.target = QStringLiteral(">= 0.5x \\copy");
    write.met = write.ratio() >= 0.5;
    write.note = QStringLiteral("%1 ms vs %2 ms, %3 run(s), upsertDevices of %4 devices per page, %5 violation rows")
                     .arg(number(median(first), 0), number(median(stock), 0))
                     .arg(reps)
                     .arg(pageSize)
                     .arg(violationRows);
    add(write);
    Figure again;
    again.name = QStringLiteral("pg sync write, 1% changed");
    again.unit = QStringLiteral("devices/s");
    again.ours = devices / (median(second) / 1000);
    again.baseline = write.baseline;
    again.baselineName = write.baselineName;
    again.lowerIsBetter = false;
    again.target = write.target;
    again.met = again.ratio() >= 0.5;
    again.note = QStringLiteral("%1 ms, %2 rows rewritten").arg(number(median(second), 0)).arg(secondWritten);
    add(again);
}

// The store the live-update section writes to: the sync section's, or one filled now.
QString Bench::pgFilledStore(int devices)
{
    if (m_pgStores.contains(devices))
        return m_pgStores.value(devices);
    ensureFleet(devices);
    const QString database = QStringLiteral("bench_live_%1").arg(devices);
    newPgStore(database);
    writePgPages(pgCluster().loginUri(database, QStringLiteral("reporter")), pagesOf(m_fleet, NetSettings().pageSize),
                 nullptr);
    m_pgStores.insert(devices, database);
    return database;
}

void Bench::pgSendFigures()
{
    int sentTwice = 0;
    int runs = 0;
    // The emulator as it is: its own work per message (parse, check, store 1,000 entities)
    // is most of a send, and it does one request at a time.
    pgSendRuns(0, &sentTwice, &runs);
    // With each answer held back 100 ms, as a service across a network answers: what
    // senders side by side gain when the time goes into waiting rather than into one core.
    pgSendRuns(100, &sentTwice, &runs);
    Figure duplicates;
    duplicates.name = QStringLiteral("pg messages sent twice");
    duplicates.unit = QStringLiteral("messages");
    duplicates.ours = sentTwice;
    duplicates.target = QStringLiteral("0");
    duplicates.met = sentTwice == 0;
    duplicates.note = QStringLiteral("all %1 runs: our tally (sends - distinct ids) + the emulator's repeated "
                                     "message ids")
                          .arg(runs);
    add(duplicates);
}

void Bench::pgSendRuns(int answerDelayMs, int *sentTwice, int *runs)
{
    const int messages = pgMessages;
    const int perMessage = ReportingSettings().batchSize;
    const QString database = QStringLiteral("bench_send_%1").arg(answerDelayMs);
    newPgStore(database);
    const int fleet = std::min(messages * perMessage * 2, 1000000);
    QStringList emulatorArguments;
    if (answerDelayMs > 0)
        emulatorArguments << QStringLiteral("--rate-delay") << QStringLiteral("1") << QStringLiteral("--delay-ms")
                          << QString::number(answerDelayMs);
    auto tenant = startTenant(emulatorPath, fleet, emulatorArguments);
    if (tenant->demo.baseUrl().scheme() != QLatin1String("http"))
        die(QStringLiteral("the emulator serves %1, not plain http").arg(tenant->demo.baseUrl().toString()));
    QString error;
    QString tokenText;
    tenant->network->tokens()->token(TokenProvider::managementScope(), nullptr,
                                     [&tokenText, &error](const QString &accessToken, const QString &problem) {
                                         tokenText = accessToken;
                                         error = problem.isEmpty() ? QStringLiteral("ok") : problem;
                                     });
    if (!waitFor([&] { return !error.isEmpty(); }, 60000) || tokenText.isEmpty())
        die(QStringLiteral("no token for the senders: %1").arg(error));
    const QByteArray token = tokenText.toUtf8();
    const QString tenantText = DemoTenant::tenantId().toString(QUuid::WithoutBraces);
    BlockingHttp admin(tenant->demo.baseUrl());
    QByteArray answer;
    const int provisioned = admin.request("PUT",
        "/partner/tenant/PartnerTenants(guid'" + tenantText.toUtf8() + "')?api-version=1.6", token,
        R"({"Provisioned":1})", &answer, &error);
    if (provisioned != 200)
        die(QStringLiteral("provisioning the emulator's tenant: %1 %2 %3").arg(provisioned).arg(error, QString::fromUtf8(answer)));
    const auto emulatorStats = [&]() {
        QByteArray body;
        QString problem;
        const int status = admin.request("GET", "/admin/stats", {}, {}, &body, &problem);
        if (status != 200)
            die(QStringLiteral("emulator statistics: %1 %2").arg(status).arg(problem));
        return QJsonDocument::fromJson(body).object();
    };

    // The messages' bodies, as the engine builds them: perMessage devices each, of those
    // it can report.
    QList<QByteArray> bodies;
    {
        DemoFleetGenerator generator(1);
        int next = 0;
        for (int m = 0; m < messages; ++m) {
            QJsonArray content;
            for (int d = 0; d < perMessage; ++d) {
                DeviceRecord device = generator.device(next++ % fleet, m_now);
                while (!ReportPlanner::canReport(device))
                    device = generator.device(next++ % fleet, m_now);
                for (const QJsonValue &entity :
                     AzurePayload::entitiesFor(device, AzureOutcome::Compliant, m_now, tenantText))
                    content.append(entity);
            }
            bodies.append(AzurePayload::uploadBody(tenantText, m_now, content));
        }
    }

    auto outbox = pgConnect(database, QStringLiteral("reporter"));
    const auto queue = [&]() {
        PgTransaction transaction(*outbox);
        QString problem;
        if (!transaction.begin(&problem))
            die(problem);
        const QByteArray now = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        for (const QByteArray &body : std::as_const(bodies)) {
            if (!outbox->run("INSERT INTO asc_store.report_outbox (message_id, created_ms, trigger, payload, state,"
                             " next_attempt_ms) VALUES ($1, $2, 'weekly', $3, 'pending', $2)",
                             &problem, {QUuid::createUuid().toByteArray(QUuid::WithoutBraces), now, body}))
                die(problem);
        }
        if (!transaction.commit(&problem))
            die(problem);
    };

    struct Tally
    {
        QList<QUuid> sent;
        int notHeld = 0;
        QString error;
    };
    const QString uri = pgCluster().loginUri(database, QStringLiteral("reporter"));
    const QUrl base = tenant->demo.baseUrl();
    // One sender: its own connection, claims one message at a time (the lease makes it
    // its own), reads its body, PUTs it, records it sent while the lease is still its own.
    const auto sender = [uri, base, token](int index, Tally *tally) {
        QString problem;
        const auto settings = PgConnectionSettings::parse(uri, &problem);
        PgConnection connection;
        if (!settings || !connection.open(*settings, QString(), &problem)) {
            tally->error = problem;
            return;
        }
        PgOutboxLeases leases(connection, QStringLiteral("bench:%1:%2").arg(QCoreApplication::applicationPid()).arg(index));
        BlockingHttp http(base);
        for (;;) {
            QList<QUuid> claimed;
            if (!leases.claim(PgOutboxLeases::Work::Send, QDateTime::currentMSecsSinceEpoch(), 1, 60000, &claimed,
                              &problem)) {
                tally->error = problem;
                return;
            }
            if (claimed.isEmpty())
                return;
            for (const QUuid &id : std::as_const(claimed)) {
                const QByteArray idText = id.toByteArray(QUuid::WithoutBraces);
                const PgResult payload = connection.exec(
                    "SELECT payload FROM asc_store.report_outbox WHERE message_id = $1", {idText});
                if (!payload.ok() || payload.rows() != 1) {
                    tally->error = QStringLiteral("reading message %1: %2").arg(QString::fromUtf8(idText), payload.errorText());
                    return;
                }
                QByteArray answer;
                const int status = http.request("PUT",
                    "/partner/device/DataUploadMessages(guid'" + idText + "')?api-version=1.2", token,
                    payload.bytes(0, 0), &answer, &problem);
                if (status < 200 || status > 299) {
                    tally->error = QStringLiteral("PUT of message %1: %2 %3 %4")
                                       .arg(QString::fromUtf8(idText)).arg(status).arg(problem, QString::fromUtf8(answer.left(300)));
                    return;
                }
                bool held = false;
                if (!leases.finish(id, "sent", QDateTime::currentMSecsSinceEpoch(), &held, &problem)) {
                    tally->error = problem;
                    return;
                }
                if (!held)
                    ++tally->notHeld;
                tally->sent.append(id);
            }
        }
    };

    struct Run
    {
        double ms = 0;
        int sends = 0;
        int distinct = 0;
        int notHeld = 0;
        qint64 received = 0;
        qint64 duplicates = 0;
    };
    const auto run = [&](int senders) {
        queue();
        const QJsonObject before = emulatorStats();
        QList<Tally> tallies(senders);
        QList<QThread *> threads;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < senders; ++i)
            threads.append(QThread::create(sender, i, &tallies[i]));
        for (QThread *thread : std::as_const(threads))
            thread->start();
        for (QThread *thread : std::as_const(threads)) {
            thread->wait();
            delete thread;
        }
        Run result;
        result.ms = msSince(timer);
        QSet<QUuid> distinct;
        for (const Tally &tally : std::as_const(tallies)) {
            if (!tally.error.isEmpty())
                die(QStringLiteral("sender: %1").arg(tally.error));
            result.sends += int(tally.sent.size());
            result.notHeld += tally.notHeld;
            for (const QUuid &id : tally.sent)
                distinct.insert(id);
        }
        result.distinct = int(distinct.size());
        const QJsonObject after = emulatorStats();
        result.received = after.value(QStringLiteral("messagesReceived")).toInteger()
            - before.value(QStringLiteral("messagesReceived")).toInteger();
        result.duplicates = after.value(QStringLiteral("duplicateMessages")).toInteger()
            - before.value(QStringLiteral("duplicateMessages")).toInteger();
        if (result.distinct != messages)
            die(QStringLiteral("%1 senders sent %2 distinct messages of %3").arg(senders).arg(result.distinct).arg(messages));
        return result;
    };
    QList<double> one;
    QList<double> four;
    Run lastOne;
    Run lastFour;
    const auto twice = [](const Run &r) { return (r.sends - r.distinct) + int(r.duplicates); };
    for (int i = 0; i < repetitions; ++i) {
        // Alternated, so that a load that comes and goes falls on both.
        lastOne = run(1);
        one.append(messages / (lastOne.ms / 1000));
        lastFour = run(4);
        four.append(messages / (lastFour.ms / 1000));
        *sentTwice += twice(lastOne) + twice(lastFour);
        *runs += 2;
    }
    const QString variant = answerDelayMs > 0 ? QStringLiteral(" +%1 ms").arg(answerDelayMs) : QString();
    Figure single;
    single.name = QStringLiteral("pg claim-and-send%1, 1 sender").arg(variant);
    single.unit = QStringLiteral("msg/s");
    single.ours = median(one);
    single.lowerIsBetter = false;
    single.note = QStringLiteral("%1 messages of %2 devices%3; last run: %4 received by the emulator")
                      .arg(messages)
                      .arg(perMessage)
                      .arg(answerDelayMs > 0 ? QStringLiteral(", every answer held back %1 ms").arg(answerDelayMs)
                                             : QString())
                      .arg(lastOne.received);
    add(single);
    Figure several;
    several.name = QStringLiteral("pg claim-and-send%1, 4 senders").arg(variant);
    several.unit = QStringLiteral("msg/s");
    several.ours = median(four);
    several.baseline = single.ours;
    several.baselineName = QStringLiteral("1 sender");
    several.lowerIsBetter = false;
    several.note = QStringLiteral("last run: %1 received by the emulator, %2 finishes no longer held")
                       .arg(lastFour.received)
                       .arg(lastFour.notHeld);
    add(several);
    outbox.reset();
    dropPgStore(database);
}

void Bench::pgLiveFigures(int devices)
{
    const QString database = pgFilledStore(devices);
    const int commits = pgCommits;
    constexpr int kPaceMs = 25;
    QString error;
    // The other console: a listener and the connection it re-reads through, as the help desk.
    const auto settings = PgConnectionSettings::parse(pgCluster().loginUri(database, QStringLiteral("helpdesk")), &error);
    if (!settings)
        die(error);
    PgRevisionListener listener;
    if (!listener.start(*settings, QString(), &error))
        die(error);
    auto reader = pgConnect(database, QStringLiteral("helpdesk"));

    // Baseline: a round trip of SELECT 1 on the same kind of connection.
    QList<double> roundTrips;
    for (int i = 0; i < commits; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!reader->exec("SELECT 1").ok())
            die(reader->connectionError());
        roundTrips.append(msSince(timer));
    }

    QElapsedTimer clock;
    clock.start();
    qint64 lastSeen = listener.lastRevision();
    QHash<qint64, qint64> seenAt; // revision -> ns on clock
    qint64 rowsRead = 0;
    QObject::connect(&listener, &PgRevisionListener::revisionChanged, [&](qint64 revision) {
        if (revision <= lastSeen)
            return;
        const PgResult rows = reader->exec(
            "SELECT id, name, \"user\", platform, os_version, model, last_checkin_ms, azure_device_id, client_status,"
            " compliance_status, report_time_ms, report_error, revision FROM asc_store.devices WHERE revision > $1",
            {QByteArray::number(lastSeen)});
        if (!rows.ok())
            die(rows.errorText());
        const qint64 now = clock.nsecsElapsed();
        qint64 newest = revision;
        for (int row = 0; row < rows.rows(); ++row)
            newest = std::max(newest, rows.integer(row, 12));
        for (qint64 seen = lastSeen + 1; seen <= newest; ++seen)
            seenAt.insert(seen, now);
        rowsRead += rows.rows();
        lastSeen = newest;
    });
    QObject::connect(&listener, &PgRevisionListener::connectionLost,
                     [](const QString &reason) { die(QStringLiteral("the listener lost its connection: %1").arg(reason)); });

    // The first console: one device's check-in per transaction, at a steady pace, on a
    // thread and connection of its own (the reporter).
    QMutex mutex;
    QHash<qint64, qint64> committedAt; // revision -> ns on clock, taken as COMMIT is sent
    std::atomic<bool> writerDone = false;
    QString writerError;
    const QString writerUri = pgCluster().loginUri(database, QStringLiteral("reporter"));
    QThread *writer = QThread::create([&] {
        QString problem;
        const auto writerSettings = PgConnectionSettings::parse(writerUri, &problem);
        PgConnection connection;
        if (!writerSettings || !connection.open(*writerSettings, QString(), &problem)) {
            writerError = problem;
            writerDone = true;
            return;
        }
        PgDeviceWriter deviceWriter(connection);
        DemoFleetGenerator generator(1);
        const qint64 start = clock.nsecsElapsed();
        for (int i = 0; i < commits && writerError.isEmpty(); ++i) {
            const qint64 due = start + qint64(i) * kPaceMs * 1000000;
            const qint64 wait = due - clock.nsecsElapsed();
            if (wait > 0)
                QThread::usleep(wait / 1000);
            DeviceRecord device = generator.device(int((qint64(i) * 7919) % devices), m_now);
            device.lastCheckin = m_now.addSecs(3600 + i);
            PgTransaction transaction(connection);
            if (!transaction.begin(&problem)
                || !deviceWriter.write({device}, PgDeviceWriter::Fields::InventoryOnly, m_now.toMSecsSinceEpoch(), &problem)) {
                writerError = problem;
                break;
            }
            const PgResult revision = connection.exec("SELECT current_setting('asc_store.revision', true)");
            if (!revision.ok() || revision.bytes(0, 0).isEmpty()) {
                writerError = QStringLiteral("the write took no revision: %1").arg(revision.errorText());
                break;
            }
            const qint64 sent = clock.nsecsElapsed();
            if (!transaction.commit(&problem)) {
                writerError = problem;
                break;
            }
            QMutexLocker locker(&mutex);
            committedAt.insert(revision.integer(0, 0), sent);
        }
        writerDone = true;
    });
    writer->start();
    const bool done = waitFor(
        [&] {
            if (!writerDone)
                return false;
            QMutexLocker locker(&mutex);
            for (auto it = committedAt.cbegin(); it != committedAt.cend(); ++it) {
                if (!seenAt.contains(it.key()))
                    return false;
            }
            return true;
        },
        commits * kPaceMs + 120000);
    writer->wait();
    delete writer;
    if (!writerError.isEmpty())
        die(QStringLiteral("the writer: %1").arg(writerError));
    if (!done)
        die(QStringLiteral("not every commit was seen by the listener within two minutes"));
    QList<double> latencies;
    for (auto it = committedAt.cbegin(); it != committedAt.cend(); ++it)
        latencies.append(double(seenAt.value(it.key()) - it.value()) / 1e6);

    Figure p50;
    p50.name = QStringLiteral("pg live update p50");
    p50.unit = QStringLiteral("ms");
    p50.ours = percentile(latencies, 50);
    p50.baseline = median(roundTrips);
    p50.baselineName = QStringLiteral("SELECT 1 round trip, median");
    p50.note = QStringLiteral("%1 commits every %2 ms, store of %3 devices; from COMMIT sent to the changed rows "
                              "re-read by the other connection")
                   .arg(latencies.size())
                   .arg(kPaceMs)
                   .arg(devices);
    add(p50);
    Figure p99;
    p99.name = QStringLiteral("pg live update p99");
    p99.unit = QStringLiteral("ms");
    p99.ours = percentile(latencies, 99);
    p99.baseline = percentile(roundTrips, 99);
    p99.baselineName = QStringLiteral("SELECT 1 round trip, p99");
    p99.target = QStringLiteral("<= 1000 ms");
    p99.met = p99.ours <= 1000;
    p99.note = QStringLiteral("max %1 ms, %2 rows re-read in all")
                   .arg(number(*std::max_element(latencies.cbegin(), latencies.cend())))
                   .arg(rowsRead);
    add(p99);
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
        QStringLiteral("Sections to run, comma separated: store, list, start, sync, reports, stall (all six "
                       "when not given); pgsync, pglive, pgsend (the PostgreSQL store: only when named)."),
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
    const QCommandLineOption pgMessagesOption(QStringLiteral("pg-messages"),
        QStringLiteral("pgsend: outbox messages per run (of 500 devices each)."), QStringLiteral("n"),
        QStringLiteral("200"));
    const QCommandLineOption pgCommitsOption(QStringLiteral("pg-commits"),
        QStringLiteral("pglive: commits measured (one every 25 ms)."), QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({sizesOption, repsOption, slowOption, onlyOption, workOption, skipStockOption, traceOption,
                       pgMessagesOption, pgCommitsOption});
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
    bench.pgMessages = parser.value(pgMessagesOption).toInt(&ok);
    if (!ok || bench.pgMessages < 1)
        die(QStringLiteral("--pg-messages: \"%1\" is not a whole number of 1 or more")
                .arg(parser.value(pgMessagesOption)));
    bench.pgCommits = parser.value(pgCommitsOption).toInt(&ok);
    if (!ok || bench.pgCommits < 1)
        die(QStringLiteral("--pg-commits: \"%1\" is not a whole number of 1 or more")
                .arg(parser.value(pgCommitsOption)));
    const QStringList known{QStringLiteral("store"),  QStringLiteral("list"),   QStringLiteral("start"),
                            QStringLiteral("sync"),   QStringLiteral("reports"), QStringLiteral("stall"),
                            QStringLiteral("pgsync"), QStringLiteral("pglive"), QStringLiteral("pgsend")};
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
