package helsinki.store;

import java.time.Instant;

/** A path or URL that a document was read from; one document may have many (re-published copies). */
public record SourceRecord(String source, String documentId, Instant added, Instant seen) {}
