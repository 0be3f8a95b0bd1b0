package helsinki.store;

import helsinki.core.ReviewState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The SQL of review decisions: rows are added, read by document and listed for the audit; never changed. */
final class ReviewSql {

  private static final String COLUMNS = "id, document_id, item_kind, item_start, item_end, item_quote, item_label,"
      + " decision, correction, reviewer, note, decided_at";

  private ReviewSql() {}

  static ReviewRecord insert(Sql sql, ReviewRecord r) {
    if (sql.count("SELECT COUNT(*) FROM documents WHERE id = ?", r.documentId()) == 0) {
      throw new StoreException("no document " + r.documentId() + " to review");
    }
    long id = Transaction.next(sql, "review");
    sql.update("INSERT INTO reviews (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", id, r.documentId(),
        r.item().kind().name(), r.item().start(), r.item().end(), r.item().quote(), r.label(), r.decision().name(),
        r.correction(), r.reviewer(), r.note(), r.decidedAt().toEpochMilli());
    return new ReviewRecord(id, r.documentId(), r.item(), r.label(), r.decision(), r.correction(), r.reviewer(),
        r.note(), r.decidedAt());
  }

  static List<ReviewRecord> ofDocument(Sql sql, String documentId) {
    return sql.list("SELECT " + COLUMNS + " FROM reviews WHERE document_id = ? ORDER BY id", ReviewSql::row, documentId);
  }

  static List<ReviewRecord> audit(Sql sql, ReviewFilter f) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    condition(where, params, "document_id", f.documentId());
    condition(where, params, "reviewer", f.reviewer());
    condition(where, params, "item_kind", f.kind() == null ? null : f.kind().name());
    condition(where, params, "decision", f.decision() == null ? null : f.decision().name());
    if (f.since() != null) {
      where.append(" AND decided_at >= ?");
      params.add(f.since().toEpochMilli());
    }
    params.add(f.limit());
    return sql.list("SELECT " + COLUMNS + " FROM reviews" + where + " ORDER BY id DESC LIMIT ?", ReviewSql::row,
        params.toArray());
  }

  private static void condition(StringBuilder where, List<Object> params, String column, @org.jspecify.annotations.Nullable String value) {
    if (value != null) {
      where.append(" AND ").append(column).append(" = ?");
      params.add(value);
    }
  }

  private static ReviewRecord row(ResultSet rs) throws SQLException {
    ItemKey key = new ItemKey(ItemKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getString(6));
    return new ReviewRecord(rs.getLong(1), rs.getString(2), key, rs.getString(7), ReviewState.valueOf(rs.getString(8)),
        rs.getString(9), rs.getString(10), rs.getString(11), Instant.ofEpochMilli(rs.getLong(12)));
  }
}
