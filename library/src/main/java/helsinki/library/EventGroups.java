package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.Event;
import helsinki.core.EventType;
import helsinki.core.When;
import helsinki.extract.EventMatch;
import helsinki.store.EventKey;
import helsinki.store.EventKeys;
import helsinki.store.ItemRef;
import helsinki.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Library events: the stored analyses' events grouped across documents by extract's {@link EventMatch}.
 * Each kept analysis's events are keyed by type, country and days (store V6), lazily: before a listing,
 * whatever was kept since it was last keyed is keyed again, so ingest and re-analysis need no hook and
 * a re-analysed document never leaves stale keys. Groups are formed on read rather than stored: the
 * events the filter selects are the seeds, the candidates are fetched by the seeds' type family, country
 * (or none) and days widened by {@link #WINDOW_DAYS}, and EventMatch groups seeds and candidates. A
 * listing for a country or a period therefore reads that slice, never every analysis, and groups can
 * never disagree with the analyses or be duplicated by re-analysis. The price: a group is formed around
 * the seeds, so a chain of reports reaching beyond the window is not followed.
 */
final class EventGroups {

  /** How far candidates' days may lie from a seed's: reports lag, and an undated report stands at its document's date. */
  static final int WINDOW_DAYS = 31;

  private final Store store;
  private final ActorIdentity identity;

  EventGroups(Store store, ActorIdentity identity) {
    this.store = store;
    this.identity = identity;
  }

  /** Keys every analysis kept since it was last keyed, and drops the keys of documents whose analysis went. */
  void catchUp() {
    store.transaction(tx -> {
      EventKeys keys = tx.eventKeys();
      for (String id : keys.stale()) {
        keys.key(id, store.analysis(id).map(EventGroups::keys).orElse(List.of()));
      }
      return null;
    });
  }

  /** The keys of {@code a}'s events: type, country, and days (the reported time, else the document's date). */
  static List<EventKey> keys(Analysis a) {
    List<EventKey> keys = new ArrayList<>();
    for (Event e : a.events()) {
      When w = e.when();
      LocalDate first = w == null ? null : w.start() != null ? w.start() : w.end();
      LocalDate last = w == null ? null : w.end() != null ? w.end() : w.start();
      keys.add(new EventKey(new ItemRef(a.id(), e.id()), e.type(), e.place() == null ? null : e.place().country(),
          first != null ? first : a.published(), last != null ? last : a.published()));
    }
    return keys;
  }

  /** The library events that {@code filter} selects, earliest first. */
  List<EventGroupView> list(EventFilter filter) {
    catchUp();
    return store.transaction(tx -> {
      EventKeys keys = tx.eventKeys();
      String country = filter.country() == null ? null : filter.country().strip().toUpperCase(Locale.ROOT);
      Set<EventType> types = filter.type() == null ? EnumSet.allOf(EventType.class) : EnumSet.of(filter.type());
      List<EventKey> seeds = keys.find(types, country, false, filter.from(), filter.to(), false);
      Map<ItemRef, EventKey> all = new LinkedHashMap<>();
      seeds.forEach(k -> all.put(k.item(), k));
      candidates(keys, seeds).forEach(k -> all.putIfAbsent(k.item(), k));
      LinkedDocs docs = new LinkedDocs(store);
      EventGroupViews views = new EventGroupViews(docs, tx.actors());
      List<EventMatch.Sourced> reports = new ArrayList<>();
      all.values().stream().sorted(ORDER).forEach(k -> views.canonical(k.item()).ifPresent(e -> reports.add(new EventMatch.Sourced(
          k.item().document(), e))));
      Set<ItemRef> seeded = new HashSet<>();
      seeds.forEach(k -> seeded.add(k.item()));
      List<EventGroupView> out = new ArrayList<>();
      for (EventMatch.Group g : EventMatch.group(reports)) {
        if (g.reports().stream().anyMatch(r -> seeded.contains(new ItemRef(r.document(), r.event().id())))) {
          EventGroupView v = views.view(g, all);
          if (filter.actor() == null || acted(docs, v, filter.actor().strip())) {
            out.add(v);
          }
        }
      }
      out.sort(Comparator.comparing(EventGroupView::from, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(EventGroupView::id));
      return out;
    });
  }

  private static final Comparator<EventKey> ORDER = Comparator.comparing(EventKey::firstDay, Comparator.nullsLast(
      Comparator.naturalOrder())).thenComparing(k -> k.item().document()).thenComparing(k -> k.item().item());

  /** The events that could be reports of the seeds' happenings: one query per type family and country. */
  private static List<EventKey> candidates(EventKeys keys, List<EventKey> seeds) {
    Map<String, List<EventKey>> batches = new LinkedHashMap<>();
    for (EventKey s : seeds) {
      batches.computeIfAbsent(EventMatch.kin(s.type()) + "|" + s.country(), b -> new ArrayList<>()).add(s);
    }
    List<EventKey> found = new ArrayList<>();
    for (List<EventKey> batch : batches.values()) {
      EventKey s = batch.get(0);
      boolean undated = batch.stream().anyMatch(k -> k.firstDay() == null || k.lastDay() == null);
      LocalDate from = undated ? null : batch.stream().map(EventKey::firstDay).min(Comparator.naturalOrder()).orElseThrow()
          .minusDays(WINDOW_DAYS);
      LocalDate to = undated ? null : batch.stream().map(EventKey::lastDay).max(Comparator.naturalOrder()).orElseThrow()
          .plusDays(WINDOW_DAYS);
      found.addAll(keys.find(EventMatch.kin(s.type()), s.country(), true, from, to, true));
    }
    return found;
  }

  /** Whether one of the group's reports has the actor a person named (a canonical id, or a name). */
  private boolean acted(LinkedDocs docs, EventGroupView v, String actor) {
    for (EventGroupView.Report r : v.reports()) {
      for (EventGroupView.Actor a : r.actors()) {
        var entity = docs.entity(r.document(), a.entity());
        if (actor.equals(a.actor()) || entity != null && identity.named(r.document(), entity, actor)) {
          return true;
        }
      }
    }
    return false;
  }

  /** An id for a library event, from the report that starts it. */
  static String id(ItemRef first) {
    return "v" + Linker.engagementId(first).substring(1);
  }
}
