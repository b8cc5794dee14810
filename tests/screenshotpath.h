#pragma once

#include <QDir>
#include <QString>
#include <QTemporaryDir>

// Where a test saves a screenshot: in ASC_SCREENSHOT_DIR when it is set (to look at them
// afterwards), else in a folder of the test's own, removed when the test ends. Never a fixed
// name in /tmp, where parallel runs, other worktrees and other users would collide.
inline QString screenshotPath(const QString &name)
{
    const QString chosen = qEnvironmentVariable("ASC_SCREENSHOT_DIR");
    if (!chosen.isEmpty()) {
        QDir().mkpath(chosen);
        return QDir(chosen).filePath(name);
    }
    static QTemporaryDir folder;
    return folder.filePath(name);
}
