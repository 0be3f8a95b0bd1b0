package helsinki.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element of a tree, computed in one bottom-up pass so that scoring stays linear in
 * the size of the page: letters (non-space characters), letters inside links, commas and prose paragraphs (p, or a div of inline text only).
 */
final class HtmlStats {

  /** One element's measures. */
  static final class Stat {
    int letters;
    int linkLetters;
    int commas;
    int paragraphs;
    int looseLetters;
    int looseCommas;
    int proseLinkLetters;

    double linkDensity() {
      return letters == 0 ? 0 : (double) linkLetters / letters;
    }

    /** Link density not counting links inside prose paragraphs, which cite sources rather than navigate. */
    double chromeLinkDensity() {
      return letters == 0 ? 0 : (double) (linkLetters - proseLinkLetters) / letters;
    }
  }

  /** A paragraph of at least this many letters counts as prose, not a label. */
  static final int PROSE_LETTERS = 70;

  private static final Stat EMPTY = new Stat();

  private final Map<Element, Stat> stats = new IdentityHashMap<>();

  HtmlStats(Element root) {
    // Iterative (jsoup's traversor), since pages can nest deeper than the Java stack allows recursion.
    NodeTraversor.traverse(new NodeVisitor() {
      private int linkDepth;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && e.nameIs("a")) {
          linkDepth++;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          stats.put(e, measure(e, linkDepth > 0));
          if (e.nameIs("a")) {
            linkDepth--;
          }
        }
      }
    }, root);
  }

  Stat of(Element e) {
    return stats.getOrDefault(e, EMPTY);
  }

  /** Sums an element's own text and its children's measures, which the traversal has already taken. */
  private Stat measure(Element e, boolean link) {
    Stat s = new Stat();
    boolean blockChild = false;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        int letters = s.letters;
        int commas = s.commas;
        count(t.getWholeText(), s, link);
        if (!link) {
          s.looseLetters += s.letters - letters;
          s.looseCommas += s.commas - commas;
        }
      } else if (child instanceof Element c) {
        Stat cs = of(c);
        s.letters += cs.letters;
        s.linkLetters += cs.linkLetters;
        s.commas += cs.commas;
        s.paragraphs += cs.paragraphs;
        s.proseLinkLetters += cs.proseLinkLetters;
        boolean isBlock = HtmlScorer.BLOCKS.contains(c.normalName()) && !c.nameIs("br");
        blockChild |= isBlock;
        if (!isBlock) {
          s.looseLetters += cs.looseLetters;
          s.looseCommas += cs.looseCommas;
        }
      }
    }
    boolean proseTag = e.nameIs("p") || (!blockChild && (e.nameIs("div") || e.nameIs("section") || e.nameIs("td")));
    if (proseTag && s.letters >= PROSE_LETTERS && s.linkDensity() < 0.5) {
      s.paragraphs++;
      s.proseLinkLetters = s.linkLetters;
    }
    // Text lying loose beside blocks (paragraphs split by br) is prose too, as in Readability's wrapping of it.
    if (blockChild && s.looseLetters >= PROSE_LETTERS) {
      s.paragraphs += 1 + s.looseLetters / 400;
    }
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
