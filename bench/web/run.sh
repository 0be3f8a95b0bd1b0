#!/usr/bin/env bash
# Web app latency: p50/p99 of one route under concurrent clients on loopback, over a library of
# generated documents (built once by bench/library's generator and kept in WORK for later runs).
# Usage: bench/web/run.sh ROUTE [clients=20] [requests per client=50] [docs=100000] [WORK=/tmp/helsinki-bench-web]
# e.g.   bench/web/run.sh '/search?q={q}'      ({q} takes each of 20 fixed queries in turn)
#        bench/web/run.sh '/api/search?q={q}'
#        bench/web/run.sh /api/asks            (over a library of generated analyses with asks and outcomes)
# BENCH_WARMUP=N sends N warm-up requests per client first (default a fifth of the measured ones),
# so that the JIT's compiling is over before the measured round, as in a server that has run a while.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
route="${1:?usage: bench/web/run.sh ROUTE [clients] [requests] [docs] [work]}"
clients="${2:-20}"; requests="${3:-50}"; docs="${4:-100000}"; work="${5:-/tmp/helsinki-bench-web}"
cd "$root"
# One reactor run builds both modules and writes each one's runtime classpath beside it
# (BENCH_NO_BUILD=1 reuses the jars copied aside by the last run).
lib="$here/target/bench-lib"
if [ -z "${BENCH_NO_BUILD:-}" ] || [ ! -d "$lib" ]; then
mvn -q -B -ntp -pl bench/web,bench/library -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
# The jars are copied aside, so that a rebuild during a long run cannot change them under it.
rm -rf "$lib" && mkdir -p "$lib"
cp "$here/target/helsinki-bench-web-0.1.0-SNAPSHOT.jar" "$root/bench/library/target/helsinki-bench-library-0.1.0-SNAPSHOT.jar" "$lib/"
{ cat "$here/target/classpath.txt"; echo; cat "$root/bench/library/target/classpath.txt"; echo; } | tr ':' '\n' | grep . | sort -u | while read -r jar; do cp "$jar" "$lib/"; done
fi
case "$route" in
*asks*)
  # The asks routes need analyses with asks and outcomes, linked: bench/library's AskLibrary stores
  # generated letters and reports with their analyses and links them with the library's link stage.
  data="$work/library-asks"
  if [ ! -f "$data/library.db" ] || [ "$(cat "$work/asks-docs" 2>/dev/null)" != "$docs" ]; then
    rm -rf "$data" && mkdir -p "$work"
    echo "building a library of $docs generated analyses with asks and outcomes in $data (bench/library, once)…" >&2
    java ${BENCH_JAVA_OPTS:--Xmx3g} -cp "$lib/*" helsinki.bench.library.AskLibrary "$docs" "$data" >&2
    echo "$docs" > "$work/asks-docs"
  fi ;;
*)
  data="$work/library-search"
  if [ ! -f "$data/library.db" ] || [ "$(cat "$work/docs" 2>/dev/null)" != "$docs" ]; then
    rm -rf "$work/library-search" "$work/corpus-search" "$work/corpus-ingest" "$work/library-ingest" && mkdir -p "$work"
    echo "building a library of $docs generated documents in $data (bench/library, once)…" >&2
    java ${BENCH_JAVA_OPTS:--Xmx3g} -cp "$lib/*" helsinki.bench.library.Bench 1 "$docs" "$work" >&2
    echo "$docs" > "$work/docs"
  fi ;;
esac
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1e6}' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "| route | documents | clients | requests | p50 | p99 | max | requests/s | CPU per request | errors |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
java ${BENCH_JAVA_OPTS:--Xmx3g} -cp "$lib/*" helsinki.bench.web.LoadBench "$data" "$route" "$clients" "$requests" ${BENCH_WARMUP:-}
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
