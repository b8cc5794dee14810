#!/usr/bin/env bash
# Renders the committed PNG icons from the SVG source (rsvg-convert, Debian package
# librsvg2-bin). Run it after changing the SVG and commit the PNGs with it: the build
# does not need librsvg.
set -euo pipefail
cd "$(dirname "$0")"
id=org.azurestatusconsole.AzureStatusConsole
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "${size}x${size}"
    rsvg-convert --width "$size" --height "$size" "$id.svg" --output "${size}x${size}/$id.png"
done
