package helsinki.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Running headers and footers: lines that repeat at the top or bottom of many pages ("Human Rights
 * Watch | June 2019", "Page 4"), judged across pages where the format gives them, else by repetition
 * a page apart in the running text.
 */
final class RunningLines {

  /** How many lines at each end of a page may be a header or footer. */
  static final int EDGE_LINES = 3;
  /** A line shorter than this is too common to be called a running header by repetition alone. */
  static final int MIN_KEY_CHARS = 8;
  static final int MAX_LINE_CHARS = 100;

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?i)^(?:[-–—]\\s*)?(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?(?:\\s*[-–—])?$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"”’)\\]]$");

  /** The pages joined into one text without their running headers, footers and page numbers. */
  String join(List<String> pages) {
    List<List<String>> lines = new ArrayList<>();
    for (String page : pages) {
      lines.add(List.of(page.replace("\r\n", "\n").split("\n", -1)));
    }
    Set<String> running = runningKeys(lines);
    StringBuilder out = new StringBuilder();
    for (List<String> page : lines) {
      String body = String.join("\n", strip(page, running)).strip();
      if (body.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        String end = out.substring(Math.max(0, out.length() - 1));
        out.append(SENTENCE_END.matcher(end).find() ? "\n\n" : "\n");
      }
      out.append(body);
    }
    return out.toString();
  }

  private static Set<String> runningKeys(List<List<String>> pages) {
    Map<String, Integer> pagesWith = new HashMap<>();
    for (List<String> page : pages) {
      Set<String> seen = new HashSet<>();
      for (String line : edges(page)) {
        seen.add(key(line));
      }
      seen.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    Set<String> running = new HashSet<>();
    pagesWith.forEach((k, n) -> {
      if (n >= needed && !k.isBlank()) {
        running.add(k);
      }
    });
    return running;
  }

  private static List<String> edges(List<String> page) {
    return edgeIndexes(page).stream().map(page::get).toList();
  }

  /** The indexes of the first and last {@link #EDGE_LINES} non-blank lines that are short enough. */
  private static List<Integer> edgeIndexes(List<String> page) {
    List<Integer> nonBlank = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (!page.get(i).isBlank()) {
        nonBlank.add(i);
      }
    }
    Set<Integer> edge = new java.util.TreeSet<>(nonBlank.subList(0, Math.min(EDGE_LINES, nonBlank.size())));
    edge.addAll(nonBlank.subList(Math.max(0, nonBlank.size() - EDGE_LINES), nonBlank.size()));
    return edge.stream().filter(i -> page.get(i).strip().length() <= MAX_LINE_CHARS).toList();
  }

  private static List<String> strip(List<String> page, Set<String> running) {
    Set<Integer> drop = new HashSet<>();
    for (int i : edgeIndexes(page)) {
      String line = page.get(i);
      if (running.contains(key(line)) || PAGE_NUMBER.matcher(line.strip()).matches()) {
        drop.add(i);
      }
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (!drop.contains(i)) {
        kept.add(page.get(i));
      }
    }
    return kept;
  }

  /** Text without short lines that repeat at least three times, on average a page apart. */
  String removeRepeated(String text) {
    String[] lines = text.split("\n", -1);
    Map<String, List<Integer>> where = new HashMap<>();
    int offset = 0;
    for (String line : lines) {
      String k = key(line);
      if (k.length() >= MIN_KEY_CHARS && line.strip().length() <= MAX_LINE_CHARS) {
        where.computeIfAbsent(k, x -> new ArrayList<>()).add(offset);
      }
      offset += line.length() + 1;
    }
    Set<String> running = new HashSet<>();
    where.forEach((k, at) -> {
      int spread = at.get(at.size() - 1) - at.get(0);
      if (at.size() >= 3 && spread / (at.size() - 1) >= PageMarkers.MIN_PAGE_CHARS) {
        running.add(k);
      }
    });
    if (running.isEmpty()) {
      return text;
    }
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      if (!running.contains(key(line))) {
        kept.add(line);
      }
    }
    return String.join("\n", kept);
  }

  /** A line with digits and spacing normalised, so that "Page 3" and "Page 4" are one header. */
  static String key(String line) {
    String k = DIGITS.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll("#");
    return SPACES.matcher(k).replaceAll(" ");
  }
}
