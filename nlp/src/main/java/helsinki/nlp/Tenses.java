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

  private static final Set<String> FORWARD = Set.of("schedule", "plan", "expect", "due", "slate", "intend", "aim",
      "hope", "promise", "vow", "pledge");
  // Verbs that point forward only through the preposition before the date: "postponed until April",
  // "moved to May 3", "called for Sept. 21" (but "moved to hospital Wednesday night", "called Tuesday for calm").
  private static final Set<String> SHIFT = Set.of("postpone", "adjourn", "delay", "defer", "reschedule", "move",
      "push", "put", "call", "set", "bring");
  private static final Set<String> FORWARD_PREPOSITIONS = Set.of("to", "until", "till", "for");
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
    if (before != null && before != Tense.FUTURE && first > 0 && shiftedForward(tokens, first)) {
      return Tense.FUTURE;
    }
    // The verb before decides; a present one ("follows a wave of protests in late March that swept the
    // country") gives way to a past or future verb after it, unless it governs the expression's
    // preposition ("who retires in September, wrote").
    // "Police say Tuesday's attack killed five": a possessive date belongs to the noun after it.
    boolean possessive = last < tokens.size() && tokens.get(last).tag().equals("POS");
    Tense tense = before != null && (after == null || before != Tense.PRESENT || distanceBefore <= 2 && !possessive) ? before : after;
    return tense == null ? Tense.UNKNOWN : tense;
  }

  /** "postponed until [April]": a moving verb shortly before the preposition that opens the expression. */
  private static boolean shiftedForward(List<Token> tokens, int first) {
    // "until" may open our expression itself ("until April" is an UNTIL range).
    int preposition = first < tokens.size() && FORWARD_PREPOSITIONS.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))
        ? first : first - 1;
    if (!FORWARD_PREPOSITIONS.contains(tokens.get(preposition).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = preposition - 1; i >= Math.max(0, preposition - 4); i--) {
      if (SHIFT.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT)) && tokens.get(i).tag().startsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  /** The tense that token {@code i} settles, or null when it is no verb that settles one. */
  private static Tense at(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    String tag = token.tag();
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    String word = token.text().toLowerCase(Locale.ROOT);
    if (FORWARD.contains(lemma) && (tag.startsWith("VB") || tag.startsWith("JJ"))) {
      // "is expected", "plans", "due": forward; "was scheduled for 20 January", "initially planned": past.
      return tag.equals("VBN") ? planned(tokens, i) : Tense.FUTURE;
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

  /**
   * "has promised", "is expected", "protests planned for the weekend": ahead; "was scheduled for",
   * "initially scheduled for": a plan of the past, the date with it.
   */
  private static Tense planned(List<Token> tokens, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      String word = tokens.get(j).text().toLowerCase(Locale.ROOT);
      if (word.matches("was|were|had|initially|originally|previously|first")) {
        return Tense.PAST;
      }
      if (!tokens.get(j).tag().startsWith("RB")) {
        break;
      }
    }
    return Tense.FUTURE;
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
      if (word.equals("to")) {
        // "are to be brought back in the winter": what is to be done lies ahead.
        return Tense.FUTURE;
      }
      if (!aux.tag().startsWith("VB") && !aux.tag().startsWith("RB") && !aux.tag().equals("TO")) {
        break;
      }
    }
    return Tense.PAST;
  }
}
