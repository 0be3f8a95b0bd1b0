package helsinki.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Cleans text that did not come as HTML (PDF, office files, plain text, pages saved as text): drops
 * page markers, running headers and footers and site chrome, joins lines that a page layout wrapped,
 * and repairs broken words. Paragraphs stay separated by blank lines. Thread-safe.
 */
final class TextCleaner {

  /** A wrapped line is at least this long; shorter lines are headings, addresses or signatures. */
  static final int WRAPPED_LINE_CHARS = 40;

  private static final Pattern ODD_SPACES = Pattern.compile("[\\t\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000]");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00ad\\u200b\\u200c\\u200d\\u2060\\ufeff]");
  private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n\\s*");
  private static final Pattern LIST_ITEM =
      Pattern.compile("^(?:[•◦▪■●○∙·*\\-–—]|\\(?\\d{1,3}(?:\\.\\d{1,3})*[.)]|\\(?[a-zA-Z][.)]|\\([ivx]+\\)|[IVX]{1,5}\\.)(?:\\s|$)");
  /** A paragraph number or list letter that the layout put on a line of its own: "1.", "(a)". */
  private static final Pattern LIST_MARKER_ALONE = Pattern.compile("^(?:\\d{1,3}[.)]|\\(?[a-z][.)]|\\([ivx]+\\)|[•◦▪■●])$");
  /** Words that leave a sentence open: a block that ends on one goes on after the blank line. */
  private static final Set<String> OPEN_ENDINGS = Set.of(
      "the", "a", "an", "of", "and", "or", "its", "their", "our", "than");
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;\"”’)\\]]$");

  private final PageMarkers markers = new PageMarkers();
  private final RunningLines running = new RunningLines();
  private final Boilerplate boilerplate = new Boilerplate();
  private final WordRepair repair;

  TextCleaner() {
    this(WordList.english());
  }

  TextCleaner(WordList words) {
    this.repair = new WordRepair(words);
  }

  /**
   * The clean text, paragraphs separated by blank lines.
   *
   * @param pages each page's text where the format has pages, else empty
   */
  String clean(String text, List<String> pages) {
    List<String> split = pages.isEmpty() && text.indexOf('\f') >= 0 ? List.of(text.split("\f")) : pages;
    String body = split.size() > 1
        ? running.join(split.stream().map(TextCleaner::normalise).toList())
        : running.removeRepeated(normalise(text));
    body = repair.joinLineBreaks(markers.remove(body));
    List<String> paragraphs = new ArrayList<>();
    for (String block : BLANK_LINES.split(body.strip())) {
      String paragraph = unwrap(block);
      int last = paragraphs.size() - 1;
      if (paragraph.isBlank()) {
        continue;
      }
      // The first paragraph may be a title, and a title never runs on into the body.
      if (last >= 1 && continues(paragraphs.get(last), paragraph)) {
        paragraphs.set(last, paragraphs.get(last) + " " + paragraph);
      } else {
        paragraphs.add(paragraph);
      }
    }
    return repair.splitJoinedWords(String.join("\n\n", boilerplate.remove(paragraphs)));
  }

  /** One line ending, ordinary spaces, no invisible characters, no space at either end of a line. */
  static String normalise(String text) {
    String s = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
    s = INVISIBLE.matcher(ODD_SPACES.matcher(s).replaceAll(" ")).replaceAll("");
    StringBuilder out = new StringBuilder(s.length());
    for (String line : s.split("\n", -1)) {
      out.append(RUNS_OF_SPACES.matcher(line.strip()).replaceAll(" ")).append('\n');
    }
    return out.toString();
  }

  /** A block's lines joined where a page layout wrapped a sentence; list items keep their own lines. */
  static String unwrap(String block) {
    StringBuilder out = new StringBuilder();
    @Nullable String previous = null;
    for (String raw : block.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (previous != null) {
        out.append(wrapped(previous, line) ? " " : "\n");
      }
      out.append(line);
      previous = line;
    }
    return out.toString();
  }

  /**
   * Whether a blank line fell inside a sentence (a page break in extracted text): the block before
   * ends on a word that cannot end a sentence, or without punctuation before a lower-case word.
   */
  static boolean continues(String before, String after) {
    String lastLine = before.substring(before.lastIndexOf('\n') + 1);
    if (lastLine.length() < WRAPPED_LINE_CHARS || LIST_ITEM.matcher(after).find()) {
      // Short lines end headings, closings ("Sincerely,") and signatures, never a wrapped sentence.
      return false;
    }
    String last = lastLine.substring(lastLine.lastIndexOf(' ') + 1);
    boolean open = OPEN_ENDINGS.contains(last) || last.endsWith(",");
    return open || Character.isLowerCase(after.codePointAt(0)) && !ENDS_SENTENCE.matcher(lastLine).find();
  }

  private static boolean wrapped(String previous, String next) {
    if (LIST_MARKER_ALONE.matcher(previous).matches() && !LIST_ITEM.matcher(next).find()) {
      return true;
    }
    if (LIST_ITEM.matcher(next).find() || ENDS_SENTENCE.matcher(previous).find()) {
      return false;
    }
    if (Character.isLowerCase(next.codePointAt(0))) {
      return true;
    }
    // Before a capital, only prose wraps: a line of names and titles ("…, Press Freedom Network") ends capitalised.
    String last = previous.substring(previous.lastIndexOf(' ') + 1);
    boolean prose = Character.isLowerCase(last.codePointAt(0)) || last.endsWith(",") || Character.isDigit(last.codePointAt(0));
    return previous.length() >= WRAPPED_LINE_CHARS && prose;
  }
}
