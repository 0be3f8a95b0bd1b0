package helsinki.nlp;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The year of a month, day, quarter, half or season written without one ("in March", "on Feb. 3",
 * "the third quarter", "the autumn"): the one nearest the document's date on the side that the
 * tense points to, as TimeML's guidelines and HeidelTime's news rules read them. A past verb puts it
 * no later than the anchor ("the minister visited the camp in December", written in June: last
 * December); a future or present one no earlier ("the new rules take effect in January": next
 * January); without a tense a month stays in the anchor's year and a quarter or half, which news
 * mostly reports after the fact, goes back to the last one.
 */
final class YearChoice {

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})(-\\d{2}(?:T.*)?)?");
  private static final Pattern PART = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");

  private YearChoice() {}

  /** {@code value} with its year chosen by tense, or {@code value} when it is of no such kind. */
  static String choose(String value, LocalDate anchor, Tenses.Tense tense) {
    Matcher month = MONTH.matcher(value);
    if (month.matches()) {
      int m = Integer.parseInt(month.group(2));
      int year = year(anchor.getYear(), anchor.getMonthValue(), m, m, tense, false);
      if (month.group(3) != null && m == anchor.getMonthValue()) {
        // In the anchor's month the day decides: "took place on March 31", written on March 20, was last year's.
        int day = Integer.parseInt(month.group(3).substring(1, 3));
        year = tense == Tenses.Tense.PAST && day > anchor.getDayOfMonth() ? year - 1
            : tense == Tenses.Tense.FUTURE && day < anchor.getDayOfMonth() ? year + 1 : year;
      }
      return year + "-" + month.group(2) + (month.group(3) == null ? "" : month.group(3));
    }
    Matcher part = PART.matcher(value);
    if (!part.matches()) {
      return value;
    }
    String which = part.group(2);
    int year = switch (which.charAt(0)) {
      case 'Q' -> quarter(anchor, Integer.parseInt(which.substring(1)), tense);
      case 'H' -> half(anchor, Integer.parseInt(which.substring(1)), tense);
      default -> season(anchor, which, tense);
    };
    return year + "-" + which;
  }

  /** The year of a part of the year that runs from month {@code first} to month {@code last}. */
  private static int year(int anchorYear, int anchorMonth, int first, int last, Tenses.Tense tense, boolean pastByDefault) {
    boolean past = tense == Tenses.Tense.PAST || (tense == Tenses.Tense.UNKNOWN && pastByDefault);
    if (past && first > anchorMonth) {
      return anchorYear - 1;
    }
    if ((tense == Tenses.Tense.FUTURE || tense == Tenses.Tense.PRESENT) && last < anchorMonth) {
      return anchorYear + 1;
    }
    return anchorYear;
  }

  private static int quarter(LocalDate anchor, int q, Tenses.Tense tense) {
    return year(anchor.getYear(), anchor.getMonthValue(), 3 * q - 2, 3 * q, tense, true);
  }

  private static int half(LocalDate anchor, int h, Tenses.Tense tense) {
    return year(anchor.getYear(), anchor.getMonthValue(), 6 * h - 5, 6 * h, tense, true);
  }

  /** Winter is December to February, named by the year of its December. */
  private static int season(LocalDate anchor, String season, Tenses.Tense tense) {
    int month = anchor.getMonthValue();
    if (season.equals("WI")) {
      // In January or February the current winter began the year before.
      int current = month <= 2 ? anchor.getYear() - 1 : anchor.getYear();
      return tense == Tenses.Tense.PAST && month >= 3 && month < 12 ? anchor.getYear() - 1 : current;
    }
    int first = switch (season) {
      case "SP" -> 3;
      case "SU" -> 6;
      default -> 9;
    };
    return year(anchor.getYear(), month, first, first + 2, tense, false);
  }

  /** Whether {@code words} name a month, quarter, half or season without a year or a relative word. */
  static boolean applies(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    return !w.matches(".*\\d{4}.*|.*\\b(last|next|this|that|coming|past|previous|following|ago|earlier|later|"
        + "today|tomorrow|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|year|years)\\b.*")
        && w.matches(".*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
        + "august|september|october|november|december|quarter|half|spring|summer|autumn|fall|winter|christmas|halloween)\\b.*");
  }

  /** Not null: a helper for callers that hold an anchor that may be missing. */
  static String choose(String value, @Nullable LocalDate anchor, Tenses.Tense tense, String words) {
    return anchor == null || !applies(words) ? value : choose(value, anchor, tense);
  }
}
