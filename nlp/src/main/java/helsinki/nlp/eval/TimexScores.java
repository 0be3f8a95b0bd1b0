package helsinki.nlp.eval;

import java.util.Locale;

/**
 * Counts behind the TempEval-3 time-expression figures, summed over documents.
 *
 * @param gold gold TIMEX3s (the document creation time excluded)
 * @param system system TIMEX3s
 * @param strictGold gold TIMEX3s that a system TIMEX3 matches exactly
 * @param strictSystem system TIMEX3s that match a gold one exactly
 * @param relaxedGold gold TIMEX3s that a system TIMEX3 overlaps
 * @param relaxedSystem system TIMEX3s that overlap a gold one
 * @param valueMatches relaxed-matched gold TIMEX3s whose system value is the same
 * @param typeMatches relaxed-matched gold TIMEX3s whose system type is the same
 */
public record TimexScores(
    int gold, int system, int strictGold, int strictSystem, int relaxedGold, int relaxedSystem,
    int valueMatches, int typeMatches) {

  /** No documents yet. */
  public static final TimexScores NONE = new TimexScores(0, 0, 0, 0, 0, 0, 0, 0);

  /** The sums of this and {@code other}. */
  public TimexScores plus(TimexScores o) {
    return new TimexScores(gold + o.gold, system + o.system, strictGold + o.strictGold,
        strictSystem + o.strictSystem, relaxedGold + o.relaxedGold, relaxedSystem + o.relaxedSystem,
        valueMatches + o.valueMatches, typeMatches + o.typeMatches);
  }

  /** Share of system TIMEX3s with a gold one of the same extent. */
  public double strictPrecision() {
    return ratio(strictSystem, system);
  }

  /** Share of gold TIMEX3s with a system one of the same extent. */
  public double strictRecall() {
    return ratio(strictGold, gold);
  }

  /** Harmonic mean of strict precision and recall. */
  public double strictF1() {
    return f1(strictPrecision(), strictRecall());
  }

  /** Share of system TIMEX3s that overlap a gold one. */
  public double relaxedPrecision() {
    return ratio(relaxedSystem, system);
  }

  /** Share of gold TIMEX3s that a system one overlaps. */
  public double relaxedRecall() {
    return ratio(relaxedGold, gold);
  }

  /** Harmonic mean of relaxed precision and recall. */
  public double relaxedF1() {
    return f1(relaxedPrecision(), relaxedRecall());
  }

  /** Share of relaxed matches with the gold value, as the TE3 scorer counts it. */
  public double valueAccuracy() {
    return ratio(valueMatches, relaxedGold);
  }

  /** TE3's value F1: value accuracy times relaxed F1 (its precision and recall both scaled so). */
  public double valueF1() {
    return valueAccuracy() * relaxedF1();
  }

  /** Share of relaxed matches with the gold type. */
  public double typeAccuracy() {
    return ratio(typeMatches, relaxedGold);
  }

  /** Type accuracy times relaxed F1, as TE3 reports it. */
  public double typeF1() {
    return typeAccuracy() * relaxedF1();
  }

  /** A few lines for a terminal or a Markdown file. */
  public String report() {
    return String.format(Locale.ROOT,
        "gold %d, system %d%n"
            + "strict  P %.3f  R %.3f  F1 %.3f%n"
            + "relaxed P %.3f  R %.3f  F1 %.3f%n"
            + "value accuracy %.3f  value F1 %.3f%n"
            + "type accuracy %.3f  type F1 %.3f%n",
        gold, system, strictPrecision(), strictRecall(), strictF1(), relaxedPrecision(), relaxedRecall(),
        relaxedF1(), valueAccuracy(), valueF1(), typeAccuracy(), typeF1());
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
