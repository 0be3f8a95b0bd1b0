package helsinki.extract;

import helsinki.core.Count;
import helsinki.core.Event;
import helsinki.core.Place;
import helsinki.core.When;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

  /** A period longer than a day's by more than this (in days) is another time than that day. */
  private static final long MONTH = 31;

  /** One sentence's event for one type, with its triggers and whether the sentence refers back to it. */
  record Found(Event event, List<Trigger> triggers, boolean anaphoric) {}

  private EventMerger() {}

  static List<Event> merge(List<Found> found) {
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      int into = f.anaphoric() ? referent(out, f) : -1;
      for (int i = 0; i < out.size() && !f.anaphoric() && into < 0; i++) {
        Found o = out.get(i);
        if (o.event().type() == f.event().type() && !conflict(o.event(), f.event()) && !distinct(o.event(), f.event()) && agree(o, f)) {
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

  /**
   * What "the March protests" refers back to: the latest of its type dated alike (a dated reference names its
   * happening by the time, while its place may only be the paragraph's), else the latest that does not conflict.
   */
  private static int referent(List<Found> out, Found f) {
    Event e = f.event();
    for (int i = out.size() - 1; i >= 0 && e.when() != null; i--) {
      Event o = out.get(i).event();
      if (o.type() == e.type() && o.when() != null && meet(o.when(), e.when()) && !distinct(o, e)) {
        return i;
      }
    }
    for (int i = out.size() - 1; i >= 0; i--) {
      if (out.get(i).event().type() == e.type() && !conflict(out.get(i).event(), e)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean conflict(Event a, Event b) {
    Place p = a.place();
    Place q = b.place();
    if (p != null && q != null && (differ(p.country(), q.country()) || differ(p.region(), q.region()))) {
      return true;
    }
    return a.when() != null && b.when() != null && !meet(a.when(), b.when());
  }

  /**
   * Two reports that say different things of what happened are two happenings: counts of different things
   * ("25 journalists", "40 protesters"), victims with no word in common, or a period against a day within it
   * ("since November 2023", "on 3 March").
   */
  private static boolean distinct(Event a, Event b) {
    if (!a.counts().isEmpty() && !b.counts().isEmpty() && a.counts().stream().noneMatch(c -> b.counts().stream().anyMatch(d -> sameCount(c, d)))) {
      return true;
    }
    Set<String> x = words(a.victims());
    Set<String> y = words(b.victims());
    if (!x.isEmpty() && !y.isEmpty() && x.stream().noneMatch(y::contains)) {
      return true;
    }
    return a.when() != null && b.when() != null && Math.abs(days(a.when()) - days(b.when())) > MONTH;
  }

  /** Counts that may be two sources' figures for one thing: the same number, or the same counted noun. */
  private static boolean sameCount(Count c, Count d) {
    return c.value() == d.value() || !words(c.unit()).isEmpty() && words(c.unit()).stream().anyMatch(words(d.unit())::contains)
        || words(c.unit()).isEmpty() && words(d.unit()).isEmpty();
  }

  /** How many days a time spans; an open end counts as a single day. */
  private static long days(When w) {
    if (w.start() == null || w.end() == null) {
      return 1;
    }
    return ChronoUnit.DAYS.between(w.start(), w.end()) + 1;
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
