package helsinki.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/** Reads numbers written in digits or words: "1,000", "2.5 million", "twenty-five", "a dozen". */
final class NumberWords {

  private static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
  private static final Map<String, Long> SCALES = Map.of(
      "dozen", 12L, "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

  private NumberWords() {}

  static boolean isNumberWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return SMALL.containsKey(w) || SCALES.containsKey(w) || isVaguePlural(w) || isHyphenated(w);
  }

  /** "dozens", "hundreds", "thousands", "millions": a number of at least two of that unit. */
  static boolean isVaguePlural(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith("s") && SCALES.containsKey(w.substring(0, w.length() - 1));
  }

  private static boolean isHyphenated(String w) {
    int dash = w.indexOf('-');
    return dash > 0 && SMALL.containsKey(w.substring(0, dash)) && SMALL.containsKey(w.substring(dash + 1));
  }

  /** The value of a run of number words; empty when a word is not part of a number. */
  static OptionalLong value(List<String> words) {
    double total = 0;
    double current = 0;
    for (String word : words) {
      String w = word.toLowerCase(Locale.ROOT).replace(",", "");
      if (isVaguePlural(w)) {
        current = Math.max(current, 1) * 2 * SCALES.get(w.substring(0, w.length() - 1));
      } else if (SCALES.containsKey(w)) {
        long scale = SCALES.get(w);
        if (scale >= 1_000) {
          total += Math.max(current, 1) * scale;
          current = 0;
        } else {
          current = Math.max(current, 1) * scale;
        }
      } else if (SMALL.containsKey(w)) {
        current += SMALL.get(w);
      } else if (isHyphenated(w)) {
        current += SMALL.get(w.substring(0, w.indexOf('-'))) + SMALL.get(w.substring(w.indexOf('-') + 1));
      } else if (w.matches("\\d+(\\.\\d+)?")) {
        current += Double.parseDouble(w);
      } else {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(Math.round(total + current));
  }
}
