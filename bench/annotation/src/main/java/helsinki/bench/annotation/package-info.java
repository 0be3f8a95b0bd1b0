/** Benchmark of the annotation stage (ingest text, annotate, resolve places and entities) beside plain CoreNLP. */
@NullMarked
package helsinki.bench.annotation;

import org.jspecify.annotations.NullMarked;
