package helsinki.store;

import helsinki.core.DocumentKind;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What to search for: words (Lucene syntax; blank for everything) and optional filters.
 *
 * @param country ISO 3166-1 alpha-2 code the document is about
 * @param publisher the publisher, exactly as stored (case does not matter)
 * @param from earliest publication date, inclusive
 * @param to latest publication date, inclusive
 * @param language the document's language code (en, ru…), as the language facet lists it
 * @param limit how many hits to return
 */
public record SearchQuery(
    String text,
    @Nullable String country,
    @Nullable DocumentKind kind,
    @Nullable String publisher,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable String language,
    int limit) {

  public SearchQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
  }

  /** A query without a language filter (the form callers used before there was one). */
  public SearchQuery(String text, @Nullable String country, @Nullable DocumentKind kind, @Nullable String publisher,
      @Nullable LocalDate from, @Nullable LocalDate to, int limit) {
    this(text, country, kind, publisher, from, to, null, limit);
  }

  /** A query for {@code text} with no filters and the first ten hits. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, null, null, 10);
  }
}
