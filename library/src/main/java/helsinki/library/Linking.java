package helsinki.library;

import helsinki.core.Analysis;
import helsinki.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * Links a document just kept, in its own transaction after the one that kept it, so that a failure of
 * the link stage never loses the document or its analysis: it is reported for that document and
 * repaired by the next {@code reanalyze} or {@code relink}.
 */
final class Linking {

  private Linking() {}

  /** Links {@code kept}; returns null, or why it could not be linked. */
  static @Nullable String link(Linker linker, Store store, Analysis kept) {
    try {
      linker.link(store, kept);
      return null;
    } catch (RuntimeException e) {
      return kept.id() + ": stored, but not linked: " + e;
    }
  }
}
