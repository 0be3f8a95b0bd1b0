package helsinki.core;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The annotation stage: finds sentences, tokens, named mentions, time expressions and quantities in
 * a document's text. Implementations must be safe to call from many threads at once, because one
 * instance (with its models loaded once) serves a whole run.
 */
@FunctionalInterface
public interface Annotator {

  /**
   * Annotates one document; relative times are resolved against the document's {@code published}
   * date, or against {@code anchor} (the user's {@code --date}) when the document states none.
   */
  Annotated annotate(Document document, @Nullable LocalDate anchor);
}
