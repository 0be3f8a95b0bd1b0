package helsinki.store;

import helsinki.core.Analysis;
import helsinki.core.Json;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Queries over the documents about one country. A document's countries are a JSON list in one column
 * (["RU","UA"]), so "about RU" is a match on the quoted code, which both databases can do.
 */
final class CountrySql {

  private CountrySql() {}

  static String pattern(String country) {
    String code = country.strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{2}")) {
      throw new StoreException("'" + country + "' is not an ISO 3166-1 alpha-2 country code");
    }
    return "%\"" + code + "\"%";
  }

  static List<LabelCount> years(Sql sql, String country) {
    return sql.list("SELECT SUBSTR(published, 1, 4) AS y, COUNT(*) FROM documents WHERE countries LIKE ?"
            + " GROUP BY SUBSTR(published, 1, 4) ORDER BY CASE WHEN SUBSTR(published, 1, 4) IS NULL THEN 1 ELSE 0 END, y",
        rs -> new LabelCount(Optional.ofNullable(rs.getString(1)).orElse("(undated)"), rs.getLong(2)), pattern(country));
  }

  static List<Analysis> analyses(Sql sql, String country, int limit) {
    return sql.list("SELECT a.analysis FROM analyses a JOIN documents d ON d.id = a.document_id"
            + " WHERE d.countries LIKE ? ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published DESC, d.id LIMIT ?",
        rs -> Json.read(rs.getString(1), Analysis.class), pattern(country), limit);
  }
}
