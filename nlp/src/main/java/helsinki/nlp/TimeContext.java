package helsinki.nlp;

import helsinki.core.Sentence;
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
 * What a document's time expressions owe to their context, after SUTime has valued each alone: the
 * year of a month or quarter written without one, chosen by tense ({@link YearChoice}); dates counted
 * from the last date mentioned ({@link Anaphora}); and TimeML's extents and type for frequencies
 * ("twice a year", "once a month" are one SET) and fiscal years ("fiscal 2015"). Pure.
 */
final class TimeContext {

  private static final Pattern FREQUENCY = Pattern.compile("(?i)\\b(?:once|twice|thrice|\\S+ times)\\s+$");
  private static final Pattern FISCAL = Pattern.compile("(?i)\\bfiscal(?:\\s+year)?\\s+$");

  private static final Pattern ORDINAL_TAIL = Pattern.compile("(?i)(.+?)\\s+(?:in|on|at|for) the (?:second|minute|hour)s?");
  private static final Pattern UNCLOCKED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})TXX:XX");
  private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d{2})\\s*[-\u2013/]\\s*(\\d{2}|(?:19|20)\\d{2})");
  private static final Pattern HALF = Pattern.compile("(?i)\\bhalf\\s+$");
  private static final java.util.Map<String, String> HALVES = java.util.Map.of("PT1H", "PT30M", "P1D", "PT12H", "P1Y", "P6M");
  // "adjourned the day after." — the word after the unit belongs to the expression when nothing follows it.
  private static final Pattern SIDE = Pattern.compile("^(\\s+(?:before|after))(?=[.,;:]|\\s+and\\b|\\s*$)");

  // Seasons and decades SUTime finds without their article ("in [the] autumn", "[the] early 1990s").
  private static final Pattern SEASON = Pattern.compile("(?i)(?:(?:early|late|mid)[- ]?)?(?:spring|summer|autumn|fall|winter|\\d{3}0'?s)");
  private static final Pattern THE = Pattern.compile("(?i)\\bthe\\s+$");

  private static final Pattern DAY_OR_MONTH = Pattern.compile("\\d{4}(-\\d{2}(?:-\\d{2})?)");
  private static final Pattern PARTNER_YEAR = Pattern.compile("\\s*,?\\s*(?:and|to|through|until|or|-|\u2013)\\s+"
      + "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?((?:19|20)\\d{2})\\b");
  private static final Pattern MONTH_OF = Pattern.compile("(?i).+\\s+of (?:that|the same) year");
  private static final Pattern OF_THAT_YEAR = Pattern.compile("(?i)\\s+of (?:that|the same) year\\b");
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern TRAILING = Pattern.compile("(?i)(.+?)\\s+(?:before|after)");
  private static final Pattern LEADING_AND = Pattern.compile("(?i)(?:and|or)\\s+(.+)");
  private static final Pattern WEEKDAY_SAME_DAY = Pattern.compile(
      "(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+the (?:same )?day");
  private static final Pattern DAY_WORD = Pattern.compile("(?i)day|morning|afternoon|evening|night");
  private static final Pattern POINTING = Pattern.compile("(?i)\\b(?:that|the same|the next|the following|the previous)\\s+$");
  private static final Pattern SINCE = Pattern.compile("(?i)since\\b");
  private static final Pattern THE_QUARTER = Pattern.compile("(?i)(?:the|that) quarter");

  private TimeContext() {}

  /** {@code times} (in text order) with their values and extents set by context. */
  static List<TimeExpression> resolve(List<TimeExpression> times, List<Sentence> sentences, String text,
      @Nullable LocalDate anchor) {
    List<TimeExpression> out = new ArrayList<>();
    String reference = null;
    String quarter = null;
    for (TimeExpression found : extents(times, text, anchor)) {
      TimeExpression t = Neighbours.check(found, sentences, text);
      if (t == null) {
        continue;
      }
      TimeExpression r = anchor == null ? t : sharedYear(t, text, anchor);
      r = anchor == null || r != t ? r : value(t, sentences, reference, anchor);
      if (quarter != null && THE_QUARTER.matcher(r.text()).matches()) {
        // "Revenue in the quarter": the quarter last named ("the third quarter"), not the anchor's.
        r = with(r, r.text(), r.span(), TimexType.DATE, quarter, anchor);
      }
      out.add(r);
      if ((r.type() == TimexType.DATE || r.type() == TimexType.TIME) && Anaphora.isReference(r.timex())) {
        reference = r.timex();
      }
      quarter = r.timex().matches("\\d{4}-Q[1-4]") ? r.timex() : quarter;
    }
    return out;
  }

  /**
   * "In June and July 2018", "from August through November 2018", "on January 27 and 28, 2020": a month
   * or day without a year takes the year written after its partner; {@code t} itself when there is none.
   */
  private static TimeExpression sharedYear(TimeExpression t, String text, LocalDate anchor) {
    Matcher value = DAY_OR_MONTH.matcher(t.timex());
    if (t.type() != TimexType.DATE || !value.matches() || t.text().matches(".*\\d{4}.*")) {
      return t;
    }
    Matcher partner = PARTNER_YEAR.matcher(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 40)));
    if (!partner.lookingAt()) {
      return t;
    }
    return with(t, t.text(), t.span(), t.type(), partner.group(1) + value.group(1), anchor);
  }

  private static TimeExpression value(TimeExpression t, List<Sentence> sentences, @Nullable String reference, LocalDate anchor) {
    if (t.type() != TimexType.DATE && t.type() != TimexType.TIME) {
      return t;
    }
    Matcher monthOf = MONTH_OF.matcher(t.text());
    if (monthOf.matches() && reference != null && reference.length() >= 4 && MONTH_VALUE.matcher(t.timex()).matches()) {
      return with(t, t.text(), t.span(), t.type(), reference.substring(0, 4) + t.timex().substring(4), anchor);
    }
    Anaphora.Shift shift = Anaphora.shift(t.text());
    if (shift != null && (t.type() == TimexType.DATE || !shift.part().isEmpty())) {
      String value = reference == null ? null : Anaphora.resolve(shift, reference);
      if (value == null) {
        value = Anaphora.resolve(shift, anchor.toString());
      }
      return value == null ? t : with(t, t.text(), t.span(), t.type(), value, anchor);
    }
    Sentence sentence = sentences.stream()
        .filter(s -> s.span().start() <= t.span().start() && t.span().start() < s.span().end())
        .findFirst().orElse(null);
    Tenses.Tense tense = sentence == null ? Tenses.Tense.UNKNOWN : Tenses.of(sentence.tokens(), t.span());
    if (!YearChoice.applies(t.text())) {
      // Without any verb (a headline, a dateline) a bare weekday is the last one up to the anchor, as
      // HeidelTime reads news; a present verb ("the talks resume Monday") may look either way: SUTime's stays.
      TimeMlConventions.Tense side = switch (tense) {
        case FUTURE -> TimeMlConventions.Tense.FUTURE;
        case PAST, UNKNOWN -> TimeMlConventions.Tense.PAST;
        case PRESENT -> TimeMlConventions.Tense.UNKNOWN;
      };
      String day = TimeMlConventions.bareWeekday(t.text(), new TimeMlConventions.Value(t.type(), t.timex()), anchor, side).value();
      return day.equals(t.timex()) ? t : with(t, t.text(), t.span(), t.type(), day, anchor);
    }
    // "the abductions since December": what runs since a month began before the anchor.
    String value = YearChoice.choose(t.timex(), anchor, SINCE.matcher(t.text()).lookingAt() ? Tenses.Tense.PAST : tense);
    return value.equals(t.timex()) ? t : with(t, t.text(), t.span(), t.type(), value, anchor);
  }

  /** Frequencies and fiscal years with the words TimeML puts inside them. */
  private static List<TimeExpression> extents(List<TimeExpression> times, String text, @Nullable LocalDate anchor) {
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
        Span span = new Span(t.span().start(), t.span().end() + ofThatYear.end());
        out.add(with(t, text.substring(span.start(), span.end()), span, t.type(), t.timex(), anchor));
        continue;
      }
      String before = text.substring(Math.max(0, t.span().start() - 24), t.span().start());
      Matcher frequency = FREQUENCY.matcher(before);
      Matcher fiscal = FISCAL.matcher(before);
      Matcher range = YEAR_RANGE.matcher(t.text());
      Matcher ordinal = ORDINAL_TAIL.matcher(t.text());
      Matcher unclocked = UNCLOCKED.matcher(t.timex());
      if (ordinal.matches() && unclocked.matches()) {
        // "Wednesday in the second of two cases": SUTime read "second" as a clock unit.
        Span span = new Span(t.span().start(), t.span().start() + ordinal.end(1));
        out.add(with(t, ordinal.group(1), span, TimexType.DATE, unclocked.group(1), anchor));
      } else if (range.matches()) {
        // "the 2007-2008 food crisis": TimeML has two years where SUTime reads one duration.
        int base = t.span().start();
        String second = range.group(2).length() == 2 ? range.group(1).substring(0, 2) + range.group(2) : range.group(2);
        out.add(with(t, range.group(1), new Span(base + range.start(1), base + range.end(1)), TimexType.DATE, range.group(1), anchor));
        out.add(with(t, range.group(2), new Span(base + range.start(2), base + range.end(2)), TimexType.DATE, second, anchor));
      } else if ((t.type() == TimexType.SET || t.type() == TimexType.DURATION) && frequency.find()) {
        int start = t.span().start() - (before.length() - frequency.start());
        // SUTime reads "once" alone as a past time; it belongs to the frequency.
        out.removeIf(o -> o.span().start() >= start && o.span().end() <= t.span().start());
        Span span = new Span(start, t.span().end());
        out.add(with(t, text.substring(span.start(), span.end()), span, TimexType.SET, t.timex(), anchor));
      } else if (t.type() == TimexType.DURATION && HALF.matcher(before).find() && HALVES.containsKey(t.timex())) {
        Span span = new Span(t.span().start() - (before.length() - before.toLowerCase(Locale.ROOT).lastIndexOf("half")), t.span().end());
        out.add(with(t, text.substring(span.start(), span.end()), span, t.type(), HALVES.get(t.timex()), anchor));
      } else if (t.type() == TimexType.DATE && Anaphora.shift(t.text()) == null
          && Anaphora.shift(t.text() + " after") != null && SIDE.matcher(text.substring(t.span().end())).find()) {
        Matcher side = SIDE.matcher(text.substring(t.span().end()));
        side.find();
        Span span = new Span(t.span().start(), t.span().end() + side.end(1));
        out.add(with(t, text.substring(span.start(), span.end()), span, t.type(), t.timex(), anchor));
      } else if (t.type() == TimexType.DATE && SEASON.matcher(t.text()).matches() && THE.matcher(before).find()) {
        Span span = new Span(t.span().start() - (before.length() - before.toLowerCase(Locale.ROOT).lastIndexOf("the")), t.span().end());
        out.add(with(t, text.substring(span.start(), span.end()), span, t.type(), t.timex(), anchor));
      } else if (DAY_WORD.matcher(t.text()).matches() && POINTING.matcher(before).find()) {
        // "sentenced that day", "until the following morning": SUTime left the pointing words out.
        Matcher pointing = POINTING.matcher(before);
        pointing.find();
        Span span = new Span(t.span().start() - (before.length() - pointing.start()), t.span().end());
        TimexType type = t.text().equalsIgnoreCase("day") ? TimexType.DATE : TimexType.TIME;
        out.add(with(t, text.substring(span.start(), span.end()), span, type, t.timex(), anchor));
      } else if (t.timex().startsWith("FY") && fiscal.find()) {
        Span span = new Span(t.span().start() - (before.length() - fiscal.start()), t.span().end());
        out.add(with(t, text.substring(span.start(), span.end()), span, t.type(), t.timex(), anchor));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** {@code t} without words SUTime took in that are no part of it ("February before", "and 2020", "Monday, the same day"). */
  private static TimeExpression trimmed(TimeExpression t, String text, @Nullable LocalDate anchor) {
    Matcher trailing = TRAILING.matcher(t.text());
    Matcher leading = LEADING_AND.matcher(t.text());
    Matcher sameDay = WEEKDAY_SAME_DAY.matcher(t.text());
    if (trailing.matches() && Anaphora.shift(t.text()) == null) {
      // "arrived in [February] before going missing": the conjunction is no part of the date.
      return with(t, trailing.group(1), new Span(t.span().start(), t.span().start() + trailing.end(1)), t.type(), t.timex(), anchor);
    }
    if (leading.matches()) {
      return with(t, leading.group(1), new Span(t.span().start() + leading.start(1), t.span().end()), t.type(), t.timex(), anchor);
    }
    if (sameDay.matches() && anchor != null) {
      // "on Monday, the same day that ...": SUTime valued the whole as the anchor; the weekday is the date.
      Span span = new Span(t.span().start(), t.span().start() + sameDay.end(1));
      return with(t, sameDay.group(1), span, TimexType.DATE, lastWeekday(sameDay.group(1), anchor).toString(), anchor);
    }
    return t;
  }

  /** The last {@code weekday} up to {@code anchor}; a later pass moves it forward where the verb looks ahead. */
  private static LocalDate lastWeekday(String weekday, LocalDate anchor) {
    java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
    return anchor.with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
  }

  private static TimeExpression with(TimeExpression t, String text, Span span, TimexType type, String value,
      @Nullable LocalDate anchor) {
    DateRange days = TimexNormalizer.days(value, type, modifier(text), anchor);
    return new TimeExpression(text, span, type, value, days.start(), days.end());
  }

  /** The modifier that an expression's first word carries ("late May", "since April", "mid-May"). */
  private static TimeModifier modifier(String text) {
    String first = text.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    if (first.startsWith("mid-")) {
      return TimeModifier.MID;
    }
    TimeModifier modifier = TimeModifier.ofWord(first);
    return modifier == TimeModifier.NONE && text.toLowerCase(Locale.ROOT).startsWith("the end of") ? TimeModifier.LATE : modifier;
  }
}
