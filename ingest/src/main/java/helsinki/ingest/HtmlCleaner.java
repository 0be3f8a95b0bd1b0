package helsinki.ingest;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Main-content extraction from web pages: the article's paragraphs (headings and list items included) in
 * reading order, without site chrome, banners, share bars, related lists or bylines; captions apart.
 */
final class HtmlCleaner {

  /** A page's main content. */
  record CleanPage(@Nullable String title, List<String> paragraphs, List<String> captions) {

    CleanPage {
      paragraphs = List.copyOf(paragraphs);
      captions = List.copyOf(captions);
    }

    String text() {
      return String.join("\n\n", paragraphs);
    }
  }

  /** Extracts the main content; {@code dom} itself is left as it was, since metadata is read from it later. */
  CleanPage clean(org.jsoup.nodes.Document dom) {
    String title = HtmlTitle.of(dom);
    Element body = dom.body().clone();
    HtmlPruner.prune(body);
    List<Element> roots = HtmlScorer.contentRoots(body);
    HtmlBlocks blocks = new HtmlBlocks(new HtmlStats(body), title);
    for (Element root : roots) {
      blocks.add(root);
    }
    return new CleanPage(title, blocks.paragraphs(), blocks.captions());
  }
}
