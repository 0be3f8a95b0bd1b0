package helsinki.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Scores of the UPR classifiers: multi-label micro- and macro-F1, accuracy and the area under the ROC curve. */
final class UprMetrics {

  private UprMetrics() {}

  /** Micro-F1: every (text, theme) decision pooled. */
  static double microF1(List<? extends Collection<String>> gold, List<? extends Collection<String>> predicted) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < gold.size(); i++) {
      Set<String> g = Set.copyOf(gold.get(i));
      Collection<String> given = predicted.get(i);
      for (String p : given) {
        if (g.contains(p)) {
          tp++;
        } else {
          fp++;
        }
      }
      fn += g.stream().filter(t -> !given.contains(t)).count();
    }
    return f1(tp, fp, fn);
  }

  /** Micro-precision: the share of given themes that the gold holds. */
  static double microPrecision(List<? extends Collection<String>> gold, List<? extends Collection<String>> predicted) {
    long tp = 0;
    long all = 0;
    for (int i = 0; i < gold.size(); i++) {
      for (String p : predicted.get(i)) {
        all++;
        tp += gold.get(i).contains(p) ? 1 : 0;
      }
    }
    return all == 0 ? 1.0 : (double) tp / all;
  }

  /** Macro-F1: the mean of each gold theme's own F1. */
  static double macroF1(List<? extends Collection<String>> gold, List<? extends Collection<String>> predicted) {
    Set<String> themes = new TreeSet<>();
    gold.forEach(themes::addAll);
    Map<String, long[]> counts = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      for (String t : themes) {
        boolean g = gold.get(i).contains(t);
        boolean p = predicted.get(i).contains(t);
        long[] c = counts.computeIfAbsent(t, k -> new long[3]);
        c[0] += g && p ? 1 : 0;
        c[1] += !g && p ? 1 : 0;
        c[2] += g && !p ? 1 : 0;
      }
    }
    return themes.stream().mapToDouble(t -> f1(counts.get(t)[0], counts.get(t)[1], counts.get(t)[2])).average().orElse(0);
  }

  private static double f1(long tp, long fp, long fn) {
    return tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  /** The share of positions where both lists hold equal values. */
  static double accuracy(List<Integer> gold, List<Integer> predicted) {
    int right = 0;
    for (int i = 0; i < gold.size(); i++) {
      right += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
    }
    return gold.isEmpty() ? 0 : (double) right / gold.size();
  }

  /** The area under the ROC curve: the chance a positive outscores a negative, ties counting half. */
  static double auc(List<Boolean> positive, List<Double> score) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < score.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Double.compare(score.get(a), score.get(b)));
    double rankSum = 0;
    long positives = 0;
    int i = 0;
    while (i < order.size()) {
      int j = i;
      while (j + 1 < order.size() && score.get(order.get(j + 1)).equals(score.get(order.get(i)))) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (positive.get(order.get(k))) {
          rankSum += rank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = positive.size() - positives;
    return positives == 0 || negatives == 0 ? 0.5 : (rankSum - positives * (positives + 1) / 2.0) / (positives * negatives);
  }
}
