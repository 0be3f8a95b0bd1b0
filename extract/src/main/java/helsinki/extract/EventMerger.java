package helsinki.extract;

import helsinki.core.Count;
import helsinki.core.Event;
import helsinki.core.Place;
import helsinki.core.When;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Makes the same happening reported twice in one document one event: same type, nothing that
 * disagrees (another country or region, times that do not meet), and something that agrees (victims
 * that share a word, a shared actor, the same region, times that meet, the same many-word name such as
 * "foreign agents law"); a report that refers back ("the March protests") joins the latest one of its type.
 */
final class EventMerger {

  private static final Set<String> STOP = Set.of("the", "and", "their", "with", "from", "other", "some", "many", "more", "people",
      "those", "these", "that", "this", "them", "they", "who", "which", "were", "have", "been", "being", "dozens", "hundreds");

  /** One sentence's event for one type, with its triggers and whether the sentence refers back to it. */
  record Found(Event event, List<Trigger> triggers, boolean anaphoric) {}

  private EventMerger() {}

  static List<Event> merge(List<Found> found) {
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      int into = -1;
      for (int i = 0; i < out.size(); i++) {
        Found o = out.get(i);
        if (o.event().type() == f.event().type() && !conflict(o.event(), f.event())
            && (f.anaphoric() || agree(o, f)) && (into < 0 || f.anaphoric())) {
          into = i;
        }
      }
      if (into < 0) {
        out.add(f);
      } else {
        out.set(into, join(out.get(into), f));
      }
    }
    return out.stream().map(Found::event).toList();
  }

  private static boolean conflict(Event a, Event b) {
    Place p = a.place();
    Place q = b.place();
    if (p != null && q != null && (differ(p.country(), q.country()) || differ(p.region(), q.region()))) {
      return true;
    }
    return a.when() != null && b.when() != null && !meet(a.when(), b.when());
  }

  private static boolean differ(@Nullable String a, @Nullable String b) {
    return a != null && b != null && !a.equals(b);
  }

  private static boolean agree(Found a, Found b) {
    Event x = a.event();
    Event y = b.event();
    if (!words(x.victims()).isEmpty() && words(x.victims()).stream().anyMatch(words(y.victims())::contains)) {
      return true;
    }
    if (x.actors().stream().anyMatch(y.actors()::contains)) {
      return true;
    }
    if (x.place() != null && y.place() != null && x.place().region() != null && x.place().region().equals(y.place().region())) {
      return true;
    }
    if (x.when() != null && y.when() != null) {
      return true;
    }
    Set<String> names = new LinkedHashSet<>();
    a.triggers().stream().filter(t -> t.text().trim().contains(" ")).forEach(t -> names.add(Context.key(t.text())));
    return b.triggers().stream().anyMatch(t -> t.text().trim().contains(" ") && names.contains(Context.key(t.text())));
  }

  /** The content words of a victims' phrase, lower case, singular where a plain "s" makes the plural. */
  private static Set<String> words(@Nullable String phrase) {
    Set<String> w = new LinkedHashSet<>();
    if (phrase != null) {
      for (String x : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        String singular = x.endsWith("s") && x.length() > 4 ? x.substring(0, x.length() - 1) : x;
        if (x.length() > 2 && !STOP.contains(x)) {
          w.add(singular);
        }
      }
    }
    return w;
  }

  private static boolean meet(When a, When b) {
    LocalDate as = a.start();
    LocalDate ae = a.end() != null ? a.end() : a.start();
    LocalDate bs = b.start();
    LocalDate be = b.end() != null ? b.end() : b.start();
    return (as == null || be == null || !as.isAfter(be)) && (bs == null || ae == null || !bs.isAfter(ae));
  }

  /** The better-detailed report's evidence and attributes, the other's where it has none; all counts kept, since sources may disagree. */
  private static Found join(Found a, Found b) {
    Event keep = detail(b) > detail(a) ? b.event() : a.event();
    Event other = keep == a.event() ? b.event() : a.event();
    Set<String> actors = new LinkedHashSet<>(keep.actors());
    actors.addAll(other.actors());
    Set<Count> counts = new LinkedHashSet<>(keep.counts());
    counts.addAll(other.counts());
    Event e = new Event("", keep.type(), List.copyOf(actors), keep.victims() != null ? keep.victims() : other.victims(),
        keep.place() != null ? keep.place() : other.place(), keep.when() != null ? keep.when() : other.when(), List.copyOf(counts),
        keep.certainty().ordinal() <= other.certainty().ordinal() ? keep.certainty() : other.certainty(), keep.themes(), keep.evidence());
    List<Trigger> triggers = new ArrayList<>(a.triggers());
    triggers.addAll(b.triggers());
    return new Found(e, triggers, a.anaphoric());
  }

  /** Counts weigh most; a full sentence beats a heading that names the same abuse. */
  private static int detail(Found f) {
    Event e = f.event();
    int words = e.evidence().quote().split("\\s+").length;
    return 2 * e.counts().size() + (e.when() != null ? 1 : 0) + (e.place() != null ? 1 : 0) + (e.victims() != null ? 1 : 0) + (words >= 8 ? 1 : 0);
  }
}
