#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for SECONDS each over its corpus.
# Usage: tests/fuzz/run.sh SECONDS [target...]     (build first: cmake --build --preset fuzz)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:?seconds per target}
shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(device_page device_record token_response upload_status endpoint_discovery error_body csv_import settings_import)
fi
bin=build/fuzz/tests/fuzz
failed=0
for target in "${targets[@]}"; do
    mkdir -p "$bin/work/$target" "$bin/crashes"
    log="$bin/work/$target.log"
    echo "== fuzz_$target: $seconds s"
    status=0
    "$bin/fuzz_$target" "$bin/work/$target" "tests/fuzz/corpus/$target" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$bin/crashes/$target-" >"$log" 2>&1 || status=$?
    grep -E "^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|^#[0-9]+.*DONE" "$log" || true
    if [ "$status" -ne 0 ]; then
        echo "fuzz_$target FAILED (exit $status): see $log"
        tail -40 "$log"
        failed=1
    fi
done
exit $failed
