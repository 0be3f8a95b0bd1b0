package helsinki.nlp;

import helsinki.core.Span;
import helsinki.core.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense that the verbs nearest a time expression give it, read from part-of-speech tags and
 * lemmas as HeidelTime reads news: the closest verb group before the expression decides, or the first
 * one after it when none comes before. Verbs that point forward ("postponed until April", "expects a
 * profit in the third quarter", "called for Sept. 21") and modals ("will", "should", "may") make it
 * future; a present verb ("takes effect in January") makes it present, which looks forward too.
 */
final class Tenses {

  /** What the verbs around an expression say about when it lies. */
  enum Tense { PAST, PRESENT, FUTURE, UNKNOWN }

  private static final Set<String> FORWARD = Set.of("postpone", "adjourn", "move", "push", "delay", "defer", "reschedule",
      "schedule", "plan", "expect", "due", "call", "set", "slate", "intend", "aim", "hope", "promise", "vow", "pledge");
  private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "wo", "shall", "should", "may", "might",
      "could", "can", "must");

  private Tenses() {}

  /** The tense of the expression at {@code span} in a sentence with these {@code tokens}. */
  static Tense of(List<Token> tokens, Span span) {
    int first = 0;
    while (first < tokens.size() && tokens.get(first).span().end() <= span.start()) {
      first++;
    }
    int last = first;
    while (last < tokens.size() && tokens.get(last).span().start() < span.end()) {
      last++;
    }
    Tense before = null;
    int distanceBefore = Integer.MAX_VALUE;
    for (int i = first - 1; i >= 0 && before == null; i--) {
      before = at(tokens, i);
      distanceBefore = first - i;
    }
    Tense after = null;
    int distanceAfter = Integer.MAX_VALUE;
    for (int i = last; i < tokens.size() && after == null; i++) {
      after = at(tokens, i);
      distanceAfter = i - last + 1;
    }
    // As HeidelTime: with verbs on both sides the closer one decides ("follows the protests in late
    // March that swept the country": swept).
    Tense tense = before != null && (after == null || distanceBefore <= distanceAfter) ? before : after;
    return tense == null ? Tense.UNKNOWN : tense;
  }

  /** The tense that token {@code i} settles, or null when it is no verb that settles one. */
  private static Tense at(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    String tag = token.tag();
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    String word = token.text().toLowerCase(Locale.ROOT);
    if (FORWARD.contains(lemma) && (tag.startsWith("VB") || tag.startsWith("JJ"))) {
      return Tense.FUTURE;
    }
    if (tag.equals("MD")) {
      return FUTURE_MODALS.contains(word) ? Tense.FUTURE : Tense.UNKNOWN;
    }
    return switch (tag) {
      case "VBD" -> Tense.PAST;
      case "VBN" -> participle(tokens, i);
      case "VBZ", "VBP" -> Tense.PRESENT;
      default -> null;
    };
  }

  /** "has been detained", "was held": past; "will be amended": future; "is held": present. */
  private static Tense participle(List<Token> tokens, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
      Token aux = tokens.get(j);
      String word = aux.text().toLowerCase(Locale.ROOT);
      if (aux.tag().equals("MD")) {
        return FUTURE_MODALS.contains(word) ? Tense.FUTURE : Tense.UNKNOWN;
      }
      if (word.equals("is") || word.equals("are") || word.equals("am")) {
        return Tense.PRESENT;
      }
      if (!aux.tag().startsWith("VB") && !aux.tag().startsWith("RB")) {
        break;
      }
    }
    return Tense.PAST;
  }
}
