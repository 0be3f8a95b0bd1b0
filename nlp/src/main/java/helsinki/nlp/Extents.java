package helsinki.nlp;

import helsinki.core.Span;
import helsinki.core.TimeExpression;
import helsinki.core.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * TimeML's extents where SUTime's differ: words it leaves out ("twice a year", "fiscal 2015", "the
 * autumn", "that day", "October of that year", "half an hour") or takes in ("February before", "and
 * 2020", "Monday, the same day", "Wednesday in the second"), and a range of years that is two dates
 * ("2007-08"). Pure.
 */
final class Extents {

  private static final Pattern FREQUENCY = Pattern.compile("(?i)\\b(?:once|twice|thrice|\\S+ times)\\s+$");
  private static final Pattern FISCAL = Pattern.compile("(?i)\\bfiscal(?:\\s+year)?\\s+$");
  private static final Pattern ORDINAL_TAIL = Pattern.compile("(?i)(.+?)\\s+(?:in|on|at|for) the (?:second|minute|hour)s?");
  private static final Pattern UNCLOCKED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})TXX:XX");
  private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d{2})\\s*[-\u2013/]\\s*(\\d{2}|(?:19|20)\\d{2})");
  private static final Pattern HALF = Pattern.compile("(?i)\\bhalf\\s+$");
  private static final java.util.Map<String, String> HALVES = java.util.Map.of("PT1H", "PT30M", "P1D", "PT12H", "P1Y", "P6M",
      "P1DE", "P5Y", "P1CE", "P50Y");
  // "adjourned the day after." — the word after the unit belongs to the expression when nothing follows it.
  private static final Pattern SIDE = Pattern.compile("^(\\s+(?:before|after))(?=[.,;:]|\\s+and\\b|\\s*$)");
  // Seasons and decades SUTime finds without their article ("in [the] autumn", "[the] early 1990s").
  private static final Pattern SEASON = Pattern.compile("(?i)(?:(?:early|late|mid)[- ]?)?(?:spring|summer|autumn|fall|winter|\\d{3}0'?s)");
  private static final Pattern THE = Pattern.compile("(?i)\\bthe\\s+$");
  private static final Pattern OF_THAT_YEAR = Pattern.compile("(?i)\\s+of (?:that|the same) year\\b");
  private static final Pattern TRAILING = Pattern.compile("(?i)(.+?)\\s+(?:before|after)");
  private static final Pattern LEADING_AND = Pattern.compile("(?i)(?:and|or)\\s+(.+)");
  private static final Pattern WEEKDAY_SAME_DAY = Pattern.compile(
      "(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+the (?:same )?day");
  private static final Pattern DAY_WORD = Pattern.compile("(?i)day|week|month|year|morning|afternoon|evening|night");
  private static final Pattern POINTING = Pattern.compile("(?i)\\b(?:that|the same|the next|the following|the previous)\\s+$");

  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern AND_A_HALF = Pattern.compile("^ and a half\\b");
  private static final java.util.Map<String, String> AND_HALVES = java.util.Map.of("P1Y", "P18M", "PT1H", "PT90M", "P1D", "PT36H",
      "P1M", "P6W", "P2Y", "P30M", "P3Y", "P42M");
  private static final Pattern THESE = Pattern.compile("(?i)\\bthese\\s+$");
  private static final Pattern ABOUT_THE = Pattern.compile("(?i)about\\s+(the\\s.+)");
  private static final Pattern HOLIDAY = Pattern.compile("(?i)thanksgiving|christmas|boxing|independence|labou?r|memorial|"
      + "veterans|victory|election|new year's");
  private static final Pattern DAY_AFTER = Pattern.compile("^ Day\\b");
  // SUTime joins "every year since 2010" into one date; TimeML has a SET and a year.
  private static final Pattern EVERY_SINCE = Pattern.compile("(?i)((?:every|each|a|per) (day|week|month|quarter|year)) (?:since|from|until|till) ((?:19|20)\\d{2})");
  private static final Pattern RATE_BEFORE = Pattern.compile("(?i)(?:percent|per cent|%|\\d)\\s*$");
  // TimeML keeps a duration's approximation inside (its mod): "almost a decade", "roughly two years".
  private static final Pattern APPROXIMATELY = Pattern.compile("(?i)\\b(?:almost|approximately|roughly)\\s+$");

  private Extents() {}

  /** {@code times} (in text order) with TimeML's extents. */
  static List<TimeExpression> of(List<TimeExpression> times, String text, @Nullable LocalDate anchor) {
    List<TimeExpression> out = new ArrayList<>();
    for (TimeExpression found : times) {
      TimeExpression t = trimmed(found, text, anchor);
      if (!out.isEmpty() && out.get(out.size() - 1).span().end() >= t.span().end()) {
        continue;
      }
      String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 24));
      Matcher ofThatYear = OF_THAT_YEAR.matcher(after);
      if (t.type() == TimexType.DATE && MONTH_VALUE.matcher(t.timex()).matches() && ofThatYear.lookingAt()) {
        // "in October of that year": the month of the year last named, one expression.
        out.add(widened(t, text, t.span().start(), t.span().end() + ofThatYear.end(), t.type(), t.timex(), anchor));
      } else if (!split(t, out, text, anchor)) {
        out.add(widened(t, text, out, anchor));
      }
    }
    return out;
  }

  /** "Wednesday in the second" cut to the day, "2007-08" cut in two years, added to {@code out}; false for others. */
  private static boolean split(TimeExpression t, List<TimeExpression> out, String text, @Nullable LocalDate anchor) {
    Matcher range = YEAR_RANGE.matcher(t.text());
    Matcher ordinal = ORDINAL_TAIL.matcher(t.text());
    Matcher unclocked = UNCLOCKED.matcher(t.timex());
    int base = t.span().start();
    if (ordinal.matches() && unclocked.matches()) {
      // "Wednesday in the second of two cases": SUTime read "second" as a clock unit.
      out.add(TimeContext.with(t, ordinal.group(1), new Span(base, base + ordinal.end(1)), TimexType.DATE, unclocked.group(1), anchor));
      return true;
    }
    Matcher every = EVERY_SINCE.matcher(t.text());
    boolean rate = t.text().matches("(?i)(?:every|each) .*")
        || RATE_BEFORE.matcher(text.substring(Math.max(0, base - 12), base)).find();
    if (every.matches() && rate) {
      String unit = every.group(2).substring(0, 1).toUpperCase(Locale.ROOT);
      out.add(TimeContext.with(t, every.group(1), new Span(base, base + every.end(1)), TimexType.SET, "P1" + unit, anchor));
      out.add(TimeContext.with(t, every.group(3), new Span(base + every.start(3), base + every.end(3)), TimexType.DATE, every.group(3), anchor));
      return true;
    }
    if (range.matches()) {
      // "the 2007-2008 food crisis": TimeML has two years where SUTime reads one duration.
      String second = range.group(2).length() == 2 ? range.group(1).substring(0, 2) + range.group(2) : range.group(2);
      out.add(TimeContext.with(t, range.group(1), new Span(base + range.start(1), base + range.end(1)), TimexType.DATE, range.group(1), anchor));
      out.add(TimeContext.with(t, range.group(2), new Span(base + range.start(2), base + range.end(2)), TimexType.DATE, second, anchor));
      return true;
    }
    return false;
  }

  /** {@code t} with the words before or after it that TimeML puts inside (see the class comment). */
  private static TimeExpression widened(TimeExpression t, String text, List<TimeExpression> out, @Nullable LocalDate anchor) {
    int start = t.span().start();
    int end = t.span().end();
    String before = text.substring(Math.max(0, start - 24), start);
    Matcher frequency = FREQUENCY.matcher(before);
    Matcher fiscal = FISCAL.matcher(before);
    Matcher pointing = POINTING.matcher(before);
    Matcher side = SIDE.matcher(text.substring(end));
    if ((t.type() == TimexType.SET || t.type() == TimexType.DURATION) && frequency.find()) {
      int from = start - (before.length() - frequency.start());
      // SUTime reads "once" alone as a past time; it belongs to the frequency.
      out.removeIf(o -> o.span().start() >= from && o.span().end() <= start);
      return widened(t, text, from, end, TimexType.SET, t.timex(), anchor);
    }
    if (t.type() == TimexType.DURATION && HALF.matcher(before).find() && HALVES.containsKey(t.timex())) {
      return widened(t, text, start - (before.length() - before.toLowerCase(Locale.ROOT).lastIndexOf("half")), end, t.type(), HALVES.get(t.timex()), anchor);
    }
    if (t.type() == TimexType.DATE && Anaphora.shift(t.text()) == null && Anaphora.shift(t.text() + " after") != null && side.find()) {
      return widened(t, text, start, end + side.end(1), t.type(), t.timex(), anchor);
    }
    if (t.type() == TimexType.DATE && SEASON.matcher(t.text()).matches() && THE.matcher(before).find()) {
      return widened(t, text, start - (before.length() - before.toLowerCase(Locale.ROOT).lastIndexOf("the")), end, t.type(), t.timex(), anchor);
    }
    if (DAY_WORD.matcher(t.text()).matches() && pointing.find()) {
      // "sentenced that day", "until the following morning", "that year": SUTime left the pointing words out.
      TimexType type = t.text().matches("(?i)day|week|month|year") ? TimexType.DATE : TimexType.TIME;
      return widened(t, text, start - (before.length() - pointing.start()), end, type, t.timex(), anchor);
    }
    TimeExpression worded = worded(t, text, before, anchor);
    if (worded != null) {
      return worded;
    }
    if (t.timex().startsWith("FY") && fiscal.find()) {
      return widened(t, text, start - (before.length() - fiscal.start()), end, t.type(), t.timex(), anchor);
    }
    return t;
  }

  /** "Thanksgiving Day", "a year and a half", "these days", "almost a decade": words around SUTime's extent; null for none. */
  private static @Nullable TimeExpression worded(TimeExpression t, String text, String before, @Nullable LocalDate anchor) {
    int start = t.span().start();
    int end = t.span().end();
    if (t.type() == TimexType.DATE && HOLIDAY.matcher(t.text()).matches() && DAY_AFTER.matcher(text.substring(end)).find()) {
      // "Thanksgiving Day", "Independence Day": the day is part of the name.
      return widened(t, text, start, end + 4, t.type(), t.timex(), anchor);
    }
    if (t.type() == TimexType.DURATION && AND_HALVES.containsKey(t.timex()) && AND_A_HALF.matcher(text.substring(end)).find()) {
      // "a year and a half": eighteen months.
      return widened(t, text, start, end + " and a half".length(), t.type(), AND_HALVES.get(t.timex()), anchor);
    }
    if (t.text().equalsIgnoreCase("days") && THESE.matcher(before).find()) {
      // "these days": now, as "nowadays".
      return widened(t, text, start - (before.length() - before.toLowerCase(Locale.ROOT).lastIndexOf("these")), end, TimexType.DATE,
          "PRESENT_REF", anchor);
    }
    Matcher approximately = APPROXIMATELY.matcher(before);
    if (t.type() == TimexType.DURATION && approximately.find()) {
      return widened(t, text, start - (before.length() - approximately.start()), end, t.type(), t.timex(), anchor);
    }
    return null;
  }

  private static TimeExpression widened(TimeExpression t, String text, int start, int end, TimexType type, String value,
      @Nullable LocalDate anchor) {
    return TimeContext.with(t, text.substring(start, end), new Span(start, end), type, value, anchor);
  }

  /** {@code t} without words SUTime took in that are no part of it ("February before", "and 2020", "Monday, the same day"). */
  private static TimeExpression trimmed(TimeExpression t, String text, @Nullable LocalDate anchor) {
    Matcher trailing = TRAILING.matcher(t.text());
    Matcher leading = LEADING_AND.matcher(t.text());
    Matcher sameDay = WEEKDAY_SAME_DAY.matcher(t.text());
    if (trailing.matches() && Anaphora.shift(t.text()) == null) {
      // "arrived in [February] before going missing": the conjunction is no part of the date.
      return TimeContext.with(t, trailing.group(1), new Span(t.span().start(), t.span().start() + trailing.end(1)), t.type(), t.timex(), anchor);
    }
    Matcher about = ABOUT_THE.matcher(t.text());
    if (about.matches()) {
      // "worried about the next 12 months": "about" is the preposition, not an approximation.
      return TimeContext.with(t, about.group(1), new Span(t.span().start() + about.start(1), t.span().end()), t.type(), t.timex(), anchor);
    }
    if (leading.matches()) {
      return TimeContext.with(t, leading.group(1), new Span(t.span().start() + leading.start(1), t.span().end()), t.type(), t.timex(), anchor);
    }
    if (sameDay.matches() && anchor != null) {
      // "on Monday, the same day that ...": SUTime valued the whole as the anchor; the weekday is the date.
      Span span = new Span(t.span().start(), t.span().start() + sameDay.end(1));
      return TimeContext.with(t, sameDay.group(1), span, TimexType.DATE, lastWeekday(sameDay.group(1), anchor).toString(), anchor);
    }
    return t;
  }

  /** The last {@code weekday} up to {@code anchor}; a later pass moves it forward where the verb looks ahead. */
  private static LocalDate lastWeekday(String weekday, LocalDate anchor) {
    java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
    return anchor.with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
  }
}
