package helsinki.store;

import helsinki.core.Analysis;
import helsinki.core.Document;
import helsinki.core.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The writes of one unit of work (one document, with its sources, links and job item), all or nothing. */
public final class Transaction {

  private final Sql sql;

  Transaction(Sql sql) {
    this.sql = sql;
  }

  /** The document that {@code source} was last read into, if it was read before. */
  public Optional<String> documentIdForSource(String source) {
    return sql.first("SELECT document_id FROM sources WHERE source = ?", rs -> rs.getString(1), source);
  }

  /** The document whose normalised text has this hash, if any. */
  public Optional<String> documentIdForTextHash(String textHash) {
    return sql.first("SELECT id FROM documents WHERE text_hash = ?", rs -> rs.getString(1), textHash);
  }

  /** How many sources point to document {@code id}. */
  public long sourceCount(String id) {
    return sql.count("SELECT COUNT(*) FROM sources WHERE document_id = ?", id);
  }

  /** Whether a document already has this id. */
  public boolean idTaken(String id) {
    return sql.count("SELECT COUNT(*) FROM documents WHERE id = ?", id) > 0;
  }

  /** Adds a new document (under {@code document.id()}) and returns its change number. */
  public long insert(Document document, Visibility visibility, List<String> countries, Instant now) {
    long seq = nextChange();
    sql.update("INSERT INTO documents (" + Rows.DOCUMENT_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        document.id(), document.fingerprint().textHash(), document.source(), document.mediaType(), document.title(),
        document.subtitle(), document.publisher(), Rows.json(document.authors()), Rows.date(document.published()),
        document.language(), document.kind().name(), Rows.json(document.addressees()), document.text(),
        Rows.json(document.captions()), Rows.json(countries), visibility.name(),
        Rows.encode(document.fingerprint().minHash()), now.toEpochMilli(), now.toEpochMilli(), seq);
    writeBands(document.id(), document.fingerprint().minHash());
    return seq;
  }

  /**
   * Replaces the content of document {@code id} with {@code document} (a source's new text), keeping
   * its id, first source, visibility and ingest time; returns the change number.
   */
  public long replace(String id, Document document, List<String> countries, Instant now) {
    long seq = nextChange();
    int n = sql.update("UPDATE documents SET text_hash = ?, media_type = ?, title = ?, subtitle = ?, publisher = ?,"
            + " authors = ?, published = ?, language = ?, kind = ?, addressees = ?, body = ?, captions = ?, countries = ?,"
            + " min_hash = ?, updated_at = ?, change_seq = ? WHERE id = ?",
        document.fingerprint().textHash(), document.mediaType(), document.title(), document.subtitle(),
        document.publisher(), Rows.json(document.authors()), Rows.date(document.published()), document.language(),
        document.kind().name(), Rows.json(document.addressees()), document.text(), Rows.json(document.captions()),
        Rows.json(countries), Rows.encode(document.fingerprint().minHash()), now.toEpochMilli(), seq, id);
    if (n != 1) {
      throw new StoreException("no document " + id + " to update");
    }
    // The analysis was of the old text; the caller saves one of the new text when it has one.
    sql.update("DELETE FROM analyses WHERE document_id = ?", id);
    actors().forgetDocument(id);
    links().forget(id);
    sql.update("DELETE FROM minhash_bands WHERE document_id = ?", id);
    sql.update("DELETE FROM near_duplicates WHERE doc_a = ? OR doc_b = ?", id, id);
    writeBands(id, document.fingerprint().minHash());
    return seq;
  }

  /** Marks document {@code id} as changed (a source added) and returns its new change number. */
  public long touch(String id, Instant now) {
    long seq = nextChange();
    sql.update("UPDATE documents SET updated_at = ?, change_seq = ? WHERE id = ?", now.toEpochMilli(), seq, id);
    return seq;
  }

  /** Records that {@code source} was read into {@code documentId} (moving it if it pointed elsewhere). */
  public void putSource(String source, String documentId, Instant now) {
    int moved = sql.update("UPDATE sources SET document_id = ?, seen_at = ? WHERE source = ?",
        documentId, now.toEpochMilli(), source);
    if (moved == 0) {
      sql.update("INSERT INTO sources (source, document_id, added_at, seen_at) VALUES (?,?,?,?)",
          source, documentId, now.toEpochMilli(), now.toEpochMilli());
    }
  }

  /** Documents other than {@code id} that share a MinHash band bucket with {@code minHash}. */
  public List<Candidate> nearCandidates(String id, int[] minHash) {
    long[] buckets = Bands.of(minHash);
    if (buckets.length == 0) {
      return List.of();
    }
    StringBuilder where = new StringBuilder();
    List<Object> params = new ArrayList<>();
    for (int b = 0; b < buckets.length; b++) {
      where.append(b == 0 ? "" : " OR ").append("(b.band = ? AND b.bucket = ?)");
      params.add(b);
      params.add(buckets[b]);
    }
    // One query for the ids and signatures: a document in several shared buckets comes back once per
    // bucket, which the map folds.
    Map<String, int[]> found = new LinkedHashMap<>();
    sql.list("SELECT b.document_id, d.min_hash FROM minhash_bands b JOIN documents d ON d.id = b.document_id WHERE "
            + where, rs -> found.putIfAbsent(rs.getString(1), Rows.decode(rs.getString(2))), params.toArray());
    found.remove(id);
    List<Candidate> candidates = new ArrayList<>();
    found.forEach((other, sig) -> candidates.add(new Candidate(other, sig)));
    return candidates;
  }

  /** Links two near-duplicate documents, in both directions. */
  public void link(String a, String b, double similarity) {
    String first = a.compareTo(b) < 0 ? a : b;
    String second = first.equals(a) ? b : a;
    sql.update("DELETE FROM near_duplicates WHERE doc_a = ? AND doc_b = ?", first, second);
    sql.update("INSERT INTO near_duplicates (doc_a, doc_b, similarity) VALUES (?,?,?)", first, second, similarity);
  }

  /**
   * Keeps {@code analysis} as document {@code analysis.id()}'s latest analysis (replacing any earlier
   * one), copies its countries onto the document and returns the change number, so that the index
   * picks the countries up.
   */
  public long saveAnalysis(Analysis analysis, String analyzer, Instant now) {
    long seq = nextChange();
    int n = sql.update("UPDATE documents SET countries = ?, updated_at = ?, change_seq = ? WHERE id = ?",
        Rows.json(analysis.countries()), now.toEpochMilli(), seq, analysis.id());
    if (n != 1) {
      throw new StoreException("no document " + analysis.id() + " to keep an analysis for");
    }
    sql.update("DELETE FROM analyses WHERE document_id = ?", analysis.id());
    sql.update("INSERT INTO analyses (document_id, analysis, analyzer, analyzed_at) VALUES (?,?,?,?)",
        analysis.id(), Rows.json(Rows.withoutText(analysis)), analyzer, now.toEpochMilli());
    return seq;
  }

  /** The events' keys by type, country and days, read and written in this transaction. */
  public EventKeys eventKeys() {
    return new EventKeys(sql);
  }

  /** The canonical actors' tables, read and written in this transaction. */
  public ActorTable actors() {
    return new ActorTable(sql);
  }

  /** The link stage's keys, outcome links and library engagements, written in this transaction. */
  public Links links() {
    return new Links(sql);
  }

  /** Adds a person's review decision (never replacing an earlier one); returns it with its number. */
  public ReviewRecord addReview(ReviewRecord review) {
    return ReviewSql.insert(sql, review);
  }

  /** Records what became of one planned input of an ingest job. */
  public void finishItem(long jobId, int seqNo, String outcome, @Nullable String documentId, @Nullable String message) {
    sql.update("UPDATE ingest_items SET state = 'DONE', outcome = ?, document_id = ?, message = ? WHERE job_id = ? AND seq_no = ?",
        outcome, documentId, message, jobId, seqNo);
  }

  long nextChange() {
    return next(sql, "change_seq");
  }

  static long next(Sql sql, String counter) {
    // An UPDATE first takes the row lock (PostgreSQL) or the write lock (SQLite), so that two
    // writers can never read the same value.
    sql.update("UPDATE counters SET current_value = current_value + 1 WHERE name = ?", counter);
    return sql.count("SELECT current_value FROM counters WHERE name = ?", counter);
  }

  private void writeBands(String id, int[] minHash) {
    long[] buckets = Bands.of(minHash);
    for (int b = 0; b < buckets.length; b++) {
      sql.update("INSERT INTO minhash_bands (band, bucket, document_id) VALUES (?,?,?)", b, buckets[b], id);
    }
  }
}
