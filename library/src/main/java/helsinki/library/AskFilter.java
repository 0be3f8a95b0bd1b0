package helsinki.library;

import helsinki.core.OutcomeStatus;
import org.jspecify.annotations.Nullable;

/**
 * Which asks to list: by the target's or requester's name (a name or alias, or a person's surname),
 * by current status, and by occasion (a library engagement id, or {@code documentId#G1}); null is any.
 */
public record AskFilter(@Nullable String target, @Nullable String requester, @Nullable OutcomeStatus status,
    @Nullable String occasion) {

  /** Every ask. */
  public static AskFilter all() {
    return new AskFilter(null, null, null, null);
  }
}
