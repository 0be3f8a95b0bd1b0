package helsinki.extract;

import helsinki.core.EventType;
import java.util.List;
import java.util.Map;

/**
 * The UPR Info issues (TAXONOMY.md's themes, spelled exactly as in the database's {@code Issue} column)
 * that an event's type names by itself. Types whose issue depends on who suffered it (a killing may be an
 * extrajudicial execution or not; an attack on a reporter is a press-freedom issue) name none here: the
 * theme classifier reads those from the text.
 */
final class EventThemes {

  private static final Map<EventType, List<String>> BY_TYPE = Map.of(
      EventType.PROTEST, List.of("Freedom of association and peaceful assembly"),
      EventType.PROTEST_REPRESSION, List.of("Freedom of association and peaceful assembly", "Human rights violations by state agents"),
      EventType.ARREST, List.of("Detention"),
      EventType.DISAPPEARANCE, List.of("Enforced disappearances"),
      EventType.TORTURE, List.of("Torture and other CID treatment"),
      EventType.MILITARY_FORCE, List.of("International humanitarian law"),
      EventType.CORRUPTION, List.of("Corruption"),
      EventType.ELECTION_INTERFERENCE, List.of("Elections"));

  private EventThemes() {}

  /** The issues {@code type} names, or none. */
  static List<String> of(EventType type) {
    return BY_TYPE.getOrDefault(type, List.of());
  }
}
