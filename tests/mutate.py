#!/usr/bin/env python3
"""Mutation testing of the domain rules.

Applies small domain mutations to the sources one at a time, rebuilds incrementally,
runs the part of the suite that should notice, restores the source and reports each
mutant as caught or survived:

    python3 tests/mutate.py [--build build/release] [--only NAME,...] [--list] [--keep-going]

A mutant is caught when at least one of its tests fails. Every mutant should be caught;
the exit code is 1 when one survived (or did not build), 2 on a usage or set-up error.
The sources are restored after each mutant, on Ctrl+C, SIGTERM and SIGHUP, and, after a
SIGKILL, by the next run, which finds the originals in BUILD/mutate-journal.json first.
Run it from the repository root of a configured build, with nothing else building there.
"""

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Mutant:
    name: str
    what: str  # the rule it breaks, in the domain's words
    edits: list  # (path relative to ROOT, original text, mutated text); each original occurs once
    tests: list  # CTest names that should notice
    extra_targets: list = field(default_factory=list)


MUTANTS = [
    Mutant(
        "least-restrictive-policy",
        "the least restrictive action over the violated policies is chosen, not the most",
        [("models/complianceevaluator.cpp",
          "        const bool moreRestrictive = policyResult.action > result.action;",
          "        const bool moreRestrictive\n"
          "            = result.action == ComplianceAction::None || policyResult.action < result.action;")],
        ["tst_complianceevaluator", "tst_policypreview", "tst_fleetimpact"]),
    Mutant(
        "least-restrictive-step",
        "within one policy, the least restrictive elapsed step applies, not the most",
        [("models/complianceevaluator.cpp",
          "            result.action = ComplianceActions::mostRestrictive(result.action, step.action);",
          "            result.action = result.action == ComplianceAction::None ? step.action\n"
          "                                                                     : std::min(result.action, step.action);")],
        ["tst_complianceevaluator", "tst_policypreview", "tst_fleetimpact"]),
    Mutant(
        "wait-ignored",
        "an action applies before its wait has elapsed",
        [("models/complianceevaluator.cpp",
          "        if (elapsedMSecs >= waitMSecs)\n            result.action",
          "        if (elapsedMSecs >= 0 || waitMSecs >= 0)\n            result.action")],
        ["tst_complianceevaluator", "tst_policypreview"]),
    Mutant(
        "send-alert-non-compliant",
        "Send Alert is reported as Device Non-compliant instead of Compliant",
        [("models/complianceaction.cpp",
          "    case ComplianceAction::None:\n    case ComplianceAction::SendAlert:\n        return AzureOutcome::Compliant;\n"
          "    case ComplianceAction::BlockEmail:",
          "    case ComplianceAction::None:\n        return AzureOutcome::Compliant;\n"
          "    case ComplianceAction::SendAlert:\n    case ComplianceAction::BlockEmail:")],
        ["tst_complianceaction", "tst_complianceevaluator"]),
    Mutant(
        "retire-reported-managed",
        "a retired device is reported managed instead of notManaged",
        [("models/azurepayload.cpp",
          "    return outcome == AzureOutcome::RemovedFromAzure ? QStringLiteral(\"notManaged\") : QStringLiteral(\"managed\");",
          "    Q_UNUSED(outcome);\n    return QStringLiteral(\"managed\");")],
        ["tst_wireformat", "tst_reportplanner", "tst_reportingengine"]),
    Mutant(
        "payload-drops-osversion",
        "a field (OsVersion) is dropped from the inventory entity",
        [("models/azurepayload.cpp",
          "        {QStringLiteral(\"OsVersion\"), device.osVersion},\n", "")],
        ["tst_wireformat", "tst_reportingengine"]),
    Mutant(
        "send-without-azure-id",
        "a device without an Azure device id (client status not Success) is sent",
        [("app/reporting/reportplanner.cpp",
          "    return device.clientStatus.allowsDeviceId() && !device.azureDeviceId.isBlank()\n        && device.entraUserState",
          "    return device.entraUserState")],
        ["tst_reportplanner", "tst_reportingengine"]),
    Mutant(
        "send-without-entra-user",
        "a device whose user Entra does not know is sent (UserId empty)",
        [("app/reporting/reportplanner.cpp",
          "        && device.entraUserState == EntraUserState::Known && !device.entraUserId.isNull();",
          ";")],
        ["tst_reportplanner", "tst_reportingengine"]),
    Mutant(
        "escalation-not-reported",
        "an outcome changed by time alone (a wait elapsing) is not reported",
        [("app/reporting/reportplanner.cpp",
          "    return state.reportedOutcome && *state.reportedOutcome != outcome;",
          "    Q_UNUSED(state);\n    Q_UNUSED(outcome);\n    return false;")],
        ["tst_reportplanner", "tst_reportingengine"]),
    Mutant(
        "inventory-change-not-reported",
        "an on-device inventory change is not reported",
        [("app/reporting/reportplanner.cpp",
          "    if (state.reportedFingerprint != AzurePayload::inventoryFingerprint(device))\n        return ReportTrigger::InventoryChange;\n",
          "")],
        ["tst_reportplanner", "tst_reportingengine"]),
    Mutant(
        "sent-before-committed",
        "Report now sends the message first and commits the outbox row after it",
        [("app/reporting/reportdelivery.h",
          "    void ensureProvisioned();\n    void upload(const OutboxMessage &message);\n",
          "    void ensureProvisioned();\n\npublic:\n    void upload(const OutboxMessage &message);\n\nprivate:\n"),
         ("app/reporting/reportingengine.cpp",
          "bool ReportingEngine::enqueue(ReportTrigger trigger, const QList<OutboxDevice> &devices, QString *error)\n{\n",
          "bool ReportingEngine::enqueue(ReportTrigger trigger, const QList<OutboxDevice> &devices, QString *error)\n{\n"
          "    if (trigger == ReportTrigger::Manual && !devices.isEmpty()) {\n"
          "        QJsonArray content;\n"
          "        for (const OutboxDevice &device : devices) {\n"
          "            for (const QJsonValue &entity : device.entities)\n"
          "                content.append(entity);\n"
          "        }\n"
          "        OutboxMessage message;\n"
          "        message.id = QUuid::createUuid();\n"
          "        message.body = AzurePayload::uploadBody(m_settings.tenantId.toString(QUuid::WithoutBraces), now(), content);\n"
          "        m_delivery->upload(message);\n"
          "    }\n"),
         ("app/reporting/reportingengine.cpp",
          "#include \"app/storage/store.h\"\n",
          "#include \"app/storage/store.h\"\n#include \"models/azurepayload.h\"\n")],
        ["tst_reportingengine"]),
    Mutant(
        "new-message-id-per-attempt",
        "an upload goes out under a new message id instead of the outbox's (no idempotency key)",
        [("app/reporting/reportdelivery.cpp",
          "    m_partner->uploadMessageBody(\n        message.id, message.body,",
          "    m_partner->uploadMessageBody(\n        QUuid::createUuid(), message.body,")],
        ["tst_reportingengine"]),
    Mutant(
        "404-taken-as-completed",
        "a status poll answered 404 (Azure does not know the message) is taken as Completed",
        [("app/net/partnercomplianceclient.cpp",
          "                    if (result.status == 404) {\n                        status.state = MessageStatus::Unknown;",
          "                    if (result.status == 404) {\n                        status.state = MessageStatus::Completed;")],
        ["tst_netclients", "tst_reportingengine"]),
    Mutant(
        "failed-sets-report-time",
        "a Failed report sets Report Time",
        [("app/storage/sqlite/sqlitereportoutbox.cpp",
          "        devices.prepare(QStringLiteral(\"UPDATE devices SET report_error = ?,\"",
          "        devices.prepare(QStringLiteral(\"UPDATE devices SET report_time_ms = \") + QString::number(nowMsecs)\n"
          "                        + QStringLiteral(\", report_error = ?,\"")],
        ["tst_reportoutbox", "tst_reportingengine"]),
    Mutant(
        "retry-after-ignored",
        "a 429's Retry-After is ignored (the usual backoff instead)",
        [("app/net/httptransport.cpp",
          "retryAfterMs(result.header(\"Retry-After\"), now,",
          "retryAfterMs(QByteArray(), now,")],
        ["tst_nettransport"]),
    Mutant(
        "user-cancelled-refused",
        "the British spelling User_Cancelled is no longer read as User_Canceled",
        [("models/azureclientstatus.cpp",
          "    if (trimmed == QLatin1String(\"User_Cancelled\")) {",
          "    if (trimmed == QLatin1String(\"User_Cancelled_\")) {")],
        ["tst_azureclientstatus"]),
    Mutant(
        "weekly-report-late",
        "the weekly report comes a day late (8 days after the last)",
        [("app/settings/weeklyschedule.cpp",
          "        return lastReport.daysTo(now) >= 7;",
          "        return lastReport.daysTo(now) >= 8;")],
        ["tst_consolesettings", "tst_reportingengine"]),
]


class Interrupted(Exception):
    pass


class Workspace:
    """Applies edits and puts the originals back, keeping a journal on disk meanwhile."""

    def __init__(self, journal: Path):
        self.journal = journal
        self.originals = {}  # path -> original text

    def recover(self):
        if not self.journal.exists():
            return
        saved = json.loads(self.journal.read_text(encoding="utf-8"))
        for path, text in saved.items():
            (ROOT / path).write_text(text, encoding="utf-8")
            print(f"restored {path} left mutated by an earlier run", flush=True)
        self.journal.unlink()

    def apply(self, mutant: Mutant):
        texts = {}
        for path, original, mutated in mutant.edits:
            text = texts.get(path) or (ROOT / path).read_text(encoding="utf-8")
            count = text.count(original)
            if count != 1:
                raise SystemExit(f"{mutant.name}: the text to mutate occurs {count} times in {path}, not once; "
                                 "update the mutant")
            self.originals.setdefault(path, (ROOT / path).read_text(encoding="utf-8"))
            texts[path] = text.replace(original, mutated)
        # The journal first: a SIGKILL from here on leaves what the next run needs.
        self.journal.write_text(json.dumps(self.originals), encoding="utf-8")
        for path, text in texts.items():
            (ROOT / path).write_text(text, encoding="utf-8")

    def restore(self):
        # The restored file gets a new time stamp, so the next build recompiles it.
        for path, text in self.originals.items():
            (ROOT / path).write_text(text, encoding="utf-8")
        self.originals = {}
        if self.journal.exists():
            self.journal.unlink()


current = None  # the child process running now


def stop(signum, _frame):
    if current is not None and current.poll() is None:
        current.terminate()
    raise Interrupted(signal.Signals(signum).name)


def run(command, log, timeout=None):
    global current
    with open(log, "a", encoding="utf-8") as out:
        out.write("$ " + " ".join(command) + "\n")
        out.flush()
        current = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
        try:
            return current.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            current.kill()
            current.wait()
            return -1
        finally:
            current = None


def targets_of(tests):
    targets = set()
    for test in tests:
        targets.add("asc_reliability" if test.startswith("reliability_") else test)
    return sorted(targets)


def failed_tests(log):
    text = Path(log).read_text(encoding="utf-8", errors="replace")
    part = text.rsplit("The following tests FAILED:", 1)
    if len(part) < 2:
        return []
    return re.findall(r"^\s*\d+ - (\S+)", part[1], re.MULTILINE)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", default="build/release", help="a configured build folder (default build/release)")
    parser.add_argument("--only", default="", help="comma-separated mutant names")
    parser.add_argument("--list", action="store_true", help="list the mutants and exit")
    parser.add_argument("--jobs", default="2", help="build jobs (default 2)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the run of the tests unmutated")
    parser.add_argument("--report", help="also write the result table (Markdown) to this file")
    args = parser.parse_args()

    mutants = MUTANTS
    if args.only:
        wanted = set(args.only.split(","))
        unknown = wanted - {m.name for m in MUTANTS}
        if unknown:
            parser.error("unknown mutants: " + ", ".join(sorted(unknown)))
        mutants = [m for m in MUTANTS if m.name in wanted]
    if args.list:
        for m in mutants:
            print(f"{m.name:32} {m.what}  [{', '.join(m.tests)}]")
        return 0

    build = (ROOT / args.build).resolve()
    if not (build / "CMakeCache.txt").exists():
        print(f"{build} is not a configured build folder", file=sys.stderr)
        return 2
    workspace = Workspace(build / "mutate-journal.json")
    workspace.recover()
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stop)
    logs = build / "mutate-logs"
    logs.mkdir(exist_ok=True)

    def build_and_test(tests, log):
        targets = targets_of(tests)
        if run(["cmake", "--build", str(build), "-j", args.jobs, "--target", *targets], log) != 0:
            return "build"
        regex = "^(" + "|".join(tests) + ")$"
        code = run(["ctest", "--test-dir", str(build), "-R", regex, "--output-on-failure"], log)
        return "pass" if code == 0 else "fail"

    results = []
    touched = set()
    try:
        if not args.no_baseline:
            every = sorted({t for m in mutants for t in m.tests})
            log = logs / "baseline.log"
            log.write_text("", encoding="utf-8")
            print(f"baseline: {', '.join(every)} ...", flush=True)
            outcome = build_and_test(every, log)
            if outcome != "pass":
                print(f"the tests do not pass unmutated ({outcome}); see {log}", file=sys.stderr)
                return 2
        for mutant in mutants:
            log = logs / f"{mutant.name}.log"
            log.write_text("", encoding="utf-8")
            started = time.monotonic()
            print(f"{mutant.name}: {mutant.what} ...", end=" ", flush=True)
            workspace.apply(mutant)
            touched.update(targets_of(mutant.tests))
            try:
                outcome = build_and_test(mutant.tests, log)
            finally:
                workspace.restore()
            seconds = time.monotonic() - started
            if outcome == "fail":
                verdict = "caught by " + ", ".join(failed_tests(log) or ["?"])
            elif outcome == "pass":
                verdict = "SURVIVED"
            else:
                verdict = "DID NOT BUILD"
            print(f"{verdict} ({seconds:.0f} s)", flush=True)
            results.append((mutant, verdict, seconds))
    except Interrupted as interruption:
        workspace.restore()
        print(f"\ninterrupted by {interruption}: sources restored", file=sys.stderr)
        return 130
    finally:
        workspace.restore()
        if touched:
            # The build folder holds no mutant binary afterwards.
            run(["cmake", "--build", str(build), "-j", args.jobs, "--target", *sorted(touched)], logs / "restore.log")

    lines = ["| mutant | breaks | tests run | result |", "| --- | --- | --- | --- |"]
    for mutant, verdict, seconds in results:
        lines.append(f"| `{mutant.name}` | {mutant.what} | {', '.join(mutant.tests)} | {verdict} |")
    caught = sum(1 for _, verdict, _ in results if verdict.startswith("caught"))
    lines.append("")
    lines.append(f"{caught} of {len(results)} mutants caught.")
    table = "\n".join(lines)
    print()
    print(table)
    if args.report:
        Path(args.report).write_text(table + "\n", encoding="utf-8")
    return 0 if caught == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
