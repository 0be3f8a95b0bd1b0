package helsinki.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-\\u2011][\\p{L}\\p{N}]+)*");
  // Hashtags, handles, web addresses and code keep their camel case: no '#', '@', '/', '.', '_' around.
  private static final Pattern LOWER_UPPER =
      Pattern.compile("(?<![\\p{L}\\p{N}\\-#@/._])(\\p{Ll}{2,})(\\p{Lu}\\p{Ll}{2,})(?![\\p{L}\\p{N}@/_]|\\.\\p{L})");
  private static final Pattern UPPER_UPPER =
      Pattern.compile("(?<![\\p{L}\\p{N}\\-#@/._])(\\p{Lu}\\p{Ll}+)(\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}@/_]|\\.\\p{L})");

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
    if (!m.find()) {
      return text;
    }
    Set<String> written = wordsWritten(text);
    StringBuilder out = new StringBuilder();
    do {
      m.appendReplacement(out, Matcher.quoteReplacement(rejoin(written, m.group(1), m.group(2))));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  private String rejoin(Set<String> written, String left, String right) {
    String hyphenated = left + "-" + right;
    String joined = left + right;
    if (written.contains(hyphenated)) {
      return hyphenated;
    }
    if (words.contains(joined) || written.contains(joined)) {
      return joined;
    }
    return hyphenated;
  }

  /** Every word and hyphenated compound the text writes on one line, and each compound's parts. */
  private static Set<String> wordsWritten(String text) {
    Set<String> written = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group().replace('\u2011', '-');
      written.add(word);
      String[] parts = word.split("-");
      for (int i = 0; i + 1 < parts.length; i++) {
        written.add(parts[i] + "-" + parts[i + 1]);
      }
    }
    return written;
  }

  /** Splits words whose hyphen or space was lost, where the document or the word list shows how. */
  String splitJoinedWords(String text) {
    if (!LOWER_UPPER.matcher(text).find() && !UPPER_UPPER.matcher(text).find()) {
      return text;
    }
    Evidence evidence = new Evidence(text, wordsWritten(text), new HashMap<>());
    String once = replace(text, LOWER_UPPER, m -> splitLowerUpper(evidence, m.group(1), m.group(2)));
    return replace(once, UPPER_UPPER, m -> splitByDocument(evidence, m.group(1), m.group(2)));
  }

  /** What the document writes, and the decisions already made, so that each pair is judged once. */
  private record Evidence(String text, Set<String> written, Map<String, String> decided) {}

  private static String replace(String text, Pattern pattern, Function<Matcher, String> splitter) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(splitter.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String splitLowerUpper(Evidence evidence, String left, String right) {
    return decide(evidence, "l " + left + " " + right, () -> {
      String byDocument = splitByDocument(evidence, left, right);
      if (!byDocument.equals(left + right)) {
        return byDocument;
      }
      // "iPhone" and "eBay" fail the two-letter minimum; "McCain" starts upper; a known whole word stays.
      boolean proven = words.isCommonWord(left)
          && (words.contains(right) || evidence.written().contains(right))
          && !words.contains(left + right);
      if (!proven) {
        return left + right;
      }
      return HYPHEN_PREFIXES.contains(left.toLowerCase(Locale.ROOT)) ? left + "-" + right : left + " " + right;
    });
  }

  private static String splitByDocument(Evidence evidence, String left, String right) {
    return decide(evidence, "d " + left + " " + right, () -> {
      if (evidence.written().contains(left + "-" + right)) {
        return left + "-" + right;
      }
      if (evidence.written().contains(left) && containsWord(evidence.text(), left + " " + right)) {
        return left + " " + right;
      }
      return left + right;
    });
  }

  private static String decide(Evidence evidence, String key, java.util.function.Supplier<String> decision) {
    String known = evidence.decided().get(key);
    if (known == null) {
      known = decision.get();
      evidence.decided().put(key, known);
    }
    return known;
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
