#!/usr/bin/env bash
# README command (b), after the packages are installed: builds the console and runs every
# test. The keychain tests need a real secret service, so the whole suite runs inside a
# private D-Bus session with an unlocked gnome-keyring; nothing touches the user's own
# session, keyring or store.
#
# Three builds, one after the other (CI has 2 cores and 90 minutes):
#   release  the suite as shipped, and its Debian package: built, checked by lintian (no
#            error allowed), installed with apt-get as an administrator would (this script
#            runs as root) and its programs run once installed;
#   asan     the same suite under AddressSanitizer + UndefinedBehaviorSanitizer
#            (build/asan); a sanitizer report fails the test that triggered it;
#   fuzz     every libFuzzer target (clang, build/fuzz) for a few seconds over its
#            committed corpus (tests/fuzz/README.md runs them for longer).
# tst_pgstore (in both suites) starts and stops a throwaway PostgreSQL cluster of its own
# through tests/pg/throwaway-cluster.sh, as the postgres user: nothing here needs to.
# ASC_SKIP_ASAN=1 / ASC_SKIP_FUZZ=1 / ASC_SKIP_PACKAGE=1 leave a stage out for a quick local
# run (the package stage leaves azure-status-console installed; apt-get remove takes it out).
set -euo pipefail
cd "$(dirname "$0")/.."

cmake --preset release
cmake --build --preset release
if [ "${ASC_SKIP_PACKAGE:-0}" != 1 ]; then
    rm -f build/release/azure-status-console_*.deb
    (cd build/release && cpack -G DEB)
    deb=$(ls "$PWD"/build/release/azure-status-console_*.deb)
    lintian --fail-on error "$deb"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --reinstall "$deb"
    azure-status-console --help
    /usr/libexec/azure-status-console/azure-status-emulator --help >/dev/null
    # The installed console finds its emulator in libexec: a sync on the demo tenant.
    installed=$(mktemp -d)
    HOME=$installed XDG_CONFIG_HOME=$installed/config XDG_DATA_HOME=$installed/data \
        azure-status-console --headless sync --demo --db "$installed/devices.sqlite"
    rm -rf "$installed"
fi
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
