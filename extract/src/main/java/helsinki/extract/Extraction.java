package helsinki.extract;

import helsinki.core.Ask;
import helsinki.core.Engagement;
import helsinki.core.Event;
import helsinki.core.Outcome;
import java.util.List;

/** What extraction found in one document, with ids unique within it (V1…, G1…, A1…, O1…). */
public record Extraction(List<Event> events, List<Engagement> engagements, List<Ask> asks, List<Outcome> outcomes) {

  /** Copies the lists. */
  public Extraction {
    events = List.copyOf(events);
    engagements = List.copyOf(engagements);
    asks = List.copyOf(asks);
    outcomes = List.copyOf(outcomes);
  }
}
