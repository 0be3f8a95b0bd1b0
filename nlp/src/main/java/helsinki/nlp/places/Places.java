package helsinki.nlp.places;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The places of one document: each mention resolved to a gazetteer place, and the document's
 * countries (ISO 3166-1 alpha-2) ranked by salience, most salient first.
 */
public record Places(List<Resolved> resolved, List<String> countries) {

  /** Copies the lists so that a result cannot change under its reader. */
  public Places {
    resolved = List.copyOf(resolved);
    countries = List.copyOf(countries);
  }

  /** What a gazetteer entry names. */
  public enum Kind {
    COUNTRY,
    REGION,
    CITY,
    /** A nationality adjective or demonym ("Russian", "Chechens"); its region is set for regions. */
    ADJECTIVE
  }

  /**
   * A gazetteer entry: its main name, kind, ISO 3166-1 alpha-2 country, ISO 3166-2 region where
   * known, and population where known (cities only).
   */
  public record Place(
      String name,
      Kind kind,
      String country,
      @Nullable String region,
      @Nullable Integer population,
      boolean capital) {

    /** Checks the codes' shape, so that a bad gazetteer row fails at load time. */
    public Place {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
      if (!country.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + country);
      }
      if (region != null && !region.startsWith(country + "-")) {
        throw new IllegalArgumentException("region " + region + " is not in " + country);
      }
    }
  }

  /** A place name as found in a text: its surface and UTF-16 offsets, end exclusive. */
  public record Mention(String text, int start, int end) {

    /** Rejects offsets that cannot be a span. */
    public Mention {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text);
      }
    }
  }

  /**
   * A mention resolved to one place, whether it is in the title (then its offsets are into the
   * title, else into the body), and the name of the disambiguation pass that decided it.
   */
  public record Resolved(Mention mention, boolean inTitle, Place place, String decidedBy) {}
}
