#include "app/tenant/demotenant.h"
#include "app/logging/logcategories.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace {
// The emulator's demo identities; not secrets: they only open the emulator.
const QString kClientId = QStringLiteral("5b0e7f3a-8c1d-4e2f-9a6b-3c4d5e6f7a8b");
const QString kClientSecret = QStringLiteral("demo-secret");
const QString kMdmUser = QStringLiteral("admin");
const QString kMdmPassword = QStringLiteral("demo");
} // namespace

DemoTenant::DemoTenant() = default;

DemoTenant::~DemoTenant()
{
    stop();
}

QString DemoTenant::emulatorPath()
{
    // Next to the console in a build folder; in libexec once installed.
    const QDir here(QCoreApplication::applicationDirPath());
    const QString beside = here.filePath(QStringLiteral("azure-status-emulator"));
    const QString installed = QDir::cleanPath(
        here.filePath(QStringLiteral(ASC_EMULATOR_FROM_BINDIR "/azure-status-emulator")));
    return QFileInfo(beside).isExecutable() || !QFileInfo(installed).isExecutable() ? beside : installed;
}

QUuid DemoTenant::tenantId()
{
    return QUuid(QStringLiteral("{3f2504e0-4f89-41d3-9a0c-0305e82c3301}"));
}

bool DemoTenant::start(int devices, quint64 seed, const QStringList &extraArguments, QString *error)
{
    const QString &program = m_program;
    if (!QFileInfo(program).isExecutable()) {
        *error = tr("The tenant emulator %1 is missing; build the target azure-status-emulator.")
                     .arg(QDir::toNativeSeparators(program));
        return false;
    }
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--devices"), QString::number(devices),
                          QStringLiteral("--seed"), QString::number(seed),
                          QStringLiteral("--tenant-id"), tenantId().toString(QUuid::WithoutBraces),
                          QStringLiteral("--client-id"), kClientId,
                          QStringLiteral("--client-secret"), kClientSecret,
                          QStringLiteral("--mdm-user"), kMdmUser,
                          QStringLiteral("--mdm-password"), kMdmPassword};
    arguments += extraArguments;
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // The emulator must not outlive the console, also when the console is killed: the kernel
    // sends it SIGTERM when the thread that started it ends (the main thread, so the console).
    // This runs in the child between fork and exec, so async-signal-safe calls only: the
    // console's signal handlers go first (they would swallow that SIGTERM before exec), and a
    // console gone before prctl() took effect is caught by the getppid() check.
    const pid_t console = ::getpid();
    m_process.setChildProcessModifier([console] {
        for (int signal : {SIGTERM, SIGINT, SIGHUP})
            ::signal(signal, SIG_DFL);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != console)
            ::_exit(127);
    });
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = tr("The tenant emulator could not be started: %1").arg(m_process.errorString());
        return false;
    }
    // The first line it prints is its base URL.
    QDeadlineTimer deadline(30000);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            *error = tr("The tenant emulator did not report its address: %1")
                         .arg(QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed());
            stop();
            return false;
        }
    }
    m_baseUrl = QUrl(QString::fromUtf8(m_process.readLine()).trimmed());
    if (!m_baseUrl.isValid() || m_baseUrl.host() != QLatin1String("127.0.0.1")) {
        *error = tr("The tenant emulator reported an unexpected address \"%1\".").arg(m_baseUrl.toString());
        stop();
        return false;
    }
    qCInfo(lcTenant).noquote() << "demo tenant emulator at" << m_baseUrl.toString();
    return true;
}

void DemoTenant::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

NetSettings DemoTenant::netSettings() const
{
    NetSettings settings = NetSettings::forSingleHost(m_baseUrl);
    settings.mdmUser = kMdmUser;
    settings.mdmPassword = kMdmPassword;
    settings.tenantId = tenantId().toString(QUuid::WithoutBraces);
    settings.clientId = kClientId;
    settings.clientSecret = kClientSecret;
    return settings;
}
