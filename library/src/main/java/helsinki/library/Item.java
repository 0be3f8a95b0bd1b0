package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.Ask;
import helsinki.core.Engagement;
import helsinki.core.Entity;
import helsinki.core.Event;
import helsinki.core.Evidence;
import helsinki.core.Outcome;
import helsinki.core.Span;
import helsinki.store.ItemKey;
import helsinki.store.ItemKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One extracted item of an analysis, as review sees it: its kind, its id in this analysis, the key a
 * decision is stored under, and the record itself.
 *
 * @param record the {@link Entity}, {@link Event}, {@link Engagement}, {@link Ask} or {@link Outcome}
 */
public record Item(ItemKind kind, String id, ItemKey key, Record record) {

  /** Every item of {@code a}, entities first, then events, engagements, asks and outcomes, each in analysis order. */
  public static List<Item> of(Analysis a) {
    List<Item> items = new ArrayList<>();
    for (Entity e : a.entities()) {
      Span first = e.mentions().isEmpty() ? new Span(0, 0) : e.mentions().get(0);
      items.add(new Item(ItemKind.ENTITY, e.id(), new ItemKey(ItemKind.ENTITY, first.start(), first.end(), e.name()), e));
    }
    a.events().forEach(v -> items.add(evidenced(ItemKind.EVENT, v.id(), v.evidence(), v)));
    a.engagements().forEach(g -> items.add(evidenced(ItemKind.ENGAGEMENT, g.id(), g.evidence(), g)));
    a.asks().forEach(k -> items.add(evidenced(ItemKind.ASK, k.id(), k.evidence(), k)));
    a.outcomes().forEach(o -> items.add(evidenced(ItemKind.OUTCOME, o.id(), o.evidence(), o)));
    return items;
  }

  /** The spans of the text this item stands on: an entity's mentions, the others' evidence. */
  public List<Span> spans() {
    if (record instanceof Entity e) {
      return e.mentions();
    }
    return List.of(new Span(key.start(), key.end()));
  }

  private static Item evidenced(ItemKind kind, String id, Evidence evidence, Record record) {
    int start = Math.max(0, evidence.start());
    return new Item(kind, id, new ItemKey(kind, start, Math.max(start, evidence.end()), evidence.quote()), record);
  }
}
