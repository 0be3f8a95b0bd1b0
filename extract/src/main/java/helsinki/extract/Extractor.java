package helsinki.extract;

import java.util.List;

/**
 * The extract stage for events, engagements, asks and outcomes: a pure function of one annotated document.
 * Outcomes' {@code answers} stay empty here; linking them to asks is the {@code link} stage's work.
 */
public final class Extractor {

  /** Reads the engagements first, since asks and outcomes name them as their occasion. */
  public Extraction extract(Input input) {
    Context context = new Context(input);
    var engagements = new Engagements(context, input).find();
    var asks = new Asks(context, input, engagements).find();
    var outcomes = new Outcomes(context, engagements).find();
    var events = new Events(context, input).find();
    return new Extraction(events, engagements, asks, outcomes);
  }

  /** Every pattern's name prefixed by its kind ("ask: we urge you to"), in the order each kind is tried. */
  public static List<String> patternNames() {
    return java.util.stream.Stream.of(
        EventPattern.ALL.stream().map(p -> "event: " + p.name()),
        EngagementPattern.ALL.stream().map(p -> "engagement: " + p.name()),
        AskPattern.ALL.stream().map(p -> "ask: " + p.name()),
        OutcomePattern.ALL.stream().map(p -> "outcome: " + p.name())).flatMap(s -> s).toList();
  }
}
