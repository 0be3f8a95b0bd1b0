package helsinki.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Main-content extraction from web pages: the article's paragraphs (headings and list items included) in
 * reading order, without site chrome, banners, share bars, related lists or bylines; captions apart.
 */
final class HtmlCleaner {

  /** Below this many letters the first attempt probably missed the article, as Readability also assumes. */
  private static final int ENOUGH_LETTERS = 400;

  private static final String CAPTIONS = "figcaption, [class*=caption], [class*=credit]";

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
    Set<String> headlines = HtmlTitle.variants(dom);
    HtmlBlocks first = attempt(dom, headlines, true);
    if (first.letters() >= ENOUGH_LETTERS) {
      return new CleanPage(title, first.paragraphs(), first.captions());
    }
    HtmlBlocks second = attempt(dom, headlines, false);
    HtmlBlocks best = second.letters() > first.letters() ? second : first;
    return new CleanPage(title, best.paragraphs(), best.captions());
  }

  private static HtmlBlocks attempt(org.jsoup.nodes.Document dom, Set<String> headlines, boolean byClass) {
    Element body = dom.body().clone();
    // An article's own header (headline, lead photo) is pruned as chrome, but its caption belongs to the article.
    List<String> leadCaptions = new ArrayList<>();
    for (Element header : body.getElementsByTag("header")) {
      if (header.closest("article") != null) {
        header.select(CAPTIONS).forEach(c -> leadCaptions.add(c.text()));
      }
    }
    HtmlPruner.prune(body, byClass);
    List<Element> roots = HtmlScorer.contentRoots(body);
    HtmlBlocks blocks = new HtmlBlocks(new HtmlStats(body), headlines);
    leadCaptions.forEach(blocks::addCaption);
    for (Element root : roots) {
      blocks.add(root);
    }
    for (Element caption : captionsBeside(roots)) {
      blocks.addCaption(caption.text());
    }
    return blocks;
  }

  /**
   * Captions of the article that lie outside the chosen containers, such as a photo between two of them: those
   * inside the same {@code article} (or {@code main}) element as the first container.
   */
  static List<Element> captionsBeside(List<Element> roots) {
    Element scope = roots.get(0).closest("article, main");
    if (scope == null) {
      return List.of();
    }
    List<Element> out = new ArrayList<>();
    for (Element e : scope.select(CAPTIONS)) {
      boolean inRoot = roots.stream().anyMatch(r -> r == e || e.parents().contains(r));
      boolean inOther = !out.isEmpty() && e.parents().contains(out.get(out.size() - 1));
      if (!inRoot && !inOther && roots.stream().noneMatch(r -> r.parents().contains(e))) {
        out.add(e);
      }
    }
    return out;
  }
}
