package helsinki.bench.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One page's shingle match between truth and prediction, normalised to sum 1 so that long pages weigh
 * no more than short ones, and whether the token sequences are equal.
 */
record Match(double tp, double fp, double fn, boolean exact) {

  private static final int SHINGLE = 4;

  static Match of(String truth, String prediction) {
    List<String> t = Tokens.of(truth);
    List<String> p = Tokens.of(prediction);
    Map<List<String>, int[]> counts = new HashMap<>();
    for (List<String> s : shingles(t)) {
      counts.computeIfAbsent(s, k -> new int[2])[0]++;
    }
    for (List<String> s : shingles(p)) {
      counts.computeIfAbsent(s, k -> new int[2])[1]++;
    }
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (int[] c : counts.values()) {
      tp += Math.min(c[0], c[1]);
      fp += Math.max(0, c[1] - c[0]);
      fn += Math.max(0, c[0] - c[1]);
    }
    double sum = tp + fp + fn;
    if (sum > 0) {
      return new Match(tp / sum, fp / sum, fn / sum, t.equals(p));
    }
    return new Match(0, 0, 0, t.equals(p));
  }

  /** Upstream keeps one short shingle for texts of fewer than four tokens, and none for empty ones. */
  static List<List<String>> shingles(List<String> tokens) {
    int n = Math.max(1, tokens.size() - SHINGLE + 1);
    List<List<String>> out = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> s = tokens.subList(Math.min(i, tokens.size()), Math.min(i + SHINGLE, tokens.size()));
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  boolean hasPrediction() {
    return tp + fp > 0;
  }

  boolean hasTruth() {
    return tp + fn > 0;
  }

  double precision() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
  }

  double recall() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
  }
}
