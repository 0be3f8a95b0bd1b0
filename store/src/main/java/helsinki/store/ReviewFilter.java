package helsinki.store;

import helsinki.core.ReviewState;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which review decisions an audit lists; null means any. Newest first, at most {@code limit}.
 *
 * @param since decisions made at or after this instant
 */
public record ReviewFilter(
    @Nullable String documentId,
    @Nullable String reviewer,
    @Nullable ItemKind kind,
    @Nullable ReviewState decision,
    @Nullable Instant since,
    int limit) {

  public ReviewFilter {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
  }

  /** The latest {@code limit} decisions, whatever they are. */
  public static ReviewFilter latest(int limit) {
    return new ReviewFilter(null, null, null, null, null, limit);
  }
}
