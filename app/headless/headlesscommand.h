#pragma once

#include <QStringList>

class QTextStream;

// Exit codes of `--headless` (documented in the README):
//   0  success
//   2  usage error: unknown command, unknown option, missing or bad argument value
//   3  store error: the database could not be opened, migrated or written
//   4  tenant error: the MDM or Azure could not be reached or refused us (the sync failed)
//   5  reports failed: Azure rejected at least one report (each is in the outbox with its reason)
//   6  timeout: reports were still waiting to be sent or confirmed; they go out on the next run
//   7  keychain error: no secret service is reachable, or it holds no secret for the tenant
namespace HeadlessExitCode {
constexpr int Success = 0;
constexpr int UsageError = 2;
constexpr int StoreError = 3;
constexpr int TenantError = 4;
constexpr int ReportsFailed = 5;
constexpr int Timeout = 6;
constexpr int KeychainError = 7;
} // namespace HeadlessExitCode

// Runs one command given after `--headless` on the command line, e.g.
// `generate-demo --devices 100000 --db fleet.sqlite --seed 7` or `help`. Results go to
// `out`, errors to `err`; returns one of HeadlessExitCode.
int runHeadlessCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
