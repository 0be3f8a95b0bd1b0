package helsinki.nlp;

import helsinki.core.Qualifier;
import helsinki.core.Quantity;
import helsinki.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds counts of things in one sentence's tokens: a number (digits or words), the words before it
 * that qualify it ("over", "at least", "about", "up to") and the noun phrase it counts. Pure: works
 * on tokens alone. A number that counts no noun ("up to 50 were held") is left out, as are dates,
 * money, percentages and ordinals when the tokens carry NER labels.
 */
final class QuantityParser {

  /** Qualifying phrases, longest first within each qualifier, as lower-case word sequences. */
  private static final Map<String, Qualifier> QUALIFIERS = Map.ofEntries(
      Map.entry("more than", Qualifier.OVER), Map.entry("over", Qualifier.OVER),
      Map.entry("upwards of", Qualifier.OVER), Map.entry("in excess of", Qualifier.OVER),
      Map.entry("above", Qualifier.OVER), Map.entry("greater than", Qualifier.OVER),
      Map.entry("at least", Qualifier.AT_LEAST), Map.entry("no fewer than", Qualifier.AT_LEAST),
      Map.entry("no less than", Qualifier.AT_LEAST), Map.entry("a minimum of", Qualifier.AT_LEAST),
      Map.entry("about", Qualifier.ABOUT), Map.entry("around", Qualifier.ABOUT),
      Map.entry("approximately", Qualifier.ABOUT), Map.entry("roughly", Qualifier.ABOUT),
      Map.entry("nearly", Qualifier.ABOUT), Map.entry("almost", Qualifier.ABOUT),
      Map.entry("some", Qualifier.ABOUT), Map.entry("an estimated", Qualifier.ABOUT),
      Map.entry("estimated", Qualifier.ABOUT), Map.entry("close to", Qualifier.ABOUT),
      Map.entry("approx.", Qualifier.ABOUT), Map.entry("circa", Qualifier.ABOUT),
      Map.entry("up to", Qualifier.UP_TO), Map.entry("as many as", Qualifier.UP_TO),
      Map.entry("at most", Qualifier.UP_TO), Map.entry("no more than", Qualifier.UP_TO),
      Map.entry("fewer than", Qualifier.UP_TO), Map.entry("less than", Qualifier.UP_TO),
      Map.entry("under", Qualifier.UP_TO), Map.entry("as few as", Qualifier.AT_LEAST));
  private static final int LONGEST_QUALIFIER = 3;
  private static final Set<String> NOT_COUNTS =
      Set.of("DATE", "TIME", "DURATION", "SET", "MONEY", "PERCENT", "ORDINAL");
  private static final Set<String> ARTICLES = Set.of("a", "an");
  private static final Set<String> SCALE_WORDS = Set.of("dozen", "hundred", "thousand", "million", "billion");
  private static final Set<String> DETERMINERS = Set.of("the", "these", "those", "them", "its", "their");

  private QuantityParser() {}

  /** The quantities in one sentence, in text order; {@code text} is the document text the offsets index. */
  static List<Quantity> parse(List<Tok> tokens, String text) {
    List<Quantity> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int numberEnd = numberEnd(tokens, i);
      if (numberEnd == i) {
        i++;
        continue;
      }
      Quantity quantity = quantity(tokens, i, numberEnd, text);
      if (quantity != null) {
        found.add(quantity);
      }
      i = numberEnd;
    }
    return found;
  }

  private static int numberEnd(List<Tok> tokens, int start) {
    int end = start;
    while (end < tokens.size() && tokens.get(end).isNumber() && !NOT_COUNTS.contains(tokens.get(end).ner())) {
      end++;
    }
    return end;
  }

  private static @Nullable Quantity quantity(
      List<Tok> tokens, int from, int to, String text) {
    if (from > 0 && tokens.get(from - 1).tag().startsWith("NNP")) {
      return null; // a label, not a count: "Article 5", "Resolution 2254"
    }
    List<String> words = new ArrayList<>();
    int first = from;
    if (from > 0 && ARTICLES.contains(lower(tokens.get(from - 1))) && SCALE_WORDS.contains(lower(tokens.get(from)))) {
      first = from - 1; // "a dozen", "a hundred"
    }
    tokens.subList(from, to).forEach(t -> words.add(t.word()));
    OptionalLong value = NumberWords.value(words);
    if (value.isEmpty()) {
      return null;
    }
    int[] unit = unit(tokens, to);
    if (unit.length == 0) {
      return null;
    }
    int qualifierStart = first;
    Qualifier qualifier = Qualifier.EXACT;
    for (int n = Math.min(LONGEST_QUALIFIER, first); n >= 1 && qualifier == Qualifier.EXACT; n--) {
      Qualifier q = QUALIFIERS.get(phrase(tokens, first - n, first));
      if (q != null) {
        qualifier = q;
        qualifierStart = first - n;
      }
    }
    if (qualifier == Qualifier.EXACT && tokens.subList(from, to).stream().anyMatch(t -> NumberWords.isVaguePlural(t.word()))) {
      qualifier = Qualifier.AT_LEAST; // "hundreds of protesters": at least two hundred
    }
    int begin = tokens.get(qualifierStart).begin();
    int end = tokens.get(unit[1] - 1).end();
    String unitText = text.substring(tokens.get(unit[0]).begin(), end);
    return new Quantity(text.substring(begin, end), new Span(begin, end), value.getAsLong(), qualifier, unitText);
  }

  /** The token range [start, end) of the counted noun phrase after a number, or an empty array. */
  private static int[] unit(List<Tok> tokens, int after) {
    int i = after;
    if (i < tokens.size() && lower(tokens.get(i)).equals("of")) {
      i++; // "hundreds of protesters", "three of the victims"
      if (i < tokens.size() && DETERMINERS.contains(lower(tokens.get(i)))) {
        i++;
      }
    }
    int start = i;
    int lastNoun = -1;
    while (i < tokens.size() && isPhraseWord(tokens.get(i))) {
      if (tokens.get(i).isNoun()) {
        lastNoun = i;
      } else if (lastNoun >= 0) {
        break; // an adjective after the head noun starts something else
      }
      i++;
    }
    return lastNoun < 0 ? new int[0] : new int[] {start, lastNoun + 1};
  }

  private static boolean isPhraseWord(Tok tok) {
    return tok.isNoun() || tok.tag().startsWith("JJ");
  }

  private static String phrase(List<Tok> tokens, int from, int to) {
    return tokens.subList(from, to).stream().map(QuantityParser::lower).collect(Collectors.joining(" "));
  }

  private static String lower(Tok tok) {
    return tok.word().toLowerCase(Locale.ROOT);
  }
}
