package helsinki.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Plain JDBC in one line per statement, every failure turned into a one-line {@link StoreException}.
 * Statements are prepared once per SQL text and kept: preparing was a third of SQLite's time in ingest.
 * Not thread-safe; the store serialises its callers.
 */
final class Sql implements AutoCloseable {

  /** Reads one row. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final Connection connection;
  private final Map<String, PreparedStatement> prepared = new HashMap<>();

  Sql(Connection connection) {
    this.connection = connection;
  }

  int update(String sql, @Nullable Object... params) {
    try {
      return prepare(sql, params).executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("database write failed (" + firstWords(sql) + ")", e);
    }
  }

  <T> List<T> list(String sql, RowMapper<T> mapper, @Nullable Object... params) {
    try (ResultSet rs = prepare(sql, params).executeQuery()) {
      List<T> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(mapper.map(rs));
      }
      return rows;
    } catch (SQLException e) {
      throw new StoreException("database read failed (" + firstWords(sql) + ")", e);
    }
  }

  <T> Optional<T> first(String sql, RowMapper<T> mapper, @Nullable Object... params) {
    List<T> rows = list(sql, mapper, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  long count(String sql, @Nullable Object... params) {
    return first(sql, rs -> rs.getLong(1), params).orElse(0L);
  }

  private PreparedStatement prepare(String sql, @Nullable Object... params) throws SQLException {
    PreparedStatement ps = prepared.get(sql);
    if (ps == null) {
      ps = connection.prepareStatement(sql);
      prepared.put(sql, ps);
    }
    ps.clearParameters();
    for (int i = 0; i < params.length; i++) {
      ps.setObject(i + 1, params[i]);
    }
    return ps;
  }

  @Override
  public void close() {
    try {
      for (PreparedStatement ps : prepared.values()) {
        ps.close();
      }
      prepared.clear();
    } catch (SQLException e) {
      throw new StoreException("cannot close the database statements", e);
    }
  }

  private static String firstWords(String sql) {
    String s = sql.strip().replaceAll("\\s+", " ");
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
