package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.Ask;
import helsinki.core.InputException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores the recommendations that {@link Analyzer} finds in the 2014 UPR Working Group reports against
 * {@code upr_2014_recommendations_parsed.csv}. A found recommendation is one distinct ask evidence; it
 * matches a listed one of the same report when their word multisets (lower-case letters and digits,
 * paragraph numbers left out) have a Dice overlap of at least {@link #THRESHOLD}; matching is one-to-one,
 * best pairs first. Dev is the first half of the reports by file name, report the rest.
 */
final class UnRecommendations {

  /** The least Dice overlap of two recommendations' words for them to be the same one. */
  static final double THRESHOLD = 0.8;

  private static final Pattern NUMBER = Pattern.compile("^\\s*\\d{1,3}\\.\\d{1,3}(?:\\.+\\d{1,3})*\\.?");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** Characters that betray the CSV's MacRoman text decoded as Windows-1252 ("C™te dÕIvoire"). */
  private static final Pattern MOJIBAKE = Pattern.compile("[ÕÓÒÔ™Ñ‡ˆœ]");

  private UnRecommendations() {}

  static RecommendationScores measure(Analyzer analyzer, Path reports, Path csv) throws InputException {
    Map<String, List<String>> listed = read(csv);
    List<Path> files = files(reports);
    int half = (files.size() + 1) / 2;
    return new RecommendationScores(score(analyzer, files.subList(0, half), listed),
        score(analyzer, files.subList(half, files.size()), listed));
  }

  static RecommendationScores.Half score(Analyzer analyzer, List<Path> files, Map<String, List<String>> listed)
      throws InputException {
    int gold = 0;
    int found = 0;
    int matched = 0;
    for (Path file : files) {
      List<String> want = listed.getOrDefault(file.getFileName().toString().replaceFirst("\\d*\\.txt$", ""), List.of());
      List<String> have = found(analyzer.analyze(file));
      gold += want.size();
      found += have.size();
      matched += matched(have, want);
    }
    return new RecommendationScores.Half(files.size(), gold, found, matched);
  }

  /** One quote per distinct evidence: a recommendation made by several states is one recommendation. */
  static List<String> found(Analysis a) {
    Map<Integer, String> byStart = new LinkedHashMap<>();
    for (Ask ask : a.asks()) {
      byStart.putIfAbsent(ask.evidence().start(), ask.evidence().quote());
    }
    return List.copyOf(byStart.values());
  }

  /** How many of {@code found} pair one-to-one with {@code listed}, best overlaps first. */
  static int matched(List<String> found, List<String> listed) {
    List<Map<String, Integer>> f = found.stream().map(UnRecommendations::words).toList();
    List<Map<String, Integer>> l = listed.stream().map(UnRecommendations::words).toList();
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < f.size(); i++) {
      for (int j = 0; j < l.size(); j++) {
        double d = dice(f.get(i), l.get(j));
        if (d >= THRESHOLD) {
          pairs.add(new double[] {d, i, j});
        }
      }
    }
    pairs.sort((a, b) -> Double.compare(b[0], a[0]));
    boolean[] usedF = new boolean[f.size()];
    boolean[] usedL = new boolean[l.size()];
    int n = 0;
    for (double[] p : pairs) {
      int i = (int) p[1];
      int j = (int) p[2];
      if (!usedF[i] && !usedL[j]) {
        usedF[i] = true;
        usedL[j] = true;
        n++;
      }
    }
    return n;
  }

  static Map<String, Integer> words(String recommendation) {
    Map<String, Integer> words = new HashMap<>();
    Matcher m = WORD.matcher(NUMBER.matcher(recommendation).replaceFirst("").toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.merge(m.group(), 1, Integer::sum);
    }
    return words;
  }

  static double dice(Map<String, Integer> a, Map<String, Integer> b) {
    int common = 0;
    for (var e : a.entrySet()) {
      common += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
    }
    int total = a.values().stream().mapToInt(Integer::intValue).sum() + b.values().stream().mapToInt(Integer::intValue).sum();
    return total == 0 ? 0 : 2.0 * common / total;
  }

  private static List<Path> files(Path reports) throws InputException {
    try (Stream<Path> s = Files.list(reports)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new InputException(reports.toString(), "cannot list the reports: " + e.getMessage(), e);
    }
  }

  /** The CSV's {@code text} column by its {@code to} column, with its mis-decoded quotes and accents repaired. */
  static Map<String, List<String>> read(Path csv) throws InputException {
    List<List<String>> rows;
    try {
      rows = UprCsv.parse(csv, Files.readString(csv, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InputException(csv.toString(), "cannot be read: " + e.getMessage(), e);
    }
    if (rows.isEmpty() || !rows.get(0).contains("text") || !rows.get(0).contains("to")) {
      throw new InputException(csv.toString(), "has no text and to columns");
    }
    int text = rows.get(0).indexOf("text");
    int to = rows.get(0).indexOf("to");
    Map<String, List<String>> byReport = new HashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() > Math.max(text, to)) {
        byReport.computeIfAbsent(row.get(to), k -> new ArrayList<>()).add(repaired(row.get(text)));
      }
    }
    return byReport;
  }

  private static String repaired(String s) {
    if (!MOJIBAKE.matcher(s).find() || !Charset.isSupported("x-MacRoman")) {
      return s;
    }
    return new String(s.getBytes(Charset.forName("windows-1252")), Charset.forName("x-MacRoman"));
  }
}
