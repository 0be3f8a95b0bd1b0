package helsinki.library;

import helsinki.store.SourceRecord;
import helsinki.store.StoredDocument;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything {@code show} tells about one document: the record, its sources and its near-duplicates. */
public record DocumentView(StoredDocument stored, List<SourceRecord> sources, List<Related> nearDuplicates) {

  /** A near-duplicate, with its title so that a reader can tell which it is. */
  public record Related(String id, @Nullable String title, double similarity) {}

  public DocumentView {
    sources = List.copyOf(sources);
    nearDuplicates = List.copyOf(nearDuplicates);
  }
}
