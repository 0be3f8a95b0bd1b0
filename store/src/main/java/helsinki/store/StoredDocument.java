package helsinki.store;

import helsinki.core.Document;
import helsinki.core.Visibility;
import java.time.Instant;
import java.util.List;

/**
 * A document as the library keeps it.
 *
 * @param document the document, with the source it was first read from
 * @param visibility who may see it
 * @param countries ISO 3166-1 codes of the countries it is about (filled by the NLP stage; empty until then)
 * @param ingested when it entered the library
 * @param updated when its record last changed
 * @param changeSeq the library-wide change number of its last change; the index catches up by it
 */
public record StoredDocument(
    Document document, Visibility visibility, List<String> countries, Instant ingested, Instant updated, long changeSeq) {

  public StoredDocument {
    countries = List.copyOf(countries);
  }

  /** The document's id. */
  public String id() {
    return document.id();
  }
}
