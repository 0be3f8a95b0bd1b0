package helsinki.library;

import helsinki.core.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads UPR Info's recommendations export (RFC 4180 CSV with a header row) and checksums it. */
final class UprCsv {

  private static final List<String> COLUMNS = List.of("To", "Text", "From", "Response", "Action", "Issue", "Session");

  private UprCsv() {}

  static List<UprRecommendation> read(Path csv) throws InputException {
    List<List<String>> rows = parse(csv, text(csv));
    if (rows.isEmpty()) {
      throw new InputException(csv.toString(), "is empty: expected UPR Info's recommendations export");
    }
    Map<String, Integer> at = new TreeMap<>();
    for (int i = 0; i < rows.get(0).size(); i++) {
      at.put(rows.get(0).get(i), i);
    }
    for (String c : COLUMNS) {
      if (!at.containsKey(c)) {
        throw new InputException(csv.toString(), "has no column " + c + ": expected UPR Info's recommendations export");
      }
    }
    List<UprRecommendation> recs = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      recs.add(recommendation(csv, r + 1, rows.get(r), at));
    }
    return recs;
  }

  private static UprRecommendation recommendation(Path csv, int line, List<String> row, Map<String, Integer> at)
      throws InputException {
    try {
      List<String> themes = Arrays.stream(row.get(at.get("Issue")).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      return new UprRecommendation(row.get(at.get("Text")), themes, Integer.parseInt(row.get(at.get("Action")).strip()),
          "Accepted".equalsIgnoreCase(row.get(at.get("Response")).strip()), Integer.parseInt(row.get(at.get("Session")).strip()),
          row.get(at.get("To")), row.get(at.get("From")));
    } catch (IndexOutOfBoundsException | NumberFormatException e) {
      throw new InputException(csv.toString(), "row " + line + " is not a UPR recommendation: " + e.getMessage(), e);
    }
  }

  /** The SHA-256 of the file's bytes, in lowercase hex. */
  static String sha256(Path file) throws InputException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot be read: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String text(Path csv) throws InputException {
    try {
      return Files.readString(csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(csv.toString(), "cannot be read as UTF-8 text: " + e.getMessage(), e);
    }
  }

  /** RFC 4180: fields split by commas, quoted fields may hold commas, line breaks and doubled quotes. */
  static List<List<String>> parse(Path csv, String text) throws InputException {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new InputException(csv.toString(), "ends inside a quoted field: the CSV is cut short");
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
