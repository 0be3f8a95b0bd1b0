package helsinki.extract.link;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An ask, outcome or engagement with the document it was read from and that document's date, and
 * the library engagement its occasion belongs to (null when it has none or none is known yet).
 */
public record InDocument<T>(String document, @Nullable LocalDate published, T item, @Nullable String engagement) {

  /** The item of a document, outside any library engagement. */
  public static <T> InDocument<T> of(String document, @Nullable LocalDate published, T item) {
    return new InDocument<>(document, published, item, null);
  }
}
