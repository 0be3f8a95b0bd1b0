package helsinki.extract;

import helsinki.core.Count;
import helsinki.core.Event;
import helsinki.core.EventType;
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
 * The {@code link} stage's rule for events: whether reports in two documents are of the same happening.
 * They must be of one type family, in no different country or region, at times that meet (a few days
 * apart at most, since reports lag), and share something specific: an actor, a victim's word, or both a
 * place and a time. Pure: the library fetches candidates and applies it.
 */
public final class EventMatch {

  /** Scores at or above this are the same happening. */
  public static final double SAME = 0.5;

  /** Days that two reported times may lie apart and still be one happening ("on Sunday" in one, "on Monday" in the next day's paper). */
  private static final int SLACK_DAYS = 3;

  private static final Set<String> STOP = Set.of("the", "and", "their", "with", "from", "other", "some", "many", "more", "people",
      "those", "these", "that", "this", "them", "they", "who", "which", "were", "have", "been", "being", "dozens", "hundreds", "least");

  private EventMatch() {}

  /** One document's event. */
  public record Sourced(String document, Event event) {}

  /**
   * Reports grouped as one happening: the sources, how many distinct documents, and each source's counts
   * side by side, since sources that disagree on a number are shown, not averaged.
   */
  public record Group(EventType type, List<Sourced> reports, int sources, List<List<Count>> counts) {

    /** Copies the lists. */
    public Group {
      reports = List.copyOf(reports);
      counts = List.copyOf(counts);
    }
  }

  /** From 0 (different happenings) to 1: how surely {@code a} in {@code docA} and {@code b} in {@code docB} report one happening. */
  public static double score(Event a, String docA, Event b, String docB) {
    if (docA.equals(docB) || family(a.type()) != family(b.type()) || conflict(a, b)) {
      return 0;
    }
    boolean actors = a.actors().stream().anyMatch(b.actors()::contains);
    boolean victims = !words(a.victims()).isEmpty() && words(a.victims()).stream().anyMatch(words(b.victims())::contains);
    boolean time = a.when() != null && b.when() != null && a.when().start() != null && b.when().start() != null;
    boolean region = a.place() != null && b.place() != null && a.place().region() != null && a.place().region().equals(b.place().region());
    boolean country = a.place() != null && b.place() != null && a.place().country() != null && a.place().country().equals(b.place().country());
    if (!actors && !victims && !(time && (region || country))) {
      return 0;
    }
    double s = a.type() == b.type() ? 0.2 : 0.1;
    s += actors ? 0.2 : 0;
    // A named victim shared ("Ihar Losik") says more than a shared word ("journalists").
    boolean named = victims && names(a.victims()).stream().anyMatch(names(b.victims())::contains);
    s += named ? 0.4 : victims ? 0.2 : 0;
    s += time ? 0.2 : 0;
    s += region ? 0.2 : country ? 0.1 : 0;
    return Math.min(1, s);
  }

  /** Whether the two reports are of one happening. */
  public static boolean same(Event a, String docA, Event b, String docB) {
    return score(a, docA, b, docB) >= SAME;
  }

  /** Groups reports, each joining the first group holding a report it is {@link #same} as; order is kept. */
  public static List<Group> group(List<Sourced> reports) {
    List<List<Sourced>> groups = new ArrayList<>();
    for (Sourced r : reports) {
      List<Sourced> into = groups.stream().filter(g -> g.stream().anyMatch(o -> same(o.event(), o.document(), r.event(), r.document())))
          .findFirst().orElse(null);
      if (into == null) {
        groups.add(new ArrayList<>(List.of(r)));
      } else {
        into.add(r);
      }
    }
    return groups.stream().map(g -> new Group(g.get(0).event().type(), g, (int) g.stream().map(Sourced::document).distinct().count(),
        g.stream().map(x -> x.event().counts()).toList())).toList();
  }

  /** The types that {@link #score} compares with {@code t} (its family: sources call one beating torture, another an attack). */
  public static Set<EventType> kin(EventType t) {
    Set<EventType> kin = new LinkedHashSet<>();
    for (EventType x : EventType.values()) {
      if (family(x) == family(t)) {
        kin.add(x);
      }
    }
    return kin;
  }

  /** Types that sources describe the same happening with: a beating one calls torture, another an attack. */
  private static int family(EventType t) {
    return switch (t) {
      case KILLING, ATTACK, TORTURE, SEXUAL_VIOLENCE -> 1;
      case ARREST, DISAPPEARANCE -> 2;
      case PROTEST, PROTEST_REPRESSION -> 3;
      case PERSECUTION, RESTRICTION -> 4;
      default -> 10 + t.ordinal();
    };
  }

  private static boolean conflict(Event a, Event b) {
    Place p = a.place();
    Place q = b.place();
    if (p != null && q != null && (differ(p.country(), q.country()) || differ(p.region(), q.region()))) {
      return true;
    }
    return a.when() != null && b.when() != null && !meet(a.when(), b.when());
  }

  private static boolean differ(@Nullable String x, @Nullable String y) {
    return x != null && y != null && !x.equals(y);
  }

  private static boolean meet(When a, When b) {
    if (a.start() == null || b.start() == null) {
      return true;
    }
    LocalDate ae = (a.end() != null ? a.end() : a.start()).plusDays(SLACK_DAYS);
    LocalDate be = (b.end() != null ? b.end() : b.start()).plusDays(SLACK_DAYS);
    return !a.start().isAfter(be) && !b.start().isAfter(ae);
  }

  private static Set<String> names(@Nullable String phrase) {
    Set<String> n = new LinkedHashSet<>();
    for (String x : phrase == null ? new String[0] : phrase.split("[^\\p{L}]+")) {
      if (x.length() > 2 && Character.isUpperCase(x.charAt(0)) && !STOP.contains(x.toLowerCase(Locale.ROOT))) {
        n.add(x);
      }
    }
    return n;
  }

  private static Set<String> words(@Nullable String phrase) {
    Set<String> w = new LinkedHashSet<>();
    if (phrase != null) {
      for (String x : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (x.length() > 2 && !STOP.contains(x)) {
          w.add(x.endsWith("s") && x.length() > 4 ? x.substring(0, x.length() - 1) : x);
        }
      }
    }
    return w;
  }
}
