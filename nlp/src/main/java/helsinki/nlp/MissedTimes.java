package helsinki.nlp;

import helsinki.core.Span;
import helsinki.core.TimeExpression;
import helsinki.core.TimexType;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Time expressions that SUTime does not find because CoreNLP's tokenizer keeps them in one token
 * ("mid-2011", "mid-March", "year-end", "decade-long") or its rules lack them ("fiscal 2014", "the first
 * half", "each year", "a long time ago"), written in TimeML's
 * values: a fiscal year is FY and the year; "year-end" is the anchor's year (its end).
 */
final class MissedTimes {

  private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
  private static final Pattern FISCAL = Pattern.compile("\\b[Ff]iscal (?:[Yy]ear )?((?:19|20)\\d{2})\\b");
  private static final Pattern MID_YEAR = Pattern.compile("\\b[Mm]id-((?:19|20)\\d{2})\\b");
  private static final Pattern MID_MONTH = Pattern.compile("\\b[Mm]id-(" + MONTHS + ")\\b");
  private static final Pattern YEAR_END = Pattern.compile("\\b(?:the )?[Yy]ear-end\\b");
  private static final Pattern HALF = Pattern.compile(
      "\\b[Tt]he (first|second) half(?: of ((?:19|20)\\d{2}|the year|this year|last year|next year))?\\b");
  private static final Pattern FIRST = Pattern.compile("\\b[Tt]he first (two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2}) "
      + "(days|weeks|months|years)(?: of (?:the year|this year|last year|(?:19|20)\\d{2}))?\\b");
  private static final Pattern NOWADAYS = Pattern.compile("\\b[Nn]owadays\\b");
  private static final Pattern LONG_AGO = Pattern.compile("\\b(?:[Aa] long time|[Ll]ong) ago\\b");
  private static final Pattern LONG = Pattern.compile("\\b(?:[Dd]ecade|[Yy]ear|[Mm]onth|[Ww]eek|[Dd]ay|[Cc]entury)-long\\b");
  // "the year-earlier quarter", "the year-ago period": the year before; TimeContext moves a quarter back from the one named.
  private static final Pattern YEAR_AGO = Pattern.compile("\\b[Tt]he year-(?:earlier|ago) (?:quarter|period|month)\\b");
  private static final Pattern EACH = Pattern.compile("\\b(?:[Ee]ach|[Ee]very) (day|week|month|quarter|year)\\b");
  // A year before a noun ("the 2012 elections") or after a preposition, which SUTime can take for a number.
  private static final Pattern YEAR = Pattern.compile("\\b(?:(?:[Tt]he|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom) )((?:19|20)\\d{2})(?= [a-z]|[.,;])");

  private MissedTimes() {}

  /** {@code found} with the expressions of these kinds that overlap none of it, in text order. */
  static List<TimeExpression> add(List<TimeExpression> found, String text, @Nullable LocalDate anchor) {
    List<TimeExpression> all = new ArrayList<>(found);
    scan(all, FISCAL, text, m -> "FY" + m.group(1), TimeModifier.NONE, anchor);
    scan(all, MID_YEAR, text, m -> m.group(1), TimeModifier.MID, anchor);
    if (anchor != null) {
      scan(all, MID_MONTH, text, m -> String.format(Locale.ROOT, "%d-%02d", anchor.getYear(),
          Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue()), TimeModifier.MID, anchor);
      scan(all, YEAR_END, text, m -> Integer.toString(anchor.getYear()), TimeModifier.LATE, anchor);
      halves(all, text, anchor);
      scan(all, YEAR_AGO, text, m -> Integer.toString(anchor.getYear() - 1), TimeModifier.NONE, anchor);
    }
    firsts(all, text, anchor);
    scan(all, LONG_AGO, text, m -> "PAST_REF", TimeModifier.NONE, anchor);
    scan(all, NOWADAYS, text, m -> "PRESENT_REF", TimeModifier.NONE, anchor);
    scan(all, LONG, text, m -> "P1" + unit(m.group().toLowerCase(Locale.ROOT)), TimeModifier.NONE, anchor, TimexType.DURATION);
    scan(all, EACH, text, m -> "P1" + Character.toUpperCase(m.group(1).charAt(0)), TimeModifier.NONE, anchor, TimexType.SET);
    scanYears(all, text, anchor);
    all.sort(Comparator.comparingInt(t -> t.span().start()));
    return all;
  }

  private interface Valuer {
    String value(Matcher m);
  }

  private static void scan(List<TimeExpression> all, Pattern pattern, String text, Valuer valuer,
      TimeModifier modifier, @Nullable LocalDate anchor) {
    scan(all, pattern, text, valuer, modifier, anchor, TimexType.DATE);
  }

  private static void scan(List<TimeExpression> all, Pattern pattern, String text, Valuer valuer,
      TimeModifier modifier, @Nullable LocalDate anchor, TimexType type) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      if (all.stream().anyMatch(t -> t.span().start() < span.end() && span.start() < t.span().end())) {
        continue;
      }
      all.add(expression(m.group(), span, type, valuer.value(m), modifier, anchor));
    }
  }

  private static TimeExpression expression(String text, Span span, TimexType type, String value, TimeModifier modifier,
      @Nullable LocalDate anchor) {
    DateRange days = TimexNormalizer.days(value, type, modifier, anchor);
    return new TimeExpression(text, span, type, value, days.start(), days.end());
  }

  /** A year that SUTime left out, only where it is plainly a year ("the 2012 elections", "in 2015,"). */
  private static void scanYears(List<TimeExpression> all, String text, @Nullable LocalDate anchor) {
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      Span span = new Span(m.start(1), m.end(1));
      if (all.stream().noneMatch(t -> t.span().start() < span.end() && span.start() < t.span().end())) {
        all.add(expression(m.group(1), span, TimexType.DATE, m.group(1), TimeModifier.NONE, anchor));
      }
    }
  }

  /** The TimeML unit of "decade-long", "year-long" and the like. */
  private static String unit(String longWord) {
    return switch (longWord.substring(0, longWord.indexOf('-'))) {
      case "decade" -> "DE";
      case "century" -> "CE";
      case "month" -> "M";
      case "week" -> "W";
      case "day" -> "D";
      default -> "Y";
    };
  }

  /** "the first nine months of the year": a duration, in place of "the year" that SUTime found inside. */
  private static void firsts(List<TimeExpression> all, String text, @Nullable LocalDate anchor) {
    Matcher m = FIRST.matcher(text);
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      if (crosses(all, span)) {
        continue;
      }
      all.removeIf(t -> span.start() <= t.span().start() && t.span().end() <= span.end());
      OptionalLong n = NumberWords.value(List.of(m.group(1)));
      String count = n.isPresent() ? Long.toString(n.getAsLong()) : m.group(1);
      String value = "P" + count + Character.toUpperCase(m.group(2).charAt(0));
      all.add(expression(m.group(), span, TimexType.DURATION, value, TimeModifier.NONE, anchor));
    }
  }

  /** Whether an expression found so far straddles an edge of {@code span}. */
  private static boolean crosses(List<TimeExpression> all, Span span) {
    return all.stream().anyMatch(t -> t.span().start() < span.start() && span.start() < t.span().end()
        || t.span().start() < span.end() && span.end() < t.span().end());
  }

  /**
   * "the first half", "the second half of 2013": TimeML's H1 and H2, taking the place of the year that
   * SUTime found inside; the year of a bare half is the anchor's until {@link YearChoice} reads the tense.
   */
  private static void halves(List<TimeExpression> all, String text, LocalDate anchor) {
    Matcher m = HALF.matcher(text);
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      if (crosses(all, span)) {
        continue;
      }
      String of = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
      int year = switch (of) {
        case "last year" -> anchor.getYear() - 1;
        case "next year" -> anchor.getYear() + 1;
        case "", "the year", "this year" -> anchor.getYear();
        default -> Integer.parseInt(of);
      };
      all.removeIf(t -> span.start() <= t.span().start() && t.span().end() <= span.end());
      String value = year + (m.group(1).equals("first") ? "-H1" : "-H2");
      all.add(expression(m.group(), span, TimexType.DATE, value, TimeModifier.NONE, anchor));
    }
  }
}
