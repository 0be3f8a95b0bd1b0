package helsinki.library;

import helsinki.core.EventType;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which library events to list: by country (ISO code), type, the days they meet [from, to], and actor
 * (a canonical actor id, or a name, alias or surname of one of the reports' actors); null is any.
 */
public record EventFilter(@Nullable String country, @Nullable EventType type, @Nullable LocalDate from, @Nullable LocalDate to,
    @Nullable String actor) {

  /** Every event. */
  public static EventFilter all() {
    return new EventFilter(null, null, null, null, null);
  }
}
