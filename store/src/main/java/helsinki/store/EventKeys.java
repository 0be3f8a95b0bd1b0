package helsinki.store;

import helsinki.core.EventType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The events' keys (V6): each kept analysis's events by type, country and days, and at which change
 * of its document the analysis was keyed. Used inside one {@link Transaction}.
 */
public final class EventKeys {

  private static final String COLUMNS = "document_id, event_id, type, country, first_day, last_day";

  private final Sql sql;

  EventKeys(Sql sql) {
    this.sql = sql;
  }

  /**
   * Documents to key again, in id order: those whose analysis was kept after they were last keyed (or
   * never keyed), and keyed ones that changed since (a replaced text loses its analysis, and its keys
   * must go: key it with none).
   */
  public List<String> stale() {
    return sql.list("SELECT d.id FROM documents d LEFT JOIN event_keyed k ON k.document_id = d.id"
        + " LEFT JOIN analyses a ON a.document_id = d.id WHERE (a.document_id IS NOT NULL OR k.document_id IS NOT NULL)"
        + " AND (k.change_seq IS NULL OR k.change_seq <> d.change_seq) ORDER BY d.id", rs -> rs.getString(1));
  }

  /** Replaces document {@code documentId}'s keys with {@code keys}, marking them as of its current change. */
  public void key(String documentId, List<EventKey> keys) {
    sql.update("DELETE FROM event_keys WHERE document_id = ?", documentId);
    for (EventKey k : keys) {
      if (!k.item().document().equals(documentId)) {
        throw new IllegalArgumentException(k.item() + " is not an event of " + documentId);
      }
      sql.update("INSERT INTO event_keys (" + COLUMNS + ") VALUES (?,?,?,?,?,?)", documentId, k.item().item(), k.type().name(),
          k.country(), Rows.date(k.firstDay()), Rows.date(k.lastDay()));
    }
    sql.update("DELETE FROM event_keyed WHERE document_id = ?", documentId);
    sql.update("INSERT INTO event_keyed (document_id, change_seq) SELECT id, change_seq FROM documents WHERE id = ?", documentId);
  }

  /**
   * Events of one of {@code types}, in {@code country} (any when null; with {@code orUnplaced}, events
   * without a country too), whose days meet [from, to] (either bound may be null; with {@code orUndated},
   * events without days too), in document and event order.
   */
  public List<EventKey> find(Collection<EventType> types, @Nullable String country, boolean orUnplaced, @Nullable LocalDate from,
      @Nullable LocalDate to, boolean orUndated) {
    if (types.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>();
    types.forEach(t -> params.add(t.name()));
    StringBuilder where = new StringBuilder("type IN (").append(String.join(",", Collections.nCopies(types.size(), "?"))).append(')');
    if (country != null) {
      where.append(orUnplaced ? " AND (country = ? OR country IS NULL)" : " AND country = ?");
      params.add(country);
    }
    String undated = orUndated ? " OR first_day IS NULL)" : ")";
    if (from != null) {
      where.append(" AND (last_day >= ?").append(undated);
      params.add(Rows.date(from));
    }
    if (to != null) {
      where.append(" AND (first_day <= ?").append(undated);
      params.add(Rows.date(to));
    }
    return sql.list("SELECT " + COLUMNS + " FROM event_keys WHERE " + where + " ORDER BY document_id, event_id", EventKeys::row,
        params.toArray());
  }

  private static EventKey row(ResultSet rs) throws SQLException {
    return new EventKey(new ItemRef(rs.getString(1), rs.getString(2)), EventType.valueOf(rs.getString(3)), rs.getString(4),
        day(rs.getString(5)), day(rs.getString(6)));
  }

  private static @Nullable LocalDate day(@Nullable String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
