package helsinki.core;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A request by a requester that a target do something, on an occasion, with its evidence. */
public record Ask(
    String id,
    @Nullable String requester,
    @Nullable String target,
    AskAction action,
    @Nullable String object,
    List<String> counterparts,
    @Nullable Channel channel,
    @Nullable String occasion,
    @Nullable LocalDate due,
    @Nullable Integer strength,
    List<String> themes,
    Evidence evidence) {

  public Ask {
    counterparts = List.copyOf(counterparts);
    themes = List.copyOf(themes);
  }
}
