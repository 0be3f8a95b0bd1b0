package helsinki.core;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A statement that an actor did or did not do what was asked, linked to the asks it answers. */
public record Outcome(
    String id,
    @Nullable String subject,
    AskAction action,
    @Nullable String object,
    OutcomeStatus status,
    @Nullable String occasion,
    List<String> answers,
    Evidence evidence) {

  public Outcome {
    answers = List.copyOf(answers);
  }
}
