package helsinki.app.web;

import helsinki.core.InputException;
import helsinki.library.Dates;
import io.javalin.http.Context;
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
}
