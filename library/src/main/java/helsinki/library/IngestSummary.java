package helsinki.library;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an ingest did: counts per outcome, the failures, and how many inputs an earlier
 * interrupted run had already done ({@code resumed}).
 */
public record IngestSummary(Map<IngestOutcome, Integer> counts, List<ItemReport> failures, int resumed) {

  public IngestSummary {
    EnumMap<IngestOutcome, Integer> all = new EnumMap<>(IngestOutcome.class);
    for (IngestOutcome o : IngestOutcome.values()) {
      all.put(o, counts.getOrDefault(o, 0));
    }
    counts = Map.copyOf(all);
    failures = List.copyOf(failures);
  }

  /** How many inputs had this outcome. */
  public int count(IngestOutcome outcome) {
    return counts.get(outcome);
  }

  /** How many inputs this run processed. */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
