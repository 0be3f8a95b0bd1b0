package helsinki.core;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Something that happened: who did what to whom, where, when and how many. */
public record Event(
    String id,
    EventType type,
    List<String> actors,
    @Nullable String victims,
    @Nullable Place place,
    @Nullable When when,
    List<Count> counts,
    Certainty certainty,
    List<String> themes,
    Evidence evidence) {

  public Event {
    actors = List.copyOf(actors);
    counts = List.copyOf(counts);
    themes = List.copyOf(themes);
  }
}
