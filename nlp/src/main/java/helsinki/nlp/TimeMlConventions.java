package helsinki.nlp;

import helsinki.core.TimexType;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * TimeML's annotation conventions (TimeML 1.2.1 and the TIDES guidelines it builds on) where SUTime's
 * values follow others. Pure: the expression's words, SUTime's type and value (already in TimeML
 * syntax, see {@link TimexValues}), the words before it and the anchor decide.
 *
 * <ul>
 *   <li>"N units ago" is a date at the granularity of the unit ("two years ago" is "2011", not the
 *       day two years back); a vague count ("several years ago") is PAST_REF.
 *   <li>Durations count decades in DE, centuries in CE and quarters in Q ("two decades" P2DE,
 *       "decades" PXDE, "the next three quarters" P3Q, "quarterly" P1Q).
 *   <li>"the past year" is a duration of one year; "the coming months", "recent weeks" are durations
 *       of unknown length (PXM, PXW).
 *   <li>"last quarter" is the quarter before the anchor's.
 *   <li>"twice a year", "three times a week" are SETs.
 *   <li>"fiscal 2012" is FY2012.
 * </ul>
 */
final class TimeMlConventions {

  /** A TIMEX3 type and value. */
  record Value(TimexType type, String value) {}

  /** The tense of the sentence around an expression, as far as its verbs tell. */
  enum Tense { PAST, FUTURE, UNKNOWN }

  private static final String MONTH_NAMES = "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december";
  private static final String UNITS = "(second|minute|hour|day|week|month|quarter|year|decade|century|centurie)s?";
  private static final Pattern AGO = Pattern.compile("(?:(\\S+(?: \\S+)?) )?" + UNITS + " ago$");
  private static final Pattern MIDNIGHT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T00:00");
  private static final Pattern VAGUE_LATER = Pattern.compile("(?:a few|several|some|a couple of) " + UNITS + " (later|earlier)");
  private static final Pattern BARE_AGO = Pattern.compile("(?:many )?(?:days|weeks|months|years|decades|centuries) ago");
  // "for the next decade" is a stretch of time, where "in the next decade" may name the decade itself.
  private static final Pattern NEXT_SPAN = Pattern.compile("the (?:next|coming) (day|week|month|year|decade|century)");
  private static final Pattern SPAN_SIGNAL = Pattern.compile("\\b(?:for|over|within|during|throughout)\\s+$");
  private static final Pattern VAGUE = Pattern.compile("(several|a few|few|some|many|a couple of|couple of|numerous)");
  private static final Pattern VAGUE_SPAN = Pattern.compile(
      "(?:the )?(?:coming|next|past|last|recent|previous|following)(?: (?:few|several|many))? "
          + "(day|week|month|quarter|year|decade|centurie)s");
  private static final Pattern PAST_ONE = Pattern.compile("(?:the )?past (day|week|month|year|decade|century)|the last (day|week|month|year|decade|century)");
  private static final Pattern THIS_PAST = Pattern.compile("this past (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)");
  private static final Pattern LAST_QUARTER = Pattern.compile("(?:the )?(?:last|previous|past|latest|most recent) quarter");
  private static final Pattern TIMES = Pattern.compile("(?:^|\\s)(?:once|twice|thrice|\\S+ times) (?:a|an|per|each|every) ");
  private static final Pattern FISCAL = Pattern.compile("(?i)(?:\\bfiscal(?: year)?|\\bFY) ?$");
  private static final Pattern YEARS = Pattern.compile("P(\\d+)Y");
  private static final Pattern EVERY_OTHER = Pattern.compile("every other (day|week|month|year)");
  private static final Pattern MONTHS = Pattern.compile("P(\\d+)M");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");
  private static final Pattern WEEKDAY = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\\b");
  private static final Pattern QUALIFIED = Pattern.compile(
      "\\b(next|last|this|coming|past|previous|following|every|each)\\b|\\d|\\b(" + MONTH_NAMES + ")\\b");

  private TimeMlConventions() {}

  /** TimeML's type and value for an expression {@code text} that SUTime typed and valued so. */
  static Value apply(String text, TimexType type, String value, String before, @Nullable LocalDate anchor) {
    return apply(text, type, value, before, anchor, Tense.UNKNOWN);
  }

  /** As {@link #apply(String, TimexType, String, String, LocalDate)}, with the sentence's tense for weekdays. */
  static Value apply(String text, TimexType type, String value, String before, @Nullable LocalDate anchor, Tense tense) {
    String words = text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    Value v = new Value(type, value);
    Value relative = relative(words, v, before);
    if (relative != null) {
      return relative;
    }
    Value reshaped = reshaped(words, v, anchor);
    if (reshaped != null) {
      return reshaped;
    }
    Matcher vague = VAGUE_SPAN.matcher(words);
    if (vague.matches()) {
      return new Value(TimexType.DURATION, "PX" + unit(vague.group(1)));
    }
    Matcher past = PAST_ONE.matcher(words);
    if (past.matches()) {
      return new Value(TimexType.DURATION, "P1" + unit(past.group(1) != null ? past.group(1) : past.group(2)));
    }
    if (LAST_QUARTER.matcher(words).matches() && anchor != null) {
      LocalDate before3 = anchor.minusMonths(3);
      return new Value(TimexType.DATE, before3.getYear() + "-Q" + before3.get(IsoFields.QUARTER_OF_YEAR));
    }
    if (anchor != null && tense != Tense.UNKNOWN && WEEKDAY.matcher(words).find() && !QUALIFIED.matcher(words).find()) {
      return weekday(v, anchor, tense);
    }
    return units(words, v);
  }

  /** Fiscal years, "ago" and "later" counts, "for the next decade" and frequencies; null for others. */
  private static @Nullable Value relative(String words, Value v, String before) {
    if (FISCAL.matcher(before).find() && v.value().matches("\\d{4}")) {
      return new Value(TimexType.DATE, "FY" + v.value());
    }
    if (BARE_AGO.matcher(words).matches()) {
      return new Value(TimexType.DATE, "PAST_REF");
    }
    Matcher vagueLater = VAGUE_LATER.matcher(words);
    if (vagueLater.matches()) {
      // As HeidelTime: "a few days later" lies after the date before it, by an unknown amount.
      return new Value(TimexType.DATE, vagueLater.group(2).equals("later") ? "FUTURE_REF" : "PAST_REF");
    }
    Matcher ago = AGO.matcher(words);
    if (ago.find() && v.type() == TimexType.DATE) {
      return ago(ago, v);
    }
    Matcher span = NEXT_SPAN.matcher(words);
    if (span.matches() && SPAN_SIGNAL.matcher(before.toLowerCase(Locale.ROOT)).find()) {
      return new Value(TimexType.DURATION, "P1" + unit(span.group(1)));
    }
    String lastWords = before.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^.*?((?:\\S+ )?\\S+ ?)$", "$1");
    if (v.type() == TimexType.DURATION && (TIMES.matcher(words).find() || TIMES.matcher(lastWords + words).find())) {
      return new Value(TimexType.SET, v.value());
    }
    return null;
  }

  /** Midnight, decades SUTime calls SETs and "this past weekend"; null for others. */
  private static @Nullable Value reshaped(String words, Value v, @Nullable LocalDate anchor) {
    Matcher midnight = MIDNIGHT.matcher(v.value());
    if (v.type() == TimexType.TIME && words.contains("midnight") && midnight.matches()) {
      // TIDES: midnight ends a day: "midnight Friday" is Friday's T24:00, a bare "midnight" (SUTime's
      // "T00:00" of a day) the T24:00 of the day before.
      LocalDate day = LocalDate.parse(midnight.group(1));
      return new Value(TimexType.TIME, (words.equals("midnight") ? day.minusDays(1) : day) + "T24:00");
    }
    if (v.type() == TimexType.SET && v.value().matches("\\d{2,4}")) {
      // SUTime types "the early 1990s" as a SET; a decade is a date.
      return new Value(TimexType.DATE, v.value());
    }
    if (THIS_PAST.matcher(words).matches() && anchor != null) {
      return weekday(v, anchor, Tense.PAST);
    }
    return null;
  }


  /** As {@link #weekday(Value, LocalDate, Tense)} when {@code text} is a bare weekday, else {@code v}. */
  static Value bareWeekday(String text, Value v, LocalDate anchor, Tense tense) {
    String words = text.toLowerCase(Locale.ROOT);
    return tense != Tense.UNKNOWN && WEEKDAY.matcher(words).find() && !QUALIFIED.matcher(words).find()
        ? weekday(v, anchor, tense) : v;
  }

  /**
   * A bare weekday ("Saturday evening", "the weekend") is the nearest one on the side of the anchor
   * that the sentence's tense points to: SUTime sometimes takes the coming one in a past-tense report.
   */
  private static Value weekday(Value v, LocalDate anchor, Tense tense) {
    Matcher day = DATE.matcher(v.value());
    Matcher weekend = WEEKEND.matcher(v.value());
    if (day.matches()) {
      LocalDate date = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3)));
      long shift = tense == Tense.PAST && date.isAfter(anchor) ? -7 : tense == Tense.FUTURE && date.isBefore(anchor) ? 7 : 0;
      return shift == 0 ? v : new Value(v.type(), date.plusDays(shift) + v.value().substring(10));
    }
    if (weekend.matches()) {
      LocalDate monday = LocalDate.of(Integer.parseInt(weekend.group(1)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(weekend.group(2))).with(java.time.DayOfWeek.MONDAY);
      LocalDate saturday = monday.plusDays(5);
      long shift = tense == Tense.PAST && saturday.isAfter(anchor) ? -7 : tense == Tense.FUTURE && saturday.plusDays(1).isBefore(anchor) ? 7 : 0;
      LocalDate moved = saturday.plusDays(shift);
      return shift == 0 ? v : new Value(v.type(), String.format(Locale.ROOT, "%d-W%02d-WE",
          moved.get(IsoFields.WEEK_BASED_YEAR), moved.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }
    return v;
  }

  /** "two years ago" at the unit's granularity; "several years ago" is only known to be past. */
  private static Value ago(Matcher ago, Value v) {
    String count = ago.group(1) == null ? "" : ago.group(1);
    if (VAGUE.matcher(count).find()) {
      return new Value(TimexType.DATE, "PAST_REF");
    }
    Matcher day = DATE.matcher(v.value());
    if (!day.matches()) {
      return v;
    }
    LocalDate date = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3)));
    String value = switch (ago.group(2)) {
      case "year" -> day.group(1);
      case "month" -> day.group(1) + "-" + day.group(2);
      case "week" -> String.format(Locale.ROOT, "%d-W%02d",
          date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case "quarter" -> day.group(1) + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
      case "decade" -> day.group(1).substring(0, 3);
      case "century", "centurie" -> day.group(1).substring(0, 2);
      default -> v.value();
    };
    return new Value(TimexType.DATE, value);
  }

  /** Decades, centuries and quarters in durations and sets, written with their own TimeML units. */
  private static Value units(String words, Value v) {
    if (v.type() != TimexType.DURATION && v.type() != TimexType.SET) {
      return v;
    }
    String value = v.value();
    Matcher other = EVERY_OTHER.matcher(words);
    if (v.type() == TimexType.SET && other.matches() && value.equals("P1" + unit(other.group(1)))) {
      // "every other day" comes round every two days.
      return new Value(v.type(), "P2" + unit(other.group(1)));
    }
    Matcher years = YEARS.matcher(value);
    Matcher months = MONTHS.matcher(value);
    if (words.contains("decade")) {
      if (value.equals("PXY")) {
        return new Value(v.type(), "PXDE");
      }
      if (years.matches() && Integer.parseInt(years.group(1)) % 10 == 0) {
        return new Value(v.type(), "P" + Integer.parseInt(years.group(1)) / 10 + "DE");
      }
    } else if (words.contains("centur")) {
      if (value.equals("PXY")) {
        return new Value(v.type(), "PXCE");
      }
      if (years.matches() && Integer.parseInt(years.group(1)) % 100 == 0) {
        return new Value(v.type(), "P" + Integer.parseInt(years.group(1)) / 100 + "CE");
      }
    } else if (words.contains("quarter") && months.matches() && Integer.parseInt(months.group(1)) % 3 == 0) {
      return new Value(v.type(), "P" + Integer.parseInt(months.group(1)) / 3 + "Q");
    }
    return v;
  }

  /** The TimeML duration unit of an English unit word. */
  private static String unit(String word) {
    return switch (word) {
      case "day" -> "D";
      case "week" -> "W";
      case "month" -> "M";
      case "quarter" -> "Q";
      case "decade" -> "DE";
      case "century", "centurie" -> "CE";
      default -> "Y";
    };
  }
}
