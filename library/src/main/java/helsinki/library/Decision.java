package helsinki.library;

import helsinki.core.ReviewState;
import helsinki.store.ItemKind;
import org.jspecify.annotations.Nullable;

/**
 * What a person decides about one item of a document's current analysis.
 *
 * @param itemId the item's id in the current analysis (A3, E1…)
 * @param state CONFIRMED, CORRECTED or REJECTED
 * @param correction for CORRECTED: a JSON object of the fields to change and their new values (FORMAT.md names)
 * @param note why, in the reviewer's words
 */
public record Decision(
    ItemKind kind, String itemId, ReviewState state, @Nullable String correction, String reviewer, @Nullable String note) {}
