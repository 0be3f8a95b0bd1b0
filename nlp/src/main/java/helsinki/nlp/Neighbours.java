package helsinki.nlp;

import helsinki.core.Sentence;
import helsinki.core.Span;
import helsinki.core.TimeExpression;
import helsinki.core.TimexType;
import helsinki.core.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the words around an expression say about whether, and as what, it is a time expression:
 * one word tagged as a verb ("will present a report") is none; ages ("a 36-year-old activist", "three
 * years old") and fractions ("three quarters of the vote") are none, as in TimeBank (HeidelTime's
 * English rules remove them too); "the past" before a noun ("the past session") is none; "a year"
 * after an amount ("$35,000 a year", "4 percent a year") is a rate, a SET; "once" and "time" alone
 * ("once again", "at the time") are none, nor is "present" but in "the present", "at present", nor a
 * preposition ("rode past the hospital"), a count ("now in its second day") or a time word inside a
 * name ("the Winter Olympics", "the Daily Maverick"). Pure.
 */
final class Neighbours {

  private static final Pattern AGE = Pattern.compile("-olds?\\b|\\s(?:old|older|younger)$");
  private static final Pattern AGE_AFTER = Pattern.compile("-?\\s*(?:old|older|younger)\\b|-olds?\\b");
  private static final Pattern FRACTION_AFTER = Pattern.compile("\\s+of\\b");
  private static final Pattern QUARTERS = Pattern.compile("(?:a|an|one|two|three|\\d+)[- ]quarters?");
  private static final Pattern RATE = Pattern.compile("(?:a|an|per) (?:year|month|week|day|hour)");
  private static final Pattern AMOUNT = Pattern.compile("(?i)\\d[\\d,.]*|%|percent|per cent|cents?|dollars?|euros?|pounds?|points?|"
      + "million|billion|thousand|hundred");

  private static final Pattern COMMON = Pattern.compile("(?i)spring|summer|autumn|fall|winter|daily|weekly|monthly|"
      + "annual|quarterly|today|tomorrow|now|present|future|past|morning|afternoon|evening");
  private static final Pattern CALENDAR = Pattern.compile("(?i)\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
      + "day|eve|year|christmas|easter|ramadan|thanksgiving|halloween|spring|summer|autumn|fall|winter");
  private static final Pattern NUMBERED = Pattern.compile("(?i)\\d(?:st|nd|rd|th)\\s+(?:day|week|month|year)");
  private static final Pattern POSSESSIVE = Pattern.compile("(?i)its|his|her|their|our|a|the");
  private static final Pattern ORDINAL = Pattern.compile("(?i)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)) "
      + "(?:day|week|month|year)");

  private static final Pattern BARE_UNITS = Pattern.compile("(?i)days|weeks|months|years|decades");
  private static final Pattern QUANTIFIER = Pattern.compile("(?i)many|several|few|some|recent|past|coming|next|last|"
      + "following|previous|numerous|countless|early|final|first");
  private static final Pattern SINGLE_UNIT = Pattern.compile("(?i)day|week|month|quarter|year|session");
  private static final Pattern COUNTED = Pattern.compile("(?i)(?:the |a )?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
      + "\\d+(?:st|nd|rd|th)) (?:day|week|month|quarter|year|session)s?(?: in a row)(?:\\W.*)?");
  private static final Pattern IN_A_ROW = Pattern.compile("(?i)consecutive|straight|successive|running");
  private static final Pattern YEAR_ON_YEAR = Pattern.compile("(?i)year[- ]on[- ]year");
  private static final Pattern WEEKDAY = Pattern.compile("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");
  private static final Pattern CALENDAR_NAME = Pattern.compile("(?i)jan.*|feb.*|mar.*|apr.*|may|jun.*|jul.*|aug.*|sep.*|oct.*|nov.*|dec.*|"
      + "morning|afternoon|evening|night|GMT|UTC|EST|EDT|ET|PST|PDT|BST|CET");
  private static final Pattern UNIT = Pattern.compile("(?i)(seconds?|minutes?|hours?|days?|weeks?|months?|years?)");

  private Neighbours() {}

  /** {@code t} as TimeML would have it, or null when it is no time expression. */
  static @Nullable TimeExpression check(TimeExpression t, List<Sentence> sentences, String text) {
    return check(t, sentences, text, null);
  }

  /** As {@link #check(TimeExpression, List, String)}, with the anchor that values a reshaped expression. */
  static @Nullable TimeExpression check(TimeExpression t, List<Sentence> sentences, String text, @Nullable LocalDate anchor) {
    List<Token> tokens = sentence(t, sentences);
    int first = first(tokens, t.span());
    int last = first;
    while (last < tokens.size() && tokens.get(last).span().start() < t.span().end()) {
      last++;
    }
    if (last - first == 1 && tokens.get(first).tag().matches("VB.*|IN|TO") || notTime(t, text) || name(tokens, first, last)) {
      return null;
    }
    if (last > first && tokens.subList(first, last).stream().allMatch(k -> k.tag().startsWith("NNP"))
        && !CALENDAR.matcher(t.text()).find()) {
      // "General Zaw Min Tun", "the HR director": names SUTime read as minutes or hours.
      return null;
    }
    if (count(t, tokens, first, last, text)) {
      return null;
    }
    TimeExpression lasting = lastingFor(t, tokens, first, last, anchor);
    if (lasting != null) {
      return lasting;
    }
    String words = t.text().toLowerCase(Locale.ROOT);
    if (words.equals("present") && (first == 0 || !tokens.get(first - 1).text().toLowerCase(Locale.ROOT).matches("the|at|until|to"))) {
      // "was present at the meeting": an adjective of place; "at present", "the present" are PRESENT_REF.
      return null;
    }
    if (words.matches("once|(?:the )?time")) {
      // SUTime's PAST_REF for "once again", "once the deal is signed", "at the time": no time expression.
      return null;
    }
    if (words.matches("(?:the )?past") && t.timex().equals("PAST_REF") && last < tokens.size()
        && tokens.get(last).tag().matches("NN.*|JJ.*|CD")) {
      return null;
    }
    if (t.type() == TimexType.DURATION && RATE.matcher(words).matches() && first > 0
        && AMOUNT.matcher(tokens.get(first - 1).text()).matches()) {
      return new TimeExpression(t.text(), t.span(), TimexType.SET, t.timex(), null, null);
    }
    return t;
  }

  /** Counts of days, weeks or rounds and other words that only look like times (see the class comment). */
  private static boolean count(TimeExpression t, List<Token> tokens, int first, int last, String text) {
    if (NUMBERED.matcher(t.text()).find()) {
      // "on their 1,000th day of action": a count, no date.
      return true;
    }
    if (first > 0 && POSSESSIVE.matcher(tokens.get(first - 1).text()).matches() && ORDINAL.matcher(t.text()).matches()
        && (last >= tokens.size() || !tokens.get(last).text().equalsIgnoreCase("of"))) {
      // "the strike, now in its second day", "protests for a third day": a count of days, no date.
      return true;
    }
    if (first > 0 && SINGLE_UNIT.matcher(t.text()).matches() && IN_A_ROW.matcher(tokens.get(first - 1).text()).matches()
        || COUNTED.matcher(t.text() + text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 9))).matches()) {
      // "for a third consecutive week": a count of weeks, no time.
      return true;
    }
    return ordinalBeforeNoun(t, tokens, first, last) || unitOfKind(t, tokens, first) || notMonth(t) || yearOnYear(t, text)
        || weekdayName(t, tokens, first, last);
  }

  /** "a second round", "the second half of": SUTime's one second, where "second" is an ordinal. */
  private static boolean ordinalBeforeNoun(TimeExpression t, List<Token> tokens, int first, int last) {
    return t.text().toLowerCase(Locale.ROOT).matches("(?:a|the) second") && last < tokens.size()
        && tokens.get(last).tag().matches("NN.*|JJ.*|CD|IN");
  }

  /** "joined the march", "it may rain": English writes its months with a capital. */
  private static boolean notMonth(TimeExpression t) {
    return t.text().matches("march|may|june|august");
  }

  /** "rose 2 percent year on year": a comparison, no time. */
  private static boolean yearOnYear(TimeExpression t, String text) {
    int from = Math.max(0, t.span().start() - 8);
    int to = Math.min(text.length(), t.span().end() + 8);
    return t.text().equalsIgnoreCase("year") && YEAR_ON_YEAR.matcher(text.substring(from, to)).find();
  }

  /** "The Sunday Times", "the Monday Club": a weekday that opens a name. */
  private static boolean weekdayName(TimeExpression t, List<Token> tokens, int first, int last) {
    if (first >= tokens.size() || !WEEKDAY.matcher(tokens.get(first).text()).matches() || first + 1 >= tokens.size()
        || last - first > 2) {
      return false;
    }
    boolean named = last - first == 2 || first > 0 && tokens.get(first - 1).text().equalsIgnoreCase("the");
    Token next = tokens.get(first + 1);
    return named && next.tag().startsWith("NNP") && Character.isUpperCase(next.text().charAt(0)) && !CALENDAR_NAME.matcher(next.text()).matches();
  }

  /** "smoggy days", "the protest years": a bare plural unit after a word that sorts it is a kind of day, no time. */
  private static boolean unitOfKind(TimeExpression t, List<Token> tokens, int first) {
    if (!BARE_UNITS.matcher(t.text()).matches() || first == 0) {
      return false;
    }
    Token before = tokens.get(first - 1);
    return before.tag().matches("JJ|NN|NNS|NNP") && !QUANTIFIER.matcher(before.text()).matches();
  }

  /** "the campaign will last 60 days": "last" is the verb, and what follows it a duration. */
  private static @Nullable TimeExpression lastingFor(TimeExpression t, List<Token> tokens, int first, int last,
      @Nullable LocalDate anchor) {
    if (last - first < 3 || !tokens.get(first).text().equalsIgnoreCase("last") || !tokens.get(first).tag().startsWith("VB")
        || !tokens.get(first + 1).tag().equals("CD")) {
      return null;
    }
    Matcher unit = UNIT.matcher(tokens.get(last - 1).text());
    OptionalLong n = NumberWords.value(List.of(tokens.get(first + 1).text()));
    if (last - first != 3 || !unit.matches() || n.isEmpty()) {
      return null;
    }
    String u = unit.group(1).toLowerCase(Locale.ROOT);
    String value = (u.startsWith("second") || u.startsWith("minute") || u.startsWith("hour") ? "PT" : "P") + n.getAsLong()
        + Character.toUpperCase(u.charAt(0));
    Span span = new Span(tokens.get(first + 1).span().start(), t.span().end());
    String words = t.text().substring(span.start() - t.span().start());
    return TimeContext.with(t, words, span, TimexType.DURATION, value, anchor);
  }

  /**
   * A common time word written with a capital inside a name: "the Winter Olympics", "the Arab Spring",
   * "the Daily Maverick" (not weekdays or months, which are always capitalised).
   */
  private static boolean name(List<Token> tokens, int first, int last) {
    for (int i = first; i < last; i++) {
      String word = tokens.get(i).text();
      if (!COMMON.matcher(word).matches() || !Character.isUpperCase(word.charAt(0)) || i == 0) {
        continue;
      }
      boolean before = capitalised(tokens.get(i - 1)) && !tokens.get(i - 1).tag().equals(".");
      boolean after = i + 1 < tokens.size() && capitalised(tokens.get(i + 1));
      if (before || after) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalised(Token token) {
    return !token.text().isEmpty() && Character.isUpperCase(token.text().charAt(0)) && token.tag().startsWith("NNP");
  }

  private static boolean notTime(TimeExpression t, String text) {
    if (t.type() != TimexType.DURATION) {
      return false;
    }
    String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 12)).toLowerCase(Locale.ROOT);
    String words = t.text().toLowerCase(Locale.ROOT);
    return AGE.matcher(words).find() || AGE_AFTER.matcher(after).lookingAt()
        || QUARTERS.matcher(words).matches() && FRACTION_AFTER.matcher(after).lookingAt();
  }

  private static List<Token> sentence(TimeExpression t, List<Sentence> sentences) {
    return sentences.stream()
        .filter(s -> s.span().start() <= t.span().start() && t.span().start() < s.span().end())
        .findFirst().map(Sentence::tokens).orElse(List.of());
  }

  private static int first(List<Token> tokens, Span span) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).span().end() <= span.start()) {
      i++;
    }
    return i;
  }
}
