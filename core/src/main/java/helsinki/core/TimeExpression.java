package helsinki.core;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A time expression ("late March") with the days it spans, both inclusive. {@code start} or
 * {@code end} is null where the text does not fix it ("every Friday").
 *
 * @param text the expression as written
 * @param span where it lies in the text
 * @param type its TimeML type
 * @param timex the TimeML TIMEX3 value it was normalised from ("2017-03", "P2Y", "PAST_REF"), kept
 *     for evaluation and for readers that want more than days
 * @param start the first day it covers
 * @param end the last day it covers
 */
public record TimeExpression(
    String text,
    Span span,
    TimexType type,
    String timex,
    @Nullable LocalDate start,
    @Nullable LocalDate end) {

  /** The analysis format's view of this expression. */
  public When when() {
    return new When(text, start, end);
  }
}
