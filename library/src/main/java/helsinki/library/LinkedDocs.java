package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.Ask;
import helsinki.core.Engagement;
import helsinki.core.Entity;
import helsinki.core.Outcome;
import helsinki.store.ItemRef;
import helsinki.store.Store;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The stored analyses that one link run or listing reads, each read once, with lookups of their items by id. */
final class LinkedDocs {

  private final Function<String, Optional<Analysis>> reader;
  private final Map<String, Optional<Analysis>> read = new HashMap<>();

  LinkedDocs(Store store) {
    this.reader = store::analysis;
  }

  private LinkedDocs(Function<String, Optional<Analysis>> reader) {
    this.reader = reader;
  }

  /**
   * The analyses without their text (listings show items, never the text), so that neither the
   * documents' rows are read nor, outside a transaction, is the JSON parsed under the store's lock.
   */
  static LinkedDocs withoutText(Store store) {
    return new LinkedDocs(store::analysisWithoutText);
  }

  /** Uses {@code a} for its document instead of the stored analysis (it is the one being linked). */
  void put(Analysis a) {
    read.put(a.id(), Optional.of(a));
  }

  Optional<Analysis> get(String document) {
    return read.computeIfAbsent(document, reader);
  }

  @Nullable Entity entity(String document, @Nullable String id) {
    if (id == null) {
      return null;
    }
    return get(document).flatMap(a -> a.entities().stream().filter(e -> e.id().equals(id)).findFirst()).orElse(null);
  }

  Optional<Ask> ask(ItemRef ref) {
    return get(ref.document()).flatMap(a -> a.asks().stream().filter(x -> x.id().equals(ref.item())).findFirst());
  }

  Optional<Outcome> outcome(ItemRef ref) {
    return get(ref.document()).flatMap(a -> a.outcomes().stream().filter(x -> x.id().equals(ref.item())).findFirst());
  }

  Optional<Engagement> engagement(ItemRef ref) {
    return get(ref.document()).flatMap(a -> a.engagements().stream().filter(x -> x.id().equals(ref.item())).findFirst());
  }

  /** The name of entity {@code id} of {@code document}, if known. */
  @Nullable String name(String document, @Nullable String id) {
    Entity e = entity(document, id);
    return e == null ? null : e.name();
  }
}
