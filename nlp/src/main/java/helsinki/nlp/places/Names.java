package helsinki.nlp.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The lookup key of a place name: case, diacritics, punctuation and a leading "the" ignored. */
final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Names() {}

  static String key(String name) {
    // Lower-case first: "İ" lower-cases to "i" and a combining dot, which NFD then strips.
    String s = name.toLowerCase(Locale.ROOT);
    if (!ascii(s)) { // the scanner asks mostly about ASCII words: spare them the normaliser
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }
    StringBuilder key = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (dropped(c)) {
        continue; // "U.S." is "us", "Cote d'Ivoire" is "cote divoire"
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && key.length() > 0) {
          key.append(' ');
        }
        key.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return key.length() > 4 && key.indexOf("the ") == 0 ? key.substring(4) : key.toString();
  }

  private static boolean dropped(char c) {
    return c == '.' || c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02bc';
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }
}
