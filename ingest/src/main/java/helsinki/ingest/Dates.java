package helsinki.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Calendar dates as documents write them: ISO ("2017-04-07", with or without a time), month first
 * ("April 7, 2017", "Fri., Apr. 7th 2017"), day first ("7 April 2017", "7th of April, 2017") in
 * English, French, Spanish, Portuguese, Italian, German and Russian, and day-first dotted numbers
 * ("07.04.2017"). Slashed numbers are read only when they cannot be misread ("25/04/2017").
 */
final class Dates {

  /** A date and where it was written. */
  record Found(LocalDate date, int start, int end) {}

  private static final Map<String, Integer> MONTHS = months();
  private static final String MONTH = MONTHS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed())
      .map(Pattern::quote)
      .collect(Collectors.joining("|", "(", ")"));
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er|º)?";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})(?![\\d])");
  private static final Pattern MONTH_FIRST =
      Pattern.compile("(?<!\\p{L})" + MONTH + "\\.?\\s+" + DAY + ",?\\s+" + YEAR + "\\b", FLAGS);
  private static final Pattern DAY_FIRST = Pattern.compile(
      "\\b" + DAY + "\\.?\\s+(?:of\\s+|de\\s+)?" + MONTH + "\\.?,?\\s+(?:de\\s+|del\\s+)?" + YEAR + "\\b", FLAGS);
  private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\." + YEAR + "\\b");
  private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/" + YEAR + "\\b");

  private Dates() {}

  /** The date that {@code text} is, as a whole (a meta tag's value, a datetime attribute), or null. */
  static @Nullable LocalDate parse(String text) {
    String s = text.strip();
    Found found = find(s);
    return found != null && found.start() == 0 ? found.date() : null;
  }

  /** The first date written in {@code text}, or null. */
  static @Nullable Found find(CharSequence text) {
    Found best = null;
    for (Found f : Arrays.asList(iso(text), monthFirst(text), dayFirst(text), numeric(text, DOTTED, false),
        numeric(text, SLASHED, true))) {
      if (f != null && (best == null || f.start() < best.start())) {
        best = f;
      }
    }
    return best;
  }

  private static @Nullable Found iso(CharSequence text) {
    Matcher m = ISO.matcher(text);
    while (m.find()) {
      LocalDate d = of(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return new Found(d, m.start(), m.end());
      }
    }
    return null;
  }

  private static @Nullable Found monthFirst(CharSequence text) {
    Matcher m = MONTH_FIRST.matcher(text);
    while (m.find()) {
      LocalDate d = of(m.group(3), month(m.group(1)), m.group(2));
      if (d != null) {
        return new Found(d, m.start(), m.end());
      }
    }
    return null;
  }

  private static @Nullable Found dayFirst(CharSequence text) {
    Matcher m = DAY_FIRST.matcher(text);
    while (m.find()) {
      LocalDate d = of(m.group(3), month(m.group(2)), m.group(1));
      if (d != null) {
        return new Found(d, m.start(), m.end());
      }
    }
    return null;
  }

  /** Day-first numbers; slashed ones only when the day is over 12, so that no reading is a guess. */
  private static @Nullable Found numeric(CharSequence text, Pattern pattern, boolean needsProof) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      String day = m.group(1);
      String month = m.group(2);
      if (needsProof && a <= 12 && b <= 12) {
        continue;
      }
      if (needsProof && a <= 12) {
        day = m.group(2);
        month = m.group(1);
      }
      LocalDate d = of(m.group(3), month, day);
      if (d != null) {
        return new Found(d, m.start(), m.end());
      }
    }
    return null;
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT)));
  }

  private static @Nullable LocalDate of(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      // "February 30" or a month the table lacks: the text holds no date here, which is an answer.
      return null;
    }
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"january", "jan", "janvier", "enero", "janeiro", "gennaio", "januar", "jänner", "января"},
      {"february", "feb", "février", "fevrier", "febrero", "fevereiro", "febbraio", "februar", "февраля"},
      {"march", "mar", "mars", "marzo", "março", "marco", "märz", "marz", "марта"},
      {"april", "apr", "avril", "abril", "aprile", "апреля"},
      {"may", "mai", "mayo", "maio", "maggio", "мая"},
      {"june", "jun", "juin", "junio", "junho", "giugno", "juni", "июня"},
      {"july", "jul", "juillet", "julio", "julho", "luglio", "juli", "июля"},
      {"august", "aug", "août", "aout", "agosto", "августа"},
      {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "settembre", "сентября"},
      {"october", "oct", "octobre", "octubre", "outubro", "ottobre", "oktober", "октября"},
      {"november", "nov", "novembre", "noviembre", "novembro", "ноября"},
      {"december", "dec", "décembre", "decembre", "diciembre", "dezembro", "dicembre", "dezember", "декабря"},
    };
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        months.put(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }
}
