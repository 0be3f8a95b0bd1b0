package helsinki.extract;

import helsinki.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one asked clause into the asks it coordinates: "to repeal the law, to investigate every
 * attack, and to protect the right" is three asks of one target, each with its own verb and object.
 */
final class AskClauses {

  /** One coordinated ask: its verb and where its object ends. */
  record Clause(Span verb, int objectEnd) {}

  /** ", to VERB", ", and to VERB", " and to VERB", or a known ask verb after ", and" or " and". */
  private static final Pattern JOINT = Pattern.compile(
      "(?<comma>,\\s*(?:(?:and|or)\\s+)?|;\\s*(?:and\\s+)?|\\s+(?:and|or)\\s+)(?:(?<to>to)\\s+)?(?<verb>[a-z]+)\\b(?<next>\\s+\\w+)?");

  /** Words after "to" that show a preposition, not an infinitive ("and to the families"). */
  private static final Set<String> NOT_VERBS = Set.of("the", "a", "an", "all", "any", "those", "these", "this", "that", "its",
      "their", "his", "her", "them", "him", "us", "me", "our", "your", "my", "every", "each", "some", "such", "other", "date",
      "justice", "account", "be", "which", "whom", "what", "whether", "no", "both", "one", "two", "three");

  /** Words after a bare verb that show it is a noun ("and release of detainees"). */
  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "to", "in", "on", "by", "with", "and", "or", "from", "at",
      "as", "is", "are", "was", "were", "has", "have");

  /** The verbs of a nested ask ("urge the government to release ..."): what follows them without a comma is the third party's. */
  private static final Set<String> NESTING = Set.of("urge", "press", "call", "ask", "encourage", "pressure", "push");

  private AskClauses() {}

  /**
   * The asks coordinated in {@code text}'s clause whose first verb is {@code verb} and whose object ends at
   * {@code objectEnd}; a clause that coordinates nothing gives itself.
   */
  static List<Clause> split(String text, Span verb, int objectEnd) {
    List<Clause> clauses = new ArrayList<>();
    Span current = verb;
    Matcher m = JOINT.matcher(text).region(verb.end(), objectEnd);
    while (m.find()) {
      String word = m.group("verb");
      boolean comma = m.group("comma").contains(",") || m.group("comma").contains(";");
      if (!joins(m, word) || nested(text, current) && !comma || bracketed(text, current.end(), m.start())
          || m.group("to") == null && embedded(text, current.end(), m)) {
        continue;
      }
      clauses.add(new Clause(current, m.start()));
      current = new Span(m.start("verb"), m.end("verb"));
    }
    clauses.add(new Clause(current, objectEnd));
    return clauses;
  }

  /** Whether the word after the joint starts a new asked verb phrase. */
  private static boolean joins(Matcher m, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String next = m.group("next") == null ? "" : m.group("next").strip().toLowerCase(Locale.ROOT);
    if (m.group("to") != null) {
      return !NOT_VERBS.contains(w) && !w.endsWith("ing") && !w.endsWith("ed") && w.length() > 2;
    }
    // Without "to" only a base form of a known ask verb before its object starts a new ask: "and release all detainees".
    return Verbs.base(w) && !next.isEmpty() && !PREPOSITIONS.contains(next);
  }

  /** Whether the clause so far asks the target to press a third party, whose own asks then follow. */
  private static boolean nested(String text, Span verb) {
    return NESTING.contains(text.substring(verb.start(), verb.end()).toLowerCase(Locale.ROOT));
  }

  /** Words that open a clause of its own, inside which a bare "and VERB" coordinates that clause's verbs. */
  private static final Pattern CLAUSE = Pattern.compile(
      "\\b(?:that|which|who|whom|will|would|can|could|may|might|shall|should|must|not|is|are|was|were|has|have|had|does|do|did)\\b");

  /**
   * Whether a bare "and VERB" belongs to a clause inside the ask ("make clear that the United States will not
   * condone or support ..."), or joins with "or", which names alternatives of one ask.
   */
  private static boolean embedded(String text, int from, Matcher joint) {
    return joint.group("comma").contains("or") || CLAUSE.matcher(text.substring(from, joint.start())).find();
  }

  /** Whether an unclosed bracket or quotation lies between the verb and the joint. */
  private static boolean bracketed(String text, int from, int to) {
    String between = text.substring(from, to);
    long open = between.chars().filter(c -> c == '(').count();
    long close = between.chars().filter(c -> c == ')').count();
    long quotes = between.chars().filter(c -> c == '"').count();
    return open > close || quotes % 2 == 1 || between.lastIndexOf('“') > between.lastIndexOf('”');
  }
}
