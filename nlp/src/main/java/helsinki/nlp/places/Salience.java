package helsinki.nlp.places;

import helsinki.nlp.places.Places.Kind;
import helsinki.nlp.places.Places.Resolved;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks a document's countries: each resolved mention counts for its country, more in the title and
 * the opening, less as an adjective and less in the closing part, where signatures, addresses and
 * the publisher's own country sit.
 */
final class Salience {

  static final double TITLE = 3.0;
  static final double ADJECTIVE = 0.8;
  static final double OPENING_SHARE = 0.2;
  static final double OPENING = 1.5;
  static final double CLOSING_SHARE = 0.1;
  static final double CLOSING = 0.5;

  /**
   * Territories that ISO 3166-1 lists apart but ISO 3166-2 lists as subdivisions of a country
   * (CN-HK, CN-MO): a text about Hong Kong is also about China, as news annotators read it.
   */
  static final Map<String, String> ALSO_COUNTS_FOR = Map.of("HK", "CN", "MO", "CN");

  private Salience() {}

  /** The countries by falling score. */
  static List<String> rank(List<Resolved> resolved, int bodyLength) {
    Map<String, Double> scores = new LinkedHashMap<>(); // insertion order breaks ties: first named
    for (int i = 0; i < resolved.size(); i++) {
      Resolved r = resolved.get(i);
      if (i > 0 && sameReference(resolved.get(i - 1), r)) {
        continue; // "Toronto, Ontario, Canada" is one address, "Moscow, Russia" one place
      }
      double weight = weight(r, bodyLength);
      scores.merge(r.place().country(), weight, Double::sum);
      String sovereign = ALSO_COUNTS_FOR.get(r.place().country());
      if (sovereign != null) {
        scores.merge(sovereign, weight, Double::sum);
      }
    }
    List<String> countries = new ArrayList<>(scores.keySet());
    countries.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
    return countries;
  }

  private static boolean sameReference(Resolved previous, Resolved r) {
    int gap = r.mention().start() - previous.mention().end();
    return previous.inTitle() == r.inTitle()
        && gap >= 0
        && gap <= Context.PAIR_GAP
        && previous.place().country().equals(r.place().country());
  }

  static double weight(Resolved r, int bodyLength) {
    double kind = r.place().kind() == Kind.ADJECTIVE ? ADJECTIVE : 1.0;
    if (r.inTitle()) {
      return TITLE * kind;
    }
    double at = bodyLength == 0 ? 0 : (double) r.mention().start() / bodyLength;
    double position = at < OPENING_SHARE ? OPENING : at >= 1 - CLOSING_SHARE ? CLOSING : 1.0;
    return kind * position;
  }
}
