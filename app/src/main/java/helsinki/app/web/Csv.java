package helsinki.app.web;

import helsinki.store.SearchHit;
import java.util.List;
import java.util.Locale;

/** Search hits as CSV (RFC 4180), one row per hit. */
final class Csv {

  private Csv() {}

  static String of(List<SearchHit> hits) {
    StringBuilder out = new StringBuilder("id,title,publisher,kind,published,source,score,snippet\r\n");
    for (SearchHit h : hits) {
      row(out, h.id(), h.title(), h.publisher(), h.kind().name(),
          h.published() == null ? null : h.published().toString(), h.source(),
          String.format(Locale.ROOT, "%.4f", h.score()), h.snippet().text());
    }
    return out.toString();
  }

  private static void row(StringBuilder out, @org.jspecify.annotations.Nullable String... cells) {
    for (int i = 0; i < cells.length; i++) {
      out.append(i == 0 ? "" : ",").append(cell(cells[i]));
    }
    out.append("\r\n");
  }

  /** Quotes a cell, and defuses one that a spreadsheet would run as a formula (a title starting with '='). */
  static String cell(@org.jspecify.annotations.Nullable String value) {
    if (value == null) {
      return "";
    }
    String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
