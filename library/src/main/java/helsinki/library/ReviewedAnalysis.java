package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.ReviewState;
import helsinki.store.ItemKind;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A document's analysis with people's decisions applied: what every page that shows extracted items
 * should read. {@code effective} drops rejected items (and references to them) and applies
 * corrections; {@code items} keeps every item of the machine's analysis with its review state, for
 * pages that show rejected items marked.
 *
 * @param machine the analysis as the machine made it
 * @param effective the analysis as people have decided it
 * @param items every item of {@code machine}, with its state and decisions
 * @param reviews every decision on the document, oldest first, attached to its current item or not
 */
public record ReviewedAnalysis(Analysis machine, Analysis effective, List<ItemState> items, List<Review> reviews) {

  /**
   * One item and what people decided about it.
   *
   * @param item the item as the machine extracted it
   * @param corrected the item with the latest correction applied (the machine's item when there is none)
   * @param state SUGGESTED until someone decides, else the latest decision
   * @param history the decisions on it, oldest first
   */
  public record ItemState(Item item, Record corrected, ReviewState state, List<Review> history) {

    public ItemState {
      history = List.copyOf(history);
    }

    /** The latest decision, if any. */
    public Optional<Review> latest() {
      return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }
  }

  public ReviewedAnalysis {
    items = List.copyOf(items);
    reviews = List.copyOf(reviews);
  }

  /** The item of this kind with this id in the machine's analysis, with its review state. */
  public Optional<ItemState> item(ItemKind kind, String id) {
    return items.stream().filter(s -> s.item().kind() == kind && s.item().id().equals(id)).findFirst();
  }

  /** The review state of an item; SUGGESTED when nobody decided or there is no such item. */
  public ReviewState state(ItemKind kind, @Nullable String id) {
    return id == null ? ReviewState.SUGGESTED : item(kind, id).map(ItemState::state).orElse(ReviewState.SUGGESTED);
  }

  /** Decisions whose item the current analysis no longer has (its text or the analysis changed too much). */
  public List<Review> detached() {
    return reviews.stream().filter(r -> !r.attached()).toList();
  }
}
