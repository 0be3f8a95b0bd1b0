/**
 * The main-content extraction benchmark: runs Helsinki and its peers over the article-extraction
 * benchmark pages and scores them with a Java re-implementation of the upstream metric.
 */
@NullMarked
package helsinki.bench.extraction;

import org.jspecify.annotations.NullMarked;
