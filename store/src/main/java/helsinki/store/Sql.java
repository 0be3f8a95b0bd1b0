package helsinki.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Plain JDBC in one line per statement, every failure turned into a one-line {@link StoreException}. */
final class Sql {

  /** Reads one row. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final Connection connection;

  Sql(Connection connection) {
    this.connection = connection;
  }

  int update(String sql, @Nullable Object... params) {
    try (PreparedStatement ps = prepare(sql, params)) {
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("database write failed (" + firstWords(sql) + ")", e);
    }
  }

  <T> List<T> list(String sql, RowMapper<T> mapper, @Nullable Object... params) {
    try (PreparedStatement ps = prepare(sql, params);
        ResultSet rs = ps.executeQuery()) {
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
    PreparedStatement ps = connection.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      ps.setObject(i + 1, params[i]);
    }
    return ps;
  }

  private static String firstWords(String sql) {
    String s = sql.strip().replaceAll("\\s+", " ");
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
