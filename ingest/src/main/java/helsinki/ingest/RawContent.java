package helsinki.ingest;

import java.util.List;
import java.util.Map;

/** What a reader found in an input's bytes, before any cleaning. */
sealed interface RawContent {

  /** The source's name as the user gave it (path or URL). */
  String source();

  /** A web page, parsed; its base URI is the page's URL where known. */
  record Html(String source, org.jsoup.nodes.Document dom) implements RawContent {}

  /**
   * Text extracted from a non-HTML format.
   *
   * @param pages each page's text where the format has pages (PDF), else empty; running headers,
   *     footers and page markers are judged across pages
   * @param properties what the format's own metadata says (Tika keys: "dc:title", "dc:creator",
   *     "dcterms:created"…)
   */
  record Text(String source, String mediaType, String text, List<String> pages, Map<String, String> properties)
      implements RawContent {

    public Text {
      pages = List.copyOf(pages);
      properties = Map.copyOf(properties);
    }
  }
}
