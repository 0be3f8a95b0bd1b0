package helsinki.store;

import java.util.List;

/** The hits of a search, best first, how many matched in all, and the facet counts over all of them. */
public record SearchResults(long total, List<SearchHit> hits, List<Facet> facets) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }
}
