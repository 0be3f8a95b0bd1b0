/** Benchmarks of the library: a seeded corpus generator, ingest throughput and search latency. */
@NullMarked
package helsinki.bench.library;

import org.jspecify.annotations.NullMarked;
