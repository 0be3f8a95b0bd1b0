package helsinki.nlp.places;

import helsinki.nlp.places.Places.Kind;
import helsinki.nlp.places.Places.Mention;
import helsinki.nlp.places.Places.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds gazetteer names in plain text by longest match on token boundaries, for use without NER.
 * A match must begin with a capitalised token and end with a token holding a capital, so that "turkey" or "nice" in running text
 * is not a place; hyphens split tokens ("Russia-controlled"), and a possessive "'s" is not part of
 * a name.
 */
final class TextScanner {

  /** Capitalised words that are gazetteer names but, in news and NGO texts, mostly are not places. */
  static final Set<String> NOT_PLACES =
      Set.of("western", "eastern", "northern", "southern", "central", "north", "south", "east",
          "west", "capital", "coast", "centre", "center", "upper", "lower", "of", "university", "police", "union", "commission", "court", "independence",
          "victoria", "florence", "mercedes", "trinidad", "april", "may", "june", "march",
          "august", "faith", "hope", "justice", "liberty", "providence", "concord", "mobile",
          "reading", "split", "bath", "nice", "male", "un", "eu", "ca", "jan", "sur", "gulf", "orange",
          "unity", "lakes",
          // cities over 100,000 named like people or firms, seen as such in news (HRDsAttack train)
          "mary", "leon", "bryan", "marion", "eugene", "toyota", "salem", "hassan", "bello");

  /** Capitalised words that may stand before a place at the start of a sentence ("In Lagos,"). */
  static final Set<String> LEADING_WORDS =
      Set.of("in", "at", "from", "to", "the", "near", "outside", "across", "for", "of", "and", "but",
          "with", "by", "on", "into", "around", "throughout", "inside", "as", "while", "after",
          "before", "since", "when", "where", "like", "between", "both", "only", "even", "also",
          "meanwhile", "then", "here", "there", "if", "although", "though", "until");

  /** Type words that, after a name, make it a region; {@link Gazetteer#lookup} reads them too. */
  static final Set<String> REGION_WORDS = Set.of("state", "province", "region", "governorate");

  private record Token(int start, int end) {}

  /** Capitalised words after a town that still leave it a place ("in Moscow Tuesday"). */
  static final Set<String> CALENDAR =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december");

  private final Function<String, List<Place>> exact;
  private final Function<String, List<Place>> lookup;
  private final int maxWords;

  /** {@code exact} finds a key as it is; {@code lookup} also reads "X state" and "eastern X". */
  TextScanner(
      Function<String, List<Place>> exact, Function<String, List<Place>> lookup, int maxWords) {
    this.exact = exact;
    this.lookup = lookup;
    this.maxWords = maxWords;
  }

  /**
   * The names in a text; unless {@code titleCase}, a town name followed by another
   * capitalised word is taken as part of a longer name ("Helsinki Final Act", "Geneva Conventions",
   * "Kara-Murza").
   */
  List<Mention> scan(String text, boolean titleCase) {
    List<Token> tokens = tokens(text);
    List<Mention> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      int words = longestMatch(text, tokens, i);
      if (words == 0) {
        i++;
        continue;
      }
      int start = tokens.get(i).start();
      int end = tokens.get(i + words - 1).end();
      int next = i + words;
      boolean typed = next < tokens.size() && regionWithTypeWord(text, start, tokens.get(next));
      if (typed) {
        end = tokens.get(next++).end(); // "Niger state" is the Nigerian state, not the country
      }
      if (typed || titleCase || standsAlone(text, tokens, i, next, end)) {
        found.add(new Mention(text.substring(start, end), start, end));
      }
      i = next;
    }
    return found;
  }

  /** Tokens {@code first} to {@code next} (exclusive) are no part of a longer, other name. */
  private boolean standsAlone(String text, List<Token> tokens, int first, int next, int end) {
    int start = tokens.get(first).start();
    boolean afterName = first > 0 && afterName(text, tokens.get(first - 1), start, end);
    boolean beforeName =
        next < tokens.size() && partOfLongerName(text, start, end, tokens.get(next));
    return !afterName && !beforeName;
  }

  private int longestMatch(String text, List<Token> tokens, int first) {
    if (!capitalised(text, tokens.get(first))
        || Names.key(text.substring(tokens.get(first).start(), tokens.get(first).end())).equals("the")) {
      return 0; // "The Gambia" is found from "Gambia", and "The Texas Department" from "Texas"
    }
    int start = tokens.get(first).start();
    for (int n = Math.min(maxWords, tokens.size() - first); n > 0; n--) {
      Token last = tokens.get(first + n - 1);
      if (!hasCapital(text, last) || crossesSentence(text, start, last.start())) {
        continue;
      }
      String key = Names.key(text.substring(start, last.end()));
      if (!exact.apply(key).isEmpty() && !(n == 1 && NOT_PLACES.contains(key))) {
        return n;
      }
    }
    return 0;
  }

  private boolean regionWithTypeWord(String text, int start, Token next) {
    String word = Names.key(text.substring(next.start(), next.end()));
    return REGION_WORDS.contains(word)
        && !lookup.apply(Names.key(text.substring(start, next.end()))).isEmpty();
  }

  /**
   * "Ahmed Hassan", "Governor Bello", "Lake Monroe": a town name after a capitalised word inside a
   * sentence is part of another name; "In Lagos" at a sentence start and "Southern California" are not.
   */
  private boolean afterName(String text, Token previous, int start, int end) {
    String word = Names.key(text.substring(previous.start(), previous.end()));
    return previous.end() + 1 == start
        && text.charAt(previous.end()) == ' '
        && capitalised(text, previous)
        && !LEADING_WORDS.contains(word)
        && !Gazetteer.QUALIFIERS.contains(word)
        && !sentenceStart(text, previous.start())
        && townOrRegionOnly(text, start, end);
  }

  private static boolean sentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || "\"'\u201c\u2018([".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:;\n\r\u2014".indexOf(text.charAt(i)) >= 0;
  }

  private boolean townOrRegionOnly(String text, int start, int end) {
    return lookup.apply(Names.key(text.substring(start, end))).stream()
        .noneMatch(p -> p.kind() == Kind.COUNTRY || p.kind() == Kind.ADJECTIVE);
  }

  /** Words after a city's name that make it the name of an agreement or a process. */
  static final Set<String> AGREEMENT_WORDS = Set.of(
      "agreement", "agreements", "accord", "accords", "protocol", "protocols", "process", "format",
      "declaration", "convention", "conventions", "memorandum", "treaty", "principles", "peace");

  private boolean partOfLongerName(String text, int start, int end, Token next) {
    boolean adjoining =
        next.start() == end + 1 && (text.charAt(end) == ' ' || text.charAt(end) == '-');
    String nextWord = Names.key(text.substring(next.start(), next.end()));
    if (adjoining && AGREEMENT_WORDS.contains(nextWord)) {
      // "the Minsk agreements", "the Oslo Accords": a city or region naming a text or process is no place here.
      return lookup.apply(Names.key(text.substring(start, end))).stream().noneMatch(p -> p.kind() == Kind.COUNTRY);
    }
    if (!adjoining || !capitalised(text, next) || CALENDAR.contains(nextWord)) {
      return false;
    }
    // Regions stay before a space: "Texas Department of Justice" is in Texas; "Kara-Murza" is no town.
    boolean hyphen = text.charAt(end) == '-';
    return lookup.apply(Names.key(text.substring(start, end))).stream()
        .allMatch(p -> p.kind() == Kind.CITY || (hyphen && p.kind() == Kind.REGION));
  }

  private static boolean capitalised(String text, Token token) {
    return Character.isUpperCase(text.codePointAt(token.start()));
  }

  /** "d'Ivoire" ends a name though it begins in lower case. */
  private static boolean hasCapital(String text, Token token) {
    return text.substring(token.start(), token.end()).chars().anyMatch(Character::isUpperCase);
  }

  /** A name does not run over a full stop, semicolon or line break between its tokens. */
  private static boolean crossesSentence(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ';' || c == '\n' || c == ':' || (c == '.' && Character.isWhitespace(text.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean dotted = false;
      while (i < n
          && (Character.isLetterOrDigit(text.charAt(i))
              || (joiner(text.charAt(i)) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))))) {
        dotted |= text.charAt(i) == '.';
        i++;
      }
      int end = i;
      if (dotted && i < n && text.charAt(i) == '.') {
        end = ++i; // keep the last dot of "U.S." and "D.C."
      }
      tokens.add(new Token(start, possessiveTrimmed(text, start, end)));
    }
    return tokens;
  }

  private static boolean joiner(char c) {
    return c == '.' || c == '\'' || c == '\u2019';
  }

  private static int possessiveTrimmed(String text, int start, int end) {
    boolean possessive =
        end - start > 3
            && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
            && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019');
    return possessive ? end - 2 : end;
  }
}
