package helsinki.library;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import helsinki.core.Ask;
import helsinki.core.OutcomeStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An ask as {@code helsinki asks --json} prints it (FORMAT.md): the ask's own fields, its
 * {@code document}, its current {@code status} (OPEN unless a linked outcome says otherwise) and the
 * {@code outcomes} that decide it, each with its document and evidence: the chain behind the status.
 * The names of its requester and target and the library engagement of its occasion are added for readers.
 */
public record AskView(
    @JsonUnwrapped Ask ask,
    String document,
    OutcomeStatus status,
    List<LinkedOutcome> outcomes,
    @Nullable String requesterName,
    @Nullable String targetName,
    @Nullable String engagement) {

  /** Copies the list. */
  public AskView {
    outcomes = List.copyOf(outcomes);
  }
}
