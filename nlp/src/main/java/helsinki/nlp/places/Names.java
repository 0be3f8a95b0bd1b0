package helsinki.nlp.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The lookup key of a place name: case, diacritics, punctuation and a leading "the" ignored. */
final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("[.'\u2019\u2018`\u02bc]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Names() {}

  static String key(String name) {
    // Lower-case first: "İ" lower-cases to "i" and a combining dot, which NFD then strips.
    String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = DROPPED.matcher(s).replaceAll("");
    s = SEPARATORS.matcher(s).replaceAll(" ").trim();
    return s.startsWith("the ") ? s.substring(4) : s;
  }
}
