package helsinki.nlp;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates told relative to another date of the text, not to the document's: "the next day", "the
 * following year", "the same day", "two days later", "a year earlier", "the previous day", "that
 * night", "the following morning". As in
 * HeidelTime's rules, they count from the last date mentioned before them, and their value has the
 * granularity of their unit ("three years later" after "2009" is "2012").
 */
final class Anaphora {

  private static final String UNIT = "(day|week|month|year)";
  private static final Pattern NEXT = Pattern.compile("the (next|following|previous|preceding|prior) " + UNIT);
  private static final Pattern BEFORE_AFTER = Pattern.compile("the " + UNIT + " (before|after)");
  private static final Pattern SAME = Pattern.compile("(?:the same|that) " + UNIT);
  // At most four digits: "9999999999 days later" would overflow a count, and no news dates that far.
  private static final Pattern LATER = Pattern.compile("(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,4}) "
      + UNIT + "s? (later|earlier|after|before)");
  private static final Pattern PART = Pattern.compile("(that|the same|the next|the following|the previous) (morning|afternoon|evening|night)");
  private static final Map<String, String> PARTS = Map.of("morning", "TMO", "afternoon", "TAF", "evening", "TEV", "night", "TNI");
  // Every word LATER accepts (Map.of takes at most ten pairs, which once left out "nine" and "ten").
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));
  private static final Pattern REFERENCE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

  private Anaphora() {}

  /** The unit and signed count an anaphoric expression moves by, or null when {@code words} is none. */
  record Shift(ChronoUnit unit, int count, String part) {
    Shift(ChronoUnit unit, int count) {
      this(unit, count, "");
    }
  }

  static @Nullable Shift shift(String text) {
    String words = text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    Matcher m = NEXT.matcher(words);
    if (m.matches()) {
      return new Shift(unit(m.group(2)), m.group(1).equals("next") || m.group(1).equals("following") ? 1 : -1);
    }
    m = BEFORE_AFTER.matcher(words);
    if (m.matches()) {
      return new Shift(unit(m.group(1)), m.group(2).equals("after") ? 1 : -1);
    }
    m = SAME.matcher(words);
    if (m.matches()) {
      return new Shift(unit(m.group(1)), 0);
    }
    m = PART.matcher(words);
    if (m.matches()) {
      int count = switch (m.group(1)) {
        case "the next", "the following" -> 1;
        case "the previous" -> -1;
        default -> 0;
      };
      return new Shift(ChronoUnit.DAYS, count, PARTS.get(m.group(2)));
    }
    m = LATER.matcher(words);
    if (m.matches()) {
      Integer n = NUMBERS.get(m.group(1));
      int count = n != null ? n : Integer.parseInt(m.group(1));
      boolean forward = m.group(3).equals("later") || m.group(3).equals("after");
      return new Shift(unit(m.group(2)), forward ? count : -count);
    }
    return null;
  }

  /**
   * The value of {@code shift} counted from {@code reference} (a TIMEX3 date value), at the shift's
   * granularity; null when the reference is coarser than the unit ("the next day" after "2009").
   */
  static @Nullable String resolve(Shift shift, String reference) {
    Matcher r = REFERENCE.matcher(reference);
    if (!r.matches()) {
      return null;
    }
    boolean hasMonth = r.group(2) != null;
    boolean hasDay = r.group(3) != null;
    if ((shift.unit() == ChronoUnit.DAYS || shift.unit() == ChronoUnit.WEEKS) && !hasDay
        || shift.unit() == ChronoUnit.MONTHS && !hasMonth) {
      return null;
    }
    LocalDate from = LocalDate.of(Integer.parseInt(r.group(1)), hasMonth ? Integer.parseInt(r.group(2)) : 1,
        hasDay ? Integer.parseInt(r.group(3)) : 1);
    LocalDate to = from.plus(shift.count(), shift.unit());
    return switch (shift.unit()) {
      case DAYS -> to + shift.part();
      case WEEKS -> String.format(Locale.ROOT, "%d-W%02d", to.get(IsoFields.WEEK_BASED_YEAR), to.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTHS -> String.format(Locale.ROOT, "%d-%02d", to.getYear(), to.getMonthValue());
      default -> Integer.toString(to.getYear());
    };
  }

  /** Whether {@code value} names a date that later expressions can count from. */
  static boolean isReference(String value) {
    return REFERENCE.matcher(value).matches();
  }

  private static ChronoUnit unit(String word) {
    return switch (word) {
      case "day" -> ChronoUnit.DAYS;
      case "week" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      default -> ChronoUnit.YEARS;
    };
  }
}
