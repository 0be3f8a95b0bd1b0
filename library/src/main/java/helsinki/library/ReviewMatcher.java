package helsinki.library;

import helsinki.core.Entity;
import helsinki.core.Span;
import helsinki.store.ItemKey;
import helsinki.store.ReviewRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Finds the item a stored decision is about in an analysis made later, when ids may have changed:
 * first the same evidence (offsets and quote), then the same quote elsewhere (the text moved), then,
 * for an entity, the same name among its names or the same mention, then evidence that overlaps at
 * least half of the shorter span (the pattern now reads a little more or less). Ties go to the item
 * nearest the decided offsets.
 */
final class ReviewMatcher {

  private static final List<BiPredicate<ItemKey, Item>> PASSES = List.of(
      (key, item) -> item.key().equals(key),
      (key, item) -> norm(item.key().quote()).equals(norm(key.quote())),
      ReviewMatcher::sameEntity,
      ReviewMatcher::overlaps);

  private ReviewMatcher() {}

  /** The item of {@code items} that {@code review} is about, if there still is one. */
  static Optional<Item> match(ReviewRecord review, List<Item> items) {
    ItemKey key = review.item();
    List<Item> sameKind = items.stream().filter(i -> i.kind() == key.kind()).toList();
    for (BiPredicate<ItemKey, Item> pass : PASSES) {
      List<Item> found = new ArrayList<>();
      for (Item i : sameKind) {
        if (pass.test(key, i)) {
          found.add(i);
        }
      }
      if (!found.isEmpty()) {
        return found.stream().min(Comparator.comparingInt(i -> Math.abs(i.key().start() - key.start())));
      }
    }
    return Optional.empty();
  }

  private static boolean sameEntity(ItemKey key, Item item) {
    if (!(item.record() instanceof Entity e)) {
      return false;
    }
    String quote = norm(key.quote());
    return norm(e.name()).equals(quote) || e.aliases().stream().anyMatch(a -> norm(a).equals(quote))
        || (key.end() > key.start() && e.mentions().contains(new Span(key.start(), key.end())));
  }

  private static boolean overlaps(ItemKey key, Item item) {
    if (item.record() instanceof Entity) {
      return false;
    }
    int shorter = Math.min(key.end() - key.start(), item.key().end() - item.key().start());
    int overlap = Math.min(key.end(), item.key().end()) - Math.max(key.start(), item.key().start());
    return shorter > 0 && overlap * 2 >= shorter;
  }

  private static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
