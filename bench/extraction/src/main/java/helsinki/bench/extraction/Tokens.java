package helsinki.bench.extraction;

import java.util.ArrayList;
import java.util.List;

/** The upstream tokenizer: maximal runs of Python's unicode {@code \w} characters. */
final class Tokens {

  private Tokens() {}

  static List<String> of(String text) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isWord(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  /**
   * Python's {@code \w} for str patterns is {@code isalnum() or '_'}: letters and numerics, but, unlike
   * Java's UNICODE_CHARACTER_CLASS, not combining marks, so this is written out rather than a regex.
   */
  static boolean isWord(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
