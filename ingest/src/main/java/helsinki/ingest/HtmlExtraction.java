package helsinki.ingest;

import org.jsoup.Jsoup;

/** Main-content extraction from one HTML page, for benchmarks and tools that need only the text. */
public final class HtmlExtraction {

  private HtmlExtraction() {}

  /** Returns the main text of {@code html} (paragraphs separated by blank lines), resolving links against {@code url}. */
  public static String mainText(String html, String url) {
    return new HtmlCleaner().clean(Jsoup.parse(html, url)).text();
  }
}
