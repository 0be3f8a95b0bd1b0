package helsinki.nlp.places;

import helsinki.nlp.places.Places.Kind;
import helsinki.nlp.places.Places.Mention;
import helsinki.nlp.places.Places.Place;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An offline gazetteer of countries (ISO 3166-1), first-level regions (ISO 3166-2), cities of
 * 15,000 or more inhabitants and nationality adjectives; immutable once loaded, so one instance
 * serves any number of threads.
 */
public final class Gazetteer {

  /** Words before a name that narrow it without naming another place ("eastern Ukraine"). */
  static final Set<String> QUALIFIERS =
      Set.of("eastern", "western", "northern", "southern", "central", "north", "south", "east",
          "west", "northeastern", "northwestern", "southeastern", "southwestern", "northeast",
          "northwest", "southeast", "southwest", "occupied", "annexed", "rural", "greater",
          "mainland", "upper", "lower", "far");
  /** Words after a name that make it a region ("Niger state", "Kunar province"). */
  private static final Set<String> REGION_WORDS =
      Set.of("state", "province", "region", "governorate", "oblast", "district", "county",
          "prefecture", "department");
  private static final int MAX_WORDS = 8;

  private final Map<String, List<Place>> index;
  private final Map<String, Long> prominence;
  private final TextScanner scanner;

  private Gazetteer(Map<String, List<Place>> index) {
    Map<String, List<Place>> copy = new HashMap<>(index.size() * 2);
    index.forEach((key, places) -> copy.put(key, List.copyOf(places)));
    this.index = Map.copyOf(copy);
    this.prominence = Map.copyOf(prominence(index));
    this.scanner = new TextScanner(key -> this.index.getOrDefault(key, List.of()), this::lookup, MAX_WORDS);
  }

  /** Loads the gazetteer shipped in this module's resources (about 0.8 MB of text). */
  public static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(GazetteerFile.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "resource helsinki/nlp/places/" + GazetteerFile.RESOURCE + " is missing from the class path");
      }
      return new Gazetteer(GazetteerFile.read(in, GazetteerFile.RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer resource", e);
    }
  }

  /** Reads a gazetteer in the resource's format from a stream, which the caller closes. */
  static Gazetteer read(InputStream in, String source) {
    return new Gazetteer(GazetteerFile.read(in, source));
  }

  /**
   * The places a name may mean, ignoring case, diacritics, punctuation, a leading "the", a possessive
   * "'s" and qualifiers such as "eastern"; "X state" or "X province" means only regions; empty when
   * it names none.
   */
  public List<Place> lookup(String name) {
    String key = Names.key(name);
    List<Place> found = index.get(key);
    if (found == null && (key.endsWith(" s") || name.endsWith("'s") || name.endsWith("\u2019s"))) {
      key = key.endsWith(" s") ? key.substring(0, key.length() - 2) : key.substring(0, key.length() - 1);
      found = index.get(key);
    }
    int space = key.indexOf(' ');
    if (found == null && space > 0 && QUALIFIERS.contains(key.substring(0, space))) {
      return lookup(key.substring(space + 1));
    }
    int last = key.lastIndexOf(' ');
    if (found == null && last > 0 && REGION_WORDS.contains(key.substring(last + 1))) {
      return index.getOrDefault(key.substring(0, last), List.of()).stream()
          .filter(p -> p.kind() == Kind.REGION)
          .toList();
    }
    return found == null ? List.of() : found;
  }

  /** The gazetteer names in a text, longest match first, on token boundaries, in text order. */
  public List<Mention> scan(String text) {
    return scanner.scan(text, false);
  }

  /**
   * Resolves a document's place mentions together (from NER or {@link #scan}); title and body
   * offsets are into the title and the body; {@code bodyLength} places mentions in the body.
   */
  public Places resolve(List<Mention> title, List<Mention> body, int bodyLength) {
    return Resolver.resolve(Resolver.context(title, body, this, prominence), bodyLength);
  }

  /** Scans and resolves a document given as plain text, for use without NER. */
  public Places resolveText(String title, String body) {
    return resolve(scanner.scan(title, true), scan(body), body.length());
  }

  /** A country's weight in the world, for ties: the sum of its cities' populations. */
  private static Map<String, Long> prominence(Map<String, List<Place>> index) {
    Map<Place, Boolean> seen = new IdentityHashMap<>();
    Map<String, Long> sums = new HashMap<>();
    for (List<Place> places : index.values()) {
      for (Place p : places) {
        if (p.kind() == Kind.CITY && p.population() != null && seen.put(p, true) == null) {
          sums.merge(p.country(), (long) p.population(), Long::sum);
        }
      }
    }
    return sums;
  }
}
