package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.Ask;
import helsinki.core.Engagement;
import helsinki.core.Entity;
import helsinki.core.Event;
import helsinki.core.Outcome;
import helsinki.core.ReviewState;
import helsinki.store.ItemKind;
import helsinki.store.ReviewRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Applies a document's stored decisions to its current analysis (see {@link ReviewedAnalysis}). */
final class Reviewing {

  private Reviewing() {}

  static ReviewedAnalysis of(Analysis machine, List<ReviewRecord> records) {
    List<Item> items = Item.of(machine);
    List<Review> reviews = new ArrayList<>();
    Map<String, List<Review>> byItem = new LinkedHashMap<>();
    for (ReviewRecord r : records) {
      Review review = new Review(r, ReviewMatcher.match(r, items).map(Item::id).orElse(null));
      reviews.add(review);
      if (review.itemId() != null) {
        byItem.computeIfAbsent(r.item().kind() + " " + review.itemId(), k -> new ArrayList<>()).add(review);
      }
    }
    List<ReviewedAnalysis.ItemState> states = new ArrayList<>();
    for (Item item : items) {
      List<Review> history = byItem.getOrDefault(item.kind() + " " + item.id(), List.of());
      states.add(state(item, history));
    }
    return new ReviewedAnalysis(machine, effective(machine, states), states, reviews);
  }

  private static ReviewedAnalysis.ItemState state(Item item, List<Review> history) {
    if (history.isEmpty()) {
      return new ReviewedAnalysis.ItemState(item, item.record(), ReviewState.SUGGESTED, history);
    }
    ReviewState state = history.get(history.size() - 1).record().decision();
    Record corrected = item.record();
    for (Review r : history) {
      // A later confirmation keeps an earlier correction: it confirms the item as corrected.
      if (r.record().decision() == ReviewState.CORRECTED && r.record().correction() != null) {
        corrected = applyQuietly(item, corrected, r.record().correction());
      }
    }
    return new ReviewedAnalysis.ItemState(item, corrected, state, history);
  }

  /** A stored correction that no longer fits the item (the analysis changed shape) is left out, not fatal. */
  private static Record applyQuietly(Item item, Record current, String correction) {
    try {
      return Corrections.apply(new Item(item.kind(), item.id(), item.key(), current), correction);
    } catch (IllegalArgumentException e) {
      return current;
    }
  }

  private static Analysis effective(Analysis a, List<ReviewedAnalysis.ItemState> states) {
    Set<String> rejected = new HashSet<>();
    Map<String, Record> kept = new LinkedHashMap<>();
    for (ReviewedAnalysis.ItemState s : states) {
      String key = s.item().kind() + " " + s.item().id();
      if (s.state() == ReviewState.REJECTED) {
        rejected.add(key);
      } else {
        kept.put(key, s.corrected());
      }
    }
    Refs refs = new Refs(rejected);
    List<Entity> entities = collect(kept, ItemKind.ENTITY, Entity.class);
    List<Event> events = collect(kept, ItemKind.EVENT, Event.class).stream().map(refs::event).toList();
    List<Engagement> engagements = collect(kept, ItemKind.ENGAGEMENT, Engagement.class).stream().map(refs::engagement).toList();
    List<Ask> asks = collect(kept, ItemKind.ASK, Ask.class).stream().map(refs::ask).toList();
    List<Outcome> outcomes = collect(kept, ItemKind.OUTCOME, Outcome.class).stream().map(refs::outcome).toList();
    return new Analysis(a.format(), a.id(), a.source(), a.title(), a.subtitle(), a.publisher(), a.authors(),
        a.published(), a.language(), a.kind(), refs.entities(a.addressees()), a.text(), a.captions(), a.countries(),
        a.themes(), entities, events, engagements, asks, outcomes);
  }

  private static <T> List<T> collect(Map<String, Record> kept, ItemKind kind, Class<T> type) {
    return kept.entrySet().stream().filter(e -> e.getKey().startsWith(kind + " ")).map(e -> type.cast(e.getValue())).toList();
  }

  /** Drops references to rejected items: a rejected entity is no ask's target, a rejected engagement no occasion. */
  private record Refs(Set<String> rejected) {

    @Nullable String entity(@Nullable String id) {
      return id == null || rejected.contains(ItemKind.ENTITY + " " + id) ? null : id;
    }

    List<String> entities(List<String> ids) {
      return ids.stream().filter(id -> entity(id) != null).toList();
    }

    @Nullable String engagement(@Nullable String id) {
      return id == null || rejected.contains(ItemKind.ENGAGEMENT + " " + id) ? null : id;
    }

    Event event(Event v) {
      return new Event(v.id(), v.type(), entities(v.actors()), v.victims(), v.place(), v.when(), v.counts(), v.certainty(),
          v.themes(), v.evidence());
    }

    Engagement engagement(Engagement g) {
      // An engagement always has an actor; a rejected one stays named, as the machine read it.
      return new Engagement(g.id(), g.type(), g.actor(), entities(g.counterparts()), g.place(), g.when(), g.evidence());
    }

    Ask ask(Ask k) {
      return new Ask(k.id(), entity(k.requester()), entity(k.target()), k.action(), k.object(), entities(k.counterparts()),
          k.channel(), engagement(k.occasion()), k.due(), k.strength(), k.themes(), k.evidence());
    }

    Outcome outcome(Outcome o) {
      List<String> answers = o.answers().stream().filter(id -> !rejected.contains(ItemKind.ASK + " " + id)).toList();
      return new Outcome(o.id(), entity(o.subject()), o.action(), o.object(), o.status(), engagement(o.occasion()),
          answers, o.evidence());
    }
  }
}
