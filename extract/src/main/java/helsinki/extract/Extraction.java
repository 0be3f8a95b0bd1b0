package helsinki.extract;

import helsinki.core.Ask;
import helsinki.core.Engagement;
import helsinki.core.Outcome;
import java.util.List;

/** What extraction found in one document, with ids unique within it (G1…, A1…, O1…). */
public record Extraction(List<Engagement> engagements, List<Ask> asks, List<Outcome> outcomes) {

  /** Copies the lists. */
  public Extraction {
    engagements = List.copyOf(engagements);
    asks = List.copyOf(asks);
    outcomes = List.copyOf(outcomes);
  }
}
