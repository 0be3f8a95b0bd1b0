#!/usr/bin/env bash
# Annotation benchmark: Helsinki's annotation stage (ingest text → annotate → resolve places and
# entities) beside plain CoreNLP (tokenize,ssplit,pos,lemma,ner with CoreNLP's defaults) on the real
# news articles of ../shared (HRDsAttack train+dev+test and the GDELT texts, 700 articles).
# Each configuration runs in its own JVM pinned to its own core (taskset), both at the same time.
# Usage: bench/annotation/run.sh [SHARED=../shared] [ARTICLES=all]
# CONFIGS="helsinki analyze" bench/annotation/run.sh compares the annotation stage with the whole of
# `analyze` (extraction and classifiers on top) instead; the default pair is "corenlp helsinki".
# ONE_CORE=1 runs the two one after the other on core 0 instead of side by side on cores 0 and 1.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="$(cd "${1:-$root/../shared}" && pwd)"
cd "$root"
mvn -q -B -ntp -o -pl bench/annotation -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$here/target/classpath.txt" -Dmdep.includeScope=runtime >&2
# The jars are copied aside, so that a rebuild during a long run cannot change them under it.
lib="$here/target/bench-lib"
rm -rf "$lib" && mkdir -p "$lib" "$root/bench/out/annotation"
cp "$here/target/helsinki-bench-annotation-0.1.0-SNAPSHOT.jar" "$lib/"
tr ':' '\n' < "$here/target/classpath.txt" | while read -r jar; do cp "$jar" "$lib/"; done
out="$root/bench/out/annotation"
pin() { if command -v taskset >/dev/null; then taskset -c "$1" "${@:2}"; else "${@:2}"; fi; }
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1e6}' /proc/meminfo), $(uname -sr), $(java -version 2>&1 | head -1)" | tee "$out/machine.txt" >&2
echo "start $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt" >&2
( while sleep 30; do echo "$(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)"; done ) > "$out/load.txt" &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true' EXIT
read -r first second <<< "${CONFIGS:-corenlp helsinki}"
if [ -n "${ONE_CORE:-}" ]; then
  # ONE_CORE=1: both configurations on core 0, one after the other (for a shared machine).
  pin 0 java ${BENCH_JAVA_OPTS:--Xmx3g} -cp "$lib/*" helsinki.bench.annotation.Bench "$first" "$shared" ${2:-} > "$out/$first.tsv" 2> "$out/$first.progress"
  pin 0 java ${BENCH_JAVA_OPTS:--Xmx3g} -cp "$lib/*" helsinki.bench.annotation.Bench "$second" "$shared" ${2:-} > "$out/$second.tsv" 2> "$out/$second.progress"
else
  pin 0 java ${BENCH_JAVA_OPTS:--Xmx3g} -cp "$lib/*" helsinki.bench.annotation.Bench "$first" "$shared" ${2:-} > "$out/$first.tsv" 2> "$out/$first.progress" &
  baseline=$!
  pin 1 java ${BENCH_JAVA_OPTS:--Xmx3g} -cp "$lib/*" helsinki.bench.annotation.Bench "$second" "$shared" ${2:-} > "$out/$second.tsv" 2> "$out/$second.progress"
  wait "$baseline"
fi
echo "end $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt" >&2
cat "$out/$second.tsv" "$out/$first.tsv"
awk -F'\t' -v a="$second" -v b="$first" '{for (i = 2; i <= NF; i++) { split($i, kv, "="); v[$1, kv[1]] = kv[2] } }
  END { printf "ratio (articles per CPU second, %s / %s): %.2f\n", a, b, v[a, "articles_per_cpu_s"] / v[b, "articles_per_cpu_s"] }' \
  "$out/$second.tsv" "$out/$first.tsv"
