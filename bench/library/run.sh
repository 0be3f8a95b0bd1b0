#!/usr/bin/env bash
# Library benchmarks: builds the bench module with the reactor and runs it, printing a markdown table.
# Usage: bench/library/run.sh [ingestDocs=10000] [searchDocs=100000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
mvn -q -B -ntp -pl bench/library -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$here/target/classpath.txt" -Dmdep.includeScope=runtime >&2
# The module jars are copied aside, so that a rebuild during a long run cannot change them under it.
lib="$here/target/bench-lib"
rm -rf "$lib" && mkdir -p "$lib"
cp "$here/target/helsinki-bench-library-0.1.0-SNAPSHOT.jar" "$lib/"
tr ':' '\n' < "$here/target/classpath.txt" | while read -r jar; do cp "$jar" "$lib/"; done
cp="$lib/*"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1e6}' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java ${BENCH_JAVA_OPTS:--Xmx3g} -cp "$cp" helsinki.bench.library.Bench "${1:-10000}" "${2:-100000}"
