package helsinki.store;

import org.jspecify.annotations.Nullable;

/**
 * One planned input of an ingest job; {@code done} once its document (or its failure) was committed.
 *
 * @param outcome what became of it (a name of the library's outcome enum), null while planned
 */
public record JobItem(long jobId, int seqNo, String input, boolean done, @Nullable String outcome,
    @Nullable String documentId, @Nullable String message) {}
