package helsinki.nlp.places;

import helsinki.nlp.places.Places.Kind;
import helsinki.nlp.places.Places.Mention;
import helsinki.nlp.places.Places.Place;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the other place mentions of a document say: the places that are certain (a mention with one
 * candidate), against which an ambiguous mention's candidates are weighed.
 */
final class Context {

  /** Mentions this close (", " or " (") are read as a pair such as "Paris, Texas". */
  static final int PAIR_GAP = 3;

  /** A document's focus is judged from at least this many other certain mentions. */
  static final int FOCUS_MIN_MENTIONS = 3;

  private final List<Mention> mentions;
  private final List<Boolean> inTitle;
  private final List<List<Place>> candidates;
  private final Map<String, Long> prominence;
  private final List<Place> sure = new ArrayList<>();
  private final List<String> sureKeys = new ArrayList<>();

  Context(
      List<Mention> mentions,
      List<Boolean> inTitle,
      List<List<Place>> candidates,
      Map<String, Long> prominence) {
    this.mentions = mentions;
    this.inTitle = inTitle;
    this.candidates = candidates;
    this.prominence = prominence;
    for (int i = 0; i < mentions.size(); i++) {
      Place certain = certain(candidates.get(i));
      if (certain != null) {
        sure.add(certain);
        sureKeys.add(Names.key(mentions.get(i).text()));
      }
    }
  }

  /**
   * The place a mention certainly names: its only candidate, or, where all candidates lie in one
   * country (Brazzaville the city and the department), the city among them; null when ambiguous.
   */
  private static @Nullable Place certain(List<Place> candidates) {
    Place first = candidates.get(0);
    if (candidates.stream().anyMatch(p -> !p.country().equals(first.country()))) {
      return null;
    }
    Place pick = candidates.stream().filter(p -> p.kind() == Kind.CITY).findFirst().orElse(first);
    return smallTown(pick) ? null : pick;
  }

  /** A town under 100,000 that is no capital: too often a namesake to count as evidence. */
  static boolean smallTown(Place p) {
    return p.kind() == Kind.CITY
        && !p.capital()
        && (p.population() == null || p.population() < 100_000);
  }

  int size() {
    return mentions.size();
  }

  Mention mention(int i) {
    return mentions.get(i);
  }

  boolean inTitle(int i) {
    return inTitle.get(i);
  }

  List<Place> candidates(int i) {
    return candidates.get(i);
  }

  long prominence(String country) {
    return prominence.getOrDefault(country, 0L);
  }

  /** Distinct certain places of that country named by other words than mention {@code i}'s. */
  Set<Place> sureInCountry(String country, int i) {
    return sureWhere(i, p -> p.country().equals(country));
  }

  /** Distinct certain places in that region (its cities, or the region itself by another name). */
  Set<Place> sureInRegion(String region, int i) {
    return sureWhere(i, p -> region.equals(p.region()));
  }

  /** Distinct certain regions of the same country other than the given one. */
  Set<Place> sureSiblingRegions(Place region, int i) {
    return sureWhere(
        i,
        p -> p.kind() == Kind.REGION
            && p.country().equals(region.country())
            && !p.region().equals(region.region()));
  }

  /** The share of the other certain mentions (counted each time) that lie in that country. */
  double shareInCountry(String country, int i) {
    String own = Names.key(mentions.get(i).text());
    int all = 0;
    int inCountry = 0;
    for (int s = 0; s < sure.size(); s++) {
      if (!sureKeys.get(s).equals(own)) {
        all++;
        inCountry += sure.get(s).country().equals(country) ? 1 : 0;
      }
    }
    return all < FOCUS_MIN_MENTIONS ? 0 : (double) inCountry / all;
  }

  /** The candidates of the mentions right before and after mention {@code i}, if that close. */
  List<Place> pairedCandidates(int i) {
    List<Place> paired = new ArrayList<>();
    if (i > 0 && close(i - 1, i)) {
      paired.addAll(candidates.get(i - 1));
    }
    if (i + 1 < mentions.size() && close(i, i + 1)) {
      paired.addAll(candidates.get(i + 1));
    }
    return paired;
  }

  private boolean close(int a, int b) {
    int gap = mentions.get(b).start() - mentions.get(a).end();
    return inTitle.get(a).equals(inTitle.get(b)) && gap >= 0 && gap <= PAIR_GAP;
  }

  private Set<Place> sureWhere(int i, java.util.function.Predicate<Place> test) {
    String own = Names.key(mentions.get(i).text());
    Set<Place> found = new LinkedHashSet<>();
    for (int s = 0; s < sure.size(); s++) {
      if (!sureKeys.get(s).equals(own) && test.test(sure.get(s))) {
        found.add(sure.get(s));
      }
    }
    return found;
  }
}
