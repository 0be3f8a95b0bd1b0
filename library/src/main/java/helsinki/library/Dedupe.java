package helsinki.library;

import helsinki.core.Document;
import helsinki.core.Fingerprint;
import helsinki.core.Visibility;
import helsinki.store.Candidate;
import helsinki.store.StoredDocument;
import helsinki.store.Transaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides, inside one transaction, what a freshly read document is to the library and records it:
 * the same text is the same record (its source added), a known source with new text updates its
 * record, and a new text nearly equal to others is stored apart and linked to them.
 */
final class Dedupe {

  /** Estimated Jaccard similarity of word 5-shingles from which two texts count as near-duplicates. */
  static final double NEAR_THRESHOLD = 0.8;

  /**
   * The outcome, the id of the record the document went into, the change number it made (0 for
   * none) and, when the record is new, the record itself, so that it can be indexed without reading
   * it back.
   */
  record Saved(IngestOutcome outcome, String documentId, long change, @Nullable StoredDocument created) {}

  private Dedupe() {}

  static Saved save(Document doc, Instant now, Transaction tx) {
    Optional<String> bySource = tx.documentIdForSource(doc.source());
    Optional<String> byText = tx.documentIdForTextHash(doc.fingerprint().textHash());
    if (byText.isPresent()) {
      String id = byText.get();
      tx.putSource(doc.source(), id, now);
      if (bySource.equals(byText)) {
        return new Saved(IngestOutcome.UNCHANGED, id, 0, null);
      }
      return new Saved(IngestOutcome.DUPLICATE, id, tx.touch(id, now), null);
    }
    // A source whose text changed updates its record, unless other sources still hold the old text:
    // then the old record stays theirs and the new text becomes a record of its own.
    if (bySource.isPresent() && tx.sourceCount(bySource.get()) == 1) {
      String id = bySource.get();
      long change = tx.replace(id, doc, List.of(), now);
      tx.putSource(doc.source(), id, now);
      linkNear(id, doc.fingerprint(), tx);
      return new Saved(IngestOutcome.UPDATED, id, change, null);
    }
    Document stored = withId(doc, freeId(doc, tx));
    long change = tx.insert(stored, Visibility.PUBLIC, List.of(), now);
    tx.putSource(doc.source(), stored.id(), now);
    int links = linkNear(stored.id(), doc.fingerprint(), tx);
    return new Saved(links > 0 ? IngestOutcome.NEAR_DUPLICATE : IngestOutcome.NEW, stored.id(), change,
        new StoredDocument(stored, Visibility.PUBLIC, List.of(), now, now, change));
  }

  private static int linkNear(String id, Fingerprint fingerprint, Transaction tx) {
    int links = 0;
    for (Candidate c : tx.nearCandidates(id, fingerprint.minHash())) {
      double similarity = fingerprint.similarity(new Fingerprint("", c.minHash()));
      if (similarity >= NEAR_THRESHOLD) {
        tx.link(id, c.documentId(), similarity);
        links++;
      }
    }
    return links;
  }

  /** The id ingest gave, or, in the rare case that another text claimed it, a longer one from the same hash. */
  private static String freeId(Document doc, Transaction tx) {
    String hash = doc.fingerprint().textHash();
    String id = doc.id();
    for (int digits = 12; tx.idTaken(id); digits += 2) {
      id = "d-" + hash.substring(0, Math.min(digits, hash.length()));
      if (digits >= hash.length() && tx.idTaken(id)) {
        throw new IllegalStateException("no free id for text hash " + hash);
      }
    }
    return id;
  }

  static Document withId(Document d, String id) {
    if (id.equals(d.id())) {
      return d;
    }
    return new Document(id, d.source(), d.mediaType(), d.title(), d.subtitle(), d.publisher(), d.authors(),
        d.published(), d.language(), d.kind(), d.addressees(), d.text(), d.captions(), d.fingerprint());
  }
}
