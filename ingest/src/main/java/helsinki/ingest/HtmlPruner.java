package helsinki.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Removes what is never article text: scripts, hidden parts, landmarks and classes of site chrome. */
final class HtmlPruner {

  /** A container with this many prose paragraphs is kept whatever its class says. */
  private static final int PROTECTING_PARAGRAPHS = 3;

  /**
   * Prunes {@code body} in place; with {@code byClass} false, class and id hints are ignored on containers that
   * hold most of the page's prose, for a second attempt on pages whose article sits inside one named like chrome.
   */
  static void prune(Element body, boolean byClass) {
    HtmlStats stats = new HtmlStats(body);
    int pageProse = stats.of(body).paragraphs;
    List<Node> doomed = new ArrayList<>();
    new HtmlPruner(stats, byClass, pageProse).collect(body, doomed);
    for (Node n : doomed) {
      n.remove();
    }
  }

  private final HtmlStats stats;
  private final boolean byClass;
  private final int pageProse;

  private HtmlPruner(HtmlStats stats, boolean byClass, int pageProse) {
    this.stats = stats;
    this.byClass = byClass;
    this.pageProse = pageProse;
  }

  private void collect(Element root, List<Node> doomed) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node == root) {
          return FilterResult.CONTINUE;
        }
        if (node instanceof Comment || node instanceof Element e && isRemovable(e)) {
          doomed.add(node);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, root);
  }

  private boolean isRemovable(Element e) {
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
    boolean chrome = HtmlHints.isChrome(e) || (HtmlHints.isWeakChrome(e) && prose < PROTECTING_PARAGRAPHS);
    // Second attempt: a "sidebar" or "widget" that holds most of the page's prose is the article's wrapper.
    return chrome && (byClass || 2 * prose < pageProse);
  }
}
