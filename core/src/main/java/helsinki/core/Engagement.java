package helsinki.core;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A visit, meeting, call, summit or hearing: the occasions that asks are tied to. */
public record Engagement(
    String id,
    EngagementType type,
    String actor,
    List<String> counterparts,
    @Nullable Place place,
    @Nullable When when,
    Evidence evidence) {

  public Engagement {
    counterparts = List.copyOf(counterparts);
  }
}
