#!/usr/bin/env bash
# The man page says what the program says: the built page holds every option of --help with
# its description, every line of `--headless help`, and the program's version. It fails when
# the page is stale or its generator (resources/man/) loses or changes text.
# Usage: check-manpage.sh CONSOLE MAN_PAGE
set -euo pipefail
console=$1
page=$2
export LC_ALL=C.UTF-8 LANGUAGE=
squeeze() { tr -s ' \t\n' '   ' | sed 's/^ //; s/ $//'; }
rendered=$(MANWIDTH=1000 man --nh --nj -l "$page" | col -b | squeeze)
failures=0
expect() {
    if [[ "$rendered" != *"$1"* ]]; then
        echo "not in the man page: $1" >&2
        failures=$((failures + 1))
    fi
}

# --help: an option line ("  -h, --help   Displays ...") and the lines that continue it.
spec="" description=""
flush() {
    if [ -n "$spec" ]; then
        expect "$spec"
        expect "$(printf '%s' "$description" | squeeze)"
    fi
}
options=0
while IFS= read -r line; do
    if [[ "$line" =~ ^\ \ (-[^ ].*[^ ])\ \ +([^ ].*)$ ]]; then
        flush
        spec=${BASH_REMATCH[1]} description=${BASH_REMATCH[2]}
        options=$((options + 1))
    elif [[ -n "$spec" && "$line" =~ ^\ {10,}([^ ].*)$ ]]; then
        description+=" ${BASH_REMATCH[1]}"
    else
        flush
        spec="" description=""
    fi
done < <("$console" --help)
flush
[ "$options" -ge 10 ] || { echo "read only $options options from --help" >&2; exit 1; }

lines=0
while IFS= read -r line; do
    line=$(printf '%s' "$line" | squeeze)
    [ -z "$line" ] && continue
    expect "$line"
    lines=$((lines + 1))
done < <("$console" --headless help)
[ "$lines" -ge 10 ] || { echo "read only $lines lines from --headless help" >&2; exit 1; }

expect "$("$console" --version)"
if [ "$failures" -ne 0 ]; then
    echo "$failures text(s) of the program missing from $page: rebuild the target manpage" >&2
    exit 1
fi
echo "man page matches --help ($options options) and --headless help ($lines lines)"
