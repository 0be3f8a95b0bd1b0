package helsinki.library;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import helsinki.core.Outcome;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An outcome linked to an ask: the outcome's fields (its {@code answers} as {@code documentId#askId}),
 * its {@code document} and that document's date, and the link's score and the rule that made it.
 */
public record LinkedOutcome(
    @JsonUnwrapped Outcome outcome,
    String document,
    @Nullable LocalDate published,
    double score,
    String rule,
    @Nullable String subjectName) {}
