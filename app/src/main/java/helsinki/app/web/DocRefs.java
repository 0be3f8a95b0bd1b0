package helsinki.app.web;

import helsinki.core.Analysis;
import helsinki.library.Library;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The title and date of documents, read once per request from their stored analyses. */
final class DocRefs {

  /** A document as the workbench pages link to it. */
  record DocRef(String id, @Nullable String title, @Nullable LocalDate published) {}

  private final Library library;
  private final Map<String, DocRef> seen = new HashMap<>();

  DocRefs(Library library) {
    this.library = library;
  }

  DocRef of(String id) {
    return seen.computeIfAbsent(id, k -> library.analysis(k).map(DocRefs::ref).orElse(new DocRef(k, null, null)));
  }

  @Nullable LocalDate published(String id) {
    return of(id).published();
  }

  /** The stored analysis of {@code id}, if it has one. */
  java.util.Optional<Analysis> analysis(String id) {
    return library.analysis(id);
  }

  private static DocRef ref(Analysis a) {
    return new DocRef(a.id(), a.title(), a.published());
  }
}
