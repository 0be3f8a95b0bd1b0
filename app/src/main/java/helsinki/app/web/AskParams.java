package helsinki.app.web;

import helsinki.core.OutcomeStatus;
import helsinki.library.AskFilter;
import helsinki.library.AskView;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The asks tracker's filters, read from the query string (the page and {@code /api/asks} take the same):
 * target, requester, status and occasion go to the library's {@link AskFilter}; theme (part of a theme's
 * name, ignoring case) and the date range (of the ask's document) are applied here.
 */
record AskParams(@Nullable String target, @Nullable String requester, @Nullable OutcomeStatus status,
    @Nullable String occasion, @Nullable String theme, @Nullable String from, @Nullable String to,
    @Nullable LocalDate start, @Nullable LocalDate end) {

  static AskParams of(Context ctx) {
    String from = QueryValues.param(ctx, "from");
    String to = QueryValues.param(ctx, "to");
    return new AskParams(QueryValues.param(ctx, "target"), QueryValues.param(ctx, "requester"), status(QueryValues.param(ctx, "status")), QueryValues.param(ctx, "occasion"),
        QueryValues.param(ctx, "theme"), from, to, QueryValues.date("from", from, true), QueryValues.date("to", to, false));
  }

  AskFilter filter() {
    return new AskFilter(target, requester, status, occasion);
  }

  /** Whether {@code ask}, published on {@code published} (null when undated), passes the theme and date filters. */
  boolean keeps(AskView ask, @Nullable LocalDate published) {
    if (theme != null && ask.ask().themes().stream().noneMatch(t -> lower(t).contains(lower(theme)))) {
      return false;
    }
    if (start == null && end == null) {
      return true;
    }
    return published != null && (start == null || !published.isBefore(start)) && (end == null || !published.isAfter(end));
  }

  /** The filters as the form shows them again, blank where unset. */
  Map<String, String> form() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("target", blank(target));
    m.put("requester", blank(requester));
    m.put("status", status == null ? "" : status.name());
    m.put("occasion", blank(occasion));
    m.put("theme", blank(theme));
    m.put("from", blank(from));
    m.put("to", blank(to));
    return m;
  }

  /** The theme and date filters as a test of one ask; a document's date is read only when a date range is set. */
  java.util.function.Predicate<AskView> keeper(Function<String, @Nullable LocalDate> published) {
    boolean dated = start != null || end != null;
    return a -> keeps(a, dated ? published.apply(a.document()) : null);
  }

  /** Keeps the asks that pass; {@code published} gives each document's date. */
  java.util.List<AskView> apply(java.util.List<AskView> asks, Function<String, @Nullable LocalDate> published) {
    return asks.stream().filter(a -> keeps(a, published.apply(a.document()))).toList();
  }

  private static @Nullable OutcomeStatus status(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return OutcomeStatus.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("unknown status '" + text + "'; use one of " + Arrays.toString(OutcomeStatus.values()));
    }
  }



  private static String blank(@Nullable String v) {
    return v == null ? "" : v;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
