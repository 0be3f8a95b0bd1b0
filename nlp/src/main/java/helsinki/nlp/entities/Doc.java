package helsinki.nlp.entities;

import helsinki.core.Annotated;
import helsinki.core.Sentence;
import helsinki.core.Span;
import helsinki.core.Token;
import helsinki.nlp.places.Places;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One document's text, tokens and resolved places, indexed for the rules' look-ups. */
final class Doc {

  final String text;
  final List<Token> tokens = new ArrayList<>();
  final List<Integer> sentenceOf = new ArrayList<>();
  private final Map<Integer, Integer> tokenAt = new HashMap<>();
  /** Places and nationality adjectives in the body, by start offset. */
  final Map<Integer, Places.Resolved> placeAt = new HashMap<>();

  Doc(String text, Annotated annotated, Places places) {
    this.text = text;
    int s = 0;
    for (Sentence sentence : annotated.sentences()) {
      for (Token t : sentence.tokens()) {
        tokenAt.put(t.span().start(), tokens.size());
        tokens.add(t);
        sentenceOf.add(s);
      }
      s++;
    }
    for (Places.Resolved r : places.resolved()) {
      if (!r.inTitle()) {
        placeAt.put(r.mention().start(), r);
      }
    }
  }

  /** The index of the token that starts at {@code offset}, or -1. */
  int tokenStarting(int offset) {
    return tokenAt.getOrDefault(offset, -1);
  }

  /** The index of the last token that ends at or before {@code end}, starting the search at {@code from}. */
  int lastTokenBefore(int from, int end) {
    int i = from;
    while (i + 1 < tokens.size() && tokens.get(i + 1).span().end() <= end) {
      i++;
    }
    return i;
  }

  String word(int i) {
    return tokens.get(i).text();
  }

  String lower(int i) {
    return Rules.lower(tokens.get(i).text());
  }

  String tag(int i) {
    return tokens.get(i).tag();
  }

  boolean capitalised(int i) {
    String w = word(i);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** Is there a line break between token {@code i} and the next? */
  boolean breakAfter(int i) {
    if (i + 1 >= tokens.size()) {
      return true;
    }
    return text.substring(tokens.get(i).span().end(), tokens.get(i + 1).span().start()).indexOf('\n') >= 0;
  }

  /** The country of the place or nationality written at token {@code i}, or null. */
  @Nullable String countryAt(int i) {
    Places.Resolved r = placeAt.get(tokens.get(i).span().start());
    return r == null ? null : r.place().country();
  }

  String cover(int from, int to) {
    return text.substring(tokens.get(from).span().start(), tokens.get(to).span().end());
  }

  Span span(int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to).span().end());
  }

  boolean overlapsPlace(Span span) {
    return placeAt.values().stream().anyMatch(r -> r.mention().start() < span.end() && span.start() < r.mention().end()
        && r.place().kind() != Places.Kind.ADJECTIVE);
  }
}
