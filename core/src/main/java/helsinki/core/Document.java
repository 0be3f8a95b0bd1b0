package helsinki.core;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document as ingest leaves it: clean main text, photo captions apart, and the metadata that the
 * page or the text itself states. Unknown is {@code null} or empty, never guessed.
 *
 * @param id stable id derived from the normalised text ("d-" and ten hex digits)
 * @param source the path or URL it was read from, as given
 * @param mediaType what it was parsed as ("text/html", "application/pdf"…)
 * @param addressees whom a letter is addressed to, as written ("Secretary Tillerson")
 */
public record Document(
    String id,
    String source,
    String mediaType,
    @Nullable String title,
    @Nullable String subtitle,
    @Nullable String publisher,
    List<Author> authors,
    @Nullable LocalDate published,
    @Nullable String language,
    DocumentKind kind,
    List<String> addressees,
    String text,
    List<String> captions,
    Fingerprint fingerprint) {

  public Document {
    authors = List.copyOf(authors);
    addressees = List.copyOf(addressees);
    captions = List.copyOf(captions);
  }

  /** The id that a document with this fingerprint gets when nothing else has claimed one. */
  public static String idFor(Fingerprint fingerprint) {
    return "d-" + fingerprint.textHash().substring(0, 10);
  }
}
