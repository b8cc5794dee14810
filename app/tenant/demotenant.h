#pragma once

#include "app/net/netsettings.h"

#include <QCoreApplication>
#include <QProcess>
#include <QUuid>

// The demo tenant: the project's tenant emulator run as a child process on a free
// loopback port, with a generated fleet and known demo credentials. It is what the
// console talks to when no real tenant is configured.
class DemoTenant final
{
    Q_DECLARE_TR_FUNCTIONS(DemoTenant)
    Q_DISABLE_COPY_MOVE(DemoTenant)

public:
    DemoTenant();
    ~DemoTenant();

    // The emulator program: the one next to this program (a build folder), else the one in
    // libexec/azure-status-console once installed.
    static QString emulatorPath();
    static QUuid tenantId();

    // Another emulator program than emulatorPath(), e.g. for tests.
    void setProgram(const QString &program) { m_program = program; }

    // Starts the emulator and waits (briefly) for it to print its URL.
    bool start(int devices, quint64 seed, const QStringList &extraArguments, QString *error);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    QUrl baseUrl() const { return m_baseUrl; }
    // Every endpoint on the emulator, with the demo credentials.
    NetSettings netSettings() const;

private:
    QString m_program = emulatorPath();
    QProcess m_process;
    QUrl m_baseUrl;
};
