#!/usr/bin/env bash
# Regenerates the main-content extraction table: builds Helsinki and the Java peer, runs Helsinki,
# Mozilla Readability (node) and boilerpipe over the 181 benchmark pages, each in its own process pinned
# to one core, and prints F1 / precision / recall / accuracy (± bootstrap std) on all pages and on the
# report split (ids 8–f), with pages/s per core and peak RSS.
#
# Usage: bench/extraction/run.sh [shared-dir] [timed-passes]
#   shared-dir    folder holding datasets/article-extraction-benchmark (default: ../shared beside the repo)
#   timed-passes  timed passes over all pages after one untimed warm-up pass (default 3)
# Environment: MVN_OFFLINE=1 adds -o to Maven; CPU=n pins the runs to core n (default 0).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="$(cd "${1:-$root/../shared}" && pwd)"
passes="${2:-3}"
dataset="$shared/datasets/article-extraction-benchmark"
out="$root/bench/out/extraction"
[[ -f "$dataset/ground-truth.json" ]] || { echo "run.sh: no benchmark at $dataset" >&2; exit 2; }
mkdir -p "$out"

offline=(); [[ "${MVN_OFFLINE:-0}" == 1 ]] && offline=(-o)
echo "building…" >&2
(cd "$root" && mvn -q -B -ntp "${offline[@]}" -pl bench/extraction -am package -DskipTests)
if [[ ! -d "$here/readability/node_modules" ]]; then
  (cd "$here/readability" && npm ci --no-audit --no-fund --silent)
fi

pin=(); command -v taskset >/dev/null && pin=(taskset -c "${CPU:-0}")
jars=("$here"/target/helsinki-bench-extraction-*.jar)
cp="${jars[0]}:$(cat "$here/target/classpath.txt")"
for tool in helsinki boilerpipe; do
  "${pin[@]}" java -Xmx1g -cp "$cp" helsinki.bench.extraction.ExtractionBench extract "$tool" "$dataset" "$out/$tool.json" "$passes"
done
"${pin[@]}" node "$here/readability/extract.mjs" "$dataset/html" "$dataset/ground-truth.json" "$out/readability.json" "$passes"

{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"\
    "load average before scoring: $(cut -d' ' -f1-3 /proc/loadavg); each tool pinned to one core: ${pin[*]:-no taskset};"\
    "$passes timed passes after one warm-up; java $(java -version 2>&1 | head -1 | cut -d'"' -f2), node $(node --version)."
  echo
  java -cp "$cp" helsinki.bench.extraction.ExtractionBench report "$dataset" "$out"
  echo
  echo "Metric cross-check (upstream's stored outputs scored by this Java metric):"
  echo
  java -cp "$cp" helsinki.bench.extraction.ExtractionBench crosscheck "$dataset"
} | tee "$out/table.md"
