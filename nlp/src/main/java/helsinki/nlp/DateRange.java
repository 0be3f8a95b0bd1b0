package helsinki.nlp;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The days a time expression covers, both inclusive; null where the text does not fix an end. */
record DateRange(@Nullable LocalDate start, @Nullable LocalDate end) {

  static final DateRange UNKNOWN = new DateRange(null, null);

  static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, end);
  }

  static DateRange day(LocalDate day) {
    return new DateRange(day, day);
  }
}
