#!/usr/bin/env bash
# Link-stage benchmark: embedding model load, embeddings/s on one thread, and link cost per document
# over a library of generated analyses. Usage: bench/library/link.sh [documents=2000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
mvn -q -B -ntp -pl bench/library -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$here/target/classpath.txt" -Dmdep.includeScope=runtime >&2
cp="$here/target/helsinki-bench-library-0.1.0-SNAPSHOT.jar:$(cat "$here/target/classpath.txt")"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1e6}' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java ${BENCH_JAVA_OPTS:--Xmx3g} -cp "$cp" helsinki.bench.library.LinkBench "${1:-2000}"
