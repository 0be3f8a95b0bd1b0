package helsinki.app.web;

import helsinki.core.DocumentKind;
import helsinki.store.SearchQuery;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The search form as a request states it: words, filters and a page. Empty parameters count as
 * absent, so a form submitted with blank fields searches everything.
 */
record SearchParams(
    String q,
    @Nullable String publisher,
    @Nullable String kind,
    @Nullable String country,
    @Nullable String language,
    @Nullable String year,
    @Nullable String from,
    @Nullable String to,
    int page) {

  static final int PAGE_SIZE = 10;
  /** Paging asks the index for every hit up to the page, so deep pages are refused rather than slow. */
  static final int MAX_PAGE = 100;

  /** The parameters of {@code ctx}. */
  static SearchParams of(Context ctx) {
    return new SearchParams(
        blankToEmpty(ctx.queryParam("q")), QueryValues.param(ctx, "publisher"), QueryValues.param(ctx, "kind"), QueryValues.param(ctx, "country"),
        QueryValues.param(ctx, "language"), QueryValues.param(ctx, "year"), QueryValues.param(ctx, "from"), QueryValues.param(ctx, "to"), page(ctx.queryParam("page")));
  }

  /** The index query for this page; a bad kind, year or date is a 400. */
  SearchQuery query() {
    LocalDate start = QueryValues.date("from", from, true);
    LocalDate end = QueryValues.date("to", to, false);
    if (year != null) {
      LocalDate yearStart = QueryValues.date("year", year, true);
      LocalDate yearEnd = QueryValues.date("year", year, false);
      start = start == null || yearStart.isAfter(start) ? yearStart : start;
      end = end == null || yearEnd.isBefore(end) ? yearEnd : end;
    }
    if (start != null && end != null && start.isAfter(end)) {
      throw HttpError.badRequest("the date range is empty: it starts " + start + " and ends " + end);
    }
    return new SearchQuery(q, country, kindFilter(), publisher, start, end, language, page * PAGE_SIZE);
  }

  /** These parameters with one filter set (or cleared with null) and back to page 1. */
  SearchParams with(String name, @Nullable String value) {
    Map<String, @Nullable String> m = map();
    m.put(name, value);
    m.put("page", null);
    return new SearchParams(blankToEmpty(m.get("q")), m.get("publisher"), m.get("kind"), m.get("country"),
        m.get("language"), m.get("year"), m.get("from"), m.get("to"), 1);
  }

  /** These parameters on another page. */
  SearchParams onPage(int other) {
    return new SearchParams(q, publisher, kind, country, language, year, from, to, other);
  }

  /** The query string that states these parameters, without the leading '?'. */
  String queryString() {
    return map().entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** The value of the filter named {@code name}, or null. */
  @Nullable String filter(String name) {
    return map().get(name);
  }

  private Map<String, @Nullable String> map() {
    Map<String, @Nullable String> m = new LinkedHashMap<>();
    m.put("q", q);
    m.put("publisher", publisher);
    m.put("kind", kind);
    m.put("country", country);
    m.put("language", language);
    m.put("year", year);
    m.put("from", from);
    m.put("to", to);
    m.put("page", page == 1 ? null : Integer.toString(page));
    return m;
  }

  private @Nullable DocumentKind kindFilter() {
    if (kind == null) {
      return null;
    }
    try {
      return DocumentKind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("unknown kind '" + kind + "'; use one of " + java.util.Arrays.toString(DocumentKind.values()));
    }
  }



  private static String blankToEmpty(@Nullable String v) {
    return v == null ? "" : v.strip();
  }

  private static int page(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return 1;
    }
    try {
      int p = Integer.parseInt(text.strip());
      if (p < 1 || p > MAX_PAGE) {
        throw HttpError.badRequest("page must be between 1 and " + MAX_PAGE + ", not " + p);
      }
      return p;
    } catch (NumberFormatException e) {
      throw HttpError.badRequest("page must be a number, not '" + text + "'");
    }
  }
}
