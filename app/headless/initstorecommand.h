#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

// `--headless init-store --db postgresql://…`: creates or upgrades a team's PostgreSQL
// store and its roles. Run once by the database owner, and again after an upgrade of the
// console; safe to run twice, also at the same time. Returns a HeadlessExitCode.
int runInitStore(const QStringList &arguments, QTextStream &out, QTextStream &err);

// The --db of arguments (`--db VALUE` or `--db=VALUE`) when it is a PostgreSQL connection
// URI; empty otherwise.
QString postgresStoreUri(const QStringList &arguments);

// Any other command given --db postgresql://…: connects and checks the store's schema
// first, so that a role that may not migrate is told who runs which command. `status
// --json` then answers from the store, with the sync leader; the other commands say that
// they run on an SQLite store only, so far. Returns a HeadlessExitCode.
int runOnPostgresStore(const QString &command, const QStringList &arguments, const QString &uri, QTextStream &out,
                       QTextStream &err);

// For the window given --db postgresql://…: what stands between it and the store (cannot
// connect, no schema yet or an older one, with the command that migrates it), and else
// that this version opens the window on an SQLite store only, so far. Connects, so it
// blocks for up to the connect timeout: called before any window exists.
QString postgresStoreProblemForWindow(const QString &uri);
