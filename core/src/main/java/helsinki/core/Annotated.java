package helsinki.core;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the annotation stage found in one document. All spans are UTF-16 offsets into the
 * document's {@code text}, end exclusive; every list is in text order.
 *
 * @param documentId the annotated document's id
 * @param anchor the date that relative times were resolved against, or null when none was known
 * @param sentences the sentences, each with its tokens
 * @param mentions named mentions of people, organisations, places and other names
 * @param times time expressions with the dates they span
 * @param quantities counts of things ("over 1,000 arrests")
 */
public record Annotated(
    String documentId,
    @Nullable LocalDate anchor,
    List<Sentence> sentences,
    List<Mention> mentions,
    List<TimeExpression> times,
    List<Quantity> quantities) {

  public Annotated {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    times = List.copyOf(times);
    quantities = List.copyOf(quantities);
  }
}
