package helsinki.nlp;

import java.util.regex.Pattern;

/**
 * Writes SUTime's TIMEX3 values in TimeML's own syntax, where the two differ: SUTime adds a time
 * zone to clock times ("T15:00+0000") and pads centuries and decades with X ("19XX", "202X"), while
 * TimeML 1.2.1 writes "T15:00", "19" and "202".
 */
final class TimexValues {

  private static final Pattern ZONE = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(?:[+-]\\d{2}:?\\d{2}|Z)$");
  private static final Pattern PADDED = Pattern.compile("^(\\d{2}(?=XX$)|\\d{3}(?=X$))X+$");

  private TimexValues() {}

  /** The TimeML form of a SUTime value. */
  static String timeMl(String sutime) {
    if (sutime.equals("XXXX-WE")) {
      // "every weekend": TimeML writes the weekend of any week.
      return "XXXX-WXX-WE";
    }
    String value = ZONE.matcher(sutime).replaceFirst("$1");
    return PADDED.matcher(value).replaceFirst("$1");
  }
}
