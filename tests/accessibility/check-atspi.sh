#!/usr/bin/env bash
# CTest check_atspi_names: every view and dialog of the console, read through the AT-SPI tree
# by a real accessibility client (pyatspi), has a name on every control a user can reach and
# a header on every table column. Starts what it needs in a private D-Bus session: the AT-SPI
# bus launcher (which brings up the accessibility bus and its registry) and, through
# atspi_walk.py, Xvfb for the console.
# Usage: check-atspi.sh CONSOLE [LANGUAGES]
set -euo pipefail
console=$1
languages=${2:-en,fr,ja,es}
here=$(cd "$(dirname "$0")" && pwd)

# Debian's python3 has pyatspi; another python3 earlier on PATH (pyenv) has not.
python=/usr/bin/python3
if ! "$python" -c 'import pyatspi' 2>/dev/null; then
    echo "check-atspi: $python cannot import pyatspi (package python3-pyatspi)" >&2
    exit 1
fi
launcher=
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [ -x "$candidate" ] && launcher=$candidate && break
done
if [ -z "$launcher" ]; then
    echo "check-atspi: no at-spi-bus-launcher (package at-spi2-core)" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/config" "$work/data" "$work/runtime"
chmod 700 "$work/runtime"
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime
export ASC_CHECK_LAUNCHER=$launcher ASC_CHECK_PYTHON=$python ASC_CHECK_HERE=$here
export ASC_CHECK_CONSOLE=$console ASC_CHECK_LANGUAGES=$languages ASC_CHECK_WORK=$work

# A session bus of its own: nothing of a desktop session is read or changed.
dbus-run-session -- bash -euo pipefail -c '
    "$ASC_CHECK_LAUNCHER" --launch-immediately &
    launcher_pid=$!
    # The launcher may be gone already (it ends with the bus): neither step may fail the check.
    trap "kill $launcher_pid 2>/dev/null || true; wait $launcher_pid 2>/dev/null || true" EXIT
    for _ in $(seq 100); do
        if dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
            >/dev/null 2>&1; then
            break
        fi
        sleep 0.1
    done
    "$ASC_CHECK_PYTHON" "$ASC_CHECK_HERE/atspi_walk.py" --console "$ASC_CHECK_CONSOLE" \
        --lang "$ASC_CHECK_LANGUAGES" --work "$ASC_CHECK_WORK"'
