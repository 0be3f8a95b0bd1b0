package helsinki.extract;

import helsinki.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the numbered recommendation lists of UN reports into single recommendations, without NLP: an
 * item starts with a sub-paragraph number ("124.1", "121.10.", "101.13.2") at a line start or after a
 * closing bracket, and ends with the bracketed states that made it ("(Norway);", "(Chile, Peru).").
 * Several recommendations can share one number ("... (Uruguay); Establish ... (Congo);"): each bracket
 * of states followed by more words on the same line closes one and opens the next.
 */
final class RecommendationList {

  /** One recommendation: its text span and the spans of the state names in its closing bracket(s). */
  record Item(Span span, List<Span> states, String number) {}

  /** Where an item's match begins, where its number begins, and the number. */
  private record Start(int match, int number, String text) {}

  private static final String NUMBER = "\\d{1,3}\\.\\d{1,3}(?:\\.+\\d{1,3})*\\.?";
  private static final Pattern START = Pattern.compile(
      "(?m)(?:^[ \\t]*|(?<=\\)[;.,]?)[ \\t]+)(?<number>" + NUMBER + ")[ \\t]+(?=[\\p{L}(“\"])");
  /** A bracket that may hold one level of inner brackets: "(Iran (Islamic Republic of))". */
  private static final Pattern GROUP = Pattern.compile("\\((?<inside>[^()\\n]*(?:\\([^()\\n]*\\)[^()\\n]*)*)\\)");
  /** A top-level paragraph ("119. Bhutan considers ...") or a footnote line ends an item's text. */
  private static final Pattern PARAGRAPH = Pattern.compile("\\n[ \\t]*(?:\\d{1,3}\\.[ \\t]|\\*)");
  private static final Pattern NAME = Pattern.compile(
      "(?:the\\s+)?(?:former\\s+)?\\p{Lu}[\\p{L}’'.\\- ]*(?:\\s*\\([\\p{L} ]+\\))?");
  private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\d.\\-]+");
  private static final Pattern NEXT = Pattern.compile("[ \\t]+(?=\\p{L})");
  /** A list has at least this many items with states; then its items without states count too. */
  private static final int LIST = 3;

  private final Predicate<String> isState;

  /** {@code isState} says whether a bracketed name names a state (a gazetteer country, or a looser test). */
  RecommendationList(Predicate<String> isState) {
    this.isState = isState;
  }

  List<Item> find(String text) {
    List<Start> starts = new ArrayList<>();
    Matcher m = START.matcher(text);
    while (m.find()) {
      starts.add(new Start(m.start(), m.start("number"), m.group("number")));
    }
    List<Item> items = new ArrayList<>();
    List<Item> stateless = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int start = starts.get(i).number();
      int end = i + 1 < starts.size() ? starts.get(i + 1).match() : text.length();
      Matcher p = PARAGRAPH.matcher(text).region(start, end);
      if (p.find()) {
        end = p.start();
      }
      split(text, start, end, starts.get(i).text(), items, stateless);
    }
    if (items.size() < LIST) {
      return List.of();
    }
    items.addAll(stateless);
    items.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return items;
  }

  /** The recommendations in {@code text[start, end)}: one per closing bracket of states, else one without states. */
  private void split(String text, int start, int end, String number, List<Item> items, List<Item> stateless) {
    int from = start;
    while (from < end) {
      Matcher closing = GROUP.matcher(text).region(from, end);
      boolean found = false;
      while (!found && closing.find()) {
        found = closes(text, closing.end(), end) && states(closing.group("inside"));
      }
      if (!found) {
        if (from == start) {
          stateless.add(new Item(trim(text, start, end), List.of(), number));
        }
        return;
      }
      int stop = closing.end();
      if (stop < end && ";.".indexOf(text.charAt(stop)) >= 0) {
        stop++;
      }
      items.add(new Item(new Span(from, stop), requesters(text, from, closing), number));
      Matcher next = NEXT.matcher(text).region(stop, end);
      if (!next.lookingAt()) {
        return;
      }
      from = next.end();
    }
  }

  /** A bracket closes a recommendation when a ";" or "." or the line's end follows it. */
  private static boolean closes(String text, int at, int end) {
    int i = at;
    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i >= end || ";.\n".indexOf(text.charAt(i)) >= 0;
  }

  /** The closing bracket's states, and those of earlier brackets in the item that hold only states ("(Ghana, Tunisia), as ..."). */
  private List<Span> requesters(String text, int from, Matcher closing) {
    List<Span> spans = new ArrayList<>();
    Matcher g = GROUP.matcher(text).region(from, closing.start());
    while (g.find()) {
      if (states(g.group("inside"))) {
        spans.addAll(parts(g.start("inside"), g.group("inside")));
      }
    }
    spans.addAll(parts(closing.start("inside"), closing.group("inside")));
    return spans;
  }

  private boolean states(String inside) {
    List<Span> parts = parts(0, inside);
    return !parts.isEmpty() && parts.stream().map(s -> inside.substring(s.start(), s.end())).allMatch(this::state);
  }

  private boolean state(String name) {
    return NAME.matcher(name).matches() && !ACRONYM.matcher(name).matches() && isState.test(name);
  }

  /** The comma- or semicolon-separated names in a bracket, ignoring separators inside inner brackets, trimmed. */
  static List<Span> parts(int offset, String inside) {
    List<Span> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i <= inside.length(); i++) {
      char c = i < inside.length() ? inside.charAt(i) : ',';
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0 && (c == ',' || c == ';')) {
        Span s = trim(inside, from, i);
        if (s.end() > s.start()) {
          parts.add(new Span(offset + s.start(), offset + s.end()));
        }
        from = i + 1;
      }
    }
    return parts;
  }

  private static Span trim(String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }
}
