package helsinki.library;

/**
 * Recommendations found in UN review reports against the ones a researcher listed by hand-checked
 * scraping: for the dev half (tuned on) and the report half (never looked at), each with its counts.
 */
public record RecommendationScores(Half dev, Half report) {

  /** One half of the reports: how many reports, listed recommendations, found ones, and one-to-one matches. */
  public record Half(int reports, int listed, int found, int matched) {

    /** Matched over found; 0 when nothing was found. */
    public double precision() {
      return found == 0 ? 0 : (double) matched / found;
    }

    /** Matched over listed; 0 when nothing was listed. */
    public double recall() {
      return listed == 0 ? 0 : (double) matched / listed;
    }
  }
}
