package helsinki.library;

import helsinki.core.InputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/** Reads the dates users type for a range: a year, a month or a day ({@code 2017}, {@code 2017-04}, {@code 2017-04-07}). */
public final class Dates {

  private Dates() {}

  /** The first day that {@code text} names. */
  public static LocalDate start(String option, String text) throws InputException {
    return parse(option, text, false);
  }

  /** The last day that {@code text} names. */
  public static LocalDate end(String option, String text) throws InputException {
    return parse(option, text, true);
  }

  private static LocalDate parse(String option, String text, boolean end) throws InputException {
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        Year y = Year.parse(t);
        return end ? y.atMonth(12).atEndOfMonth() : y.atDay(1);
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(t);
        return end ? m.atEndOfMonth() : m.atDay(1);
      }
      return LocalDate.parse(t);
    } catch (DateTimeException e) {
      throw new InputException(option + " " + text, "is not a date; write 2017, 2017-04 or 2017-04-07");
    }
  }
}
