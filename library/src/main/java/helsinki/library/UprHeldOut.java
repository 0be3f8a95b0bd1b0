package helsinki.library;

import helsinki.extract.Classifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores one set of classifiers on UPR recommendations they were not trained on, and tunes the theme
 * thresholds there: the one with the best micro-F1 for asks, and for whole documents the lowest one
 * whose themes are right at least 19 times in 20.
 */
final class UprHeldOut {

  /** The tuned thresholds and the figures at them. */
  record Figures(double themeThreshold, double documentThreshold, double microF1, double macroF1, double strengthAccuracy,
      double acceptanceAuc) {

    Map<String, Double> asMap() {
      return Map.of("themesMicroF1", microF1, "themesMacroF1", macroF1, "strengthAccuracy", strengthAccuracy,
          "acceptanceAuc", acceptanceAuc);
    }
  }

  private static final double PRECISE = 0.95;

  private UprHeldOut() {}

  /** Figures at the given thresholds (the report part's evaluation). */
  static Figures score(Classifiers c, List<UprRecommendation> recs, double themeThreshold, double documentThreshold) {
    List<Map<String, Double>> scores = recs.stream().map(r -> c.themeScores(r.text())).toList();
    return figures(c, recs, scores, themeThreshold, documentThreshold);
  }

  /** Figures at the thresholds tuned on {@code recs} (the held-out part of the training sessions). */
  static Figures tune(Classifiers c, List<UprRecommendation> recs) {
    List<Map<String, Double>> scores = recs.stream().map(r -> c.themeScores(r.text())).toList();
    List<List<String>> gold = recs.stream().map(UprRecommendation::themes).toList();
    double best = 0.5;
    double bestF1 = -1;
    double document = -1;
    for (int step = 2; step <= 38; step++) {
      double t = step / 40.0;
      double f1 = UprMetrics.microF1(gold, given(scores, t, true));
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
      if (document < 0 && UprMetrics.microPrecision(gold, given(scores, t, false)) >= PRECISE) {
        document = t;
      }
    }
    return figures(c, recs, scores, best, Math.max(best, document < 0 ? 0.95 : document));
  }

  private static Figures figures(Classifiers c, List<UprRecommendation> recs, List<Map<String, Double>> scores,
      double themeThreshold, double documentThreshold) {
    List<List<String>> gold = recs.stream().map(UprRecommendation::themes).toList();
    List<List<String>> predicted = given(scores, themeThreshold, true);
    List<Integer> strength = new ArrayList<>();
    List<Double> acceptance = new ArrayList<>();
    for (UprRecommendation r : recs) {
      strength.add(c.strength(r.text()).orElse(0));
      acceptance.add(c.acceptance(r.text()).orElse(0.5));
    }
    return new Figures(themeThreshold, documentThreshold, UprMetrics.microF1(gold, predicted), UprMetrics.macroF1(gold, predicted),
        UprMetrics.accuracy(recs.stream().map(UprRecommendation::action).toList(), strength),
        UprMetrics.auc(recs.stream().map(UprRecommendation::accepted).toList(), acceptance));
  }

  private static List<List<String>> given(List<Map<String, Double>> scores, double threshold, boolean atLeastOne) {
    return scores.stream().map(s -> Classifiers.above(s, threshold, atLeastOne)).toList();
  }
}
