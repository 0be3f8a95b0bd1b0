package helsinki.core;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A time as written ("late March") and the dates it spans; a month alone spans that month. */
public record When(String text, @Nullable LocalDate start, @Nullable LocalDate end) {}
