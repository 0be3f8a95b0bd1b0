package helsinki.library;

import java.util.ArrayList;
import java.util.List;

/**
 * Events against gold events (GOLD.md). {@code matched} gold events were found; {@code extra} predictions
 * match no gold event, and {@code covered} of those read a matched gold passage as one of the types the gold
 * accepts for it (a list of abuses that the gold records as one event with alternatives, while extraction
 * gives one event per type it names). Attributes are counted on matched pairs where the gold gives them.
 */
public record EventScores(
    int gold, int predicted, int matched, int extra, int covered,
    int countryGold, int country, int timeGold, int time, int countGold, int count, List<String> notes) {

  public EventScores {
    notes = List.copyOf(notes);
  }

  static final EventScores NONE = new EventScores(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());

  /** Matched over predicted events, every unmatched prediction counted wrong. */
  public double strictPrecision() {
    return ratio(matched, predicted);
  }

  /** Matched over predicted events, leaving out the covered extra readings of a matched gold passage. */
  public double precision() {
    return ratio(matched, predicted - covered);
  }

  /** Matched over gold events. */
  public double recall() {
    return ratio(matched, gold);
  }

  /** F1 of {@link #precision()} and {@link #recall()}. */
  public double f1() {
    return harmonic(precision(), recall());
  }

  /** F1 of {@link #strictPrecision()} and {@link #recall()}. */
  public double strictF1() {
    return harmonic(strictPrecision(), recall());
  }

  EventScores plus(EventScores o) {
    List<String> all = new ArrayList<>(notes);
    all.addAll(o.notes);
    return new EventScores(gold + o.gold, predicted + o.predicted, matched + o.matched, extra + o.extra, covered + o.covered,
        countryGold + o.countryGold, country + o.country, timeGold + o.timeGold, time + o.time, countGold + o.countGold,
        count + o.count, all);
  }

  private static double harmonic(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
