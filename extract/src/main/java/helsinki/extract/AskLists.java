package helsinki.extract;

import helsinki.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Asks made as a list: a line that asks someone "to:" and the bulleted or numbered items under it ("We
 * urge the Commission to:", "The authorities should:"), and a report's recommendations addressed line by
 * line ("To the Government of Myanmar: end forced recruitment ..." or "To the UN Security Council:" with
 * items under it). Each item is an ask of the line's target; its first verb is its action.
 */
final class AskLists {

  /** One list: the named rule that found it, the line that introduces it, whom it asks, and its items. */
  record Listing(String rule, Span header, @Nullable Span target, boolean addressee, List<Span> items) {}

  private static final String TARGET = "(?<tgt>(?:the|all|its|their|our|both|each|every|other)\\s+[^,.;:()\\n]{1,80}?"
      + "|[A-Z][^,.;:()\\n]{0,80}?)";
  private static final String ASKING = "(?:call\\s+on|call\\s+upon|urge|ask|request|encourage|invite|implore|appeal\\s+to|press)";

  /** "We urge the Commission to:", "we call on you to:", "We therefore ask the authorities to:". */
  private static final Pattern WE_ASK_TO = Pattern.compile(
      "(?m)^[^\\n]*?\\b(?:[Ww]e|I)\\s+(?:\\w+\\s+){0,3}?" + ASKING + "\\s+(?:(?<you>you)|" + TARGET + ")\\s+to\\s*:[ \\t]*$");

  /** "We respectfully ask that you:", "we recommend that the Council:", "We request that you and the EU leadership:". */
  private static final Pattern WE_ASK_THAT = Pattern.compile(
      "(?m)^[^\\n]*?\\b(?:[Ww]e|I)\\s+(?:\\w+\\s+){0,3}?(?:ask|request|urge|recommend|propose)\\s+that\\s+"
          + "(?:(?<you>you)(?:\\s+and\\s+[^:\\n]{1,60})?|" + TARGET + ")\\s*:[ \\t]*$");

  /** "The authorities should:", "The Government of Kenya must:", a treaty body's "15. The State party should:". */
  private static final Pattern SHOULD = Pattern.compile(
      "(?m)^[ \\t]*(?:\\d{1,3}(?:\\.\\d{1,3})*\\.?[ \\t]+)?(?<tgt>(?:[Tt]he\\s+)?[A-Z][^,.;:()\\n]{0,80}?|[Aa]ll\\s+[^,.;:()\\n]{1,60}?)\\s+(?:should|must)\\s*:[ \\t]*$");

  /** A recommendation line: "To the Government of Myanmar:" with the asks after the colon or under the line. */
  private static final Pattern TO_X = Pattern.compile(
      "(?m)^[ \\t]*(?:[-•*][ \\t]+)?To\\s+(?<tgt>the\\s+[A-Za-z][^:\\n]{1,100}?|[A-Z][^:\\n]{1,100}?)\\s*:[ \\t]*(?<rest>[^\\n]*)$");

  /** A list item's marker: a bullet, "1." or "1)", "(a)" or "a)". */
  private static final Pattern BULLET = Pattern.compile("^[ \\t]*(?:[•▪◦*–-]|\\d{1,2}[.)]|\\(?[a-z][.)])[ \\t]+");

  private AskLists() {}

  /** Every list in {@code text}, in the order of its header. */
  static List<Listing> find(String text) {
    List<Listing> found = new ArrayList<>();
    Matcher m = WE_ASK_TO.matcher(text);
    while (m.find()) {
      Span target = m.group("you") != null ? null : new Span(m.start("tgt"), m.end("tgt"));
      found.add(new Listing("we urge X to: (a list)", new Span(m.start(), m.end()), target, m.group("you") != null,
          items(text, m.end())));
    }
    Matcher that = WE_ASK_THAT.matcher(text);
    while (that.find()) {
      Span target = that.group("you") != null ? null : new Span(that.start("tgt"), that.end("tgt"));
      found.add(new Listing("we ask that X: (a list)", new Span(that.start(), that.end()), target, that.group("you") != null,
          items(text, that.end())));
    }
    Matcher should = SHOULD.matcher(text);
    while (should.find()) {
      found.add(new Listing("X should: (a list)", new Span(should.start(), should.end()),
          new Span(should.start("tgt"), should.end("tgt")), false, items(text, should.end())));
    }
    Matcher to = TO_X.matcher(text);
    while (to.find()) {
      Span target = new Span(to.start("tgt"), to.end("tgt"));
      List<Span> items = to.group("rest").isBlank() ? items(text, to.end()) : List.of(item(text, to.start("rest"), to.end("rest")));
      found.add(new Listing("To X: recommendations", new Span(to.start(), to.end()), target, false, items));
    }
    found.removeIf(l -> l.items().isEmpty());
    found.sort((a, b) -> Integer.compare(a.header().start(), b.header().start()));
    return found;
  }

  /** The bulleted or numbered lines right after {@code from} (blank lines between them allowed), each without its marker. */
  private static List<Span> items(String text, int from) {
    List<Span> items = new ArrayList<>();
    int at = from;
    while (at < text.length()) {
      int lineStart = at + (text.charAt(at) == '\n' ? 1 : 0);
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        Matcher b = BULLET.matcher(line);
        if (!b.lookingAt()) {
          break;
        }
        items.add(item(text, lineStart + b.end(), lineEnd));
      }
      if (lineEnd >= text.length()) {
        break;
      }
      at = lineEnd;
    }
    return items;
  }

  /** An item's span without trailing punctuation, a closing "and" or "or", or spaces. */
  private static Span item(String text, int start, int end) {
    String s = text.substring(start, end);
    Matcher tail = Pattern.compile("[\\s;,.]*(?:\\b(?:and|or)\\b)?[\\s;,.]*$").matcher(s);
    int cut = tail.find() ? tail.start() : s.length();
    return new Span(start, start + cut);
  }
}
