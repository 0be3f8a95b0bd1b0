package helsinki.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** Removes what is never article text: scripts, hidden parts, landmarks and classes of site chrome. */
final class HtmlPruner {

  /** A container with this many prose paragraphs is kept whatever its class says. */
  private static final int PROTECTING_PARAGRAPHS = 3;

  private HtmlPruner() {}

  /**
   * Prunes {@code body} in place; with {@code byClass} false, class and id hints are ignored, for the second
   * attempt on pages whose article sits inside a container named like chrome.
   */
  static void prune(Element body, boolean byClass) {
    HtmlStats stats = new HtmlStats(body);
    List<Node> doomed = new ArrayList<>();
    collect(body, stats, byClass, doomed);
    for (Node n : doomed) {
      n.remove();
    }
  }

  private static void collect(Element e, HtmlStats stats, boolean byClass, List<Node> doomed) {
    for (Node child : e.childNodes()) {
      if (child instanceof Comment) {
        doomed.add(child);
      } else if (child instanceof Element c) {
        if (isRemovable(c, stats, byClass)) {
          doomed.add(c);
        } else {
          collect(c, stats, byClass, doomed);
        }
      }
    }
  }

  private static boolean isRemovable(Element e, HtmlStats stats, boolean byClass) {
    if (HtmlHints.NEVER_CONTENT.contains(e.normalName()) || HtmlHints.isHidden(e)) {
      return true;
    }
    if (e.nameIs("article") || e.nameIs("main") || HtmlHints.isCaption(e)) {
      return false;
    }
    int prose = stats.of(e).paragraphs;
    if (HtmlHints.CHROME_ROLES.contains(e.attr("role"))) {
      return prose < PROTECTING_PARAGRAPHS;
    }
    if (e.nameIs("header")) {
      return prose == 0;
    }
    if (!byClass) {
      return false;
    }
    return HtmlHints.isChrome(e) || (HtmlHints.isWeakChrome(e) && prose < PROTECTING_PARAGRAPHS);
  }
}
