package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.Count;
import helsinki.core.Event;
import helsinki.core.EventType;
import helsinki.core.Place;
import helsinki.extract.EventMatch;
import helsinki.store.ActorTable;
import helsinki.store.EventKey;
import helsinki.store.ItemRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads the events of one listing and makes library events of EventMatch's groups. */
final class EventGroupViews {

  private final LinkedDocs docs;
  private final ActorTable actors;
  private final Map<String, Optional<String>> canonical = new HashMap<>();

  EventGroupViews(LinkedDocs docs, ActorTable actors) {
    this.docs = docs;
    this.actors = actors;
  }

  /** The event {@code ref}, as stored. */
  Optional<Event> event(ItemRef ref) {
    return docs.get(ref.document()).flatMap(a -> a.events().stream().filter(e -> e.id().equals(ref.item())).findFirst());
  }

  /**
   * The event {@code ref} with its actors as canonical actor ids (a document's own entity ids, "E1",
   * mean nothing in another document), or as {@code document#entity} where not linked, for EventMatch.
   */
  Optional<Event> canonical(ItemRef ref) {
    return event(ref).map(e -> new Event(e.id(), e.type(), e.actors().stream().map(x -> actor(ref.document(), x)).toList(),
        e.victims(), e.place(), e.when(), e.counts(), e.certainty(), e.themes(), e.evidence()));
  }

  private String actor(String document, String entity) {
    return actorId(document, entity).orElse(document + "#" + entity);
  }

  /** The canonical actor that entity {@code entity} of {@code document} is (after merges), if it was linked. */
  private Optional<String> actorId(String document, String entity) {
    return canonical.computeIfAbsent(document + "#" + entity, k -> actors.actorOf(document, entity).flatMap(actors::resolve));
  }

  /** The library event of group {@code g}, whose reports' keys are in {@code keys}. */
  EventGroupView view(EventMatch.Group g, Map<ItemRef, EventKey> keys) {
    List<EventGroupView.Report> reports = new ArrayList<>();
    Set<EventType> types = new LinkedHashSet<>();
    Set<Place> places = new LinkedHashSet<>();
    Set<String> publishers = new LinkedHashSet<>();
    @Nullable LocalDate from = null;
    @Nullable LocalDate to = null;
    for (EventMatch.Sourced s : g.reports()) {
      ItemRef ref = new ItemRef(s.document(), s.event().id());
      Analysis a = docs.get(s.document()).orElseThrow();
      Event e = event(ref).orElseThrow();
      reports.add(report(a, e));
      types.add(e.type());
      if (e.place() != null) {
        places.add(e.place());
      }
      if (a.publisher() != null) {
        publishers.add(a.publisher());
      }
      EventKey k = keys.get(ref);
      from = earlier(from, k == null ? null : k.firstDay());
      to = later(to, k == null ? null : k.lastDay());
    }
    ItemRef first = new ItemRef(g.reports().get(0).document(), g.reports().get(0).event().id());
    return new EventGroupView(EventGroups.id(first), g.type(), List.copyOf(types), List.copyOf(places), from, to, g.sources(),
        List.copyOf(publishers), disagree(g), reports);
  }

  private EventGroupView.Report report(Analysis a, Event e) {
    List<EventGroupView.Actor> named = e.actors().stream().map(x -> new EventGroupView.Actor(x, docs.name(a.id(), x),
        actorId(a.id(), x).orElse(null))).toList();
    return new EventGroupView.Report(a.id(), e.id(), a.title(), a.publisher(), a.published(), e.type(), e.counts(), e.certainty(),
        e.victims(), e.place(), e.when(), named, e.evidence());
  }

  /** Whether two reports give different numbers of one unit ("over 200 people" and "3,000 people"). */
  private static boolean disagree(EventMatch.Group g) {
    Map<String, Set<String>> byUnit = new HashMap<>();
    for (List<Count> counts : g.counts()) {
      for (Count c : counts) {
        byUnit.computeIfAbsent(c.unit().toLowerCase(Locale.ROOT), u -> new LinkedHashSet<>()).add(c.qualifier() + " " + c.value());
      }
    }
    return byUnit.values().stream().anyMatch(v -> v.size() > 1);
  }

  private static @Nullable LocalDate earlier(@Nullable LocalDate a, @Nullable LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static @Nullable LocalDate later(@Nullable LocalDate a, @Nullable LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }
}
