package helsinki.store;

import helsinki.core.OutcomeStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The link stage's tables (V4): actor keys of asks, outcomes and engagements, outcome → ask links and
 * library engagements. Used inside one {@link Transaction}; an ask's status is read from its links.
 */
public final class Links {

  private final Sql sql;

  Links(Sql sql) {
    this.sql = sql;
  }

  /** Drops everything linked to document {@code id}, before its items are keyed and linked again. */
  public void forget(String id) {
    sql.update("DELETE FROM link_keys WHERE document_id = ?", id);
    sql.update("DELETE FROM outcome_links WHERE outcome_document = ? OR ask_document = ?", id, id);
    sql.update("DELETE FROM engagement_members WHERE document_id = ?", id);
  }

  /** Drops every key, link and library engagement, before a full re-link. */
  public void forgetAll() {
    sql.update("DELETE FROM link_keys");
    sql.update("DELETE FROM outcome_links");
    sql.update("DELETE FROM engagement_members");
  }

  /** Records that {@code item}, of a document dated {@code published}, is about the actor with {@code actorKey}. */
  public void key(ItemRef item, LinkKind kind, String actorKey, @Nullable LocalDate published) {
    sql.update("DELETE FROM link_keys WHERE document_id = ? AND item_id = ? AND actor_key = ?",
        item.document(), item.item(), actorKey);
    sql.update("INSERT INTO link_keys (document_id, item_id, kind, actor_key, published) VALUES (?,?,?,?,?)",
        item.document(), item.item(), kind.name(), actorKey, Rows.date(published));
  }

  /**
   * Items of {@code kind} keyed by any of {@code actorKeys}, in documents dated within [from, to]
   * (either bound may be null; undated documents always qualify), in document and item order.
   */
  public List<ItemRef> candidates(LinkKind kind, Collection<String> actorKeys, @Nullable LocalDate from,
      @Nullable LocalDate to) {
    if (actorKeys.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>();
    params.add(kind.name());
    params.addAll(actorKeys);
    StringBuilder where = new StringBuilder("kind = ? AND actor_key IN (")
        .append(String.join(",", Collections.nCopies(actorKeys.size(), "?"))).append(')');
    if (from != null) {
      where.append(" AND (published IS NULL OR published >= ?)");
      params.add(Rows.date(from));
    }
    if (to != null) {
      where.append(" AND (published IS NULL OR published <= ?)");
      params.add(Rows.date(to));
    }
    return sql.list("SELECT DISTINCT document_id, item_id FROM link_keys WHERE " + where + " ORDER BY document_id, item_id",
        rs -> new ItemRef(rs.getString(1), rs.getString(2)), params.toArray());
  }

  /** Every keyed item of {@code kind}, in document and item order. */
  public List<ItemRef> items(LinkKind kind) {
    return sql.list("SELECT DISTINCT document_id, item_id FROM link_keys WHERE kind = ? ORDER BY document_id, item_id",
        rs -> new ItemRef(rs.getString(1), rs.getString(2)), kind.name());
  }

  /**
   * One batch of at most {@code limit} rows of the keys of {@code kind}, in the order of the V7
   * index: those of dated documents by date ({@code dated}), or those of undated documents; then by
   * document and item. An item keyed by several actors has a row for each. {@code after} continues
   * after the last row's document (rows of one document are never split across a cursor); only items
   * keyed by one of {@code actorKeys} when it is not null. Reading the index in its own order, a batch
   * near the start costs what it holds, not what the library holds.
   */
  public List<KeyRow> listing(LinkKind kind, @Nullable Collection<String> actorKeys, boolean dated,
      @Nullable KeyRow after, int limit) {
    List<Object> params = new ArrayList<>();
    params.add(kind.name());
    StringBuilder where = new StringBuilder("kind = ? AND published IS ").append(dated ? "NOT NULL" : "NULL");
    if (after != null && dated) {
      where.append(" AND (published > ? OR (published = ? AND document_id > ?))");
      params.add(Rows.date(after.published()));
      params.add(Rows.date(after.published()));
      params.add(after.item().document());
    } else if (after != null) {
      where.append(" AND document_id > ?");
      params.add(after.item().document());
    }
    if (actorKeys != null) {
      if (actorKeys.isEmpty()) {
        return List.of();
      }
      where.append(" AND actor_key IN (").append(String.join(",", Collections.nCopies(actorKeys.size(), "?"))).append(')');
      params.addAll(actorKeys);
    }
    params.add(limit);
    return sql.list("SELECT published, document_id, item_id FROM link_keys WHERE " + where
            + " ORDER BY " + (dated ? "published, " : "") + "document_id, item_id LIMIT ?",
        Links::keyRow, params.toArray());
  }

  /**
   * The rows of the keys of {@code asks} (a few answered asks), keyed by one of {@code actorKeys} when
   * it is not null, in no particular order. Read by document from the keys' primary key, so that
   * only those documents' rows are read.
   */
  public List<KeyRow> askRows(Collection<ItemRef> asks, @Nullable Collection<String> actorKeys) {
    if (actorKeys != null && actorKeys.isEmpty()) {
      return List.of();
    }
    Set<ItemRef> wanted = new HashSet<>(asks);
    List<String> documents = asks.stream().map(ItemRef::document).distinct().toList();
    if (actorKeys == null) {
      return askRows(wanted, documents);
    }
    List<KeyRow> rows = new ArrayList<>();
    for (int at = 0; at < documents.size(); at += 200) {
      List<String> some = documents.subList(at, Math.min(documents.size(), at + 200));
      // Kind and actor are tested here: in SQL, SQLite would read them through the V7 index, which
      // holds every ask, instead of the primary key by document.
      for (KeyedRow k : sql.list("SELECT published, document_id, item_id, kind, actor_key FROM link_keys WHERE document_id IN ("
          + String.join(",", Collections.nCopies(some.size(), "?")) + ")",
          rs -> new KeyedRow(keyRow(rs), rs.getString(4), rs.getString(5)), some.toArray())) {
        if (k.kind().equals(LinkKind.ASK.name()) && (actorKeys == null || actorKeys.contains(k.actorKey()))
            && wanted.contains(k.row().item())) {
          rows.add(k.row());
        }
      }
    }
    return rows;
  }

  /**
   * The rows of {@code asks} keyed by any actor: each of {@code documents} read once with its date
   * (one row per document rather than per ask and actor key), each ask of it kept if it is keyed.
   */
  private List<KeyRow> askRows(Set<ItemRef> asks, List<String> documents) {
    List<KeyRow> rows = new ArrayList<>();
    for (int at = 0; at < documents.size(); at += 200) {
      List<String> some = documents.subList(at, Math.min(documents.size(), at + 200));
      Set<ItemRef> keyed = new HashSet<>();
      // The kind is tested here, as in the other askRows, to keep SQLite on the primary key.
      for (KeyedRow k : sql.list("SELECT DISTINCT published, document_id, item_id, kind FROM link_keys WHERE document_id IN ("
          + String.join(",", Collections.nCopies(some.size(), "?")) + ")",
          rs -> new KeyedRow(keyRow(rs), rs.getString(4), ""), some.toArray())) {
        if (k.kind().equals(LinkKind.ASK.name()) && asks.contains(k.row().item()) && keyed.add(k.row().item())) {
          rows.add(k.row());
        }
      }
    }
    return rows;
  }

  /** A row of the keys with what {@link #askRows} tests of it. */
  private record KeyedRow(KeyRow row, String kind, String actorKey) {}

  private static KeyRow keyRow(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new KeyRow(Rows.date(rs.getString(1)),
        new ItemRef(rs.getString(2), rs.getString(3)));
  }

  /** Whether {@code item} is keyed as an item of {@code kind} (the listings list only keyed items). */
  public boolean keyed(ItemRef item, LinkKind kind) {
    // The kind is tested here: in SQL, SQLite would scan the V7 index's rows of that kind instead of
    // reading the item's few rows by primary key.
    return sql.list("SELECT kind FROM link_keys WHERE document_id = ? AND item_id = ?", rs -> rs.getString(1),
        item.document(), item.item()).contains(kind.name());
  }

  /**
   * Keeps a link (replacing an earlier one between the same outcome and ask), with the outcome's
   * {@code status} and its document's date {@code published}, so that an ask's status can be decided
   * from its links without reading the outcomes' analyses (V8).
   */
  public void link(OutcomeLink link, OutcomeStatus status, @Nullable LocalDate published) {
    sql.update("DELETE FROM outcome_links WHERE outcome_document = ? AND outcome_id = ? AND ask_document = ? AND ask_id = ?",
        link.outcome().document(), link.outcome().item(), link.ask().document(), link.ask().item());
    sql.update("INSERT INTO outcome_links (outcome_document, outcome_id, ask_document, ask_id, score, rule, status, published)"
            + " VALUES (?,?,?,?,?,?,?,?)", link.outcome().document(), link.outcome().item(), link.ask().document(),
        link.ask().item(), link.score(), link.rule(), status.name(), Rows.date(published));
  }

  /**
   * Every link whose outcome's status is known, with that status and the outcome document's date: what
   * decides the status of each answered ask (a link whose outcome was not found when it was stored is left out).
   */
  public List<Answer> answers() {
    return sql.list("SELECT " + LINK_COLUMNS + ", status, published FROM outcome_links WHERE status IS NOT NULL",
        rs -> new Answer(link(rs), OutcomeStatus.valueOf(rs.getString(7)),
            Rows.date(rs.getString(8))));
  }

  /** The links to ask {@code ask}, best first. */
  public List<OutcomeLink> answering(ItemRef ask) {
    return sql.list("SELECT " + LINK_COLUMNS + " FROM outcome_links WHERE ask_document = ? AND ask_id = ?"
        + " ORDER BY score DESC, outcome_document, outcome_id", Links::link, ask.document(), ask.item());
  }

  /** The links from the outcomes of document {@code id}, in outcome order. */
  public List<OutcomeLink> fromOutcomesOf(String id) {
    return sql.list("SELECT " + LINK_COLUMNS + " FROM outcome_links WHERE outcome_document = ?"
        + " ORDER BY outcome_id, ask_document, ask_id", Links::link, id);
  }

  /** Makes {@code member.item()} a member of library engagement {@code member.engagement()}. */
  public void join(EngagementMember member) {
    sql.update("DELETE FROM engagement_members WHERE document_id = ? AND item_id = ?",
        member.item().document(), member.item().item());
    sql.update("INSERT INTO engagement_members (engagement, document_id, item_id, score, rule) VALUES (?,?,?,?,?)",
        member.engagement(), member.item().document(), member.item().item(), member.score(), member.rule());
  }

  /** Moves every member of library engagement {@code from} into {@code into} (one engagement found to be two). */
  public void merge(String from, String into) {
    sql.update("UPDATE engagement_members SET engagement = ? WHERE engagement = ?", into, from);
  }

  /** The library engagement that a document's engagement belongs to, if it was grouped. */
  public Optional<String> engagementOf(ItemRef item) {
    return sql.first("SELECT engagement FROM engagement_members WHERE document_id = ? AND item_id = ?",
        rs -> rs.getString(1), item.document(), item.item());
  }

  /** The members of library engagement {@code engagement}, in document and item order. */
  public List<EngagementMember> members(String engagement) {
    return sql.list("SELECT engagement, document_id, item_id, score, rule FROM engagement_members WHERE engagement = ?"
        + " ORDER BY document_id, item_id", Links::member, engagement);
  }

  /** The ids of every library engagement, in id order. */
  public List<String> engagements() {
    return sql.list("SELECT DISTINCT engagement FROM engagement_members ORDER BY engagement", rs -> rs.getString(1));
  }

  private static final String LINK_COLUMNS = "outcome_document, outcome_id, ask_document, ask_id, score, rule";

  private static OutcomeLink link(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new OutcomeLink(new ItemRef(rs.getString(1), rs.getString(2)), new ItemRef(rs.getString(3), rs.getString(4)),
        rs.getDouble(5), rs.getString(6));
  }

  private static EngagementMember member(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new EngagementMember(rs.getString(1), new ItemRef(rs.getString(2), rs.getString(3)), rs.getDouble(4),
        rs.getString(5));
  }
}
