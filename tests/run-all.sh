#!/usr/bin/env bash
# README command (b), after the packages are installed: builds the console and runs every
# test. The keychain tests need a real secret service, so the whole suite runs inside a
# private D-Bus session with an unlocked gnome-keyring; nothing touches the user's own
# session, keyring or store.
#
# Three builds, one after the other (CI has 2 cores and 90 minutes):
#   release  the suite as shipped;
#   asan     the same suite under AddressSanitizer + UndefinedBehaviorSanitizer
#            (build/asan); a sanitizer report fails the test that triggered it;
#   fuzz     every libFuzzer target (clang, build/fuzz) for a few seconds over its
#            committed corpus (tests/fuzz/README.md runs them for longer).
# ASC_SKIP_ASAN=1 / ASC_SKIP_FUZZ=1 leave a stage out for a quick local run.
set -euo pipefail
cd "$(dirname "$0")/.."

cmake --preset release
cmake --build --preset release
if [ "${ASC_SKIP_ASAN:-0}" != 1 ]; then
    cmake --preset asan
    cmake --build --preset asan
fi
if [ "${ASC_SKIP_FUZZ:-0}" != 1 ]; then
    cmake --preset fuzz
    cmake --build --preset fuzz
fi

dbus-run-session -- bash -euo pipefail -c '
    export HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
    echo unlock | gnome-keyring-daemon --unlock --replace --daemonize --components=secrets >/dev/null
    ctest --preset release
    if [ "${ASC_SKIP_ASAN:-0}" != 1 ]; then ctest --preset asan; fi
    if [ "${ASC_SKIP_FUZZ:-0}" != 1 ]; then ctest --preset fuzz; fi'
