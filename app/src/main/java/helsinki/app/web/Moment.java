package helsinki.app.web;

import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/** One entry of an actor's timeline: when (null when undated), what kind, a line of text and where it leads. */
record Moment(@Nullable LocalDate date, String kind, String label, String href) {

  /** Earliest first, undated last. */
  static final Comparator<Moment> ORDER = Comparator.comparing(Moment::date, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Moment::kind).thenComparing(Moment::label);
}
