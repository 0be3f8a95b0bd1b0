package helsinki.library;

import org.jspecify.annotations.Nullable;

/**
 * What became of one input.
 *
 * @param documentId the document it was stored as, null when it failed
 * @param message the one-line reason of a failure, or a note on a stored input (stored without its analysis,
 *     which failed); null otherwise
 */
public record ItemReport(String input, IngestOutcome outcome, @Nullable String documentId, @Nullable String message) {}
