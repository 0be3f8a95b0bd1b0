#!/usr/bin/env bash
# Rebuilds the web app's world map (countries-110m.json keyed by ISO 3166-1 alpha-2) from the pinned
# npm package world-atlas and Debian's iso-codes. Nothing is fetched at run time; the output is committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/main/resources/helsinki/app/web/world-110m.json"
iso=/usr/share/iso-codes/json/iso_3166-1.json
[ -f "$iso" ] || { echo "build.sh: install Debian's iso-codes (apt-get install iso-codes)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent world-atlas@2.0.2 >/dev/null && tar xzf world-atlas-2.0.2.tgz)
echo "2516c915867c7baf18ddec727aec46c315541a07cfb3d79a6559b05d5e94eee8  $work/package/countries-110m.json" | sha256sum -c --quiet
node "$here/build.mjs" "$work/package/countries-110m.json" "$iso" "$out"
