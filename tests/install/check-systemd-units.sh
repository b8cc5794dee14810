#!/usr/bin/env bash
# The reporter's units pass `systemd-analyze verify` (any message fails: it warns about
# unknown or misspelt settings without failing) and its hardening keeps the service's
# exposure at "OK" or better in `systemd-analyze security`. Runs without systemd as PID 1.
# Usage: check-systemd-units.sh UNIT_DIR MAN_DIR
# UNIT_DIR holds the units with ExecStart= on the built console (verify checks that the
# program exists); MAN_DIR the built man page, for the Documentation= check.
set -euo pipefail
units=$1
export MANPATH=$2
output=$(systemd-analyze verify "$units/azure-status-reporter.service" "$units/azure-status-reporter.timer" 2>&1) \
    || { echo "$output" >&2; exit 1; }
if [ -n "$output" ]; then
    echo "systemd-analyze verify: $output" >&2
    exit 1
fi
# Exposure is 0 (locked down) to 100 in --threshold's scale; "OK" ends at 40.
security=$(systemd-analyze security --offline=true --threshold=20 "$units/azure-status-reporter.service" 2>&1) \
    || { echo "$security" >&2; echo "exposure above 2.0" >&2; exit 1; }
echo "$security" | tail -1
echo "azure-status-reporter.service and .timer verified"
