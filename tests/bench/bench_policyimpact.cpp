// Policy editor at fleet scale: the fleet impact of one edit at 100,000 devices (default),
// against the baseline of evaluating every device under both policy sets; and how long
// the UI thread stalls while edits keep restarting the computation on a worker thread.
// Prints the median of several repetitions and the ratio.
#include "app/demo/demofleetgenerator.h"
#include "app/demo/demofleetwriter.h"
#include "app/policy/policyservice.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "models/fleetimpact.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {
double medianMs(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

template<typename F>
double timeMs(int repetitions, F &&step)
{
    QList<double> samples;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return medianMs(samples);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int devices = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int repetitions = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5;
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto store = std::make_shared<SqliteStore>(dir.filePath(QStringLiteral("bench.sqlite")));
    QString error;
    if (!store->open(&error)) {
        out << error << Qt::endl;
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    DemoFleetGenerator generator(1);
    if (!DemoFleetWriter::write(generator, *store, devices, now, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    PolicyService service(store, nullptr, nullptr);
    const QHash<qint64, CompliancePolicy> saved = service.policies(&error);
    QHash<qint64, CompliancePolicy> edited = saved;
    CompliancePolicy encryption = edited.value(4);
    encryption.steps.first().action = ComplianceAction::Quarantine; // Send Alert -> Quarantine
    edited.insert(4, encryption);

    out << "Policy editor, " << devices << " devices, median of " << repetitions << "\n";
    FleetSnapshot fleet;
    const double loadMs = timeMs(repetitions, [&] { service.loadFleet(&fleet, &error); });
    out << QStringLiteral("  load fleet snapshot from the store:      %1 ms\n").arg(loadMs, 0, 'f', 1);

    FleetImpact impact;
    const double impactMs = timeMs(repetitions, [&] { impact = FleetImpact::compute(fleet, saved, edited, now); });
    // Baseline: evaluate every device under both sets, as a naive editor would.
    int brute = 0;
    const double bruteMs = timeMs(repetitions, [&] {
        brute = 0;
        for (int row = 0; row < fleet.size(); ++row) {
            const QList<Violation> violations = fleet.violations(row);
            brute += ComplianceEvaluator::evaluate(violations, saved, now).outcome
                != ComplianceEvaluator::evaluate(violations, edited, now).outcome;
        }
    });
    out << QStringLiteral("  fleet impact of one edit (ours):         %1 ms, %2 devices change\n")
               .arg(impactMs, 0, 'f', 1)
               .arg(impact.changedDevices());
    out << QStringLiteral("  baseline, every device evaluated twice:  %1 ms, %2 devices change\n")
               .arg(bruteMs, 0, 'f', 1)
               .arg(brute);
    out << QStringLiteral("  ratio baseline / ours:                   %1x\n").arg(bruteMs / impactMs, 0, 'f', 1);

    // Edits every 30 ms for 3 s, each cancelling the running computation and starting a
    // new one off the UI thread, as PolicyEditor does; a 5 ms timer measures the stall.
    QFutureWatcher<FleetImpact> watcher;
    std::shared_ptr<std::atomic<bool>> cancel;
    int started = 0;
    int finished = 0;
    bool pending = false;
    QHash<qint64, CompliancePolicy> current = edited;
    const auto start = [&] {
        if (watcher.isRunning()) {
            cancel->store(true);
            pending = true;
            return;
        }
        pending = false;
        cancel = std::make_shared<std::atomic<bool>>(false);
        auto flag = cancel;
        const QHash<qint64, CompliancePolicy> after = current;
        ++started;
        watcher.setFuture(QtConcurrent::run([&fleet, &saved, after, now, flag] {
            return FleetImpact::compute(fleet, saved, after, now, flag.get());
        }));
    };
    QObject::connect(&watcher, &QFutureWatcher<FleetImpact>::finished, &app, [&] {
        if (!watcher.result().cancelled)
            ++finished;
        if (pending)
            start();
    });
    QTimer edits;
    int wait = 0;
    QObject::connect(&edits, &QTimer::timeout, &app, [&] {
        CompliancePolicy policy = current.value(4);
        policy.steps.last().waitDays = 2 + (++wait % 20);
        current.insert(4, policy);
        start();
    });
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worstStallMs = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        const qint64 at = clock.elapsed();
        worstStallMs = std::max(worstStallMs, at - last - 5);
        last = at;
    });
    clock.start();
    tick.start(5);
    edits.start(30);
    QTimer::singleShot(3000, &app, [&] {
        edits.stop();
        watcher.waitForFinished();
        app.quit();
    });
    app.exec();
    out << QStringLiteral("  3 s of edits every 30 ms: %1 computations started, %2 completed, "
                          "longest UI stall %3 ms\n")
               .arg(started)
               .arg(finished)
               .arg(worstStallMs);
    return 0;
}
