package helsinki.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import helsinki.core.Analysis;
import helsinki.core.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The library's source of truth: documents, sources, near-duplicate links and ingest jobs in SQLite
 * or PostgreSQL. Thread-safe: one connection, one caller at a time.
 */
public final class Store implements AutoCloseable {

  /** Work done inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    /** Does the work; throwing rolls everything back. */
    T run(Transaction tx);
  }

  private final Database db;
  private final Sql sql;

  private final String id;

  private Store(Database db) {
    this.db = db;
    this.sql = new Sql(db.connection);
    this.id = ensureId();
  }

  /** Opens (creating and migrating as needed) the database at a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL. */
  public static Store open(String jdbcUrl) {
    return new Store(Database.open(jdbcUrl));
  }

  /** The JDBC URL of an SQLite file. */
  public static String sqliteUrl(Path file) {
    return "jdbc:sqlite:" + file.toAbsolutePath();
  }

  /**
   * A random id given to this database when it was created, so that an index can tell whether it
   * was built from this store or from another one (a deleted and recreated library).
   */
  public String id() {
    return id;
  }

  private String ensureId() {
    long candidate = new java.security.SecureRandom().nextLong() & Long.MAX_VALUE;
    sql.update("INSERT INTO counters (name, current_value) SELECT 'store_id', ? WHERE NOT EXISTS"
        + " (SELECT 1 FROM counters WHERE name = 'store_id')", candidate);
    return Long.toString(sql.count("SELECT current_value FROM counters WHERE name = 'store_id'"), 36);
  }

  /** Where the database is: its file for SQLite, else its URL without password. */
  public String location() {
    return db.dialect == Database.Dialect.SQLITE ? db.url.substring("jdbc:sqlite:".length()) : Database.redact(db.url);
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  public synchronized <T> T transaction(Work<T> work) {
    try {
      db.connection.setAutoCommit(false);
      try {
        T result = work.run(new Transaction(sql));
        db.connection.commit();
        return result;
      } catch (RuntimeException e) {
        db.connection.rollback();
        throw e;
      } finally {
        db.connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("database transaction failed", e);
    }
  }

  /**
   * Runs read-only {@code work} under the store's lock but outside a transaction: each statement sees
   * the latest commit. For readers that read in short steps and do their other work (parsing) between
   * them, so that concurrent readers are not serialised by it.
   */
  public synchronized <T> T read(Work<T> work) {
    return work.run(new Transaction(sql));
  }

  /** The document with this id, if there is one. */
  public synchronized Optional<StoredDocument> find(String id) {
    return sql.first("SELECT " + Rows.DOCUMENT_COLUMNS + " FROM documents WHERE id = ?", Rows::document, id);
  }

  /**
   * The latest analysis kept for document {@code id} without its text and captions (empty), if it was
   * analysed: for readers of its items only, such as the listings. It does not read the document's row,
   * and it parses the JSON outside the store's lock (unless the caller holds it), so that concurrent
   * readers do not wait for one another's parsing.
   */
  public Optional<Analysis> analysisWithoutText(String id) {
    Optional<String> json;
    synchronized (this) {
      json = sql.first("SELECT analysis FROM analyses WHERE document_id = ?", rs -> rs.getString(1), id);
    }
    return json.map(j -> Rows.analysis(j, id));
  }

  /** The latest analysis kept for document {@code id}, if it was analysed. */
  public synchronized Optional<Analysis> analysis(String id) {
    return find(id).flatMap(stored -> sql.first("SELECT analysis FROM analyses WHERE document_id = ?",
        rs -> Rows.analysis(rs.getString(1), stored.document()), id));
  }

  /** The name of the analysis code that wrote document {@code id}'s analysis, if it was analysed. */
  public synchronized Optional<String> analyzer(String id) {
    return sql.first("SELECT analyzer FROM analyses WHERE document_id = ?", rs -> rs.getString(1), id);
  }

  /** How many documents have an analysis. */
  public synchronized long analysedCount() {
    return sql.count("SELECT COUNT(*) FROM analyses");
  }

  /**
   * The canonical actor (after people's merges) that entity {@code entityId} of document
   * {@code documentId} is linked to. Reads without a transaction of its own, so that a caller already
   * inside one (the link stage) sees its own writes.
   */
  public synchronized Optional<String> actorOf(String documentId, String entityId) {
    ActorTable actors = new ActorTable(sql);
    return actors.actorOf(documentId, entityId).flatMap(actors::resolve);
  }

  /** The ids of the canonical actors whose name or forms contain {@code name}, at most {@code limit}. */
  public synchronized List<String> actorsNamed(String name, int limit) {
    return new ActorTable(sql).list(name, limit).stream().map(StoredActor::id).toList();
  }

  /** Every review decision on document {@code documentId}'s items, oldest first. */
  public synchronized List<ReviewRecord> reviews(String documentId) {
    return ReviewSql.ofDocument(sql, documentId);
  }

  /** The review decisions that {@code filter} selects, newest first: the audit trail. */
  public synchronized List<ReviewRecord> audit(ReviewFilter filter) {
    return ReviewSql.audit(sql, filter);
  }

  /** How many documents about {@code country} (ISO alpha-2) each publication year has, oldest first. */
  public synchronized List<LabelCount> yearsAbout(String country) {
    return CountrySql.years(sql, country);
  }

  /**
   * The kept analyses of up to {@code limit} documents about {@code country}, newest first, without
   * their text and captions (pages that tally actors and asks need neither).
   */
  public synchronized List<Analysis> analysesAbout(String country, int limit) {
    return CountrySql.analyses(sql, country, limit);
  }

  /** Every source the document was read from, oldest first. */
  public synchronized List<SourceRecord> sources(String documentId) {
    return sql.list("SELECT source, document_id, added_at, seen_at FROM sources WHERE document_id = ? ORDER BY added_at, source",
        rs -> new SourceRecord(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
            Instant.ofEpochMilli(rs.getLong(4))), documentId);
  }

  /** The documents linked to this one as near-duplicates, most similar first. */
  public synchronized List<NearDuplicate> nearDuplicates(String documentId) {
    return sql.list("SELECT doc_b, similarity FROM near_duplicates WHERE doc_a = ?"
            + " UNION ALL SELECT doc_a, similarity FROM near_duplicates WHERE doc_b = ? ORDER BY 2 DESC, 1",
        rs -> new NearDuplicate(rs.getString(1), rs.getDouble(2)), documentId, documentId);
  }

  /** Up to {@code limit} documents changed after change number {@code seq}, in change order. */
  public synchronized List<StoredDocument> changedSince(long seq, int limit) {
    return sql.list("SELECT " + Rows.DOCUMENT_COLUMNS + " FROM documents WHERE change_seq > ? ORDER BY change_seq LIMIT ?",
        Rows::document, seq, limit);
  }

  /** All document ids, in id order, {@code limit} at a time after {@code afterId} (use "" to start). */
  public synchronized List<String> ids(String afterId, int limit) {
    return sql.list("SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT ?", rs -> rs.getString(1), afterId, limit);
  }

  /** How many documents the library holds. */
  public synchronized long count() {
    return sql.count("SELECT COUNT(*) FROM documents");
  }

  /** The change number of the last change made. */
  public synchronized long lastChange() {
    return sql.count("SELECT current_value FROM counters WHERE name = 'change_seq'");
  }

  /** Counts by kind, publisher, language and year. */
  public synchronized StoreStats stats() {
    return new StoreStats(count(), sql.count("SELECT COUNT(*) FROM sources"),
        sql.count("SELECT COUNT(*) FROM near_duplicates"), countBy("kind"), countBy("publisher"), countBy("language"),
        countBy("SUBSTR(published, 1, 4)"), location());
  }

  private List<LabelCount> countBy(String expression) {
    return sql.list("SELECT " + expression + " AS label, COUNT(*) AS n FROM documents GROUP BY " + expression
            + " ORDER BY n DESC, label", rs -> new LabelCount(Optional.ofNullable(rs.getString(1)).orElse("(unknown)"),
            rs.getLong(2)));
  }

  /** The most recent unfinished job started with these inputs, if any. */
  public synchronized Optional<IngestJob> unfinishedJob(List<String> inputs) {
    return sql.first("SELECT id, inputs_key, inputs, started_at, finished_at FROM ingest_jobs"
        + " WHERE inputs_key = ? AND finished_at IS NULL ORDER BY id DESC", Store::job, key(inputs));
  }

  /** The most recent unfinished job, whatever its inputs. */
  public synchronized Optional<IngestJob> lastUnfinishedJob() {
    return sql.first("SELECT id, inputs_key, inputs, started_at, finished_at FROM ingest_jobs"
        + " WHERE finished_at IS NULL ORDER BY id DESC", Store::job);
  }

  /** Records a new job and its planned items in one transaction. */
  public synchronized IngestJob planJob(List<String> inputs, List<String> items, Instant now) {
    return transaction(tx -> {
      long id = Transaction.next(sql, "ingest_job");
      sql.update("INSERT INTO ingest_jobs (id, inputs_key, inputs, started_at) VALUES (?,?,?,?)",
          id, key(inputs), Rows.json(inputs), now.toEpochMilli());
      for (int i = 0; i < items.size(); i++) {
        sql.update("INSERT INTO ingest_items (job_id, seq_no, input, state) VALUES (?,?,?,'PLANNED')", id, i, items.get(i));
      }
      return new IngestJob(id, key(inputs), inputs, now, null);
    });
  }

  /** The planned items of a job, in order. */
  public synchronized List<JobItem> items(long jobId) {
    return sql.list("SELECT job_id, seq_no, input, state, outcome, document_id, message FROM ingest_items"
            + " WHERE job_id = ? ORDER BY seq_no",
        rs -> new JobItem(rs.getLong(1), rs.getInt(2), rs.getString(3), "DONE".equals(rs.getString(4)),
            rs.getString(5), rs.getString(6), rs.getString(7)), jobId);
  }

  /** Marks a job finished, so that the same inputs start a new job next time. */
  public synchronized void finishJob(long jobId, Instant now) {
    sql.update("UPDATE ingest_jobs SET finished_at = ? WHERE id = ?", now.toEpochMilli(), jobId);
  }

  @Override
  public synchronized void close() {
    try {
      sql.close();
    } finally {
      db.close();
    }
  }

  private static IngestJob job(java.sql.ResultSet rs) throws SQLException {
    long finished = rs.getLong(5);
    boolean open = rs.wasNull();
    return new IngestJob(rs.getLong(1), rs.getString(2), strings(rs.getString(3)), Instant.ofEpochMilli(rs.getLong(4)),
        open ? null : Instant.ofEpochMilli(finished));
  }

  private static List<String> strings(String json) {
    try {
      return Json.mapper().readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new StoreException("a stored job's inputs are not valid JSON", e);
    }
  }

  static String key(List<String> inputs) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", inputs).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
