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
 * from the last date mentioned ({@link Anaphora}); the year a month shares with its partner ("June
 * and July 2018"); after TimeML's extents ({@link Extents}) and without what is no time expression
 * ({@link Neighbours}). Pure.
 */
final class TimeContext {

  private static final Pattern DAY_OR_MONTH = Pattern.compile("\\d{4}(-\\d{2}(?:-\\d{2})?)");
  private static final Pattern PARTNER_YEAR = Pattern.compile("\\s*,?\\s*(?:and|to|through|until|or|-|\u2013)\\s+"
      + "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?((?:19|20)\\d{2})\\b");
  private static final Pattern MONTH_OF = Pattern.compile("(?i).+\\s+of (?:that|the same) year");
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern SINCE = Pattern.compile("(?i)since\\b");
  private static final Pattern THE_QUARTER = Pattern.compile("(?i)(?:the|that) quarter");
  private static final Pattern CLOCK = Pattern.compile("(?i)(?:(?:at|about|around|shortly after|just after|just before|before|after) )?"
      + "\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.m\\.?|p\\.m\\.?|am|pm|h)?(?: local time| GMT| UTC)?");
  private static final Pattern REFERENCE_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern YEAR_AGO_QUARTER = Pattern.compile("(?i)the year-(?:earlier|ago) quarter");
  private static final Pattern DAWN = Pattern.compile("(?i)dawn|daybreak|first light");
  private static final Pattern MILITARY = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)");
  private static final Pattern ZONE_AFTER = Pattern.compile("\\s+(?:GMT|UTC|Z|local time|hours|hrs)\\b");
  private static final Pattern BETWEEN = Pattern.compile("(?i)\\s*(?:GMT|UTC|local time|hours|hrs)?\\s*(?:on\\s+)?,?\\s*");
  private static final Pattern SIGNAL_BEFORE = Pattern.compile("(?i)\\b(since|until|till|by)\\s+$");
  private static final Pattern SIGNAL_INSIDE = Pattern.compile("(?i)(since|until|till|by)\\s");

  private TimeContext() {}

  /** {@code times} (in text order) with their values and extents set by context. */
  static List<TimeExpression> resolve(List<TimeExpression> times, List<Sentence> sentences, String text,
      @Nullable LocalDate anchor) {
    List<TimeExpression> out = new ArrayList<>();
    String reference = null;
    String quarter = null;
    for (TimeExpression found : Extents.of(times, text, anchor)) {
      TimeExpression t = Neighbours.check(found, sentences, text, anchor);
      if (t == null) {
        continue;
      }
      TimeExpression r = anchor == null ? t : sharedYear(t, text, anchor);
      r = anchor == null || r != t ? r : value(t, sentences, reference, anchor, signal(t, text));
      if (quarter != null && THE_QUARTER.matcher(r.text()).matches()) {
        // "Revenue in the quarter": the quarter last named ("the third quarter"), not the anchor's.
        r = with(r, r.text(), r.span(), TimexType.DATE, quarter, anchor);
      } else if (quarter != null && YEAR_AGO_QUARTER.matcher(r.text()).matches()) {
        // "from the year-earlier quarter": the quarter last named, a year back.
        r = with(r, r.text(), r.span(), TimexType.DATE, (Integer.parseInt(quarter.substring(0, 4)) - 1) + quarter.substring(4), anchor);
      }
      out.add(r);
      boolean clock = MILITARY.matcher(r.text()).matches() && ZONE_AFTER.matcher(text.substring(r.span().end())).lookingAt();
      if ((r.type() == TimexType.DATE || r.type() == TimexType.TIME) && Anaphora.isReference(r.timex()) && !clock) {
        reference = r.timex();
      }
      quarter = r.timex().matches("\\d{4}-Q[1-4]") ? r.timex() : quarter;
    }
    return anchor == null ? out : dawns(out, text, anchor);
  }

  /**
   * "at dawn on Sunday", "at 0600 GMT on Wednesday": the morning, or the clock time of a four-digit
   * hour, of the day named right after it (else of the anchor); SUTime gave a date and a year.
   */
  private static List<TimeExpression> dawns(List<TimeExpression> out, String text, LocalDate anchor) {
    List<TimeExpression> fixed = new ArrayList<>(out);
    for (int i = 0; i < fixed.size(); i++) {
      TimeExpression t = fixed.get(i);
      Matcher hours = MILITARY.matcher(t.text());
      boolean dawn = DAWN.matcher(t.text()).matches();
      boolean military = hours.matches() && ZONE_AFTER.matcher(text.substring(t.span().end())).lookingAt();
      if (!dawn && !military) {
        continue;
      }
      String day = anchor.toString();
      if (i + 1 < fixed.size() && BETWEEN.matcher(text.substring(t.span().end(), fixed.get(i + 1).span().start())).matches()
          && REFERENCE_DAY.matcher(fixed.get(i + 1).timex()).lookingAt()) {
        day = fixed.get(i + 1).timex().substring(0, 10);
      }
      String value = dawn ? day + "TMO" : day + "T" + hours.group(1) + ":" + hours.group(2);
      fixed.set(i, with(t, t.text(), t.span(), TimexType.TIME, value, anchor));
    }
    return fixed;
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

  /** "since", "until" or "by" when it opens the expression or comes just before it, else "". */
  private static String signal(TimeExpression t, String text) {
    Matcher inside = SIGNAL_INSIDE.matcher(t.text());
    Matcher before = SIGNAL_BEFORE.matcher(text.substring(Math.max(0, t.span().start() - 12), t.span().start()));
    String word = inside.lookingAt() ? inside.group(1) : before.find() ? before.group(1) : "";
    return word.toLowerCase(Locale.ROOT);
  }

  private static TimeExpression value(TimeExpression t, List<Sentence> sentences, @Nullable String reference, LocalDate anchor,
      String signal) {
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
    String clock = clockOnDay(t, reference, anchor, tense);
    if (clock != null) {
      return with(t, t.text(), t.span(), t.type(), clock, anchor);
    }
    if (!YearChoice.applies(t.text())) {
      // Without any verb (a headline, a dateline) a bare weekday is the last one up to the anchor, as
      // HeidelTime reads news; a present verb ("the talks resume Monday") may look either way: SUTime's stays.
      // "since Saturday" lies before the anchor; "have until Monday", "by Friday" after it.
      TimeMlConventions.Tense side = signal.equals("since") ? TimeMlConventions.Tense.PAST : switch (tense) {
        case FUTURE -> TimeMlConventions.Tense.FUTURE;
        case PAST, UNKNOWN -> TimeMlConventions.Tense.PAST;
        case PRESENT -> headline(sentence) ? TimeMlConventions.Tense.PAST : TimeMlConventions.Tense.FUTURE;
      };
      String day = TimeMlConventions.bareWeekday(t.text(), new TimeMlConventions.Value(t.type(), t.timex()), anchor, side).value();
      return day.equals(t.timex()) ? t : with(t, t.text(), t.span(), t.type(), day, anchor);
    }
    // "the abductions since December": what runs since a month began before the anchor.
    String value = YearChoice.choose(t.timex(), anchor, SINCE.matcher(t.text()).lookingAt() || signal.equals("since") ? Tenses.Tense.PAST : tense);
    return value.equals(t.timex()) ? t : with(t, t.text(), t.span(), t.type(), value, anchor);
  }

  /** A line without closing punctuation, where news writes the past in the present ("Rebels seize town Sunday"). */
  private static boolean headline(@Nullable Sentence sentence) {
    return sentence != null && !sentence.tokens().isEmpty()
        && !sentence.tokens().get(sentence.tokens().size() - 1).tag().matches("\\.|''|-RRB-");
  }

  /**
   * "The quake struck on Friday ... at 2:46 p.m.": a clock time of the past without a day of its own
   * falls on the day last named (SUTime put it on the anchor's); null when that does not apply.
   */
  private static @Nullable String clockOnDay(TimeExpression t, @Nullable String reference, LocalDate anchor, Tenses.Tense tense) {
    if (t.type() != TimexType.TIME || tense != Tenses.Tense.PAST || reference == null || !CLOCK.matcher(t.text()).matches()
        || !t.timex().startsWith(anchor + "T")) {
      return null;
    }
    Matcher day = REFERENCE_DAY.matcher(reference);
    return day.lookingAt() && day.group().compareTo(anchor.toString()) < 0 ? day.group() + t.timex().substring(10) : null;
  }

  /** {@code t} with this text, span, type and value, and the days they cover. */
  static TimeExpression with(TimeExpression t, String text, Span span, TimexType type, String value,
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
