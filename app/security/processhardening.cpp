#include "app/security/processhardening.h"

#include <QStringList>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

bool ProcessHardening::coreDumpsAllowedByEnvironment()
{
    return qEnvironmentVariableIntValue("ASC_ALLOW_CORE_DUMPS") == 1;
}

QString ProcessHardening::apply()
{
    if (coreDumpsAllowedByEnvironment())
        return {};
#ifdef Q_OS_LINUX
    QStringList problems;
    const rlimit none { 0, 0 };
    rlimit limit {};
    if (setrlimit(RLIMIT_CORE, &none) != 0) {
        problems.append(tr("core files could not be switched off (setrlimit RLIMIT_CORE: %1)")
                            .arg(QString::fromLocal8Bit(std::strerror(errno))));
    } else if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0) {
        problems.append(tr("core files are still allowed after setrlimit RLIMIT_CORE"));
    }
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        problems.append(tr("the process could not be made non-dumpable (prctl PR_SET_DUMPABLE: %1)")
                            .arg(QString::fromLocal8Bit(std::strerror(errno))));
    } else if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0) {
        problems.append(tr("the process is still dumpable after prctl PR_SET_DUMPABLE"));
    }
    if (problems.isEmpty())
        return {};
    //: %1 lists what failed, separated by semicolons
    return tr("Process hardening incomplete: %1. Another program of the same user may be able to read this "
              "console's memory, which holds its secrets.")
        .arg(problems.join(QStringLiteral("; ")));
#else
    return {};
#endif
}
