#pragma once

#include <QCoreApplication>
#include <QString>

// What the process does at start-up so that its memory, which holds the secrets and tokens,
// cannot be read by others (KeePassXC's Bootstrap does the same):
// - no core file on a crash (RLIMIT_CORE = 0, soft and hard limit);
// - not dumpable (PR_SET_DUMPABLE 0): another process of the same user can then neither
//   attach a debugger nor read /proc/<pid>/mem or environ, and the kernel writes no core.
// ASC_ALLOW_CORE_DUMPS=1 leaves both as they are, for debugging a crash.
class ProcessHardening final
{
    Q_DECLARE_TR_FUNCTIONS(ProcessHardening)

public:
    // Applies both and checks each with the kernel. Empty on success (or when
    // ASC_ALLOW_CORE_DUMPS=1 asks for neither); else what could not be done and why.
    static QString apply();
    static bool coreDumpsAllowedByEnvironment();
};
