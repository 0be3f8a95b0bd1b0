package helsinki.app.web;

import helsinki.core.Span;
import helsinki.store.Facet;
import helsinki.store.LabelCount;
import helsinki.store.SearchHit;
import helsinki.store.SearchResults;
import helsinki.store.Snippet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the search page shows: one page of hits with their marked passages, facet links and page links. */
record SearchView(SearchParams params, long total, List<Hit> hits, List<FacetView> facets, List<PageLink> pages,
    String csv, String json) {

  /** Facets whose values the index can filter by; the others are shown as counts only. */
  private static final Set<String> FILTERABLE = Set.of("publisher", "kind", "country", "language", "year");
  /** A facet lists its ten largest values (the index counts every country, for the map). */
  private static final int SHOWN = 10;

  /** One hit with its passage cut into plain and marked parts, so that the template escapes every part. */
  record Hit(SearchHit hit, List<Part> passage) {}

  /** A run of passage text, marked when it matched the query. */
  record Part(String text, boolean marked) {}

  /** One facet's values as links. */
  record FacetView(String dimension, List<FacetLink> values) {}

  /** A facet value: following the link filters by it (or, when it is the active filter, clears it). */
  record FacetLink(String label, long count, @Nullable String href, boolean active) {}

  /** A link to another page of hits. */
  record PageLink(int number, String href, boolean current) {}

  static SearchView of(SearchParams params, SearchResults results) {
    List<Hit> hits = pageOf(params, results).stream().map(h -> new Hit(h, parts(h.snippet()))).toList();
    List<FacetView> facets = results.facets().stream().filter(f -> !f.counts().isEmpty())
        .map(f -> facet(params, f)).toList();
    return new SearchView(params, results.total(), hits, facets, pages(params, results.total()),
        "/search.csv?" + params.queryString(), "/search.json?" + params.queryString());
  }

  /** The hits of the page that {@code params} asks for. */
  static List<SearchHit> pageOf(SearchParams params, SearchResults results) {
    return results.hits().stream().skip((long) (params.page() - 1) * SearchParams.PAGE_SIZE).toList();
  }

  /** The passage cut at its highlight spans. */
  static List<Part> parts(Snippet snippet) {
    List<Part> parts = new ArrayList<>();
    String text = snippet.text();
    int at = 0;
    for (Span s : snippet.highlights()) {
      if (s.start() > at) {
        parts.add(new Part(text.substring(at, s.start()), false));
      }
      parts.add(new Part(text.substring(s.start(), s.end()), true));
      at = s.end();
    }
    if (at < text.length()) {
      parts.add(new Part(text.substring(at), false));
    }
    return parts;
  }

  private static FacetView facet(SearchParams params, Facet facet) {
    String dim = facet.dimension();
    List<FacetLink> links = new ArrayList<>();
    for (LabelCount c : facet.counts()) {
      boolean active = c.label().equalsIgnoreCase(String.valueOf(params.filter(dim)));
      if (links.size() >= SHOWN && !active) {
        continue;
      }
      String href = !FILTERABLE.contains(dim) ? null
          : "/search?" + params.with(dim, active ? null : c.label()).queryString();
      links.add(new FacetLink(c.label(), c.count(), href, active));
    }
    return new FacetView(dim, links);
  }

  private static List<PageLink> pages(SearchParams params, long total) {
    long last = Math.min(SearchParams.MAX_PAGE, (total + SearchParams.PAGE_SIZE - 1) / SearchParams.PAGE_SIZE);
    List<PageLink> pages = new ArrayList<>();
    if (last <= 1) {
      return pages;
    }
    // The page number comes last in the query string (and page 1 has none), so the rest is built once.
    String first = "/search?" + params.onPage(1).queryString();
    String rest = first.endsWith("?") ? first + "page=" : first + "&page=";
    for (int p = 1; p <= last; p++) {
      pages.add(new PageLink(p, p == 1 ? first : rest + p, p == params.page()));
    }
    return pages;
  }
}
