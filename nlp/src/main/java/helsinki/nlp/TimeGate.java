package helsinki.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Says whether a sentence can hold a time expression that SUTime would find: it has a digit, or a
 * word that SUTime's English rules (english.sutime.txt, english.holidays.sutime.txt) build
 * expressions from. Sentences without one are not given to SUTime, which costs most of the NER
 * stage's time; the word list errs on the side of running SUTime.
 */
final class TimeGate {

  private static final Set<String> WORDS = Set.of(
      // months and their abbreviations ("may" and "march" too: SUTime decides)
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      // weekdays
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
      // units and periods
      "second", "sec", "secs", "minute", "min", "mins", "hour", "hr", "hrs", "day", "week", "wk", "wks",
      "weekend", "weekday", "workday", "workweek", "weeknight", "fortnight", "month", "mo", "mos", "quarter",
      "year", "yr", "yrs", "decade", "century", "centuries", "millennium", "millennia", "millenium", "millenia",
      "season", "semester", "halfhour", "quarterhour", "era", "fy", "fiscal",
      // seasons and parts of the day
      "spring", "summer", "autumn", "fall", "winter", "morning", "afternoon", "evening", "night", "tonight",
      "tonite", "noon", "midday", "midnight", "dawn", "dusk", "daybreak", "sunrise", "sunset", "sunup",
      "sundown", "twilight", "daytime", "nighttime", "lunchtime", "teatime", "dinnertime", "suppertime",
      "overnight", "solstice", "equinox", "daylight",
      // relative and vague references
      "today", "tomorrow", "yesterday", "now", "currently", "current", "recent", "recently", "lately",
      "previously", "past", "present", "future", "ago", "later", "earlier", "once", "twice", "thrice",
      "nowadays", "sometimes", "medieval", "centennial", "birthday", "time",
      // frequencies
      "daily", "nightly", "weekly", "monthly", "quarterly", "yearly", "annual", "annually", "hourly",
      "biweekly", "bimonthly", "biannual", "semiannual",
      // decades said in words
      "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
      "noughties", "oughts", "teens",
      // numbers in words: SUTime reads them too, and CoreNLP's number rules then differ without it
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
      "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
      "trillion", "dozen", "dozens", "percent", "half",
      // holidays that SUTime knows by a single word
      "christmas", "xmas", "x-mas", "easter", "thanksgiving", "halloween", "mayo", "inauguration", "valentine",
      "clock", "o'clock", "a.m.", "p.m.", "am", "pm");

  private TimeGate() {}

  /** Whether any of {@code words} holds a digit or a time word. */
  static boolean mayHoldTime(List<String> words) {
    for (String word : words) {
      if (hasDigit(word) || isTimeWord(word)) {
        return true;
      }
    }
    return false;
  }

  static boolean isTimeWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (WORDS.contains(w)) {
      return true;
    }
    // Abbreviations that keep their period as a token: "Jun.", "Sept.", "Mon.".
    if (w.length() > 1 && w.endsWith(".") && WORDS.contains(w.substring(0, w.length() - 1))) {
      return true;
    }
    // Plurals and possessives: "years", "Mondays", "today's", "years'", "centuries'".
    String stem = w.replaceFirst("(?:'s|’s|')$", "");
    if (WORDS.contains(stem)) {
      return true;
    }
    if (stem.endsWith("s") && WORDS.contains(stem.substring(0, stem.length() - 1))) {
      return true;
    }
    // "mid-2019", "mid-March", "pre-war" joined by a hyphen: test each part.
    if (w.indexOf('-') > 0) {
      for (String part : w.split("-")) {
        if (!part.isEmpty() && !part.equals(w) && isTimeWord(part)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
