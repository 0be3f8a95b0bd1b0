package helsinki.store;

import java.util.List;

/** The counts of one facet (publisher, kind, country, language or year) over all matching documents. */
public record Facet(String dimension, List<LabelCount> counts) {

  public Facet {
    counts = List.copyOf(counts);
  }
}
