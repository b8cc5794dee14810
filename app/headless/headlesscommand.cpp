#include "app/headless/headlesscommand.h"

#include "app/demo/demofleetgenerator.h"
#include "app/storage/devicestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>

#include <limits>

namespace {

constexpr int kMinimumDemoDevices = 10;
constexpr int kMaximumDemoDevices = 1000000;
constexpr quint64 kDefaultDemoSeed = 1;

// The commands of --headless. Hand parsed rather than with QCommandLineParser, which
// would answer --help and --version for the whole program and print its own messages.
class HeadlessCommand final
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommand)

public:
    HeadlessCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {
    }

    int run(const QStringList &arguments);

private:
    int help();
    int generateDemo(const QStringList &arguments);
    int usageError(const QString &message);
    // Splits "--name value" and "--name=value" into *values; false with a message on error.
    bool parseOptions(
        const QStringList &arguments, const QStringList &known, QHash<QString, QString> *values);

    QTextStream &m_out;
    QTextStream &m_err;
};

int HeadlessCommand::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("No command given after --headless. Commands: generate-demo, help."));
    const QString &command = arguments.constFirst();
    if (command == QLatin1String("help") || command == QLatin1String("--help")
        || command == QLatin1String("-h"))
        return help();
    if (command == QLatin1String("generate-demo"))
        return generateDemo(arguments.mid(1));
    return usageError(tr("Unknown command \"%1\". Commands: generate-demo, help.").arg(command));
}

int HeadlessCommand::help()
{
    m_out << tr("Usage: --headless COMMAND [OPTIONS]") << Qt::endl
          << Qt::endl
          << tr("Commands:") << Qt::endl
          << tr("  generate-demo --devices N --db PATH [--seed S]") << Qt::endl
          << tr("      Writes a demo fleet of N devices (10 to 1000000) and its compliance policies to the "
                "device database at PATH. The same seed always gives the same fleet.")
          << Qt::endl
          << tr("  help") << Qt::endl
          << tr("      Shows this text.") << Qt::endl
          << Qt::endl
          << tr("Exit codes: 0 success, 2 unknown command or bad argument, 3 database error.") << Qt::endl;
    return HeadlessExitCode::Success;
}

int HeadlessCommand::usageError(const QString &message)
{
    m_err << message << Qt::endl;
    return HeadlessExitCode::UsageError;
}

bool HeadlessCommand::parseOptions(
    const QStringList &arguments, const QStringList &known, QHash<QString, QString> *values)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        QString value;
        bool hasValue = false;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (name.startsWith(QLatin1String("--")) && equals > 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
            hasValue = true;
        }
        if (!known.contains(name)) {
            usageError(tr("Unknown option \"%1\". Options: %2.").arg(name, known.join(QLatin1String(", "))));
            return false;
        }
        if (!hasValue) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                usageError(tr("%1 needs a value.").arg(name));
                return false;
            }
            value = arguments.at(++i);
        }
        values->insert(name, value);
    }
    return true;
}

int HeadlessCommand::generateDemo(const QStringList &arguments)
{
    const QString devicesOption = QStringLiteral("--devices");
    const QString dbOption = QStringLiteral("--db");
    const QString seedOption = QStringLiteral("--seed");
    QHash<QString, QString> values;
    if (!parseOptions(arguments, { devicesOption, dbOption, seedOption }, &values))
        return HeadlessExitCode::UsageError;

    if (!values.contains(devicesOption)) {
        return usageError(
            tr("generate-demo needs --devices N (from %1 to %2).")
                .arg(QString::number(kMinimumDemoDevices), QString::number(kMaximumDemoDevices)));
    }
    const QString devicesText = values.value(devicesOption);
    bool ok = false;
    const int devices = devicesText.toInt(&ok);
    if (!ok || devices < kMinimumDemoDevices || devices > kMaximumDemoDevices) {
        return usageError(tr("--devices: \"%1\" is not a whole number from %2 to %3.")
                              .arg(devicesText, QString::number(kMinimumDemoDevices),
                                  QString::number(kMaximumDemoDevices)));
    }
    const QString path = values.value(dbOption);
    if (path.trimmed().isEmpty())
        return usageError(tr("generate-demo needs --db PATH, the device database to write."));
    quint64 seed = kDefaultDemoSeed;
    if (values.contains(seedOption)) {
        const QString seedText = values.value(seedOption);
        seed = seedText.toULongLong(&ok);
        if (!ok) {
            return usageError(tr("--seed: \"%1\" is not a whole number from 0 to %2.")
                                  .arg(seedText, QString::number(std::numeric_limits<quint64>::max())));
        }
    }

    QElapsedTimer timer;
    timer.start();
    QString error;
    DeviceStore store(path);
    if (!store.open(&error)) {
        m_err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    DemoFleetGenerator generator(seed);
    const bool written = generator.writeFleet(store, devices, QDateTime::currentDateTimeUtc(), &error)
        && store.setSetting(QStringLiteral("demo/seed"), QString::number(seed), &error)
        && store.setSetting(QStringLiteral("demo/devices"), QString::number(devices), &error)
        && store.appendAudit(QStringLiteral("headless"), QStringLiteral("generate-demo"), path,
            QStringLiteral("devices=%1 seed=%2").arg(QString::number(devices), QString::number(seed)),
            &error);
    if (!written) {
        m_err << error << Qt::endl;
        return HeadlessExitCode::StoreError;
    }
    m_out << tr("Wrote %n demo device(s) (seed %1) to %2 in %3 s.", nullptr, devices)
                 .arg(QString::number(seed), QDir::toNativeSeparators(path),
                     QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
          << Qt::endl;
    return HeadlessExitCode::Success;
}

} // namespace

int runHeadlessCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return HeadlessCommand(out, err).run(arguments);
}
