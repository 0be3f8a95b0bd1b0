package helsinki.store;

import helsinki.core.ReviewState;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored review decision: who decided what about which item of a document, and when.
 *
 * @param id the decision's number, increasing in the order decisions were made
 * @param item the item, by kind and evidence
 * @param label the item's id in the analysis it was decided on (A3); ids change when analyses are made again
 * @param decision CONFIRMED, CORRECTED or REJECTED
 * @param correction the corrected fields as a JSON object (CORRECTED only)
 * @param note why, in the reviewer's words
 */
public record ReviewRecord(
    long id,
    String documentId,
    ItemKey item,
    @Nullable String label,
    ReviewState decision,
    @Nullable String correction,
    String reviewer,
    @Nullable String note,
    Instant decidedAt) {

  public ReviewRecord {
    if (decision == ReviewState.SUGGESTED) {
      throw new IllegalArgumentException("SUGGESTED is the machine's state, not a person's decision");
    }
    if (decision == ReviewState.CORRECTED && correction == null) {
      throw new IllegalArgumentException("a correction needs its corrected fields");
    }
  }
}
