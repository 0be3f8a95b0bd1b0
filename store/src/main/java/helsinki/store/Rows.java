package helsinki.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import helsinki.core.Analysis;
import helsinki.core.Author;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Fingerprint;
import helsinki.core.Json;
import helsinki.core.Visibility;
import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How records become columns and back: lists as JSON text, dates as ISO text, signatures as Base64. */
final class Rows {

  static final String DOCUMENT_COLUMNS =
      "id, text_hash, source, media_type, title, subtitle, publisher, authors, published, language, kind,"
          + " addressees, body, captions, countries, visibility, min_hash, ingested_at, updated_at, change_seq";

  private static final TypeReference<List<Author>> AUTHORS = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private Rows() {}

  static StoredDocument document(ResultSet rs) throws SQLException {
    Fingerprint fingerprint = new Fingerprint(rs.getString("text_hash"), decode(rs.getString("min_hash")));
    String published = rs.getString("published");
    Document d = new Document(
        rs.getString("id"), rs.getString("source"), rs.getString("media_type"), rs.getString("title"),
        rs.getString("subtitle"), rs.getString("publisher"), read(rs.getString("authors"), AUTHORS),
        published == null ? null : LocalDate.parse(published), rs.getString("language"),
        DocumentKind.valueOf(rs.getString("kind")), read(rs.getString("addressees"), STRINGS),
        rs.getString("body"), read(rs.getString("captions"), STRINGS), fingerprint);
    return new StoredDocument(
        d, Visibility.valueOf(rs.getString("visibility")), read(rs.getString("countries"), STRINGS),
        Instant.ofEpochMilli(rs.getLong("ingested_at")), Instant.ofEpochMilli(rs.getLong("updated_at")),
        rs.getLong("change_seq"));
  }

  /** The analysis without the text and captions that the document row already holds. */
  static Analysis withoutText(Analysis a) {
    return a.withText("", List.of());
  }

  /** A stored analysis, given back the text and captions of its document. */
  static Analysis analysis(String json, Document document) {
    return analysis(json, document.id()).withText(document.text(), document.captions());
  }

  /** A stored analysis as stored: without its text and captions. */
  static Analysis analysis(String json, String id) {
    try {
      return Json.mapper().readValue(json, Analysis.class);
    } catch (JsonProcessingException e) {
      throw new StoreException("the stored analysis of " + id + " is not valid JSON", e);
    }
  }

  static String json(Object value) {
    return Json.line(value);
  }

  /**
   * A stored date ({@code yyyy-MM-dd}, as {@link #date} writes it) read without the date-time
   * formatter, which costs more than the rest of a row when a listing reads thousands; any other
   * form goes to {@link LocalDate#parse}, which names what is wrong with it.
   */
  static @Nullable LocalDate date(@Nullable String iso) {
    if (iso == null) {
      return null;
    }
    if (iso.length() == 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-') {
      int year = digits(iso, 0, 4);
      int month = digits(iso, 5, 7);
      int day = digits(iso, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(iso);
  }

  /** The number written by the ASCII digits of {@code s} from {@code start} to {@code end}, or -1 if any is not one. */
  private static int digits(String s, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  static @Nullable String date(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }

  static String encode(int[] minHash) {
    ByteBuffer buffer = ByteBuffer.allocate(minHash.length * Integer.BYTES);
    buffer.asIntBuffer().put(minHash);
    return Base64.getEncoder().encodeToString(buffer.array());
  }

  static int[] decode(String minHash) {
    ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(minHash));
    int[] slots = new int[buffer.remaining() / Integer.BYTES];
    buffer.asIntBuffer().get(slots);
    return slots;
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return Json.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("a stored list is not valid JSON", e);
    }
  }
}
