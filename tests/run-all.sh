#!/usr/bin/env bash
# README command (b), after the packages are installed: builds the console and runs every
# test. The keychain tests need a real secret service, so the whole suite runs inside a
# private D-Bus session with an unlocked gnome-keyring; nothing touches the user's own
# session, keyring or store.
set -euo pipefail
cd "$(dirname "$0")/.."

cmake --preset release
cmake --build --preset release

dbus-run-session -- bash -euo pipefail -c '
    export HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
    echo unlock | gnome-keyring-daemon --unlock --replace --daemonize --components=secrets >/dev/null
    ctest --preset release'
