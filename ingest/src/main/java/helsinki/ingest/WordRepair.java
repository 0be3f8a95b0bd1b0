package helsinki.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs words that PDF extraction broke: line-end hyphenation ("environ-\nmental") and words whose
 * hyphen or space was lost ("thenSoviet", "KaraMurza"). A repair is made only where the word list
 * or the document itself shows it is right; otherwise the text is left as it was.
 */
final class WordRepair {

  private static final Pattern LINE_END_HYPHEN =
      Pattern.compile("(\\p{L}+)-[ \\t]*\\n[ \\t]*(\\p{Ll}\\p{L}*)");
  private static final Pattern LOWER_UPPER =
      Pattern.compile("(?<![\\p{L}\\p{N}\\-])(\\p{Ll}{2,})(\\p{Lu}\\p{Ll}{2,})(?![\\p{L}\\p{N}])");
  private static final Pattern UPPER_UPPER =
      Pattern.compile("(?<![\\p{L}\\p{N}\\-])(\\p{Lu}\\p{Ll}+)(\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}])");

  /** Prefixes that English joins to a proper noun with a hyphen ("anti-Kremlin", "then-Soviet"). */
  private static final Set<String> HYPHEN_PREFIXES =
      Set.of(
          "anti", "pro", "non", "ex", "post", "pre", "mid", "neo", "pan", "then", "co", "semi", "sub",
          "trans", "ultra", "quasi", "inter", "intra", "multi", "counter", "pseudo", "all", "self", "un");

  private final WordList words;

  WordRepair(WordList words) {
    this.words = words;
  }

  /** Joins words hyphenated across a line break: without the hyphen where that makes a word. */
  String joinLineBreaks(String text) {
    Matcher m = LINE_END_HYPHEN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String left = m.group(1);
      String right = m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(rejoin(text, left, right)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String rejoin(String text, String left, String right) {
    String hyphenated = left + "-" + right;
    String joined = left + right;
    if (containsWord(text, hyphenated)) {
      return hyphenated;
    }
    if (words.contains(joined) || containsWord(text, joined)) {
      return joined;
    }
    return hyphenated;
  }

  /** Splits words whose hyphen or space was lost, where the document or the word list shows how. */
  String splitJoinedWords(String text) {
    String once = replace(text, LOWER_UPPER, this::splitLowerUpper);
    return replace(once, UPPER_UPPER, (doc, m) -> splitByDocument(doc, m.group(1), m.group(2)));
  }

  private interface Splitter {
    String split(String text, Matcher m);
  }

  private static String replace(String text, Pattern pattern, Splitter splitter) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(splitter.split(text, m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String splitLowerUpper(String text, Matcher m) {
    String left = m.group(1);
    String right = m.group(2);
    String byDocument = splitByDocument(text, left, right);
    if (!byDocument.equals(left + right)) {
      return byDocument;
    }
    // "iPhone" and "eBay" fail the two-letter minimum; "McCain" starts upper; a known whole word stays.
    boolean proven = words.isCommonWord(left)
        && (words.contains(right) || containsWord(text, right))
        && !words.contains(left + right);
    if (!proven) {
      return left + right;
    }
    return HYPHEN_PREFIXES.contains(left.toLowerCase(Locale.ROOT)) ? left + "-" + right : left + " " + right;
  }

  private static String splitByDocument(String text, String left, String right) {
    if (containsWord(text, left + "-" + right) || containsWord(text, left + "\u2011" + right)) {
      return left + "-" + right;
    }
    if (containsWord(text, left + " " + right)) {
      return left + " " + right;
    }
    return left + right;
  }

  private static boolean containsWord(String text, String word) {
    int from = 0;
    while (true) {
      int i = text.indexOf(word, from);
      if (i < 0) {
        return false;
      }
      int end = i + word.length();
      boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      from = i + 1;
    }
  }
}
