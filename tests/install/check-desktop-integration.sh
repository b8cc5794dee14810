#!/usr/bin/env bash
# The desktop entry and the AppStream metainfo pass their validators (any hint fails), and
# the application id, the icons and the release agree with the build.
# Usage: check-desktop-integration.sh RESOURCES_DIR APP_ID VERSION
set -euo pipefail
dir=$1
id=$2
version=$3
desktop=$dir/$id.desktop
metainfo=$dir/$id.metainfo.xml

output=$(desktop-file-validate "$desktop" 2>&1) || { echo "$output" >&2; exit 1; }
if [ -n "$output" ]; then
    echo "desktop-file-validate: $output" >&2
    exit 1
fi
appstreamcli validate --no-net --strict "$metainfo"

fail() { echo "$*" >&2; exit 1; }
grep -qx "Icon=$id" "$desktop" || fail "$desktop: Icon= is not $id"
grep -q "<id>$id</id>" "$metainfo" || fail "$metainfo: <id> is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || fail "$metainfo: the launchable is not $id.desktop"
grep -q "<release version=\"$version\"" "$metainfo" || fail "$metainfo: no release $version"
for size in 16 22 24 32 48 64 128 256; do
    png=$dir/icons/${size}x${size}/$id.png
    file "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a $size x $size PNG"
    grep -q "icons/${size}x${size}/$id.png" "$dir/azure-status-console.qrc" || fail "the .qrc lacks $png"
done
[ -f "$dir/icons/$id.svg" ] || fail "no scalable icon $dir/icons/$id.svg"
echo "desktop entry, metainfo and icons of $id are valid"
