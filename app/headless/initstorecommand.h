#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

// `--headless init-store --db postgresql://…`: creates or upgrades a team's PostgreSQL
// store and its roles. Run once by the database owner, and again after an upgrade of the
// console; safe to run twice, also at the same time. Returns a HeadlessExitCode.
int runInitStore(const QStringList &arguments, QTextStream &out, QTextStream &err);
