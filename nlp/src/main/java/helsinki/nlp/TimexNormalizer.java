package helsinki.nlp;

import helsinki.core.TimexType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a TIMEX3 value (as SUTime gives it) and an anchor date into the days it covers. Pure: the
 * same value, modifier and anchor always give the same days.
 *
 * <p>Choices: a month, season, quarter, year or decade spans all its days; seasons are the northern
 * meteorological ones (winter is December to February); a duration that no date fixes ("for two
 * years") is read as the period of that length that ends on the anchor, because news and NGO texts
 * mostly use durations for what has gone on until the time of writing; "recently" (PAST_REF) ends on
 * the anchor with an unknown start; repetitions (SET: "every week") cover no fixed days.
 */
final class TimexNormalizer {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})(XX)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern PART = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");
  private static final Pattern UNDATED = Pattern.compile("XXXX-(\\d{2})(-(\\d{2}))?");
  private static final Pattern DURATION = Pattern.compile("P(\\d+(?:\\.\\d+)?)([YMWDQ]|DE|CE)|PT\\d.*|P.*X.*");
  private static final Pattern FISCAL = Pattern.compile("FY(\\d{4})");

  private TimexNormalizer() {}

  /** The days that {@code value} covers, changed by {@code modifier}, relative to {@code anchor}. */
  static DateRange days(String value, TimexType type, TimeModifier modifier, @Nullable LocalDate anchor) {
    if (type == TimexType.SET) {
      return DateRange.UNKNOWN;
    }
    DateRange base = base(value, anchor);
    return modify(base, modifier, anchor);
  }

  private static DateRange base(String value, @Nullable LocalDate anchor) {
    try {
      DateRange point = point(value);
      if (point != null) {
        return point;
      }
      return relative(value, anchor);
    } catch (DateTimeException | ArithmeticException e) {
      // An impossible date in a value ("2017-02-30", week 54) covers no days we can name.
      return DateRange.UNKNOWN;
    }
  }

  private static @Nullable DateRange point(String value) {
    Matcher m;
    if ((m = DAY.matcher(value)).matches()) {
      return DateRange.day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
    }
    if ((m = MONTH.matcher(value)).matches()) {
      YearMonth month = YearMonth.of(num(m, 1), num(m, 2));
      return DateRange.of(month.atDay(1), month.atEndOfMonth());
    }
    if ((m = YEAR.matcher(value)).matches()) {
      return years(num(m, 1), 1);
    }
    if ((m = DECADE.matcher(value)).matches()) {
      return years(num(m, 1) * 10, 10);
    }
    if ((m = CENTURY.matcher(value)).matches()) {
      return years(num(m, 1) * 100, 100);
    }
    if ((m = WEEK.matcher(value)).matches()) {
      return week(num(m, 1), num(m, 2), m.group(3) != null);
    }
    if ((m = FISCAL.matcher(value)).matches()) {
      // Fiscal years start in different months in different countries; the calendar year stands in.
      return years(num(m, 1), 1);
    }
    if ((m = PART.matcher(value)).matches()) {
      return part(num(m, 1), m.group(2));
    }
    return null;
  }

  private static DateRange relative(String value, @Nullable LocalDate anchor) {
    if (anchor == null) {
      return DateRange.UNKNOWN;
    }
    Matcher m;
    if ((m = UNDATED.matcher(value)).matches()) {
      return m.group(3) == null
          ? point(anchor.getYear() + "-" + m.group(1))
          : point(anchor.getYear() + "-" + m.group(1) + "-" + m.group(3));
    }
    return switch (value) {
      case "PRESENT_REF" -> DateRange.day(anchor);
      case "PAST_REF" -> new DateRange(null, anchor);
      case "FUTURE_REF" -> new DateRange(anchor, null);
      default -> duration(value, anchor);
    };
  }

  private static DateRange duration(String value, LocalDate anchor) {
    Matcher m = DURATION.matcher(value);
    if (!m.matches()) {
      return DateRange.UNKNOWN;
    }
    if (m.group(1) == null) {
      // Hours ("PT5H") end today; unknown lengths ("PXY", "several years") end on the anchor too.
      return value.startsWith("PT") ? DateRange.day(anchor) : new DateRange(null, anchor);
    }
    int amount = (int) Math.ceil(Double.parseDouble(m.group(1)));
    Period period = switch (m.group(2)) {
      case "Y" -> Period.ofYears(amount);
      case "DE" -> Period.ofYears(amount * 10);
      case "CE" -> Period.ofYears(amount * 100);
      case "Q" -> Period.ofMonths(amount * 3);
      case "M" -> Period.ofMonths(amount);
      case "W" -> Period.ofWeeks(amount);
      default -> Period.ofDays(amount);
    };
    return DateRange.of(anchor.minus(period), anchor);
  }

  private static DateRange years(int first, int count) {
    return DateRange.of(LocalDate.of(first, 1, 1), LocalDate.of(first + count - 1, 12, 31));
  }

  private static DateRange week(int year, int week, boolean weekend) {
    LocalDate monday = LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(DayOfWeek.MONDAY);
    return weekend ? DateRange.of(monday.plusDays(5), monday.plusDays(6)) : DateRange.of(monday, monday.plusDays(6));
  }

  private static DateRange part(int year, String part) {
    return switch (part) {
      case "Q1" -> months(year, 1, 3);
      case "Q2" -> months(year, 4, 3);
      case "Q3" -> months(year, 7, 3);
      case "Q4" -> months(year, 10, 3);
      case "H1" -> months(year, 1, 6);
      case "H2" -> months(year, 7, 6);
      case "SP" -> months(year, 3, 3);
      case "SU" -> months(year, 6, 3);
      case "FA" -> months(year, 9, 3);
      default -> months(year, 12, 3); // WI: December to February of the next year
    };
  }

  private static DateRange months(int year, int firstMonth, int count) {
    YearMonth first = YearMonth.of(year, firstMonth);
    return DateRange.of(first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth());
  }

  private static DateRange modify(DateRange base, TimeModifier modifier, @Nullable LocalDate anchor) {
    LocalDate start = base.start();
    LocalDate end = base.end();
    return switch (modifier) {
      case NONE -> base;
      case SINCE -> start == null || anchor == null || anchor.isBefore(start)
          ? new DateRange(start, null) : DateRange.of(start, anchor);
      case UNTIL -> new DateRange(null, end);
      default -> start == null || end == null ? base : third(start, end, modifier);
    };
  }

  /** Early, mid or late third: a month splits after days 10 and 20, whole months into equal runs. */
  private static DateRange third(LocalDate start, LocalDate end, TimeModifier modifier) {
    int index = modifier == TimeModifier.EARLY ? 0 : modifier == TimeModifier.MID ? 1 : 2;
    boolean wholeMonth = start.getDayOfMonth() == 1 && end.equals(YearMonth.from(start).atEndOfMonth());
    if (wholeMonth) {
      LocalDate from = start.plusDays(10L * index);
      return DateRange.of(from, index == 2 ? end : from.plusDays(9));
    }
    long months = ChronoUnit.MONTHS.between(start, end.plusDays(1));
    if (months >= 3 && months % 3 == 0 && start.getDayOfMonth() == 1) {
      LocalDate from = start.plusMonths(months / 3 * index);
      return DateRange.of(from, from.plusMonths(months / 3).minusDays(1));
    }
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    if (days < 3) {
      // "early Saturday" is still Saturday: a day has no thirds to keep.
      return DateRange.of(start, end);
    }
    LocalDate from = start.plusDays(days * index / 3);
    return DateRange.of(from, index == 2 ? end : start.plusDays(days * (index + 1) / 3 - 1));
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
