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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Time expressions that SUTime does not find because CoreNLP's tokenizer keeps them in one token
 * ("mid-2011", "mid-March", "year-end") or its rules lack them ("fiscal 2014"), written in TimeML's
 * values: a fiscal year is FY and the year; "year-end" is the anchor's year (its end).
 */
final class MissedTimes {

  private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
  private static final Pattern FISCAL = Pattern.compile("\\b[Ff]iscal (?:[Yy]ear )?((?:19|20)\\d{2})\\b");
  private static final Pattern MID_YEAR = Pattern.compile("\\b[Mm]id-((?:19|20)\\d{2})\\b");
  private static final Pattern MID_MONTH = Pattern.compile("\\b[Mm]id-(" + MONTHS + ")\\b");
  private static final Pattern YEAR_END = Pattern.compile("\\b(?:the )?[Yy]ear-end\\b");

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
    }
    all.sort(Comparator.comparingInt(t -> t.span().start()));
    return all;
  }

  private interface Valuer {
    String value(Matcher m);
  }

  private static void scan(List<TimeExpression> all, Pattern pattern, String text, Valuer valuer,
      TimeModifier modifier, @Nullable LocalDate anchor) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      if (all.stream().anyMatch(t -> t.span().start() < span.end() && span.start() < t.span().end())) {
        continue;
      }
      String value = valuer.value(m);
      DateRange days = TimexNormalizer.days(value, TimexType.DATE, modifier, anchor);
      all.add(new TimeExpression(m.group(), span, TimexType.DATE, value, days.start(), days.end()));
    }
  }
}
