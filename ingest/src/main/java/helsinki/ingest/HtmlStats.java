package helsinki.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text measures of every element of a tree, computed in one bottom-up pass so that scoring stays linear in
 * the size of the page: letters (non-space characters), letters inside links, commas and long paragraphs.
 */
final class HtmlStats {

  /** One element's measures. */
  static final class Stat {
    int letters;
    int linkLetters;
    int commas;
    int paragraphs;

    double linkDensity() {
      return letters == 0 ? 0 : (double) linkLetters / letters;
    }
  }

  /** A paragraph of at least this many letters counts as prose, not a label. */
  static final int PROSE_LETTERS = 70;

  private static final Stat EMPTY = new Stat();

  private final Map<Element, Stat> stats = new IdentityHashMap<>();

  HtmlStats(Element root) {
    measure(root, false);
  }

  Stat of(Element e) {
    return stats.getOrDefault(e, EMPTY);
  }

  private Stat measure(Element e, boolean inLink) {
    Stat s = new Stat();
    boolean link = inLink || e.nameIs("a");
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        count(t.getWholeText(), s, link);
      } else if (child instanceof Element c) {
        Stat cs = measure(c, link);
        s.letters += cs.letters;
        s.linkLetters += cs.linkLetters;
        s.commas += cs.commas;
        s.paragraphs += cs.paragraphs;
      }
    }
    if (e.nameIs("p") && s.letters >= PROSE_LETTERS) {
      s.paragraphs++;
    }
    stats.put(e, s);
    return s;
  }

  private static void count(String text, Stat s, boolean link) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '،') {
        s.commas++;
      }
      if (!Character.isWhitespace(c) && c != '\u00a0') {
        letters++;
      }
    }
    s.letters += letters;
    if (link) {
      s.linkLetters += letters;
    }
  }
}
