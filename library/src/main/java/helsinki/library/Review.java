package helsinki.library;

import helsinki.store.ReviewRecord;
import org.jspecify.annotations.Nullable;

/**
 * A person's stored decision, with the item it applies to in the document's current analysis.
 *
 * @param itemId the item's id in the current analysis (it may differ from {@code record.label()}, the
 *     id when decided), or null when the current analysis has no such item any more
 */
public record Review(ReviewRecord record, @Nullable String itemId) {

  /** Whether the decision found its item in the current analysis. */
  public boolean attached() {
    return itemId != null;
  }
}
