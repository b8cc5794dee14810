#!/usr/bin/env bash
# Writes the [HEADLESS COMMANDS] section of the man page (a help2man include file) from the
# text of `azure-status-console --headless help`, so the man page and the program say the
# same. A command line (two spaces of indent) followed by its description (six spaces)
# becomes a tagged paragraph; any other line a paragraph of its own.
# Usage: headless-help-to-man.sh CONSOLE OUTPUT
set -euo pipefail
console=$1
output=$2
text=$(LC_ALL=C.UTF-8 LANGUAGE= "$console" --headless help)
{
    echo '[HEADLESS COMMANDS]'
    printf '%s\n' "$text" | awk '
        { lines[NR] = $0 }
        function roff(s) {
            sub(/^ +/, "", s)
            gsub(/\\/, "\\e", s)
            gsub(/-/, "\\-", s)
            gsub(/→/, "\\(->", s)
            if (s ~ /^[.\x27]/) s = "\\&" s
            return s
        }
        END {
            for (i = 1; i <= NR; ++i) {
                line = lines[i]
                if (line ~ /^ *$/) continue
                if (line ~ /^      /) { print roff(line); continue }
                next_line = ""
                for (j = i + 1; j <= NR; ++j) if (lines[j] !~ /^ *$/) { next_line = lines[j]; break }
                if (line ~ /^  / && next_line ~ /^      /) { print ".TP"; print "\\fB" roff(line) "\\fR" }
                else { print ".PP"; print roff(line) }
            }
        }'
} > "$output"
