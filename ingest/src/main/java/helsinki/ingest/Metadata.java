package helsinki.ingest;

import helsinki.core.Author;
import helsinki.core.DocumentKind;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a document says about itself; unknown is null or empty, never guessed. */
record Metadata(
    @Nullable String title,
    @Nullable String subtitle,
    @Nullable String publisher,
    List<Author> authors,
    @Nullable LocalDate published,
    DocumentKind kind,
    List<String> addressees) {

  Metadata {
    authors = List.copyOf(authors);
    addressees = List.copyOf(addressees);
  }
}
