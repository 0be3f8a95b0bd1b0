/**
 * Reading sources into clean {@link helsinki.core.Document}s: files, folders and URLs, main-content
 * extraction, text repair, metadata and dedupe keys. {@link helsinki.ingest.Ingester} is the door;
 * everything behind it is package-private.
 */
@NullMarked
package helsinki.ingest;

import org.jspecify.annotations.NullMarked;
