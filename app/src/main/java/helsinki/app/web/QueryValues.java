package helsinki.app.web;

import helsinki.core.InputException;
import helsinki.library.Dates;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the pages' and the API's filter forms share: a query parameter read as absent when blank, and a date bound. */
final class QueryValues {

  private QueryValues() {}

  /** The parameter {@code name}, stripped; null when absent or blank (an empty form field filters nothing). */
  static @Nullable String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /**
   * The first ({@code start}) or last day that {@code value} ("2017", "2017-04", "2017-04-07") names;
   * a value that is no date is the request's fault (400, naming the parameter).
   */
  static @Nullable LocalDate date(String name, @Nullable String value, boolean start) {
    if (value == null) {
      return null;
    }
    try {
      return start ? Dates.start(name, value) : Dates.end(name, value);
    } catch (InputException e) {
      throw HttpError.badRequest(e.getMessage());
    }
  }

  /** The whole number {@code name}, {@code absent} when not given; outside min..max or not a number is a 400 naming it. */
  static int number(Context ctx, String name, int absent, int min, int max) {
    String v = param(ctx, name);
    if (v == null) {
      return absent;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Not a number: refused below like one out of range.
    }
    throw HttpError.badRequest(name + " must be a whole number from " + min + " to " + max + ", not '" + v + "'");
  }

  /** This request's path and query with {@code offset} replaced: the link to another page of the same listing. */
  static String withOffset(Context ctx, int offset) {
    StringBuilder url = new StringBuilder(ctx.path()).append("?offset=").append(offset);
    ctx.queryParamMap().forEach((name, values) -> {
      if (!name.equals("offset")) {
        values.forEach(v -> url.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
      }
    });
    return url.toString();
  }
}
